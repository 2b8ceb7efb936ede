import FluentKit
import Foundation
import Testing
import VeDichCore
import VeDichStore

/// Importing Lạng Sơn's 2025 report: three plans, their targets and values, judged as the report judges them.
@Suite struct SeedImportTests {
    @Test(arguments: Engine.allCases)
    func createsTheThreePlansOfTheReport(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            try await Seed.importSeed(into: database)
            let plans = try await Store(database: database).plans()
            #expect(plans.map { "\($0.horizon) \($0.startYear)-\($0.endYear)" }.sorted()
                    == ["annual 2024-2024", "annual 2025-2025", "five_year 2021-2025"])
            #expect(plans.allSatisfy { $0.province == "Lạng Sơn" })
        }
    }

    @Test(arguments: Engine.allCases)
    func judgesTheFiveYearPlanFourteenOfEighteen(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            try await Seed.importSeed(into: database)
            let store = Store(database: database)
            let evaluation = try await store.evaluation(planID: try await store.plan(2021, 2025).id, version: .fullYearEstimate)
            #expect(evaluation.indicators.count == 18)
            // II.5 is the health row; its insurance part, 95 against a target of 98, misses.
            let health = try #require(evaluation.indicator("II.5"))
            #expect(health.verdict == .missed, "II.5 “\(health.name)”: \(health.reason)")
            #expect(health.reason.contains("95") && health.reason.contains("98"), "II.5 “\(health.name)”: \(health.reason)")
            #expect(evaluation.summary.total.metOrExceeded == 14)
            #expect(evaluation.summary.total.total == 18)
            #expect(evaluation.summaryText == "đạt và vượt 14/18 chỉ tiêu")
        }
    }

    @Test(arguments: Engine.allCases)
    func judgesTwentyTwentyFourTwelveOfEighteen(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            try await Seed.importSeed(into: database)
            let store = Store(database: database)
            let evaluation = try await store.evaluation(planID: try await store.plan(2024, 2024).id, version: .fullYearEstimate)
            let structure = try #require(evaluation.indicator("II.2"))
            #expect(structure.verdict == .missed, "“\(structure.name)”: \(structure.reason)")
            #expect(evaluation.summaryText == "đạt và vượt 12/18 chỉ tiêu")
        }
    }

    @Test(arguments: Engine.allCases)
    func twentyTwentyFiveHasTargetsAndNoValuesYet(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            try await Seed.importSeed(into: database)
            let store = Store(database: database)
            let plan = try await store.plan(2025, 2025)
            let poverty = try await store.indicator(named: "Tỷ lệ hộ nghèo", inPlan: plan.id)
            let target = try #require(try await store.targets(planID: plan.id).first { $0.indicatorID == poverty.id })
            #expect(target.figure.text == "còn 2,02%")
            let evaluation = try await store.evaluation(planID: plan.id, version: .fullYearEstimate)
            #expect(!evaluation.indicators.isEmpty)
            for indicator in evaluation.indicators + evaluation.indicators.flatMap(\.components) {
                #expect(indicator.verdict == .noData, "“\(indicator.name)” has a verdict before any value: \(indicator.reason)")
            }
        }
    }

    @Test(arguments: Engine.allCases)
    func keepsThePreviousPeriodAsTheSpanItsHeaderNames(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            try await Seed.importSeed(into: database)
            let store = Store(database: database)
            let grdp = try await store.indicator(named: "Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP) (%)",
                                                 inPlan: try await store.plan(2024, 2024).id)
            let values = try await store.observations(indicatorID: grdp.id)
            // "Giai đoạn 2021 - 2023" says neither average nor total: each row says which.
            let average = values.first { $0.period == Period(kind: .span, startYear: 2021, endYear: 2023) }
            #expect(average?.version == .official, "GRDP 2021-2023: \(values.map(\.periodLabel))")
            #expect(average?.figure.text == "7,0")
            let estimate = values.first { $0.period == .year(2024) && $0.version == .fullYearEstimate }
            #expect(estimate?.figure.text == "6,33", "GRDP 2024: \(values.map(\.periodLabel))")
        }
    }

    @Test(arguments: Engine.allCases)
    func importingTheSameFileAgainChangesNothing(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            try await Seed.importSeed(into: database)
            let before = try await TestDatabase.snapshot(database)
            #expect(before.contains("plans: 3 rows") && before.contains("_fluent_migrations: \(StoreMigrations.all.count) rows"))
            #expect(!before.contains("<undecodable>"), "every column of every table reads back as text")
            let again = try await Seed.importSeed(into: database)
            #expect(again.isEmpty, "second import: \(again.changes.map(\.description))")
            #expect(try await TestDatabase.snapshot(database) == before)
        }
    }

    @Test(arguments: Engine.allCases)
    func previewListsWhatApplyDoesAndWritesNothing(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            let importer = ReportImporter(database: database)
            let before = try await TestDatabase.snapshot(database)
            let preview = try await importer.preview(Seed.report, province: Seed.province, recordedBy: "test")
            #expect(!preview.applied)
            #expect(try await TestDatabase.snapshot(database) == before)
            #expect(try await Store(database: database).plans().isEmpty)
            let applied = try await importer.apply(Seed.report, province: Seed.province, recordedBy: "test")
            #expect(applied.applied)
            #expect(preview.changes == applied.changes)
            #expect(preview.count(.create, "plan") == 3)
        }
    }
}
