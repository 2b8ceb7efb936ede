import Foundation
import Testing
import Vapor
import VaporTesting
import VeDichCore
import VeDichStore
@testable import VeDichWeb

/// Moving an indicator to another agency changes who answers for it in the reporting status: the
/// kept national answer (`NationalPageCache`, keyed by the data generation and workflow counter)
/// must not outlive the move.
@Suite struct AgencyAssignmentStatusTests {
    /// The names of Lạng Sơn's agencies in `/api/v1/national/status`.
    static func agencies(_ app: Application) async throws -> [String] {
        var names: [String] = []
        try await app.testing().test(.GET, "/api/v1/national/status?year=2024", headers: app.auth(.viewer)) { response in
            #expect(response.status == .ok)
            let provinces = response.object["provinces"] as? [[String: Any]] ?? []
            let agencies = provinces.first { $0["province"] as? String == "Lạng Sơn" }?["agencies"] as? [[String: Any]] ?? []
            names = agencies.compactMap { $0["agency"] as? String }
        }
        return names
    }

    @Test(arguments: Engine.allCases)
    func theNextStatusAnswerShowsTheNewAgency(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let (_, insurance) = try await NationalAPITests.prepare(app)
            let before = try await Self.agencies(app)
            #expect(!before.contains("Sở Kiểm Thử"), "Lạng Sơn has no such agency yet: \(before)")
            #expect(try await Self.agencies(app) == before, "asked again while nothing changed: the same answer")
            try await Store(database: app.db).assign(indicatorID: insurance.id, toAgency: "Sở Kiểm Thử", actor: "test")
            let after = try await Self.agencies(app)
            #expect(after.contains("Sở Kiểm Thử"), "“\(insurance.name)” moved to Sở Kiểm Thử: the next status answer names it, got \(after)")
        }
    }
}
