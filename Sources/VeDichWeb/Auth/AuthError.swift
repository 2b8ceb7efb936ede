import Vapor
import VeDichCore

/// Refusals of who is asking: not logged in (401, or the log-in page for a browser), not allowed
/// (403, saying why), or a form without its CSRF token (403).
enum AuthError: Error, UserFacingError {
    case notLoggedIn
    case invalidToken
    case forbidden(UserMessage)
    case csrf

    var status: HTTPResponseStatus {
        switch self {
        case .notLoggedIn, .invalidToken: .unauthorized
        case .forbidden, .csrf: .forbidden
        }
    }

    var code: String {
        switch self {
        case .notLoggedIn: "not_logged_in"
        case .invalidToken: "invalid_token"
        case .forbidden: "forbidden"
        case .csrf: "csrf_token_invalid"
        }
    }

    var userMessage: UserMessage {
        switch self {
        case .notLoggedIn:
            UserMessage(what: "Chưa đăng nhập", fix: "Đăng nhập tại /login, hoặc gửi khóa API trong tiêu đề Authorization: Bearer …")
        case .invalidToken:
            UserMessage(what: "Khóa API không hợp lệ hoặc đã hết hạn", fix: "Tạo khóa mới bằng lệnh vedich user token TÊN_ĐĂNG_NHẬP")
        case .forbidden(let message):
            message
        case .csrf:
            UserMessage(what: "Biểu mẫu đã hết hạn hoặc không gửi từ VeDich", fix: "Tải lại trang rồi gửi lại")
        }
    }
}
