import ArgumentParser
import Foundation
import VeDichCore
import VeDichImport
import VeDichStore

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Nhập báo cáo (.txt, .docx, .pdf) vào cơ sở dữ liệu: kế hoạch, chỉ tiêu, mục tiêu, số liệu. Tất cả hoặc không gì cả."
    )

    @Argument(help: "Tệp báo cáo.") var file: String
    @Option(help: "Tên tỉnh của báo cáo, ví dụ \"Lạng Sơn\".") var province: String
    @Flag(name: .customLong("dry-run"), help: "Chỉ xem trước những gì sẽ được tạo hoặc thay đổi.") var dryRun = false
    @Flag(name: .customLong("if-empty"), help: "Chỉ nhập khi cơ sở dữ liệu chưa có kế hoạch nào (dùng cho dữ liệu mẫu).")
    var ifEmpty = false
    @Option(help: "text hoặc json.") var format: OutputFormat = .text
    @Option(help: "Tệp hướng chỉ tiêu (.tsv): mỗi dòng “mã hoặc tên chỉ tiêu<TAB>higher|lower|band<TAB>lý do”. Tệp có dòng sai thì không nhập gì cả.")
    var directions: String?

    func run() async throws {
        let dictionary = readDirections()
        let report: AuditReport
        do { report = try Auditor(directions: dictionary).audit(contentsOf: URL(fileURLWithPath: file)) } catch { Console.reject(error) }
        if let directions {
            let problems = dictionary.assignments.problems(in: report)
            if !problems.isEmpty { Console.reject(DirectionAssignmentError.badLines(problems), where: directions) }
        }
        let source = "nhập tệp \(report.source)"
        if ifEmpty, try await ServerApplication.with({ app in try await !Store(database: app.db).plans().isEmpty }) {
            Console.print("Cơ sở dữ liệu đã có kế hoạch: không nhập lại \(report.source).")
            return
        }
        let summary: ImportSummary
        do {
            summary = try await ServerApplication.with { app in
                let importer = ReportImporter(database: app.db, directions: dictionary)
                if dryRun { return try await importer.preview(report, province: province, recordedBy: source) }
                return try await importer.apply(report, province: province, recordedBy: source) { step in
                    if format == .text { Console.printError("… \(step)") }
                }
            }
        } catch let error as StoreError {
            Console.reject(error, where: file)
        }
        switch format {
        case .json:
            try Console.printJSON(summary)
        case .text:
            Console.print((dryRun ? "Xem trước (chưa ghi gì): " : "Đã nhập: ") + summary.sentence + ".")
            for change in summary.changes.prefix(dryRun ? 1000 : 0) {
                Console.print("  \(change.action == .create ? "+" : "~") [\(change.entity)] \(change.description)")
            }
        }
    }

    /// The standard phrases, with the directions `--directions` names; a bad file stops here,
    /// before anything is read into the database.
    private func readDirections() -> DirectionDictionary {
        var dictionary = DirectionDictionary.standard
        guard let directions else { return dictionary }
        guard let text = try? String(contentsOfFile: directions, encoding: .utf8) else {
            Console.reject(ReportReadError.fileNotFound(path: directions), where: "--directions")
        }
        let name = URL(fileURLWithPath: directions).lastPathComponent
        do { dictionary.assignments = try DirectionAssignments.parse(text, source: name) } catch {
            Console.reject(error, where: directions)
        }
        return dictionary
    }
}
