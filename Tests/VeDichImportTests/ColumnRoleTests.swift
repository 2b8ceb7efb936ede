import Foundation
import Testing
import VeDichCore
@testable import VeDichImport

/// Column headers recognised by whole words and phrases; ties said, never silent.
struct ColumnRoleTests {
    static let title = "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2024"

    /// "trước" contains the letters of "ước": a previous year's column is not this year's estimate.
    @Test func lastYearsColumnIsAPreviousPeriodNotThisYearsEstimate() throws {
        let report = SmallTable.audit(title: Self.title, [
            ["TT", "Chỉ tiêu", "Kế hoạch 2024", "Thực hiện năm trước", "Thực hiện 2024", "Đánh giá"],
            ["1", "Số xã đạt chuẩn nông thôn mới (xã)", "100", "90", "101", "Vượt"],
        ])
        let table = try #require(report.tables.first)
        #expect(table.table.roles == [.code, .name, .target, .previous, .actual, .evaluation])
        let line = try #require(table.row("1")).indicator.line
        #expect(line.actual?.text == "101")
        #expect(line.previous.map { $0?.text } == ["90"])
        #expect(report.findings.filter { $0.kind == .ambiguousColumn }.isEmpty)
    }

    @Test(arguments: ["Thực hiện năm trước", "Cùng kỳ năm trước", "TH năm N-1", "Thực hiện cùng kỳ", "Ước TH cùng kỳ"])
    func previousPeriodHeaders(_ header: String) {
        #expect(ColumnRole.classify(header) == .previous, "\(header)")
    }

    @Test(arguments: ["Ước TH cả năm 2024", "Ước thực hiện", "Thực hiện 2024", "TH 2024", "Kết quả thực hiện"])
    func thisPeriodsHeaders(_ header: String) {
        #expect(ColumnRole.classify(header) == .actual, "\(header)")
    }

    /// Words, not letters: "Khác" is not "KH", "Tỷ lệ" only at the start is a comparison.
    @Test func wordsNotLetters() {
        #expect(ColumnRole.classify("KH 2024") == .target)
        #expect(ColumnRole.classify("Khác") == .other)
        // A column of words: read as verdicts only when its cells state them.
        #expect(ColumnRole.classify("Ghi chú") == .note)
        #expect(ColumnRole.classify("Cơ quan chủ trì") == .note)
        #expect(ColumnRole.classify("Đơn vị tính") == .unit)
        #expect(ColumnRole.classify("Dự toán HĐND tỉnh giao") == .target)
        #expect(ColumnRole.classify("Ước TH so với KH (%)") == .comparison)
        #expect(ColumnRole.classify("ĐVT") == .unit)
        #expect(ColumnRole.classify("% so với KH") == .comparison)
    }

    /// "Thực hiện năm 2023" beside a 2024 plan is last year's figure, even as the only
    /// "thực hiện" column but one.
    @Test func anEarlierYearThanThePlanIsAPreviousPeriod() throws {
        let report = SmallTable.audit(title: Self.title, [
            ["STT", "Chỉ tiêu", "Thực hiện năm 2023", "Kế hoạch năm 2024", "Ước thực hiện năm 2024", "Đánh giá"],
            ["1", "Tốc độ tăng trưởng GRDP (%)", "6,8", "6,5 - 7", "6,9", "Đạt"],
        ])
        let table = try #require(report.tables.first)
        #expect(table.table.roles == [.code, .name, .previous, .target, .actual, .evaluation])
        #expect(table.table.period == "2024")
        #expect(try #require(table.row("1")).indicator.line.actual?.text == "6,9")
    }

    @Test func anEarlierYearAloneIsStillAPreviousPeriod() throws {
        let roles = ColumnRole.classify(headers: ["TT", "Chỉ tiêu", "Kế hoạch 2024", "Thực hiện năm 2023"])
        #expect(roles == [.code, .name, .target, .previous])
    }

