import Fluent
import Foundation
import SQLKit
import VeDichCore
import VeDichPlanModel

// The ministry's roll-ups persisted per plan (tables in `CreatePlanRollups`): what the core judged
// for each plan — verdict counts per version, the lines of indicators with a higher-level code,
// each responsible agency's entered and missing counts — stamped with the data generation it was
// judged at. A write does not judge anything: in its own transaction it stamps the plans it changed
// in `plan_changes` (`Store.bumpGeneration`, one upsert), and the next national read judges those
// plans again, alone, from their snapshots (`Store.snapshot(planID:)`, the province's own pages'
// evaluation) and persists the result. Why not judge in the write: a plan's evaluation reads all
// of its values (up to 4 000 indicators, ~0.5 s cold), which every saved value would then wait
// for, holding the write lock; stamping costs one indexed upsert, and the read that follows
// re-judges one plan, which the kept snapshot makes one indicator's re-read.

/// Which plans' persisted roll-ups a write makes stale (`Store.bumpGeneration(plans:)`).
public enum PlanScope: Sendable, Equatable {
    /// Anything may have changed: every plan is judged again on its next national read.
    case every
    case plans(Set<UUID>)
    /// The plans that hold any of these indicators (values, targets, direction, catalogue).
    case holding(Set<UUID>)
    /// Every plan of one province (an import of the province).
    case province(UUID)
    /// Nothing a verdict, a count or a title depends on (a name shown live, an explanation).
    case nothing
}

extension Store {
    /// `plan_changes.plan_id` standing for every plan.
    static let everyPlan = UUID(uuidString: "00000000-0000-0000-0000-000000000000") ?? UUID()

    /// Stamps the plans in `scope` with the current data generation: their persisted roll-ups are
    /// stale from now on. Call on the write's transaction, after the generation moved.
    func markChanged(_ scope: PlanScope) async throws {
        let plans: SQLQueryString
        switch scope {
        case .nothing: return
        case .every:
            plans = "SELECT \(bind: Self.everyPlan), d.counter FROM data_generation d WHERE d.id = 1"
        case .plans(let ids):
            guard !ids.isEmpty else { return }
            plans = "SELECT p.id, d.counter FROM plans p, data_generation d WHERE d.id = 1 AND p.id IN (\(binds: Array(ids)))"
        case .holding(let ids):
            guard !ids.isEmpty else { return }
            plans = """
                SELECT DISTINCT pi.plan_id, d.counter FROM plan_indicators pi, data_generation d
                WHERE d.id = 1 AND pi.indicator_id IN (\(binds: Array(ids)))
                """
        case .province(let id):
            plans = "SELECT p.id, d.counter FROM plans p, data_generation d WHERE d.id = 1 AND p.unit_id = \(bind: id)"
        }
        // (SQLite reads `INSERT … SELECT … ON CONFLICT` only with a WHERE in the SELECT: each has one.)
        try await database.sql.raw("""
            INSERT INTO plan_changes (plan_id, generation) \(plans)
            ON CONFLICT (plan_id) DO UPDATE SET generation = excluded.generation
            """).run()
    }

    /// Whether a plan's persisted roll-ups, read by `rollupState` (`judged`, `rules`, `changed`,
    /// `changed_all`), are still right: judged by these rules, and no write since stamped the plan
    /// or every plan.
    static func isCurrent(_ row: any SQLRow) throws -> Bool {
        let rules = try row.optional("rules", as: Int.self)
        guard let judged = try row.optional("judged", as: Int.self), rules == PlanRollup.rules else { return false }
        let changed = try row.optional("changed", as: Int.self) ?? 0, changedAll = try row.optional("changed_all", as: Int.self) ?? 0
        return judged >= changed && judged >= changedAll
    }

    /// The columns `isCurrent` reads, of a plan `p` joined to its roll-up `r` and `planStamps`.
    static var rollupState: SQLQueryString {
        "r.generation AS judged, r.rules, c.generation AS changed, e.generation AS changed_all"
    }

    /// The SQL joining a plan `p` to its stamps: `c` (its own) and `e` (every plan's).
    static var planStamps: SQLQueryString {
        """
        LEFT JOIN plan_changes c ON c.plan_id = p.id
        LEFT JOIN plan_changes e ON e.plan_id = \(bind: everyPlan)
        """
    }

