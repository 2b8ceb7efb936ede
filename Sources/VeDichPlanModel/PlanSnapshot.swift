import Foundation
import VeDichCore

/// What a plan's pages and its evaluation API need, read together at one data generation: the
/// plan, its indicators, its evaluation in every version (the dashboard compares two of them),
/// and the official values of the period before it. Nothing in it depends on who asks, so one
/// snapshot serves every request until the data changes.
public struct PlanSnapshot: Sendable, Equatable {
    public var plan: PlanInfo
    public var indicators: [IndicatorInfo]
    /// Every version, each judged on the latest revision of its values.
    public var evaluations: [ValueVersion: PlanEvaluation]
    public var previous: PreviousPeriodValues?
    /// What was made from this very snapshot (the evaluation's JSON bytes), shared by its copies
    /// and dropped with it, so nothing made from old data can outlive it.
    public let renderings = SnapshotRenderings()

    public init(plan: PlanInfo, indicators: [IndicatorInfo], evaluations: [ValueVersion: PlanEvaluation], previous: PreviousPeriodValues?) {
        self.plan = plan
        self.indicators = indicators
        self.evaluations = evaluations
        self.previous = previous
    }

    public func evaluation(_ version: ValueVersion) -> PlanEvaluation {
        guard let evaluation = evaluations[version] else { preconditionFailure("a snapshot judges every version") }
        return evaluation
    }

    /// The same data; renderings are a cache of it, not part of it.
    public static func == (lhs: PlanSnapshot, rhs: PlanSnapshot) -> Bool {
        (lhs.plan, lhs.indicators, lhs.evaluations, lhs.previous) == (rhs.plan, rhs.indicators, rhs.evaluations, rhs.previous)
    }
}

/// Values made once from a snapshot's data, by name. Only data that is the same for everyone
/// belongs here: who asks is rendered per request.
/// Unchecked Sendable: `made` is only touched under `lock` (Foundation's lock, so this target
/// links nothing but the core; Synchronization's Mutex needs macOS 15).
public final class SnapshotRenderings: @unchecked Sendable {
    private let lock = NSLock()
    private var made: [String: any Sendable] = [:]

    public init() {}

    /// The value made under `name`, made now if it is the first time. Two requests racing make it
    /// twice, the same both times.
    public func value<Value: Sendable>(_ name: String, make: () throws -> Value) rethrows -> Value {
        if let kept = lock.withLock({ made[name] }) as? Value { return kept }
        let value = try make()
        lock.withLock { made[name] = value }
        return value
    }
}

/// The values of the period before a plan, for the "previous period" column: for an annual plan
/// of year Y the official values of Y − 1, else those of a span that ends in Y − 1.
public struct PreviousPeriodValues: Sendable, Equatable {
    public var period: Period
    public var values: [UUID: FigureValue]

    public init(period: Period, values: [UUID: FigureValue]) {
        self.period = period
        self.values = values
    }
}
