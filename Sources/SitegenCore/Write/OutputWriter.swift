import Foundation

/// Write stage: writes the site into a staging folder beside the output and swaps it into place
/// only when every file is written, so a failed build never leaves a half-written site and never
/// touches a folder sitegen did not create.
public struct OutputWriter: Sendable {
    /// Marks a folder as sitegen's output, which a later build may replace.
    public static let marker = ".sitegen-output"

    public let output: URL
    public let protected: [URL]

    /// - Parameter protected: folders the output must never be, contain or sit inside
    ///   (content, templates, data, the project root).
    public init(output: URL, protected: [URL]) {
        self.output = output.standardizedFileURL
        self.protected = protected.map(\.standardizedFileURL)
    }

    public func validate() throws {
        let out = output.path
        for folder in protected {
            let p = folder.path
            if out == p || p.hasPrefix(out + "/") || out.hasPrefix(p + "/") {
                throw SitegenError.output(path: out, message: "refusing to write here: it would overwrite or mix with \(p)")
            }
        }
        if out == FileManager.default.currentDirectoryPath || out == "/" {
            throw SitegenError.output(path: out, message: "refusing to replace the working folder with the site")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw SitegenError.output(path: out, message: "exists and is not a folder")
            }
            let contents = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
            if !contents.isEmpty, !contents.contains(Self.marker) {
                throw SitegenError.output(path: out, message: "folder exists, is not empty and was not made by sitegen; refusing to replace it")
            }
        }
    }

    /// Writes a whole site at once (small sites, tests).
    /// - Parameter finish: runs on the complete staging folder before it replaces the output (search indexing).
    public func write(_ files: [OutputFile], finish: (URL) -> Void = { _ in }) throws {
        let staging = try begin()
        do {
            try staging.write(files)
            try commit(staging, finish: finish)
        } catch {
            staging.abandon()
            throw error
        }
    }

    /// A staging folder being filled; pages can be written in batches as they are rendered, so the
    /// whole site never has to be held in memory.
    public final class Staging: @unchecked Sendable {
        public let folder: URL
        /// Holds only the files that changed, to be moved into the existing output (see `commitUpdate`).
        let isUpdate: Bool
        private var madeDirectories = Set<String>()
        private var writtenFileList: [(path: String, stagedAs: String)] = []
        /// Each file written: its path in the site and its name in the staging folder. An update
        /// stages files under plain numbers, not in page folders: on this machine's disk making and
        /// removing a folder for each changed page took longer than writing it.
        var writtenFiles: [(path: String, stagedAs: String)] { lock.lock(); defer { lock.unlock() }; return writtenFileList }
        private let lock = NSLock()

        /// `folder`'s path, to which the files' relative paths are appended.
        let folderPath: String

        init(folder: URL, isUpdate: Bool = false) {
            self.folder = folder
            self.isUpdate = isUpdate
            folderPath = folder.standardizedFileURL.path
        }

        /// Makes a folder of the site, and any parent it lacks. A plain `mkdir` first: Foundation's
        /// looks at every parent before making the folder, four system calls for each page (a page
        /// is a folder of its own).
        private func makeDirectory(_ relative: String) throws {
            let path = folderPath + "/" + relative
            if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }

        /// Writes a batch of files on all cores.
        public func write(_ files: [OutputFile]) throws {
            for file in files where OutputWriter.safeRelativePath(file.path) == nil {
                throw SitegenError.output(path: file.path, message: "unsafe output path")
            }
            // An update leaves unchanged files where they are; a whole new site links them.
            let files = isUpdate ? files.filter { $0.existingPath == nil } : files
            lock.lock()
            let first = writtenFileList.count
            writtenFileList += files.enumerated().map { k, file in (file.path, isUpdate ? String(first + k) : file.path) }
            let names = writtenFileList[first...].map(\.stagedAs)
            lock.unlock()
            // Folders first (each once), then the files in parallel.
            for file in files where !isUpdate {
                let dir = (file.path as NSString).deletingLastPathComponent
                guard !dir.isEmpty else { continue }
                lock.lock()
                let isNew = madeDirectories.insert(dir).inserted
                lock.unlock()
                if isNew { try makeDirectory(dir) }
            }
            let failures = ParallelMap.map(Array(files.indices)) { index -> String? in
                let destination = self.folderPath + "/" + names[index]
                do {
                    if let existing = files[index].existingPath {
                        // A hard link keeps the unchanged file as it is (same bytes, same time);
                        // a copy where the file system cannot link.
                        if link(existing, destination) != 0 {
                            try FileManager.default.copyItem(atPath: existing, toPath: destination)
                        }
                    } else if let staged = files[index].staged {
                        if rename(staged.path, destination) != 0 {
                            try FileManager.default.copyItem(at: staged, to: URL(fileURLWithPath: destination))
                            try? FileManager.default.removeItem(at: staged)
                        }
                    } else {
                        try UnsyncedFile.write(files[index].data, to: destination)
                    }
                    return nil
                } catch {
                    return "\(files[index].path): \(error.localizedDescription)"
                }
            }
            if let failure = failures.compactMap({ $0 }).first {
                throw SitegenError.output(path: folder.path, message: "cannot write \(failure)")
            }
        }

        /// Removes the staging folder after a failure; the previous output stays as it was.
        public func abandon() { try? FileManager.default.removeItem(at: folder) }
    }

    private var stagingURL: URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).sitegen-new-\(ProcessInfo.processInfo.processIdentifier)")
    }

    /// - Parameter update: stage only changed files, for `commitUpdate` into the existing output.
    public func begin(update: Bool = false) throws -> Staging {
        try validate()
        let fm = FileManager.default
        try fm.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? fm.removeItem(at: stagingURL)
        try fm.createDirectory(at: stagingURL, withIntermediateDirectories: true)
        return Staging(folder: stagingURL, isUpdate: update)
    }

    /// Moves the staged (changed) files into the existing output and removes the files the site no
    /// longer has; unchanged files are not touched. Everything was rendered before this starts, so
    /// a failed render never reaches the output. While files move, the marker names no build, so
    /// if this is interrupted the next build trusts nothing in the folder and writes it whole.
    public func commitUpdate(_ staging: Staging, removing removed: [String], buildID: String) throws {
        let fm = FileManager.default
        let marker = output.appendingPathComponent(Self.marker)
        let outputPath = output.path
        do {
            try Data(Self.markerText(buildID: nil).utf8).write(to: marker)
            // Folders first, parents before children (a page of a new event, a new year …), then the
            // files move in on all cores: after a template change that can be most of the site.
            let files = staging.writtenFiles.filter { Self.safeRelativePath($0.path) != nil }
            for dir in Set(files.map { ($0.path as NSString).deletingLastPathComponent }).filter({ !$0.isEmpty }).sorted() {
                let path = outputPath + "/" + dir
                if mkdir(path, 0o755) != 0, errno != EEXIST {
                    try fm.createDirectory(atPath: path, withIntermediateDirectories: true)
                }
            }
            let failures = ParallelMap.map(files) { file -> String? in
                let destination = outputPath + "/" + file.path
                return rename(staging.folderPath + "/" + file.stagedAs, destination) == 0 ? nil
                    : "\(destination): cannot move the new file into place (\(String(cString: strerror(errno))))"
            }
            if let failure = failures.compactMap({ $0 }).first {
                throw SitegenError.output(path: outputPath, message: failure)
            }
            for path in removed where Self.safeRelativePath(path) != nil && path != Self.marker {
                try? fm.removeItem(at: output.appendingPathComponent(path))
                // Page folders left empty go too ("events/<id>/").
                var dir = (path as NSString).deletingLastPathComponent
                while !dir.isEmpty, (try? fm.contentsOfDirectory(atPath: output.appendingPathComponent(dir).path))?.isEmpty == true {
                    try? fm.removeItem(at: output.appendingPathComponent(dir))
                    dir = (dir as NSString).deletingLastPathComponent
                }
            }
            try Data(Self.markerText(buildID: buildID).utf8).write(to: marker)
            staging.abandon()
        } catch {
            staging.abandon()
            throw error
        }
    }

    /// Marks the staging folder as sitegen's, lets `finish` add to it, and swaps it into place.
    public func commit(_ staging: Staging, buildID: String? = nil, finish: (URL) -> Void = { _ in }) throws {
        let fm = FileManager.default
        let retired = output.deletingLastPathComponent()
            .appendingPathComponent(".\(output.lastPathComponent).sitegen-old-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try Data(Self.markerText(buildID: buildID).utf8).write(to: staging.folder.appendingPathComponent(Self.marker))
            finish(staging.folder)
            if fm.fileExists(atPath: output.path) {
                try fm.moveItem(at: output, to: retired)
            }
            try fm.moveItem(at: staging.folder, to: output)
            try? fm.removeItem(at: retired)
        } catch {
            staging.abandon()
            if !fm.fileExists(atPath: output.path), fm.fileExists(atPath: retired.path) {
                try? fm.moveItem(at: retired, to: output)
            }
            throw error
        }
    }

    static func markerText(buildID: String?) -> String {
        "This folder is generated by sitegen and replaced on every build.\n" + (buildID.map { "build \($0)\n" } ?? "")
    }

    /// The build id in an output folder's marker, if the build that made it recorded one.
    public func currentBuildID() -> String? {
        guard let text = try? String(contentsOf: output.appendingPathComponent(Self.marker), encoding: .utf8) else { return nil }
        return text.split(separator: "\n").first { $0.hasPrefix("build ") }.map { String($0.dropFirst(6)) }
    }

    /// A relative path with no "..", no absolute root, no empty or NUL components.
    static func safeRelativePath(_ path: String) -> String? {
        guard !path.hasPrefix("/"), !path.contains("\0") else { return nil }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty && $0 != ".." && $0 != "." && $0.utf8.count <= 255 }) else { return nil }
        return path
    }
}
