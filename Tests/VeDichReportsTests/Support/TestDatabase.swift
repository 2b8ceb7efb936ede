import FluentKit
import Foundation
import Logging
import NIOCore
import NIOPosix
import Testing
import VeDichStore

/// A fresh, migrated SQLite database in a temp file, torn down afterwards (copied from
/// VeDichStoreTests/Support, SQLite only: reports read the store through the same API on both).
enum TestDatabase {
    static func withDatabase<T: Sendable>(_ body: (any Database) async throws -> T) async throws -> T {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-\(UUID().uuidString).sqlite").path
        defer {
            for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let threadPool = NIOThreadPool(numberOfThreads: 1)
        threadPool.start()
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let databases = Databases(threadPool: threadPool, on: group)
        var logger = Logger(label: "vedich.tests")
        logger.logLevel = .warning
        var result: Result<T, any Error>
        do {
            let migrations = Migrations()
            try DatabaseLocation.sqlite(path: path).configure(databases: databases, migrations: migrations)
            let eventLoop = group.any()
            let migrator = Migrator(databases: databases, migrations: migrations, logger: logger, on: eventLoop)
            try await migrator.setupIfNeeded().flatMap { migrator.prepareBatch() }.get()
            let database = try #require(databases.database(logger: logger, on: eventLoop))
            result = .success(try await body(database))
        } catch {
            result = .failure(error)
        }
        await databases.shutdownAsync()
        try await group.shutdownGracefully()
        try await threadPool.shutdownGracefully()
        return try result.get()
    }
}
