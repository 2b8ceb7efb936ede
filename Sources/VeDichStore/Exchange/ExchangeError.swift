import Foundation
import VeDichCore

/// Why a packet was refused; nothing of it was written.
public enum ExchangeError: Error, Sendable, Equatable, UserFacingError {
    case unreadable(detail: String)
    case wrongRegulation(found: String)
    case unsupportedFormat(found: String)
    /// Every problem found in the packet, each naming its packet and row.
    case invalid(problems: [String])
    /// A value revision the receiver already holds with other content.
    case conflicts(problems: [String])
    case provinceNotFound(name: String)

    public var userMessage: UserMessage {
        switch self {
        case .unreadable(let detail):
            UserMessage(what: "Không đọc được gói tin: \(detail)", fix: "Gửi lại tệp JSON do `vedich exchange export` tạo, không sửa tay")
        case .wrongRegulation(let found):
            UserMessage(what: "Gói tin ghi quy chuẩn “\(found)”, không phải \(ExchangePacket.regulation)",
                        fix: "Chỉ nhận gói tin theo \(ExchangePacket.regulation)")
        case .unsupportedFormat(let found):
            UserMessage(what: "Gói tin có định dạng “\(found)”, máy chủ này chỉ đọc “\(ExchangePacket.currentFormat)”",
                        fix: "Cập nhật VeDich ở bên gửi hoặc bên nhận cho cùng phiên bản")
        case .invalid(let problems):
            UserMessage(what: "Gói tin có \(problems.count) lỗi, chưa nhập gì: " + Self.list(problems),
                        fix: "Sửa dữ liệu ở hệ thống gửi rồi xuất và gửi lại cả gói")
        case .conflicts(let problems):
            UserMessage(what: "Gói tin mâu thuẫn với \(problems.count) số liệu đã nhận trước đây, chưa nhập gì: " + Self.list(problems),
                        fix: "Một lần sửa đã gửi không được đổi nội dung; kiểm tra xem có hai hệ thống cùng gửi số liệu của một tỉnh không")
        case .provinceNotFound(let name):
            UserMessage(what: "Không có tỉnh “\(name)” trong cơ sở dữ liệu", fix: "Xem tên tỉnh trong `vedich plans`")
        }
    }

    /// The first 20 problems, and how many more: a broken packet of a million rows stays readable.
    static func list(_ problems: [String]) -> String {
        let shown = problems.prefix(20).joined(separator: "; ")
        return problems.count > 20 ? shown + "; và \(problems.count - 20) lỗi khác" : shown
    }

    static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0 + 1)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(in: CharacterSet(charactersIn: "."))
    }
}
