import Foundation
import VeDichCore

/// Checks the growth figures of the prose that the same document lets us recompute: "tăng Y% so
/// với trung bình giai đoạn … [k]" where footnote k gives the average. Also flags malformed numbers
/// and a growth without its "%". Claims against the plan ("đạt X% kế hoạch") are `Claims/`'s.
struct NarrativeChecker {
    var findings: [Finding] = []

    // Regex is not marked Sendable, but a compiled pattern is never mutated: safe to share.
    // Each pattern runs only on paragraphs that hold its fixed words (Regex is slow on long text).
    nonisolated(unsafe) private static let growthWithoutPercent = try! Regex(#"(tăng|giảm) (\d+(?:,\d+)?) so với"#)
    nonisolated(unsafe) private static let growthVersusAverage = try! Regex(#"tăng (\d+(?:,\d+)?)% so với trung bình giai đoạn[^\[;]{0,30}\[(\d+)\]"#)
    nonisolated(unsafe) private static let averageInFootnote = try! Regex(#"đạt (\d[\d.]*(?:,\d+)?)"#)

    mutating func check(_ paragraphs: [Paragraph], tables: [IndicatorTable]) {
        let footnotes = Dictionary(paragraphs.compactMap(Self.footnote), uniquingKeysWith: { first, _ in first })
        for paragraph in paragraphs {
            checkNumbers(paragraph)
            checkGrowthVersusAverage(paragraph, footnotes: footnotes)
        }
    }

    /// "[9] Tổng lượng khách … đạt 3.013,67 nghìn lượt khách." → (9, text).
    private static func footnote(_ paragraph: Paragraph) -> (Int, String)? {
        let text = paragraph.text
        guard text.hasPrefix("["), let close = text.firstIndex(of: "]"),
              let number = Int(text[text.index(after: text.startIndex)..<close]) else { return nil }
        return (number, String(text[text.index(after: close)...]))
    }

    private mutating func checkNumbers(_ paragraph: Paragraph) {
        for range in NumberTokens.ranges(in: paragraph.text[...]) {
            let token = String(paragraph.text[range])
            guard token.filter({ $0 == "," }).count >= 2 || (token.hasSuffix("%") && token.includes(",")) else { continue }
            do {
                _ = try VietnameseNumber.parse(token)
            } catch {
                // "9,15,0%" is a mistyped figure; "khoản 1,2,3" without a unit may be a list of
                // numbers written without spaces, so only a percentage is certainly an error.
                let certain = token.hasSuffix("%") || paragraph.text[range.upperBound...].hasPrefix("%")
                findings.append(Finding(certain ? .error : .warning, .malformedNumber, at: paragraph.location,
                    "Trong đoạn “\(Self.excerpt(paragraph.text, around: range))”: \(error.userMessage.what). \(error.userMessage.fix)"))
            }
        }
        guard paragraph.text.includes(" so với") else { return }
        for match in paragraph.text.matches(of: Self.growthWithoutPercent) {
            let phrase = String(paragraph.text[match.range])
            findings.append(Finding(.warning, .missingPercentSign, at: paragraph.location,
                "Trong đoạn “\(Self.excerpt(paragraph.text, around: match.range))”: “\(phrase)” thiếu dấu %; nếu là tốc độ tăng, viết “\(phrase.replacingOccurrences(of: " so với", with: "% so với"))”"))
        }
    }

    private mutating func checkGrowthVersusAverage(_ paragraph: Paragraph, footnotes: [Int: String]) {
        let text = paragraph.text
        guard text.includes("so với trung bình") else { return }
        for match in text.matches(of: Self.growthVersusAverage) {
            guard let growthText = match.output[1].substring, let noteText = match.output[2].substring,
                  let note = Int(noteText), let footnote = footnotes[note],
                  let averageMatch = footnote.firstMatch(of: Self.averageInFootnote),
                  let averageText = averageMatch.output[1].substring,
                  let average = try? VietnameseNumber.parse(averageText),
                  let stated = try? VietnameseNumber.parse(growthText),
                  let value = Self.lastLevel(before: match.range.lowerBound, in: text),
                  let growth = Growth.percent(value: value.value, base: average.value) else { continue }
            let tolerance = Self.roundingTolerance(decimals: stated.fractionDigits)
            guard abs(growth - stated.value) > tolerance else { continue }
            findings.append(Finding(Self.severity(gap: growth - stated.value), .narrativeFigureMismatch, at: paragraph.location,
                "Đoạn “\(Self.excerpt(text, around: match.range))” ghi tăng \(stated.formatted)% so với trung bình giai đoạn, nhưng \(value.formatted) so với mức trung bình \(average.formatted) (chú thích [\(note)]) là tăng \(VietnameseNumber.format(growth, fractionDigits: max(2, stated.fractionDigits)))%"))
        }
    }

    /// The last level figure (not a percentage, not a year, not a footnote mark) before `index`
    /// in the same clause: the value a growth sentence speaks of.
    private static func lastLevel(before index: String.Index, in text: String) -> VietnameseNumber? {
        let clauseStart = text[..<index].lastIndex(of: ";").map { text.index(after: $0) } ?? text.startIndex
        let clause = text[clauseStart..<index]
        var last: VietnameseNumber?
        for range in NumberTokens.ranges(in: clause) {
            let token = String(clause[range])
            let after = clause[range.upperBound...]
            let before = clause[..<range.lowerBound]
            if token.hasSuffix("%") || after.hasPrefix("%") || after.hasPrefix("]") || before.hasSuffix("[") { continue }
            if token.count == 4, let year = Int(token), (1990...2100).contains(year) { continue }
            if let number = try? VietnameseNumber.parse(token) { last = number }
        }
        return last
    }

    /// A gap of a whole percentage point or more changes what a reader concludes: an error.
    /// A smaller one beyond rounding is a warning to check the printed inputs.
    static func severity(gap: Double) -> Finding.Severity {
        abs(gap) >= 1 ? .error : .warning
    }

    /// Half a unit of the last decimal the document printed: 38% covers 37,5 to 38,5.
    static func roundingTolerance(decimals: Int) -> Double {
        var unit = 1.0
        for _ in 0..<decimals { unit /= 10 }
        return unit / 2 + 1e-9
    }

    static func excerpt(_ text: String, around range: Range<String.Index>) -> String {
        let start = text.index(range.lowerBound, offsetBy: -40, limitedBy: text.startIndex) ?? text.startIndex
        let end = text.index(range.upperBound, offsetBy: 10, limitedBy: text.endIndex) ?? text.endIndex
        return (start == text.startIndex ? "" : "…") + text[start..<end].trimmed + (end == text.endIndex ? "" : "…")
    }
}
