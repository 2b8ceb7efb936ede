/// Why a number written the Vietnamese way (`1.029,5`, `(-4,33)`, `95%`) could not be read.
/// Offsets count characters from the start of `text`.
public enum NumberFormatError: Error, Sendable, Hashable {
    /// Nothing but blanks, signs or a `%`.
    case noDigits(text: String)
    /// A second decimal comma, as in `9,15,0`.
    case repeatedDecimalMark(text: String, offset: Int)
    /// A `.` that does not separate a group of exactly three digits, as in `1.5` or `12.34,5`.
    case misplacedGroupSeparator(text: String, offset: Int)
    /// A character that has no place in a number.
    case unexpectedCharacter(text: String, offset: Int, character: Character)
    /// So many digits that no plan figure can be meant.
    case tooLarge(text: String)
    /// A number in parentheses without a sign, `(4,33)`: only `(-4,33)` is defined, so whether a
    /// negative number is meant is not guessed. The importer reports it as `malformed_number`.
    case parenthesizedWithoutSign(text: String)
}

extension NumberFormatError: UserFacingError {
    public var text: String {
        switch self {
        case .noDigits(let text), .repeatedDecimalMark(let text, _),
             .misplacedGroupSeparator(let text, _), .unexpectedCharacter(let text, _, _), .tooLarge(let text),
             .parenthesizedWithoutSign(let text):
            text
        }
    }

    public var userMessage: UserMessage {
        switch self {
        case .noDigits(let text):
            UserMessage(what: "“\(text)” không chứa chữ số nào",
                        fix: "Nhập một số, ví dụ 7,5 hoặc 4.400")
        case .repeatedDecimalMark(let text, let offset):
            UserMessage(what: "Số “\(text)” có hơn một dấu phẩy thập phân (ký tự thứ \(offset + 1))",
                        fix: "Chỉ dùng một dấu phẩy cho phần thập phân, ví dụ 9,15")
        case .misplacedGroupSeparator(let text, let offset):
            UserMessage(what: "Số “\(text)” có dấu chấm không đúng chỗ (ký tự thứ \(offset + 1))",
                        fix: "Dấu chấm chỉ dùng để tách từng nhóm ba chữ số hàng nghìn, dấu phẩy cho phần thập phân, ví dụ 1.029,5")
        case .tooLarge(let text):
            UserMessage(what: "Số “\(text.prefix(40))\(text.count > 40 ? "…" : "")” quá lớn, không thể là một số liệu kế hoạch",
                        fix: "Kiểm tra lại số chữ số; nếu là số rất lớn, đổi sang đơn vị lớn hơn (nghìn tỷ đồng)")
        case .parenthesizedWithoutSign(let text):
            UserMessage(what: "Số “\(text.trimmed)” viết trong ngoặc mà không có dấu, không rõ là số âm hay ghi chú",
                        fix: "Viết (-\(Self.parenthesized(text))) nếu là số âm, hoặc \(Self.parenthesized(text)) nếu là số dương")
        case .unexpectedCharacter(let text, let offset, let character):
            UserMessage(what: "Số “\(text)” có ký tự “\(character)” không hợp lệ (ký tự thứ \(offset + 1))",
                        fix: "Chỉ dùng chữ số, dấu chấm tách hàng nghìn, dấu phẩy thập phân, dấu trừ và %, ví dụ -2,5 hoặc 95%")
        }
    }
}

extension NumberFormatError {
    /// What stands inside the parentheses of `(4,33)`: `4,33`.
    static func parenthesized(_ text: String) -> String {
        String(text.trimmed.dropFirst().dropLast()).trimmed
    }

    /// True for `(4,33)`: the importer reports it as a `malformed_number` finding with this fix.
    public var isParenthesizedWithoutSign: Bool {
        if case .parenthesizedWithoutSign = self { return true }
        return false
    }
}
