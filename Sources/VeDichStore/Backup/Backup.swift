import Foundation

/// `vedich backup` and `vedich restore`: a whole, consistent copy of the database in one file,
/// and that copy put back in place of the database, all or nothing. SQLite files and PostgreSQL
/// custom-format dumps; each is recognised by its first bytes, so the wrong file is refused
/// before anything is touched.
public enum DatabaseBackup {
    public enum Format: String, Sendable {
        case sqlite = "SQLite"
        case postgres = "PostgreSQL"
    }

    /// Writes a backup of the database at `location` to `output`, which must not exist yet. The
    /// server may keep running: SQLite copies a snapshot, pg_dump reads in one transaction.
    public static func write(_ location: DatabaseLocation, to output: URL) async throws {
        guard !DurableFile.exists(output) else { throw BackupError.outputExists(path: output.path) }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output.deletingLastPathComponent().path, isDirectory: &isFolder),
              isFolder.boolValue else {
            throw BackupError.outputUnwritable(path: output.path, reason: "thư mục \(output.deletingLastPathComponent().path) không tồn tại")
        }
        switch location {
        case .sqlite(let path):
            try await SQLiteBackup.write(database: path, to: output)
        case .postgres(let url, let searchPath):
            try PostgresBackup.write(url: url, searchPath: searchPath, to: output)
        }
    }

    /// Replaces the database at `location` by the backup in `file`, or refuses and changes
    /// nothing: a file whose schema is not what the migrations make, or while a server holds the
    /// database (`ServerLock`).
    /// - Returns: for SQLite, where the replaced database is kept.
    @discardableResult
    public static func restore(_ location: DatabaseLocation, from file: URL) async throws -> URL? {
        let format = try format(of: file)
        switch location {
        case .sqlite(let path):
            guard format == .sqlite else {
                throw BackupError.otherEngine(path: file.path, backupEngine: format.rawValue, databaseEngine: Format.sqlite.rawValue)
            }
            return try await SQLiteBackup.restore(database: path, from: file, named: file.path)
        case .postgres(let url, let searchPath):
            guard format == .postgres else {
                throw BackupError.otherEngine(path: file.path, backupEngine: format.rawValue, databaseEngine: Format.postgres.rawValue)
            }
            try await PostgresBackup.restore(url: url, searchPath: searchPath, from: file, named: file.path)
            return nil
        }
    }

    /// Which engine wrote `file`, from its first bytes.
    public static func format(of file: URL) throws -> Format {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder) else {
            throw BackupError.backupNotFound(path: file.path)
        }
        guard !isFolder.boolValue else { throw BackupError.notABackup(path: file.path, reason: "đây là một thư mục") }
        guard let handle = FileHandle(forReadingAtPath: file.path) else {
            throw BackupError.notABackup(path: file.path, reason: "không mở được tệp để đọc")
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: SQLiteBackup.magic.count)) ?? Data()
        if head.starts(with: SQLiteBackup.magic) { return .sqlite }
        if head.starts(with: PostgresBackup.magic) { return .postgres }
        throw BackupError.notABackup(path: file.path, reason: head.isEmpty ? "tệp rỗng" : "không phải tệp SQLite hay bản pg_dump")
    }
}
