import Foundation
import VeDichCore
import VeDichImport
import VeDichReports
import VeDichStore

/// Time to write the full demo report (every plan of the seed, imported into a throwaway SQLite
/// database) as DOCX, beside pandoc writing a DOCX from a Markdown file with the same text and
/// tables (made from the same evaluation), and beside the XLSX annex. Pandoc's time includes
/// starting its process: that is what a call to it costs.
struct ReportBenchmark {
    var seed: URL
    var repetitions: Int
    var pandocRepetitions: Int

    func run() async throws {
        let report = try await Self.demoReport(seed: seed)
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }

        var docxBytes = 0
        let docxSeconds = try measure {
            for _ in 0..<repetitions { docxBytes = try DocxWriter.data(report).count }
        }
        let xlsx = work.appendingPathComponent("phu-luc.xlsx")
        let xlsxSeconds = try measure {
            for _ in 0..<repetitions { try XlsxWriter.write(report, to: xlsx) }
        }
        let markdown = work.appendingPathComponent("bao-cao.md")
        var markdownText = ""
        let markdownSeconds = measure {
            for _ in 0..<repetitions { markdownText = MarkdownWriter.markdown(report) }
        }
        try Data(markdownText.utf8).write(to: markdown)
        let pandocOutput = work.appendingPathComponent("pandoc.docx")
        let pandocSeconds = try measure {
            for _ in 0..<pandocRepetitions { try Self.pandoc(markdown, to: pandocOutput) }
        }

        let docx = docxSeconds / Double(repetitions)
        let pandoc = pandocSeconds / Double(pandocRepetitions)
        let sheet = xlsxSeconds / Double(repetitions)
        let rows = report.sections.reduce(0) { $0 + ReportTable($1).rows.count }
        print("report: báo cáo mẫu đầy đủ, \(report.sections.count) kế hoạch, \(rows) hàng bảng; \(repetitions) lần (pandoc \(pandocRepetitions) lần)")
        print(String(format: "  DOCX (VeDich, OOXML + ZIPFoundation): %.2f ms mỗi báo cáo, %d byte", docx * 1000, docxBytes))
        print(String(format: "  Markdown cùng nội dung (cho pandoc):  %.2f ms", markdownSeconds / Double(repetitions) * 1000))
        print(String(format: "  DOCX (pandoc từ Markdown, gồm khởi động tiến trình): %.2f ms mỗi báo cáo", pandoc * 1000))
        print(String(format: "  XLSX (libxlsxwriter, ghi tệp):       %.2f ms mỗi phụ lục", sheet * 1000))
        print(String(format: "  tỷ lệ thời gian pandoc / VeDich DOCX: %.1f", pandoc / docx))
        print(String(format: "  tỷ lệ thời gian XLSX / DOCX:          %.2f", sheet / docx))
    }

    static func pandoc(_ markdown: URL, to output: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pandoc", "-f", "markdown", "-t", "docx", "-o", output.path, markdown.path]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BenchError("pandoc thoát với mã \(process.terminationStatus) (cài gói pandoc: scripts/bootstrap.sh)")
        }
    }

    /// The seed imported into a temporary SQLite database; every plan's full-year estimates.
    static func demoReport(seed: URL) async throws -> Report {
        try await DemoDatabase.with(seed: seed) { database in
            let store = Store(database: database)
            let plans = try await store.plans().map { (id: $0.id, version: ValueVersion.fullYearEstimate) }
            return try Report(plans: await store.planReports(plans))
        }
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
