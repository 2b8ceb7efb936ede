/// An indicator judged: its verdict under a composite policy, each line's own evaluation, and a
/// reason a person can check (for a composite: the components that decided).
public struct Assessment: Sendable, Hashable {
    public var verdict: Verdict
    public var reason: String
    /// Every line that carries a target, with its evaluation, in order.
    public var lines: [(line: IndicatorLine, evaluation: Evaluation)]

    public static func == (lhs: Assessment, rhs: Assessment) -> Bool {
        lhs.verdict == rhs.verdict && lhs.reason == rhs.reason && lhs.lines.map(\.evaluation) == rhs.lines.map(\.evaluation)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(verdict)
        hasher.combine(reason)
    }
}

extension Indicator {
    public func assess(policy: CompositePolicy) -> Assessment {
        let lines = judgedLines.compactMap { line in line.evaluate().map { (line: line, evaluation: $0) } }
        let verdict = verdict(policy: policy)
        guard isComposite else {
            return Assessment(verdict: verdict, reason: lines.first?.evaluation.reason.explanation ?? "Không có kế hoạch để đánh giá", lines: lines)
        }
        let deciding = lines.filter { verdict == .missed ? $0.evaluation.verdict == .missed : true }
        let listed = deciding.map { "\($0.line.name): \($0.evaluation.verdict.label) — \($0.evaluation.reason.explanation)" }
        let reason = "Chỉ tiêu gồm \(lines.count) thành phần, tính theo \(policy.vietnameseName): " + listed.joined(separator: "; ")
        return Assessment(verdict: verdict, reason: reason, lines: lines)
    }
}
