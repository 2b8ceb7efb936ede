import Testing
import VeDichCore
@testable import VeDichImport

/// What the reader guesses must never judge: a cell a web copy dropped, a ratio written after a
/// verdict word, a remark wrapped under a name. A review of issue 13's reader found each.
struct GuessesNeverJudgeTests {
    /// A web copy drops the last part's empty verdict cell: a guess, not a merge from the part
    /// above, so the part is not judged "Đạt" and its miss contradicts nothing.
    @Test func aDroppedVerdictCellInAWebCopyJudgesNothing() throws {
        let text = """
            KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM 2023
            TT
            Chỉ tiêu
            Kế hoạch năm 2023
            Thực hiện năm 2023
            Đánh giá
            1
            Tổng thu ngân sách (tỷ đồng)
            100
            105
            Đạt
             
            - Thu nội địa
            50
            55
            Đạt
             
            - Thu từ đất
            30
            20
            2
            Trồng rừng mới (ha)
            800
            812
            Vượt

            """
        let report = Auditor().audit(TextReportReader.read(text: text, name: "trang-web.txt"))
        #expect(!report.findings.contains { $0.severity == .error }, "Tổng thu ngân sách: \(report.findings.map(\.message))")
        let budget = try #require(report.tables.flatMap(\.rows).first { $0.indicator.line.name.contains("Tổng thu ngân sách") }, "\(RowReading.lines(report))")
        let land = try #require(budget.indicator.components.first { $0.name.contains("Thu từ đất") }, "\(RowReading.lines(report))")
        #expect(land.stated == nil, "Thu từ đất: \(RowReading.lines(report))")
    }

    /// "Đạt 98,5" and "Đạt 98" give a ratio to the plan, not a verdict; "Đạt năm 2024" is one.
    @Test func aRatioAfterTheVerdictWordIsNoVerdict() {
        #expect(StatedVerdict.read("Đạt 98,5") == nil)
        #expect(StatedVerdict.read("Đạt 98") == nil)
        #expect(StatedVerdict.read("Đạt 98,5%") == nil)
        #expect(StatedVerdict.read("Đạt năm 2024") == .met)
        #expect(StatedVerdict.read("Vượt 3,5%") == .exceeded)
    }

    /// A list of bare names ending a bullet with ";" is whole: four names for "3 chỉ tiêu" is said.
    @Test func aBulletListEndingWithASemicolonIsStillCounted() {
        let report = ProseDocument.audit(["- Có 3 chỉ tiêu không đạt gồm: thu ngân sách, trồng rừng, xuất khẩu, tỷ lệ hộ nghèo;"])
        #expect(report.findings.contains { $0.kind == .claimCountInconsistent }, "\(report.findings.map(\.message))")
    }

    /// A remark wrapped under a name ("(giảm so cùng kỳ do …)") does not turn the direction the
    /// name gave: more enterprises is still better.
    @Test func aWrappedRemarkDoesNotTurnTheDirection() throws {
        let report = ProseDocument.audit([], table: [
            ["1", "Số doanh nghiệp thành lập mới (doanh nghiệp)", "300", "320", "Vượt"],
            ["", "(giảm so với cùng kỳ do thị trường khó khăn)", "", "", ""],
        ])
        let row = try #require(report.tables.flatMap(\.rows).first, "no row read")
        #expect(row.indicator.line.direction == .higher, "Số doanh nghiệp thành lập mới: \(row.indicator.line.directionReason)")
        #expect(!report.findings.contains { $0.severity == .error }, "Số doanh nghiệp thành lập mới: \(report.findings.map(\.message))")
    }

    /// "I.1", "I.2", "II.1" with no group rows: the codes open their groups, so no two
    /// indicators share a code (an import would refuse the table as "mã chỉ tiêu trùng").
    @Test func groupNumeralsInTheCodesKeepTheCodesApart() {
        let report = ProseDocument.audit([], table: [
            ["I.1", "Tốc độ tăng trưởng kinh tế (%)", "7", "7,2", "Vượt"],
            ["I.2", "Thu ngân sách trên địa bàn (tỷ đồng)", "3.500", "3.600", "Vượt"],
            ["II.1", "Tỷ lệ hộ nghèo (%)", "5", "4,6", "Vượt"],
        ])
        let codes = report.tables.flatMap(\.rows).map(\.indicator.code.description)
        #expect(codes.count == 3 && Set(codes).count == 3, "Tỷ lệ hộ nghèo: \(codes)")
        #expect(codes.last?.hasPrefix("II") == true, "Tỷ lệ hộ nghèo: \(codes)")
    }
}

