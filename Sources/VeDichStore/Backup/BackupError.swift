import VeDichCore

/// Why a backup or a restore did not happen. A refused restore has not touched the database.
public enum BackupError: Error, Sendable, Equatable {
    case outputExists(path: String)
    case outputUnwritable(path: String, reason: String)
    case backupNotFound(path: String)
    /// The file is not a backup VeDich wrote (wrong format, or a database of another program).
    case notABackup(path: String, reason: String)
    /// A backup of the other engine: an SQLite file for PostgreSQL or a `pg_dump` for SQLite.
    case otherEngine(path: String, backupEngine: String, databaseEngine: String)
    /// The backup has schema changes this version of VeDich does not know.
    case newerVersion(path: String, unknownMigrations: [String])
    /// A PostgreSQL backup of another schema than the one the database uses.
    case otherSchema(path: String, backupSchema: String, databaseSchema: String)
    case damaged(path: String, reason: String)
    case toolMissing(tool: String)
    case toolFailed(tool: String, message: String)
    case databaseFailed(location: String, reason: String)
    /// The backup's tables, columns, indexes or triggers are not what VeDich's migrations make.
    case schemaMismatch(path: String, differences: [String])
    /// A server holds the database: restoring under it would be lost or break its writes.
    case serverRunning(location: String)
    /// A restore holds the database: a server starting now would read it half replaced.
    case restoreRunning(location: String)
}

extension BackupError: UserFacingError {
    public var userMessage: UserMessage {
        switch self {
        case .outputExists(let path):
            UserMessage(what: "Tệp “\(path)” đã có, không ghi đè lên một bản sao lưu cũ",
                        fix: "Chọn tên tệp khác cho --out, ví dụ kèm ngày giờ, hoặc tự xoá tệp cũ nếu chắc chắn không cần")
        case .outputUnwritable(let path, let reason):
            UserMessage(what: "Không ghi được bản sao lưu vào “\(path)”: \(reason)",
                        fix: "Kiểm tra thư mục có tồn tại, còn chỗ trống và được phép ghi")
        case .backupNotFound(let path):
            UserMessage(what: "Không tìm thấy tệp sao lưu “\(path)”",
                        fix: "Kiểm tra lại đường dẫn; bản sao lưu được tạo bằng lệnh vedich backup --out TỆP")
        case .notABackup(let path, let reason):
            UserMessage(what: "Tệp “\(path)” không phải bản sao lưu VeDich (\(reason)); cơ sở dữ liệu hiện tại giữ nguyên",
                        fix: "Chọn tệp do lệnh vedich backup --out TỆP tạo ra")
        case .otherEngine(let path, let backupEngine, let databaseEngine):
            UserMessage(what: "Tệp “\(path)” là bản sao lưu \(backupEngine), còn cơ sở dữ liệu đang dùng là \(databaseEngine); cơ sở dữ liệu hiện tại giữ nguyên",
                        fix: "Khôi phục vào cơ sở dữ liệu cùng loại: đặt hoặc bỏ DATABASE_URL cho khớp với bản sao lưu")
        case .newerVersion(let path, let unknown):
            UserMessage(what: "Bản sao lưu “\(path)” do phiên bản VeDich mới hơn tạo (có thay đổi cấu trúc chưa biết: \(unknown.joined(separator: ", "))); cơ sở dữ liệu hiện tại giữ nguyên",
                        fix: "Cập nhật VeDich lên phiên bản đã tạo bản sao lưu rồi khôi phục lại")
        case .otherSchema(let path, let backupSchema, let databaseSchema):
            UserMessage(what: "Bản sao lưu “\(path)” thuộc lược đồ “\(backupSchema)”, còn cơ sở dữ liệu dùng lược đồ “\(databaseSchema)”; cơ sở dữ liệu hiện tại giữ nguyên",
                        fix: "Khôi phục vào cơ sở dữ liệu dùng lược đồ “\(backupSchema)”")
        case .damaged(let path, let reason):
            UserMessage(what: "Bản sao lưu “\(path)” bị hỏng (\(reason)); cơ sở dữ liệu hiện tại giữ nguyên",
                        fix: "Dùng một bản sao lưu khác, hoặc sao lưu lại từ máy còn dữ liệu tốt")
        case .toolMissing(let tool):
            UserMessage(what: "Không tìm thấy chương trình \(tool) của PostgreSQL",
                        fix: "Cài gói postgresql-client (apt-get install postgresql-client) hoặc chạy scripts/bootstrap.sh, rồi chạy lại lệnh")
        case .toolFailed(let tool, let message):
            UserMessage(what: "\(tool) báo lỗi: \(message)",
                        fix: "Kiểm tra DATABASE_URL (máy chủ, tên người dùng, mật khẩu) và PostgreSQL đang chạy; cơ sở dữ liệu không bị thay đổi dở dang")
        case .schemaMismatch(let path, let differences):
            UserMessage(what: "Cấu trúc dữ liệu trong bản sao lưu “\(path)” khác với cấu trúc VeDich tạo ra (\(differences.prefix(5).joined(separator: "; "))\(differences.count > 5 ? "; và \(differences.count - 5) khác biệt nữa" : "")); cơ sở dữ liệu hiện tại giữ nguyên",
                        fix: "Tệp đã bị sửa ngoài VeDich: dùng một bản sao lưu do lệnh vedich backup tạo ra và chưa bị sửa")
        case .serverRunning(let location):
            UserMessage(what: "Máy chủ VeDich đang chạy trên cơ sở dữ liệu \(location); chưa khôi phục gì, cơ sở dữ liệu hiện tại giữ nguyên",
                        fix: "Dừng máy chủ VeDich (vedich serve) rồi chạy lại lệnh khôi phục")
        case .restoreRunning(let location):
            UserMessage(what: "Đang khôi phục cơ sở dữ liệu \(location) từ bản sao lưu; máy chủ chưa chạy",
                        fix: "Chờ lệnh vedich restore xong rồi chạy lại vedich serve")
        case .databaseFailed(let location, let reason):
            UserMessage(what: "Không đọc được cơ sở dữ liệu \(location): \(reason)",
                        fix: "Kiểm tra VEDICH_DATA hoặc DATABASE_URL trỏ đúng cơ sở dữ liệu của VeDich")
        }
    }
}
