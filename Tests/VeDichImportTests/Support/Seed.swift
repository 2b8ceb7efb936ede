import Foundation
import VeDichCore
@testable import VeDichImport

/// The seed report (Lạng Sơn, KH 2025), as the first import fixture.
enum Seed {
    static let url = Bundle.module.url(forResource: "lang-son-2025", withExtension: "txt", subdirectory: "Fixtures")!

    /// Audited once for every test that reads it.
    static let report: AuditReport = try! Auditor().audit(contentsOf: url)

    static var year2024: AuditedTable { report.tables.first { $0.table.period == "2024" }! }
    static var fiveYear: AuditedTable { report.tables.first { $0.table.period == "2021-2025" }! }
}

extension AuditedTable {
    func row(_ code: String) -> AuditedRow? {
        rows.first { $0.indicator.code.description == code }
    }
}

extension AuditReport {
    func findings(_ kind: Finding.Kind) -> [Finding] {
        findings.filter { $0.kind == kind }
    }
}
