import FluentKit
import Foundation
import SQLKit
import Testing
import VeDichCore
@testable import VeDichStore

/// Values for part of a year: kept under their own period, never judged against the annual
/// target, read by the outlook; and the move of the old "ước 6 tháng" values of the whole year.
@Suite struct InYearPeriodTests {
    static let doctors = "Số bác sỹ trên 1 vạn dân (bác sỹ)"
    static let tourists = "Lượng khách du lịch (nghìn lượt)"
    static let june30 = CalendarDay(year: 2024, month: 6, day: 30)!

    @discardableResult
    static func record(_ store: Store, _ indicator: IndicatorInfo, _ period: Period, _ text: String, basedOn revision: Int? = nil) async throws -> ObservationInfo {
        try await store.record(ObservationDraft(indicatorID: indicator.id, period: period, version: .firstHalfEstimate, text: text,
                                                basedOnRevision: revision, recordedBy: "test"))
    }

    /// A row as VeDich wrote "ước 6 tháng" before: a version of the whole year's value.
    static func oldStyle(_ database: any Database, _ indicator: IndicatorInfo, year: Int, _ text: String, revision: Int) async throws {
        let row = ObservationRecord()
        row.indicatorID = indicator.id
        row.periodID = try await Store(database: database).ensurePeriod(.year(year), on: database)
        row.version = ValueVersion.firstHalfEstimate.rawValue
        row.revision = revision
        row.figure.set(try Figure.parse(text))
        row.recordedBy = "test"
        try await row.create(on: database)
    }