    /// Judges `planIDs` again from their snapshots (the province's own evaluation) and persists
    /// what the national views read, stamped with the generation read before the snapshots (a
    /// write landing meanwhile leaves the rows older than their data, so they are judged again
    /// next time, never wrongly kept). Returns what was judged, as it was persisted. A failure to
    /// persist is logged and the read answered all the same: the next read judges the plans again.
    func refreshRollups(_ planIDs: [UUID]) async throws -> [UUID: PlanRollup] {
        let planIDs = Array(Set(planIDs))
        guard !planIDs.isEmpty else { return [:] }
        let generation = try await generation()
        let rollups = try await judgeRollups(try await snapshots(of: planIDs))
        guard let generation else { return rollups }
        do {
            try await persistRollups(rollups, generation: generation)
        } catch {
            database.logger.warning("national roll-ups of \(planIDs.count) plans not persisted: \(String(reflecting: error))")
        }
        return rollups
    }

    /// Judges every annual plan (of the provinces `unitIDs`, or all) and persists its roll-ups, a
    /// few plans at a time: what `vedich generate` does at its end, so that the first national
    /// read judges nothing. Returns how many plans were judged.
    @discardableResult
    public func refreshAllRollups(unitIDs: [UUID]? = nil, progress: @Sendable (Int, Int) -> Void = { _, _ in }) async throws -> Int {
        let only: SQLQueryString = unitIDs.map { "AND unit_id IN (\(binds: $0))" } ?? ""
        let plans = try await database.sql.raw("SELECT id FROM plans WHERE horizon = 'annual' \(only) ORDER BY id").all()
            .map { try $0.decode(column: "id", as: UUID.self) }
        var done = 0
        for start in stride(from: 0, to: plans.count, by: 4) {
            let batch = Array(plans[start..<min(start + 4, plans.count)])
            guard let generation = try await generation() else { return 0 }
            try await persistRollups(try await judgeRollups(try await snapshots(of: batch)), generation: generation)
            done += batch.count
            progress(done, plans.count)
        }
        return done
    }

    /// What the national views read of each plan, taken from its snapshot's evaluation: nothing
    /// is judged here, only counted and picked.
    private func judgeRollups(_ snapshots: [UUID: PlanSnapshot]) async throws -> [UUID: PlanRollup] {
        guard !snapshots.isEmpty else { return [:] }
        // Which of the plans' indicators hold a higher-level code, and who answers for each.
        let roles = try await database.sql.raw("""
            SELECT pi.plan_id, i.id, i.national_code, i.agency_id
            FROM plan_indicators pi JOIN indicators i ON i.id = pi.indicator_id
            WHERE pi.plan_id IN (\(binds: Array(snapshots.keys))) AND (i.national_code IS NOT NULL OR i.agency_id IS NOT NULL)
            """).all()
        var coded: [UUID: Set<UUID>] = [:], owners: [UUID: [UUID: UUID]] = [:]
        for row in roles {
            let plan = try row.decode(column: "plan_id", as: UUID.self), indicator = try row.decode(column: "id", as: UUID.self)
            if try row.optional("national_code", as: String.self) != nil { coded[plan, default: []].insert(indicator) }
            if let agency = try row.optional("agency_id", as: UUID.self) { owners[plan, default: [:]][indicator] = agency }
        }
        return snapshots.mapValues { snapshot in
            PlanRollup(snapshot: snapshot, coded: coded[snapshot.plan.id] ?? [], owners: owners[snapshot.plan.id] ?? [:])
        }
    }

    private func persistRollups(_ rollups: [UUID: PlanRollup], generation: Int) async throws {
        let planIDs = Array(rollups.keys)
        guard !planIDs.isEmpty else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        var counts: [[any Encodable & Sendable]] = [], lines: [[any Encodable & Sendable]] = [], agencies: [[any Encodable & Sendable]] = []
        for (planID, rollup) in rollups {
            for (version, judged) in rollup.versions {
                counts.append([planID, version.rawValue, generation, PlanRollup.rules, rollup.title, judged.cutoff, judged.counts.exceeded, judged.counts.met,
                               judged.counts.missed, judged.counts.undetermined, judged.counts.noData])
                for (indicatorID, line) in judged.lines {
                    lines.append([planID, version.rawValue, indicatorID, String(decoding: try encoder.encode(line), as: UTF8.self)])
                }
                for (agencyID, count) in judged.agencies {
                    agencies.append([planID, version.rawValue, agencyID, count.indicators, count.entered])
                }
            }
        }
        let rows = (counts: counts, lines: lines, agencies: agencies)
        try await database.writeTransaction { database in
            let sql = try database.sql
            // Another reader may have persisted a judgement as new or newer meanwhile: that one stays.
            let newer = Set(try await sql.raw("""
                SELECT DISTINCT plan_id FROM plan_rollups
                WHERE plan_id IN (\(binds: planIDs)) AND generation >= \(bind: generation) AND rules = \(bind: PlanRollup.rules)
                """).all().map { try $0.decode(column: "plan_id", as: UUID.self) })
            let stale = Set(planIDs.filter { !newer.contains($0) })
            guard !stale.isEmpty else { return }
            for table in ["plan_rollups", "plan_rollup_lines", "plan_rollup_agencies"] {
                try await sql.raw("DELETE FROM \(ident: table) WHERE plan_id IN (\(binds: Array(stale)))").run()
            }
            func ours(_ rows: [[any Encodable & Sendable]]) -> [[any Encodable & Sendable]] {
                rows.filter { ($0[0] as? UUID).map(stale.contains) ?? false }
            }
            try await Self.insert(into: "plan_rollups", ["plan_id", "version", "generation", "rules", "plan_title", "cutoff",
                                                         "exceeded", "met", "missed", "undetermined", "no_data"], ours(rows.counts), on: sql)
            try await Self.insert(into: "plan_rollup_lines", ["plan_id", "version", "indicator_id", "line"], ours(rows.lines), on: sql)
            try await Self.insert(into: "plan_rollup_agencies", ["plan_id", "version", "agency_id", "indicators", "entered"], ours(rows.agencies), on: sql)
        }
    }

