import Fluent
import Foundation
import NIOConcurrencyHelpers

/// The plan snapshots a server keeps between requests, each with the data generation it was read
/// at and the rows it was made from. One is handed out as it is while the database still says
/// that generation; after writes that each changed one indicator's values (`data_changes`), only
/// those indicators' values are read again and the snapshot is made anew from the kept rows and
/// the fresh ones, by the same function as a full read; anything else is read afresh. So a write by
/// this server or another one on the same database is seen on the next read. On an SQLite file in
/// WAL mode, even the generation's query is saved while the file's change mark
/// (`SQLiteChangeMark`) is what it was when the kept snapshot's generation was read: no
/// transaction has committed since. Bounded: at most `capacity` plans, each holding its evaluation
/// in every version. One instance serves one database, as its plans are kept by their ID alone.
public actor PlanSnapshots {
    public let capacity: Int
    private var kept: [UUID: Kept] = [:]

    struct Kept: Sendable {
        var generation: Int
        /// The `data_changes` row that made `generation`; nil when none is remembered.
        var change: GenerationChanges.Change?
        /// The database's change mark read before `generation` was; nil on PostgreSQL, or when
        /// it could not be trusted.
        var mark: SQLiteChangeMark?
        var rows: SnapshotRows
        var snapshot: PlanSnapshot
    }

    /// The change-mark reader of the database this instance serves, found on first use.
    private nonisolated let marks = NIOLockedValueBox<MarkSource>(.unknown)

    private enum MarkSource {
        case unknown, none
        case sqlite(SQLiteChangeMarks)
    }

    nonisolated func changeMarks(of database: any Database) -> SQLiteChangeMarks? {
        marks.withLockedValue { source in
            switch source {
            case .sqlite(let reader): return reader
            case .none: return nil
            case .unknown:
                let reader = SQLiteChangeMarks.of(database)
                source = reader.map { .sqlite($0) } ?? .none
                return reader
            }
        }
    }

    public init(capacity: Int = 64) {
        self.capacity = max(1, capacity)
    }

    /// The kept snapshots that carry a change mark, readable without waiting for the actor, so a
    /// page whose data did not change is answered with no suspension at all (`currentSnapshot`).
    /// Written only where `kept` is, and always with it.
    private nonisolated let marked = NIOLockedValueBox<[UUID: (mark: SQLiteChangeMark, snapshot: PlanSnapshot)]>([:])

    /// The kept snapshot of a plan when the SQLite file's change mark shows that nothing has
    /// committed since it was known to be current: the same test as `Store.snapshot(planID:)`'s
    /// first step, made without a query, a database handle or a suspension. Nil when that cannot
    /// be told this way (PostgreSQL, nothing kept yet, a commit since, the database not yet read
    /// through this instance): then ask `Store.snapshot(planID:)`.
    public nonisolated func currentSnapshot(planID: UUID) -> PlanSnapshot? {
        let reader = marks.withLockedValue { source -> SQLiteChangeMarks? in
            if case .sqlite(let reader) = source { return reader }
            return nil
        }
        guard let reader, let entry = marked.withLockedValue({ $0[planID] }) else { return nil }
        // Read after the request arrived: equal, nothing committed since the entry was current.
        guard let now = reader.read(), now == entry.mark else { return nil }
        return entry.snapshot
    }

    func kept(_ planID: UUID) -> Kept? { kept[planID] }

    /// Sets `kept[planID]` and its marked copy together.
    private func store(_ entry: Kept?, for planID: UUID) {
        kept[planID] = entry
        marked.withLockedValue { marked in
            if let entry, let mark = entry.mark { marked[planID] = (mark, entry.snapshot) } else { marked[planID] = nil }
        }
    }

    /// Keeps a snapshot, unless a newer one is already kept: a slow reader must not replace what a
    /// later one read.
    func keep(_ entry: Kept) {
        let planID = entry.snapshot.plan.id
        if let current = kept[planID], current.generation > entry.generation { return }
        if kept[planID] == nil, kept.count >= capacity {
            // The plan read longest ago goes: the generation only grows.
            if let oldest = kept.min(by: { $0.value.generation < $1.value.generation })?.key { store(nil, for: oldest) }
        }
        store(entry, for: planID)
    }

    /// The kept snapshot of `generation` is still right at `mark`, read before that generation was
    /// read again (a transaction that changed no plan data, such as a log-in, moved the mark).
    func remark(_ planID: UUID, generation: Int, change: GenerationChanges.Change?, mark: SQLiteChangeMark) {
        guard var entry = kept[planID], entry.generation == generation, entry.change == change else { return }
        entry.mark = mark
        store(entry, for: planID)
    }

    public var count: Int { kept.count }

    /// Requests that wait at the same time share one read of the data generation: a read joins a
    /// batch only while the batch's query has not started, so what it answers was read after the
    /// request arrived (a write finished before it is seen). One batch reads at a time.
    private var joinable: (id: Int, task: Task<GenerationRead, any Error>)?
    private var lastBatch: Task<GenerationRead, any Error>?
    private var batches = 0

    func currentGeneration(_ read: @escaping @Sendable () async throws -> GenerationRead) async throws -> GenerationRead {
        if let joinable { return try await joinable.task.value }
        batches += 1
        let id = batches, previous = lastBatch
        let task = Task<GenerationRead, any Error> {
            _ = try? await previous?.value
            self.started(id)
            return try await read()
        }
        lastBatch = task
        joinable = (id, task)
        return try await task.value
    }

    private func started(_ id: Int) {
        if joinable?.id == id { joinable = nil }
    }
}

