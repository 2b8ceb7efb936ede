import Fluent

/// The prose sections of a plan's report, one row per revision: an edit adds revision n + 1 and
/// leaves the earlier ones as they were, as values do.
struct CreateReportSections: AsyncMigration {
    var name: String { "010_create_report_sections" }
    func prepare(on database: any Database) async throws {
        try await database.schema("report_sections")
            .id()
            .field("plan_id", .uuid, .required, .references("plans", "id"))
            .field("key", .string, .required)
            .field("revision", .int, .required)
            .field("position", .int, .required)
            .field("level", .int, .required)
            .field("kind", .string, .required)
            .field("heading", .string, .required)
            .field("text", .string, .required)
            .field("recorded_by", .string, .required)
            .field("recorded_at", .datetime)
            .unique(on: "plan_id", "key", "revision")
            .create()
    }
    func revert(on database: any Database) async throws { try await database.schema("report_sections").delete() }
}
