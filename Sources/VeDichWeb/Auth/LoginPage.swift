import Vapor
import VeDichCore
import VeDichStore

/// Log-in, log-out and changing one's password.
struct LoginPage: RouteCollection {
    /// Sessions last a working week; a new log-in makes a new one.
    static let sessionLifetime: TimeInterval = 5 * 24 * 3600

    func boot(routes: any RoutesBuilder) throws {
        routes.get("login", use: form)
        routes.post("login", bodyLimit: BodyLimit.login, use: login)
        routes.post("logout", use: logout)
        let people = routes.grouped(RequireLogin())
        people.get("account", use: account)
        people.post("account", "password", use: changePassword)
    }

    struct Credentials: Content {
        var login: String
        var password: String
        var next: String?
    }

    @Sendable func form(req: Request) async throws -> Response {
        Self.loginPage(req, login: "", next: Self.safeNext(req.query[String.self, at: "next"]), alert: nil)
    }

    @Sendable func login(req: Request) async throws -> Response {
        let form = try req.content.decode(Credentials.self)
        let next = Self.safeNext(form.next)
        let throttle = req.application.loginThrottle
        let address = req.clientAddress
        let shownLogin = String(form.login.prefix(100))
        if let wait = await throttle.wait(login: form.login, from: address) {
            let response = Self.loginPage(req, login: shownLogin, next: next, alert: "Đã nhập sai mật khẩu nhiều lần. "
                + "Vui lòng chờ \(LoginThrottle.describe(wait)) rồi đăng nhập lại; nếu quên mật khẩu, nhờ quản trị hệ thống đặt lại.",
                status: .tooManyRequests)
            response.headers.replaceOrAdd(name: .retryAfter, value: String(Int(wait.rounded(.up))))
            return response
        }
        guard form.login.count <= 100, form.password.count <= 200,
              let account = try await PasswordCheck.account(req, login: form.login, password: form.password) else {
            await throttle.failed(login: form.login, from: address)
            return Self.loginPage(req, login: shownLogin, next: next,
                                  alert: "Tên đăng nhập hoặc mật khẩu không đúng. Kiểm tra lại (mật khẩu phân biệt chữ hoa, chữ thường).",
                                  status: .unauthorized)
        }
        await throttle.succeeded(login: form.login)
        return try await Self.startSession(req, userID: account.user.id, then: next)
    }

    @Sendable func logout(req: Request) async throws -> Response {
        if let cookie = req.cookies[Authentication.cookieName]?.string {
            try await req.store.removeToken(hash: Tokens.hash(cookie))
        }
        let response = req.redirect(to: "/login", redirectType: .normal)
        response.cookies[Authentication.cookieName] = Self.cookie(req, "", maxAge: 0)
        return response
    }

    struct PasswordChange: Content {
        var current: String
        var new: String
        var repeated: String
    }

    @Sendable func account(req: Request) async throws -> Response {
        Self.accountPage(req, notice: req.query[String.self, at: "changed"] == nil ? nil : "Đã đổi mật khẩu. Các phiên đăng nhập khác đã kết thúc.", alert: nil)
    }

    @Sendable func changePassword(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let form = try req.content.decode(PasswordChange.self)
        guard let account = try await req.store.credentials(login: principal.login),
              form.current.count <= 200,
              try await req.password.async.verify(form.current, created: account.passwordHash).get() else {
            return Self.accountPage(req, notice: nil, alert: "Mật khẩu hiện tại không đúng.", status: .badRequest)
        }
        guard form.new.count >= 10, form.new.count <= 200 else {
            return Self.accountPage(req, notice: nil, alert: "Mật khẩu mới cần từ 10 đến 200 ký tự.", status: .badRequest)
        }
        guard form.new == form.repeated else {
            return Self.accountPage(req, notice: nil, alert: "Hai lần nhập mật khẩu mới không giống nhau.", status: .badRequest)
        }
        let hash = try await req.password.async.hash(form.new).get()
        try await req.store.setPasswordHash(userID: principal.userID, hash, actor: principal.login)
        // This session was ended with the others; start a fresh one for the person who changed it.
        return try await Self.startSession(req, userID: principal.userID, then: "/account?changed=1")
    }

