import Foundation
import NIOConcurrencyHelpers
import Testing
import Vapor
import VaporTesting
import VeDichCore
import VeDichStore
@testable import VeDichWeb

/// Log-in as an attacker would try it (issue 12, item 3): redirects only to this site, the same
/// time for known and unknown names, a wait after repeated wrong passwords, small bodies, and no
/// cached private pages.
@Suite(.serialized) struct LoginHardeningTests {
    /// A clock the back-off test moves by hand.
    final class Clock: Sendable {
        private let time = NIOLockedValueBox(Date(timeIntervalSince1970: 1_800_000_000))
        var now: Date { time.withLockedValue { $0 } }
        func advance(_ seconds: TimeInterval) { time.withLockedValue { $0 += seconds } }
    }

    static func logIn(_ app: Application, _ login: String, _ password: String, next: String = "/import",
                      _ check: (TestingHTTPResponse) throws -> Void) async throws {
        let form = "login=\(login)&password=\(password)&next=" + (next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
        try await app.testing().test(.POST, "/login", beforeRequest: { request in
            request.headers.contentType = .urlEncodedForm
            request.body = ByteBuffer(string: form)
        }, afterResponse: check)
    }

    @Test(arguments: ["/\t/evil.example", "//evil.example", "/\\evil.example", "/\\/evil.example", "/\n/evil.example",
                      "https://evil.example", "evil.example", "/plans//x", "/\u{7F}/evil.example"])
    func aNextThatLeavesTheSiteGoesHome(_ next: String) async throws {
        #expect(LoginPage.safeNext(next) == "/", "\(next.debugDescription)")
        try await TestApp.with(.sqlite, seeded: false) { app in
            try await Self.logIn(app, "quantri", People.password, next: next) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers.first(name: .location) == "/", "next=\(next.debugDescription)")
            }
        }
    }

    @Test func aNextOnThisSiteIsFollowed() throws {
        for next in ["/", "/import", "/plans/5E3C/table?version=chinh_thuc", "/plans/5E3C?version=uoc_ca_nam&x=%2F%2F"] {
            #expect(LoginPage.safeNext(next) == next, "\(next)")
        }
    }

    @Test func theLogInFormKeepsOnlyALocalNext() async throws {
        try await TestApp.with(.sqlite, seeded: false) { app in
            try await app.testing().test(.GET, "/login?next=/%09/evil.example") { response in
                #expect(response.text.contains(#"name="next" value="/""#))
            }
        }
    }

    /// bcrypt at cost 8 (a few ms): without the stand-in hash an unknown name answers without
    /// any bcrypt work, several times faster than a known one.
    @Test func anUnknownNameTakesAsLongAsAKnownOne() async throws {
        try await TestApp.with(.sqlite, seeded: false) { app in
            app.passwords.use(.bcrypt(cost: 8))
            app.loginThrottle = LoginThrottle(account: .init(freeFailures: 1000, firstWait: 1, longestWait: 1),
                                              address: .init(freeFailures: 1000, firstWait: 1, longestWait: 1))
            let store = Store(database: app.db)
            let known = try #require(try await store.credentials(login: "quantri"))
            try await store.setPasswordHash(userID: known.user.id, try app.password.hash(People.password), actor: "test")

            func time(_ login: String) async throws -> Double {
                let start = ContinuousClock.now
                try await Self.logIn(app, login, "sai-mat-khau") { #expect($0.status == .unauthorized) }
                let elapsed = ContinuousClock.now - start
                return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            }
            // Warm up: the first unknown name makes the stand-in hash.
            _ = try await time("khong-co-ai")
            _ = try await time("quantri")
            // Interleaved, and the fastest of each: the least the server can do for that name. A busy
            // machine (other suites, CI) only ever adds time, so the minimum compares the work itself.
            var unknownTimes: [Double] = [], knownTimes: [Double] = []
            for _ in 0..<9 {
                unknownTimes.append(try await time("khong-co-ai"))
                knownTimes.append(try await time("quantri"))
            }
            let unknown = unknownTimes.min()!, knownTime = knownTimes.min()!
            let ratio = max(unknown, knownTime) / min(unknown, knownTime)
            #expect(ratio < 2, "known \(knownTime * 1000) ms, unknown \(unknown * 1000) ms: ratio \(ratio)")
        }
    }

    @Test func fiveWrongPasswordsMakeTheAccountWait() async throws {
        try await TestApp.with(.sqlite, seeded: false) { app in
            let clock = Clock()
            app.loginThrottle = LoginThrottle(now: { clock.now })
            for attempt in 1...5 {
                try await Self.logIn(app, "quantri", "sai-mat-khau") { #expect($0.status == .unauthorized, "attempt \(attempt)") }
            }
            try await Self.logIn(app, "quantri", People.password) { response in
                #expect(response.status == .tooManyRequests, "even the right password waits")
                #expect(response.text.contains("Vui lòng chờ 15 giây"))
                #expect(response.headers.first(name: .retryAfter) == "15")
                #expect(response.headers[.setCookie].isEmpty)
            }
            clock.advance(10)
            try await Self.logIn(app, "quantri", People.password) { response in
                #expect(response.text.contains("Vui lòng chờ 5 giây"))
            }
            clock.advance(6)
            try await Self.logIn(app, "quantri", "sai-mat-khau") { #expect($0.status == .unauthorized) }
            try await Self.logIn(app, "quantri", People.password) { response in
                #expect(response.status == .tooManyRequests, "a sixth failure doubles the wait")
                #expect(response.text.contains("Vui lòng chờ 30 giây"))
            }
            clock.advance(31)
            try await Self.logIn(app, "quantri", People.password) { #expect($0.status == .seeOther) }
            try await Self.logIn(app, "quantri", "sai-mat-khau") { #expect($0.status == .unauthorized, "success forgets the failures") }
            try await Self.logIn(app, "quantri", People.password) { #expect($0.status == .seeOther) }
        }
    }

    @Test func manyWrongPasswordsFromOneAddressMakeItWait() async throws {
        try await TestApp.with(.sqlite, seeded: false) { app in
            let clock = Clock()
            app.loginThrottle = LoginThrottle(address: .init(freeFailures: 3, firstWait: 60, longestWait: 300), now: { clock.now })
            for name in ["an", "binh", "cuong"] {
                try await Self.logIn(app, name, "sai-mat-khau") { #expect($0.status == .unauthorized, "\(name)") }
            }
            try await Self.logIn(app, "quantri", People.password) { response in
                #expect(response.status == .tooManyRequests, "a fourth name from the same address")
                #expect(response.text.contains("Vui lòng chờ 1 phút"))
            }
            clock.advance(61)
            try await Self.logIn(app, "quantri", People.password) { #expect($0.status == .seeOther) }
        }
    }

    @Test func theWaitIsSaidInSecondsAndMinutes() {
        #expect(LoginThrottle.describe(0.2) == "1 giây")
        #expect(LoginThrottle.describe(45) == "45 giây")
        #expect(LoginThrottle.describe(120) == "2 phút")
        #expect(LoginThrottle.describe(270) == "4 phút 30 giây")
        #expect(LoginThrottle.perAccount.wait(after: 4) == nil)
        #expect(LoginThrottle.perAccount.wait(after: 5) == 15)
        #expect(LoginThrottle.perAccount.wait(after: 40) == 300, "never more than five minutes")
    }

    @Test(arguments: Engine.allCases)
    func largeBodiesAreRefusedWith413(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let plan = try await app.planID(2024, 2024)
            try await app.testing().test(.POST, "/login", beforeRequest: { request in
                request.headers.contentType = .urlEncodedForm
                request.body = ByteBuffer(string: "login=bientap&password=" + String(repeating: "a", count: 20_000))
            }) { response in
                #expect(response.status == .payloadTooLarge)
                #expect(response.text.contains("Dữ liệu gửi lên quá lớn cho địa chỉ /login"))
                #expect(response.text.contains("16 KB"))
            }
            let (cookie, csrf) = try await SessionTests.logIn(app)
            try await app.testing().test(.POST, "/plans/\(plan)/entry", headers: cookie, beforeRequest: { request in
                request.headers.contentType = .urlEncodedForm
                request.body = ByteBuffer(string: "_csrf=\(csrf)&version=uoc_ca_nam&x=" + String(repeating: "a", count: 2 << 20))
            }) { response in
                #expect(response.status == .payloadTooLarge, "a form of 2 MB")
                #expect(response.text.contains("1 MB"))
            }
            try await app.testing().test(.PUT, "/api/v1/plans/\(plan)/sections/tong-quan", headers: app.auth(), beforeRequest: { request in
                request.headers.contentType = .json
                request.body = ByteBuffer(string: #"{"text": ""# + String(repeating: "a", count: 2 << 20) + #""}"#)
            }) { response in
                #expect(response.status == .payloadTooLarge, "JSON of 2 MB")
                #expect(response.object["code"] as? String == "payload_too_large")
            }
        }
    }

    @Test func privateAnswersAreNeverCached() async throws {
        try await TestApp.with(.sqlite) { app in
            let plan = try await app.planID(2024, 2024)
            let (cookie, _) = try await SessionTests.logIn(app)
            for (path, headers) in [("/plans/\(plan)", cookie), ("/api/v1/plans", app.auth()), ("/api/v1/plans/\(plan)/evaluation.csv", app.auth()),
                                    ("/plans/\(UUID().uuidString)", cookie)] {
                try await app.testing().test(.GET, path, headers: headers) { response in
                    #expect(response.headers.first(name: .cacheControl) == "no-store", "\(path)")
                }
            }
            try await Self.logIn(app, "bientap", People.password) { response in
                #expect(response.headers.first(name: .cacheControl) == "no-store", "the answer that sets the session cookie")
            }
            try await app.testing().test(.GET, "/api/v1/health") { response in
                #expect(response.headers.first(name: .cacheControl) == nil, "a public answer")
            }
        }
    }
}
