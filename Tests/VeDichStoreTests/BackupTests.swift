import FluentKit
import Foundation
import SQLKit
import Testing
import VeDichCore
@testable import VeDichStore

/// `vedich backup` / `vedich restore` on both engines: every row of every table comes back, and a
/// file that is not a good VeDich backup is refused before anything is touched.
@Suite struct BackupTests {
    /// A scratch folder for backup files, removed afterwards.
    static func withFolder<T>(_ body: (URL) async throws -> T) async throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-backup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try await body(folder)
    }

    /// The seed, plus an entered value so revisions and the change log hold rows too.
    static func seedWithAnEdit(_ database: any Database) async throws {
        let (_, insurance, revision) = try await ObservationTests.seeded(database)
        _ = try await Store(database: database).record(ObservationTests.draft(insurance, "96,5", basedOn: revision))
    }

    /// An empty database for the backup to be restored into: a new SQLite path, or the same
    /// PostgreSQL schema dropped and made again (a pg_dump names its schema).
    static func emptied(_ location: DatabaseLocation, folder: URL) async throws -> DatabaseLocation {
        switch location {
        case .sqlite:
            return .sqlite(path: folder.appendingPathComponent("fresh/vedich.sqlite").path)
        case .postgres(let url, let schema?):
            try await DirectConnection.with(.postgres(url: url)) { sql in
                try await sql.raw("DROP SCHEMA \(ident: schema) CASCADE").run()
                try await sql.raw("CREATE SCHEMA \(ident: schema)").run()
            }
            #expect(try await DatabaseDump.of(location).tables.isEmpty)
            return location
        case .postgres:
            Issue.record("tests use a schema of their own")
            return location
        }
    }

    @Test(arguments: Engine.allCases)
    func aBackupRestoredIntoAnEmptyDatabaseGivesBackEveryRow(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, location in
            try await Self.withFolder { folder in
                try await Self.seedWithAnEdit(database)
                let before = try await DatabaseDump.of(location)
                #expect(before.rowCounts.first { $0.table == "plans" }?.rows == 3)
                #expect(before.rowCounts.first { $0.table == "observations" }?.rows ?? 0 > 90)

                let file = folder.appendingPathComponent("lang-son.backup")
                try await DatabaseBackup.write(location, to: file)
                #expect(try DatabaseBackup.format(of: file) == (engine == .sqlite ? .sqlite : .postgres))

                let fresh = try await Self.emptied(location, folder: folder)
                try await DatabaseBackup.restore(fresh, from: file)
                let after = try await DatabaseDump.of(fresh)
                #expect(after.tables.map(\.name) == before.tables.map(\.name))
                for (restored, original) in zip(after.tables, before.tables) {
                    #expect(restored == original, "table \(original.name) differs after the round trip")
                }
            }
        }
    }

    @Test(arguments: Engine.allCases)
    func aRestoreUndoesEverythingWrittenSinceTheBackup(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, location in
            try await Self.withFolder { folder in
                let (_, insurance, revision) = try await ObservationTests.seeded(database)
                let before = try await DatabaseDump.of(location)
                let file = folder.appendingPathComponent("before-the-edit.backup")
                try await DatabaseBackup.write(location, to: file)

                _ = try await Store(database: database).record(ObservationTests.draft(insurance, "98", basedOn: revision))
                try await (database as! any SQLDatabase).raw("CREATE TABLE stray_table (id INTEGER)").run()
                #expect(try await DatabaseDump.of(location) != before)
                let generation = try #require(try await Store(database: database).generation())

                let kept = try await DatabaseBackup.restore(location, from: file)
                #expect(try await DatabaseDump.of(location) == before)
                if engine == .postgres {
                    // Servers still running must not take the restored data for a snapshot they keep.
                    let restored = try await DirectConnection.with(location) { sql in
                        try await sql.raw("SELECT counter FROM data_generation").first()?.decode(column: "counter", as: Int.self)
                    }
                    #expect((restored ?? 0) > generation)
                }
                if let kept {
                    // SQLite keeps the database it replaced: the edit is still there to be found.
                    #expect(try await DatabaseDump.of(.sqlite(path: kept.path)).tables.contains { $0.name == "stray_table" })
                    try FileManager.default.removeItem(at: kept)
                }
            }
        }
    }

    @Test(arguments: Engine.allCases)
    func aBackupIsNeverWrittenOverAnExistingFile(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, location in
            try await Self.withFolder { folder in
                let file = folder.appendingPathComponent("yesterday.backup")
                try Data("bản sao lưu hôm qua".utf8).write(to: file)
                await #expect(throws: BackupError.outputExists(path: file.path)) {
                    try await DatabaseBackup.write(location, to: file)
                }
                #expect(try String(contentsOf: file, encoding: .utf8) == "bản sao lưu hôm qua")
            }
        }
    }

    /// A file that is not a good backup, and the refusal it must get.
    struct BadFile: CustomTestStringConvertible, Sendable {
        var testDescription: String
        /// Writes the file; `backup` is a real backup of the database under test.
        var make: @Sendable (_ file: URL, _ backup: URL, _ engine: Engine) async throws -> Void
        var refusal: @Sendable (BackupError) -> Bool

        static let all: [BadFile] = [
            BadFile(testDescription: "the seed report, not a backup") { file, _, _ in
                try FileManager.default.copyItem(at: Seed.url, to: file)
            } refusal: { if case .notABackup = $0 { true } else { false } },
            BadFile(testDescription: "an empty file") { file, _, _ in
                try Data().write(to: file)
            } refusal: { if case .notABackup(_, "tệp rỗng") = $0 { true } else { false } },
            BadFile(testDescription: "a backup of the other engine") { file, _, engine in
                try (engine == .sqlite ? Data("PGDMP\u{1}\u{e}".utf8) : SQLiteBackup.magic + Data(count: 100)).write(to: file)
            } refusal: { if case .otherEngine = $0 { true } else { false } },
            BadFile(testDescription: "a backup cut off halfway") { file, backup, _ in
                let whole = try Data(contentsOf: backup)
                try whole.prefix(whole.count / 2).write(to: file)
            } refusal: { error in
                switch error {
                case .damaged, .toolFailed: true
                default: false
                }
            },
            BadFile(testDescription: "a database of another program") { file, _, engine in
                let other = FileManager.default.temporaryDirectory.appendingPathComponent("other-\(UUID().uuidString).sqlite")
                defer { try? FileManager.default.removeItem(at: other) }
                try await DirectConnection.with(.sqlite(path: other.path)) { sql in
                    try await sql.raw("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)").run()
                }
                try FileManager.default.copyItem(at: other, to: file)
            } refusal: { error in
                switch error {
                case .notABackup, .otherEngine: true
                default: false
                }
            },
        ]
    }

    @Test(arguments: Engine.allCases, BadFile.all)
    func aRefusedRestoreChangesNothing(_ engine: Engine, _ bad: BadFile) async throws {
        try await TestDatabase.withDatabase(engine) { database, location in
            try await Self.withFolder { folder in
                try await Self.seedWithAnEdit(database)
                let backup = folder.appendingPathComponent("good.backup")
                try await DatabaseBackup.write(location, to: backup)
                let before = try await DatabaseDump.of(location)
                let dataFolder = Self.dataFolderListing(location)

                let file = folder.appendingPathComponent("bad.backup")
                try await bad.make(file, backup, engine)
                do {
                    try await DatabaseBackup.restore(location, from: file)
                    Issue.record("\(bad.testDescription) was restored")
                } catch let error as BackupError {
                    #expect(bad.refusal(error), "\(bad.testDescription): \(error)")
                    #expect(!error.userMessage.what.isEmpty && !error.userMessage.fix.isEmpty)
                }
                #expect(try await DatabaseDump.of(location) == before)
                #expect(Self.dataFolderListing(location) == dataFolder, "no copy is left beside the database")
            }
        }
    }

    @Test func aBackupFromANewerVeDichIsRefused() async throws {
        try await TestDatabase.withDatabase(.sqlite) { database, location in
            try await Self.withFolder { folder in
                try await Seed.importSeed(into: database)
                let backup = folder.appendingPathComponent("newer.backup")
                try await DatabaseBackup.write(location, to: backup)
                try await DirectConnection.with(.sqlite(path: backup.path)) { sql in
                    try await sql.raw("INSERT INTO _fluent_migrations (id, name, batch) VALUES (\(bind: UUID()), '999_from_a_later_version', 9)").run()
                }
                let before = try await DatabaseDump.of(location)
                await #expect(throws: BackupError.newerVersion(path: backup.path, unknownMigrations: ["999_from_a_later_version"])) {
                    try await DatabaseBackup.restore(location, from: backup)
                }
                #expect(try await DatabaseDump.of(location) == before)
            }
        }
    }

    @Test func aPostgresBackupOfAnotherSchemaIsRefused() async throws {
        try await TestDatabase.withDatabase(.postgres) { database, location in
            try await Self.withFolder { folder in
                try await Seed.importSeed(into: database)
                guard case .postgres(let url, let schema?) = location else { return }
                let backup = folder.appendingPathComponent("schema.backup")
                try await DatabaseBackup.write(location, to: backup)
                await #expect(throws: BackupError.otherSchema(path: backup.path, backupSchema: schema, databaseSchema: "somewhere_else")) {
                    try await DatabaseBackup.restore(.postgres(url: url, searchPath: "somewhere_else"), from: backup)
                }
            }
        }
    }

    /// A backup edited outside VeDich: still a good SQLite file or pg_dump archive, but its schema
    /// is not what the migrations make. On SQLite the backup file is edited; on PostgreSQL the
    /// schema is edited before the backup is written and put back afterwards.
    struct SchemaEdit: CustomTestStringConvertible, Sendable {
        var testDescription: String
        var sqlite: [String]
        var postgres: [String]
        var postgresUndo: [String]
        /// What the refusal must list, per engine.
        var sqliteDifference: String
        var postgresDifference: String

        static let all: [SchemaEdit] = [
            SchemaEdit(testDescription: "an extra trigger",
                       sqlite: ["CREATE TRIGGER users_promote AFTER INSERT ON users BEGIN UPDATE users SET role = 'admin'; END"],
                       postgres: ["CREATE FUNCTION users_promote() RETURNS trigger AS $$ BEGIN UPDATE users SET role = 'admin'; RETURN NEW; END $$ LANGUAGE plpgsql",
                                  "CREATE TRIGGER users_promote AFTER INSERT ON users FOR EACH ROW EXECUTE FUNCTION users_promote()"],
                       postgresUndo: ["DROP TRIGGER users_promote ON users", "DROP FUNCTION users_promote()"],
                       sqliteDifference: "thừa trigger users_promote", postgresDifference: "thừa CREATE TRIGGER users_promote"),
            SchemaEdit(testDescription: "a dropped append-only trigger",
                       sqlite: ["DROP TRIGGER change_log_no_delete"],
                       postgres: ["DROP TRIGGER change_log_append_only ON change_log"],
                       postgresUndo: ["CREATE TRIGGER change_log_append_only BEFORE UPDATE OR DELETE ON change_log FOR EACH ROW EXECUTE FUNCTION change_log_append_only()"],
                       sqliteDifference: "thiếu trigger change_log_no_delete", postgresDifference: "thiếu CREATE TRIGGER change_log_append_only"),
            SchemaEdit(testDescription: "an extra table",
                       sqlite: ["CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"],
                       postgres: ["CREATE TABLE notes (id integer PRIMARY KEY, text text)"],
                       postgresUndo: ["DROP TABLE notes"],
                       sqliteDifference: "thừa bảng notes", postgresDifference: "thừa CREATE TABLE S.notes"),
            SchemaEdit(testDescription: "a missing table",
                       sqlite: ["DROP TABLE user_tokens"],
                       postgres: ["CREATE SCHEMA {schema}_aside", "ALTER TABLE user_tokens SET SCHEMA {schema}_aside"],
                       postgresUndo: ["ALTER TABLE {schema}_aside.user_tokens SET SCHEMA {schema}", "DROP SCHEMA {schema}_aside"],
                       sqliteDifference: "thiếu bảng user_tokens", postgresDifference: "thiếu CREATE TABLE S.user_tokens"),
        ]
    }

    @Test(arguments: Engine.allCases, SchemaEdit.all)
    func aBackupWhoseSchemaWasEditedIsRefused(_ engine: Engine, _ edit: SchemaEdit) async throws {
        try await TestDatabase.withDatabase(engine) { database, location in
            try await Self.withFolder { folder in
                try await Self.seedWithAnEdit(database)
                let file = folder.appendingPathComponent("edited.backup")
                switch location {
                case .sqlite:
                    try await DatabaseBackup.write(location, to: file)
                    try await DirectConnection.with(.sqlite(path: file.path)) { sql in
                        for statement in edit.sqlite { try await sql.raw(SQLQueryString(statement)).run() }
                    }
                case .postgres(_, let schema):
                    let sql = database as! any SQLDatabase
                    func run(_ statements: [String]) async throws {
                        for statement in statements {
                            try await sql.raw(SQLQueryString(statement.replacingOccurrences(of: "{schema}", with: schema ?? "public"))).run()
                        }
                    }
                    try await run(edit.postgres)
                    try await DatabaseBackup.write(location, to: file)
                    try await run(edit.postgresUndo)
                }
                let before = try await DatabaseDump.of(location)
                let dataFolder = Self.dataFolderListing(location)
                do {
                    try await DatabaseBackup.restore(location, from: file)
                    Issue.record("a backup with \(edit.testDescription) was restored")
                } catch let error as BackupError {
                    guard case .schemaMismatch(_, let differences) = error else {
                        Issue.record("\(edit.testDescription): refused for another reason: \(error)")
                        return
                    }
                    let expected = engine == .sqlite ? edit.sqliteDifference : edit.postgresDifference
                    #expect(differences.contains { $0.hasPrefix(expected) }, "\(edit.testDescription): \(differences)")
                    #expect(error.userMessage.what.contains("cơ sở dữ liệu hiện tại giữ nguyên"))
                }
                #expect(try await DatabaseDump.of(location) == before)
                #expect(Self.dataFolderListing(location) == dataFolder, "no copy is left beside the database")
            }
        }
    }

    /// `vedich serve` holds the server lock; a restore meanwhile is refused and changes nothing,
    /// and goes through once the server has stopped.
    @Test(arguments: Engine.allCases)
    func aRestoreWhileAServerRunsIsRefused(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, location in
            try await Self.withFolder { folder in
                let (_, insurance, revision) = try await ObservationTests.seeded(database)
                let file = folder.appendingPathComponent("good.backup")
                try await DatabaseBackup.write(location, to: file)
                _ = try await Store(database: database).record(ObservationTests.draft(insurance, "98", basedOn: revision))
                let before = try await DatabaseDump.of(location)

                let server = try await ServerLock.acquire(location)
                do {
                    try await DatabaseBackup.restore(location, from: file)
                    Issue.record("restored under a running server")
                } catch let error as BackupError {
                    #expect(error == .serverRunning(location: location.description))
                    #expect(error.userMessage.fix.contains("Dừng máy chủ VeDich"))
                }
                // A second server may share the database; a restore may not.
                let second = try await ServerLock.acquire(location)
                await second.release()
                await server.release()
                #expect(try await DatabaseDump.of(location) == before, "the live database is untouched")

                let kept = try await DatabaseBackup.restore(location, from: file)
                #expect(try await DatabaseDump.of(location) != before, "with the server stopped, the restore goes through")
                if let kept { try FileManager.default.removeItem(at: kept) }
            }
        }
    }

    /// The files beside an SQLite database (PostgreSQL has none).
    static func dataFolderListing(_ location: DatabaseLocation) -> [String] {
        guard case .sqlite(let path) = location else { return [] }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let name = URL(fileURLWithPath: path).lastPathComponent
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.contains(name) }.sorted()
    }
}
