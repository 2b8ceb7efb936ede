import Foundation
import Testing
import Vapor
import VaporTesting
import VeDichCore
import VeDichImport
import VeDichStore
@testable import VeDichWeb

/// Kept plan snapshots never hide a saved value: not from the server that saved it, nor from a
/// second server on the same database, since the data generation lives in the database.
@Suite(.serialized) struct PlanSnapshotTests {
    static let insurance = "Tỷ lệ người dân tham gia bảo hiểm y tế (%)"
    static let fiveYears = Period(kind: .span, startYear: 2021, endYear: 2025)

    /// The seed's five-year insurance value is 95 against a target of 98 (missed); 98,2 exceeds it.
    static func saveInsurance(_ text: String, through app: Application, plan: String) async throws {
        let store = Store(database: app.db)
        let planID = try #require(UUID(uuidString: plan))
        let indicator = try #require(try await store.indicators(planID: planID).first { $0.name == insurance })
        _ = try await store.record(ObservationDraft(indicatorID: indicator.id, period: fiveYears, version: .fullYearEstimate,
                                                    text: text, basedOnRevision: 1, recordedBy: "so-y-te"))
    }

    struct Read {
        var summary: String
        var insuranceValue: String?
        var insuranceVerdict: String?
        var queries: Int
    }

    static func evaluation(_ app: Application, plan: String) async throws -> Read {
        var read = Read(summary: "", queries: -1)
        try await app.testing().test(.GET, "/api/v1/plans/\(plan)/evaluation", headers: app.auth()) { response in
            #expect(response.status == .ok)
            read.summary = response.object["summary_text"] as? String ?? ""
            // In the five-year plan insurance is a component of indicator 5 (health).
            let lines = (response.object["indicators"] as? [[String: Any]] ?? []).flatMap { [$0] + ($0["components"] as? [[String: Any]] ?? []) }
            let line = lines.first { $0["name"] as? String == insurance }
            read.insuranceValue = (line?["value"] as? [String: Any])?["text"] as? String
            read.insuranceVerdict = line?["verdict"] as? String
            read.queries = Int(response.headers.first(name: "X-VeDich-Queries") ?? "") ?? -1
        }
        return read
    }

    @Test(arguments: Engine.allCases)
    func aValueSavedThroughOneServerIsSeenByTheNextEvaluationOfAnother(_ engine: Engine) async throws {
        try await TwoServers.with(engine) { first, second in
            let plan = try await second.planID(2021, 2025)
            let cold = try await Self.evaluation(second, plan: plan)
            let kept = try await Self.evaluation(second, plan: plan)
            #expect(cold.summary == "đạt và vượt 14/18 chỉ tiêu")
            #expect(kept.summary == cold.summary && kept.insuranceValue == "95" && kept.insuranceVerdict == Verdict.missed.rawValue)
            #expect(cold.queries > kept.queries)

            try await Self.saveInsurance("98,2", through: first, plan: plan)

            let after = try await Self.evaluation(second, plan: plan)
            #expect(after.summary == "đạt và vượt 15/18 chỉ tiêu")
            #expect(after.insuranceValue == "98,2" && after.insuranceVerdict == Verdict.exceeded.rawValue)
            // The kept read asked nothing on SQLite (its change mark) and the generation on PostgreSQL;
            // after the other server saved one value: the generation, what changed since, then that
            // indicator alone.
            let afterWrite = switch engine {
            case .sqlite: 3
            case .postgres: 2
            }
            #expect(after.queries == kept.queries + afterWrite, "after the other server saved one value (\(kept.queries) then \(after.queries) queries)")
        }
    }

