import FluentKit
import Foundation
import SQLKit
import Testing
import VeDichCore
import VeDichStore

/// A kept plan snapshot brought up to date after a value was saved (only that indicator read
/// again) says exactly what a snapshot read afresh says, whatever was written, by whom.
@Suite struct IncrementalSnapshotTests {
    static let texts = ["95", "98,2", "100", "0", "7,5", "12", "<5", ">90", "2 - 3", "1.234,5", "-1,5"]

    /// A write somewhere in the seed: a plan's indicator, its period or a previous one, any version.
    struct Write: CustomStringConvertible {
        var indicator: IndicatorInfo
        var period: Period
        var version: ValueVersion
        var text: String?
        var description: String {
            "\(text.map { "“\($0)”" } ?? "withdrawal") for “\(indicator.name)” \(period.description) \(version.rawValue)"
        }
    }

    static func randomWrite(plans: [(PlanInfo, [IndicatorInfo])], using random: inout SplitMix) -> Write {
        let (plan, indicators) = plans[Int(random.next() % UInt64(plans.count))]
        let indicator = indicators[Int(random.next() % UInt64(indicators.count))]
        let periods = [plan.period, .year(plan.startYear - 1), Period(kind: .span, startYear: plan.startYear - 3, endYear: plan.startYear - 1)]
        let versions = ValueVersion.allCases
        return Write(indicator: indicator, period: periods[Int(random.next() % 3)],
                     version: versions[Int(random.next() % UInt64(versions.count))],
                     text: random.next() % 6 == 0 ? nil : texts[Int(random.next() % UInt64(texts.count))])
    }

    /// Saves (or withdraws) on top of the latest revision; false when the store refuses it (a
    /// lock, units that do not compare, nothing to withdraw): nothing was written then.
    static func apply(_ write: Write, store: Store) async throws -> Bool {
        let latest = try await store.observations(indicatorID: write.indicator.id)
            .filter { $0.period == write.period && $0.version == write.version }.map(\.revision).max()
        do {
            if let text = write.text {
                _ = try await store.record(ObservationDraft(indicatorID: write.indicator.id, period: write.period, version: write.version,
                                                            text: text, basedOnRevision: latest, recordedBy: "test"))
            } else {
                guard let latest else { return false }
                _ = try await store.withdraw(indicatorID: write.indicator.id, period: write.period, version: write.version,
                                             basedOnRevision: latest, reason: "nhập nhầm dòng", actor: "test")
            }
            return true
        } catch {
            return false
        }
    }

    @Test(arguments: Engine.allCases)
    func afterRandomWritesTheKeptSnapshotsAreWhatAFreshReadSays(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            try await Seed.importSeed(into: database)
            let fresh = Store(database: database)
            let snapshots = PlanSnapshots()
            let kept = Store(database: database, snapshots: snapshots)
            var plans: [(PlanInfo, [IndicatorInfo])] = []
            for plan in try await fresh.plans() { plans.append((plan, try await fresh.indicators(planID: plan.id))) }
            for (plan, _) in plans { _ = try await kept.snapshot(planID: plan.id) }
            var random = SplitMix(seed: 12)
            var applied = 0
            for step in 1...60 {
                let write = Self.randomWrite(plans: plans, using: &random)
                guard try await Self.apply(write, store: fresh) else { continue }
                applied += 1
                // Every few writes the plans are read, so snapshots come forward over one or several writes.
                guard step % 3 != 0 else { continue }
                for (plan, _) in plans {
                    let broughtForward = try await kept.snapshot(planID: plan.id)
                    let afresh = try await fresh.freshSnapshot(planID: plan.id)
                    #expect(broughtForward == afresh, "\(plan.title) after step \(step): \(write)")
                }
            }
            #expect(applied >= 30, "most random writes are accepted (\(applied) of 60)")
        }
    }

    @Test(arguments: Engine.allCases)
    func aWriteToAnotherPlansIndicatorKeepsTheSnapshotAndItsRenderings(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            try await Seed.importSeed(into: database)
            let store = Store(database: database, snapshots: PlanSnapshots())
            var pairs: [(written: PlanInfo, other: PlanInfo, indicator: IndicatorInfo)] = []
            let plans = try await store.plans()
            for written in plans {
                for other in plans where other.id != written.id {
                    let otherIDs = Set(try await store.indicators(planID: other.id).map(\.id))
                    if let indicator = try await store.indicators(planID: written.id).first(where: { !otherIDs.contains($0.id) }) {
                        pairs.append((written, other, indicator))
                    }
                }
            }
            let (written, other, elsewhere) = try #require(pairs.first, "some plan has an indicator another plan lacks")
            let before = try await store.snapshot(planID: other.id)
            let write = Write(indicator: elsewhere, period: written.period, version: .fullYearEstimate, text: "7,5")
            #expect(try await Self.apply(write, store: store), "\(write)")
            let after = try await store.snapshot(planID: other.id)
            #expect(after == before)
            #expect(after.renderings === before.renderings, "\(other.title): its pages are not rendered again after \(write)")
            #expect(after == (try await store.freshSnapshot(planID: other.id)))
        }
    }

    /// A writer that moves the data generation without saying what it changed (an older binary, a
    /// hand-made SQL fix): the kept snapshot cannot be brought forward, and is read afresh.
    @Test(arguments: Engine.allCases)
    func aWriteThatDoesNotSayWhatItChangedIsReadAfresh(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            try await Seed.importSeed(into: database)
            let store = Store(database: database, snapshots: PlanSnapshots())
            let plan = try await store.plan(2021, 2025)
            let insurance = try await store.indicator(named: "Tỷ lệ người dân tham gia bảo hiểm y tế (%)", inPlan: plan.id)
            #expect(try await Self.apply(Write(indicator: insurance, period: plan.period, version: .fullYearEstimate, text: "96"), store: store))
            _ = try await store.snapshot(planID: plan.id)
            let sql = try #require(database as? any SQLDatabase)
            try await sql.raw("UPDATE indicators SET name = \(bind: "Tỷ lệ tham gia BHYT (%)") WHERE id = \(bind: insurance.id)").run()
            try await sql.raw("UPDATE data_generation SET counter = counter + 1 WHERE id = 1").run()
            let after = try await store.snapshot(planID: plan.id)
            #expect(after == (try await store.freshSnapshot(planID: plan.id)))
            #expect(after.indicators.contains { $0.name == "Tỷ lệ tham gia BHYT (%)" }, "the renamed indicator is read afresh")
        }
    }
}

/// A small seeded generator: the same writes on every run and engine.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
