import VeDichCore

/// Why a report file could not be read at all. (What is wrong inside a readable report is a
/// finding of the audit, not an error.)
public enum ReportReadError: Error, Sendable, Hashable {
    case fileNotFound(path: String)
    case unreadable(path: String, reason: String)
    /// Not UTF-8 text; `byteOffset` is where decoding failed.
    case notUTF8(path: String, byteOffset: Int)
    /// A `.docx` that is not a ZIP archive, or has no `word/document.xml`.
    case notADocx(path: String, reason: String)
    /// `word/document.xml` is not well-formed XML.
    case malformedDocx(path: String, line: Int, reason: String)
    case unsupportedFormat(path: String)
    /// Larger than VeDich reads (a report is a few MB; this protects the server from a zip bomb).
    case tooLarge(path: String, reason: String)
    /// A `.pdf` poppler could not open (damaged, encrypted, or not a PDF), or gave up after a time.
    case notAPdf(path: String, reason: String)
    /// `pdftotext` (Debian `poppler-utils`) is not installed on this machine.
    case pdfReaderMissing(path: String)
    /// A PDF whose pages are pictures (a scan): there is no text to read without OCR.
    case pdfHasNoText(path: String, pages: Int)
}

extension ReportReadError: UserFacingError {
    public var userMessage: UserMessage {
        switch self {
        case .fileNotFound(let path):
            UserMessage(what: "Không tìm thấy tệp “\(path)”", fix: "Kiểm tra lại đường dẫn và tên tệp")
        case .unreadable(let path, let reason):
            UserMessage(what: "Không đọc được tệp “\(path)”: \(reason)", fix: "Kiểm tra quyền đọc tệp")
        case .notUTF8(let path, let byteOffset):
            UserMessage(what: "Tệp “\(path)” không phải văn bản UTF-8 (lỗi ở byte \(byteOffset))",
                        fix: "Lưu lại tệp dưới dạng văn bản Unicode (UTF-8), hoặc gửi bản DOCX")
        case .notADocx(let path, let reason):
            UserMessage(what: "Tệp “\(path)” không phải tài liệu Word DOCX hợp lệ: \(reason)",
                        fix: "Mở tệp bằng Word hoặc LibreOffice và lưu lại dưới dạng .docx")
        case .malformedDocx(let path, let line, let reason):
            UserMessage(what: "Nội dung tài liệu “\(path)” bị hỏng (word/document.xml, dòng \(line)): \(reason)",
                        fix: "Mở tệp bằng Word hoặc LibreOffice và lưu lại dưới dạng .docx")
        case .tooLarge(let path, let reason):
            UserMessage(what: "Tài liệu “\(path)” quá lớn để đọc: \(reason)",
                        fix: "Tách báo cáo thành các tệp nhỏ hơn, hoặc bỏ hình ảnh và phụ lục không cần kiểm tra")
        case .unsupportedFormat(let path):
            UserMessage(what: "Không nhận dạng được định dạng của tệp “\(path)”",
                        fix: "Dùng tệp văn bản .txt (UTF-8), tài liệu .docx hoặc .pdf")
        case .notAPdf(let path, let reason):
            UserMessage(what: "Không đọc được tệp PDF “\(path)”: \(reason)",
                        fix: "Mở tệp bằng trình xem PDF để kiểm tra; nếu có mật khẩu, xuất lại bản không khóa, hoặc gửi bản DOCX")
        case .pdfReaderMissing(let path):
            UserMessage(what: "Máy chủ chưa cài công cụ đọc PDF (pdftotext) nên không đọc được “\(path)”",
                        fix: "Cài gói poppler-utils (chạy scripts/bootstrap.sh), hoặc gửi bản DOCX hay văn bản .txt")
        case .pdfHasNoText(let path, let pages):
            UserMessage(what: "Tệp PDF “\(path)” (\(pages) trang) không có lớp chữ — có lẽ là bản quét thành ảnh — nên không có số liệu nào để kiểm tra",
                        fix: "Nhận dạng chữ (OCR) cho tệp, ví dụ bằng ocrmypdf -l vie, rồi kiểm tra lại; hoặc xin cơ quan ban hành bản DOCX")
        }
    }
}
