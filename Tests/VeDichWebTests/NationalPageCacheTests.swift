import Foundation
import Testing
import Vapor
import VaporTesting
import VeDichCore
import VeDichStore
@testable import VeDichWeb

extension HTTPHeaders {
    func adding(_ name: HTTPHeaders.Name, _ value: String) -> HTTPHeaders {
        var headers = self
        headers.add(name: name, value: value)
        return headers
    }
}

/// The ministry's answers are kept as sent (`NationalPageCache`) while nothing changed, and only
/// then: a saved value or a workflow step shows in the very next answer, and a kept answer is
/// never handed to another person (another role, another province).
@Suite struct NationalPageCacheTests {
    static let insuranceValue = "97,35"

    /// The insurance line of Lạng Sơn in `/api/v1/national/indicators/QG-01`.
    static func insuranceRow(_ app: Application) async throws -> [String: Any] {
        var row: [String: Any] = [:]
        try await app.testing().test(.GET, "/api/v1/national/indicators/QG-01?year=2024", headers: app.auth(.viewer)) { response in
            #expect(response.status == .ok)
            row = (response.object["provinces"] as? [[String: Any]])?.first { $0["province"] as? String == "Lạng Sơn" } ?? [:]
        }
        return row
    }

    /// Sở Y tế of Lạng Sơn in `/api/v1/national/status`.
    static func healthStatus(_ app: Application) async throws -> [String: Any] {
        var agency: [String: Any] = [:]
        try await app.testing().test(.GET, "/api/v1/national/status?year=2024", headers: app.auth(.viewer)) { response in
            #expect(response.status == .ok)
            let provinces = response.object["provinces"] as? [[String: Any]] ?? []
            let agencies = provinces.first { $0["province"] as? String == "Lạng Sơn" }?["agencies"] as? [[String: Any]] ?? []
            agency = agencies.first { $0["agency"] as? String == "Sở Y tế" } ?? [:]
        }
        return agency
    }

    static func valueText(_ row: [String: Any]) -> String? { (row["value"] as? [String: Any])?["text"] as? String }

