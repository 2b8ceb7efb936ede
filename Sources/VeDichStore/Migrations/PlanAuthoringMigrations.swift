import Fluent

/// A plan's settings beyond its composite policy, and its "đã ban hành" mark. All NULL on the plans
/// made before, which reads as the defaults: the province's own target governs, a range's upper
/// end for "% kế hoạch", no cut-off dates, not issued.
/// - `governing_issuer`: a `TargetIssuer` code.
/// - `range_end`: `upper` or `lower` (`PlanComparison.RangeEnd`).
/// - `issued_at`, `issued_by`: when and by whom the plan was issued; targets are locked while set.
/// - `data_cutoffs`: one `version=YYYY-MM-DD` per line (`PlanRows.cutoffs`): a handful of
///   optional dates that only travel with the plan, never queried on their own.
struct PlanAuthoringColumns: AsyncMigration {
    var name: String { "plan_authoring_columns" }
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite alters a table one change at a time.
        try await database.schema("plans").field("governing_issuer", .string).update()
        try await database.schema("plans").field("range_end", .string).update()
        try await database.schema("plans").field("issued_at", .datetime).update()
        try await database.schema("plans").field("issued_by", .string).update()
        try await database.schema("plans").field("data_cutoffs", .string).update()
    }
    func revert(on database: any Database) async throws {
        for column in ["data_cutoffs", "issued_by", "issued_at", "range_end", "governing_issuer"] {
            try await database.schema("plans").deleteField(.string(column)).update()
        }
    }
}

/// A target's revision: a change names the one it was based on, and a stale one is refused (409)
/// as a value's is. NULL on targets stored before: revision 1.
struct TargetRevisions: AsyncMigration {
    var name: String { "target_revisions" }
    func prepare(on database: any Database) async throws {
        try await database.schema("targets").field("revision", .int).update()
    }
    func revert(on database: any Database) async throws {
        try await database.schema("targets").deleteField("revision").update()
    }
}
