import Fluent

/// The workflow state of one agency's figures for a plan's period and value version.
struct CreateSubmissions: AsyncMigration {
    var name: String { "014_create_submissions" }
    func prepare(on database: any Database) async throws {
        try await database.schema("submissions")
            .id()
            .field("plan_id", .uuid, .required, .references("plans", "id"))
            .field("agency_id", .uuid, .required, .references("agencies", "id"))
            .field("period_kind", .string, .required)
            .field("start_year", .int, .required)
            .field("end_year", .int, .required)
            .field("version", .string, .required)
            .field("status", .string, .required)
            .field("comment", .string)
            .field("changed_by", .string, .required)
            .field("changed_at", .datetime)
            .field("revision", .int, .required)
            .unique(on: "plan_id", "agency_id", "version")
            .create()
    }
    func revert(on database: any Database) async throws { try await database.schema("submissions").delete() }
}

/// Every change (who, when, old, new, why), append-only: the database itself refuses an UPDATE
/// or DELETE of a row, whatever code asks.
struct CreateChangeLog: AsyncMigration {
    var name: String { "015_create_change_log" }
    func prepare(on database: any Database) async throws {
        try await database.schema("change_log")
            .id()
            .field("at", .datetime, .required)
            .field("actor", .string, .required)
            .field("entity", .string, .required)
            .field("entity_id", .uuid)
            .field("plan_id", .uuid)
            .field("indicator_id", .uuid)
            .field("field", .string, .required)
            .field("old_value", .string)
            .field("new_value", .string)
            .field("reason", .string)
            .create()
        try await AppendOnly.protect(table: "change_log", on: database)
    }
    func revert(on database: any Database) async throws { try await database.schema("change_log").delete() }
}
