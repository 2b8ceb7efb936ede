import Foundation
import Testing
import VeDichStore
#if canImport(Glibc)
import Glibc
#endif

/// `vedich import` killed with SIGKILL in the middle of a large import, 20 times at random
/// points: the database afterwards equals the one before, every time; then one import runs to
/// completion. Each delay is counted from the import's first progress line (printed inside the
/// transaction), so every kill lands in the import itself, not in start-up.
@Suite struct KilledImportTests {
    enum Engine: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case sqlite, postgres
        var testDescription: String { rawValue }
    }

    static let kills = 20

    @Test(arguments: Engine.allCases)
    func aKilledImportLeavesTheDatabaseAsItWas(_ engine: Engine) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = try Target(engine, folder: folder)
        try await target.clear()

        // A database holding the demo, so "equal" compares real rows.
        let demo = try CLI.run(["import", ImportCommandTests.seed, "--province", "Lạng Sơn"], environment: target.environment)
        #expect(demo.status == 0, "\(demo.stderr)")
        let before = try await DatabaseDump.of(target.location)
        let plansBefore = before.rowCounts.first { $0.table == "plans" }?.rows ?? 0
        #expect(plansBefore == 3)
        let backup = folder.appendingPathComponent("before.backup")
        try await DatabaseBackup.write(target.location, to: backup)

        let report = folder.appendingPathComponent("cao-bang.txt")
        // About a second of import on either engine (PostgreSQL writes row by row over a socket).
        try LargeReport.text(tables: engine == .sqlite ? 6 : 3, rowsPerTable: 25).write(to: report, atomically: true, encoding: .utf8)
        let arguments = ["import", report.path, "--province", "Cao Bằng"]

        // One whole import, timed, then undone by a restore: the span the kills are spread over.
        let timing = try KilledImport.start(arguments, environment: target.environment, log: folder.appendingPathComponent("timing.log"))
        let transactionStart = try timing.waitForTransaction()
        let whole = timing.waitUntilExit()
        let importSpan = (total: Date().timeIntervalSince(timing.started), transaction: Date().timeIntervalSince(transactionStart))
        #expect(whole.exitedNormally && whole.status == 0, "the timing import failed: \(timing.log)")
        let completeCounts = try await DatabaseDump.of(target.location).rowCounts.map { "\($0.table) \($0.rows)" }
        try await DatabaseBackup.restore(target.location, from: backup)
        #expect(try await DatabaseDump.of(target.location) == before)
        print("[\(engine)] the whole import: \(Self.seconds(importSpan.total)) s, of which \(Self.seconds(importSpan.transaction)) s after its first progress line")

        var random = SplitMix64(seed: ProcessInfo.processInfo.environment["VEDICH_KILL_SEED"].flatMap { UInt64($0) }
            ?? UInt64.random(in: 1...UInt64.max))
        print("[\(engine)] kill delays drawn with VEDICH_KILL_SEED=\(random.seed)")
        var killed = 0, attempts = 0
        while killed < Self.kills && attempts < Self.kills * 2 {
            attempts += 1
            let delay = Double(random.next() % 1000) / 1000 * importSpan.transaction * 0.8
            let run = try KilledImport.start(arguments, environment: target.environment,
                                             log: folder.appendingPathComponent("kill-\(attempts).log"))
            _ = try run.waitForTransaction()
            try await Task.sleep(for: .seconds(delay))
            kill(run.process.processIdentifier, SIGKILL)
            let end = run.waitUntilExit()
            let reached = run.log.split(separator: "\n").last(where: { $0.hasPrefix("…") })?.prefix(while: { $0 != ":" }) ?? ""
            guard !end.exitedNormally else {
                // The machine ran faster than the timing run: nothing was killed; start again from the backup.
                print("[\(engine)] attempt \(attempts): the import finished within \(Self.seconds(delay)) s; restored, drawing again")
                try await DatabaseBackup.restore(target.location, from: backup)
                continue
            }
            let after = try await DatabaseDump.of(target.location)
            if after != before, after.rowCounts.map({ "\($0.table) \($0.rows)" }) == completeCounts {
                // Killed after the commit, while the process shut down: the import was whole, not cut.
                print("[\(engine)] attempt \(attempts): killed after \(Self.seconds(delay)) s, past the commit; restored, drawing again")
                try await DatabaseBackup.restore(target.location, from: backup)
                continue
            }
            killed += 1
            print("[\(engine)] SIGKILL \(killed)/\(Self.kills) after \(Self.seconds(delay)) s, at “\(reached)”: database \(after == before ? "unchanged" : "CHANGED")")
            #expect(after == before, "kill \(killed) after \(Self.seconds(delay)) s at “\(reached)” left the database changed")
        }
        #expect(killed == Self.kills)

        let complete = try CLI.run(arguments, environment: target.environment)
        #expect(complete.status == 0, "\(complete.stderr)")
        let imported = try await DatabaseDump.of(target.location)
        #expect(imported.rowCounts.map { "\($0.table) \($0.rows)" } == completeCounts)
        #expect(imported.rowCounts.first { $0.table == "plans" }?.rows == plansBefore + (engine == .sqlite ? 6 : 3))
        try await target.clear()
    }

    static func seconds(_ value: Double) -> String {
        String(format: "%.2f", value)
    }

    /// Where the CLI writes: a data folder of its own, or the test PostgreSQL database's
    /// default schema (the CLI has no way to name a schema), emptied before and after.
    struct Target {
        var location: DatabaseLocation
        var environment: [String: String]

        init(_ engine: Engine, folder: URL) throws {
            switch engine {
            case .sqlite:
                let data = folder.appendingPathComponent("data")
                location = .sqlite(path: data.appendingPathComponent("vedich.sqlite").path)
                environment = ["VEDICH_DATA": data.path, "DATABASE_URL": ""]
            case .postgres:
                guard let url = ProcessInfo.processInfo.environment["VEDICH_TEST_POSTGRES_URL"], !url.isEmpty else {
                    throw TestSetupError(description: "VEDICH_TEST_POSTGRES_URL chưa đặt: chạy `make test`, hoặc `export VEDICH_TEST_POSTGRES_URL=$(bash scripts/postgres.sh)`")
                }
                location = .postgres(url: url)
                environment = ["DATABASE_URL": url]
            }
        }

        /// Drops every table of the PostgreSQL default schema; the SQLite folder starts empty.
        func clear() async throws {
            guard case .postgres(let url, _) = location else { return }
            let result = try Self.psql(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-c", """
                DO $$ DECLARE t record; BEGIN
                  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() LOOP
                    EXECUTE format('DROP TABLE IF EXISTS %I CASCADE', t.tablename);
                  END LOOP;
                END $$;
                """, url])
            #expect(result == 0, "psql could not empty the schema")
        }

        private static func psql(_ arguments: [String]) throws -> Int32 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["psql"] + arguments
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    struct TestSetupError: Error, CustomStringConvertible {
        var description: String
    }
}

/// A running `vedich import` whose stderr (its progress lines) goes to a file read as it grows.
struct KilledImport {
    let process: Process
    let logFile: URL
    let started: Date

    struct End {
        var exitedNormally: Bool
        var status: Int32
    }

    var log: String { (try? String(contentsOf: logFile, encoding: .utf8)) ?? "" }

    static func start(_ arguments: [String], environment: [String: String], log: URL) throws -> KilledImport {
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, added in added }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: log)
        let started = Date()
        try process.run()
        return KilledImport(process: process, logFile: log, started: started)
    }

    /// Waits for the first table's progress line, printed inside the import's transaction, and
    /// returns when it appeared.
    func waitForTransaction() throws -> Date {
        let deadline = Date().addingTimeInterval(120)
        while !log.contains("… Bảng 1/") {
            guard process.isRunning, Date() < deadline else {
                throw KilledImportTests.TestSetupError(description: "the import never reached its first table: \(log)")
            }
            usleep(2_000)
        }
        return Date()
    }

    func waitUntilExit() -> End {
        process.waitUntilExit()
        return End(exitedNormally: process.terminationReason == .exit, status: process.terminationStatus)
    }
}

/// A report in the seed's flattened-table layout, with many generated indicators: a province's
/// results for `tables` years, `rowsPerTable` indicators each.
enum LargeReport {
    static func text(tables: Int, rowsPerTable: Int) -> String {
        var lines: [String] = []
        for table in 0..<tables {
            let year = 2001 + table
            lines += ["\(table + 1). ƯỚC THỰC HIỆN CÁC CHỈ TIÊU KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM \(year)",
                      "TT", "Chỉ tiêu", "Kế hoạch", "Ước TH cả năm \(year)", "Đánh giá thực hiện", "I", "Các chỉ tiêu kinh tế"]
            for row in 1...rowsPerTable {
                let target = 1_000 + row
                lines += ["\(row)", "Sản lượng mặt hàng thứ \(row) (tấn)", VietnameseThousands.format(target),
                          VietnameseThousands.format(target + table), table == 0 ? "Đạt" : "Vượt"]
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// 1001 as the report writes it: "1.001".
enum VietnameseThousands {
    static func format(_ value: Int) -> String {
        let digits = String(value)
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return groups.joined(separator: ".")
    }
}

/// A small seeded generator (SplitMix64), so a run's delays can be drawn again from its seed.
struct SplitMix64: RandomNumberGenerator {
    let seed: UInt64
    private var state: UInt64

    init(seed: UInt64) {
        self.seed = seed
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
