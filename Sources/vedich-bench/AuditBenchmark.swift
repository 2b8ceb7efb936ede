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
}
