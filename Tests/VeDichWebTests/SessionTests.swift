import Foundation
import Testing
import Vapor
import VaporTesting
import VeDichCore
@testable import VeDichWeb

/// Logging in from a browser: an HttpOnly session cookie, a CSRF token on every form, log-out and
/// password change that end sessions, and the security headers on every answer.
@Suite(.serialized) struct SessionTests {
    /// Logs in as the planning office and returns the cookie header and the page's CSRF token.
    static func logIn(_ app: Application, login: String = "bientap", password: String = People.password) async throws -> (cookie: HTTPHeaders, csrf: String) {
        var cookie = ""
        try await app.testing().test(.POST, "/login", beforeRequest: { request in
            request.headers.contentType = .urlEncodedForm
            request.body = ByteBuffer(string: "login=\(login)&password=\(password)&next=%2Fimport")
        }) { response in
            #expect(response.status == .seeOther)
            #expect(response.headers.first(name: .location) == "/import")
            let setCookie = response.headers[.setCookie].joined(separator: "; ")
            #expect(setCookie.contains("HttpOnly"))
            #expect(setCookie.contains("SameSite=Lax"))
            cookie = setCookie.split(separator: ";").first.map(String.init) ?? ""
        }
        let headers: HTTPHeaders = ["Cookie": cookie]
        var csrf = ""
        try await app.testing().test(.GET, "/", headers: headers) { response in
            #expect(response.status == .ok)
            csrf = Self.csrf(in: response.text)
        }
        #expect(!csrf.isEmpty)
        return (headers, csrf)
    }

    static func csrf(in page: String) -> String {
        guard let range = page.range(of: #"name="_csrf" value=""#) else { return "" }
        return String(page[range.upperBound...].prefix { $0 != "\"" })
    }

    @Test(arguments: Engine.allCases)
    func formsNeedTheSessionsCSRFToken(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let plan = try await app.planID(2024, 2024)
            try await app.testing().test(.GET, "/plans/\(plan)/table?version=chinh_thuc") { response in
                #expect(response.status == .seeOther)
                #expect(response.headers.first(name: .location) == "/login?next=/plans/\(plan)/table%3Fversion%3Dchinh_thuc")
            }
            try await app.testing().test(.POST, "/login", beforeRequest: { request in
                request.headers.contentType = .urlEncodedForm
                request.body = ByteBuffer(string: "login=bientap&password=sai-mat-khau")
            }) { response in
                #expect(response.status == .unauthorized)
                #expect(response.text.contains("Tên đăng nhập hoặc mật khẩu không đúng"))
                #expect(response.text.contains(#"value="bientap""#))
                #expect(response.headers[.setCookie].isEmpty)
            }
            let (cookie, csrf) = try await Self.logIn(app)
            try await app.testing().test(.GET, "/plans/\(plan)", headers: cookie) { response in
                #expect(response.text.contains("Chuyên viên Sở Tài chính"))
            }
            let form = "version=uoc_ca_nam"
            try await app.testing().test(.POST, "/plans/\(plan)/entry", headers: cookie, beforeRequest: { request in
                request.headers.contentType = .urlEncodedForm
                request.body = ByteBuffer(string: form)
            }) { response in
                #expect(response.status == .forbidden)
                #expect(response.text.contains("Biểu mẫu đã hết hạn hoặc không gửi từ VeDich"))
            }
            try await app.testing().test(.POST, "/plans/\(plan)/entry", headers: cookie, beforeRequest: { request in
                request.headers.contentType = .urlEncodedForm
                request.body = ByteBuffer(string: form + "&_csrf=\(csrf)")
            }) { response in
                #expect(response.status == .seeOther)
            }
            try await app.testing().test(.POST, "/logout", headers: cookie, beforeRequest: { request in
                request.headers.contentType = .urlEncodedForm
                request.body = ByteBuffer(string: "_csrf=\(csrf)")
            }) { response in
                #expect(response.headers.first(name: .location) == "/login")
                #expect(response.headers[.setCookie].joined().contains("Max-Age=0"))
            }
            try await app.testing().test(.GET, "/plans/\(plan)", headers: cookie) { response in
                #expect(response.status == .seeOther, "the old cookie no longer logs in")
            }
        }
    }

    @Test func aNewPasswordEndsTheOtherSessions() async throws {
        try await TestApp.with(.sqlite) { app in
            let first = try await Self.logIn(app)
            let second = try await Self.logIn(app)
            try await app.testing().test(.POST, "/account/password", headers: second.cookie, beforeRequest: { request in
                request.headers.contentType = .urlEncodedForm
                request.body = ByteBuffer(string: "_csrf=\(second.csrf)&current=\(People.password)&new=ngan&repeated=ngan")
            }) { response in
                #expect(response.status == .badRequest)
                #expect(response.text.contains("Mật khẩu mới cần từ 10 đến 200 ký tự"))
            }
            try await app.testing().test(.POST, "/account/password", headers: second.cookie, beforeRequest: { request in
                request.headers.contentType = .urlEncodedForm
                request.body = ByteBuffer(string: "_csrf=\(second.csrf)&current=\(People.password)&new=mot-mat-khau-moi&repeated=mot-mat-khau-moi")
            }) { response in
                #expect(response.status == .seeOther)
            }
            try await app.testing().test(.GET, "/", headers: first.cookie) { #expect($0.status == .seeOther) }
            _ = try await Self.logIn(app, password: "mot-mat-khau-moi")
        }
    }

    @Test func everyAnswerCarriesTheSecurityHeaders() async throws {
        try await TestApp.with(.sqlite, seeded: false) { app in
            for (path, headers) in [("/login", HTTPHeaders()), ("/api/v1/plans", HTTPHeaders()), ("/api/v1/plans", app.auth(.admin)),
                                    ("/plans/\(UUID().uuidString)", app.auth(.admin))] {
                try await app.testing().test(.GET, path, headers: headers) { response in
                    #expect(response.headers.first(name: "Content-Security-Policy")?.contains("frame-ancestors 'none'") == true, "\(path)")
                    #expect(response.headers.first(name: "Content-Security-Policy")?.contains("unsafe-inline") == false, "\(path)")
                    #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff", "\(path)")
                    #expect(!response.text.contains("Fluent") && !response.text.contains("SELECT"), "\(path)")
                }
            }
            try await app.testing().test(.GET, "/api/v1/plans", headers: ["Authorization": "Bearer khong-hop-le"]) { response in
                #expect(response.status == .unauthorized)
                #expect(response.object["code"] as? String == "invalid_token")
            }
        }
    }
}
