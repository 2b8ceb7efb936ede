import Fluent
import SQLKit

/// The ministry's roll-ups, persisted (`NationalPersistedRollups`): what the core judged for each
/// plan, kept in the database with the data generation it was judged at, so that no request — not
/// even the first one of a server just started — judges all of a country's values. Four tables:
///
/// - `plan_changes`: per plan, the data generation of the last write that changed what it is
///   judged on (values, targets, directions, the catalogue, the plan's settings). Written in the
///   write's own transaction by `Store.bumpGeneration` (one upsert), so a write costs no
///   evaluation. The all-zero plan id stands for every plan (a write that cannot say which).
/// - `plan_rollups`: per plan and version, the verdict counts of the plan's evaluation, its title
///   and the version's data cut-off, stamped with `generation`. Stale while a `plan_changes` row
///   (its own or the all-plans one) is newer; the next read judges that plan again, alone.
/// - `plan_rollup_lines`: per plan, version and indicator holding a higher-level code, the line
///   the national indicator view shows (JSON), judged with the plan's `plan_rollups`.
/// - `plan_rollup_agencies`: per plan, version and responsible agency, its indicators with a
///   target and how many have a value: the reporting status's counts.
///
/// Nothing is backfilled here: a ministry's database of 10 M values would wait minutes in the
/// migration. A plan without rows is stale, so the first national read judges every plan once
/// and persists it (`vedich generate` does it for what it writes).
struct CreatePlanRollups: AsyncMigration {
    var name: String { "national_16c_01_plan_rollups" }

    func prepare(on database: any Database) async throws {
        try await database.schema("plan_changes")
            .field("plan_id", .uuid, .identifier(auto: false))
            .field("generation", .int, .required)
            .create()
        try await database.schema("plan_rollups")
            .field("plan_id", .uuid, .required)
            .field("version", .string, .required)
            .field("generation", .int, .required)
            .field("plan_title", .string, .required)
            .field("cutoff", .string)
            .field("exceeded", .int, .required)
            .field("met", .int, .required)
            .field("missed", .int, .required)
            .field("undetermined", .int, .required)
            .field("no_data", .int, .required)
            .unique(on: "plan_id", "version")
            .create()
        try await database.schema("plan_rollup_lines")
            .field("plan_id", .uuid, .required)
            .field("version", .string, .required)
            .field("indicator_id", .uuid, .required)
            .field("line", .string, .required)
            .unique(on: "plan_id", "version", "indicator_id")
            .create()
        try await database.schema("plan_rollup_agencies")
            .field("plan_id", .uuid, .required)
            .field("version", .string, .required)
            .field("agency_id", .uuid, .required)
            .field("indicators", .int, .required)
            .field("entered", .int, .required)
            .unique(on: "plan_id", "version", "agency_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        for table in ["plan_rollup_agencies", "plan_rollup_lines", "plan_rollups", "plan_changes"] {
            try await database.schema(table).delete()
        }
    }
}

/// `plan_rollups.rules`: the version of the core's judging rules a roll-up was judged by
/// (`PlanRollup.rules`). A build whose rules judge differently bumps it, and every persisted
/// roll-up of an older one is stale: judged again on its plan's next national read, as after a write.
struct AddPlanRollupRules: AsyncMigration {
    var name: String { "national_16c_02_plan_rollup_rules" }

    func prepare(on database: any Database) async throws {
        try await database.schema("plan_rollups").field("rules", .int, .required, .sql(.default(0))).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("plan_rollups").deleteField("rules").update()
    }
}
