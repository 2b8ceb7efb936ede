import FluentKit
import Foundation
import Logging
import NIOPosix
import VeDichImport
import VeDichStore

/// The seed report imported into a throwaway SQLite database, for benchmarks that read the store.
enum DemoDatabase {
    static func with<Result: Sendable>(seed: URL, _ body: (any Database) async throws -> Result) async throws -> Result {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-bench-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let threadPool = NIOThreadPool(numberOfThreads: 1)
        threadPool.start()
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let databases = Databases(threadPool: threadPool, on: group)
        var logger = Logger(label: "vedich.bench")
        logger.logLevel = .warning
        var outcome: Swift.Result<Result, any Error>
        do {
            let migrations = Migrations()
            try DatabaseLocation.sqlite(path: path).configure(databases: databases, migrations: migrations)
            let migrator = Migrator(databases: databases, migrations: migrations, logger: logger, on: group.any())
            try await migrator.setupIfNeeded().flatMap { migrator.prepareBatch() }.get()
            // As the server runs it: a write-ahead log and a busy timeout.
            try await DatabaseLocation.sqlite(path: path).prepare(databases, on: group, logger: logger)
            guard let database = databases.database(logger: logger, on: group.any()) else { throw BenchError("không mở được SQLite") }
            let audit = try Auditor().audit(contentsOf: seed)
            _ = try await ReportImporter(database: database).apply(audit, province: "Lạng Sơn", recordedBy: "bench")
            outcome = .success(try await body(database))
        } catch {
            outcome = .failure(error)
        }
        await databases.shutdownAsync()
        try await group.shutdownGracefully()
        try await threadPool.shutdownGracefully()
        return try outcome.get()
    }
}
