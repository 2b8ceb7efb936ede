import FluentKit
import Foundation
import Logging
import NIOPosix
import SQLKit
import VeDichCore
import VeDichStore

/// The national summary on a generated PostgreSQL database (`vedich generate`, 10 M values in
/// `make bench`), in-process, beside a bare `SELECT … GROUP BY` over the same rows (the newest
/// values of every province's annual plan of the year, one version): the first read after a fresh
/// start (a new store: no plan kept, no view kept — what a server just started has; the figures
/// come from the roll-ups persisted per plan), kept (nothing changed since), and the first read
/// after a saved value, both by a server that keeps its snapshots (the touched plan's one indicator
/// re-read) and by one just started (the touched plan read whole), the saving itself not timed.
/// Also the indicator across provinces and the reporting status, first read after a start.
/// Medians of several runs; ratios to the bare GROUP BY printed.
struct NationalBenchmark {
    var url: String
    var year = 2024
    var version = ValueVersion.fullYearEstimate
    var repetitions = 7

    func run() async throws {
        try await Self.withDatabase(url: url) { database in
            let sql = database as! any SQLDatabase
            let observations = try await sql.raw("SELECT count(*) AS n FROM observations").first()?.decode(column: "n", as: Int.self) ?? 0
            let provinces = try await sql.raw("""
                SELECT count(*) AS n FROM plans WHERE horizon = 'annual' AND start_year = \(bind: year)
                """).first()?.decode(column: "n", as: Int.self) ?? 0
            print("national: PostgreSQL, \(observations) giá trị, \(provinces) kế hoạch năm \(year), \(version.rawValue); trung vị \(repetitions) lần")

            var rows = 0
            let bare = try await median {
                rows = try await Self.bareGroupBy(sql, year: year, version: version)
            }
            func line(_ label: String, _ seconds: Double) {
                print(String(format: "  %@ %8.1f ms  tỷ lệ %5.2f× GROUP BY", label.padding(toLength: 58, withPad: " ", startingAt: 0),
                             seconds * 1000, seconds / bare))
            }
            print(String(format: "  %@ %8.1f ms", "SELECT … GROUP BY trần (\(rows) dòng giá trị)".padding(toLength: 58, withPad: " ", startingAt: 0),
                         bare * 1000))

            // A database whose roll-ups were never judged (generated before they were persisted, or
            // judged by older rules): the first read judges every plan once and persists it. Timed once, apart.
            let unjudged = try await sql.raw("""
                SELECT count(*) AS n FROM plans p LEFT JOIN plan_rollups r ON r.plan_id = p.id AND r.version = \(bind: version.rawValue)
                WHERE p.horizon = 'annual' AND p.start_year = \(bind: year) AND (r.plan_id IS NULL OR r.rules <> \(bind: PlanRollup.rules))
                """).first()?.decode(column: "n", as: Int.self) ?? 0
            if unjudged > 0 {
                let backfill = try await measureAsync {
                    _ = try await Store(database: database, snapshots: PlanSnapshots()).nationalSummary(year: year, version: version)
                }
                line("lần đầu trên CSDL chưa có tổng hợp lưu (\(unjudged) kế hoạch đánh giá, một lần)", backfill)
            }

            // The first read of a server just started: nothing kept, the persisted roll-ups read.
            let first = try await median {
                _ = try await Store(database: database, snapshots: PlanSnapshots()).nationalSummary(year: year, version: version)
            }
            line("tổng hợp cả nước, lần đọc đầu sau khi khởi động", first)

            let kept = Store(database: database, snapshots: PlanSnapshots())
            let summary = try await kept.nationalSummary(year: year, version: version)
            let warm = try await median { _ = try await kept.nationalSummary(year: year, version: version) }
            line("tổng hợp cả nước, không có gì thay đổi", warm)

            // Right after a write: a value of one province's indicator saved, then the summary read
            // by the server that keeps its snapshots, and by one just started.
            guard let plan = summary.provinces.compactMap(\.planID).first else { throw BenchError("không có kế hoạch năm \(year)") }
            let evaluation = try await kept.evaluation(planID: plan, version: version)
            let lines = evaluation.indicators.filter { $0.target != nil }
            guard !lines.isEmpty else { throw BenchError("kế hoạch không có chỉ tiêu có kế hoạch") }
            var turn = 0
            var afterWrite: [Double] = [], afterWriteStarted: [Double] = []
            // The same value saved again: a new revision, logged, the generation moved, as any save.
            // Approved (locked) figures refuse it: the next indicator is tried.
            while afterWrite.count < repetitions, turn < lines.count {
                let line = lines[turn]
                turn += 1
                func save() async throws {
                    let latest = try await kept.latestObservation(indicatorID: line.indicatorID, period: evaluation.period, version: version)
                    _ = try await kept.record(ObservationDraft(indicatorID: line.indicatorID, period: evaluation.period, version: version,
                                                               text: latest?.figure.text ?? "1", basedOnRevision: latest?.revision,
                                                               recordedBy: "bench"))
                }
                do { try await save() } catch is StoreError { continue }
                afterWrite.append(try await measureAsync { _ = try await kept.nationalSummary(year: year, version: version) })
                try await save()
                afterWriteStarted.append(try await measureAsync {
                    _ = try await Store(database: database, snapshots: PlanSnapshots()).nationalSummary(year: year, version: version)
                })
            }
            guard !afterWrite.isEmpty else { throw BenchError("không lưu được giá trị nào (mọi số liệu đã khóa)") }
            line("ngay sau một lần ghi (máy chủ giữ ảnh kế hoạch)", afterWrite.sorted()[afterWrite.count / 2])
            line("ngay sau một lần ghi (máy chủ vừa khởi động)", afterWriteStarted.sorted()[afterWriteStarted.count / 2])

            // The other national views, first read after a start.
            if let code = try await Store(database: database).nationalCodes(year: year).first?.code {
                let indicator = try await median {
                    _ = try await Store(database: database, snapshots: PlanSnapshots()).nationalIndicator(code: code, year: year, version: version)
                }
                line("một chỉ tiêu (\(code)) ở mọi tỉnh, lần đọc đầu", indicator)
            }
            let status = try await median {
                _ = try await Store(database: database, snapshots: PlanSnapshots())
                    .reportingStatus(year: year, version: version, today: "\(year)-12-20")
            }
            line("tình hình gửi số liệu, lần đọc đầu", status)
            print("  mục tiêu: dưới 1 s và không quá 3× GROUP BY trần, lần đầu và ngay sau một lần ghi")
        }
    }

