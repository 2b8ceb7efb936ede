import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import SQLKit

/// Where the data lives: an SQLite file in the data folder by default, PostgreSQL when
/// `DATABASE_URL` is set. The same migrations serve both.
public enum DatabaseLocation: Sendable, Equatable, CustomStringConvertible {
    case sqlite(path: String)
    /// `searchPath` puts tests in a schema of their own.
    case postgres(url: String, searchPath: String? = nil)

    /// `DATABASE_URL`, else `$VEDICH_DATA/vedich.sqlite` (default data folder `./data`).
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> DatabaseLocation {
        if let url = environment["DATABASE_URL"], !url.isEmpty { return .postgres(url: url) }
        let folder = environment["VEDICH_DATA"].flatMap { $0.isEmpty ? nil : $0 } ?? "data"
        return .sqlite(path: URL(fileURLWithPath: folder).appendingPathComponent("vedich.sqlite").path)
    }

    public var description: String {
        switch self {
        case .sqlite(let path): "SQLite \(path)"
        case .postgres(let url, _): "PostgreSQL \(Self.redacted(url))"
        }
    }

    /// Registers the database and every migration.
    public func configure(databases: Databases, migrations: Migrations) throws {
        switch self {
        case .sqlite(let path):
            try FileManager.default.createDirectory(
                at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
            databases.use(.sqlite(.file(path)), as: .sqlite)
        case .postgres(let url, let searchPath):
            var configuration = try SQLPostgresConfiguration(url: url)
            if let searchPath { configuration.searchPath = [searchPath] }
            // Writers queue for a connection as they queue on SQLite (`WriteWait.queueSeconds`):
            // Fluent's default (one connection per event loop, 10 s) answered "busy" to saves
            // that stood behind an import on a loaded machine.
            databases.use(.postgres(configuration: configuration, maxConnectionsPerEventLoop: 4,
                                    connectionPoolTimeout: .seconds(Int64(WriteWait.queueSeconds))), as: .psql)
        }
        migrations.add(StoreMigrations.all)
    }

    /// After the migrations, before serving: SQLite keeps a write-ahead log, so readers never wait
    /// for a writer and a writer waits for another (`busy_timeout`) instead of failing at once.
    /// The log mode stays with the file; the timeout is per connection, so every connection of
    /// the pool (one per event loop) gets it now; `writeTransaction` sets it again for its own.
    public func prepare(_ databases: Databases, on eventLoops: any EventLoopGroup, logger: Logger) async throws {
        guard case .sqlite = self else { return }
        var first = true
        for eventLoop in eventLoops.makeIterator() {
            guard let database = databases.database(.sqlite, logger: logger, on: eventLoop) as? any SQLDatabase else { continue }
            try await database.raw("PRAGMA busy_timeout = \(unsafeRaw: String(WriteWait.seconds * 1000))").run()
            guard first else { continue }
            first = false
            do {
                try await database.raw("PRAGMA journal_mode = WAL").run()
            } catch {
                // Another program kept the file busy: this start serves in the old mode; the next one switches.
                logger.warning("SQLite stays in its journal mode for now: \(String(reflecting: error))")
            }
        }
    }

    private static func redacted(_ url: String) -> String {
        guard var components = URLComponents(string: url) else { return url }
        if components.password != nil { components.password = "***" }
        return components.string ?? url
    }
}
