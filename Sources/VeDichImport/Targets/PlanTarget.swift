import VeDichCore

/// A target stated in prose, as in the seed's "2. Các chỉ tiêu chủ yếu" for 2025:
/// "Tỷ lệ hộ nghèo còn 2,02%" → name "Tỷ lệ hộ nghèo", text "còn 2,02%", unit "%", lower is better.
public struct PlanTarget: Sendable, Hashable {
    /// The plan's year or span: "2025", "2021-2025".
    public var plan: String?
    /// The group numeral and the bullet's place in it ("I.4"), when the list is grouped.
    public var code: IndicatorCode?
    /// The list's subheading for the group: "Các chỉ tiêu kinh tế".
    public var groupTitle: String?
    public var name: String
    /// The numbered indicator a component belongs to ("Cơ cấu kinh tế" for "Dịch vụ").
    public var parentName: String?
    public var unit: String?
    public var figure: Figure
    public var direction: Direction
    public var directionReason: String
    public var location: SourceLocation
}
