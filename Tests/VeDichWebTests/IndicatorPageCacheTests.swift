import Foundation
import Testing
import Vapor
import VaporTesting
import VeDichCore
import VeDichStore
@testable import VeDichWeb

/// The indicator's own page (`/indicators/{id}`) is kept as sent while the national stamp stays
/// (`Request.nationalAnswer`), and only then: a saved value, a workflow step (which locks values)
/// and a target edit each show in the very next page, and a kept page is never another person's.
@Suite(.serialized) struct IndicatorPageCacheTests {
    static let fiveYears = Period(kind: .span, startYear: 2021, endYear: 2025)

    /// The 2021-2025 plan, its health-insurance indicator and Sở Y tế, whose clerk enters it.
    static func prepare(_ app: Application) async throws -> (plan: String, insurance: UUID, health: String) {
        let store = Store(database: app.db)
        let plan = try await app.planID(2021, 2025)
        let planID = try #require(UUID(uuidString: plan))
        let insurance = try #require(try await store.indicators(planID: planID).first { $0.name.hasPrefix("Tỷ lệ người dân tham gia bảo hiểm y tế") })
        let health = try await store.agencyID(named: "Sở Y tế", provinceID: try await store.provinceID(planID: planID), create: false).uuidString
        return (plan, insurance.id, health)
    }

    static func page(_ app: Application, _ path: String, as role: Role) async throws -> String {
        var text = ""
        try await app.testing().test(.GET, path, headers: app.auth(role)) { response in
            #expect(response.status == .ok, "\(path) as \(role.rawValue): \(response.status.code)")
            text = response.text
        }
        return text
    }

    @Test(arguments: Engine.allCases)
    func aSavedValueAWorkflowStepAndATargetEditShowInTheNextPage(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let (plan, insurance, health) = try await Self.prepare(app)
            let cache = try #require(app.storage[NationalPageCacheKey.self])
            let path = "/indicators/\(insurance)?plan=\(plan)"
            let first = try await Self.page(app, path, as: .agencyClerk)
            let kept = cache.count
            #expect(kept > 0, "bảo hiểm y tế: the page was kept")
            #expect(try await Self.page(app, path, as: .agencyClerk) == first, "bảo hiểm y tế: asked again, the same page")
            #expect(cache.count == kept, "bảo hiểm y tế: asked again while nothing changed, nothing made anew")
            #expect(first.contains("Rút giá trị"), "bảo hiểm y tế: the clerk may withdraw the unlocked estimate")

            // Sở Y tế's clerk saves a new 2021-2025 estimate.
            let revision = try await Store(database: app.db).latestObservation(indicatorID: insurance, period: Self.fiveYears, version: .fullYearEstimate)?.revision ?? 0
            let saved = try await app.call(.POST, "/api/v1/indicators/\(insurance)/observations",
                                           ["period": ["kind": "span", "start_year": 2021, "end_year": 2025], "version": "uoc_ca_nam",
                                            "text": "96,25", "based_on_revision": revision, "confirm_warnings": true], as: .agencyClerk)
            #expect(saved.status == .created, "bảo hiểm y tế saved: \(saved.status.code) \(saved.text)")
            let afterValue = try await Self.page(app, path, as: .agencyClerk)
            #expect(afterValue.contains("96,25"), "bảo hiểm y tế: the next page shows the saved value")

            // Submitted and approved, the estimate is locked: no withdrawal form any more.
            for (step, role, basedOn) in [("submit", Role.agencyClerk, 0), ("approve", Role.approver, 1)] {
                let answer = try await app.call(.POST, "/api/v1/plans/\(plan)/submissions/\(health)",
                                                ["version": "uoc_ca_nam", "step": step, "based_on_revision": basedOn, "confirm_missing": true], as: role)
                #expect(answer.status == .ok, "Sở Y tế \(step): \(answer.status.code) \(answer.text)")
            }
            let afterApproval = try await Self.page(app, path, as: .agencyClerk)
            #expect(afterValue.contains("Lý do rút 96,25") && !afterApproval.contains("Lý do rút 96,25"),
                    "bảo hiểm y tế: approved and locked, the estimate can no longer be withdrawn")
            #expect(afterApproval != afterValue, "bảo hiểm y tế: the next page after approval is made anew")

            // The admin unlocks (returns it for correction): the withdrawal form is back.
            let unlocked = try await app.call(.POST, "/api/v1/plans/\(plan)/submissions/\(health)",
                                              ["version": "uoc_ca_nam", "step": "unlock", "reason": "Sở Y tế báo sai số liệu BHYT", "based_on_revision": 2], as: .admin)
            #expect(unlocked.status == .ok, "unlocked: \(unlocked.status.code) \(unlocked.text)")
            #expect(try await Self.page(app, path, as: .agencyClerk).contains("Lý do rút 96,25"),
                    "bảo hiểm y tế: unlocked, the next page offers the withdrawal again")

            // The planning office sets the centre's target: the next page lists it.
            let beforeTarget = try await Self.page(app, path, as: .planner)
            #expect(!beforeTarget.contains(TargetIssuer.central.label))
            let target = try await app.call(.PUT, "/api/v1/plans/\(plan)/targets/\(insurance)",
                                            ["text": "97,5", "issuer": TargetIssuer.central.rawValue, "based_on_revision": NSNull()])
            #expect(target.status == .created || target.status == .ok, "bảo hiểm y tế target: \(target.status.code) \(target.text)")
            let afterTarget = try await Self.page(app, path, as: .planner)
            #expect(afterTarget.contains(TargetIssuer.central.label) && afterTarget.contains("97,5"),
                    "bảo hiểm y tế: the next page lists the centre's target")
        }
    }

    /// Asked first by the clerk (so the clerk's page is kept), then by every other person: each
    /// gets a page with their own name and forms, or the refusal they get today.
    @Test(arguments: Engine.allCases)
    func aKeptPageIsNeverAnotherPersons(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let (plan, insurance, _) = try await Self.prepare(app)
            let outsiders = try await AccessTests.outsiderHeaders(app)
            let path = "/indicators/\(insurance)?plan=\(plan)"
            var pages: [Role: String] = [:]
            for role in [Role.agencyClerk, .agencyClerk, .planner, .viewer, .approver, .admin] {
                let page = try await Self.page(app, path, as: role)
                #expect(page.contains(role.label), "bảo hiểm y tế as \(role.rawValue): their own name in the frame")
                if let earlier = pages[role] { #expect(page == earlier, "bảo hiểm y tế as \(role.rawValue): the kept page") }
                pages[role] = page
            }
            #expect(Set(pages.values).count == pages.count, "bảo hiểm y tế: every person has a page of their own")
            #expect(pages[.viewer]?.contains("Rút giá trị") == false, "bảo hiểm y tế: a viewer gets no form, not the clerk's kept page")
            for role in AccessTests.provinceRoles {
                try await app.testing().test(.GET, path, headers: outsiders[role] ?? [:]) { response in
                    #expect(response.status == .forbidden || response.status == .notFound,
                            "bảo hiểm y tế, \(role.rawValue) of Cao Bằng: \(response.status.code), not the kept page")
                    #expect(!response.text.contains("bảo hiểm y tế"), "bảo hiểm y tế, \(role.rawValue) of Cao Bằng: nothing of the page")
                }
            }
            try await app.testing().test(.GET, path) { response in
                #expect(response.status != .ok, "bảo hiểm y tế, nobody logged in: \(response.status.code)")
            }
        }
    }
}