    @Test(arguments: Engine.allCases)
    func aSavedValueChangesTheDashboardOnTheNextRequest(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let plan = try await app.planID(2021, 2025)
            for _ in 0..<2 {
                try await app.testing().test(.GET, "/plans/\(plan)", headers: app.auth()) { response in
                    #expect(response.text.contains("<div class=\"big\">14/18</div>"))
                }
            }
            try await Self.saveInsurance("98,2", through: app, plan: plan)
            try await app.testing().test(.GET, "/plans/\(plan)", headers: app.auth()) { response in
                #expect(response.text.contains("<div class=\"big\">15/18</div>"))
                #expect(response.text.contains("đạt và vượt 15/18 chỉ tiêu"))
            }
            try await app.testing().test(.GET, "/plans/\(plan)/table", headers: app.auth()) { response in
                #expect(response.text.contains(">98,2</td>"))
            }
        }
    }

    /// Pages kept as sent (`PageCache`) are kept per person: asked in turn by every role, each
    /// gets its own name and only the links its role may follow, and asked again, the same bytes.
    @Test(arguments: Engine.allCases)
    func aKeptPageIsOnlyEverSentToThePersonItWasMadeFor(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let plan = try await app.planID(2021, 2025)
            let roles: [Role] = [.planner, .viewer, .agencyClerk, .approver, .admin]
            for path in ["/plans/\(plan)", "/plans/\(plan)/table"] {
                var first: [Role: String] = [:]
                for round in 0..<2 {
                    for role in roles {
                        try await app.testing().test(.GET, path, headers: app.auth(role)) { response in
                            #expect(response.status == .ok)
                            #expect(response.text.contains("title=\"\(role.label)\">\(role.label)</a>"), "\(path) for \(role.label): the name of who asks")
                            let others = roles.filter { $0 != role }.map(\.label).filter { !role.label.contains($0) }
                            #expect(!others.contains { response.text.contains("title=\"\($0)\">") }, "\(path) for \(role.label): nobody else's frame")
                            if path.hasSuffix(plan) {
                                #expect(response.text.contains("id=\"cai-dat\"") == (role == .planner || role == .admin),
                                        "\(path) for \(role.label): the settings link only for who may edit")
                            }
                            if round == 0 { first[role] = response.text } else { #expect(response.text == first[role], "\(path) for \(role.label) asked again") }
                        }
                    }
                }
            }
        }
    }

    @Test(arguments: Engine.allCases)
    func aKeptSnapshotIsWhatAFreshReadWouldSay(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let snapshots = try #require(app.planSnapshots)
            let kept = Store(database: app.db, snapshots: snapshots)
            let fresh = Store(database: app.db)
            for plan in try await fresh.plans() {
                _ = try await kept.snapshot(planID: plan.id)
                let fromKept = try await kept.snapshot(planID: plan.id)
                let afresh = try await fresh.snapshot(planID: plan.id)
                #expect(fromKept == afresh, "\(plan.title)")
            }
            let plans = try await fresh.plans().count
            #expect(await snapshots.count == plans)
        }
    }

    /// Reads racing writes: whatever the interleaving, once the writes are done the next read
    /// through the kept snapshots says what a fresh read says.
    @Test(arguments: Engine.allCases)
    func readsRacingWritesEndOnTheLatestValue(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let plan = try #require(UUID(uuidString: try await app.planID(2021, 2025)))
            let snapshots = try #require(app.planSnapshots)
            let fresh = Store(database: app.db)
            let insurance = try #require(try await fresh.indicators(planID: plan).first { $0.name == Self.insurance })
            let database = app.db
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    for revision in 1...6 {
                        _ = try await Store(database: database).record(ObservationDraft(
                            indicatorID: insurance.id, period: Self.fiveYears, version: .fullYearEstimate,
                            text: "9\(revision),5", basedOnRevision: revision, recordedBy: "so-y-te"))
                    }
                }
                for _ in 0..<4 {
                    group.addTask {
                        for _ in 0..<10 { _ = try await Store(database: database, snapshots: snapshots).evaluation(planID: plan, version: .fullYearEstimate) }
                    }
                }
                try await group.waitForAll()
            }
            let kept = try await Store(database: database, snapshots: snapshots).evaluation(planID: plan, version: .fullYearEstimate)
            let afresh = try await fresh.evaluation(planID: plan, version: .fullYearEstimate)
            #expect(kept == afresh)
            let line = try #require(kept.indicators.flatMap { [$0] + $0.components }.first { $0.indicatorID == insurance.id },
                                    "\(kept.indicators.map(\.name))")
            #expect(line.value?.text == "96,5" && line.revision == 7)
        }
    }
}

/// Two servers on one database: an SQLite file, or a PostgreSQL schema made for the test.
enum TwoServers {
    static func with(_ engine: Engine, _ body: (Application, Application) async throws -> Void) async throws {
        let location: DatabaseLocation
        var schema: String?
        switch engine {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-web-\(UUID().uuidString)")
            location = .sqlite(path: folder.appendingPathComponent("vedich.sqlite").path)
        case .postgres:
            let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
            try await TestApp.execute(on: try TestApp.postgresURL, "CREATE SCHEMA \(name)")
            schema = name
            location = .postgres(url: try TestApp.postgresURL, searchPath: name)
        }
        var apps: [Application] = []
        do {
            for _ in 0..<2 {
                let app = try await Application.make(.testing)
                app.logger.logLevel = .error
                apps.append(app)
                try await configure(app, location: location)
            }
            let report = try Auditor().audit(contentsOf: TestApp.seedURL)
            _ = try await ReportImporter(database: apps[0].db).apply(report, province: "Lạng Sơn", recordedBy: "test")
            // The accounts live in the database, so the second server knows their tokens too.
            try await People.make(apps[0], province: "Lạng Sơn")
            apps[1].storage[People.TokensKey.self] = apps[0].storage[People.TokensKey.self]
            try await body(apps[0], apps[1])
        } catch {
            for app in apps { try? await app.asyncShutdown() }
            if let schema { try? await TestApp.execute(on: try TestApp.postgresURL, "DROP SCHEMA \(schema) CASCADE") }
            throw error
        }
        for app in apps { try await app.asyncShutdown() }
        if let schema { try await TestApp.execute(on: try TestApp.postgresURL, "DROP SCHEMA \(schema) CASCADE") }
    }
}
