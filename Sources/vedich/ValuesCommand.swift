import ArgumentParser
import Foundation
import VeDichCore
import VeDichImport
import VeDichStore

/// `vedich values import FILE.xlsx|FILE.csv [--dry-run]`: every value of a filled-in workbook,
/// all or nothing; exit 2 with every problem listed when anything is refused.
struct ValuesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "values",
        abstract: "Số liệu từ tệp Excel/CSV.",
        subcommands: [Import.self]
    )

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Nhập số liệu từ mẫu đã điền (.xlsx, .xls, .ods, .csv): tất cả hoặc không gì cả; có ô sai thì liệt kê từng ô và thoát với mã 2."
        )

        @Argument(help: "Tệp đã điền.") var file: String
        @Flag(name: .customLong("dry-run"), help: "Chỉ xem trước, không ghi gì.") var dryRun = false
        @Option(help: "Tên đăng nhập của người nhập, ghi vào nhật ký thay đổi.") var user: String?
        @Option(help: "Mã kế hoạch, cho tệp CSV không có ô “Mã kế hoạch”.") var plan: String?
        @Option(help: "Loại số liệu, cho tệp CSV không có ô “Loại số liệu”.") var version: String?
        @Option(help: "Tên cơ quan, cho tệp CSV không có ô “Cơ quan”.") var agency: String?
        @Option(help: "text hoặc json.") var format: OutputFormat = .text

        func run() async throws {
            let sheet: ValueSheet
            do { sheet = try ValueSheetReader.read(try SpreadsheetReader.read(contentsOf: URL(fileURLWithPath: file))) } catch {
                Console.reject(error, where: file)
            }
            let planID = plan.map { text in
                guard let id = UUID(uuidString: text) else { Console.reject(StoreError.planNotFound(id: text), where: "--plan") }
                return id
            }
            let chosenVersion = version.map { text in
                guard let version = ValueVersion(rawValue: text) else { Console.reject(ValueImportError.unknownVersion(text: text), where: "--version") }
                return version
            }
            let scope = Store.ValueImportScope(planID: planID, agency: agency, version: chosenVersion)
            let actor = user ?? "dòng lệnh (vedich values import \(URL(fileURLWithPath: file).lastPathComponent))"
            let (preview, saved): (ValueImportPreview, Int)
            do {
                (preview, saved) = try await ServerApplication.with { app in
                    let store = Store(database: app.db)
                    if let user, try await !store.users().contains(where: { $0.login == user && $0.active }) {
                        throw StoreError.invalidAccount(UserMessage(what: "Không có tài khoản “\(user)” đang hoạt động", fix: "Xem `vedich user list`"))
                    }
                    let preview = try await store.previewValueImport(sheet, scope: scope)
                    guard !dryRun, preview.problems.isEmpty else { return (preview, 0) }
                    return (preview, try await store.applyValueImport(preview, actor: actor))
                }
            } catch let error as StoreError {
                Console.reject(error, where: file)
            } catch let error as ValueImportError {
                Console.reject(error, where: file)
            }
            if format == .json { try Console.printJSON(preview) }
            guard preview.problems.isEmpty else {
                Console.printError("Không nhập giá trị nào từ \(preview.source): \(preview.problems.count) ô có vấn đề.")
                for problem in preview.problems { Console.printError("  - \(problem)") }
                Console.printError("Cách sửa: sửa các ô đã nêu trong tệp rồi chạy lại.")
                throw ExitCode(2)
            }
            guard format == .text else { return }
            Console.print((dryRun ? "Xem trước (chưa ghi gì): " : "Đã nhập \(saved) giá trị: ") + preview.sentence + ".")
            for row in preview.rows {
                let change = row.unchanged ? "không đổi" : "\(row.current ?? "(trống)") → \(row.text)"
                Console.print("  \(row.code) \(row.name): \(change) — \(row.label)\(row.warnings.isEmpty ? "" : " ⚠ " + row.warnings.joined(separator: "; "))")
            }
        }
    }
}
