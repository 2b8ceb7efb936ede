import Foundation
import Testing

/// A short run of `vedich-fuzz` (`make fuzz` runs a million inputs): 20 000 generated inputs
/// through the number and target parsers and the text and DOCX report readers, none crashing.
/// The seed changes every run and is printed, with the command that replays a crashing input.
struct FuzzRunTests {
    static var fuzzer: URL { CLI.executable.deletingLastPathComponent().appendingPathComponent("vedich-fuzz") }

    @Test(arguments: [("number", 8_000), ("figure", 8_000), ("text", 3_000), ("docx", 1_000)])
    func parsersSurviveGeneratedInputs(_ target: String, _ count: Int) throws {
        let seed = UInt64.random(in: 1...UInt64.max)
        let process = Process()
        process.executableURL = Self.fuzzer
        process.arguments = ["--target", target, "--count", "\(count)", "--seed", "\(seed)", "--corpus", AuditCommandTests.seed]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        print(stdout.split(separator: "\n").last { $0.hasPrefix(target) } ?? "")
        #expect(process.terminationReason == .exit && process.terminationStatus == 0,
                "\(target) crashed with seed \(seed): \(stderr.split(separator: "\n").prefix(3).joined(separator: "\n"))")
        #expect(stdout.contains("\(target): \(count) inputs,"), "\(stdout)")
    }
}
