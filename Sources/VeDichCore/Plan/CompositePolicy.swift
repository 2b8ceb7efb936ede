/// How the verdict of an indicator with components (the four shares of "Cơ cấu kinh tế") follows
/// from theirs. Part of a plan's settings and printed with every report; never implicit.
public enum CompositePolicy: String, Sendable, Hashable, Codable, CaseIterable {
    /// Không đạt if any component is; Vượt only if every component is Vượt; otherwise Đạt.
    case strict
    /// Không đạt if any component is; Vượt if any component is Vượt; otherwise Đạt.
    case lenient
    /// The first component decides (the headline figure, as some offices read a composite).
    case leading

    /// "Cách tính chặt: không đạt nếu …": the name and the rule together, as pages and logs show it.
    public var label: String {
        "Cách tính \(vietnameseName.dropFirst("cách tính ".count)): \(vietnameseRule)"
    }

    /// The composite verdict. Components that cannot be judged (no data, undetermined) make the
    /// whole undetermined unless a missed component already decides it.
    public func combine(_ components: [Verdict]) -> Verdict {
        guard let first = components.first else { return .noData }
        if self == .leading { return first }
        if components.contains(.missed) { return .missed }
        if components.allSatisfy({ $0 == .noData }) { return .noData }
        if components.contains(where: { !$0.isMetOrExceeded }) { return .undetermined }
        switch self {
        case .strict: return components.allSatisfy { $0 == .exceeded } ? .exceeded : .met
        case .lenient: return components.contains(.exceeded) ? .exceeded : .met
        case .leading: return first
        }
    }
}
