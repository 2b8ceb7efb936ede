import Foundation
import Testing
import VeDichCore
import VeDichImport
import VeDichReports
import VeDichStore

/// The demo data: the seed report imported into a fresh database, and the report of each of its
/// plans, read once for every test (reports are plain values, so they outlive the database).
enum Demo {
    static let seedURL: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.lastPathComponent != "Tests", folder.path != "/" { folder.deleteLastPathComponent() }
        return folder.appendingPathComponent("VeDichImportTests/Fixtures/lang-son-2025.txt")
    }()

    static let settings = ReportSettings(number: 125, date: ReportDate(day: 5, month: 7, year: 2024), signer: "Nguyễn Văn A")

    /// "2024", "2021-2025", "2025" → that plan's report (full-year estimates).
    static func reports() async throws -> [String: Report] { try await cache.value() }

    static func report(_ key: String) async throws -> Report {
        try #require(try await reports()[key], "no demo plan \(key)")
    }

    private static let cache = Cache()

    private actor Cache {
        var reports: [String: Report]?

        func value() async throws -> [String: Report] {
            if let reports { return reports }
            let made = try await TestDatabase.withDatabase { database in
                let audit = try Auditor().audit(contentsOf: Demo.seedURL)
                _ = try await ReportImporter(database: database).apply(audit, province: "Lạng Sơn", recordedBy: "test")
                let store = Store(database: database)
                var reports: [String: Report] = [:]
                for plan in try await store.plans() {
                    let key = plan.startYear == plan.endYear ? "\(plan.startYear)" : "\(plan.startYear)-\(plan.endYear)"
                    reports[key] = try Report(plans: await store.planReports([(plan.id, .fullYearEstimate)]), settings: Demo.settings)
                }
                return reports
            }
            reports = made
            return made
        }
    }
}
