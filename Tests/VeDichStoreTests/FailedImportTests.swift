import FluentKit
import Foundation
import Testing
import VeDichCore
import VeDichImport
import VeDichStore

/// A refused import leaves the database exactly as it was: all or nothing.
@Suite struct FailedImportTests {
    /// A row whose estimate "9,15,0" reads as no number.
    static let malformed = """
        KẾT QUẢ NĂM 2024
        TT
        Chỉ tiêu
        Kế hoạch
        Ước TH năm 2024
        Đánh giá
        I
        Kinh tế
        1
        Tốc độ tăng trưởng (%)
        7 - 7,5
        9,15,0
        Đạt
        """

    /// A 2025 table with a units column; `poverty` is the unit given to "Tỷ lệ hộ nghèo", and
    /// `before` rows come first.
    static func unitsTable(poverty unit: String, before rows: [(name: String, unit: String)] = []) -> String {
        var lines = ["BIỂU TỔNG HỢP CÁC CHỈ TIÊU KẾ HOẠCH NĂM 2025", "TT", "Chỉ tiêu", "Đơn vị",
                     "Kế hoạch năm 2025", "Ước thực hiện năm 2025", "I", "Xã hội"]
        for (number, row) in rows.enumerated() {
            lines += ["\(number + 1)", row.name, row.unit, "450", "430"]
        }
        lines += ["\(rows.count + 1)", "Tỷ lệ hộ nghèo", unit, "không quá 2,5", "2,1"]
        return lines.joined(separator: "\n")
    }

    static func audit(_ text: String, name: String) -> AuditReport {
        Auditor().audit(TextReportReader.read(text: text, name: name))
    }

    @Test(arguments: Engine.allCases)
    func anUnreadableRowRefusesTheWholeFile(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, location in
            try await Seed.importSeed(into: database)
            let before = try await TestDatabase.snapshot(database)
            let bytes = try Self.sqliteBytes(location)
            let report = Self.audit(Self.malformed, name: "loi.txt")
            let error = await #expect(throws: StoreError.self) {
                try await ReportImporter(database: database).apply(report, province: Seed.province, recordedBy: "test")
            }
            guard case .unreadableReport(let findings) = error else {
                Issue.record("expected unreadableReport, got \(String(describing: error))")
                return
            }
            #expect(findings.contains { $0.contains("9,15,0") }, "findings: \(findings)")
            #expect(try await TestDatabase.snapshot(database) == before)
            // The refusal comes before the transaction writes anything, so SQLite's file is untouched too.
            #expect(try Self.sqliteBytes(location) == bytes)
        }
    }

    @Test(arguments: Engine.allCases)
    func aConflictingUnitRollsBackTheRowsBeforeIt(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            let importer = ReportImporter(database: database)
            let first = Self.audit(Self.unitsTable(poverty: "%"), name: "bieu-1.txt")
            try #require(first.tables.first?.rows.count == 1, "the first table reads “Tỷ lệ hộ nghèo”")
            try await importer.apply(first, province: Seed.province, recordedBy: "test")
            let before = try await TestDatabase.snapshot(database)

            let second = Self.audit(Self.unitsTable(poverty: "hộ", before: [("Kim ngạch xuất khẩu", "triệu USD"),
                                                                           ("Số xã đạt chuẩn nông thôn mới", "xã")]),
                                    name: "bieu-2.txt")
            try #require(second.tables.first?.rows.map(\.indicator.line.unit) == ["triệu USD", "xã", "hộ"])
            await #expect(throws: StoreError.conflictingIndicator(name: "Tỷ lệ hộ nghèo", existingUnit: "%", importedUnit: "hộ")) {
                try await importer.apply(second, province: Seed.province, recordedBy: "test")
            }
            #expect(try await TestDatabase.snapshot(database) == before, "the two rows before “Tỷ lệ hộ nghèo” stayed")
        }
    }

    /// The SQLite file's bytes (nil on PostgreSQL). The WAL and journal files are not compared: the
    /// snapshot covers what they could hold.
    static func sqliteBytes(_ location: DatabaseLocation) throws -> Data? {
        guard case .sqlite(let path) = location else { return nil }
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }
}
