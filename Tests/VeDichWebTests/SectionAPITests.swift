import Foundation
import Testing
import Vapor
import VaporTesting

/// The report's prose over the API and on its page: read in order, edited revision by revision,
/// a stale edit refused with the current text, and every earlier revision still there.
@Suite(.serialized) struct SectionAPITests {
    static let causes = "nguyen-nhan"

    func put(_ app: Application, _ path: String, _ json: String, _ check: (TestingHTTPResponse) throws -> Void) async throws {
        try await app.testing().test(.PUT, path, headers: app.auth(), beforeRequest: { request in
            request.headers.contentType = .json
            request.body = ByteBuffer(string: json)
        }, afterResponse: check)
    }

    @Test(arguments: Engine.allCases)
    func theSectionsOfThe2024ReportInOrder(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let plan = try await app.planID(2024, 2024)
            try await app.testing().test(.GET, "/api/v1/plans/\(plan)/sections", headers: app.auth()) { response in
                #expect(response.status == .ok)
                let sections = response.array
                #expect(sections.count == 22)
                #expect(sections.prefix(4).map { $0["key"] as? String } == ["mo-dau", "phan-thu-nhat", "danh-gia-tinh-hinh-kinh-te-xa-hoi-6-thang-dau-nam-va-du-uoc", "ve-phat-trien-kinh-te"])
                let causes = try #require(sections.first { $0["key"] as? String == Self.causes })
                #expect(causes["heading"] as? String == "8.2. Nguyên nhân")
                #expect(causes["revision"] as? Int == 1)
                #expect((causes["text"] as? String)?.hasPrefix("- Nguyên nhân khách quan:") == true)
                #expect(sections.filter { $0["kind"] as? String == "figures" }.count == 1)
            }
        }
    }

    @Test(arguments: Engine.allCases)
    func anEditAddsARevisionAndAStaleOneGets409(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let plan = try await app.planID(2024, 2024)
            let path = "/api/v1/plans/\(plan)/sections/\(Self.causes)"
            try await put(app, path, #"{"text": "Nguyên nhân khách quan: giá cả.\nNguyên nhân chủ quan: chậm giải ngân.", "based_on_revision": 1}"#) { response in
                #expect(response.status == .ok)
                #expect(response.object["revision"] as? Int == 2)
                #expect(response.object["recorded_by"] as? String == "bientap")
            }
            try await put(app, path, #"{"text": "Bản khác.", "based_on_revision": 1}"#) { response in
                #expect(response.status == .conflict)
                #expect(response.object["code"] as? String == "stale_revision")
                #expect((response.object["message"] as? String)?.contains("đã được người khác sửa") == true)
                let current = response.object["current"] as? [String: Any]
                #expect(current?["revision"] as? Int == 2)
                #expect(current?["text"] as? String == "Nguyên nhân khách quan: giá cả.\nNguyên nhân chủ quan: chậm giải ngân.")
            }
            try await app.testing().test(.GET, "\(path)/history", headers: app.auth()) { response in
                #expect(response.status == .ok)
                #expect(response.array.map { $0["revision"] as? Int } == [2, 1])
                #expect((response.array.last?["text"] as? String)?.hasPrefix("- Nguyên nhân khách quan: Tình hình kinh tế thế giới") == true)
            }
        }
    }

    @Test(arguments: Engine.allCases)
    func refusalsAreInVietnamese(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let plan = try await app.planID(2024, 2024)
            try await put(app, "/api/v1/plans/\(plan)/sections/khong-co", #"{"text": "x", "based_on_revision": 1}"#) { response in
                #expect(response.status == .notFound)
                #expect(response.object["code"] as? String == "section_not_found")
                #expect((response.object["message"] as? String)?.contains("không có mục “khong-co”") == true)
            }
            try await put(app, "/api/v1/plans/\(plan)/sections/\(Self.causes)", #"{"text": "Đoạn\u0007 có chuông.", "based_on_revision": 1}"#) { response in
                #expect(response.status == .badRequest)
                #expect(response.object["code"] as? String == "unprintable_character")
            }
            try await put(app, "/api/v1/plans/\(plan)/sections/\(Self.causes)", #"{"text": "thiếu bản sửa"}"#) { response in
                #expect(response.status == .badRequest)
                #expect(response.object["code"] as? String == "invalid_json")
            }
            try await app.testing().test(.GET, "/api/v1/plans/\(UUID().uuidString)/sections", headers: app.auth()) { response in
                #expect(response.status == .notFound)
                #expect(response.object["code"] as? String == "plan_not_found")
            }
        }
    }

    /// The page: every section with its form and history; a stale save keeps what was typed,
    /// says so next to the field and shows the current text; a good save redirects back to it.
    @Test(arguments: Engine.allCases)
    func thePageEditsASectionAndKeepsTypedTextWhenRefused(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let plan = try await app.planID(2024, 2024)
            try await app.testing().test(.GET, "/plans/\(plan)", headers: app.auth()) { response in
                #expect(response.text.contains("href=\"/plans/\(plan)/sections\""))
            }
            try await app.testing().test(.GET, "/plans/\(plan)/sections", headers: app.auth()) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("<section class=\"report-section\" id=\"nguyen-nhan\">"))
                #expect(response.text.contains("8.2. Nguyên nhân"))
                #expect(response.text.contains("action=\"/plans/\(plan)/sections/nguyen-nhan\""))
                #expect(response.text.contains("Lịch sử (1 bản sửa)"))
            }
            func post(_ text: String, revision: String, _ check: (TestingHTTPResponse) throws -> Void) async throws {
                try await app.testing().test(.POST, "/plans/\(plan)/sections/\(Self.causes)", headers: app.auth(), beforeRequest: { request in
                    try request.content.encode(["text": text, "revision": revision], as: .urlEncodedForm)
                }, afterResponse: check)
            }
            try await post("Nguyên nhân do Sở Tài chính tổng hợp.", revision: "1") { response in
                #expect(response.status == .seeOther)
                #expect(response.headers.first(name: .location) == "/plans/\(plan)/sections?saved=nguyen-nhan#nguyen-nhan")
            }
            try await post("Bản của người thứ hai <b>đậm</b>.", revision: "1") { response in
                #expect(response.status == .conflict)
                #expect(response.text.contains("Bản của người thứ hai &lt;b&gt;đậm&lt;/b&gt;."), "the typed text is kept, escaped")
                #expect(response.text.contains("aria-invalid=\"true\""))
                #expect(response.text.contains("Mục này đã được người khác sửa (bản sửa 2, trong khi bạn sửa từ bản 1)"))
                #expect(response.text.contains("Nội dung hiện tại (bản sửa 2, Chuyên viên Sở Tài chính (biên tập)):"), "people by their names, not logins")
                #expect(response.text.contains("Nguyên nhân do Sở Tài chính tổng hợp."))
                #expect(response.text.contains("name=\"revision\" value=\"2\""), "the next save starts from the current revision")
            }
            try await post(String(repeating: "Rất dài. ", count: 12_000), revision: "2") { response in
                #expect(response.status == .badRequest)
                #expect(response.text.contains("quá giới hạn 100.000 ký tự"))
            }
            try await app.testing().test(.GET, "/plans/\(plan)/sections?saved=nguyen-nhan", headers: app.auth()) { response in
                #expect(response.text.contains("Đã lưu."))
                #expect(response.text.contains("Lịch sử (2 bản sửa)"))
                #expect(response.text.contains("Bản sửa 2 — Chuyên viên Sở Tài chính (biên tập)"))
                #expect(response.text.contains("Bản sửa 1 — test"))
            }
        }
    }
}
