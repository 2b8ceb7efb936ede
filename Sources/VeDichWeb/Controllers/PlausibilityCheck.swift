import Vapor
import VeDichCore
import VeDichStore

/// Plausibility on entry, for the API and the entry page alike: a value with warnings is not
/// refused; the person sees them and confirms, and the confirmed warnings are kept with it.
enum PlausibilityCheck {
    /// The warnings for a typed value: none when it does not read as a figure (saving refuses it
    /// with its own message) or when it repeats the value already there (nothing new to check).
    static func warnings(_ req: Request, indicatorID: UUID, period: Period, text: String, current: String?) async throws -> [String] {
        guard text != current, let figure = try? Figure.parse(text) else { return [] }
        return try await req.store.plausibilityWarnings(indicatorID: indicatorID, period: period, figure: figure).map(\.message)
    }

    /// 422 `implausible_value`: what to check, and how to save anyway.
    static func unconfirmed(_ text: String, _ warnings: [String]) throws -> Response {
        var body = APIErrorBody(code: "implausible_value", UserMessage(
            what: "Giá trị “\(text)” cần kiểm tra: " + warnings.joined(separator: "; "),
            fix: "Kiểm tra lại giá trị; nếu đúng, gửi lại kèm \"confirm_warnings\": true để lưu cùng cảnh báo"))
        body.warnings = warnings
        let response = Response(status: .unprocessableEntity)
        try response.content.encode(body, as: .json)
        return response
    }
}
