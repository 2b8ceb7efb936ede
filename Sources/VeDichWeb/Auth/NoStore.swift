import Vapor

/// Answers for a logged-in person (and those that set the session cookie) are never kept by a
/// browser or proxy cache: on a shared office computer, Back after log-out must not show them.
struct NoStore: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        if request.principal != nil || response.headers.contains(name: .setCookie) {
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        }
        return response
    }
}
