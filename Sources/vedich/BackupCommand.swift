import ArgumentParser
import Foundation
import VeDichStore

struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Sao lưu toàn bộ cơ sở dữ liệu vào một tệp (SQLite: bản sao nhất quán; PostgreSQL: pg_dump). Máy chủ có thể vẫn chạy."
    )

    @Option(help: "Tệp sao lưu sẽ tạo, ví dụ vedich-2025-06-30.backup; không ghi đè tệp đã có.") var out: String

    func run() async throws {
        let location = DatabaseLocation.fromEnvironment()
        let output = URL(fileURLWithPath: out)
        do {
            try await DatabaseBackup.write(location, to: output)
        } catch let error as BackupError {
            Console.reject(error)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: output.path)[.size] as? Int) ?? 0
        Console.print("Đã sao lưu \(location) vào \(output.path) (\(size.formatted(.byteCount(style: .file)))).")
        Console.print("Khôi phục bằng: vedich restore \(output.path)")
    }
}
