/// A count a document states about its own table: "hoàn thành đạt và vượt 15/18 chỉ tiêu, có
/// 03/18 chỉ tiêu không đạt".
public struct SummaryClaim: Sendable, Hashable {
    public var metOrExceeded: Int
    public var total: Int
    public var missed: Int?
    public var text: String
    public var location: SourceLocation

    // Regex is not marked Sendable, but a compiled pattern is never mutated: safe to share.
    nonisolated(unsafe) private static let metPattern = try! Regex(#"đạt và vượt (?:mức )?(\d+)\s*/\s*(\d+) chỉ tiêu"#)
    nonisolated(unsafe) private static let missedPattern = try! Regex(#"(\d+)\s*/\s*(\d+) chỉ tiêu không đạt"#)

    /// The claim a paragraph makes, if any.
    static func find(in paragraph: Paragraph) -> SummaryClaim? {
        let text = paragraph.text
        guard text.includes("chỉ tiêu"), let met = text.firstMatch(of: metPattern),
              let count = met.output[1].substring.flatMap({ Int($0) }),
              let total = met.output[2].substring.flatMap({ Int($0) }) else { return nil }
        let missed = text.firstMatch(of: missedPattern).flatMap { $0.output[1].substring.flatMap { Int($0) } }
        return SummaryClaim(metOrExceeded: count, total: total, missed: missed,
                            text: String(text[met.range]), location: paragraph.location)
    }
}
