import Fluent
import SQLKit

/// One row counting the changes to `submissions` (workflow steps, a value reopening a submission,
/// an exchange import, the generator), moved by triggers in the database itself, so every writer
/// and every server moves it without being told to. Workflow steps do not move the data
/// generation (they change no figure), yet the reporting status shows them; the ministry's kept
/// pages (`NationalPageCache`) are keyed by both counters, read together in one query
/// (`Store.nationalStamp`).
///
/// Why not the sum of the submissions' revisions: on PostgreSQL with 34 generated provinces
/// (154 000 submissions) `EXPLAIN (ANALYZE)` of that sum for one year and version was a Parallel
/// Seq Scan on submissions with a Hash Join on plans, 34 ms, paid by every request while nothing
/// changed; the counter is one row read by its key, under 0.1 ms. PostgreSQL moves it once per
/// statement (a COPY of the generator's 154 000 rows: once), SQLite once per row.
struct CreateWorkflowGeneration: AsyncMigration {
    var name: String { "national_16d_01_workflow_generation" }

    func prepare(on database: any Database) async throws {
        try await database.schema("workflow_generation")
            .field("id", .int, .identifier(auto: false))
            .field("counter", .int, .required)
            .create()
        let sql = try database.sql
        try await sql.raw("INSERT INTO workflow_generation (id, counter) VALUES (1, 0)").run()
        switch sql.dialect.name {
        case "sqlite":
            for event in ["INSERT", "UPDATE", "DELETE"] {
                try await sql.raw("""
                    CREATE TRIGGER submissions_moves_workflow_\(unsafeRaw: event.lowercased()) AFTER \(unsafeRaw: event) ON submissions
                    BEGIN UPDATE workflow_generation SET counter = counter + 1 WHERE id = 1; END
                    """).run()
            }
        case "postgresql":
            try await sql.raw("""
                CREATE OR REPLACE FUNCTION submissions_move_workflow() RETURNS trigger AS $$
                BEGIN UPDATE workflow_generation SET counter = counter + 1 WHERE id = 1; RETURN NULL; END $$ LANGUAGE plpgsql
                """).run()
            try await sql.raw("""
                CREATE TRIGGER submissions_moves_workflow AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON submissions
                FOR EACH STATEMENT EXECUTE FUNCTION submissions_move_workflow()
                """).run()
        default:
            return
        }
    }

    func revert(on database: any Database) async throws {
        let sql = try database.sql
        switch sql.dialect.name {
        case "sqlite":
            for event in ["insert", "update", "delete"] {
                try await sql.raw("DROP TRIGGER IF EXISTS submissions_moves_workflow_\(unsafeRaw: event)").run()
            }
        case "postgresql":
            try await sql.raw("DROP TRIGGER IF EXISTS submissions_moves_workflow ON submissions").run()
            try await sql.raw("DROP FUNCTION IF EXISTS submissions_move_workflow()").run()
        default:
            break
        }
        try await database.schema("workflow_generation").delete()
    }
}
