import Foundation
import Testing
import Vapor
import VaporTesting
import VeDichCore
@testable import VeDichStore
@testable import VeDichWeb

/// Who asks is remembered for a moment, never past a change: a log-out or a new password made
/// through the server counts at once; a token removed elsewhere (the `vedich user` command,
/// another server) is refused once the cache's lifetime has passed.
@Suite(.serialized) struct PrincipalCacheTests {
    static func queries(_ app: Application, _ headers: HTTPHeaders) async throws -> Int {
        var count = -1
        try await app.testing().test(.GET, "/styles.css", headers: headers) { response in
            count = Int(response.headers.first(name: "X-VeDich-Queries") ?? "") ?? -1
        }
        return count
    }

    static func status(_ app: Application, _ path: String, _ headers: HTTPHeaders) async throws -> HTTPStatus {
        var status = HTTPStatus.internalServerError
        try await app.testing().test(.GET, path, headers: headers) { status = $0.status }
        return status
    }

    @Test(arguments: Engine.allCases)
    func aRememberedCallerCostsNoQueryAndALogOutCountsAtOnce(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            app.principalCache.lifetime = 60
            let (cookie, csrf) = try await SessionTests.logIn(app)
            app.principalCache.removeAll()
            let looked = try await Self.queries(app, cookie), remembered = try await Self.queries(app, cookie)
            #expect(looked >= 1 && remembered == looked - 1, "the second request finds who asks without a query (\(looked) then \(remembered))")
            try await app.testing().test(.POST, "/logout", headers: cookie, beforeRequest: { request in
                request.headers.contentType = .urlEncodedForm
                request.body = ByteBuffer(string: "_csrf=\(csrf)")
            }) { #expect($0.status == .seeOther) }
            #expect(try await Self.status(app, "/", cookie) == .seeOther, "the logged-out cookie is refused at once")
        }
    }

    @Test(arguments: Engine.allCases)
    func aNewPasswordEndsTheOtherRememberedSessionsAtOnce(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            app.principalCache.lifetime = 60
            let first = try await SessionTests.logIn(app), second = try await SessionTests.logIn(app)
            #expect(try await Self.status(app, "/", first.cookie) == .ok)
            try await app.testing().test(.POST, "/account/password", headers: second.cookie, beforeRequest: { request in
                request.headers.contentType = .urlEncodedForm
                request.body = ByteBuffer(string: "_csrf=\(second.csrf)&current=\(People.password)&new=mot-mat-khau-moi&repeated=mot-mat-khau-moi")
            }) { #expect($0.status == .seeOther) }
            #expect(try await Self.status(app, "/", first.cookie) == .seeOther, "the other session ends with the new password")
        }
    }

    @Test(arguments: Engine.allCases)
    func aTokenRemovedByAnotherProcessIsRefusedOnceTheLifetimeHasPassed(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            app.principalCache.lifetime = 0.2
            let (cookie, _) = try await SessionTests.logIn(app)
            #expect(try await Self.status(app, "/", cookie) == .ok)
            let secret = try #require(cookie.first(name: "Cookie")?.split(separator: "=", maxSplits: 1).last.map(String.init))
            // As `vedich user` or another server would: straight in the database, this server not told.
            try await Store(database: app.db).removeToken(hash: Tokens.hash(secret))
            try await Task.sleep(for: .milliseconds(300))
            #expect(try await Self.status(app, "/", cookie) == .seeOther)
        }
    }

    @Test func aTokenIsNotRememberedPastItsOwnExpiry() {
        let cache = PrincipalCache(lifetime: 60)
        let now = Date()
        let principal = Principal(userID: UUID(), login: "so-y-te", displayName: "Sở Y tế", role: .agencyClerk, provinceID: nil,
                                  agencyID: nil, csrfToken: nil, tokenKind: .api, expiresAt: now.addingTimeInterval(5))
        cache.remember(principal, tokenHash: "h", readAt: cache.currentEpoch, now: now)
        #expect(cache.principal(tokenHash: "h", kind: .api, now: now.addingTimeInterval(4)) == principal)
        #expect(cache.principal(tokenHash: "h", kind: .api, now: now.addingTimeInterval(6)) == nil, "the token expired after 5 s")
        #expect(cache.principal(tokenHash: "h", kind: .session, now: now) == nil, "an API token is not a session")
    }

    @Test func aLookupThatRacedAChangeIsNotRemembered() {
        let cache = PrincipalCache(lifetime: 60)
        let principal = Principal(userID: UUID(), login: "bientap", displayName: "Chuyên viên", role: .planner, provinceID: nil,
                                  agencyID: nil, csrfToken: "c", tokenKind: .session)
        let epoch = cache.currentEpoch
        cache.removeAll()
        cache.remember(principal, tokenHash: "h", readAt: epoch)
        #expect(cache.principal(tokenHash: "h", kind: .session) == nil, "read before the change, it may be stale")
    }
}