    /// A new session with its own CSRF token, its cookie set on the redirect to `next`.
    static func startSession(_ req: Request, userID: UUID, then next: String) async throws -> Response {
        let secret = Tokens.make()
        try await req.store.addToken(userID: userID, kind: .session, hash: Tokens.hash(secret),
                                     csrfToken: Tokens.make(), expiresAt: Date().addingTimeInterval(sessionLifetime))
        let response = req.redirect(to: next, redirectType: .normal)
        response.cookies[Authentication.cookieName] = cookie(req, secret, maxAge: Int(sessionLifetime))
        return response
    }

    /// The session cookie: HttpOnly, SameSite=Lax, Secure behind TLS; maxAge 0 clears it.
    static func cookie(_ req: Request, _ value: String, maxAge: Int) -> HTTPCookies.Value {
        HTTPCookies.Value(string: value, expires: maxAge == 0 ? Date(timeIntervalSince1970: 0) : nil, maxAge: maxAge, path: "/",
                          isSecure: isSecure(req), isHTTPOnly: true, sameSite: .lax)
    }

    /// Only a path of this site, else "/": it starts with one "/" and holds no "//", no backslash
    /// and no control character. Browsers drop tabs and line breaks from an address and read a
    /// backslash as "/", so `/<TAB>/evil.example` or `/\evil.example` would take the person elsewhere.
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.contains("//"), !next.contains("\\"), next.utf8.count <= 500,
              !next.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return "/" }
        return next
    }

    /// Behind a TLS proxy the cookie is marked Secure.
    static func isSecure(_ req: Request) -> Bool {
        req.headers.first(name: "X-Forwarded-Proto")?.lowercased() == "https" || req.application.http.server.configuration.tlsConfiguration != nil
    }

    static func loginPage(_ req: Request, login: String, next: String, alert: String?, status: HTTPResponseStatus = .ok) -> Response {
        let response = Layout.page(req, "Đăng nhập") {
            el("h1") { "Đăng nhập" }
            if let alert { el("p", ["class": "alert", "role": "alert"]) { alert } }
            el("form", ["method": "post", "action": "/login", "class": "login"]) {
                el("input", ["type": "hidden", "name": "next", "value": next])
                el("p") {
                    el("label", ["for": "login"]) { "Tên đăng nhập" }
                    el("br")
                    el("input", ["type": "text", "id": "login", "name": "login", "value": login, "autocomplete": "username",
                                 "required": "required", "maxlength": "100"])
                }
                el("p") {
                    el("label", ["for": "password"]) { "Mật khẩu" }
                    el("br")
                    el("input", ["type": "password", "id": "password", "name": "password", "autocomplete": "current-password",
                                 "required": "required", "maxlength": "200"])
                }
                el("p") { el("button", ["type": "submit"]) { "Đăng nhập" } }
            }
        }
        response.status = status
        return response
    }

    static func accountPage(_ req: Request, notice: String?, alert: String?, status: HTTPResponseStatus = .ok) -> Response {
        let principal = req.principal
        let response = Layout.page(req, "Tài khoản") {
            el("h1") { "Tài khoản \(principal?.login ?? "")" }
            el("p") { "\(principal?.displayName ?? "") — \(principal?.role.label ?? "")" }
            if let notice { el("p", ["class": "notice", "role": "status"]) { notice } }
            if let alert { el("p", ["class": "alert", "role": "alert"]) { alert } }
            el("h2") { "Đổi mật khẩu" }
            el("form", ["method": "post", "action": "/account/password"]) {
                Layout.csrfField(req)
                for (name, label, complete) in [("current", "Mật khẩu hiện tại", "current-password"),
                                                ("new", "Mật khẩu mới (từ 10 ký tự)", "new-password"),
                                                ("repeated", "Nhập lại mật khẩu mới", "new-password")] {
                    el("p") {
                        el("label", ["for": name]) { label }
                        el("br")
                        el("input", ["type": "password", "id": name, "name": name, "autocomplete": complete, "required": "required", "maxlength": "200"])
                    }
                }
                el("p") { el("button", ["type": "submit"]) { "Đổi mật khẩu" } }
            }
        }
        response.status = status
        return response
    }
}
