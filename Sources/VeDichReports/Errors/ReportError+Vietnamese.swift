import VeDichCore

extension ReportError: UserFacingError {
    public var userMessage: UserMessage {
        switch self {
        case .outputNotWritable(let path):
            UserMessage(what: "Không ghi được tệp “\(path)”",
                        fix: "Kiểm tra thư mục có tồn tại và cho phép ghi, hoặc chọn đường dẫn khác với --out")
        case .packagingFailed(let reason):
            UserMessage(what: "Không đóng gói được tệp Word (.docx): \(reason)",
                        fix: "Thử lại; nếu vẫn lỗi, báo cho người quản trị kèm nội dung lỗi này")
        case .workbookFailed(let path, let reason):
            UserMessage(what: "Không ghi được tệp Excel “\(path)” (libxlsxwriter: \(reason))",
                        fix: "Kiểm tra thư mục có tồn tại và cho phép ghi, rồi xuất lại")
        case .converterNotFound(let searched):
            UserMessage(what: "Không tìm thấy LibreOffice để chuyển báo cáo sang PDF (đã tìm: \(searched.joined(separator: ", ")))",
                        fix: "Cài LibreOffice (gói libreoffice-writer-nogui, chạy scripts/bootstrap.sh) hoặc xuất dạng .docx rồi tự chuyển")
        case .conversionFailed(let status, let log):
            UserMessage(what: "LibreOffice không tạo được tệp PDF (mã thoát \(status))\(log.isEmpty ? "" : ": \(log)")",
                        fix: "Thử lại; nếu vẫn lỗi, xuất dạng .docx và mở bằng Word hoặc LibreOffice để in ra PDF")
        case .conversionTimedOut(let seconds):
            UserMessage(what: "LibreOffice chưa chuyển xong sang PDF sau \(seconds) giây",
                        fix: "Thử lại khi máy bớt bận, hoặc xuất dạng .docx")
        case .nothingToReport:
            UserMessage(what: "Chưa chọn kế hoạch nào để lập báo cáo", fix: "Chọn kế hoạch bằng --plan (xem mã bằng lệnh vedich plans)")
        }
    }
}
