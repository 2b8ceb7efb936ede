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
