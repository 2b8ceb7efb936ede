import Fluent
import SQLKit

/// Triggers that make a table append-only on SQLite and PostgreSQL.
enum AppendOnly {
    static func protect(table: String, on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        switch sql.dialect.name {
        case "sqlite":
            for event in ["UPDATE", "DELETE"] {
                try await sql.raw("""
                    CREATE TRIGGER \(unsafeRaw: table)_no_\(unsafeRaw: event.lowercased()) BEFORE \(unsafeRaw: event) ON \(unsafeRaw: table)
                    BEGIN SELECT RAISE(ABORT, 'append-only table'); END
                    """).run()
            }
        case "postgresql":
            try await sql.raw("""
                CREATE OR REPLACE FUNCTION \(unsafeRaw: table)_append_only() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION 'append-only table'; END $$ LANGUAGE plpgsql
                """).run()
            try await sql.raw("""
                CREATE TRIGGER \(unsafeRaw: table)_append_only BEFORE UPDATE OR DELETE ON \(unsafeRaw: table)
                FOR EACH ROW EXECUTE FUNCTION \(unsafeRaw: table)_append_only()
                """).run()
        default:
            return
        }
    }
}
