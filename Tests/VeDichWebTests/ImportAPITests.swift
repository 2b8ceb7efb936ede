import Foundation
import Testing
import Vapor
import VaporTesting

/// Upload → preview → confirm (or cancel); the seed a second time changes nothing.
@Suite(.serialized) struct ImportAPITests {
    func upload(_ app: Application, _ data: Data, province: String? = "Lạng Sơn",
                _ check: (TestingHTTPResponse) throws -> Void) async throws {
        let query = province.map { "?province=\($0.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? $0)&filename=lang-son.txt" } ?? ""
        try await app.testing().test(.POST, "/api/v1/imports\(query)", headers: app.auth(), beforeRequest: { request in
            request.headers.contentType = .binary
            request.body = ByteBuffer(data: data)
        }, afterResponse: check)
    }

    @Test(arguments: Engine.allCases)
    func previewThenConfirmLoadsTheSeed(_ engine: Engine) async throws {
        try await TestApp.with(engine, seeded: false) { app in
            let seed = try Data(contentsOf: TestApp.seedURL)
            var token = ""
            try await upload(app, seed) { response in
                #expect(response.status == .ok)
                #expect(response.object["tables"] as? Int == 2)
                #expect(response.object["targets"] as? Int == 30)
                #expect((response.object["summary"] as? String)?.contains("3 kế hoạch") == true)
                token = response.object["token"] as? String ?? ""
            }
            // The preview wrote nothing.
            try await app.testing().test(.GET, "/api/v1/plans", headers: app.auth()) { #expect($0.array.isEmpty) }
            try await app.testing().test(.POST, "/api/v1/imports/\(token)/confirm", headers: app.auth()) { response in
                #expect(response.status == .ok)
                #expect((response.object["changes"] as? [Any])?.isEmpty == false)
            }
            try await app.testing().test(.GET, "/api/v1/plans", headers: app.auth()) { #expect($0.array.count == 3) }
            // A token is used once.
            try await app.testing().test(.POST, "/api/v1/imports/\(token)/confirm", headers: app.auth()) { response in
                #expect(response.status == .notFound)
                #expect(response.object["code"] as? String == "import_expired")
            }
            // The same file again changes nothing.
            try await upload(app, seed) { response in
                #expect((response.object["changes"] as? [Any])?.isEmpty == true)
                #expect((response.object["summary"] as? String)?.hasPrefix("Không có thay đổi") == true)
            }
        }
    }

    @Test(arguments: Engine.allCases)
    func cancelAndRefusals(_ engine: Engine) async throws {
        try await TestApp.with(engine, seeded: false) { app in
            var token = ""
            try await upload(app, try Data(contentsOf: TestApp.seedURL)) { token = $0.object["token"] as? String ?? "" }
            try await app.testing().test(.DELETE, "/api/v1/imports/\(token)", headers: app.auth()) { #expect($0.status == .noContent) }
            try await app.testing().test(.POST, "/api/v1/imports/\(token)/confirm", headers: app.auth()) { #expect($0.status == .notFound) }
            try await upload(app, Data("x".utf8), province: nil) { response in
                #expect(response.status == .badRequest)
                #expect(response.object["code"] as? String == "missing_province")
            }
            try await upload(app, Data()) { response in
                #expect(response.status == .badRequest)
                #expect(response.object["code"] as? String == "empty_upload")
            }
            let malformed = "KẾT QUẢ NĂM 2024\nTT\nChỉ tiêu\nKế hoạch\nƯớc TH năm 2024\nĐánh giá\nI\nKinh tế\n1\nTốc độ tăng trưởng (%)\n7 - 7,5\n9,15,0\nĐạt\n"
            try await upload(app, Data(malformed.utf8)) { response in
                #expect(response.status == .badRequest)
                #expect(response.object["code"] as? String == "unreadable_report")
                #expect((response.object["message"] as? String)?.contains("9,15,0") == true)
            }
            try await upload(app, Data([0x50, 0x4B, 0x03, 0x04, 0x00])) { response in
                #expect(response.status == .badRequest)
                #expect((response.object["message"] as? String)?.contains("DOCX") == true)
            }
        }
    }
}
