import FluentKit
import Foundation
import Testing
import VeDichCore
import VeDichImport
import VeDichStore

/// The ministry's roll-ups say what each province's own plan says, stay right after every write
/// (kept snapshots brought up to date, never a batch), and line one indicator up across provinces
/// by its higher-level code. Two provinces, both made from the seed report through the importer.
@Suite struct NationalRollupTests {
    static let provinces = ["Lạng Sơn", "Cao Bằng"]
    static let growth = "Tốc độ tăng trưởng kinh tế (GRDP)"

    /// Both provinces imported, and one indicator of each 2024 plan given the higher-level code "QG-01".
    static func twoProvinces(_ database: any Database) async throws -> (store: Store, plans: [String: PlanInfo], indicators: [String: IndicatorInfo]) {
        for province in provinces {
            _ = try await ReportImporter(database: database).apply(Seed.report, province: province, recordedBy: "test")
        }
        let store = Store(database: database)
        var plans: [String: PlanInfo] = [:]
        var indicators: [String: IndicatorInfo] = [:]
        for plan in try await store.plans() where plan.horizon == "annual" && plan.startYear == 2024 {
            plans[plan.province] = plan
            let judged = try await store.evaluation(planID: plan.id, version: .fullYearEstimate)
            let line = try #require(judged.indicators.first { $0.target != nil && $0.value != nil }, "\(plan.province): an indicator with target and value")
            let indicator = try #require(try await store.indicators(planID: plan.id).first { $0.id == line.indicatorID })
            let entry = try await store.catalogueEntry(planID: plan.id, indicatorID: indicator.id)
            _ = try await store.editIndicator(planID: plan.id, indicatorID: indicator.id,
                                              CatalogueEdit(basedOnRevision: entry.revision, nationalCode: "QG-01", reason: "mã QĐ 293"), actor: "test")
            indicators[plan.province] = indicator
        }
        #expect(Set(plans.keys) == Set(provinces), "both provinces have an annual plan of 2024")
        return (store, plans, indicators)
    }

