import Foundation
import VeDichImport

/// Audit throughput in MB/s over a report, beside plain reading of the same bytes (decode UTF-8
/// and split lines): the ratio is what understanding the report costs over just reading it.
struct AuditBenchmark {
    var file: URL
    var repetitions: Int

    func run() throws {
        let data = try Data(contentsOf: file)
        let megabytes = Double(data.count) / 1_000_000 * Double(repetitions)

        let first = try measure { _ = try Auditor().audit(contentsOf: file) }

        var lines = 0
        let readSeconds = measure {
            for _ in 0..<repetitions {
                String(decoding: data, as: UTF8.self).enumerateLines { _, _ in lines += 1 }
            }
        }
        var findings = 0
        let auditSeconds = measure {
            for _ in 0..<repetitions {
                let document = TextReportReader.read(text: String(decoding: data, as: UTF8.self), name: file.lastPathComponent)
                findings += Auditor().audit(document).findings.count
            }
        }
        print("audit: \(file.lastPathComponent), \(data.count) byte × \(repetitions) lần")
        print(String(format: "  lần kiểm tra đầu tiên (sau khởi động): %.1f ms", first * 1000))
        print(String(format: "  chỉ đọc (UTF-8 + tách dòng): %.1f MB/s", megabytes / readSeconds))
        print(String(format: "  đọc + kiểm tra:               %.1f MB/s (%.2f ms mỗi lần)", megabytes / auditSeconds, auditSeconds / Double(repetitions) * 1000))
        print(String(format: "  tỷ lệ thông lượng kiểm tra / chỉ đọc: %.3f", readSeconds / auditSeconds))
        _ = (lines, findings)
    }

    /// The same report as TXT, DOCX and PDF, each read from its file and audited: MB/s of the text
    /// read out of it (paragraphs and cells, UTF-8), so the formats compare on the same words.
    /// The PDF figure includes starting poppler's pdftotext for every reading.
    static func formats(_ documents: SeedDocuments, repetitions: (text: Int, docx: Int, pdf: Int)) throws {
        print("audit theo định dạng: báo cáo mẫu đọc từ tệp rồi kiểm tra; MB/s tính trên chữ trích ra")
        var textRate = 0.0
        for (label, url, count) in [("TXT ", documents.text, repetitions.text), ("DOCX", documents.docx, repetitions.docx),
                                    ("PDF ", documents.pdf, repetitions.pdf)] {
            let document = try ReportReader.read(contentsOf: url)
            let bytes = extractedBytes(document)
            let report = Auditor().audit(document)
            var rows = 0
            let seconds = try measure {
                for _ in 0..<count { rows = try Auditor().audit(contentsOf: url).tables.map(\.rows.count).reduce(0, +) }
            }
            let rate = Double(bytes) * Double(count) / 1_000_000 / seconds
            if label == "TXT " { textRate = rate }
            let fileBytes = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
            print(String(format: "  %@: %.2f MB/s (%.2f ms mỗi lần, %d lần; tệp %d byte, chữ %d byte, %d hàng chỉ tiêu, %d phát hiện)",
                         label, rate, seconds / Double(count) * 1000, count, fileBytes, bytes, rows, report.findings.count))
        }
        print(String(format: "  (TXT %.2f MB/s là mốc: DOCX và PDF chứa cùng nội dung, chỉ khác cách đọc)", textRate))
    }

    /// The text a reader took out of a document: its paragraphs and table cells, in UTF-8 bytes.
    static func extractedBytes(_ document: SourceDocument) -> Int {
        document.blocks.reduce(0) { total, block in
            switch block {
            case .paragraph(let paragraph): total + paragraph.text.utf8.count
            case .table(let table): total + table.rows.joined().reduce(0) { $0 + $1.text.utf8.count }
            }
        }
    }
}
