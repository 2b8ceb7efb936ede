/// A VeDich database is known by its migration table: it names the first migration, and a
/// backup that names migrations this version lacks was written by a newer VeDich.
enum MigrationNames {
    static let table = "_fluent_migrations"

    static var known: [String] { StoreMigrations.all.map(\.name) }

    static func check(_ names: [String], path: String) throws {
        guard let first = known.first, names.contains(first) else {
            throw BackupError.notABackup(path: path, reason: "không có cấu trúc dữ liệu của VeDich")
        }
        let unknown = names.filter { !known.contains($0) }
        guard unknown.isEmpty else { throw BackupError.newerVersion(path: path, unknownMigrations: unknown) }
    }
}
