import Vapor
import VeDichCore

/// How large a request body may be, by route: small everywhere, large only where a report file
/// is uploaded. A body over its route's limit is refused with a 413 before it is read, when it
/// announces its length, so that posting megabytes to `/login` costs the server nothing.
struct BodyLimit: AsyncMiddleware {
    /// A log-in form is a name and a password.
    static let login: ByteCount = "16kb"
    /// Every other form and JSON body: the longest is a report section (100.000 characters,
    /// Vietnamese, URL-encoded: under 1 MB).
    static let form: ByteCount = "1mb"
    /// A report file (TXT or DOCX).
    static let upload: ByteCount = "16mb"
    /// A province's exchange packet (QCVN 125): every revision of every value, about 400 bytes
    /// each; a province of 100 000 revisions sends about 40 MB.
    static let exchange: ByteCount = "64mb"

    static let routeKey = "vedich.bodyLimit"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let length = request.headers.first(name: .contentLength).flatMap(Int.init), length > request.bodyLimit {
            throw Self.tooLarge(request)
        }
        return try await next.respond(to: request)
    }

    static func tooLarge(_ request: Request) -> APIError {
        APIError(status: .payloadTooLarge, code: "payload_too_large", userMessage: UserMessage(
            what: "Dữ liệu gửi lên quá lớn cho địa chỉ \(request.url.path)",
            fix: "Gửi không quá \(describe(request.bodyLimit)); tệp báo cáo tải lên tại /import, tối đa \(describe(upload.value))"))
    }

    static func describe(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MB" : "\(bytes >> 10) KB"
    }
}

extension Request {
    /// The most this request's route reads of a body (`BodyLimit.form` unless the route says more or less).
    var bodyLimit: Int {
        route?.userInfo[BodyLimit.routeKey] as? Int ?? application.routes.defaultMaxBodySize.value
    }
}

extension RoutesBuilder {
    /// A POST route whose body may be `limit` large: collected up to it, and known to the
    /// middleware that reads bodies before the route does (`Authentication`, for the CSRF field).
    @discardableResult
    func post<Answer: AsyncResponseEncodable & VaporSendableMetatype>(_ path: PathComponent..., bodyLimit limit: ByteCount,
                                              use closure: @Sendable @escaping (Request) async throws -> Answer) -> Route {
        let route = on(.POST, path, body: .collect(maxSize: limit), use: closure)
        route.userInfo[BodyLimit.routeKey] = limit.value
        return route
    }
}