    /// The issue's complaint: 11,3 doctors per 10.000 people in June was "Không đạt" against 11,4 for the year.
    @Test(arguments: Engine.allCases)
    func aMidYearLevelIsNotJudgedAgainstTheAnnualTarget(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            try await Seed.importSeed(into: database)
            let store = Store(database: database)
            let plan = try await store.plan(2024, 2024)
            let doctors = try await store.indicator(named: Self.doctors, inPlan: plan.id)
            try await Self.record(store, doctors, .half(1, 2024), "11,3")
            let line = try #require(try await store.evaluation(planID: plan.id, version: .firstHalfEstimate).line(of: doctors.id))
            #expect(line.verdict == .noData, "“\(doctors.name)” at 11,3 in June judged against the year's 11,4: \(line.reason)")
            #expect(line.value?.text == "11,3", "the first half's value is shown in the “ước 6 tháng” view")
            // Through the old door (the year's period with "ước 6 tháng"), it still lands on the first half.
            let saved = try await Self.record(store, doctors, .year(2024), "11,35", basedOn: 1)
            #expect(saved.period == .half(1, 2024) && saved.revision == 2)
            let annual = try #require(try await store.evaluation(planID: plan.id, version: .fullYearEstimate).line(of: doctors.id))
            #expect(annual.value?.text == "11,4", "the year's estimate is untouched by the first half's")
            let outlook = try #require(try await store.outlook(planID: plan.id, indicatorID: doctors.id, asOf: Self.june30))
            #expect(outlook.nature == .level && !outlook.natureSet, "“\(doctors.name)” guessed as \(outlook.nature)")
            #expect(outlook.outlook.figures.value == 11.35 && outlook.outlook.figures.period == .half(1, 2024),
                    "“\(doctors.name)” outlook: \(outlook.outlook.reason)")
            #expect(outlook.outlook.status != .atRisk || outlook.outlook.method == .lastValueTrend, "“\(doctors.name)”: \(outlook.outlook.reason)")
        }
    }

    @Test(arguments: Engine.allCases)
    func theSeedsGRDPIsAtRiskOnceItsFirstHalfAndShareAreIn(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            try await Seed.importSeed(into: database)
            let store = Store(database: database)
            let plan = try await store.plan(2024, 2024)
            let grdp = try await store.indicator(named: "Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP) (%)", inPlan: plan.id)
            try await Self.record(store, grdp, .half(1, 2024), "4,72")
            try await store.setFirstHalfShare(indicatorID: grdp.id, to: 0.461, actor: "test")
            let outlooks = try await store.outlooks(planID: plan.id, asOf: Self.june30)
            let outlook = try #require(outlooks.first { $0.indicatorID == grdp.id })
            #expect(outlook.outlook.status == .atRisk, "GRDP: \(outlook.outlook.reason)")
            #expect(outlook.outlook.reason.contains("8,95"), "GRDP: \(outlook.outlook.reason)")
            #expect(outlooks.first?.outlook.status == .atRisk, "at risk listed first, not \(outlooks.first?.name ?? "nothing")")
            let logged = try await store.changes(indicatorID: grdp.id).first { $0.field == "tỷ trọng 6 tháng đầu năm" }
            #expect(logged?.newValue == "0,461" && logged?.oldValue == nil)
            await #expect(throws: StoreError.self) { try await store.setFirstHalfShare(indicatorID: grdp.id, to: 1.2, actor: "test") }
        }
    }

    @Test(arguments: Engine.allCases)
    func theMigrationMovesOldFirstHalfEstimatesOffTheWholeYear(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            try await Seed.importSeed(into: database)
            let store = Store(database: database)
            let plan = try await store.plan(2024, 2024)
            let doctors = try await store.indicator(named: Self.doctors, inPlan: plan.id)
            let tourists = try await store.indicator(named: Self.tourists, inPlan: plan.id)
            // Old-style rows, as VeDich wrote them before: "ước 6 tháng" as a version of the year's value.
            try await Self.oldStyle(database, doctors, year: 2024, "11,2", revision: 1)
            try await Self.oldStyle(database, doctors, year: 2024, "11,3", revision: 2)
            // One indicator already has a first-half estimate of its own: the moved revisions go after it.
            try await Self.record(store, tourists, .half(1, 2024), "2.900")
            try await Self.oldStyle(database, tourists, year: 2024, "2.970", revision: 1)
            #expect(try await store.observations(indicatorID: doctors.id).filter { $0.version == .firstHalfEstimate }.allSatisfy { $0.period == .year(2024) },
                    "the old rows sit on the whole year")

            try await InYearFirstHalfEstimates().prepare(on: database)

            let doctorValues = try await store.observations(indicatorID: doctors.id).filter { $0.version == .firstHalfEstimate }
            #expect(doctorValues.allSatisfy { $0.period == .half(1, 2024) }, "“\(doctors.name)”: \(doctorValues.map(\.periodLabel))")
            #expect(doctorValues.map(\.figure.text) == ["11,3", "11,2"] && doctorValues.map(\.revision) == [2, 1])
            #expect(doctorValues.allSatisfy { $0.recordedBy == "test" }, "who entered them is kept")
            let touristValues = try await store.observations(indicatorID: tourists.id).filter { $0.version == .firstHalfEstimate }
            #expect(touristValues.allSatisfy { $0.period == .half(1, 2024) }, "“\(tourists.name)”: \(touristValues.map(\.periodLabel))")
            #expect(touristValues.map(\.figure.text) == ["2.970", "2.900"] && touristValues.map(\.revision) == [2, 1])
            let after = try #require(try await store.evaluation(planID: plan.id, version: .firstHalfEstimate).line(of: doctors.id))
            #expect(after.verdict == .noData && after.value?.text == "11,3", "“\(doctors.name)” is shown, not judged, on its half-year value: \(after.reason)")
            let logged = try await store.changes().first { $0.field == "kỳ của số liệu ước 6 tháng" }
            #expect(logged?.oldValue == "năm 2024" && logged?.newValue == "6 tháng đầu năm 2024")

            let settled = try await TestDatabase.snapshot(database)
            try await InYearFirstHalfEstimates().prepare(on: database)
            #expect(try await TestDatabase.snapshot(database) == settled, "running the move again changes nothing")
        }
    }
}
