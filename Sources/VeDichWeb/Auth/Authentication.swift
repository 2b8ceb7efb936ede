import Vapor
import VeDichStore

/// Finds who is asking: a bearer token (API clients) or the session cookie (browsers), one query,
/// or none while the token's principal is remembered (`PrincipalCache`: every unsafe request
/// empties it when it ends, so a log-out or any change made through this server counts at once).
/// A browser's unsafe request must also carry the session's CSRF token, as the `_csrf` form field
/// or the `X-CSRF-Token` header: a page of another site can make the browser send the cookie,
/// never the token.
struct Authentication: AsyncMiddleware {
    static let cookieName = "vedich_session"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let principals = request.application.principalCache
        let safe = [.GET, .HEAD, .OPTIONS].contains(request.method)
        guard !safe else { return try await authenticated(request, chainingTo: next) }
        // Whatever this request changed (a log-out, a password, a role), the next one reads afresh.
        do {
            let response = try await authenticated(request, chainingTo: next)
            principals.removeAll()
            return response
        } catch {
            principals.removeAll()
            throw error
        }
    }

    private func principal(tokenHash: String, kind: TokenKind, on request: Request) async throws -> Principal? {
        let principals = request.application.principalCache
        if let remembered = principals.principal(tokenHash: tokenHash, kind: kind) { return remembered }
        let epoch = principals.currentEpoch
        guard let principal = try await request.store.principal(tokenHash: tokenHash, kind: kind) else { return nil }
        principals.remember(principal, tokenHash: tokenHash, readAt: epoch)
        return principal
    }

    private func authenticated(_ request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let bearer = request.headers.bearerAuthorization {
            guard let principal = try await principal(tokenHash: Tokens.hash(bearer.token), kind: .api, on: request) else {
                throw AuthError.invalidToken
            }
            request.principal = principal
        } else if let cookie = request.cookies[Self.cookieName]?.string, !cookie.isEmpty {
            request.principal = try await principal(tokenHash: Tokens.hash(cookie), kind: .session, on: request)
        }
        if ![.GET, .HEAD, .OPTIONS].contains(request.method), let principal = request.principal, principal.tokenKind == .session {
            var sent = request.headers.first(name: "X-CSRF-Token")
            if sent == nil {
                // Read here for the CSRF field before the route would: up to the route's own limit.
                do {
                    _ = try await request.body.collect(max: request.bodyLimit).get()
                } catch let error as any AbortError where error.status == .payloadTooLarge {
                    throw BodyLimit.tooLarge(request)
                }
                sent = try? request.content.get(String.self, at: "_csrf")
            }
            guard Tokens.same(sent, principal.csrfToken) else { throw AuthError.csrf }
        }
        return try await next.respond(to: request)
    }
}

/// Lets only logged-in people through.
/// Not an `AsyncMiddleware`: each of those runs in a task of its own, and this one has nothing to
/// wait for (a tenth of serving a kept page went to the task and the hops to and from it).
struct RequireLogin: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard request.principal != nil else { return request.eventLoop.makeFailedFuture(AuthError.notLoggedIn) }
        return next.respond(to: request)
    }
}
