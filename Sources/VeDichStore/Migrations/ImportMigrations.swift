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

/// What a report printed beside a target, kept with it: "575 (tăng 15%)", "6.065,2 (giảm 28,3% so
/// với thực hiện năm 2020)". Its figures are not the target, but an import that dropped them would
/// lose numbers the document holds (values keep theirs in `observations.note`). NULL: none.
struct TargetNote: AsyncMigration {
    var name: String { "import_13_02_target_note" }
    func prepare(on database: any Database) async throws {
        try await database.schema("targets").field("note", .string).update()
    }
    func revert(on database: any Database) async throws {
        try await database.schema("targets").deleteField("note").update()
    }
}
