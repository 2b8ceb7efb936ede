/// How many numbered indicators have each verdict: the "đạt và vượt 14/18 chỉ tiêu" of a report.
/// Components are never counted on their own.
public struct VerdictCounts: Sendable, Hashable, Codable {
    public var exceeded = 0
    public var met = 0
    public var missed = 0
    public var undetermined = 0
    public var noData = 0

    public init() {}

    public init(_ verdicts: some Sequence<Verdict>) {
        for verdict in verdicts { add(verdict) }
    }

    public mutating func add(_ verdict: Verdict) {
        switch verdict {
        case .exceeded: exceeded += 1
        case .met: met += 1
        case .missed: missed += 1
        case .undetermined: undetermined += 1
        case .noData: noData += 1
        }
    }

    public subscript(verdict: Verdict) -> Int {
        switch verdict {
        case .exceeded: exceeded
        case .met: met
        case .missed: missed
        case .undetermined: undetermined
        case .noData: noData
        }
    }

    public var total: Int { exceeded + met + missed + undetermined + noData }
    public var metOrExceeded: Int { exceeded + met }

    /// "đạt và vượt 14/18 chỉ tiêu".
    public var sentence: String { "đạt và vượt \(metOrExceeded)/\(total) chỉ tiêu" }

    enum CodingKeys: String, CodingKey {
        case exceeded = "vuot", met = "dat", missed = "khong_dat"
        case undetermined = "chua_xac_dinh", noData = "chua_co_so_lieu"
    }
}

/// Counts per group (I, II, III) and in total for a table of numbered indicators.
public struct PlanSummary: Sendable, Hashable, Codable {
    public struct Group: Sendable, Hashable, Codable {
        public var group: String
        public var counts: VerdictCounts
    }

    public var groups: [Group]
    public var total: VerdictCounts

    public init(_ indicators: [Indicator], policy: CompositePolicy) {
        self.init(verdicts: indicators.map { ($0.code.group, $0.verdict(policy: policy)) })
    }

    /// From each numbered indicator's group and verdict, already judged (a plan judged once
    /// need not judge every line again to count them), groups in their first-seen order.
    public init(verdicts: [(group: String, verdict: Verdict)]) {
        var groups: [Group] = []
        var total = VerdictCounts()
        for (group, verdict) in verdicts {
            total.add(verdict)
            if let index = groups.firstIndex(where: { $0.group == group }) {
                groups[index].counts.add(verdict)
            } else {
                groups.append(Group(group: group, counts: VerdictCounts([verdict])))
            }
        }
        self.groups = groups
        self.total = total
    }
}
