/// Which way an indicator is better. A band (a share of the economy) is met only inside its range.
public enum Direction: String, Sendable, Hashable, Codable, CaseIterable {
    case higher
    case lower
    case band

    public var label: String {
        switch self {
        case .higher: "cao hơn là tốt"
        case .lower: "thấp hơn là tốt"
        case .band: "nằm trong khoảng là đạt"
        }
    }
}
