#if !VEDICH_LIBFUZZER
import Foundation

/// `vedich-fuzz`: the seeded generator. Every input of a run follows from the run's seed and its
/// index, so the printed seed reproduces a run and `--replay INDEX` one input.
///
///     vedich-fuzz [--target number|figure|text|docx|all] [--count N] [--seed S] [--corpus FILE] [--replay INDEX]
@main
struct FuzzCommand {
    static func main() throws {
        let options = try Options(CommandLine.arguments.dropFirst())
        guard let seedText = try? String(contentsOfFile: options.corpusPath, encoding: .utf8) else {
            FileHandle.standardError.write(Data("vedich-fuzz: không đọc được tệp mẫu \(options.corpusPath) (đặt bằng --corpus)\n".utf8))
            exit(2)
        }
        // A replay leaves crashes to Swift's own backtrace, which names the failing line.
        if options.replay == nil { CrashReport.install() }
        say("vedich-fuzz seed \(options.seed), corpus \(options.corpusPath)")
        var total = 0
        let started = Date()
        for target in options.targets {
            let mutator = Mutator(corpus: Corpus(target: target, seedText: seedText))
            CrashReport.replayCommand = Array("vedich-fuzz --target \(target.rawValue) --seed \(options.seed) --corpus \(options.corpusPath) --replay ".utf8)
            if let index = options.replay {
                var random = SplitMix64.forInput(index, of: target, runSeed: options.seed)
                let input = mutator.input(&random)
                say("input \(index) of \(target.rawValue): \(String(decoding: input, as: UTF8.self).debugDescription)")
                say(target.run(input) ? "accepted" : "refused")
                return
            }
            var accepted = 0
            let targetStarted = Date()
            var lastReport = targetStarted
            for index in 0..<options.count {
                CrashReport.index = index
                var random = SplitMix64.forInput(index, of: target, runSeed: options.seed)
                if target.run(mutator.input(&random)) { accepted += 1 }
                if index & 0x3FF == 0, Date().timeIntervalSince(lastReport) > 10 {
                    lastReport = Date()
                    say("  \(target.rawValue): \(index) inputs …")
                }
            }
            let seconds = Date().timeIntervalSince(targetStarted)
            total += options.count
            say("\(target.rawValue): \(options.count) inputs, \(accepted) accepted, \(options.count - accepted) refused, 0 crashes, "
                + "\(Int(Double(options.count) / max(seconds, 0.001))) inputs/s (\(String(format: "%.1f", seconds)) s)")
        }
        say("total: \(total) inputs, 0 crashes, \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
    }

    /// Unbuffered, so the lines before a crash are not lost with it.
    static func say(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    struct Options {
        var targets = FuzzTarget.allCases
        var count = 250_000
        var seed = UInt64.random(in: 1...UInt64.max)
        var corpusPath = "Tests/VeDichImportTests/Fixtures/lang-son-2025.txt"
        var replay: Int?

        init(_ arguments: ArraySlice<String>) throws {
            var rest = arguments
            while let name = rest.popFirst() {
                guard let value = rest.popFirst() else { throw UsageError(message: "\(name) cần một giá trị") }
                switch name {
                case "--target":
                    if value == "all" { targets = FuzzTarget.allCases; continue }
                    guard let target = FuzzTarget(rawValue: value) else { throw UsageError(message: "không có đích “\(value)”") }
                    targets = [target]
                case "--count": count = try Self.number(value, name)
                case "--seed": seed = UInt64(value) ?? 0
                case "--corpus": corpusPath = value
                case "--replay": replay = try Self.number(value, name)
                default: throw UsageError(message: "không biết tuỳ chọn \(name)")
                }
            }
        }

        static func number(_ text: String, _ name: String) throws -> Int {
            guard let value = Int(text), value >= 0 else { throw UsageError(message: "\(name) cần một số không âm") }
            return value
        }
    }

    struct UsageError: Error, CustomStringConvertible {
        var message: String
        var description: String {
            "\(message). Cách dùng: vedich-fuzz [--target number|figure|text|docx|all] [--count N] [--seed S] [--corpus TỆP] [--replay CHỈ_SỐ]"
        }
    }
}
#endif
