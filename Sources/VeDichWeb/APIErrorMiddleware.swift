import Vapor
import VeDichCore
import VeDichStore

/// Every error leaves as JSON `{code, message, fix}` in Vietnamese, never a stack trace or SQL.
struct APIErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            guard !request.url.path.hasPrefix("/api/") else { return Self.response(for: error, request: request) }
            return Self.page(for: error, request: request)
        }
    }

    /// A person in a browser: the log-in page when not logged in, else the message as a page.
    static func page(for error: any Error, request: Request) -> Response {
        if case AuthError.notLoggedIn = error, request.method == .GET {
            let next = request.url.path + (request.url.query.map { "?" + $0 } ?? "")
            let encoded = next.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=?+"))) ?? "/"
            return request.redirect(to: "/login?next=\(encoded)", redirectType: .normal)
        }
        let (status, body) = describe(error, request: request)
        let response = Layout.page(request, "Lỗi \(status.code)") {
            el("h1") { body.message }
            el("p", ["class": "alert", "role": "alert"]) { body.fix + "." }
            if case AuthError.notLoggedIn = error { el("p") { el("a", ["href": "/login"]) { "Đăng nhập" } } }
            el("p") { el("a", ["href": "/"]) { "Về trang các kế hoạch" } }
        }
        response.status = status
        retryLater(response)
        return response
    }

    static func response(for error: any Error, request: Request) -> Response {
        let (status, body) = describe(error, request: request)
        let response = Response(status: status)
        try? response.content.encode(body, as: .json)
        retryLater(response)
        return response
    }

    /// A busy database is a moment's wait, not a failure: say when to ask again.
    static func retryLater(_ response: Response) {
        guard response.status == .serviceUnavailable else { return }
        response.headers.replaceOrAdd(name: .retryAfter, value: "2")
    }

    static func describe(_ error: any Error, request: Request) -> (HTTPResponseStatus, APIErrorBody) {
        switch error {
        case let error where DatabaseBusyError.isBusy(error):
            request.logger.warning("database busy: \(String(reflecting: error))")
            return (.serviceUnavailable, APIErrorBody(code: "database_busy", DatabaseBusyError(cause: "").userMessage))
        case let error as StoreError:
            let status: HTTPResponseStatus = switch error {
            case .planNotFound, .indicatorNotFound, .agencyNotInPlan: .notFound
            case .staleRevision: .conflict
            case .conflictingIndicator: .conflict
            case .indicatorNotInPlan, .invalidValue, .unreadableReport, .invalidAccount, .workflow: .badRequest
            case .locked: .conflict
            case .nothingToWithdraw: .conflict
            case .reasonRequired: .badRequest
            case .invalidCatalogue: .badRequest
            case .staleCatalogue, .indicatorRetired: .conflict
            case .agencyNotFound, .accountNotFound: .notFound
            // Not refused for good: the same request with the confirmation goes through.
            case .missingValues: .unprocessableEntity
            }
            var body = APIErrorBody(code: error.code, error.userMessage)
            if case .missingValues(_, let missing) = error { body.missing = missing }
            return (status, body)
        case let error as PlanAuthoringError:
            return (error.kind == .conflict ? .conflict : .unprocessableEntity, APIErrorBody(code: error.code, error.userMessage))
        case let error as APIError:
            return (error.status, APIErrorBody(code: error.code, error.userMessage))
        case let error as AuthError:
            return (error.status, APIErrorBody(code: error.code, error.userMessage))
        case let error as ExchangeError:
            let status: HTTPResponseStatus = switch error {
            case .conflicts: .conflict
            case .provinceNotFound: .notFound
            default: .badRequest
            }
            return (status, APIErrorBody(code: "exchange_refused", error.userMessage))
        case let error as any UserFacingError:
            return (.badRequest, APIErrorBody(code: "invalid_input", error.userMessage))
        case is DecodingError:
            return (.badRequest, APIErrorBody(code: "invalid_json", UserMessage(
                what: "Dữ liệu JSON gửi lên thiếu trường hoặc sai kiểu", fix: "Gửi đúng các trường mô tả trong /api/openapi.json")))
        case let abort as any AbortError where abort.status == .notFound:
            return (.notFound, APIErrorBody(code: "not_found", UserMessage(
                what: "Không có địa chỉ \(request.url.path)", fix: "Xem các địa chỉ của API tại /api/openapi.json")))
        case let abort as any AbortError where abort.status == .payloadTooLarge:
            let tooLarge = BodyLimit.tooLarge(request)
            return (.payloadTooLarge, APIErrorBody(code: tooLarge.code, tooLarge.userMessage))
        case let abort as any AbortError where abort.status.code < 500:
            return (abort.status, APIErrorBody(code: "bad_request", UserMessage(
                what: "Yêu cầu không hợp lệ (\(abort.status.code))", fix: "Kiểm tra dữ liệu gửi lên theo /api/openapi.json")))
        default:
            request.logger.report(error: error)
            return (.internalServerError, APIErrorBody(code: "internal_error", UserMessage(
                what: "Máy chủ gặp lỗi khi xử lý yêu cầu", fix: "Thử lại; nếu vẫn lỗi, báo cho quản trị hệ thống kèm thời điểm")))
        }
    }
}

/// `{ "code": "stale_revision", "message": "…", "fix": "…", "current": {…} }`.
struct APIErrorBody: Content {
    var code: String
    var message: String
    var fix: String
    var current: ObservationInfo?
    /// With `missing_values`: the lines still without a value.
    var missing: [MissingValue]?
    /// With `implausible_value`: the warnings to confirm.
    var warnings: [String]?

    init(code: String, _ message: UserMessage, current: ObservationInfo? = nil) {
        self.code = code
        self.message = message.what
        self.fix = message.fix
        self.current = current
    }
}

/// Refusals that belong to the HTTP layer (a query parameter, an expired preview).
struct APIError: Error, UserFacingError {
    var status: HTTPResponseStatus
    var code: String
    var userMessage: UserMessage
}
