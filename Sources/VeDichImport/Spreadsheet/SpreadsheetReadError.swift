import VeDichCore

/// Why a file could not be read as a workbook at all (before any cell is looked at).
public enum SpreadsheetReadError: Error, Equatable, Sendable {
    case empty(name: String)
    case unknownFormat(name: String)
    case corrupt(name: String, reason: String)
    case tooLarge(name: String, reason: String)
    case encoding(name: String)
    case converterMissing(name: String)
    case conversionFailed(name: String, reason: String)
    /// No sheet has a header row with "Mã" and "Số liệu".
    case noHeader(name: String, sheets: [String])
}

extension SpreadsheetReadError: UserFacingError {
    public var userMessage: UserMessage {
        switch self {
        case .empty(let name):
            UserMessage(what: "Tệp “\(name)” rỗng", fix: "Chọn tệp Excel (.xlsx, .xls), .ods hoặc CSV đã điền số liệu")
        case .unknownFormat(let name):
            UserMessage(what: "Tệp “\(name)” không phải là bảng tính Excel (.xlsx, .xls), .ods hay CSV",
                        fix: "Tải mẫu nhập số liệu ở trang Nhập số liệu, điền vào rồi tải lên tệp đó")
        case .corrupt(let name, let reason):
            UserMessage(what: "Không đọc được tệp “\(name)”: \(reason)", fix: "Mở tệp bằng Excel hoặc LibreOffice, lưu lại dạng .xlsx rồi tải lên lại")
        case .tooLarge(let name, let reason):
            UserMessage(what: "Tệp “\(name)” quá lớn: \(reason)", fix: "Chỉ giữ trang số liệu của mẫu nhập rồi tải lên lại")
        case .encoding(let name):
            UserMessage(what: "Tệp CSV “\(name)” không viết bằng bảng mã UTF-8 hoặc UTF-16 nên tiếng Việt không đọc được",
                        fix: "Trong Excel chọn Lưu thành “CSV UTF-8 (Comma delimited)”, hoặc tải lên tệp .xlsx")
        case .converterMissing(let name):
            UserMessage(what: "Máy chủ không có LibreOffice để đọc tệp “\(name)” (.xls, .ods)",
                        fix: "Mở tệp, lưu lại dạng .xlsx rồi tải lên tệp đó")
        case .conversionFailed(let name, let reason):
            UserMessage(what: "LibreOffice không chuyển được tệp “\(name)” sang .xlsx: \(reason)",
                        fix: "Mở tệp, lưu lại dạng .xlsx rồi tải lên tệp đó")
        case .noHeader(let name, let sheets):
            UserMessage(what: "Trong tệp “\(name)” (trang: \(sheets.map { "“\($0)”" }.joined(separator: ", "))) không có hàng tiêu đề nào có ô “\(ValueSheetLayout.codeHeader)” và ô “\(ValueSheetLayout.valueHeader)”",
                        fix: "Dùng mẫu nhập số liệu tải từ VeDich; giữ nguyên hàng tiêu đề, chỉ ghi vào cột “\(ValueSheetLayout.valueHeader)”")
        }
    }
}
