import Fluent

/// Two marks on a value's revision. `withdrawn`: the revision takes back the value before it (typed
/// in the wrong row, say): it keeps the figure it withdraws for the history, and evaluation reads
/// the value as missing; NULL on every other revision, so a plain `IS NULL` picks the live ones on
/// both engines. `warnings`: the plausibility warnings the person saw and confirmed when saving
/// (one per line), kept with the value.
struct AddObservationMarks: AsyncMigration {
    var name: String { "016_add_observation_withdrawn_and_warnings" }
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite alters a table one change at a time.
        try await database.schema("observations").field("withdrawn", .bool).update()
        try await database.schema("observations").field("warnings", .string).update()
    }
    func revert(on database: any Database) async throws {
        try await database.schema("observations").deleteField("warnings").update()
        try await database.schema("observations").deleteField("withdrawn").update()
    }
}
