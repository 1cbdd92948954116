import Foundation

/// During a render, decides page by page whether the previous build's file can be kept, and
/// records each page's fingerprint for the next build. Shared by the render workers.
final class PageReuse: @unchecked Sendable {
    /// The folder of the previous build's files; nil on a first build.
    let previousOutput: URL?
    /// Its path, to which a page's path is joined for each page asked about.
    private let previousFolder: String?
    private let previous: [String: PageManifest.Page]
    /// Whether the previous build rendered the way this one does, so that an unchanged context
    /// fingerprint means unchanged bytes; otherwise a page is rendered and compared byte for byte.
    private let fingerprintsComparable: Bool
    private var recorded: [String: PageManifest.Page] = [:]
    private var kept = 0
    private let lock = NSLock()

    init(previousOutput: URL?, previous: [String: PageManifest.Page], fingerprintsComparable: Bool = true) {
        self.previousOutput = previousOutput
        self.fingerprintsComparable = fingerprintsComparable
        previousFolder = previousOutput?.path
        self.previous = previousOutput == nil ? [:] : previous
    }

    /// The previous file when the page's inputs are unchanged and the file is still there whole.
    func keep(_ path: String, fingerprint: ContentHash) -> OutputFile? {
        // After a template or option change no fingerprint can match: not even its text is made.
        guard fingerprintsComparable, let old = previous[path], let folder = previousFolder else { return nil }
        let print = fingerprint.description
        guard old.fingerprint == print else { return nil }
        let file = folder + "/" + path
        guard case .success(let size) = FileSize.of(file), size == old.size else { return nil }
        record(path, fingerprint: print, size: old.size, kept: true)
        return OutputFile(path: path, existingPath: file)
    }

    func record(_ path: String, fingerprint: ContentHash, size: Int) {
        record(path, fingerprint: fingerprint.description, size: size, kept: false)
    }

    /// A file rendered anyway (a page whose inputs changed, feeds, events.json) is kept when its
    /// bytes are the same as before, so only files whose bytes changed are written.
    func keepIfUnchanged(_ file: OutputFile) -> OutputFile {
        guard file.existingPath == nil else { return file }
        let old = previousCopy(file.path, size: file.data.count) { FileContents.equal($0, file.data) }
        return old.map { OutputFile(path: file.path, existingPath: $0) } ?? file
    }

    /// The same for a file written in full outside memory; the written copy goes when the old one is kept.
    func keepIfUnchanged(path: String, staged: URL) -> OutputFile {
        let size = (try? FileSize.of(staged.path).get()) ?? 0
        guard let old = previousCopy(path, size: size, sameBytes: { FileContents.equal($0, staged.path) }) else {
            return OutputFile(path: path, staged: staged)
        }
        unlink(staged.path)
        return OutputFile(path: path, existingPath: old)
    }

    /// Records the new file's size and returns the path of the previous build's file when
    /// `sameBytes` finds it holds the same bytes.
    private func previousCopy(_ path: String, size: Int, sameBytes: (String) -> Bool) -> String? {
        lock.lock()
        if recorded[path] == nil { recorded[path] = PageManifest.Page(fingerprint: "", size: size) }
        lock.unlock()
        guard let folder = previousFolder, previous[path] != nil else { return nil }
        let file = folder + "/" + path
        guard sameBytes(file) else { return nil }
        lock.lock()
        kept += 1
        lock.unlock()
        return file
    }

    /// Files of the previous build the new one does not have.
    var removedPaths: [String] {
        lock.lock()
        defer { lock.unlock() }
        return previous.keys.filter { recorded[$0] == nil }.sorted()
    }

    var pages: [String: PageManifest.Page] {
        lock.lock()
        defer { lock.unlock() }
        return recorded
    }

    /// Files kept from the previous build rather than written anew.
    var keptCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return kept
    }

    private func record(_ path: String, fingerprint: String, size: Int, kept wasKept: Bool) {
        lock.lock()
        recorded[path] = PageManifest.Page(fingerprint: fingerprint, size: size)
        if wasKept { kept += 1 }
        lock.unlock()
    }
}