/// The data generation as one query read it, with the change mark read just before it.
struct GenerationRead: Sendable {
    var mark: SQLiteChangeMark?
    var changes: GenerationChanges?
}

/// What a snapshot is made from: the plan and its indicators as read, its targets and values parsed.
struct SnapshotRows: Sendable {
    var plan: PlanInfo
    var indicators: [IndicatorInfo]
    var inputs: Store.PlanInputs

    func snapshot() -> PlanSnapshot {
        Store.snapshot(plan: plan, indicators: indicators, inputs: inputs)
    }
}

extension Store {
    /// The plan's snapshot: kept while the data generation stays the same (one query, shared by
    /// the requests that wait for it together; none on SQLite while its change mark stays the
    /// same), brought up to date when the writes since changed only some indicators' values (two
    /// more), else read again.
    public func snapshot(planID: UUID) async throws -> PlanSnapshot {
        StoreMetrics.snapshotRequests.add(1)
        guard let snapshots else { return try await readSnapshotRows(planID: planID).snapshot() }
        let marks = snapshots.changeMarks(of: database)
        let kept = await snapshots.kept(planID)
        // Read after the request arrived: nothing committed since the kept generation was read.
        if let kept, let keptMark = kept.mark, marks?.read() == keptMark { return kept.snapshot }
        var latest: GenerationRead?
        if let kept {
            let read = try await snapshots.currentGeneration {
                GenerationRead(mark: marks?.read(), changes: try await self.generationAndChanges(since: nil))
            }
            latest = read
            if let changes = read.changes, kept.generation == changes.current, kept.change == changes.currentChange {
                if let mark = read.mark { await snapshots.remark(planID, generation: kept.generation, change: kept.change, mark: mark) }
                return kept.snapshot
            }
        }
        // The generation is read before the rows: a write that lands in between makes the rows
        // newer than their generation, never older, and the next read sees it as a change since.
        // The change mark is read before the generation, so it is never newer than what is kept.
        // What changed since the kept one is asked only when the last change was a value's.
        let now: GenerationChanges
        let mark: SQLiteChangeMark?
        if let latest, let changes = latest.changes, changes.currentChange?.indicatorID == nil {
            now = changes
            mark = latest.mark
        } else {
            let before = marks?.read()
            guard let read = try await generationAndChanges(since: kept?.generation) else {
                return try await readSnapshotRows(planID: planID).snapshot()
            }
            now = read
            mark = before
        }
        if let kept, kept.generation == now.current, kept.change == now.currentChange { return kept.snapshot }
        let rows: SnapshotRows
        let snapshot: PlanSnapshot
        if let kept, let changed = now.indicatorsChanged(since: kept.generation, by: kept.change) {
            let ours = changed.indicators.intersection(kept.rows.indicators.map(\.id))
            if ours.isEmpty {
                // Nothing of this plan changed: the same snapshot, and what was rendered from it, stays.
                rows = kept.rows
                snapshot = kept.snapshot
            } else {
                // Only these indicators' values changed: read them again, judge again what they are part of.
                let plan = kept.rows.plan
                let fresh = try await PlanRows.observations(planID: planID, period: plan.period, previousYear: plan.startYear - 1,
                                                            only: ours, on: try database.sql)
                rows = SnapshotRows(plan: plan, indicators: kept.rows.indicators,
                                    inputs: try kept.rows.inputs.replacingValues(of: ours, with: fresh))
                snapshot = Self.snapshot(plan: plan, indicators: rows.indicators, inputs: rows.inputs, reusing: kept.snapshot,
                                         touched: ours, in: changed.versions)
            }
        } else {
            rows = try await readSnapshotRows(planID: planID)
            snapshot = rows.snapshot()
        }
        StoreMetrics.snapshotBuilds.add(1)
        await snapshots.keep(.init(generation: now.current, change: now.currentChange, mark: mark, rows: rows, snapshot: snapshot))
        return snapshot
    }

    /// Four queries: the plan, its indicators, its targets, and the newest revisions of the
    /// values of its period (every version) and of the period before it.
    func readSnapshotRows(planID: UUID) async throws -> SnapshotRows {
        try await StoreMetrics.snapshotReadSeconds.time { try await readSnapshotRowsUntimed(planID: planID) }
    }

    private func readSnapshotRowsUntimed(planID: UUID) async throws -> SnapshotRows {
        let sql = try database.sql
        let plan = try await PlanRows.plan(planID, on: sql)
        let indicators = try await PlanRows.indicators(planID: planID, on: sql)
        let targets = try await PlanRows.targets(planID: planID, on: sql)
        let observations = try await PlanRows.observations(planID: planID, period: plan.period, previousYear: plan.startYear - 1, on: sql)
        return SnapshotRows(plan: plan, indicators: indicators, inputs: try PlanInputs(plan: plan, targets: targets, observations: observations))
    }

    /// The snapshot as read afresh, never from what is kept: for tests and benchmarks that
    /// compare the two.
    public func freshSnapshot(planID: UUID) async throws -> PlanSnapshot {
        try await readSnapshotRows(planID: planID).snapshot()
    }
}
