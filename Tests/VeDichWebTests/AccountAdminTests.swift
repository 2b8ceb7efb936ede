import Foundation
import Testing
import Vapor
import VaporTesting
import VeDichCore
import VeDichStore
@testable import VeDichWeb

/// Agencies and accounts kept in the browser and the API: an admin keeps every province's, the
/// planning office its own province's agencies and clerks and nothing else; a new account and a
/// reset password are shown once and log in; deactivating ends a live session and a token at
/// once, even while the server remembers who a token belongs to.
@Suite(.serialized) struct AccountAdminTests {
    static func send(_ app: Application, _ method: HTTPMethod, _ path: String, _ json: String, headers: HTTPHeaders,
                     _ check: (TestingHTTPResponse) throws -> Void) async throws {
        try await app.testing().test(method, path, headers: headers, beforeRequest: { request in
            request.headers.contentType = .json
            request.body = ByteBuffer(string: json)
        }, afterResponse: check)
    }

    static func status(_ app: Application, _ path: String, _ headers: HTTPHeaders) async throws -> HTTPStatus {
        var status = HTTPStatus.internalServerError
        try await app.testing().test(.GET, path, headers: headers) { status = $0.status }
        return status
    }

    @Test(arguments: Engine.allCases)
    func thePlanningOfficeMakesAClerkForItsProvinceOnly(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let clerk = #"{"login": "soyte-2", "display_name": "Nguyễn Văn A", "email": "a@soyte.langson.gov.vn", "role": "agency_clerk", "agency": "Sở Y tế"}"#
            for role in [Role.agencyClerk, .approver, .viewer] {
                try await Self.send(app, .POST, "/api/v1/users", clerk, headers: app.auth(role)) { #expect($0.status == .forbidden, "\(role) makes no account") }
            }
            try await Self.send(app, .POST, "/api/v1/users", clerk.replacingOccurrences(of: "agency_clerk", with: "approver"), headers: app.auth(.planner)) { response in
                #expect(response.status == .forbidden, "the planning office gives no approver account")
            }
            var password = ""
            try await Self.send(app, .POST, "/api/v1/users", clerk, headers: app.auth(.planner)) { response in
                #expect(response.status == .created)
                password = response.object["temporary_password"] as? String ?? ""
                let user = response.object["user"] as? [String: Any]
                #expect(user?["province"] as? String == "Lạng Sơn", "the planning office's own province by default")
                #expect(user?["agency"] as? String == "Sở Y tế")
                #expect(user?["email"] as? String == "a@soyte.langson.gov.vn")
            }
            #expect(password.count == 16)
            try await app.testing().test(.POST, "/login", beforeRequest: { request in
                try request.content.encode(["login": "soyte-2", "password": password], as: .urlEncodedForm)
            }) { #expect($0.status == .seeOther, "the temporary password logs in") }
            let users = try await Store(database: app.db).users()
            #expect(!users.contains { $0.login == "soyte-2" && $0.displayName != "Nguyễn Văn A" })

            try await Self.send(app, .POST, "/api/v1/users", #"{"login": "soyte-3", "role": "agency_clerk", "agency": "Sở Y tế", "email": "khong-phai-thu"}"#,
                                headers: app.auth(.planner)) { response in
                #expect(response.status == .badRequest)
                #expect((response.object["message"] as? String)?.contains("thư điện tử") == true)
            }
            #expect(try await Store(database: app.db).users().first { $0.login == "soyte-3" } == nil, "a refused account is not made")
        }
    }

    @Test(arguments: Engine.allCases)
    func deactivatingEndsALiveSessionAndAnAPITokenAtOnce(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            // Remembered for a minute: the deactivation must count anyway.
            app.principalCache.lifetime = 60
            let store = Store(database: app.db)
            let (cookie, _) = try await SessionTests.logIn(app, login: "soyte")
            let token = app.auth(.agencyClerk)
            #expect(try await Self.status(app, "/", cookie) == .ok)
            #expect(try await Self.status(app, "/api/v1/plans", token) == .ok)
            let clerk = try #require(try await store.users().first { $0.login == "soyte" })

            try await Self.send(app, .POST, "/api/v1/users/\(clerk.id)/deactivation", #"{"reason": "Chuyển công tác"}"#, headers: app.auth(.planner)) { response in
                #expect(response.status == .ok)
                #expect(response.object["active"] as? Bool == false)
            }
            #expect(try await Self.status(app, "/", cookie) == .seeOther, "the clerk's open session ends")
            #expect(try await Self.status(app, "/api/v1/plans", token) == .unauthorized, "the clerk's API token ends")
            try await app.testing().test(.POST, "/login", beforeRequest: { request in
                try request.content.encode(["login": "soyte", "password": People.password], as: .urlEncodedForm)
            }) { #expect($0.status != .seeOther, "a deactivated account does not log in") }
            let change = try await store.changes().first { $0.field == "trạng thái tài khoản" }
            #expect(change?.actor == "bientap")
            #expect(change?.newValue == "đã khóa")
            #expect(change?.reason == "Chuyển công tác")

            // Reopened, it has no session or token back; a reset gives a password that logs in.
            try await Self.send(app, .POST, "/api/v1/users/\(clerk.id)/activation", "{}", headers: app.auth(.planner)) { #expect($0.status == .ok) }
            #expect(try await Self.status(app, "/api/v1/plans", token) == .unauthorized)
            var password = ""
            try await Self.send(app, .POST, "/api/v1/users/\(clerk.id)/password-reset", "{}", headers: app.auth(.planner)) { response in
                #expect(response.status == .ok)
                password = response.object["temporary_password"] as? String ?? ""
            }
            _ = try await SessionTests.logIn(app, login: "soyte", password: password)
        }
    }

    @Test(arguments: Engine.allCases)
    func anotherProvincesPlanningOfficeGetsNothingOfLangSon(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let outsiders = try await AccessTests.outsiderHeaders(app)
            let planner = try #require(outsiders[.planner])
            let store = Store(database: app.db)
            let health = try await store.agencyID(named: "Sở Y tế", provinceID: try await store.provinceID(named: "Lạng Sơn"), create: false)
            let clerk = try #require(try await store.users().first { $0.login == "soyte" })
            try await app.testing().test(.GET, "/api/v1/agencies", headers: planner) { response in
                #expect(response.status == .ok)
                #expect(!response.array.contains { $0["province"] as? String == "Lạng Sơn" }, "Cao Bằng's office lists Cao Bằng's agencies only")
            }
            try await app.testing().test(.GET, "/api/v1/users", headers: planner) { response in
                #expect(!response.array.contains { $0["province"] as? String == "Lạng Sơn" })
            }
            for path in ["/api/v1/agencies?province=L%E1%BA%A1ng%20S%C6%A1n", "/api/v1/users?province=L%E1%BA%A1ng%20S%C6%A1n",
                         "/agencies?province=L%E1%BA%A1ng%20S%C6%A1n", "/users?province=L%E1%BA%A1ng%20S%C6%A1n"] {
                #expect(try await Self.status(app, path, planner) == .forbidden, "\(path)")
            }
            try await Self.send(app, .PATCH, "/api/v1/agencies/\(health)", #"{"name": "Sở Y tế Cao Bằng"}"#, headers: planner) { #expect($0.status == .forbidden) }
            try await Self.send(app, .POST, "/api/v1/users/\(clerk.id)/deactivation", "{}", headers: planner) { #expect($0.status == .forbidden) }
            try await Self.send(app, .POST, "/api/v1/users/\(clerk.id)/password-reset", "{}", headers: planner) { #expect($0.status == .forbidden) }
            try await Self.send(app, .POST, "/api/v1/users", #"{"login": "caobang-lam-ho", "role": "agency_clerk", "province": "Lạng Sơn", "agency": "Sở Y tế"}"#,
                                headers: planner) { #expect($0.status == .forbidden, "no clerk made in another province") }
            #expect(try await store.users().first { $0.login == "soyte" }?.active == true)
            #expect(try await store.agency(health).name == "Sở Y tế")
        }
    }

    @Test(arguments: Engine.allCases)
    func agenciesAreAddedAndRenamedWithTheChangeLogged(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            var id = ""
            try await Self.send(app, .POST, "/api/v1/agencies", #"{"name": "Sở Khoa học và Công nghệ"}"#, headers: app.auth(.planner)) { response in
                #expect(response.status == .created)
                #expect(response.object["province"] as? String == "Lạng Sơn")
                id = response.object["id"] as? String ?? ""
            }
            try await Self.send(app, .POST, "/api/v1/agencies", #"{"name": "sở khoa học  và công nghệ"}"#, headers: app.auth(.planner)) { response in
                #expect(response.status == .badRequest, "the same name, differently typed, is refused")
            }
            try await Self.send(app, .PATCH, "/api/v1/agencies/\(id)", #"{"name": "Sở Khoa học, Công nghệ và Số hóa", "reason": "Sáp nhập"}"#,
                                headers: app.auth(.planner)) { response in
                #expect(response.status == .ok)
                #expect(response.object["name"] as? String == "Sở Khoa học, Công nghệ và Số hóa")
            }
            let change = try await Store(database: app.db).changes().first { $0.field == "tên cơ quan" }
            #expect(change?.oldValue == "Sở Khoa học và Công nghệ")
            #expect(change?.reason == "Sáp nhập")
        }
    }

    @Test func theAccountsPageShowsTheTemporaryPasswordOnce() async throws {
        try await TestApp.with(.sqlite) { app in
            let (cookie, csrf) = try await SessionTests.logIn(app)
            try await app.testing().test(.GET, "/users", headers: cookie) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("id=\"tao-tai-khoan\""))
                #expect(!response.text.contains(">quantri<"), "the planning office lists its clerks, not the admin")
            }
            var password = ""
            try await app.testing().test(.POST, "/users", headers: cookie, beforeRequest: { request in
                request.headers.contentType = .urlEncodedForm
                request.body = ByteBuffer(string: "_csrf=\(csrf)&login=soyte-4&display_name=Tran%20B&email=&role=agency_clerk&province=L%E1%BA%A1ng%20S%C6%A1n&agency=S%E1%BB%9F%20Y%20t%E1%BA%BF")
            }) { response in
                #expect(response.status == .ok)
                let text = response.text
                if let start = text.range(of: "<code id=\"mat-khau-tam\">")?.upperBound, let end = text[start...].range(of: "</code>")?.lowerBound {
                    password = String(text[start..<end])
                }
            }
            #expect(password.count == 16)
            try await app.testing().test(.GET, "/users", headers: cookie) { response in
                #expect(response.text.contains("soyte-4"))
                #expect(!response.text.contains(password), "the password is never shown again")
            }
            for role in [Role.agencyClerk, .approver, .viewer] {
                #expect(try await Self.status(app, "/users", app.auth(role)) == .forbidden, "\(role) has no accounts page")
                #expect(try await Self.status(app, "/agencies", app.auth(role)) == .forbidden, "\(role) has no agencies page")
            }
        }
    }
}
