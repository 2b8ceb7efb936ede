import AsyncKit
import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import SQLKit
import NIOConcurrencyHelpers
import VeDichCore

/// How long a write waits for other writers before it is answered "busy, try again".
public enum WriteWait {
    /// For another program's write lock (SQLite's `busy_timeout`): a CLI import holds it throughout.
    public static let seconds = 10
    /// In this server's own queue of writers, which moves one write at a time: on deadline day
    /// dozens of saves and an import may stand in it at once, on a busy machine. A save that
    /// arrives late is better than one refused: the queue always moves.
    public static let queueSeconds = 60
}

extension Database {
    /// A transaction that writes. Fluent's SQLite driver opens a deferred transaction: it reads
    /// first and asks for the write lock later, and SQLite answers "database is locked" at once
    /// (no waiting helps) when another connection wrote in between. So on SQLite the writes of
    /// this process go one at a time through `SQLiteWriteGate`, and each transaction takes the
    /// write lock with its first statement, waiting up to `WriteWait.seconds` for another process
    /// (a CLI import). On PostgreSQL too each write transaction first takes the schema's writer
    /// lock (every process's, CLI included), so writes are one at a time on both engines; one that
    /// still lost a race on a unique key, a deadlock or a serialisation check is run again from the
    /// start: it then reads what the winner wrote.
    /// Inside a transaction already, `body` simply runs in it.
    public func writeTransaction<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        if inTransaction { return try await body(self) }
        StoreMetrics.writesInLine.add(1)
        defer { StoreMetrics.writesInLine.add(-1) }
        return try await StoreMetrics.writeSeconds.time { try await outermostWriteTransaction(body) }
    }

    private func outermostWriteTransaction<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        do {
            if try sql.dialect.name == "sqlite" {
                return try await SQLiteWriteGate.holding(file: SQLiteWriteGate.file(of: self)) {
                    try await transaction { database in
                        // Per connection; it replaces SQLite-NIO's handler, which retries forever on a pool thread.
                        try await database.sql.raw("PRAGMA busy_timeout = \(unsafeRaw: String(WriteWait.seconds * 1000))").run()
                        // A write as the first statement takes the write lock before anything is read.
                        try await database.sql.raw("UPDATE data_generation SET counter = counter WHERE id = 1").run()
                        return try await body(database)
                    }
                }
            }
            var attempt = 1
            while true {
                do {
                    return try await transaction { database in
                        // Writers one at a time here too, each from its first statement: PostgreSQL's
                        // transactions read what others committed meanwhile, so a value saved while the
                        // approver approved could pass the lock check before the approval and write
                        // after it — approved figures holding a value nobody approved (ApprovalRaceTests).
                        // The lock is the schema's own and ends with the transaction; a writer that
                        // waits longer than the server's queue is answered busy (55P03), nothing written.
                        try await database.sql.raw("SET LOCAL lock_timeout = '\(unsafeRaw: String(WriteWait.queueSeconds))s'").run()
                        try await database.sql.raw("SELECT pg_advisory_xact_lock(hashtext('vedich-writer:' || current_schema()))").run()
                        return try await body(database)
                    }
                } catch where attempt < 4 && DatabaseBusyError.isLostRace(error) {
                    attempt += 1
                    try await Task.sleep(for: .milliseconds(Int.random(in: 5...40) * attempt))
                }
            }
        } catch where DatabaseBusyError.isBusy(error) && !(error is DatabaseBusyError) {
            throw DatabaseBusyError(cause: String(reflecting: error))
        }
    }
}

/// The database stayed busy with other writers for longer than a person should wait: nothing
/// was written; answered 503 with Retry-After.
public struct DatabaseBusyError: Error, Sendable, Equatable, UserFacingError {
    /// What the database said, for the server's log.
    public var cause: String

    public init(cause: String) {
        self.cause = cause
    }

    public var userMessage: UserMessage {
        UserMessage(what: "Cơ sở dữ liệu đang bận vì nhiều người cùng lưu số liệu; thay đổi của bạn chưa được lưu",
                    fix: "Chờ vài giây rồi gửi lại")
    }

    /// A lock or a connection not had in time, on either engine.
    public static func isBusy(_ error: any Error) -> Bool {
        if error is DatabaseBusyError || error is ConnectionPoolTimeoutError { return true }
        if let error = error as? SQLiteError {
            switch error.reason {
            case .busy, .locked, .busyInRecovery, .busyInSnapshot, .busyTimeout, .lockedBySharedCache: return true
            default: return false
            }
        }
        // lock_not_available, query_canceled (a statement or lock timeout), too many connections.
        return ["55P03", "57014", "53300"].contains(sqlState(error) ?? "")
    }

    /// PostgreSQL refused one of two racing transactions: serialisation failure, deadlock, or a
    /// unique key the other one filled first. Run again, the loser sees the winner's rows.
    static func isLostRace(_ error: any Error) -> Bool {
        ["40001", "40P01", "23505"].contains(sqlState(error) ?? "")
    }

    private static func sqlState(_ error: any Error) -> String? {
        (error as? PSQLError)?.serverInfo?[.sqlState]
    }
}

/// One SQLite writer at a time per database file in this process, in arrival order. Waiting here
/// costs nothing; waiting inside SQLite would block one of the few pool threads every query needs.
enum SQLiteWriteGate {
    /// The files whose gate this task holds, so a write nested in another does not wait for itself.
    @TaskLocal static var held: Set<String> = []
    private static let queues = NIOLockedValueBox<[String: Queue]>([:])

    static func holding<T: Sendable>(file: String, _ body: () async throws -> T) async throws -> T {
        if held.contains(file) { return try await body() }
        let queue = queues.withLockedValue { queues in
            if let queue = queues[file] { return queue }
            let queue = Queue()
            queues[file] = queue
            return queue
        }
        try await queue.enter(within: .seconds(WriteWait.queueSeconds))
        do {
            let result = try await $held.withValue(held.union([file])) { try await body() }
            await queue.leave()
            return result
        } catch {
            await queue.leave()
            throw error
        }
    }

    /// The database's file, from the configuration Fluent keeps for it. FluentSQLiteDriver does not
    /// make the configuration public, only the `SQLiteConfiguration` it holds, hence the mirror.
    static func file(of database: any Database) -> String {
        let configuration = Mirror(reflecting: database.context.configuration).children
            .first { $0.label == "configuration" }?.value as? SQLiteConfiguration
        switch configuration?.storage {
        case .file(let path): return URL(fileURLWithPath: path).standardizedFileURL.path
        case .memory(let identifier): return "memory:" + identifier
        case nil: return ""
        }
    }

    actor Queue {
        private var taken = false
        private var waiting: [(id: UUID, turn: CheckedContinuation<Void, any Error>)] = []

        func enter(within limit: Duration) async throws {
            guard taken else {
                taken = true
                return
            }
            let id = UUID()
            let timer = Task { [weak self] in
                try await Task.sleep(for: limit)
                await self?.giveUp(id, after: limit)
            }
            defer { timer.cancel() }
            try await withCheckedThrowingContinuation { waiting.append((id, $0)) }
        }

        /// Hands the gate to the next in line, or opens it.
        func leave() {
            if waiting.isEmpty { taken = false } else { waiting.removeFirst().turn.resume() }
        }

        private func giveUp(_ id: UUID, after limit: Duration) {
            guard let index = waiting.firstIndex(where: { $0.id == id }) else { return }
            waiting.remove(at: index).turn.resume(throwing: DatabaseBusyError(cause: "another write of this server held the database for \(limit)"))
        }
    }
}
