#!/usr/bin/env python3
"""How long does it take just to write a built site's files? A lower bound for any build of it.

Reads every file of SITE (a folder sitegen or Hugo built) into memory, then times writing them
all again, folders included, under DEST with WORKERS processes, as a build's writers would. Nothing
is rendered, so the time is what the file system alone costs for that many files and bytes.

    python3 bench/write_floor.py /tmp/sitegen-bench/out-10000 /tmp/sitegen-bench/floor-10000
    python3 bench/write_floor.py /tmp/sitegen-bench/hugo-out-10000 /tmp/sitegen-bench/floor-hugo-10000

DEST must not exist; it is removed afterwards unless --keep is given. On ext4 without a journal,
new files are slow for a while after a large deletion (see bench/README.md): wait a few minutes
before timing anything else.
"""
import argparse
import multiprocessing
import os
import shutil
import sys
import time


def load(site):
    files = []
    for root, _, names in os.walk(site):
        for name in names:
            path = os.path.join(root, name)
            with open(path, "rb") as handle:
                files.append((os.path.relpath(path, site), handle.read()))
    files.sort()
    return files


def write(files, dest, worker, workers):
    made = set()
    for index in range(worker, len(files), workers):
        relative, data = files[index]
        folder = os.path.join(dest, os.path.dirname(relative))
        if folder not in made:
            os.makedirs(folder, exist_ok=True)
            made.add(folder)
        with open(os.path.join(dest, relative), "wb") as handle:
            handle.write(data)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", help="a built site to copy")
    parser.add_argument("dest", help="where to write the copy (must not exist)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--keep", action="store_true", help="leave the copy in place")
    args = parser.parse_args()
    if os.path.exists(args.dest):
        sys.exit(f"write_floor: {args.dest} exists; give a new folder")
    files = load(args.site)
    total = sum(len(data) for _, data in files)
    start = time.monotonic()
    processes = [multiprocessing.Process(target=write, args=(files, args.dest, k, args.workers))
                 for k in range(args.workers)]
    for process in processes:
        process.start()
    for process in processes:
        process.join()
    seconds = time.monotonic() - start
    if any(process.exitcode != 0 for process in processes):
        sys.exit("write_floor: a writer failed")
    print(f"{len(files)} files, {total / 1e6:.0f} MB, written by {args.workers} workers in {seconds:.2f} s")
    if not args.keep:
        shutil.rmtree(args.dest)


if __name__ == "__main__":
    main()
