import Foundation
import Testing
import Vapor
import VaporTesting
import VeDichCore
import VeDichReports
import VeDichStore
@testable import VeDichWeb

/// The early warning through the API, the dashboard and the report: the seed's 2024 GRDP, with
/// its first half at 4,72% and w = 0,461, needs 8,95% in the second half and is at risk.
@Suite(.serialized) struct OutlookAPITests {
    static let grdp = "Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP) (%)"

    /// The 2024 plan and GRDP, with the first half entered in the API's new period form and w set.
    static func grdpAtMidYear(_ app: Application) async throws -> (plan: String, grdp: String) {
        let plan = try await app.planID(2024, 2024)
        let indicators = try await app.call(.GET, "/api/v1/plans/\(plan)/indicators").array
        let grdp = try #require(indicators.first { $0["name"] as? String == Self.grdp }?["id"] as? String, "GRDP in the 2024 plan")
        let saved = try await app.call(.POST, "/api/v1/indicators/\(grdp)/observations",
                                       ["period": ["kind": "half", "year": 2024, "half": 1], "version": "uoc_6_thang", "text": "4,72"])
        #expect(saved.status == .created, "GRDP 6 tháng đầu năm: \(saved.text)")
        #expect((saved.object["period"] as? [String: Any])?["kind"] as? String == "half")
        let share = try await app.call(.PUT, "/api/v1/indicators/\(grdp)/seasonality", ["first_half_share": "0,461"])
        #expect(share.status == .ok && share.object["first_half_share"] as? Double == 0.461, "GRDP w: \(share.text)")
        return (plan, grdp)
    }

    @Test(arguments: Engine.allCases)
    func theSeedsGRDPIsAtRiskWith895InTheReason(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let (plan, grdp) = try await Self.grdpAtMidYear(app)
            let answer = try await app.call(.GET, "/api/v1/plans/\(plan)/outlook?as_of=2024-06-30")
            #expect(answer.status == .ok, "\(answer.text)")
            let indicators = answer.object["indicators"] as? [[String: Any]] ?? []
            let line = try #require(indicators.first { $0["indicator_id"] as? String == grdp }, "GRDP in the outlook")
            #expect(line["status"] as? String == "nguy_co_khong_dat", "GRDP: \(line["reason"] ?? "")")
            #expect((line["reason"] as? String)?.contains("8,95") == true, "GRDP: \(line["reason"] ?? "")")
            #expect(abs((line["required_rate"] as? Double ?? 0) - 8.95) < 0.005)
            #expect(line["method"] as? String == "second_half_rate")
            #expect(indicators.first?["status"] as? String == "nguy_co_khong_dat", "at risk listed first")

            // Before the first half has ended, its value does not count yet.
            let early = try await app.call(.GET, "/api/v1/plans/\(plan)/outlook?as_of=2024-06-15")
            let earlyLine = (early.object["indicators"] as? [[String: Any]] ?? []).first { $0["indicator_id"] as? String == grdp }
            #expect(earlyLine?["status"] as? String == "chua_the_danh_gia")

            try await app.testing().test(.GET, "/plans/\(plan)?as_of=2024-06-30", headers: app.auth(.viewer)) { response in
                let page = response.text
                let warning = try #require(page.range(of: "id=\"canh-bao-som\""), "the dashboard shows the early warning")
                let cards = try #require(page.range(of: "id=\"tong-hop\""))
                #expect(warning.lowerBound < cards.lowerBound, "the early warning comes before the verdict counts")
                #expect(page.contains("phải đạt tối thiểu 8,95%"))
            }
            try await app.testing().test(.GET, "/indicators/\(grdp)?plan=\(plan)&as_of=2024-06-30", headers: app.auth(.viewer)) { response in
                #expect(response.text.contains("Nguy cơ không đạt") && response.text.contains("8,95"), "GRDP's page shows its outlook")
                #expect(!response.text.contains("thiet-lap-trong-nam"), "a viewer gets no settings form")
            }

            let report = try await Store(database: app.db).planReport(planID: UUID(uuidString: plan)!, version: .fullYearEstimate)
            let sentences = ReportSentences(report).outlook
            #expect(sentences.contains { $0.contains("phải đạt tối thiểu 8,95% trong 6 tháng cuối năm") }, "report: \(sentences)")
        }
    }

    @Test(arguments: Engine.allCases)
    func aShareThatIsNotAShareIsRefusedAndNothingChanges(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let (_, grdp) = try await Self.grdpAtMidYear(app)
            for text in ["abc", "1,5", "0"] {
                let answer = try await app.call(.PUT, "/api/v1/indicators/\(grdp)/seasonality", ["first_half_share": text])
                #expect([400, 422].contains(answer.status.code), "w = \(text): \(answer.status.code)")
                #expect((answer.object["message"] as? String)?.contains("Tỷ trọng") == true, "w = \(text): \(answer.text)")
            }
            let settings = try await Store(database: app.db).inYearSettings(indicatorIDs: [UUID(uuidString: grdp)!])
            #expect(settings.values.first?.firstHalfShare == 0.461, "GRDP keeps w = 0,461")
            let nature = try await app.call(.PUT, "/api/v1/indicators/\(grdp)/nature", ["value_nature": "flow"])
            #expect(nature.status == .ok && nature.object["value_nature"] as? String == "flow" && nature.object["value_nature_set"] as? Bool == true)
            let changes = try await app.call(.GET, "/api/v1/indicators/\(grdp)/changes").array
            #expect(changes.contains { $0["field"] as? String == "loại số liệu" && $0["new_value"] as? String == "Lũy kế trong năm" })
            let date = try await app.call(.GET, "/api/v1/plans/\(try await app.planID(2024, 2024))/outlook?as_of=30-06")
            #expect(date.status == .badRequest)
        }
    }
}
