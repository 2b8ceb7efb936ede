import FluentKit
import Foundation
import Logging
import NIOCore
import NIOPosix
import SQLKit
import Testing
import VeDichStore

/// The two engines every persistence test runs on.
enum Engine: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres
    var testDescription: String { rawValue }
}

/// A fresh, migrated database per test — a temp SQLite file or a PostgreSQL schema of its own —
/// torn down afterwards. FluentKit alone, no Vapor `Application`.
enum TestDatabase {
    static let postgresVariable = "VEDICH_TEST_POSTGRES_URL"

    static func postgresURL() throws -> String {
        guard let url = ProcessInfo.processInfo.environment[postgresVariable], !url.isEmpty else {
            throw TestDatabaseError.postgresNotConfigured
        }
        return url
    }

    static func withDatabase(_ engine: Engine, _ body: (any Database, DatabaseLocation) async throws -> Void) async throws {
        switch engine {
        case .sqlite:
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-\(UUID().uuidString).sqlite").path
            defer {
                for suffix in ["", "-wal", "-shm", "-journal", ".server-lock"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            }
            try await withMigrated(.sqlite(path: path), body)
        case .postgres:
            let url = try postgresURL()
            let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
            try await withConnection(.postgres(url: url), migrate: false) { database, _ in
                try await (database as! any SQLDatabase).raw("CREATE SCHEMA \(ident: schema)").run()
            }
            do {
                try await withMigrated(.postgres(url: url, searchPath: schema), body)
            } catch {
                try? await dropSchema(schema, url: url)
                throw error
            }
            try await dropSchema(schema, url: url)
        }
    }

    private static func dropSchema(_ schema: String, url: String) async throws {
        try await withConnection(.postgres(url: url), migrate: false) { database, _ in
            try await (database as! any SQLDatabase).raw("DROP SCHEMA \(ident: schema) CASCADE").run()
        }
    }

    private static func withMigrated(_ location: DatabaseLocation, _ body: (any Database, DatabaseLocation) async throws -> Void) async throws {
        try await withConnection(location, migrate: true, body)
    }

    /// Sets up FluentKit for `location`, runs `body`, and shuts everything down whatever happens.
    private static func withConnection(_ location: DatabaseLocation, migrate: Bool,
                                       _ body: (any Database, DatabaseLocation) async throws -> Void) async throws {
        let threadPool = NIOThreadPool(numberOfThreads: 1)
        threadPool.start()
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let databases = Databases(threadPool: threadPool, on: group)
        var logger = Logger(label: "vedich.tests")
        logger.logLevel = .warning
        var failure: (any Error)?
        do {
            let migrations = Migrations()
            try location.configure(databases: databases, migrations: migrations)
            let eventLoop = group.any()
            if migrate {
                let migrator = Migrator(databases: databases, migrations: migrations, logger: logger, on: eventLoop)
                try await migrator.setupIfNeeded().flatMap { migrator.prepareBatch() }.get()
            }
            let database = try #require(databases.database(logger: logger, on: eventLoop))
            try await body(database, location)
        } catch {
            failure = error
        }
        await databases.shutdownAsync()
        try await group.shutdownGracefully()
        try await threadPool.shutdownGracefully()
        if let failure { throw failure }
    }

    static let tables = [
        "admin_units", "agencies", "plans", "indicator_groups", "indicators", "plan_indicators", "targets", "periods",
        "observations", "_fluent_migrations",
    ]

    /// Every row of every VeDich table as text, in a fixed order: equal snapshots mean nothing was written.
    static func snapshot(_ database: any Database) async throws -> String {
        let sql = database as! any SQLDatabase
        var lines: [String] = []
        for table in tables {
            let rows = try await sql.raw("SELECT * FROM \(ident: table) ORDER BY id").all()
            lines.append("\(table): \(rows.count) rows")
            for row in rows {
                let cells = row.allColumns.sorted().map { column in "\(column)=\(text(of: row, column: column))" }
                lines.append("  " + cells.joined(separator: " | "))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// A column of any type as text: SQLite and PostgreSQL store the same model differently.
    private static func text(of row: any SQLRow, column: String) -> String {
        if (try? row.decodeNil(column: column)) == true { return "NULL" }
        if let value = try? row.decode(column: column, as: UUID.self) { return value.uuidString }
        if let value = try? row.decode(column: column, as: String.self) { return value }
        if let value = try? row.decode(column: column, as: Int.self) { return String(value) }
        if let value = try? row.decode(column: column, as: Double.self) { return String(value) }
        if let value = try? row.decode(column: column, as: Bool.self) { return String(value) }
        if let value = try? row.decode(column: column, as: Date.self) { return String(value.timeIntervalSince1970) }
        return "<undecodable>"
    }
}

enum TestDatabaseError: Error, CustomStringConvertible {
    case postgresNotConfigured

    var description: String {
        switch self {
        case .postgresNotConfigured:
            "PostgreSQL tests need \(TestDatabase.postgresVariable): run `bash scripts/postgres.sh` and export "
                + "\(TestDatabase.postgresVariable)=postgres://vedich:vedich@127.0.0.1:5432/vedich_test (make test does both)"
        }
    }
}
