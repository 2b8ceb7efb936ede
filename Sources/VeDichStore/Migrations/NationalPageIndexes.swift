import Fluent
import SQLKit

/// `indicators (agency_id)`, chosen from `EXPLAIN (ANALYZE)` on PostgreSQL 15 with 34 generated
/// provinces (`vedich generate`, seed 2024: 100 000 indicators, 3 729 agencies): the ministry's
/// drill-down to an agency (`/national/provinces/{id}/agencies/{id}`) names the agency through
/// `Store.agencies(provinceID:)`, whose count of each agency's indicators was a Seq Scan on
/// indicators repeated for each of the province's 138 agencies, 3 547 ms (the page's first request
/// took 3 s). With the index: an Index Only Scan per agency, 0.85 ms in all. The province's
/// "Cơ quan" page asks the same query.
struct AddAgencyIndicatorIndex: AsyncMigration {
    var name: String { "national_16d_02_indicators_agency_index" }

    func prepare(on database: any Database) async throws {
        try await database.sql.raw("CREATE INDEX IF NOT EXISTS indicators_agency_id ON indicators (agency_id)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.raw("DROP INDEX IF EXISTS indicators_agency_id").run()
    }
}

/// Two more for the drill-down's last step, the indicator's own page (`/indicators/{id}`), which on
/// the same database took 4.3 s for its first request and served 2 a second under wrk, chosen from
/// `EXPLAIN (ANALYZE)`:
///
/// - `targets (indicator_id)`: an indicator's targets across plans were a Parallel Seq Scan on
///   1.1 M targets, 137 ms (the unique key starts with the plan); now an Index Scan, 0.14 ms.
/// - `submissions (agency_id)`: whether an approval locks a value (`Store.lock`), asked for each of
///   the indicator's values, was a Parallel Seq Scan on 154 000 submissions, 68 ms each; now a
///   Bitmap Index Scan, 0.09 ms.
struct AddDrillDownIndexes: AsyncMigration {
    var name: String { "national_16d_03_drill_down_indexes" }

    func prepare(on database: any Database) async throws {
        let sql = try database.sql
        try await sql.raw("CREATE INDEX IF NOT EXISTS targets_indicator_id ON targets (indicator_id)").run()
        try await sql.raw("CREATE INDEX IF NOT EXISTS submissions_agency_id ON submissions (agency_id)").run()
    }

    func revert(on database: any Database) async throws {
        let sql = try database.sql
        try await sql.raw("DROP INDEX IF EXISTS submissions_agency_id").run()
        try await sql.raw("DROP INDEX IF EXISTS targets_indicator_id").run()
    }
}
