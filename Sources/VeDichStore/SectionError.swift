import VeDichCore

/// What the store refuses when a report section is edited, with a stable code for the API and a
/// Vietnamese message for people.
public enum SectionError: Error, Sendable, Equatable {
    case sectionNotFound(key: String)
    /// Someone saved the section since the revision the edit started from.
    case staleRevision(key: String, expected: Int, current: Int)
    case textTooLong(characters: Int, limit: Int)
    /// A character that cannot be printed (a control character pasted from another program).
    case unprintableCharacter(scalar: UInt32, paragraph: Int)

    public var code: String {
        switch self {
        case .sectionNotFound: "section_not_found"
        case .staleRevision: "stale_revision"
        case .textTooLong: "text_too_long"
        case .unprintableCharacter: "unprintable_character"
        }
    }
}

extension SectionError: UserFacingError {
    public var userMessage: UserMessage {
        switch self {
        case .sectionNotFound(let key):
            UserMessage(what: "Kế hoạch này không có mục “\(key)” trong báo cáo",
                        fix: "Xem các mục của kế hoạch tại /api/v1/plans/{id}/sections")
        case .staleRevision(_, let expected, let current):
            UserMessage(what: "Mục này đã được người khác sửa (bản sửa \(current), trong khi bạn sửa từ bản \(expected))",
                        fix: "Đọc nội dung hiện tại, rồi đưa lại phần thay đổi của bạn vào đó và lưu")
        case .textTooLong(let characters, let limit):
            UserMessage(what: "Nội dung dài \(VietnameseNumber.format(Double(characters), fractionDigits: 0)) ký tự, quá giới hạn \(VietnameseNumber.format(Double(limit), fractionDigits: 0)) ký tự của một mục",
                        fix: "Rút gọn, hoặc chuyển bớt nội dung sang mục khác của báo cáo")
        case .unprintableCharacter(let scalar, let paragraph):
            UserMessage(what: "Đoạn thứ \(paragraph) có ký tự điều khiển không in được (mã U+\(String(scalar, radix: 16, uppercase: true)))",
                        fix: "Gõ lại đoạn đó, hoặc dán dưới dạng văn bản thuần (không định dạng)")
        }
    }
}
