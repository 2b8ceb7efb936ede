import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Logging
import NIOCore
import NIOPosix
import SQLKit

/// A database opened on its own, without a server and without migrations: backups and restores
/// must read a database exactly as it is, and must not create or migrate one by looking at it.
enum DirectConnection {
    static func with<T: Sendable>(_ location: DatabaseLocation, _ body: (any SQLDatabase) async throws -> T) async throws -> T {
        try await withDatabases(location, label: "vedich.backup") { databases, eventLoop, logger in
            guard let database = databases.database(logger: logger, on: eventLoop) as? any SQLDatabase else {
                throw BackupError.databaseFailed(location: location.description, reason: "không phải cơ sở dữ liệu SQL")
            }
            return try await body(database)
        }
    }

    /// The database registered on a thread and an event loop of its own (one connection),
    /// everything shut down after `body`, whether it threw or not.
    static func withDatabases<T: Sendable>(
        _ location: DatabaseLocation, label: String, _ body: (Databases, any EventLoop, Logger) async throws -> T
    ) async throws -> T {
        let threadPool = NIOThreadPool(numberOfThreads: 1)
        threadPool.start()
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let databases = Databases(threadPool: threadPool, on: group)
        var logger = Logger(label: label)
        logger.logLevel = .warning
        let outcome: Result<T, any Error>
        do {
            switch location {
            case .sqlite(let path):
                databases.use(.sqlite(.file(path)), as: .sqlite)
            case .postgres(let url, let searchPath):
                var configuration = try SQLPostgresConfiguration(url: url)
                if let searchPath { configuration.searchPath = [searchPath] }
                databases.use(.postgres(configuration: configuration, maxConnectionsPerEventLoop: 1), as: .psql)
            }
            outcome = .success(try await body(databases, group.any(), logger))
        } catch {
            outcome = .failure(error)
        }
        await databases.shutdownAsync()
        try? await group.shutdownGracefully()
        try? await threadPool.shutdownGracefully()
        return try outcome.get()
    }
}
