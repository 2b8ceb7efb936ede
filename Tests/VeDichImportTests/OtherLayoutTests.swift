import Foundation
import Testing
import VeDichCore
@testable import VeDichImport

/// Tables laid out as other provinces lay them out, typed into Word (through LibreOffice) or
/// extracted to text. The reader recognises columns by their headers and rows by their shape.
struct OtherLayoutTests {
    private func audit(html body: String, name: String) throws -> AuditReport {
        try Auditor().audit(contentsOf: try LibreOffice.docx(fromHTML: HTMLDocument.page(body), name: name))
    }

    /// A units column, a "Thực hiện năm 2023" column before the plan, a "So sánh (%)" column.
    @Test func unitsColumnAndPreviousYearFirst() throws {
        let report = try audit(html: HTMLDocument.paragraph("BIỂU 01. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2024")
            + HTMLDocument.table([
                ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2023", "Kế hoạch năm 2024", "Ước thực hiện năm 2024", "So sánh (%)", "Đánh giá"],
                ["I", "Chỉ tiêu kinh tế", "", "", "", "", "", ""],
                ["1", "Tốc độ tăng trưởng GRDP", "%", "6,8", "6,5 - 7", "6,9", "101,5", "Đạt"],
                ["2", "GRDP bình quân đầu người", "triệu đồng", "52,1", "58", "56,3", "97,1", "Không đạt"],
                ["3", "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "3.120,5", "3.200", "3.415,2", "106,7", "Vượt"],
                ["II", "Chỉ tiêu xã hội", "", "", "", "", "", ""],
                ["1", "Tỷ lệ hộ nghèo", "%", "12,3", "dưới 10", "9,6", "", "Đạt"],
                ["2", "Tỷ lệ thất nghiệp khu vực thành thị", "%", "3,1", "3", "2,8", "", "Vượt"],
                ["3", "Số bác sỹ trên 1 vạn dân", "bác sỹ", "10,2", "10,5", "10,5", "", "Đạt"],
            ]), name: "bieu-01")
        let table = try #require(report.tables.first)
        #expect(table.table.kind == .annual)
        #expect(table.table.period == "2024")
        #expect(table.table.roles == [.code, .name, .unit, .previous, .target, .actual, .comparison, .evaluation])
        #expect(table.rows.map(\.indicator.code.description) == ["I.1", "I.2", "I.3", "II.1", "II.2", "II.3"])
        let income = try #require(table.row("I.2")).indicator.line
        #expect(income.unit == "triệu đồng")
        #expect(income.target?.text == "58")
        #expect(income.actual?.text == "56,3")
        #expect(income.previous.map { $0?.text } == ["52,1"])
        let unemployment = try #require(table.row("II.2"))
        #expect(unemployment.indicator.line.direction == .lower)
        #expect(unemployment.computed == .exceeded)
        #expect(table.rows.allSatisfy { $0.consistent })
        let messages = report.findings.map(\.message)
        #expect(report.errorCount == 0, "\(messages)")
    }

    /// Group rows lettered A, B; numbering that runs on across groups; an evaluation cell merged
    /// over the components; a value with its remainder in one cell; a value written in words.
    @Test func letteredGroupsMergedVerdictAndAValueWithARemainder() throws {
        let report = try audit(html: HTMLDocument.paragraph("CÁC CHỈ TIÊU CHỦ YẾU KẾ HOẠCH NĂM 2025")
            + HTMLDocument.table([
                ["TT", "Nội dung", "KH 2025", "Ước TH 2025", "Đánh giá"],
                ["A", "CÁC CHỈ TIÊU KINH TẾ", "", "", ""],
                ["1", "Tốc độ tăng trưởng kinh tế (%)", "8", "8,2", "Vượt"],
                ["2", "Cơ cấu kinh tế (%)", "", "", "Đạt"],
                ["", "- Nông nghiệp", "20 - 22", "21", "^"],
                ["", "- Công nghiệp", "30 - 32", "31,5", "^"],
                ["B", "CÁC CHỈ TIÊU XÃ HỘI", "", "", ""],
                ["3", "Giảm tỷ lệ hộ nghèo (%)", "1 - 1,5", "0,86% (còn 4,17%)", "Không đạt"],
                ["4", "Hoàn thành chương trình chuyển đổi số (%)", "100", "Hoàn thành", "Đạt"],
            ]), name: "ke-hoach-2025")
        let table = try #require(report.tables.first)
        #expect(table.rows.map(\.indicator.code.description) == ["I.1", "I.2", "II.3", "II.4"])
        #expect(table.table.groups.map(\.title) == ["CÁC CHỈ TIÊU KINH TẾ", "CÁC CHỈ TIÊU XÃ HỘI"])
        let structure = try #require(table.row("I.2"))
        #expect(structure.indicator.components.map(\.name) == ["Nông nghiệp", "Công nghiệp"])
        #expect(structure.indicator.statedText == "Đạt")
        #expect(structure.computed == .met)
        let poverty = try #require(table.row("II.3")).indicator.line
        #expect(poverty.actual?.figure?.interval == .point(0.86))
        #expect(poverty.actual?.note == "còn 4,17%")
        #expect(table.row("II.3")?.computed == .missed)
        #expect(report.findings.contains { $0.kind == .valueInWords && $0.message.contains("Hoàn thành") })
        #expect(report.findings.contains { $0.kind == .statedVerdictUnverifiable })
        let messages = report.findings.map(\.message)
        #expect(report.errorCount == 0, "\(messages)")
    }

    /// No row numbers at all, group rows as titles, components marked by a dash and the label
    /// printed on the first component — and one label that contradicts its numbers.
    @Test func noRowNumbersAndALabelOnTheFirstComponent() throws {
        let report = try audit(html: HTMLDocument.paragraph("Kết quả thực hiện kế hoạch năm 2025")
            + HTMLDocument.table([
                ["Chỉ tiêu", "Kế hoạch năm 2025", "Thực hiện năm trước", "Ước thực hiện năm 2025", "Đánh giá"],
                ["Chỉ tiêu về kinh tế", "", "", "", ""],
                ["Tổng thu ngân sách (tỷ đồng)", "5.000", "4.600", "5.100", "Vượt"],
                ["Chỉ số giá tiêu dùng CPI (%)", "<4", "3,2", "3,5", "Đạt"],
                ["Chỉ tiêu về môi trường", "", "", "", ""],
                ["Tỷ lệ che phủ rừng (%)", "45", "44,2", "44,8", "Đạt"],
                ["Xử lý chất thải", "", "", "", ""],
                ["- Tỷ lệ thu gom rác thải đô thị (%)", "95", "93", "96", "Vượt"],
                ["- Tỷ lệ xử lý nước thải (%)", "50", "40", "45", ""],
            ]), name: "khong-so-thu-tu")
        let table = try #require(report.tables.first)
        #expect(table.rows.map(\.indicator.code.description) == ["I.1", "I.2", "II.1", "II.2"])
        #expect(table.row("I.2")?.indicator.line.direction == .lower)
        #expect(table.row("I.2")?.computed == .met)
        let forest = try #require(table.row("II.1"))
        #expect(forest.computed == .missed)
        let waste = try #require(table.row("II.2"))
        #expect(waste.indicator.components.count == 2)
        #expect(waste.indicator.statedText == "Vượt")
        #expect(waste.computed == .missed)
        let errors = report.findings.filter { $0.kind == .statedVerdictContradictsValues }
        #expect(errors.count == 2)
        #expect(errors.contains { $0.message.contains("Tỷ lệ che phủ rừng") && $0.message.contains("44,8") })
    }

    /// Extracted text with a units column and a "Thực hiện năm trước" column, row numbers that
    /// restart per group, and no evaluation column: every verdict is computed.
    @Test func flatTextWithUnitsColumnAndNoEvaluation() throws {
        let text = """
        BIỂU TỔNG HỢP CÁC CHỈ TIÊU KẾ HOẠCH NĂM 2025
        TT
        Chỉ tiêu
        Đơn vị
        Thực hiện năm trước
        Kế hoạch năm 2025
        Ước thực hiện năm 2025
        I
        Kinh tế
        1
        Tốc độ tăng trưởng GRDP
        %
        7,1
        7 - 7,5
        7,6
        2
        Kim ngạch xuất khẩu
        triệu USD
        410
        450
        430
        II
        Xã hội
        1
        Tỷ lệ thất nghiệp
        %
        2,4
        không quá 2,5
        2,1
        2
        Số xã đạt chuẩn nông thôn mới
        xã
        40
        48
        48
        Ghi chú: số liệu ước tính.
        """
        let report = Auditor().audit(TextReportReader.read(text: text, name: "bieu.txt"))
        let table = try #require(report.tables.first)
        #expect(table.table.roles == [.code, .name, .unit, .previous, .target, .actual])
        #expect(table.rows.map(\.indicator.code.description) == ["I.1", "I.2", "II.1", "II.2"])
        #expect(table.rows.map(\.computed) == [.exceeded, .missed, .met, .met])
        #expect(table.rows.map(\.indicator.line.unit) == ["%", "triệu USD", "%", "xã"])
        #expect(table.row("II.1")?.indicator.line.direction == .lower)
        #expect(table.rows.allSatisfy { $0.indicator.stated == nil && $0.consistent })
        #expect(table.computedSummary.total.sentence == "đạt và vượt 3/4 chỉ tiêu")
    }

    @Test func aNumberedRowThatCannotBeReadIsReportedNotDropped() {
        let text = """
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
        let report = Auditor().audit(TextReportReader.read(text: text, name: "loi.txt"))
        #expect(report.tables.first?.rows.count == 1)
        let malformed = report.findings.filter { $0.kind == .malformedNumber }
        #expect(malformed.count == 1)
        #expect(malformed.first?.location.line == 12)
        #expect(malformed.first?.message.contains("“9,15,0”") == true)
    }
}

/// Previous-period columns keep their place even when a cell is empty.
struct PreviousColumnsTests {
    @Test func anEmptyEarlierYearDoesNotShiftALaterValue() throws {
        let text = """
        KẾT QUẢ THỰC HIỆN NĂM 2024
        TT
        Chỉ tiêu
        Thực hiện năm 2022
        Thực hiện năm 2023
        Kế hoạch năm 2024
        Ước thực hiện năm 2024
        I
        Kinh tế
        1
        Tốc độ tăng trưởng GRDP (%)
        -
        6,5
        7 - 7,5
        7,1
        """
        let report = Auditor().audit(TextReportReader.read(text: text, name: "hai-nam-truoc.txt"))
        let line = try #require(report.tables.first?.row("I.1")).indicator.line
        #expect(line.previous.map { $0?.text } == [nil, "6,5"], "GRDP: the 2023 value stays in the 2023 column")
        #expect(line.target?.text == "7 - 7,5")
        #expect(line.actual?.text == "7,1")
    }
}
