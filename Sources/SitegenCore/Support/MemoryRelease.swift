#if canImport(Glibc)
import Glibc

// glibc's malloc_trim is not in the Glibc module Swift imports.
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
#endif

/// Hands memory freed by the allocator back to the system. glibc keeps freed pages of its arenas
/// mapped, so the big strings of rendered pages, freed right after they are written, would still
/// count in the build's peak memory.
enum MemoryRelease {
    static func returnFreedPages() {
        #if canImport(Glibc)
        _ = glibcMallocTrim(0)
        #endif
    }
}
