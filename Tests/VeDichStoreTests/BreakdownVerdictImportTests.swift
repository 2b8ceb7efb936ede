import FluentKit
import Foundation
import Testing
import VeDichCore
import VeDichImport
@testable import VeDichStore

/// One rule for a row with sub-rows (issue 13, Build 2): a sub-row that carries no verdict of its
/// own ("Trong đó: …" under a row with its own target) does not take part in its row's verdict.
/// The audit reads it so; the import keeps it so, and the app judges the plan as the audit did —
/// also for a plan copied from it.
@Suite struct BreakdownVerdictImportTests {
    static func report() -> AuditReport {
        let cells: [[String]] = [["TT", "Chỉ tiêu", "Kế hoạch năm 2024", "Ước thực hiện năm 2024", "Đánh giá"],
                                 ["1", "Tỷ lệ lao động qua đào tạo (%)", "60-62", "61", "Đạt"],
                                 ["", "Trong đó: Tỷ lệ lao động có văn bằng, chứng chỉ (%)", "24-24,5", "23", ""],
                                 ["2", "Cơ cấu kinh tế (%)", "", "", "Không đạt"],
                                 ["", "- Công nghiệp, xây dựng", "34-35", "34,6", ""],
                                 ["", "- Dịch vụ", "46-47", "45", ""]]
        let raw = RawTable(rows: cells.enumerated().map { row, texts in
            texts.enumerated().map { TableCell(text: $1, location: SourceLocation(table: 1, row: row + 1, cell: $0 + 1)) }
        }, location: SourceLocation(table: 1))
        return Auditor().audit(SourceDocument(name: "lao-dong.docx", blocks: [.table(raw)]))
    }

    @Test(arguments: Engine.allCases)
    func aBreakdownWithoutItsOwnVerdictDoesNotDecideItsRow(_ engine: Engine) async throws {
        let report = Self.report()
        let rows = report.tables.flatMap(\.rows)
        try #require(rows.map(\.indicator.components.count) == [1, 2], "\(report.findings.map(\.message))")
        try #require(rows.map(\.computed) == [.met, .missed], "the audit: the breakdown's 23 does not decide row 1; both parts decide row 2")
        try await TestDatabase.withDatabase(engine) { database, _ in
            try await ReportImporter(database: database).apply(report, province: "Hà Giang", recordedBy: "test")
            let store = Store(database: database)
            let planID = try #require(try await PlanRecord.query(on: database).first()?.requireID())
            let evaluation = try await store.evaluation(planID: planID, version: .fullYearEstimate)
            for row in rows {
                let judged = evaluation.indicators.first { $0.code == row.indicator.code.description }
                #expect(judged?.verdict == row.computed,
                        "“\(row.indicator.line.name)”: ứng dụng đánh giá \(judged?.label ?? "—"), kiểm tra báo cáo \(row.computed.label)")
            }
            // The breakdown is still shown under its row, with its own figures.
            let training = evaluation.indicators.first { $0.code == "1" }
            #expect(training?.components.map(\.value?.text) == ["23"], "Tỷ lệ lao động có văn bằng: shown under its row")

            // Next year's plan copied from this one judges alike.
            let copy = try await store.createPlan(PlanDraft(province: "Hà Giang", horizon: "annual", startYear: 2025, copyFrom: planID),
                                                  actor: "test")
            let original = try await store.indicators(planID: planID).filter(\.outsideVerdict).map(\.id)
            #expect(original.count == 1, "one sub-row is a breakdown")
            #expect(try await store.indicators(planID: copy.id).filter(\.outsideVerdict).map(\.id) == original,
                    "the copy keeps which sub-row is a breakdown")
        }
    }
}
