extension CompositePolicy {
    /// How the policy is named in Vietnamese wherever it is shown (pages, reports, reasons).
    public var vietnameseName: String {
        switch self {
        case .strict: "cách tính chặt"
        case .lenient: "cách tính nới"
        case .leading: "cách tính theo thành phần đầu"
        }
    }

    /// What the policy does, in words for a report's note.
    public var vietnameseRule: String {
        switch self {
        case .strict: "không đạt nếu có thành phần không đạt; vượt chỉ khi mọi thành phần đều vượt"
        case .lenient: "không đạt nếu có thành phần không đạt; vượt nếu có thành phần vượt"
        case .leading: "theo đánh giá của thành phần đầu tiên"
        }
    }

    /// Which component decides the composite's verdict (`combine`), so it can be shown beside
    /// it: the first that failed when one did; the first that could not be judged when that
    /// leaves it undetermined; under strict, the first that only met (it kept the whole from
    /// Vượt); under lenient, the first that exceeded; under leading, the first. Nil when no
    /// component has a verdict to show (all without data) or there are none.
    public func decidingComponent(_ components: [Verdict]) -> Int? {
        guard !components.isEmpty else { return nil }
        if self == .leading { return 0 }
        let verdict = combine(components)
        switch verdict {
        case .noData: return nil
        case .missed: return components.firstIndex(of: .missed)
        case .undetermined: return components.firstIndex { !$0.isMetOrExceeded }
        case .met: return self == .strict ? components.firstIndex(of: .met) ?? 0 : 0
        case .exceeded: return self == .lenient ? components.firstIndex(of: .exceeded) ?? 0 : 0
        }
    }
}
