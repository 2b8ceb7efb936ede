import FluentKit
import Foundation
import SQLKit
import Testing
import VeDichCore
import VeDichStore

/// The kept snapshot handed out with no query (`PlanSnapshots.currentSnapshot`, what pages use
/// first): only while SQLite's change mark shows no commit since it was known current; after any
/// write, nothing, until the store has read the plan again.
@Suite struct CurrentSnapshotTests {
    @Test(arguments: Engine.allCases)
    func theKeptSnapshotIsHandedOutOnlyWhileNothingCommitted(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            if engine == .sqlite { try await (database as! any SQLDatabase).raw("PRAGMA journal_mode = WAL").run() }
            try await Seed.importSeed(into: database)
            let snapshots = PlanSnapshots()
            let store = Store(database: database, snapshots: snapshots)
            let plan = try await store.plan(2021, 2025)
            #expect(snapshots.currentSnapshot(planID: plan.id) == nil, "nothing read yet: nothing to hand out")

            let read = try await store.snapshot(planID: plan.id)
            guard engine == .sqlite else {
                #expect(snapshots.currentSnapshot(planID: plan.id) == nil, "PostgreSQL has no change mark: the store's query decides")
                return
            }
            let kept = try #require(snapshots.currentSnapshot(planID: plan.id), "read and nothing committed since: the kept one")
            #expect(kept.renderings === read.renderings)

            let insurance = try await store.indicator(named: "Tỷ lệ người dân tham gia bảo hiểm y tế (%)", inPlan: plan.id)
            let latest = try await store.observations(indicatorID: insurance.id)
                .filter { $0.period == plan.period && $0.version == .fullYearEstimate }.map(\.revision).max()
            // Written by a store that keeps nothing, as another server on the same file would.
            _ = try await Store(database: database).record(ObservationDraft(
                indicatorID: insurance.id, period: plan.period, version: .fullYearEstimate, text: "96,5",
                basedOnRevision: latest, recordedBy: "test"))
            #expect(snapshots.currentSnapshot(planID: plan.id) == nil, "a commit since: the kept snapshot is not handed out")

            let after = try await store.snapshot(planID: plan.id)
            let current = try #require(snapshots.currentSnapshot(planID: plan.id), "read again: handed out again")
            #expect(current.renderings === after.renderings)
            let line = after.evaluation(.fullYearEstimate).indicators.flatMap { [$0] + $0.components }.first { $0.indicatorID == insurance.id }
            #expect(line?.value?.text == "96,5", "Tỷ lệ người dân tham gia bảo hiểm y tế: the saved value, not the kept one")
        }
    }
}
