import Foundation

/// The plan snapshots a server keeps between requests, each with the data generation it was read
/// at. One is handed out only while the database still says that generation, so a write by this
/// server or another one on the same database is seen on the next read. Bounded: at most
/// `capacity` plans, each holding its evaluation in every version.
public actor PlanSnapshots {
    public let capacity: Int
    private var kept: [UUID: (generation: Int, snapshot: PlanSnapshot)] = [:]

    public init(capacity: Int = 64) {
        self.capacity = max(1, capacity)
    }

    public func snapshot(of planID: UUID, at generation: Int) -> PlanSnapshot? {
        guard let entry = kept[planID], entry.generation == generation else { return nil }
        return entry.snapshot
    }

    /// Keeps a snapshot read at `generation`, unless a newer one is already kept: a slow reader
    /// must not replace what a later one read.
    public func keep(_ snapshot: PlanSnapshot, at generation: Int) {
        if let entry = kept[snapshot.plan.id], entry.generation > generation { return }
        // The generation only grows, so snapshots of an older one can never be handed out again.
        kept = kept.filter { $0.value.generation >= generation }
        if kept[snapshot.plan.id] == nil, kept.count >= capacity, let any = kept.keys.first { kept[any] = nil }
        kept[snapshot.plan.id] = (generation, snapshot)
    }

    public var count: Int { kept.count }
}
