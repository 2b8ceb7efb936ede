import Foundation
import Testing
import Vapor
import VaporTesting
import VeDichCore
import VeDichStore
@testable import VeDichWeb

/// An odd value on entry ("4400" for a % share, ten times last year's) is not refused: the
/// person sees the warnings and confirms, and the confirmed warnings stay with the value.
@Suite(.serialized) struct PlausibilityEntryTests {
    static let share = "Tỷ lệ thôn có nhà văn hoá đạt chuẩn (%)"
    static let forest = "Trồng rừng mới (ha)"
    static let year = #"{"kind": "year", "start_year": 2024, "end_year": 2024}"#

    static func indicator(_ app: Application, named name: String) async throws -> IndicatorInfo {
        let plan = try #require(UUID(uuidString: try await app.planID(2024, 2024)))
        return try #require(try await Store(database: app.db).indicators(planID: plan).first { $0.name == name || "\($0.name) (\($0.unit ?? ""))" == name })
    }

    /// The newest revision of the indicator's 2024 full-year estimate.
    static func latest2024(_ app: Application, _ indicator: UUID) async throws -> ObservationInfo? {
        try await Store(database: app.db).observations(indicatorID: indicator)
            .filter { $0.period == .year(2024) && $0.version == .fullYearEstimate }.max { $0.revision < $1.revision }
    }

    func post(_ app: Application, _ indicator: UUID, _ json: String, _ check: (TestingHTTPResponse) throws -> Void) async throws {
        try await app.testing().test(.POST, "/api/v1/indicators/\(indicator)/observations", headers: app.auth(), beforeRequest: { request in
            request.headers.contentType = .json
            request.body = ByteBuffer(string: json)
        }, afterResponse: check)
    }

    @Test(arguments: Engine.allCases)
    func theAPIAsksToConfirmAndKeepsTheWarnings(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let store = Store(database: app.db)
            let share = try await Self.indicator(app, named: Self.share)
            let before = try await store.observations(indicatorID: share.id).count
            let body = #"{"period": \#(Self.year), "version": "uoc_ca_nam", "text": "4400", "based_on_revision": 1"#
            try await post(app, share.id, body + "}") { response in
                #expect(response.status == .unprocessableEntity, "\(share.name): 4400 for a % share")
                #expect(response.object["code"] as? String == "implausible_value")
                let warnings = response.object["warnings"] as? [String] ?? []
                #expect(warnings.contains { $0.contains("thiếu dấu phẩy thập phân") }, "\(warnings)")
            }
            #expect(try await store.observations(indicatorID: share.id).count == before, "nothing is saved before the confirmation")
            try await post(app, share.id, body + #", "confirm_warnings": true}"#) { response in
                #expect(response.status == .created)
                #expect((response.object["warnings"] as? [String])?.first?.contains("thiếu dấu phẩy thập phân") == true)
            }
            let saved = try #require(try await Self.latest2024(app, share.id))
            #expect(saved.figure.text == "4400" && !saved.warnings.isEmpty, "\(share.name): the value is kept with its warnings")
            let logged = try #require(try await store.changes(indicatorID: share.id).first { $0.entity == "value" })
            #expect(logged.reason?.contains("Đã xác nhận cảnh báo") == true)

            // Ten times last year's: the 2023 official value is read for a 2024 value.
            let forest = try await Self.indicator(app, named: Self.forest)
            _ = try await store.record(ObservationDraft(indicatorID: forest.id, period: .year(2023), version: .official, text: "9.000",
                                                        basedOnRevision: nil, recordedBy: "test"))
            try await post(app, forest.id, #"{"period": \#(Self.year), "version": "uoc_ca_nam", "text": "96.000", "based_on_revision": 1}"#) { response in
                #expect(response.status == .unprocessableEntity, "\(forest.name): 96.000 after 9.000")
                #expect((response.object["warnings"] as? [String])?.first?.contains("gấp") == true)
            }
            try await post(app, forest.id, #"{"period": \#(Self.year), "version": "uoc_ca_nam", "text": "9.700", "based_on_revision": 1}"#) { response in
                #expect(response.status == .created, "\(forest.name): a plausible value saves at once")
                #expect((response.object["warnings"] as? [String]) == [])
            }
        }
    }

    @Test func theEntryPageShowsTheWarningsAndSavesOnConfirmation() async throws {
        try await TestApp.with(.sqlite) { app in
            let plan = try await app.planID(2024, 2024)
            let share = try await Self.indicator(app, named: Self.share)
            let key = share.id.uuidString
            let typed = ["version": "uoc_ca_nam", "v_\(key)": "4400", "r_\(key)": "1", "o_\(key)": "75,9"]
            try await app.testing().test(.POST, "/plans/\(plan)/entry", headers: app.auth(), beforeRequest: { request in
                try request.content.encode(typed, as: .urlEncodedForm)
            }, afterResponse: { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("thiếu dấu phẩy thập phân"))
                #expect(response.text.contains("Xác nhận và lưu"))
                #expect(response.text.contains("name=\"w_\(key)\" value=\"4400\""))
            })
            #expect(try await Self.latest2024(app, share.id)?.figure.text == "75,9", "not saved yet")
            try await app.testing().test(.POST, "/plans/\(plan)/entry", headers: app.auth(), beforeRequest: { request in
                try request.content.encode(typed.merging(["w_\(key)": "4400"]) { $1 }, as: .urlEncodedForm)
            }, afterResponse: { response in
                #expect(response.status == .seeOther)
            })
            try await app.testing().test(.GET, "/indicators/\(key)?plan=\(plan)", headers: app.auth()) { response in
                #expect(response.text.contains("4400, đã xác nhận cảnh báo"))
            }
        }
    }
}
