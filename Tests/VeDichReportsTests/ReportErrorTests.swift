import Foundation
import Testing
import VeDichCore
import VeDichReports
import VeDichStore

/// Every error the report writers throw, caused for real where it can be, with its Vietnamese message.
@Suite struct ReportErrorTests {
    static let missingFolder = URL(fileURLWithPath: "/tmp/vedich-khong-co-\(UUID().uuidString)/bao-cao")

    @Test func docxToAFolderThatDoesNotExist() async throws {
        let report = try await Demo.report("2024")
        let url = Self.missingFolder.appendingPathExtension("docx")
        #expect(throws: ReportError.outputNotWritable(path: url.path)) { try DocxWriter.write(report, to: url) }
        #expect(ReportError.outputNotWritable(path: url.path).userMessage.what == "Không ghi được tệp “\(url.path)”")
        #expect(ReportError.outputNotWritable(path: url.path).userMessage.fix.contains("--out"))
    }

    @Test func xlsxToAFolderThatDoesNotExist() async throws {
        let report = try await Demo.report("2024")
        let url = Self.missingFolder.appendingPathExtension("xlsx")
        let error = try #require(throws: ReportError.self) { try XlsxWriter.write(report, to: url) }
        guard case .workbookFailed(let path, let reason) = error else { Issue.record("\(error)"); return }
        #expect(path == url.path)
        #expect(error.userMessage.what == "Không ghi được tệp Excel “\(url.path)” (libxlsxwriter: \(reason))")
        #expect(error.userMessage.fix == "Kiểm tra thư mục có tồn tại và cho phép ghi, rồi xuất lại")
    }

    @Test func pdfWithoutLibreOffice() async throws {
        let converter = PdfConverter(candidates: ["/khong-co/soffice"])
        #expect(throws: ReportError.converterNotFound(searched: ["/khong-co/soffice"])) {
            try converter.convert(docx: Data("x".utf8), to: URL(fileURLWithPath: "/tmp/x.pdf"))
        }
        let message = ReportError.converterNotFound(searched: ["/khong-co/soffice"]).userMessage
        #expect(message.what == "Không tìm thấy LibreOffice để chuyển báo cáo sang PDF (đã tìm: /khong-co/soffice)")
        #expect(message.fix.contains("libreoffice-writer-nogui"))
    }

    /// A converter that exits 0 and writes nothing, as a LibreOffice sharing a busy profile can.
    @Test func pdfConverterThatLeavesNoFile() throws {
        let converter = PdfConverter(candidates: ["/bin/true"])
        let error = try #require(throws: ReportError.self) {
            try converter.convert(docx: Data("x".utf8), to: URL(fileURLWithPath: "/tmp/vedich-\(UUID().uuidString).pdf"))
        }
        #expect(error == .conversionFailed(status: 0, log: ""))
        #expect(error.userMessage.what == "LibreOffice không tạo được tệp PDF (mã thoát 0)")
        #expect(ReportError.conversionFailed(status: 1, log: "Error: source file could not be loaded").userMessage.what
            == "LibreOffice không tạo được tệp PDF (mã thoát 1): Error: source file could not be loaded")
    }

    @Test func pdfConverterThatHangs() throws {
        let script = try Tools.temporaryDirectory().appendingPathComponent("soffice")
        try Data("#!/bin/sh\nsleep 30\n".utf8).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        let converter = PdfConverter(candidates: [script.path], timeoutSeconds: 1)
        #expect(throws: ReportError.conversionTimedOut(seconds: 1)) {
            try converter.convert(docx: Data("x".utf8), to: URL(fileURLWithPath: "/tmp/vedich-\(UUID().uuidString).pdf"))
        }
        #expect(ReportError.conversionTimedOut(seconds: 1).userMessage.what == "LibreOffice chưa chuyển xong sang PDF sau 1 giây")
    }

    @Test func reportOfNoPlan() async throws {
        let error = try await TestDatabase.withDatabase { database in
            await #expect(throws: ReportError.nothingToReport) {
                try Report(plans: await Store(database: database).planReports([]))
            }
            return ReportError.nothingToReport
        }
        #expect(error.userMessage.what == "Chưa chọn kế hoạch nào để lập báo cáo")
        #expect(error.userMessage.fix == "Chọn kế hoạch bằng --plan (xem mã bằng lệnh vedich plans)")
    }

    /// ZIPFoundation does not fail on an in-memory archive; the message is checked on its own.
    @Test func packagingMessage() {
        let message = ReportError.packagingFailed(reason: "hết bộ nhớ").userMessage
        #expect(message.what == "Không đóng gói được tệp Word (.docx): hết bộ nhớ")
        #expect(message.description.hasSuffix("kèm nội dung lỗi này."))
    }
}
