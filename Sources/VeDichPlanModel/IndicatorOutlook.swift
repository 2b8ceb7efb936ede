import Foundation
import VeDichCore

/// One indicator's outlook in a plan, as the API, the CLI, the pages and the report show it.
public struct IndicatorOutlook: Sendable, Codable, Equatable {
    public var indicatorID: UUID
    public var code: String
    public var name: String
    public var unit: String?
    public var direction: Direction
    public var nature: ValueNature
    /// Whether the office set the nature (false: guessed from the name and unit).
    public var natureSet: Bool
    public var target: String?
    public var outlook: Outlook

    enum CodingKeys: String, CodingKey {
        case code, name, unit, direction, target, status, method, reason, figures
        case indicatorID = "indicator_id", nature = "value_nature", natureSet = "value_nature_set"
        case statusLabel = "status_label", methodLabel = "method_label", requiredRate = "required_rate"
    }

    public init(indicatorID: UUID, code: String, name: String, unit: String?, direction: Direction, nature: ValueNature, natureSet: Bool, target: String?, outlook: Outlook) {
        self.indicatorID = indicatorID
        self.code = code
        self.name = name
        self.unit = unit
        self.direction = direction
        self.nature = nature
        self.natureSet = natureSet
        self.target = target
        self.outlook = outlook
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        indicatorID = try c.decode(UUID.self, forKey: .indicatorID)
        code = try c.decode(String.self, forKey: .code)
        name = try c.decode(String.self, forKey: .name)
        unit = try c.decodeIfPresent(String.self, forKey: .unit)
        direction = try c.decode(Direction.self, forKey: .direction)
        nature = try c.decode(ValueNature.self, forKey: .nature)
        natureSet = try c.decode(Bool.self, forKey: .natureSet)
        target = try c.decodeIfPresent(String.self, forKey: .target)
        outlook = Outlook(status: try c.decode(Outlook.Status.self, forKey: .status), method: try c.decode(Outlook.Method.self, forKey: .method),
                          reason: try c.decode(String.self, forKey: .reason), requiredRate: try c.decodeIfPresent(Double.self, forKey: .requiredRate),
                          figures: try c.decode(OutlookFigures.self, forKey: .figures))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(indicatorID, forKey: .indicatorID)
        try c.encode(code, forKey: .code)
        try c.encode(name, forKey: .name)
        try c.encodeIfPresent(unit, forKey: .unit)
        try c.encode(direction, forKey: .direction)
        try c.encode(nature, forKey: .nature)
        try c.encode(natureSet, forKey: .natureSet)
        try c.encodeIfPresent(target, forKey: .target)
        try c.encode(outlook.status, forKey: .status)
        try c.encode(outlook.status.label, forKey: .statusLabel)
        try c.encode(outlook.method, forKey: .method)
        try c.encode(outlook.method.label, forKey: .methodLabel)
        try c.encode(outlook.reason, forKey: .reason)
        try c.encodeIfPresent(outlook.requiredRate, forKey: .requiredRate)
        try c.encode(outlook.figures, forKey: .figures)
    }
}
