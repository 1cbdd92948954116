#if canImport(Glibc)
import Glibc

// glibc's malloc_trim is not in the Glibc module Swift imports.
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
#endif

/// Hands memory the program has freed back to the system. glibc keeps freed small blocks mapped,
/// while a large new buffer is mapped afresh, so without this the two add up in the peak.
enum MemoryRelease {
    static func returnFreedPages() {
        #if canImport(Glibc)
        _ = glibcMallocTrim(0)
        #endif
    }
}
