import ArgumentParser
import Foundation
import VeDichCore
import VeDichImport

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Kiểm tra một báo cáo (văn bản .txt, Word .docx hoặc .pdf): tính lại mọi đánh giá và chỉ ra chỗ văn bản tự mâu thuẫn."
    )

    @Argument(help: "Tệp báo cáo: văn bản UTF-8 (.txt), tài liệu Word (.docx) hoặc PDF có lớp chữ (.pdf).")
    var file: String

    @Option(help: "text hoặc json.")
    var format: OutputFormat = .text

    @Option(help: "Cách tính chỉ tiêu tổng hợp: strict, lenient hoặc leading.")
    var policy: CompositePolicy = .strict

    @Option(name: .customLong("fail-on"), help: "error: thoát với mã 1 nếu có lỗi; warning: thoát với mã 1 nếu có lỗi hoặc cảnh báo (kể cả khi không đọc được gì: nothing_read).")
    var failOn: FailOn?

    @Option(help: "Cụm từ chỉ hướng bổ sung: mỗi dòng “cụm từ<TAB>higher|lower|band<TAB>lý do”; ^ trước cụm từ: phải đứng đầu tên, $ sau: phải đứng cuối tên.")
    var directions: String?

    enum FailOn: String, ExpressibleByArgument { case error, warning }

    func run() throws {
        var dictionary = DirectionDictionary.standard
        if let directions {
            guard let text = try? String(contentsOfFile: directions, encoding: .utf8) else {
                Console.reject(ReportReadError.fileNotFound(path: directions), where: "--directions")
            }
            do { dictionary.entries = try DirectionDictionary.parse(text) + dictionary.entries } catch {
                Console.reject(error, where: directions)
            }
        }
        let report: AuditReport
        do {
            report = try Auditor(policy: policy, directions: dictionary).audit(contentsOf: URL(fileURLWithPath: file))
        } catch {
            Console.reject(error)
        }
        switch format {
        case .text: Console.print(report.renderText())
        case .json: try Console.printJSON(AuditJSON(report))
        }
        switch failOn {
        case .error where report.errorCount > 0: throw ExitCode(1)
        case .warning where report.findings.contains(where: { $0.severity <= .warning }): throw ExitCode(1)
        default: break
        }
    }
}

extension CompositePolicy: ExpressibleByArgument {}
