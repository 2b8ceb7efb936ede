/// A verdict that changed between two versions of a plan's values (an estimate, then the
/// official figure). Only a verdict judged in both counts: an indicator with no value yet in
/// the later version has not changed, it is missing (listed as such), and one with no value in
/// the earlier version had no verdict to change from.
public struct VerdictChange<Key: Hashable & Sendable>: Sendable {
    public var key: Key
    public var before: Verdict
    public var now: Verdict

    public init(key: Key, before: Verdict, now: Verdict) {
        self.key = key
        self.before = before
        self.now = now
    }

    public static func isChange(from before: Verdict, to now: Verdict) -> Bool {
        before != now && before != .noData && now != .noData
    }

    /// The changes, in the order of `now`.
    public static func changes(before: [(Key, Verdict)], now: [(Key, Verdict)]) -> [VerdictChange] {
        let earlier = Dictionary(before, uniquingKeysWith: { first, _ in first })
        return now.compactMap { key, verdict in
            guard let old = earlier[key], isChange(from: old, to: verdict) else { return nil }
            return VerdictChange(key: key, before: old, now: verdict)
        }
    }
}
