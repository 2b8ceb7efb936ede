import ArgumentParser
import Foundation
import VeDichStore

struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Thay toàn bộ cơ sở dữ liệu bằng một bản sao lưu của vedich backup. Tất cả hoặc không gì cả.",
        discussion: "Dừng máy chủ VeDich trước khi khôi phục: khi máy chủ đang chạy, lệnh từ chối và không thay đổi gì. Bản sao lưu phải có đúng cấu trúc dữ liệu VeDich tạo ra. Với SQLite, cơ sở dữ liệu bị thay được giữ lại bên cạnh."
    )

    @Argument(help: "Tệp sao lưu do vedich backup --out tạo ra.") var file: String

    func run() async throws {
        let location = DatabaseLocation.fromEnvironment()
        let kept: URL?
        do {
            kept = try await DatabaseBackup.restore(location, from: URL(fileURLWithPath: file))
        } catch let error as BackupError {
            Console.reject(error)
        }
        let dump = try await DatabaseDump.of(location)
        let counts = dump.rowCounts.filter { $0.rows > 0 }.map { "\($0.table) \($0.rows)" }.joined(separator: ", ")
        Console.print("Đã khôi phục \(location) từ \(file): \(counts.isEmpty ? "không có dòng dữ liệu nào" : counts).")
        if let kept { Console.print("Cơ sở dữ liệu trước khi khôi phục được giữ tại \(kept.path).") }
    }
}
