#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FluentKit
import FluentPostgresDriver
import Foundation
import Logging
import NIOCore
import NIOPosix
import SQLKit

/// Held by every running server for as long as it runs, shared; a restore takes it alone and so
/// refuses while any server holds the database (a server keeps the replaced SQLite file open, or
/// goes on writing into PostgreSQL tables being replaced). SQLite: `flock` on a file beside the
/// database. PostgreSQL: an advisory lock of the schema, held by a connection of its own.
public final class ServerLock: Sendable {
    private enum Holder: Sendable {
        case file(Int32)
        case postgres(Databases, MultiThreadedEventLoopGroup, NIOThreadPool)
    }
    private let holder: Holder

    private init(_ holder: Holder) {
        self.holder = holder
    }

    /// Taken by `vedich serve` before it answers anyone.
    public static func acquire(_ location: DatabaseLocation) async throws -> ServerLock {
        switch location {
        case .sqlite(let path):
            let descriptor = try openLockFile(for: path)
            guard flock(descriptor, LOCK_SH | LOCK_NB) == 0 else {
                close(descriptor)
                throw BackupError.restoreRunning(location: location.description)
            }
            return ServerLock(.file(descriptor))
        case .postgres:
            let connection = try PostgresLockConnection(location)
            do {
                guard try await connection.ask("pg_try_advisory_lock_shared") else {
                    throw BackupError.restoreRunning(location: location.description)
                }
            } catch {
                await connection.close()
                throw error
            }
            return ServerLock(.postgres(connection.databases, connection.group, connection.threadPool))
        }
    }

    public func release() async {
        switch holder {
        case .file(let descriptor):
            flock(descriptor, LOCK_UN)
            close(descriptor)
        case .postgres(let databases, let group, let threadPool):
            // Closing the connection ends its advisory lock.
            await PostgresLockConnection(databases: databases, group: group, threadPool: threadPool).close()
        }
    }

    /// Runs `body` (a restore) holding the lock alone; refuses at once while a server holds it.
    static func exclusively<T>(_ location: DatabaseLocation, _ body: () async throws -> T) async throws -> T {
        switch location {
        case .sqlite(let path):
            let descriptor = try openLockFile(for: path)
            defer { close(descriptor) }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else { throw BackupError.serverRunning(location: location.description) }
            defer { flock(descriptor, LOCK_UN) }
            return try await body()
        case .postgres:
            let connection = try PostgresLockConnection(location)
            do {
                guard try await connection.ask("pg_try_advisory_lock") else {
                    throw BackupError.serverRunning(location: location.description)
                }
                let result = try await body()
                await connection.close()
                return result
            } catch {
                await connection.close()
                throw error
            }
        }
    }

    /// `vedich.sqlite.server-lock` beside the database; made if missing, never removed (removing
    /// a lock file another process holds open would let a third one lock a new file).
    private static func openLockFile(for database: String) throws -> Int32 {
        let folder = URL(fileURLWithPath: database).deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let descriptor = open(database + ".server-lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw BackupError.databaseFailed(location: "SQLite \(database)",
                                             reason: "không mở được tệp khóa \(database).server-lock (\(String(cString: strerror(errno))))")
        }
        return descriptor
    }
}

/// One PostgreSQL connection, apart from any pool that serves requests: an advisory lock lives
/// as long as the connection that took it.
private struct PostgresLockConnection {
    let databases: Databases
    let group: MultiThreadedEventLoopGroup
    let threadPool: NIOThreadPool

    init(databases: Databases, group: MultiThreadedEventLoopGroup, threadPool: NIOThreadPool) {
        self.databases = databases
        self.group = group
        self.threadPool = threadPool
    }

    init(_ location: DatabaseLocation) throws {
        guard case .postgres(let url, let searchPath) = location else { preconditionFailure("PostgreSQL only") }
        threadPool = NIOThreadPool(numberOfThreads: 1)
        threadPool.start()
        group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        databases = Databases(threadPool: threadPool, on: group)
        var configuration = try SQLPostgresConfiguration(url: url)
        if let searchPath { configuration.searchPath = [searchPath] }
        databases.use(.postgres(configuration: configuration, maxConnectionsPerEventLoop: 1), as: .psql)
    }

    /// `function(key)` of the schema's lock key: true when the lock was had.
    func ask(_ function: String) async throws -> Bool {
        var logger = Logger(label: "vedich.server-lock")
        logger.logLevel = .warning
        guard let database = databases.database(logger: logger, on: group.any()) as? any SQLDatabase else { return false }
        // One key per schema: tests and several installations may share a PostgreSQL database.
        return try await database.raw("SELECT \(unsafeRaw: function)(hashtext('vedich-server:' || current_schema())) AS had")
            .first()?.decode(column: "had", as: Bool.self) ?? false
    }

    func close() async {
        await databases.shutdownAsync()
        try? await group.shutdownGracefully()
        try? await threadPool.shutdownGracefully()
    }
}
