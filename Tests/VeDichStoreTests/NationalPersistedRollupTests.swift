import FluentKit
import Foundation
import SQLKit
import Testing
import VeDichCore
import VeDichImport
@testable import VeDichStore

/// The national roll-ups persisted per plan say what a fresh, full evaluation of every province's
/// plan says — right after `vedich generate`, and after a write of each kind (a value, a target, a
/// direction, an agency given an indicator, an exchange import, a report import) — and a write
/// makes only the plans it touched be judged again. A small generated set (two provinces).
@Suite struct NationalPersistedRollupTests {
    static let options = GeneratorOptions(provinces: 2, observations: 6_000, seed: 16)
    static let year = 2024

    /// The persisted summary, indicator lines and reporting counts against a fresh evaluation of
    /// every plan (`freshSnapshot`: nothing kept, nothing persisted consulted).
    static func expectPersistedIsFresh(_ reader: Store, _ plain: Store, after what: String) async throws {
        var freshSnapshots: [UUID: PlanSnapshot] = [:]
        func freshSnapshot(_ planID: UUID) async throws -> PlanSnapshot {
            if let known = freshSnapshots[planID] { return known }
            let snapshot = try await plain.freshSnapshot(planID: planID)
            freshSnapshots[planID] = snapshot
            return snapshot
        }
        for version in [ValueVersion.fullYearEstimate, .official] {
            let persisted = try await reader.nationalSummary(year: year, version: version)
            let fresh = try await plain.freshNationalSummary(year: year, version: version)
            for (got, expected) in zip(persisted.provinces, fresh.provinces) {
                #expect(got == expected, "\(what), \(got.province) \(version.rawValue): \(String(describing: got.counts)) ≠ \(String(describing: expected.counts))")
            }
            #expect(persisted == fresh, "\(what), cả nước \(version.rawValue)")

            for code in try await plain.nationalCodes(year: year).map(\.code) {
                let across = try await reader.nationalIndicator(code: code, year: year, version: version)
                for row in across.provinces {
                    let line = try await freshSnapshot(row.planID).evaluation(version).line(of: row.indicatorID)
                    #expect(line?.verdict == row.verdict && line?.value == row.value && line?.target == row.target
                            && line?.comparisonCell == row.comparisonText && line?.reason == row.reason,
                            "\(what), \(code) “\(row.name)” of \(row.province) \(version.rawValue): \(row.label) ≠ \(line?.label ?? "—")")
                }
            }

            let status = try await reader.reportingStatus(year: year, version: version, today: "2024-12-20")
            for province in status.provinces {
                guard let planID = province.planID else { continue }
                let lines = try await freshSnapshot(planID).evaluation(version).indicators
                    .flatMap { [$0] + $0.components }.filter { $0.target != nil }
                let owners = try await plain.indicatorAgencies(planID: planID)
                for agency in province.agencies {
                    let own = lines.filter { owners[$0.indicatorID] == agency.agencyID }
                    #expect(agency.indicators == own.count && agency.entered == own.filter { $0.value != nil }.count,
                            "\(what), \(province.province) \(agency.agency) \(version.rawValue): \(agency.entered)/\(agency.indicators)")
                }
                #expect(Set(province.agencies.map(\.agencyID)) == Set(owners.values), "\(what), \(province.province): the responsible agencies")
            }
        }
    }

    /// Each annual plan's persisted generation (`uoc_ca_nam`).
    static func judgedAt(_ database: any Database) async throws -> [UUID: Int] {
        var judged: [UUID: Int] = [:]
        for row in try await (database as! any SQLDatabase).raw("SELECT plan_id, generation FROM plan_rollups WHERE version = 'uoc_ca_nam'").all() {
            judged[try row.decode(column: "plan_id", as: UUID.self)] = try row.decode(column: "generation", as: Int.self)
        }
        return judged
    }

    /// The first province's 2024 plan and a line of it with a target and a value.
    static func aJudgedLine(_ store: Store, skipping: Set<UUID> = []) async throws -> (plan: PlanInfo, line: IndicatorEvaluation) {
        let plan = try #require(try await store.plans().filter { $0.horizon == "annual" && $0.startYear == year }.min { $0.province < $1.province })
        let lines = try await store.evaluation(planID: plan.id, version: .fullYearEstimate).indicators
        let line = try #require(lines.first { $0.target != nil && $0.value != nil && !skipping.contains($0.indicatorID) },
                                "\(plan.title): a line with a target and a value")
        return (plan, line)
    }

    @Test(arguments: Engine.allCases)
    func theGeneratorPersistsEveryAnnualPlansRollupsAndTheyAreAFreshEvaluations(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            _ = try await DataGenerator(options: Self.options).generate(into: database)
            let sql = database as! any SQLDatabase
            let annual = try await sql.raw("SELECT count(*) AS n FROM plans WHERE horizon = 'annual'").first()!.decode(column: "n", as: Int.self)
            let persisted = try await sql.raw("SELECT count(*) AS n FROM plan_rollups").first()!.decode(column: "n", as: Int.self)
            #expect(persisted == annual * ValueVersion.allCases.count, "every annual plan in every version, judged by the generator")
            let before = try await Self.judgedAt(database)
            let plain = Store(database: database)
            try await Self.expectPersistedIsFresh(plain, plain, after: "vedich generate")
            #expect(try await Self.judgedAt(database) == before, "reading judged nothing again")

            // Roll-ups judged by an older build's rules are judged again by these.
            let sqlDatabase = database as! any SQLDatabase
            try await sqlDatabase.raw("UPDATE plan_rollups SET rules = \(bind: PlanRollup.rules - 1), exceeded = exceeded + 1000").run()
            try await Self.expectPersistedIsFresh(plain, plain, after: "roll-ups of older rules")
            let older = try await sqlDatabase.raw("""
                SELECT count(*) AS n FROM plan_rollups r JOIN plans p ON p.id = r.plan_id
                WHERE p.start_year = \(bind: Self.year) AND r.rules <> \(bind: PlanRollup.rules)
                """).first()!.decode(column: "n", as: Int.self)
            #expect(older == 0, "every plan of \(Self.year) judged again by the current rules")
        }
    }

    @Test(arguments: Engine.allCases)
    func aSavedValueJudgesAgainOnlyThePlansHoldingItsIndicator(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            _ = try await DataGenerator(options: Self.options).generate(into: database)
            let plain = Store(database: database), kept = Store(database: database, snapshots: PlanSnapshots())
            try await Self.expectPersistedIsFresh(kept, plain, after: "before any write")
            let before = try await Self.judgedAt(database)
            // A value far on the wrong side of the target, for the first indicator whose agency's figures are not locked (approved).
            var tried: Set<UUID> = []
            var saved: (plan: PlanInfo, line: IndicatorEvaluation)?
            while saved == nil {
                let (plan, line) = try await Self.aJudgedLine(plain, skipping: tried)
                tried.insert(line.indicatorID)
                let latest = try await plain.latestObservation(indicatorID: line.indicatorID, period: plan.period, version: .fullYearEstimate)
                do {
                    _ = try await plain.record(ObservationDraft(indicatorID: line.indicatorID, period: plan.period, version: .fullYearEstimate,
                                                                text: line.direction == .lower ? "-1000" : "0", basedOnRevision: latest?.revision,
                                                                recordedBy: "test"))
                    saved = (plan, line)
                } catch StoreError.locked {
                    continue
                }
            }
            let (plan, line) = try #require(saved)
            try await Self.expectPersistedIsFresh(kept, plain, after: "a value of “\(line.name)”")
            let holding = Set(try await (database as! any SQLDatabase).raw("SELECT plan_id FROM plan_indicators WHERE indicator_id = \(bind: line.indicatorID)")
                .all().map { try $0.decode(column: "plan_id", as: UUID.self) })
            let after = try await Self.judgedAt(database)
            let judgedAgain = Set(after.keys.filter { after[$0] != before[$0] })
            #expect(judgedAgain.contains(plan.id), "\(plan.title) holds “\(line.name)”: judged again")
            #expect(judgedAgain.isSubset(of: holding), "only plans holding “\(line.name)” are judged again, not \(judgedAgain.subtracting(holding).count) others")
        }
    }

    @Test(arguments: Engine.allCases)
    func targetsDirectionsAndAgenciesKeepThePersistedRollupsFresh(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            _ = try await DataGenerator(options: Self.options).generate(into: database)
            let plain = Store(database: database), kept = Store(database: database, snapshots: PlanSnapshots())
            try await Self.expectPersistedIsFresh(kept, plain, after: "before any write")
            var (plan, line) = try await Self.aJudgedLine(plain)
            if plan.issuedAt != nil { plan = try await plain.unlockPlan(planID: plan.id, reason: "sửa mục tiêu để kiểm thử", actor: "test") }
            let target = try #require(try await plain.targets(planID: plan.id).first { $0.indicatorID == line.indicatorID })
            // A target far above any value: the verdict turns.
            _ = try await plain.setTargets([TargetDraft(planID: plan.id, indicatorID: line.indicatorID, issuer: target.issuerCode ?? .province,
                                                        text: "999999", basedOnRevision: target.revision, recordedBy: "test")])
            try await Self.expectPersistedIsFresh(kept, plain, after: "the target of “\(line.name)”")

            let (_, other) = try await Self.aJudgedLine(plain, skipping: [line.indicatorID])
            try await plain.setDirection(indicatorID: other.indicatorID, to: other.direction == .lower ? .higher : .lower,
                                         reason: "kiểm thử", actor: "test")
            try await Self.expectPersistedIsFresh(kept, plain, after: "the direction of “\(other.name)”")

            try await plain.assign(indicatorID: other.indicatorID, toAgency: "Sở Kiểm Thử", actor: "test")
            try await Self.expectPersistedIsFresh(kept, plain, after: "“\(other.name)” given to Sở Kiểm Thử")
        }
    }

    @Test(arguments: Engine.allCases)
    func importsKeepThePersistedRollupsFresh(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            _ = try await DataGenerator(options: Self.options).generate(into: database)
            let plain = Store(database: database), kept = Store(database: database, snapshots: PlanSnapshots())
            try await Self.expectPersistedIsFresh(kept, plain, after: "before any import")
            // An exchange packet of the province with a new revision of one of its values.
            let province = try #require(try await plain.nationalSummary(year: Self.year, version: .fullYearEstimate).provinces.first).province
            var packet = try await plain.exchangePacket(province: province)
            let last = try #require(packet.soLieuBaoCao.soLieu.last)
            var next = last
            next.lanSua += 1
            next.giaTri = "0"
            packet.soLieuBaoCao.soLieu.append(next)
            let summary = try await plain.importExchange(packet, actor: "bo", source: "kiểm thử")
            #expect(summary.added == ["value": 1], "\(summary)")
            try await Self.expectPersistedIsFresh(kept, plain, after: "an exchange packet of \(province)")

            // A province's report imported: a province without persisted roll-ups, judged at the next read.
            _ = try await ReportImporter(database: database).apply(Seed.report, province: "Lạng Sơn", recordedBy: "test")
            try await Self.expectPersistedIsFresh(kept, plain, after: "the report of Lạng Sơn imported")
        }
    }
}