    @Test(arguments: Engine.allCases)
    func aSavedValueAndAWorkflowStepShowInTheNextAnswer(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let (plan, insurance) = try await NationalAPITests.prepare(app)
            let cache = try #require(app.storage[NationalPageCacheKey.self])
            let before = try await Self.insuranceRow(app)
            #expect(Self.valueText(before) != Self.insuranceValue, "“\(insurance.name)”: the seed's value is not the one saved below")
            let kept = cache.count
            #expect(kept > 0, "the answer was kept")
            #expect(Self.valueText(try await Self.insuranceRow(app)) == Self.valueText(before))
            #expect(cache.count == kept, "asked again while nothing changed: the kept answer, nothing made anew")
            try await app.testing().test(.GET, "/national/indicators/QG-01?year=2024", headers: app.auth(.viewer)) { response in
                #expect(!response.text.contains(Self.insuranceValue))
            }

            // Sở Y tế's clerk saves the year's estimate of insurance coverage.
            let revision = try await Self.revision(app, insurance.id)
            try await app.testing().test(.POST, "/api/v1/indicators/\(insurance.id)/observations", headers: app.auth(.agencyClerk),
                                         beforeRequest: { request in
                request.headers.contentType = .json
                request.body = ByteBuffer(string: #"{"period": {"kind": "year", "start_year": 2024, "end_year": 2024}, "version": "uoc_ca_nam", "text": "\#(Self.insuranceValue)", "based_on_revision": \#(revision), "confirm_warnings": true}"#)
            }) { response in
                #expect(response.status == .created, "“\(insurance.name)” saved: \(response.status.code) \(response.text)")
            }
            #expect(Self.valueText(try await Self.insuranceRow(app)) == Self.insuranceValue, "“\(insurance.name)”: the API answers the saved value")
            try await app.testing().test(.GET, "/national/indicators/QG-01?year=2024", headers: app.auth(.viewer)) { response in
                #expect(response.text.contains(Self.insuranceValue), "“\(insurance.name)”: the page shows the saved value")
            }

            // A workflow step moves no figure, yet the reporting status shows it at once.
            #expect(try await Self.healthStatus(app)["status"] == nil, "Sở Y tế has taken no step yet")
            let province = try await Store(database: app.db).provinceID(named: "Lạng Sơn")
            let health = try await Store(database: app.db).agencyID(named: "Sở Y tế", provinceID: province, create: false)
            var statusPage = ""
            try await app.testing().test(.GET, "/national/provinces/\(province)?year=2024", headers: app.auth(.viewer)) { response in
                statusPage = response.text
            }
            try await app.testing().test(.POST, "/api/v1/plans/\(plan)/submissions/\(health)", headers: app.auth(.agencyClerk),
                                         beforeRequest: { request in
                request.headers.contentType = .json
                request.body = ByteBuffer(string: #"{"version": "uoc_ca_nam", "step": "submit", "based_on_revision": 0, "confirm_missing": true}"#)
            }) { response in
                #expect(response.status == .ok, "Sở Y tế submits: \(response.status.code) \(response.text)")
            }
            #expect(try await Self.healthStatus(app)["status"] as? String == SubmissionStatus.submitted.rawValue,
                    "the reporting status shows Sở Y tế's submission")
            try await app.testing().test(.GET, "/national/provinces/\(province)?year=2024", headers: app.auth(.viewer)) { response in
                #expect(response.text != statusPage && response.text.contains(SubmissionStatus.submitted.label),
                        "Lạng Sơn's page shows Sở Y tế's submission")
            }
        }
    }

    /// A client that accepts gzip gets the same bytes gzipped (`gzip -d` checks the trailer's
    /// CRC and length); one that does not, or refuses it with q=0, gets them plain.
    @Test(arguments: Engine.allCases)
    func aLargeAnswerIsSentGzippedToWhoAcceptsIt(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            _ = try await NationalAPITests.prepare(app)
            for path in ["/national?year=2024", "/national/status?year=2024"] {
                var plain = Data()
                try await app.testing().test(.GET, path, headers: app.auth(.viewer)) { response in
                    #expect(response.headers.first(name: .contentEncoding) == nil, "\(path): plain without Accept-Encoding")
                    plain = Data(response.body.readableBytesView)
                }
                try await app.testing().test(.GET, path, headers: app.auth(.viewer).adding(.acceptEncoding, "identity, gzip;q=0")) { response in
                    #expect(response.headers.first(name: .contentEncoding) == nil, "\(path): gzip refused with q=0")
                }
                #expect(plain.count >= NationalPageCache.Answer.gzipFrom, "\(path): large enough to be gzipped")
                var gzipped = Data()
                try await app.testing().test(.GET, path, headers: app.auth(.viewer).adding(.acceptEncoding, "gzip, deflate, br")) { response in
                    #expect(response.headers.first(name: .contentEncoding) == "gzip", "\(path): gzipped for a browser")
                    #expect(response.headers.first(name: .vary) == "Accept-Encoding")
                    let packed = Data(response.body.readableBytesView)
                    #expect(packed.count < plain.count && packed.prefix(2) == Data([0x1f, 0x8b]), "\(path): a gzip body, smaller")
                    gzipped = packed
                }
                #expect(try Self.gunzip(gzipped) == plain, "\(path): gzip -d gives back the plain answer")
            }
        }
    }

    /// `gzip -dc` of `data`, Debian's own gzip (an essential package).
    static func gunzip(_ data: Data) throws -> Data {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-\(UUID().uuidString).gz")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-dc", file.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let plain = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? plain : Data()
    }

    /// The newest revision of the indicator's 2024 estimate, for a save based on it.
    static func revision(_ app: Application, _ indicatorID: UUID) async throws -> Int {
        try await Store(database: app.db).latestObservation(indicatorID: indicatorID, period: .year(2024), version: .fullYearEstimate)?.revision ?? 0
    }

    /// Every national address, asked first by the ministry's viewer (so its answer is kept), then by
    /// the admin (its own page, with its own name), then by each of a province's roles, Lạng Sơn's
    /// and Cao Bằng's: refused, never the kept answer.
    @Test(arguments: Engine.allCases)
    func aKeptAnswerIsNeverAnotherPersons(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            _ = try await NationalAPITests.prepare(app)
            let outsiders = try await AccessTests.outsiderHeaders(app)
            let store = Store(database: app.db)
            let province = try await store.provinceID(named: "Lạng Sơn")
            let health = try await store.agencyID(named: "Sở Y tế", provinceID: province, create: false)
            let paths = ["/national?year=2024", "/national/indicators/QG-01?year=2024", "/national/status?year=2024",
                         "/national/provinces/\(province)?year=2024", "/national/provinces/\(province)/agencies/\(health)?year=2024",
                         "/national/summary.xlsx?year=2024", "/national/status.xlsx?year=2024",
                         "/api/v1/national/summary?year=2024", "/api/v1/national/indicators/QG-01?year=2024", "/api/v1/national/status?year=2024"]
            for path in paths {
                for _ in 0..<2 {
                    try await app.testing().test(.GET, path, headers: app.auth(.viewer)) { response in
                        #expect(response.status == .ok, "\(path), the ministry's viewer: \(response.status.code)")
                        if !path.contains(".xlsx"), !path.hasPrefix("/api") {
                            #expect(response.text.contains(Role.viewer.label), "\(path): the viewer's own name in the frame")
                        }
                    }
                }
                try await app.testing().test(.GET, path, headers: app.auth(.admin)) { response in
                    #expect(response.status == .ok, "\(path), an admin: \(response.status.code)")
                    if !path.contains(".xlsx"), !path.hasPrefix("/api") {
                        #expect(response.text.contains(Role.admin.label) && !response.text.contains(Role.viewer.label),
                                "\(path): the admin's page, not the viewer's kept one")
                    }
                }
                for role in AccessTests.provinceRoles {
                    for (whose, headers) in [("Lạng Sơn", app.auth(role)), ("Cao Bằng", outsiders[role] ?? [:])] {
                        try await app.testing().test(.GET, path, headers: headers) { response in
                            #expect(response.status == .forbidden, "\(path), \(role.rawValue) of \(whose): \(response.status.code), not the kept answer")
                            #expect(!response.text.contains("\"provinces\"") && !response.text.contains("/national/indicators/"),
                                    "\(path), \(role.rawValue) of \(whose): nothing of the ministry's answer")
                        }
                    }
                }
                try await app.testing().test(.GET, path) { response in
                    #expect(response.status != .ok, "\(path), nobody logged in: \(response.status.code)")
                }
            }
        }
    }
}
