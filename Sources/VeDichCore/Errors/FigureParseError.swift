/// Why a target or value text (`7 - 7,5`, `≥5`, `từ 5% trở lên`) could not be read.
/// Offsets count characters from the start of `text`.
public enum FigureParseError: Error, Sendable, Hashable {
    case empty
    /// A number inside the text is malformed, as `9,15,0` in `tăng 9,15,0%`.
    case malformedNumber(text: String, offset: Int, cause: NumberFormatError)
    /// Words or signs but no number where one was expected.
    case missingNumber(text: String, offset: Int)
    /// A range whose first end is larger than its second, as in `7,5 - 7`.
    case reversedRange(text: String)
    /// Something follows the figure that is neither a unit nor a known word.
    case unexpectedText(text: String, offset: Int, fragment: String)
    /// A comparison and a range together, as in `≥ 5 - 6`.
    case comparisonWithRange(text: String)
}

extension FigureParseError: UserFacingError {
    public var userMessage: UserMessage {
        switch self {
        case .empty:
            UserMessage(what: "Chưa nhập số liệu", fix: "Nhập một số, một khoảng (7 - 7,5) hoặc một ngưỡng (≥5)")
        case .malformedNumber(let text, _, let cause) where cause.text.trimmed == text.trimmed:
            cause.userMessage
        case .malformedNumber(let text, let offset, let cause):
            UserMessage(
                what: "Trong “\(text)”, số “\(cause.text.trimmed)” (từ ký tự thứ \(offset + 1)) không đúng định dạng: \(cause.userMessage.what)",
                fix: cause.userMessage.fix)
        case .missingNumber(let text, let offset):
            UserMessage(what: "“\(text)” thiếu số ở ký tự thứ \(offset + 1)",
                        fix: "Viết số sau từ so sánh, ví dụ “trên 2.000” hoặc “từ 5% trở lên”")
        case .reversedRange(let text):
            UserMessage(what: "Khoảng “\(text)” có cận đầu lớn hơn cận cuối",
                        fix: "Viết cận nhỏ trước, ví dụ 7 - 7,5")
        case .unexpectedText(let text, let offset, let fragment):
            UserMessage(what: "“\(text)” có phần “\(fragment)” không đọc được (từ ký tự thứ \(offset + 1))",
                        fix: "Viết một số, một khoảng hoặc một ngưỡng, có thể kèm đơn vị, ví dụ “68 - 69 triệu đồng”")
        case .comparisonWithRange(let text):
            UserMessage(what: "“\(text)” vừa có dấu so sánh vừa là một khoảng",
                        fix: "Chọn một cách viết: khoảng (5 - 6) hoặc ngưỡng (≥5)")
        }
    }
}