    @Test(arguments: Engine.allCases)
    func summaryCountsWhatEachProvincesOwnPlanSays(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            let (store, plans, _) = try await Self.twoProvinces(database)
            let kept = Store(database: database, snapshots: PlanSnapshots())
            for version in [ValueVersion.fullYearEstimate, .official] {
                let summary = try await kept.nationalSummary(year: 2024, version: version)
                #expect(summary.provinces.map(\.province).sorted() == Self.provinces.sorted())
                var total = VerdictCounts()
                for row in summary.provinces {
                    let plan = try #require(plans[row.province])
                    let own = try await store.evaluation(planID: plan.id, version: version).summary.total
                    #expect(row.planID == plan.id && row.counts == own, "\(row.province) \(version.rawValue): \(String(describing: row.counts)) ≠ \(own)")
                    #expect(row.metOrExceededShare == Double(own.metOrExceeded) / Double(own.total))
                    total.exceeded += own.exceeded
                    total.met += own.met
                    total.missed += own.missed
                    total.undetermined += own.undetermined
                    total.noData += own.noData
                }
                #expect(summary.total == total, "cả nước \(version.rawValue)")
            }
            // A year nobody planned: every province listed, none with counts.
            let empty = try await kept.nationalSummary(year: 2031, version: .fullYearEstimate)
            #expect(empty.provinces.count == 2 && empty.provinces.allSatisfy { $0.counts == nil } && empty.total.total == 0)
        }
    }

    @Test(arguments: Engine.allCases)
    func aWriteIsSeenByTheNextNationalRead(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            let (store, plans, indicators) = try await Self.twoProvinces(database)
            let kept = Store(database: database, snapshots: PlanSnapshots())
            let before = try await kept.nationalSummary(year: 2024, version: .fullYearEstimate)
            let indicator = try #require(indicators["Cao Bằng"]), plan = try #require(plans["Cao Bằng"])
            let line = try #require(try await store.evaluation(planID: plan.id, version: .fullYearEstimate).line(of: indicator.id))
            // A value far on the wrong side of the target: the verdict turns to "Không đạt" (or to "Vượt" for lower-is-better).
            let text = line.direction == .lower ? "-1000" : "0"
            let latest = try await store.latestObservation(indicatorID: indicator.id, period: plan.period, version: .fullYearEstimate)
            _ = try await store.record(ObservationDraft(indicatorID: indicator.id, period: plan.period, version: .fullYearEstimate, text: text,
                                                        basedOnRevision: latest?.revision, recordedBy: "test"))
            let after = try await kept.nationalSummary(year: 2024, version: .fullYearEstimate)
            let fresh = try await store.nationalSummary(year: 2024, version: .fullYearEstimate)
            #expect(after == fresh, "the kept roll-up after a write is what a fresh read says")
            #expect(after.provinces.first { $0.province == "Lạng Sơn" } == before.provinces.first { $0.province == "Lạng Sơn" },
                    "Lạng Sơn is untouched")
            let acrossProvinces = try await kept.nationalIndicator(code: "QG-01", year: 2024, version: .fullYearEstimate)
            let row = try #require(acrossProvinces.provinces.first { $0.province == "Cao Bằng" })
            #expect(row.value?.text == text, "“\(indicator.name)” of Cao Bằng reads the value just saved")
        }
    }

    /// The kept national views are handed out while nothing changed, and made again after a saved
    /// value (the data generation moved) or a workflow step (which moves only the workflow's stamp).
    @Test(arguments: Engine.allCases)
    func keptNationalViewsFollowEveryWriteAndEveryWorkflowStep(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            let (store, plans, indicators) = try await Self.twoProvinces(database)
            let kept = Store(database: database, snapshots: PlanSnapshots()), rollups = NationalRollups()
            let plan = try #require(plans["Lạng Sơn"]), indicator = try #require(indicators["Lạng Sơn"])
            _ = try await kept.nationalSummary(year: 2024, version: .fullYearEstimate, rollups: rollups)
            _ = try await kept.reportingStatus(year: 2024, version: .fullYearEstimate, today: "2024-12-20", rollups: rollups)
            let latest = try await store.latestObservation(indicatorID: indicator.id, period: plan.period, version: .fullYearEstimate)
            _ = try await store.record(ObservationDraft(indicatorID: indicator.id, period: plan.period, version: .fullYearEstimate, text: "0",
                                                        basedOnRevision: latest?.revision, recordedBy: "test"))
            #expect(try await kept.nationalSummary(year: 2024, version: .fullYearEstimate, rollups: rollups)
                    == (try await store.nationalSummary(year: 2024, version: .fullYearEstimate)), "after “\(indicator.name)” was saved")
            try await store.assign(indicatorID: indicator.id, toAgency: "Sở Y tế", actor: "test")
            let health = try await store.agencyID(named: "Sở Y tế", provinceID: try await store.provinceID(planID: plan.id), create: false)
            _ = try await kept.reportingStatus(year: 2024, version: .fullYearEstimate, today: "2024-12-20", rollups: rollups)
            _ = try await store.advance(planID: plan.id, agencyID: health, version: .fullYearEstimate, step: .submit, reason: nil,
                                        basedOnRevision: 0, actor: "test", confirmingMissing: true)
            let status = try await kept.reportingStatus(year: 2024, version: .fullYearEstimate, today: "2024-12-20", rollups: rollups)
            #expect(status.provinces.first { $0.province == "Lạng Sơn" }?.agencies.first { $0.agency == "Sở Y tế" }?.status == .submitted,
                    "Sở Y tế's submission is seen at once")
        }
    }

    @Test(arguments: Engine.allCases)
    func anIndicatorLinesUpAcrossProvincesByItsHigherLevelCode(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            let (store, plans, indicators) = try await Self.twoProvinces(database)
            let kept = Store(database: database, snapshots: PlanSnapshots())
            let result = try await kept.nationalIndicator(code: "QG-01", year: 2024, version: .fullYearEstimate)
            #expect(result.provinces.count == 2)
            for row in result.provinces {
                let plan = try #require(plans[row.province]), indicator = try #require(indicators[row.province])
                let own = try #require(try await store.evaluation(planID: plan.id, version: .fullYearEstimate).line(of: indicator.id))
                #expect(row.indicatorID == indicator.id && row.target == own.target && row.value == own.value
                        && row.verdict == own.verdict && row.reason == own.reason && row.comparisonText == own.comparisonCell,
                        "“\(indicator.name)” of \(row.province): the province's own line")
            }
            let ratios = result.provinces.compactMap { $0.comparison?.kind == .ratio ? $0.comparison?.percent : nil }
            #expect(ratios == ratios.sorted(by: >), "highest % kế hoạch first: \(ratios)")
            #expect(result.counts.total == 2)
            let codes = try await store.nationalCodes(year: 2024)
            #expect(codes.first { $0.code == "QG-01" }?.provinces == 2, "QG-01 is held by both provinces: \(codes.map(\.code))")
            await #expect(throws: NationalError.codeNotFound(code: "QG-99", year: 2024)) {
                try await kept.nationalIndicator(code: "QG-99", year: 2024, version: .fullYearEstimate)
            }
        }
    }

    @Test(arguments: Engine.allCases)
    func reportingStatusCountsEnteredAndMissingAndSaysWhoIsLate(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            let (store, plans, indicators) = try await Self.twoProvinces(database)
            let plan = try #require(plans["Lạng Sơn"]), indicator = try #require(indicators["Lạng Sơn"])
            try await store.assign(indicatorID: indicator.id, toAgency: "Sở Y tế", actor: "test")
            _ = try await store.updatePlanSettings(planID: plan.id, PlanSettingsChange(dataCutoffs: [.fullYearEstimate: "2024-12-15"]), actor: "test")
            let health = try await store.agencyID(named: "Sở Y tế", provinceID: try await store.provinceID(planID: plan.id), create: false)

            let status = try await store.reportingStatus(year: 2024, version: .fullYearEstimate, today: "2024-12-20")
            let langSon = try #require(status.provinces.first { $0.province == "Lạng Sơn" })
            let agency = try #require(langSon.agencies.first { $0.agency == "Sở Y tế" })
            let own = try #require(try await store.evaluation(planID: plan.id, version: .fullYearEstimate).line(of: indicator.id))
            #expect(agency.indicators == 1 && agency.entered == (own.value == nil ? 0 : 1) && agency.missing == 1 - agency.entered)
            #expect(agency.status == nil && agency.late, "nothing sent after the cut-off 15/12/2024: late")
            #expect(langSon.cutoff == "2024-12-15")
            let early = try await store.reportingStatus(year: 2024, version: .fullYearEstimate, today: "2024-12-10")
            #expect(early.provinces.first { $0.province == "Lạng Sơn" }?.agencies.first { $0.agency == "Sở Y tế" }?.late == false,
                    "before the cut-off nobody is late")

            _ = try await store.advance(planID: plan.id, agencyID: health, version: .fullYearEstimate, step: .submit, reason: nil,
                                        basedOnRevision: 0, actor: "test", confirmingMissing: true)
            let sent = try await store.reportingStatus(year: 2024, version: .fullYearEstimate, today: "2099-01-01",
                                                       provinceID: try await store.provinceID(planID: plan.id))
            #expect(sent.provinces.map(\.province) == ["Lạng Sơn"])
            let submitted = try #require(sent.provinces.first?.agencies.first { $0.agency == "Sở Y tế" })
            #expect(submitted.status == .submitted, "Sở Y tế has sent its figures")
            #expect(submitted.late, "sent today, after the cut-off of 2024: late")

            let drill = try await store.agencyIndicators(provinceID: try await store.provinceID(planID: plan.id), agencyID: health,
                                                         year: 2024, version: .fullYearEstimate)
            #expect(drill.indicators.map(\.indicatorID) == [indicator.id], "Sở Y tế answers for “\(indicator.name)” alone")
        }
    }
}
