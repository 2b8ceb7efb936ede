import FluentKit
import FluentSQLiteDriver
import Foundation
import NIOPosix
import SQLKit
import Testing
import Vapor
import VaporTesting
import VeDichCore
import VeDichImport
@testable import VeDichStore
@testable import VeDichWeb

/// Deadline day: many people save at once while the planning office imports a report. Nobody
/// gets a server error; of two saves from the same revision exactly one goes in and the other
/// is told the value changed (409).
@Suite struct ConcurrencyTests {
    /// A value as it stands now: saving its own text again from its revision is plausible.
    struct Current: Sendable {
        var indicator: UUID
        var name: String
        var period: Period
        var version: ValueVersion
        var revision: Int
        var text: String

        var body: String {
            #"{"period": {"kind": "\#(period.kind.rawValue)", "start_year": \#(period.startYear), "end_year": \#(period.endYear)}, "#
                + #""version": "\#(version.rawValue)", "text": "\#(text)", "based_on_revision": \#(revision)}"#
        }
    }

    struct Answer: Sendable {
        var value: Current
        var status: UInt
        var code: String?
        var message: String?
        var retryAfter: String?
    }

    @Test(arguments: Engine.allCases)
    func writersAtOnceDuringAnImportGetNoServerError(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let values = try await Self.currentValues(app)
            let distinct = Dictionary(grouping: values, by: \.indicator).compactMap { $0.value.first }
            try #require(distinct.count >= 30, "the seed has values for \(distinct.count) indicators, 30 needed")
            let different = Array(distinct.prefix(20))
            let pairs = Array(distinct.dropFirst(20).prefix(10))
            let report = try Auditor().audit(contentsOf: TestApp.seedURL)

            let (answers, imported) = try await withThrowingTaskGroup(of: ([Answer], ImportSummary?).self) { group in
                group.addTask {
                    ([], try await ReportImporter(database: app.db).apply(report, province: "Lạng Sơn", recordedBy: "nhập lại báo cáo"))
                }
                // 20 writers to different indicators; 20 writers in pairs, each pair on one value from the same revision.
                for value in different + pairs + pairs {
                    group.addTask { ([try await Self.save(value, app: app)], nil) }
                }
                var answers: [Answer] = []
                var imported: ImportSummary?
                for try await (some, summary) in group {
                    answers += some
                    imported = imported ?? summary
                }
                return (answers, imported)
            }

            #expect(imported?.applied == true, "the import went through")
            for answer in answers where answer.status >= 500 {
                Issue.record("“\(answer.value.name)” \(answer.value.period): \(answer.status) \(answer.code ?? "")")
            }
            for value in different {
                let statuses = answers.filter { $0.value.indicator == value.indicator }.map(\.status)
                #expect(statuses == [201], "“\(value.name)”: \(statuses)")
            }
            for value in pairs {
                let statuses = answers.filter { $0.value.indicator == value.indicator }.map(\.status).sorted()
                #expect(statuses == [201, 409], "“\(value.name)”, both from revision \(value.revision): \(statuses)")
            }
            #expect(answers.filter { $0.status == 409 }.allSatisfy { $0.code == "stale_revision" })

            let store = Store(database: app.db)
            for value in different + pairs {
                let latest = try await store.latestObservation(indicatorID: value.indicator, period: value.period, version: value.version)
                #expect(latest?.revision == value.revision + 1, "“\(value.name)”: one new revision, no more, no less")
            }
        }
    }

    /// Another program (an import from the command line) keeps the SQLite database's write lock
    /// for longer than a save waits: the save is answered 503 with Retry-After and a Vietnamese
    /// message, not 500, and nothing is written.
    @Test func aDatabaseBusyForTooLongIsA503() async throws {
        try await TestApp.with(.sqlite) { app in
            let value = try #require(try await Self.currentValues(app).first)
            let other = NIOThreadPool(numberOfThreads: 1)
            other.start()
            let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
            let databases = Databases(threadPool: other, on: group)
            databases.use(.sqlite(.file(SQLiteWriteGate.file(of: app.db))), as: .sqlite)
            let program = try #require(databases.database(logger: app.logger, on: group.any()) as? any SQLDatabase)
            try await program.withSession { session in
                try await session.raw("BEGIN IMMEDIATE").run()
                let answer = try await Self.save(value, app: app)
                try await session.raw("ROLLBACK").run()
                #expect(answer.status == 503, "“\(value.name)”: \(answer.status)")
                #expect(answer.code == "database_busy")
                #expect(answer.retryAfter == "2")
                #expect(answer.message?.contains("đang bận") == true)
            }
            await databases.shutdownAsync()
            try await group.shutdownGracefully()
            try await other.shutdownGracefully()
            let latest = try await Store(database: app.db).latestObservation(indicatorID: value.indicator, period: value.period, version: value.version)
            #expect(latest?.revision == value.revision, "nothing was written")
        }
    }

    /// The planning office saves the value's own text again, from the revision it saw.
    static func save(_ value: Current, app: Application) async throws -> Answer {
        var answer = Answer(value: value, status: 0)
        try await app.testing().test(.POST, "/api/v1/indicators/\(value.indicator)/observations", headers: app.auth(.planner),
                                     beforeRequest: { request in
            request.headers.contentType = .json
            request.body = ByteBuffer(string: value.body)
        }) { response in
            answer.status = response.status.code
            answer.code = response.object["code"] as? String
            answer.message = response.object["message"] as? String
            answer.retryAfter = response.headers.first(name: .retryAfter)
        }
        return answer
    }

    /// The latest value of each indicator of the province's plans, for each period and version it has.
    static func currentValues(_ app: Application) async throws -> [Current] {
        let store = Store(database: app.db)
        var seen: Set<UUID> = []
        var values: [Current] = []
        for plan in try await store.plans() where plan.province == "Lạng Sơn" {
            for indicator in try await store.indicators(planID: plan.id) where seen.insert(indicator.id).inserted {
                let latest = Dictionary(grouping: try await store.observations(indicatorID: indicator.id)) {
                    "\($0.period.description) \($0.version.rawValue)"
                }.values.compactMap { $0.max { $0.revision < $1.revision } }
                values += latest.map { observation in
                    Current(indicator: indicator.id, name: indicator.name, period: observation.period, version: observation.version,
                            revision: observation.revision, text: observation.figure.text)
                }
            }
        }
        return values
    }
}
