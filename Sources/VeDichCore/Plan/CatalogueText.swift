/// The texts of a catalogue entry as people type them, checked before anything is stored: an
/// indicator's name, its code in the plan (`II.5`), its code in the higher-level system (QĐ 293 /
/// QĐ 54: "mã số ở hệ thống cấp cao hơn"), an agency's name, a group's numeral.
public enum CatalogueText {
    public enum Problem: Error, Equatable, Sendable {
        case empty(field: String)
        case tooLong(field: String, limit: Int)
        case malformedCode(text: String)
        case malformedNationalCode(text: String)
        case malformedNumeral(text: String)
        /// A control character (ESC, a bell, NUL): shown as nothing, in the page as in Excel.
        case unprintable(field: String, scalar: Unicode.Scalar)
    }

    /// The name with its spaces tidied; refused when empty, longer than 300 characters or holding
    /// a control character.
    public static func name(_ text: String, field: String = "Tên chỉ tiêu") throws(Problem) -> String {
        let tidy = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !tidy.isEmpty else { throw .empty(field: field) }
        if let scalar = tidy.firstUnprintableScalar { throw .unprintable(field: field, scalar: scalar) }
        guard tidy.count <= 300 else { throw .tooLong(field: field, limit: 300) }
        return tidy
    }

    /// A plan code as reports number their rows: `5`, `II.5`, `II.5.a`, `1a`.
    public static func code(_ text: String) throws(Problem) -> String {
        let tidy = text.trimmed
        guard !tidy.isEmpty else { throw .empty(field: "Mã số") }
        guard tidy.count <= 20, tidy.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }) else {
            throw .malformedCode(text: tidy)
        }
        return tidy
    }

    /// The national code, or nil when left empty: letters, digits, `.`, `-`, `/`, up to 40.
    public static func nationalCode(_ text: String?) throws(Problem) -> String? {
        let tidy = (text ?? "").trimmed
        guard !tidy.isEmpty else { return nil }
        guard tidy.count <= 40, tidy.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "/" }) else {
            throw .malformedNationalCode(text: tidy)
        }
        return tidy
    }

    /// A group numeral: `I`, `II`, `III`, … (Roman, as plans number their groups).
    public static func numeral(_ text: String) throws(Problem) -> String {
        let tidy = text.trimmed.uppercased()
        guard !tidy.isEmpty, tidy.count <= 6, tidy.allSatisfy({ "IVXLC".contains($0) }) else { throw .malformedNumeral(text: tidy) }
        return tidy
    }

    /// The usual title of a plan's group, for a group made while adding an indicator.
    public static func defaultGroupTitle(_ numeral: String) -> String? {
        switch numeral {
        case "I": "Các chỉ tiêu kinh tế"
        case "II": "Các chỉ tiêu xã hội"
        case "III": "Các chỉ tiêu môi trường"
        default: nil
        }
    }
}

extension CatalogueText.Problem {
    public var userMessage: UserMessage {
        switch self {
        case .empty(let field):
            UserMessage(what: "Chưa ghi \(field.lowercased())", fix: "Ghi \(field.lowercased()) rồi lưu lại")
        case .tooLong(let field, let limit):
            UserMessage(what: "\(field) dài quá \(limit) ký tự", fix: "Rút gọn \(field.lowercased()) rồi lưu lại")
        case .malformedCode(let text):
            UserMessage(what: "Mã số “\(text)” không đúng dạng", fix: "Ghi mã số như trong báo cáo, ví dụ II.5 hoặc 5 (chữ, số, dấu chấm; tối đa 20 ký tự)")
        case .malformedNationalCode(let text):
            UserMessage(what: "Mã số ở hệ thống cấp cao hơn “\(text)” không đúng dạng",
                        fix: "Ghi mã số theo QĐ 293/QĐ-TTg hoặc QĐ 54/2016/QĐ-TTg, ví dụ 0101 (chữ, số, dấu chấm, gạch; tối đa 40 ký tự), hoặc để trống")
        case .malformedNumeral(let text):
            UserMessage(what: "Nhóm “\(text)” không đúng dạng", fix: "Ghi số La Mã của nhóm: I (kinh tế), II (xã hội), III (môi trường)")
        case .unprintable(let field, let scalar):
            UserMessage(what: "\(field) có ký tự điều khiển không in được (mã \(unicodeName(scalar)))",
                        fix: "Gõ lại \(field.lowercased()), hoặc dán dưới dạng văn bản thuần (không định dạng)")
        }
    }
}
