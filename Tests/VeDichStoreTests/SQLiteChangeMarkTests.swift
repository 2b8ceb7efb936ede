import FluentKit
import Foundation
import SQLKit
import Testing
@testable import VeDichStore

/// The change mark that lets a kept plan snapshot skip the data generation's query on SQLite:
/// given only in WAL mode, the same while nothing commits, different after any commit.
@Suite struct SQLiteChangeMarkTests {
    @Test(arguments: Engine.allCases)
    func theMarkMovesWithEveryCommitAndOnlyThen(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            let reader = SQLiteChangeMarks.of(database)
            guard engine == .sqlite else {
                #expect(reader == nil, "PostgreSQL has no file to read: the generation's query decides")
                return
            }
            let marks = try #require(reader)
            let sql = try #require(database as? any SQLDatabase)
            #expect(marks.read() == nil, "a rollback journal: writes bypass the index, so no mark")

            try await sql.raw("PRAGMA journal_mode = WAL").run()
            try await Store(database: database).bumpGeneration()
            let first = try #require(marks.read(), "WAL mode after a commit: a mark")
            #expect(marks.read() == first, "nothing committed: the same mark")
            _ = try await sql.raw("SELECT counter FROM data_generation WHERE id = 1").all()
            #expect(marks.read() == first, "a read commits nothing")

            try await Store(database: database).bumpGeneration()
            let second = try #require(marks.read())
            #expect(second != first, "a commit moves the mark")
            try await sql.raw("PRAGMA wal_checkpoint(TRUNCATE)").run()
            try await Store(database: database).bumpGeneration()
            let third = try #require(marks.read(), "a mark again after the log restarted")
            #expect(third != second && third != first, "a commit into a restarted log moves the mark too")
        }
    }
}
