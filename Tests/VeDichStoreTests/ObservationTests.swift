import FluentKit
import Foundation
import Testing
import VeDichCore
import VeDichStore

/// Entering a value: a new revision on top of the one the person saw, used by the very next evaluation.
@Suite struct ObservationTests {
    static let insurance = "Tỷ lệ người dân tham gia bảo hiểm y tế (%)"
    static let fiveYears = Period(kind: .span, startYear: 2021, endYear: 2025)

    /// The seed imported; the five-year plan, its insurance indicator and that value's current revision.
    static func seeded(_ database: any Database) async throws -> (plan: PlanInfo, indicator: IndicatorInfo, revision: Int?) {
        try await Seed.importSeed(into: database)
        let store = Store(database: database)
        let plan = try await store.plan(2021, 2025)
        let indicator = try await store.indicator(named: insurance, inPlan: plan.id)
        let latest = try await store.latestObservation(indicatorID: indicator.id, period: fiveYears, version: .fullYearEstimate)
        return (plan, indicator, latest?.revision)
    }

    static func draft(_ indicator: IndicatorInfo, _ text: String, basedOn revision: Int?) -> ObservationDraft {
        ObservationDraft(indicatorID: indicator.id, period: fiveYears, version: .fullYearEstimate, text: text,
                         basedOnRevision: revision, recordedBy: "test")
    }

    @Test(arguments: Engine.allCases)
    func aNewValueIsUsedByTheNextEvaluation(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            let (plan, insurance, revision) = try await Self.seeded(database)
            let store = Store(database: database)
            let saved = try await store.record(Self.draft(insurance, "98", basedOn: revision))
            #expect(saved.revision == (revision ?? 0) + 1)
            let evaluation = try await store.evaluation(planID: plan.id, version: .fullYearEstimate)
            let line = try #require(evaluation.line(of: insurance.id))
            let headline = try #require(evaluation.indicator("II.5"))
            #expect(line.value?.text == "98" && line.revision == saved.revision, "“\(line.name)” still shows \(line.value?.text ?? "nothing")")
            #expect([.met, .exceeded].contains(line.verdict), "“\(line.name)” at 98 of 98: \(line.reason)")
            #expect([.met, .exceeded].contains(headline.verdict), "II.5 “\(headline.name)”: \(headline.reason)")
            #expect(evaluation.summaryText == "đạt và vượt 15/18 chỉ tiêu")

            let history = try await store.observations(indicatorID: insurance.id)
                .filter { $0.period == Self.fiveYears && $0.version == .fullYearEstimate }
            #expect(history.map(\.figure.text) == ["98", "95"], "“\(insurance.name)” keeps its old revision")
            #expect(history.map(\.revision) == [saved.revision, saved.revision - 1])
        }
    }

    @Test(arguments: Engine.allCases)
    func aValueBasedOnAnOlderRevisionIsRefused(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            let (_, insurance, revision) = try await Self.seeded(database)
            let store = Store(database: database)
            let current = try #require(revision, "“\(insurance.name)” has a 2021-2025 estimate")
            try await store.record(Self.draft(insurance, "96", basedOn: current))
            let before = try await TestDatabase.snapshot(database)
            await #expect(throws: StoreError.staleRevision(expected: current, current: current + 1)) {
                try await store.record(Self.draft(insurance, "97", basedOn: current))
            }
            #expect(try await TestDatabase.snapshot(database) == before)
        }
    }

    @Test(arguments: Engine.allCases)
    func aValueThatDoesNotReadIsRefused(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            let (_, insurance, revision) = try await Self.seeded(database)
            let before = try await TestDatabase.snapshot(database)
            let error = await #expect(throws: StoreError.self) {
                try await Store(database: database).record(Self.draft(insurance, "9,15,0", basedOn: revision))
            }
            guard case .invalidValue(let text, _) = error else {
                Issue.record("“\(insurance.name)” = 9,15,0: expected invalidValue, got \(String(describing: error))")
                return
            }
            #expect(text == "9,15,0")
            #expect(try await TestDatabase.snapshot(database) == before)
        }
    }

    @Test(arguments: Engine.allCases)
    func twoConcurrentEditsOfTheSameRevisionLetExactlyOneIn(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            let (_, insurance, revision) = try await Self.seeded(database)
            async let first = Result { try await Store(database: database).record(Self.draft(insurance, "97", basedOn: revision)) }
            async let second = Result { try await Store(database: database).record(Self.draft(insurance, "98", basedOn: revision)) }
            let results = await [first, second]
            let saved = results.compactMap { try? $0.get() }
            #expect(saved.count == 1, "“\(insurance.name)”: \(results)")
            for case .failure(let error) in results {
                guard case StoreError.staleRevision = error else {
                    Issue.record("“\(insurance.name)”: the losing edit failed with \(error), not staleRevision")
                    continue
                }
            }
            let latest = try await Store(database: database).latestObservation(
                indicatorID: insurance.id, period: Self.fiveYears, version: .fullYearEstimate)
            #expect(latest?.figure.text == saved.first?.figure.text)
            #expect(latest?.revision == (revision ?? 0) + 1)
        }
    }
}

extension Result where Failure == any Error {
    init(catching body: () async throws -> Success) async {
        do { self = .success(try await body()) } catch { self = .failure(error) }
    }
}

/// What people entered survives a second import of the same report.
@Suite struct ReimportAfterEditTests {
    @Test(arguments: Engine.allCases)
    func reimportingTheSeedKeepsAManualEdit(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            let (plan, insurance, revision) = try await ObservationTests.seeded(database)
            let store = Store(database: database)
            try await store.record(ObservationTests.draft(insurance, "98", basedOn: revision))
            let before = try await TestDatabase.snapshot(database)
            let again = try await Seed.importSeed(into: database)
            #expect(again.isEmpty, "\(again.changes.map(\.description))")
            #expect(try await TestDatabase.snapshot(database) == before)
            let evaluation = try await store.evaluation(planID: plan.id, version: .fullYearEstimate)
            #expect(evaluation.line(of: insurance.id)?.value?.text == "98")
        }
    }

    @Test(arguments: Engine.allCases)
    func aRefusedFirstValueWritesNoPeriod(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            let (_, insurance, _) = try await ObservationTests.seeded(database)
            let store = Store(database: database)
            let before = try await TestDatabase.snapshot(database)
            await #expect(throws: StoreError.staleRevision(expected: 3, current: 0)) {
                try await store.record(ObservationDraft(indicatorID: insurance.id, period: .year(2031), version: .official,
                                                        text: "99", basedOnRevision: 3, recordedBy: "test"))
            }
            #expect(try await TestDatabase.snapshot(database) == before)
        }
    }
}
