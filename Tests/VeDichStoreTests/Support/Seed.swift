import FluentKit
import Foundation
import Testing
import VeDichCore
import VeDichImport
import VeDichStore

/// The seed report (Lạng Sơn, KH 2025), found by path: this target has no resources.
enum Seed {
    static let province = "Lạng Sơn"

    static let url: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.lastPathComponent != "Tests", folder.path != "/" { folder.deleteLastPathComponent() }
        return folder.appendingPathComponent("VeDichImportTests/Fixtures/lang-son-2025.txt")
    }()

    /// Audited once for every test that reads it.
    static let report: AuditReport = try! Auditor().audit(contentsOf: url)

    @discardableResult
    static func importSeed(into database: any Database) async throws -> ImportSummary {
        try await ReportImporter(database: database).apply(report, province: province, recordedBy: "test")
    }
}

extension Store {
    /// The seed's plan of `start`-`end` (annual when they are equal).
    func plan(_ start: Int, _ end: Int) async throws -> PlanInfo {
        let horizon = start == end ? "annual" : "five_year"
        return try #require(try await plans().first { $0.horizon == horizon && $0.startYear == start && $0.endYear == end },
                            "no \(horizon) plan \(start)-\(end)")
    }

    func indicator(named name: String, inPlan planID: UUID) async throws -> IndicatorInfo {
        try #require(try await indicators(planID: planID).first { $0.name == name }, "no indicator “\(name)” in the plan")
    }
}

extension PlanEvaluation {
    func indicator(_ code: String) -> IndicatorEvaluation? {
        indicators.first { $0.code == code }
    }

    /// An indicator's line, headline or component (a compound row's parts share its code).
    func line(of indicatorID: UUID) -> IndicatorEvaluation? {
        (indicators + indicators.flatMap(\.components)).first { $0.indicatorID == indicatorID }
    }
}
