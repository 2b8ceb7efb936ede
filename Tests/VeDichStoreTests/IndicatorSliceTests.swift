import Foundation
import Testing
import VeDichCore
import VeDichStore

/// One indicator's page reads that indicator's lines of a plan alone (`Store.indicatorSlice`),
/// not the plan's whole snapshot; what it shows must be what the plan's table shows: the same
/// line, parts and verdict in every version, and the same early warning.
@Suite struct IndicatorSliceTests {
    @Test(arguments: Engine.allCases)
    func everyIndicatorsSliceSaysWhatThePlansSnapshotSays(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            try await Seed.importSeed(into: database)
            let store = Store(database: database)
            var compared = 0
            for plan in try await store.plans() {
                let snapshot = try await store.freshSnapshot(planID: plan.id)
                let asOf = try #require(CalendarDay(year: plan.startYear, month: 6, day: 30))
                let outlooks = plan.startYear == plan.endYear ? try await store.outlooks(planID: plan.id, asOf: asOf) : []
                for indicator in try await store.indicators(planID: plan.id) {
                    let slice = try await store.indicatorSlice(planID: plan.id, indicatorID: indicator.id)
                    for version in ValueVersion.allCases {
                        func headline(_ evaluation: PlanEvaluation) -> IndicatorEvaluation? {
                            evaluation.indicators.first { $0.indicatorID == indicator.id || $0.components.contains { $0.indicatorID == indicator.id } }
                        }
                        let whole = headline(snapshot.evaluation(version))
                        #expect(whole != nil, "“\(indicator.name)” is not in \(plan.title)")
                        #expect(headline(slice.evaluation(version)) == whole, "“\(indicator.name)” in \(plan.title), \(version.rawValue)")
                    }
                    if plan.startYear == plan.endYear {
                        let own = try await store.outlook(planID: plan.id, indicatorID: indicator.id, asOf: asOf)
                        #expect(own == outlooks.first { $0.indicatorID == indicator.id }, "outlook of “\(indicator.name)” in \(plan.title)")
                    }
                    compared += 1
                }
            }
            #expect(compared > 0)
        }
    }
}
