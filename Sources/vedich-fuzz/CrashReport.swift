#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Says which input was running when the process dies on a signal (a Swift trap is SIGILL or
/// SIGTRAP), as a command that runs that one input again, then dies the same way.
enum CrashReport {
    /// Set before every input; read only by the signal handler. The fuzzer runs on one thread.
    nonisolated(unsafe) static var replayCommand: [UInt8] = []
    nonisolated(unsafe) static var index: Int = 0

    static func install() {
        for signal in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE] {
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = handle
            #else
            action.__sigaction_u.__sa_handler = handle
            #endif
            action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND)
            sigaction(signal, &action, nil)
        }
    }

    /// Only write(2) and a hand-made number: nothing that allocates inside a signal handler.
    private static let handle: @convention(c) (Int32) -> Void = { signal in
        let head = Array("\nCRASH (signal ".utf8)
        write(2, head, head.count)
        writeNumber(Int(signal))
        let middle = Array(") on input ".utf8)
        write(2, middle, middle.count)
        writeNumber(index)
        let tail = Array(". Replay it with:\n  ".utf8)
        write(2, tail, tail.count)
        write(2, replayCommand, replayCommand.count)
        writeNumber(index)
        write(2, "\n", 1)
        raise(signal)
    }

    private static func writeNumber(_ value: Int) {
        var digits = [UInt8](repeating: 0, count: 24)
        var position = digits.count
        var rest = value
        repeat {
            position -= 1
            digits[position] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        } while rest > 0 && position > 0
        digits.withUnsafeBufferPointer { buffer in _ = write(2, buffer.baseAddress! + position, digits.count - position) }
    }
}
