import FuzzSupport

/// libFuzzer's entry point: called once per input, which must not crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    FuzzSupport.frontMatter(UnsafeRawBufferPointer(start: start, count: count))
    return 0
}
