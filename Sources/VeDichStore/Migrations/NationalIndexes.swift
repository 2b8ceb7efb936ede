import Fluent
import SQLKit

/// Two indexes the national views and every saved value need at national scale, chosen from
/// `EXPLAIN (ANALYZE)` on PostgreSQL 15 with 34 generated provinces (`vedich generate`, seed 2024;
/// figures below at 15 provinces, 4.4 M values, 457 000 plan rows, 56 000 indicators):
///
/// - `plan_indicators (indicator_id)`: the unique key (plan_id, indicator_id) serves reads by plan,
///   not by indicator. Finding the plans that hold an indicator — each saved value asks it
///   (`reopenSubmission`), and so does lining an indicator up across provinces — was a
///   Parallel Seq Scan on plan_indicators, 55.7 ms; with the index an Index Scan, under 0.1 ms.
/// - `indicators (national_code)`: `/api/v1/national/indicators/{code}` and the list of codes
///   filtered every indicator (Seq Scan, 20.6 ms, repeated per plan in the join); now an Index Scan.
///
/// Nothing is added to `observations`: reading a plan's values (`PlanRows.observations`, the cold
/// path of every national read) is already a Nested Loop of Index Scans on its unique key
/// (indicator_id, period_id, version, revision), 3 809 indicators × 3 periods probed, 149 ms warm per
/// plan; the newest-revision check is an Index Only Scan on the same key. A wider covering index
/// would cost a second copy of 10 M keys for the cold read alone, which the kept snapshots avoid.
struct AddNationalIndexes: AsyncMigration {
    var name: String { "national_16b_01_add_indexes" }

    func prepare(on database: any Database) async throws {
        let sql = try database.sql
        try await sql.raw("CREATE INDEX IF NOT EXISTS plan_indicators_indicator_id ON plan_indicators (indicator_id)").run()
        try await sql.raw("CREATE INDEX IF NOT EXISTS indicators_national_code ON indicators (national_code)").run()
    }

    func revert(on database: any Database) async throws {
        let sql = try database.sql
        try await sql.raw("DROP INDEX IF EXISTS indicators_national_code").run()
        try await sql.raw("DROP INDEX IF EXISTS plan_indicators_indicator_id").run()
    }
}
