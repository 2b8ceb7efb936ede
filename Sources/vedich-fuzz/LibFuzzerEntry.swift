#if VEDICH_LIBFUZZER
import Foundation

// Built by `make fuzz LIBFUZZER=1` with `-sanitize=fuzzer` and lld: libFuzzer drives the same
// targets, chosen by VEDICH_FUZZ_TARGET. SwiftPM names the executable's entry point itself, so
// libFuzzer's own main is not used; this main hands over to libFuzzer's driver.

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

nonisolated(unsafe) var libFuzzerTarget = FuzzTarget.number

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    _ = libFuzzerTarget.run(data.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? [])
    return 0
}

@main
struct LibFuzzerMain {
    static func main() {
        let name = ProcessInfo.processInfo.environment["VEDICH_FUZZ_TARGET"] ?? "number"
        guard let target = FuzzTarget(rawValue: name) else {
            FileHandle.standardError.write(Data("VEDICH_FUZZ_TARGET phải là number, figure, text hoặc docx\n".utf8))
            exit(2)
        }
        libFuzzerTarget = target
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { fuzzOneInput($0, $1) })
    }
}
#endif
