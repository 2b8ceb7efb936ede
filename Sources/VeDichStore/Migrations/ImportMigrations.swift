import Fluent

/// A sub-row that does not take part in its row's verdict (issue 13, Build 2): "Trong đó: …" under
/// a row with its own target, printed without a verdict of its own. The report reader decides it
/// (`ReadIndicator.judgedComponents`); the import keeps it here so that the app judges the row as
/// the audit did. NULL: the part decides, as every component did before.
struct ComponentOutsideVerdict: AsyncMigration {
    var name: String { "import_13_01_component_outside_verdict" }
    func prepare(on database: any Database) async throws {
        try await database.schema("plan_indicators").field("outside_verdict", .bool).update()
    }
    func revert(on database: any Database) async throws {
        try await database.schema("plan_indicators").deleteField("outside_verdict").update()
    }
}