    /// Multi-row INSERTs, under PostgreSQL's and SQLite's limits on bound values per statement.
    private static func insert(into table: String, _ columns: [String], _ rows: [[any Encodable & Sendable]], on sql: any SQLDatabase) async throws {
        let perStatement = max(1, 900 / columns.count)
        for start in stride(from: 0, to: rows.count, by: perStatement) {
            let chunk = rows[start..<min(start + perStatement, rows.count)]
            var query = SQLQueryString("INSERT INTO \(ident: table) (")
            query.appendInterpolation(SQLList(columns.map { SQLIdentifier($0) }))
            query.appendLiteral(") VALUES ")
            for (index, row) in chunk.enumerated() {
                query.appendLiteral(index == 0 ? "(" : ", (")
                query.appendInterpolation(binds: row)
                query.appendLiteral(")")
            }
            try await sql.raw(query).run()
        }
    }
}

/// What the national views read of one plan's evaluation, per version: as persisted in the
/// `plan_rollup*` tables, or as just judged when the persisted one was stale.
public struct PlanRollup: Sendable {
    /// The version of the judging rules persisted roll-ups were made by. Bump it with any change
    /// to how the core judges a plan (verdicts, summary counts, the lines' texts): every roll-up
    /// persisted by an older build is then judged again on its plan's next national read.
    public static let rules = 1

    struct Judged: Sendable {
        /// The plan's data cut-off for the version (`YYYY-MM-DD`).
        var cutoff: String?
        /// The evaluation's summary: numbered indicators by verdict.
        var counts: VerdictCounts
        /// The lines (headlines or components, components left out) of indicators with a higher-level code.
        var lines: [UUID: IndicatorEvaluation]
        /// Per responsible agency: its indicators (components included) with a target, and those with a value.
        var agencies: [UUID: (indicators: Int, entered: Int)]
    }

    var title: String
    var versions: [ValueVersion: Judged]

    init(title: String, versions: [ValueVersion: Judged]) {
        self.title = title
        self.versions = versions
    }

    /// Taken from the snapshot: `coded` are the plan's indicators holding a higher-level code,
    /// `owners` who answers for each indicator.
    init(snapshot: PlanSnapshot, coded: Set<UUID>, owners: [UUID: UUID]) {
        title = snapshot.plan.title
        var versions: [ValueVersion: Judged] = [:]
        for version in ValueVersion.allCases {
            let evaluation = snapshot.evaluation(version)
            let all = evaluation.indicators.flatMap { [$0] + $0.components }
            var lines: [UUID: IndicatorEvaluation] = [:]
            for var line in all where coded.contains(line.indicatorID) {
                line.components = []
                lines[line.indicatorID] = lines[line.indicatorID] ?? line
            }
            var agencies: [UUID: (indicators: Int, entered: Int)] = [:]
            for agency in owners.values { agencies[agency] = (0, 0) }
            for line in all where line.target != nil {
                guard let agency = owners[line.indicatorID] else { continue }
                agencies[agency]?.indicators += 1
                if line.value != nil { agencies[agency]?.entered += 1 }
            }
            versions[version] = Judged(cutoff: snapshot.plan.dataCutoffs[version], counts: evaluation.summary.total, lines: lines, agencies: agencies)
        }
        self.versions = versions
    }
}
