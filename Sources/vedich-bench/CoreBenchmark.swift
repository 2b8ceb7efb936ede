import Foundation
import VeDichCore

/// Evaluations per second over generated (target, value) text pairs, beside the cost of only
/// parsing the same strings: the ratio says how much of an evaluation is reading the text.
struct CoreBenchmark {
    var pairs: Int

    func run() throws {
        let inputs = Self.generate(count: pairs)
        var parsedCount = 0
        let parseSeconds = try measure {
            for (target, value) in inputs {
                _ = try Figure.parse(target)
                _ = try Figure.parse(value)
                parsedCount += 1
            }
        }
        var verdicts = VerdictCounts()
        let evaluateSeconds = try measure {
            for (index, (target, value)) in inputs.enumerated() {
                let direction: Direction = index % 7 == 0 ? .lower : (index % 11 == 0 ? .band : .higher)
                let evaluation = Evaluation.evaluate(
                    value: try Figure.parse(value), target: try Figure.parse(target), direction: direction)
                verdicts.add(evaluation.verdict)
            }
        }
        let parsed = try inputs.map { (try Figure.parse($0.0), try Figure.parse($0.1)) }
        let judgeOnlySeconds = measure {
            for (target, value) in parsed {
                _ = Evaluation.evaluate(value: value, target: target, direction: .higher).verdict
            }
        }
        print("core: \(pairs) cặp (kế hoạch, giá trị) sinh ngẫu nhiên có hạt giống cố định")
        print("  chỉ đọc chuỗi:           \(rate(parsedCount, parseSeconds)) cặp/s (\(String(format: "%.3f", parseSeconds)) s)")
        print("  đọc + đánh giá:          \(rate(pairs, evaluateSeconds)) cặp/s (\(String(format: "%.3f", evaluateSeconds)) s)")
        print("  chỉ đánh giá (đã đọc):   \(rate(pairs, judgeOnlySeconds)) cặp/s")
        print(String(format: "  tỷ lệ đọc+đánh giá / chỉ đọc (thời gian): %.2f", evaluateSeconds / parseSeconds))
        print("  phân bố: vượt \(verdicts.exceeded), đạt \(verdicts.met), không đạt \(verdicts.missed), chưa xác định \(verdicts.undetermined)")
    }

    /// Targets and values in every written form, from a fixed-seed generator so runs compare.
    static func generate(count: Int) -> [(String, String)] {
        var random = SplitMix64(seed: 2025)
        func number() -> String {
            let units = Double(random.next() % 1_000_000) / 10
            return VietnameseNumber.format(units, fractionDigits: Int(random.next() % 3))
        }
        let targetForms: [(String, String) -> String] = [
            { a, _ in a }, { a, b in "\(a) - \(b)" }, { a, _ in "≥\(a)" }, { a, _ in "<\(a)" },
            { a, b in "đạt \(a) - \(b)%" }, { a, _ in "từ \(a)% trở lên" }, { a, _ in "không quá \(a)" },
            { a, _ in "còn \(a)%" }, { a, _ in "trên \(a)" },
        ]
        let valueForms: [(String) -> String] = [{ $0 }, { $0 }, { $0 }, { "<\($0)" }, { "≥\($0)" }, { "(-\($0))" }]
        return (0..<count).map { _ in
            var a = number(), b = number()
            if (try? VietnameseNumber.parse(a).value) ?? 0 > (try? VietnameseNumber.parse(b).value) ?? 0 { swap(&a, &b) }
            let target = targetForms[Int(random.next() % UInt64(targetForms.count))](a, b)
            let value = valueForms[Int(random.next() % UInt64(valueForms.count))](number())
            return (target, value)
        }
    }
}

/// A small deterministic generator (Steele et al.'s SplitMix64).
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
