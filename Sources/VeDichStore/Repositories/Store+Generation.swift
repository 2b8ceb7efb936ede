import Fluent
import Foundation
import SQLKit

extension Store {
    /// How many steps of the data generation `data_changes` remembers: a snapshot older than that
    /// is read afresh.
    static let remembered = 1000

    /// Counts one more write to the data. Call it after every write, on the write's transaction
    /// when there is one, so the new rows and the new generation become visible together; kept
    /// plan snapshots of an older generation are then brought up to date, by every server on the
    /// database. `touching` names the one indicator whose values (and nothing else) the write
    /// changed, so those snapshots re-read that indicator only; nil when anything may have changed.
    public func bumpGeneration(touching indicatorID: UUID? = nil) async throws {
        let sql = try database.sql
        try await sql.raw("UPDATE data_generation SET counter = counter + 1 WHERE id = 1").run()
        try await sql.raw("""
            INSERT INTO data_changes (generation, change_id, indicator_id)
            VALUES ((SELECT counter FROM data_generation WHERE id = 1), \(bind: UUID()), \(bind: indicatorID))
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
            SELECT d.counter, c.generation, c.change_id, c.indicator_id
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
                                          indicatorID: try row.optional("indicator_id", as: UUID.self))
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
    func indicatorsChanged(since generation: Int, by change: Change?) -> Set<UUID>? {
        guard generation <= current, let change, changes[generation] == change else { return nil }
        var touched: Set<UUID> = []
        for step in stride(from: generation + 1, through: current, by: 1) {
            guard let indicatorID = changes[step]?.indicatorID else { return nil }
            touched.insert(indicatorID)
        }
        return touched
    }
}
