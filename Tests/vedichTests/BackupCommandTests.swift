import Foundation
import Testing
import VeDichStore

/// `vedich backup` and `vedich restore` on a data folder of their own (SQLite).
struct BackupCommandTests {
    func run(_ arguments: String..., data: URL) throws -> CLI.Result {
        try CLI.run(arguments, environment: ["VEDICH_DATA": data.path, "DATABASE_URL": ""])
    }

    @Test func aBackupRestoredAfterAnotherImportBringsBackTheDemoAlone() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-backup-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data")
        let database = DatabaseLocation.sqlite(path: data.appendingPathComponent("vedich.sqlite").path)
        #expect(try run("import", ImportCommandTests.seed, "--province", "Lạng Sơn", data: data).status == 0)
        let demo = try await DatabaseDump.of(database)

        let file = folder.appendingPathComponent("lang-son.backup")
        let backup = try run("backup", "--out", file.path, data: data)
        #expect(backup.status == 0, "\(backup.stderr)")
        #expect(backup.stdout.hasPrefix("Đã sao lưu SQLite \(database.description.dropFirst("SQLite ".count)) vào \(file.path)"))

        let report = folder.appendingPathComponent("cao-bang.txt")
        try LargeReport.text(tables: 1, rowsPerTable: 3).write(to: report, atomically: true, encoding: .utf8)
        #expect(try run("import", report.path, "--province", "Cao Bằng", data: data).status == 0)
        #expect(try await DatabaseDump.of(database) != demo)

        let restore = try run("restore", file.path, data: data)
        #expect(restore.status == 0, "\(restore.stderr)")
        #expect(restore.stdout.contains("plans 3"), "\(restore.stdout)")
        #expect(restore.stdout.contains("Cơ sở dữ liệu trước khi khôi phục được giữ tại"))
        #expect(try await DatabaseDump.of(database) == demo)
        #expect(try run("plans", data: data).stdout.contains("Cao Bằng") == false)
    }

    /// `vedich serve` holds the database: `vedich restore` refuses in Vietnamese and changes
    /// nothing; once the server has stopped, the same restore goes through.
    @Test func aRestoreWhileTheServerRunsIsRefused() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-backup-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data")
        let database = DatabaseLocation.sqlite(path: data.appendingPathComponent("vedich.sqlite").path)
        #expect(try run("import", ImportCommandTests.seed, "--province", "Lạng Sơn", data: data).status == 0)
        let file = folder.appendingPathComponent("lang-son.backup")
        #expect(try run("backup", "--out", file.path, data: data).status == 0)
        let report = folder.appendingPathComponent("cao-bang.txt")
        try LargeReport.text(tables: 1, rowsPerTable: 3).write(to: report, atomically: true, encoding: .utf8)
        #expect(try run("import", report.path, "--province", "Cao Bằng", data: data).status == 0)
        let before = try await DatabaseDump.of(database)

        let server = Process()
        server.executableURL = CLI.executable
        server.arguments = ["serve", "--port", "18151"]
        server.environment = ProcessInfo.processInfo.environment.merging(["VEDICH_DATA": data.path, "DATABASE_URL": ""]) { _, added in added }
        let out = Pipe()
        server.standardOutput = out
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer { if server.isRunning { server.terminate() } }
        // The server says it runs once it holds the lock and has opened the database.
        var said = ""
        while !said.contains("VeDich đang chạy") {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            said += String(decoding: chunk, as: UTF8.self)
        }
        try #require(said.contains("VeDich đang chạy"), "the server did not start: \(said)")

        let refused = try run("restore", file.path, data: data)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("Máy chủ VeDich đang chạy"), "\(refused.stderr)")
        #expect(refused.stderr.contains("Cách sửa: Dừng máy chủ VeDich"))
        #expect(try await DatabaseDump.of(database) == before, "the live database is untouched")

        server.terminate()
        server.waitUntilExit()
        let restored = try run("restore", file.path, data: data)
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(try await DatabaseDump.of(database) != before)
    }

    @Test func theSeedReportIsNotABackupAndNothingChanges() async throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-backup-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        #expect(try run("import", ImportCommandTests.seed, "--province", "Lạng Sơn", data: data).status == 0)
        let database = DatabaseLocation.sqlite(path: data.appendingPathComponent("vedich.sqlite").path)
        let before = try await DatabaseDump.of(database)

        let result = try run("restore", ImportCommandTests.seed, data: data)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("không phải bản sao lưu VeDich"))
        #expect(result.stderr.contains("cơ sở dữ liệu hiện tại giữ nguyên"))
        #expect(result.stderr.contains("Cách sửa: Chọn tệp do lệnh vedich backup --out TỆP tạo ra"))
        #expect(try await DatabaseDump.of(database) == before)
    }
}