    /// The same rows the summary reads, counted per province by PostgreSQL alone: the values of
    /// the year in `version` of the indicators of every annual plan of the year, newest revision.
    static func bareGroupBy(_ sql: any SQLDatabase, year: Int, version: ValueVersion) async throws -> Int {
        let rows = try await sql.raw("""
            SELECT p.unit_id, count(*) AS n
            FROM plans p
            JOIN plan_indicators pi ON pi.plan_id = p.id
            JOIN observations o ON o.indicator_id = pi.indicator_id
            JOIN periods pe ON pe.id = o.period_id
            WHERE p.horizon = 'annual' AND p.start_year = \(bind: year)
              AND pe.kind = 'year' AND pe.start_year = \(bind: year) AND pe.end_year = \(bind: year)
              AND o.version = \(bind: version.rawValue)
              AND NOT EXISTS (SELECT 1 FROM observations n WHERE n.indicator_id = o.indicator_id AND n.period_id = o.period_id
                              AND n.version = o.version AND n.revision > o.revision)
            GROUP BY p.unit_id
            """).all()
        return try rows.reduce(0) { $0 + (try $1.decode(column: "n", as: Int.self)) }
    }

    private func median(_ body: () async throws -> Void) async throws -> Double {
        var times: [Double] = []
        for _ in 0..<repetitions { times.append(try await measureAsync(body)) }
        return times.sorted()[times.count / 2]
    }

    /// The database at `url`, migrated to this build (the generator made it; an index added since is made now).
    static func withDatabase(url: String, _ body: (any Database) async throws -> Void) async throws {
        let threadPool = NIOThreadPool(numberOfThreads: 1)
        threadPool.start()
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let databases = Databases(threadPool: threadPool, on: group)
        var logger = Logger(label: "vedich.bench")
        logger.logLevel = .warning
        var failure: (any Error)?
        do {
            let migrations = Migrations()
            try DatabaseLocation.postgres(url: url).configure(databases: databases, migrations: migrations)
            let migrator = Migrator(databases: databases, migrations: migrations, logger: logger, on: group.any())
            try await migrator.setupIfNeeded().flatMap { migrator.prepareBatch() }.get()
            guard let database = databases.database(logger: logger, on: group.any()) else { throw BenchError("không mở được PostgreSQL") }
            try await body(database)
        } catch {
            failure = error
        }
        await databases.shutdownAsync()
        try await group.shutdownGracefully()
        try await threadPool.shutdownGracefully()
        if let failure { throw failure }
    }
}
