import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Logging
import NIOCore
import NIOPosix
import SQLKit

/// A backup is restored only if its tables, columns, indexes and triggers are exactly what
/// VeDich's migrations make: an edited file with a dropped append-only trigger or a table of its
/// own is refused. What the migrations make is read from a fresh database migrated for the
/// comparison (a temporary SQLite file, a temporary PostgreSQL schema), with the migrations the
/// backup names, so an older backup compares with its own version of the schema.
enum SchemaCheck {
    static func sqlite(_ candidate: URL, migrations names: [String], named path: String) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fresh = DatabaseLocation.sqlite(path: folder.appendingPathComponent("fresh.sqlite").path)
        try await migrate(fresh, names: names)
        let expected = try await DirectConnection.with(fresh) { try await sqliteObjects($0) }
        let actual = try await DirectConnection.with(.sqlite(path: candidate.path)) { try await sqliteObjects($0) }
        let differences = compare(expected: expected, actual: actual)
        guard differences.isEmpty else { throw BackupError.schemaMismatch(path: path, differences: differences) }
    }

    static func postgres(_ backup: URL, migrations names: [String], backupSchema: String, url: String,
                         tools: PostgresTools, named path: String) async throws {
        let temporary = "vedich_check_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(12).lowercased()
        try await DirectConnection.with(.postgres(url: url)) { try await $0.raw("CREATE SCHEMA \(ident: temporary)").run() }
        do {
            try await migrate(.postgres(url: url, searchPath: temporary), names: names)
            let expected = try tools.check("pg_dump", ["--schema-only", "--no-owner", "--no-privileges",
                                                       "--schema=\(PostgresBackup.quotedIdentifier(temporary))", "--dbname=\(tools.url)"])
            let actual = try tools.check("pg_restore", ["--schema-only", "--no-owner", "--no-privileges", "--file=-", backup.path])
            let differences = compare(expected: postgresStatements(expected, schema: temporary),
                                      actual: postgresStatements(actual, schema: backupSchema))
            guard differences.isEmpty else { throw BackupError.schemaMismatch(path: path, differences: differences) }
        } catch {
            try? await DirectConnection.with(.postgres(url: url)) { try await $0.raw("DROP SCHEMA \(ident: temporary) CASCADE").run() }
            throw error
        }
        try await DirectConnection.with(.postgres(url: url)) { try await $0.raw("DROP SCHEMA \(ident: temporary) CASCADE").run() }
    }

    /// Each difference in words: "thừa trigger observations_no_delete", "thiếu bảng periods".
    static func compare(expected: [String: String], actual: [String: String]) -> [String] {
        let missing = expected.keys.filter { actual[$0] == nil }.sorted().map { "thiếu \($0.prefix(100))" }
        let extra = actual.keys.filter { expected[$0] == nil }.sorted().map { "thừa \($0.prefix(100))" }
        let changed = expected.keys.filter { actual[$0] != nil && actual[$0] != expected[$0] }.sorted().map { "\($0.prefix(100)) khác" }
        return missing + extra + changed
    }

    /// Every table, index, trigger and view by kind and name, with its SQL (the columns are in
    /// the table's): what SQLite itself keeps, minus its own `sqlite_` objects.
    static func sqliteObjects(_ database: any SQLDatabase) async throws -> [String: String] {
        let rows = try await database.raw("""
            SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
            """).all()
        var objects: [String: String] = [:]
        for row in rows {
            let type = try row.decode(column: "type", as: String.self)
            let name = try row.decode(column: "name", as: String.self)
            let sql = try row.decode(column: "sql", as: String?.self) ?? ""
            objects["\(kindLabel(type)) \(name)"] = normalised(sql)
        }
        return objects
    }

    /// pg_dump's statements with the schema's name taken out ("CREATE TABLE S.observations (…"),
    /// each its own key; session settings and comments left out.
    static func postgresStatements(_ script: Data, schema: String) -> [String: String] {
        let lines = String(decoding: script, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .filter { line in
                !line.hasPrefix("--") && !line.hasPrefix("SET ") && !line.hasPrefix("SELECT pg_catalog.set_config")
                    && !line.hasPrefix("\\")
            }
        let quoted = PostgresBackup.quotedIdentifier(schema)
        var statements: [String: String] = [:]
        for statement in lines.joined(separator: "\n").components(separatedBy: ";\n") {
            let text = normalised(statement.replacingOccurrences(of: quoted + ".", with: "S.")
                .replacingOccurrences(of: schema + ".", with: "S."))
            guard !text.isEmpty, !text.hasPrefix("CREATE SCHEMA"), !text.hasPrefix("ALTER SCHEMA"),
                  !text.hasPrefix("COMMENT ON SCHEMA") else { continue }
            statements[text] = text
        }
        return statements
    }

    private static func kindLabel(_ type: String) -> String {
        switch type {
        case "table": "bảng"
        case "index": "chỉ mục"
        case "trigger": "trigger"
        case "view": "view"
        default: type
        }
    }

    private static func normalised(_ sql: String) -> String {
        sql.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// A new database of the given migrations, in the order VeDich runs them.
    static func migrate(_ location: DatabaseLocation, names: [String]) async throws {
        try await DirectConnection.withDatabases(location, label: "vedich.schema-check") { databases, eventLoop, logger in
            let migrations = Migrations()
            migrations.add(StoreMigrations.all.filter { names.contains($0.name) })
            let migrator = Migrator(databases: databases, migrations: migrations, logger: logger, on: eventLoop,
                                    migrationLogLevel: .debug)
            try await migrator.setupIfNeeded().get()
            try await migrator.prepareBatch().get()
        }
    }
}
