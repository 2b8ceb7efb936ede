import FluentKit
import Foundation
import Logging
import NIOPosix
import Testing
import VeDichStore

/// A server's kept plan snapshot sees what the `vedich` command wrote from another process to the
/// same SQLite file: the data generation and what it changed live in the database, not in memory.
/// (PostgreSQL's other writers are covered by the web tests' two servers on one schema: the CLI
/// cannot be pointed at a test schema of its own.)
@Suite struct SnapshotAfterCLIWriteTests {
    static let seed: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.lastPathComponent != "Tests", folder.path != "/" { folder.deleteLastPathComponent() }
        return folder.appendingPathComponent("VeDichImportTests/Fixtures/lang-son-2025.txt")
    }()

    /// Ten more indicators, with targets and values, for the 2024 plan.
    static let tenMore: String = {
        var lines = ["KẾT QUẢ BỔ SUNG NĂM 2024", "TT", "Chỉ tiêu", "Kế hoạch", "Ước TH cả năm 2024", "Đánh giá", "IV", "Các chỉ tiêu bổ sung"]
        for number in 1...10 {
            lines += ["\(number)", "Chỉ tiêu bổ sung số \(number) (%)", "\(number) - \(number + 1)", "\(number),5", "Đạt"]
        }
        return lines.joined(separator: "\n")
    }()

    @Test func anImportByTheCommandIsSeenByAKeptSnapshot() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-cli-snapshot-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data")
        let environment = ["VEDICH_DATA": data.path, "DATABASE_URL": ""]
        let first = try CLI.run(["import", Self.seed.path, "--province", "Lạng Sơn"], environment: environment)
        #expect(first.status == 0, "\(first.stderr)")

        let threadPool = NIOThreadPool(numberOfThreads: 1)
        threadPool.start()
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let databases = Databases(threadPool: threadPool, on: group)
        var failure: (any Error)?
        do {
            try DatabaseLocation.sqlite(path: data.appendingPathComponent("vedich.sqlite").path)
                .configure(databases: databases, migrations: Migrations())
            let database = try #require(databases.database(logger: Logger(label: "vedich.tests"), on: group.any()))
            let kept = Store(database: database, snapshots: PlanSnapshots())
            let plan = try #require(try await kept.plans().first { $0.horizon == "annual" && $0.startYear == 2024 }, "the seed's 2024 plan")
            let before = try await kept.snapshot(planID: plan.id)

            let more = folder.appendingPathComponent("bo-sung.txt")
            try Self.tenMore.write(to: more, atomically: true, encoding: .utf8)
            let second = try CLI.run(["import", more.path, "--province", "Lạng Sơn"], environment: environment)
            #expect(second.status == 0, "\(second.stderr)")

            let after = try await kept.snapshot(planID: plan.id)
            #expect(after.indicators.count == before.indicators.count + 10, "the ten indicators the command imported")
            #expect(after == (try await Store(database: database).freshSnapshot(planID: plan.id)))
        } catch {
            failure = error
        }
        await databases.shutdownAsync()
        try await group.shutdownGracefully()
        try await threadPool.shutdownGracefully()
        if let failure { throw failure }
    }
}
