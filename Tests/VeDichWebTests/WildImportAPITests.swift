import Foundation
import Testing
import Vapor
import VaporTesting

/// The web import runs the store's import on other provinces' real reports (issue 13, item 5): a
/// plan's table imports as its targets, rows whose list numbering was lost in the copy are counted
/// in order, and nothing is written before the import is confirmed.
@Suite(.serialized) struct WildImportAPITests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("VeDichImportTests/Fixtures/wild/dev", isDirectory: true)

    func upload(_ app: Application, _ name: String, province: String, _ check: (TestingHTTPResponse) throws -> Void) async throws {
        let data = try Data(contentsOf: Self.corpus.appendingPathComponent(name))
        let query = "?province=\(province.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? province)&filename=\(name)"
        try await app.testing().test(.POST, "/api/v1/imports\(query)", headers: app.auth(), beforeRequest: { request in
            request.headers.contentType = .binary
            request.body = ByteBuffer(data: data)
        }, afterResponse: check)
    }

    @Test(arguments: Engine.allCases)
    func aPlanTableImportsAndALostListNumberingIsCountedInOrder(_ engine: Engine) async throws {
        try await TestApp.with(engine, seeded: false) { app in
            // Every row of the web copy reads "1." (a Word list numbering lost in the copy): the
            // rows are counted 1…12 in printed order, and the preview writes nothing.
            try await upload(app, "quoc-gia-2019-ket-qua-12-chi-tieu.txt", province: "Thừa Thiên Huế") { response in
                #expect(response.status == .ok, "\(response.object["message"] ?? "")")
                let summary = response.object["summary"] as? String ?? ""
                #expect(summary.contains("12 chỉ tiêu"), "\(summary)")
            }
            try await app.testing().test(.GET, "/api/v1/plans", headers: app.auth()) { #expect($0.array.isEmpty) }

            // "Ước TH năm 2021" in a report of December 2020: the 2021 plan's 15 targets, no values.
            var token = ""
            try await upload(app, "thua-thien-hue-2021-chi-tieu-ke-hoach.txt", province: "Thừa Thiên Huế") { response in
                #expect(response.status == .ok)
                let summary = response.object["summary"] as? String ?? ""
                #expect(summary.contains("15 chỉ tiêu,") && summary.contains("15 chỉ tiêu kế hoạch") && !summary.contains("số liệu"), "\(summary)")
                token = response.object["token"] as? String ?? ""
            }
            try await app.testing().test(.POST, "/api/v1/imports/\(token)/confirm", headers: app.auth()) { #expect($0.status == .ok) }
            try await app.testing().test(.GET, "/api/v1/plans", headers: app.auth()) { response in
                #expect(response.array.compactMap { ($0 as? [String: Any])?["start_year"] as? Int } == [2021])
            }
        }
    }
}
