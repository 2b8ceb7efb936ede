import Foundation
import Testing
import Vapor
import VaporTesting
import VeDichCore

/// Values: posting one changes the very next evaluation; a stale post gets 409 and the current value.
@Suite(.serialized) struct ObservationAPITests {
    static let fiveYears = #"{"kind": "span", "start_year": 2021, "end_year": 2025}"#

    func insuranceIndicator(_ app: Application, plan: String) async throws -> String {
        var id = ""
        try await app.testing().test(.GET, "/api/v1/plans/\(plan)/indicators", headers: app.auth()) { response in
            id = response.array.first { $0["name"] as? String == "Tỷ lệ người dân tham gia bảo hiểm y tế (%)" }?["id"] as? String ?? ""
        }
        return id
    }

    func post(_ app: Application, _ indicator: String, _ json: String, as role: Role = .agencyClerk,
              _ check: (TestingHTTPResponse) throws -> Void) async throws {
        try await app.testing().test(.POST, "/api/v1/indicators/\(indicator)/observations", headers: app.auth(), beforeRequest: { request in
            request.headers.contentType = .json
            request.headers.replaceOrAdd(name: .authorization, value: app.auth(role).first(name: .authorization) ?? "")
            request.body = ByteBuffer(string: json)
        }, afterResponse: check)
    }

    @Test(arguments: Engine.allCases)
    func aNewValueChangesTheNextEvaluation(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let plan = try await app.planID(2021, 2025)
            let insurance = try await insuranceIndicator(app, plan: plan)
            try await post(app, insurance, #"{"period": \#(Self.fiveYears), "version": "uoc_ca_nam", "text": "98,2", "based_on_revision": 1}"#) { response in
                #expect(response.status == .created)
                #expect(response.object["revision"] as? Int == 2)
                #expect(response.object["recorded_by"] as? String == "soyte")
            }
            try await app.testing().test(.GET, "/api/v1/plans/\(plan)/evaluation", headers: app.auth()) { response in
                #expect(response.object["summary_text"] as? String == "đạt và vượt 15/18 chỉ tiêu")
            }
            try await app.testing().test(.GET, "/api/v1/indicators/\(insurance)/observations", headers: app.auth()) { response in
                let spans = response.array.filter { ($0["period"] as? [String: Any])?["kind"] as? String == "span" }
                #expect(spans.map { ($0["figure"] as? [String: Any])?["text"] as? String } == ["98,2", "95"])
            }
        }
    }

    @Test(arguments: Engine.allCases)
    func aStalePostGets409WithTheCurrentValue(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let plan = try await app.planID(2021, 2025)
            let insurance = try await insuranceIndicator(app, plan: plan)
            let body = #"{"period": \#(Self.fiveYears), "version": "uoc_ca_nam", "text": "97", "based_on_revision": 1}"#
            try await post(app, insurance, body) { #expect($0.status == .created) }
            try await post(app, insurance, body, as: .planner) { response in
                #expect(response.status == .conflict)
                #expect(response.object["code"] as? String == "stale_revision")
                #expect((response.object["message"] as? String)?.contains("đã được người khác cập nhật") == true)
                let current = response.object["current"] as? [String: Any]
                #expect(current?["revision"] as? Int == 2)
                #expect((current?["figure"] as? [String: Any])?["text"] as? String == "97")
            }
        }
    }

    @Test(arguments: Engine.allCases)
    func badValuesAreRefusedInVietnamese(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let plan = try await app.planID(2021, 2025)
            let insurance = try await insuranceIndicator(app, plan: plan)
            try await post(app, insurance, #"{"period": \#(Self.fiveYears), "version": "uoc_ca_nam", "text": "9,15,0", "based_on_revision": 1}"#) { response in
                #expect(response.status == .badRequest)
                #expect(response.object["code"] as? String == "invalid_value")
                #expect((response.object["message"] as? String)?.contains("hơn một dấu phẩy thập phân") == true)
            }
            try await post(app, insurance, #"{"text": "97"}"#) { response in
                #expect(response.status == .badRequest)
                #expect(response.object["code"] as? String == "invalid_json")
            }
            try await post(app, UUID().uuidString, #"{"period": \#(Self.fiveYears), "version": "uoc_ca_nam", "text": "97"}"#) { response in
                #expect(response.status == .notFound)
                #expect(response.object["code"] as? String == "indicator_not_found")
            }
            try await app.testing().test(.GET, "/api/v1/indicators/khong-co/observations", headers: app.auth()) { response in
                #expect(response.status == .notFound)
            }
        }
    }
}
