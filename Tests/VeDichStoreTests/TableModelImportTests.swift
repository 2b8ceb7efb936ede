import FluentKit
import Foundation
import Testing
import VeDichCore
import VeDichImport
@testable import VeDichStore

/// The import reads what the audit reads (issue 13, item 5): several issuers' targets are kept
/// under their issuers, a plan's table brings targets and no values, and what cannot be placed
/// refuses the whole file with its reasons.
@Suite struct TableModelImportTests {
    static let budget = """
        Hà Giang, ngày 10 tháng 12 năm 2023
        BÁO CÁO TÌNH HÌNH THỰC HIỆN DỰ TOÁN VÀ KẾ HOẠCH NĂM 2024
        1. Kết quả thu ngân sách năm 2023
        TT
        Chỉ tiêu
        Dự toán Trung ương giao năm 2023
        Dự toán HĐND tỉnh giao năm 2023
        Ước thực hiện năm 2023
        Đánh giá
        1
        Thu nội địa (tỷ đồng)
        10.000
        12.000
        11.000
        Không đạt
        2. Kế hoạch năm 2024
        TT
        Chỉ tiêu
        Ước TH năm 2024
        1
        Thu nội địa (tỷ đồng)
        12.500
        """

    @Test(arguments: Engine.allCases)
    func severalIssuersAndAPlanTableImportAsTargets(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            let report = Auditor().audit(TextReportReader.read(text: Self.budget, name: "ngan-sach.txt"))
            try #require(report.tables.count == 2, "\(report.findings.map(\.message))")
            #expect(report.tables[1].table.targetsOnly, "“Ước TH năm 2024” in a document of December 2023 holds targets")
            try await ReportImporter(database: database).apply(report, province: "Hà Giang", recordedBy: "test")

            let plans = try await PlanRecord.query(on: database).all()
            let byYear = Dictionary(uniqueKeysWithValues: plans.map { ($0.startYear, try! $0.requireID()) })
            let targets = try await TargetRecord.query(on: database).all()
            let of2023 = targets.filter { $0.planID == byYear[2023] }.map { "\($0.issuer): \($0.figure.text)" }.sorted()
            #expect(of2023 == ["HĐND tỉnh giao: 12.000", "Trung ương giao: 10.000"], "Thu nội địa 2023: both issuers")
            let of2024 = targets.filter { $0.planID == byYear[2024] }.map { "\($0.issuer): \($0.figure.text)" }
            #expect(of2024 == ["Tỉnh giao: 12.500"], "Thu nội địa 2024: the plan's target")

            let values = try await ObservationRecord.query(on: database).all().map(\.figure.text)
            #expect(values == ["11.000"], "a plan's table brings no value")

            // The store judges 2023 against the province's council, as the audit did.
            let plan2023 = try #require(byYear[2023])
            let evaluation = try await Store(database: database).evaluation(planID: plan2023, version: .fullYearEstimate)
            let revenue = evaluation.indicators.first { $0.name.hasPrefix("Thu nội địa") }
            #expect(revenue?.issuer == "HĐND tỉnh giao")
            #expect(revenue?.verdict == .missed)
        }
    }

    @Test(arguments: Engine.allCases)
    func aTableOfFiguresNotUnderstoodRefusesTheWholeFile(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            let cells: [[String]] = [["Năm", "Giá trị", "Tăng thêm"], ["2021", "4.100", "3,2"], ["2022", "4.350", "6,1"],
                                     ["2023", "4.700", "8,0"]]
            let raw = RawTable(rows: cells.enumerated().map { row, texts in
                texts.enumerated().map { TableCell(text: $1, location: SourceLocation(table: 1, row: row + 1, cell: $0 + 1)) }
            }, location: SourceLocation(table: 1))
            let text = TextReportReader.read(text: Self.budget, name: "ngan-sach.txt")
            let document = SourceDocument(name: "co-bang-la.docx", blocks: [.table(raw)] + text.blocks)
            let report = Auditor().audit(document)
            let before = try await TestDatabase.snapshot(database)
            let error = await #expect(throws: StoreError.self) {
                try await ReportImporter(database: database).apply(report, province: "Hà Giang", recordedBy: "test")
            }
            guard case .unreadableReport(let reasons) = error else {
                Issue.record("expected unreadableReport, got \(String(describing: error))")
                return
            }
            #expect(reasons.contains { $0.contains("bảng 1") && $0.contains("3 hàng") }, "\(reasons)")
            #expect(try await TestDatabase.snapshot(database) == before, "nothing was written")
        }
    }
}
