import Fluent
import Foundation
import SQLKit
import VeDichCore

extension Store {
    /// How many steps of the data generation `data_changes` remembers: a snapshot older than that
    /// is read afresh.
    static let remembered = 1000

    /// Counts one more write to the data. Call it after every write, on the write's transaction
    /// when there is one, so the new rows and the new generation become visible together; kept
    /// plan snapshots of an older generation are then brought up to date, by every server on the
    /// database. `touching` names the one indicator whose values (and nothing else) the write
    /// changed, and `version` the one version of them (nil: any), so those snapshots re-read that
    /// indicator only and judge that version again; nil when anything may have changed.
    /// `plans` says whose persisted national roll-ups the write made stale (`PlanScope`); by
    /// default the plans holding `indicatorID`, or every plan when no indicator is named.
    public func bumpGeneration(touching indicatorID: UUID? = nil, version: ValueVersion? = nil, plans: PlanScope? = nil) async throws {
        let sql = try database.sql
        try await sql.raw("UPDATE data_generation SET counter = counter + 1 WHERE id = 1").run()
        try await markChanged(plans ?? indicatorID.map { .holding([$0]) } ?? .every)
        try await sql.raw("""
            INSERT INTO data_changes (generation, change_id, indicator_id, version)
            VALUES ((SELECT counter FROM data_generation WHERE id = 1), \(bind: UUID()), \(bind: indicatorID), \(bind: version?.rawValue))
            """).run()
        try await sql.raw("""
            DELETE FROM data_changes WHERE generation <= (SELECT counter FROM data_generation WHERE id = 1) - \(unsafeRaw: String(Self.remembered))
            """).run()
    }

    /// The data generation now: one query. Nil on a database without the counter row.
    public func generation() async throws -> Int? {
        try await database.sql.raw("SELECT counter FROM data_generation WHERE id = 1").first()?.decode(column: "counter", as: Int.self)
    }

    /// The data generation now and what changed since `generation` (inclusive, for the change
    /// that made it), in one query: the one every page pays while nothing changes. Without
    /// `generation`, the change that made the current one. Nil on a database without the counter.
    func generationAndChanges(since generation: Int?) async throws -> GenerationChanges? {
        let rows = try await database.sql.raw("""
            SELECT d.counter, c.generation, c.change_id, c.indicator_id, c.version
            FROM data_generation d
            LEFT JOIN data_changes c ON c.generation <= d.counter
              AND c.generation >= CASE WHEN \(bind: generation ?? Int.max) < d.counter THEN \(bind: generation ?? Int.max) ELSE d.counter END
            WHERE d.id = 1
            ORDER BY c.generation
            """).all()
        guard let first = rows.first else { return nil }
        var changes = GenerationChanges(current: try first.decode(column: "counter", as: Int.self), changes: [:])
        for row in rows {
            guard let step = try row.optional("generation", as: Int.self) else { continue }
            changes.changes[step] = .init(id: try row.decode(column: "change_id", as: UUID.self),
                                          indicatorID: try row.optional("indicator_id", as: UUID.self),
                                          version: try row.optional("version", as: String.self).flatMap(ValueVersion.init(rawValue:)))
        }
        return changes
    }
}

/// The data generation and the changes `data_changes` remembers around it.
struct GenerationChanges: Sendable {
    struct Change: Sendable, Equatable {
        var id: UUID
        /// The only indicator whose values changed; nil: anything may have changed.
        var indicatorID: UUID?
        /// The only version of its values that changed; nil: any.
        var version: ValueVersion?
    }

    /// What changed between two generations: some indicators' values, in some versions.
    struct Touched: Equatable {
        var indicators: Set<UUID> = []
        var versions: Set<ValueVersion> = []
    }

    var current: Int
    var changes: [Int: Change]

    /// The change that made the current generation, if remembered.
    var currentChange: Change? { changes[current] }

    /// The indicators whose values changed between a snapshot read at `generation` (made by
    /// `change`) and now; nil when that cannot be known for sure and the snapshot must be read
    /// afresh: the step it was read at is not the same remembered row (a restored or replaced
    /// database), a step in between is missing (a writer that does not record its changes, a
    /// restore that moved the counter), or a step changed more than one indicator's values.
    func indicatorsChanged(since generation: Int, by change: Change?) -> Touched? {
        guard generation <= current, let change, changes[generation] == change else { return nil }
        var touched = Touched()
        for step in stride(from: generation + 1, through: current, by: 1) {
            guard let changed = changes[step], let indicatorID = changed.indicatorID else { return nil }
            touched.indicators.insert(indicatorID)
            if let version = changed.version { touched.versions.insert(version) } else { touched.versions.formUnion(ValueVersion.allCases) }
        }
        return touched
    }
}
