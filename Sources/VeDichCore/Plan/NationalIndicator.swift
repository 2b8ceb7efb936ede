/// An indicator of the higher-level system (Hệ thống chỉ tiêu thống kê quốc gia, the set of
/// QĐ 293/QĐ-TTg) with its code: a province's indicator that is recognised as one of these carries
/// the code (`national_code`), so the ministry lines the provinces' figures up.
public struct NationalIndicator: Sendable, Hashable, Codable {
    public var code: String
    public var name: String
    public var unit: String
    public var direction: Direction
    /// Lower-case phrases a province's indicator name contains when it is this indicator.
    public var phrases: [String]
    /// Whether the code was checked against a stored copy of the official text; an unchecked one
    /// must be checked before it is used in an official report.
    public var checked: Bool

    public init(code: String, name: String, unit: String, direction: Direction, phrases: [String], checked: Bool) {
        self.code = code
        self.name = name
        self.unit = unit
        self.direction = direction
        self.phrases = phrases
        self.checked = checked
    }

    /// The one rule for recognising a province's indicator: its name (lower case, single spaces)
    /// contains a phrase of the national indicator; the longest phrase found wins, the table's
    /// order breaks a tie. A reduction ("mức giảm tỷ lệ hộ nghèo") measures a change, not the
    /// level, and a share (%) is never the same indicator as an amount, so neither is recognised.
    public static func recognise(name: String, unit: String?, among table: [NationalIndicator]) -> NationalIndicator? {
        let folded = name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !folded.contains("mức giảm"), !folded.hasPrefix("giảm ") else { return nil }
        var best: (indicator: NationalIndicator, length: Int)?
        for indicator in table {
            if let unit, isShare(unit) != isShare(indicator.unit) { continue }
            for phrase in indicator.phrases where folded.contains(phrase) {
                if phrase.count > (best?.length ?? 0) { best = (indicator, phrase.count) }
            }
        }
        return best?.indicator
    }

    private static func isShare(_ unit: String) -> Bool {
        unit.trimmed == "%"
    }
}
