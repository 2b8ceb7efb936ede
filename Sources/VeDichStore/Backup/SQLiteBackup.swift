import Foundation
import SQLKit

/// SQLite backups: `VACUUM INTO` copies a consistent snapshot while the server keeps running. A
/// restore copies the backup beside the database, checks the copy, and renames it over the
/// database; the database replaced is kept beside it, so a mistaken restore can be undone.
enum SQLiteBackup {
    static let magic = Data("SQLite format 3\u{0}".utf8)

    static func write(database path: String, to output: URL) async throws {
        guard DurableFile.exists(URL(fileURLWithPath: path)) else {
            throw BackupError.databaseFailed(location: "SQLite \(path)", reason: "tệp cơ sở dữ liệu không tồn tại")
        }
        let partial = DurableFile.temporarySibling(of: output, purpose: "partial")
        defer { try? FileManager.default.removeItem(at: partial) }
        do {
            try await DirectConnection.with(.sqlite(path: path)) { database in
                try await database.raw("VACUUM INTO \(bind: partial.path)").run()
            }
        } catch {
            throw BackupError.outputUnwritable(path: output.path, reason: "\(error)")
        }
        do {
            try DurableFile.commit(partial, as: output)
        } catch {
            throw BackupError.outputUnwritable(path: output.path, reason: "\(error)")
        }
    }

    /// - Returns: where the database that was replaced is kept, if there was one.
    static func restore(database path: String, from backup: URL, named name: String) async throws -> URL? {
        let live = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: live.deletingLastPathComponent(), withIntermediateDirectories: true)
        let candidate = DurableFile.temporarySibling(of: live, purpose: "restore")
        defer {
            for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: candidate.path + suffix) }
        }
        do {
            try FileManager.default.copyItem(at: backup, to: candidate)
        } catch {
            throw BackupError.outputUnwritable(path: live.deletingLastPathComponent().path, reason: "không chép được bản sao lưu vào thư mục dữ liệu")
        }
        try await check(candidate, named: name)
        return try await ServerLock.exclusively(.sqlite(path: path)) {
            try await replace(live, by: candidate)
        }
    }

    /// Puts the checked copy in place of the database, keeping the one replaced beside it.
    private static func replace(_ live: URL, by candidate: URL) async throws -> URL? {
        let path = live.path
        var kept: URL?
        if DurableFile.exists(live) {
            // Opening the database rolls back a write that was cut off (its hot journal); left
            // there, that journal would be played back into the restored file.
            _ = try await DirectConnection.with(.sqlite(path: path)) { database in
                try await database.raw("SELECT count(*) AS tables FROM sqlite_master").all()
            }
            for suffix in ["-journal", "-wal"] where DurableFile.exists(URL(fileURLWithPath: path + suffix)) {
                throw BackupError.databaseFailed(location: "SQLite \(path)",
                                                 reason: "đang có một lần ghi chưa xong (tệp \(suffix)); hãy dừng máy chủ VeDich rồi khôi phục lại")
            }
            let keep = live.deletingLastPathComponent().appendingPathComponent("\(live.lastPathComponent).before-restore-\(Self.stamp())")
            try FileManager.default.linkItem(at: live, to: keep)
            kept = keep
        }
        try DurableFile.commit(candidate, as: live)
        return kept
    }

    /// Refuses a file that is not a whole, readable VeDich database.
    static func check(_ candidate: URL, named name: String) async throws {
        let names: [String]
        do {
            names = try await DirectConnection.with(.sqlite(path: candidate.path)) { database in
                let verdict = try await database.raw("PRAGMA integrity_check").all()
                    .compactMap { try? $0.decode(column: "integrity_check", as: String.self) }
                guard verdict == ["ok"] else {
                    throw BackupError.damaged(path: name, reason: "SQLite báo: \(verdict.prefix(3).joined(separator: "; "))")
                }
                let tables = try await database.raw("SELECT name FROM sqlite_master WHERE type = 'table'").all()
                    .map { try $0.decode(column: "name", as: String.self) }
                guard tables.contains(MigrationNames.table) else {
                    throw BackupError.notABackup(path: name, reason: "tệp SQLite không có bảng \(MigrationNames.table) của VeDich")
                }
                return try await database.raw("SELECT name FROM \(ident: MigrationNames.table)").all()
                    .map { try $0.decode(column: "name", as: String.self) }
            }
        } catch let error as BackupError {
            throw error
        } catch {
            throw BackupError.damaged(path: name, reason: "SQLite không đọc được: \(error)")
        }
        try MigrationNames.check(names, path: name)
        try await SchemaCheck.sqlite(candidate, migrations: names, named: name)
    }

    private static func stamp() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return formatter.string(from: Date())
    }
}
