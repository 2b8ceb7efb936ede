import Fluent
import SQLKit

/// Three marks on an indicator of the catalogue. `retired_at`: when the planning office stopped
/// following it (never deleted: it stays in every plan that has it, in its values and history,
/// but is not copied into new plans nor offered for entry); NULL while followed. `retired_reason`:
/// why, shown beside it. `revision`: counts the catalogue edits, so an edit made from a page that
/// showed an older state is refused (409) instead of silently undoing someone's change.
struct CatalogueIndicatorMarks: AsyncMigration {
    var name: String { "catalogue_01_indicator_marks" }
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite alters a table one change at a time.
        try await database.schema("indicators").field("retired_at", .datetime).update()
        try await database.schema("indicators").field("retired_reason", .string).update()
        try await database.schema("indicators").field("revision", .int, .required, .sql(.default(0))).update()
    }
    func revert(on database: any Database) async throws {
        try await database.schema("indicators").deleteField("revision").update()
        try await database.schema("indicators").deleteField("retired_reason").update()
        try await database.schema("indicators").deleteField("retired_at").update()
    }
}

/// The agencies that take part in an indicator besides the one responsible for it (cơ quan phối
/// hợp): they read it as theirs, the responsible agency enters its values.
struct CatalogueCoAgencies: AsyncMigration {
    var name: String { "catalogue_02_co_agencies" }
    func prepare(on database: any Database) async throws {
        try await database.schema("indicator_co_agencies")
            .id()
            .field("indicator_id", .uuid, .required, .references("indicators", "id"))
            .field("agency_id", .uuid, .required, .references("agencies", "id"))
            .unique(on: "indicator_id", "agency_id")
            .create()
    }
    func revert(on database: any Database) async throws { try await database.schema("indicator_co_agencies").delete() }
}

/// An account's e-mail address, for reaching the person (optional: not every office has one).
struct AccountEmail: AsyncMigration {
    var name: String { "account_01_email" }
    func prepare(on database: any Database) async throws {
        try await database.schema("users").field("email", .string).update()
    }
    func revert(on database: any Database) async throws {
        try await database.schema("users").deleteField("email").update()
    }
}