    /// Two "Thực hiện" columns alike: the rightmost is taken and a finding says so and why.
    @Test func aTieBetweenTwoActualColumnsIsReportedWithTheColumnTaken() throws {
        let report = SmallTable.audit(title: Self.title, [
            ["TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Thực hiện", "Đánh giá"],
            ["1", "Số xã đạt chuẩn nông thôn mới (xã)", "100", "90", "101", "Vượt"],
        ])
        let table = try #require(report.tables.first)
        #expect(try #require(table.row("1")).indicator.line.actual?.text == "101")
        let finding = try #require(report.findings.first { $0.kind == .ambiguousColumn })
        #expect(finding.severity == .warning)
        #expect(finding.message.contains("cột 4 “Thực hiện”, cột 5 “Thực hiện”"))
        #expect(finding.message.contains("đã lấy cột 5 “Thực hiện”"))
        #expect(finding.message.contains("bên phải nhất"))
        #expect(finding.location.line == 2)
    }

    @Test func aTieBetweenTwoTargetColumnsIsReported() throws {
        let report = SmallTable.audit(title: Self.title, [
            ["TT", "Chỉ tiêu", "Kế hoạch", "Kế hoạch điều chỉnh", "Ước TH 2024", "Đánh giá"],
            ["1", "Số xã đạt chuẩn nông thôn mới (xã)", "100", "95", "96", "Đạt"],
        ])
        let line = try #require(report.tables.first?.row("1")).indicator.line
        #expect(line.target?.text == "95")
        let finding = try #require(report.findings.first { $0.kind == .ambiguousColumn })
        #expect(finding.message.contains("kế hoạch") && finding.message.contains("đã lấy cột 4 “Kế hoạch điều chỉnh”"))
    }

    /// The year decides without a tie: no finding.
    @Test func theTargetOfTheActualsYearIsTakenWithoutAFinding() throws {
        let report = SmallTable.audit(title: Self.title, [
            ["TT", "Chỉ tiêu", "Kế hoạch 2024", "Ước TH 2024", "Kế hoạch 2025", "Đánh giá"],
            ["1", "Số xã đạt chuẩn nông thôn mới (xã)", "100", "96", "110", "Không đạt"],
        ])
        let line = try #require(report.tables.first?.row("1")).indicator.line
        #expect(line.target?.text == "100")
        #expect(report.findings.filter { $0.kind == .ambiguousColumn }.isEmpty)
    }

    /// A header merged across two columns is one header: its first column is read, no tie said.
    @Test func aHeaderMergedAcrossTwoColumnsIsNotATie() throws {
        var document = SmallTable.document(title: Self.title, [
            ["TT", "Chỉ tiêu", "Kế hoạch 2024", "Ước TH 2024", "", "Đánh giá"],
            ["1", "Số xã đạt chuẩn nông thôn mới (xã)", "100", "101", "", "Vượt"],
        ])
        guard case .table(var raw) = document.blocks[1] else { Issue.record("no table"); return }
        raw.rows[0][4].merge = .continuesLeft
        document.blocks[1] = .table(raw)
        let report = Auditor().audit(document)
        #expect(try #require(report.tables.first?.row("1")).indicator.line.actual?.text == "101")
        #expect(report.findings.filter { $0.kind == .ambiguousColumn }.isEmpty)
    }

    /// The same as a Word document: LibreOffice writes the table, the DOCX reader reads it.
    @Test func lastYearsColumnInADocxIsAPreviousPeriod() throws {
        let url = try LibreOffice.docx(fromHTML: HTMLDocument.page(HTMLDocument.paragraph(Self.title) + HTMLDocument.table([
            ["TT", "Chỉ tiêu", "Kế hoạch 2024", "Thực hiện năm trước", "Ước TH 2024", "Đánh giá"],
            ["1", "Tỷ lệ hộ nghèo (%)", "dưới 3", "3,4", "2,9", "Đạt"],
        ])), name: "nam-truoc")
        let report = try Auditor().audit(contentsOf: url)
        let line = try #require(report.tables.first?.row("1")).indicator.line
        #expect(line.actual?.text == "2,9")
        #expect(line.previous.map { $0?.text } == ["3,4"])
    }
}
