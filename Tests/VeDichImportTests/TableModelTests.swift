import Foundation
import Testing
import VeDichCore
@testable import VeDichImport

/// Tables as other provinces print them (issue 13, item 2): row numbers in every form, verdicts
/// in a "Ghi chú" column, notes on a second line, text columns, figures that start with a word,
/// plans with targets only, several issuers' targets. Each document is small and made up here.
struct TableModelTests {
    private func audit(text: String, name: String = "bao-cao.txt") -> AuditReport {
        Auditor().audit(TextReportReader.read(text: text, name: name))
    }

    private func row(_ report: AuditReport, _ code: String) -> AuditedRow? {
        report.tables.lazy.flatMap(\.rows).first { $0.indicator.code.description == code }
    }

    /// "I.", "1.", "2)", "a)" numbers, "Trong đó:" then "-"/"+" sub-rows, and the verdicts in a
    /// column headed "Ghi chú": every row is read, and a stated "Đạt" on a missed target is an error.
    @Test func rowNumbersInEveryFormAndVerdictsUnderGhiChu() throws {
        let report = audit(text: """
            BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM 2023
            TT
            Chỉ tiêu
            Đơn vị
            Kế hoạch năm 2023
            Ước TH năm 2023
            Ghi chú
            I.
            CHỈ TIÊU KINH TẾ
            1.
            Tốc độ tăng trưởng GRDP
            %
            6,5
            7,1
            Vượt
            2)
            Thu ngân sách nhà nước
            tỷ đồng
            5.000
            4.600
            Đạt
            Trong đó:
            - Thu nội địa
            tỷ đồng
            4.000
            3.700
            + Thu từ đất
            tỷ đồng
            1.000
            900
            II.
            CHỈ TIÊU XÃ HỘI
            1)
            Số bác sĩ trên 1 vạn dân
            bác sĩ
            11
            11,2
            Đạt
            2.
            Tỷ lệ trường đạt chuẩn quốc gia
            %
            60
            55
            Không đạt
            """)
        let table = try #require(report.tables.first)
        #expect(table.rows.map(\.indicator.code.description) == ["I.1", "I.2", "II.1", "II.2"])
        #expect(table.table.groups.map(\.numeral) == ["I", "II"])
        let budget = try #require(row(report, "I.2"))
        #expect(budget.indicator.components.map(\.name) == ["Thu nội địa", "Thu từ đất"], "Thu ngân sách: sub-rows")
        #expect(budget.indicator.stated == .met)
        #expect(budget.computed == .missed, "Thu ngân sách: 4.600 of 5.000")
        #expect(row(report, "II.2")?.indicator.stated == .missed)
        #expect(row(report, "I.1")?.indicator.stated == .exceeded)
        let errors = report.findings.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(errors.map(\.message))")
        #expect(errors.first?.kind == .statedVerdictContradictsValues)
        #expect(errors.first?.message.contains("Thu ngân sách nhà nước") == true)
        #expect(report.findings.contains { $0.kind == .ambiguousColumn && $0.message.contains("Ghi chú") },
                "the note column read as the verdict column is explained")
        #expect(table.table.coverage.rowsRead == 8)
        #expect(table.table.coverage.rowsUnread == 0)
    }

    /// A note on its own line under a value, an agency column, and figures that start with a
    /// word: no row folds into another, no phantom row appears, every main figure is kept.
    @Test func notesTextColumnsAndFiguresStartingWithAWord() throws {
        let report = audit(text: """
            KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024
            TT
            Chỉ tiêu
            Kế hoạch năm 2024
            Ước thực hiện năm 2024
            Cơ quan chủ trì
            1
            Tốc độ tăng trưởng kinh tế (%)
            tăng 6,8 - 7,5%
            7,2
            Sở Kế hoạch và Đầu tư
            2
            Tỷ lệ hộ nghèo theo chuẩn đa chiều (%)
            1,5
            0,9%
            (còn 3,85%)
            Sở Lao động - Thương binh và Xã hội
            3
            Số doanh nghiệp thành lập mới (doanh nghiệp)
            Khoảng 380-400
            430 (tăng 12%)
            Sở Kế hoạch và Đầu tư
            4
            Tỷ lệ lao động qua đào tạo (%)
            Trên 70
            72,5
            Sở Lao động - Thương binh và Xã hội
            5
            Kim ngạch xuất khẩu (triệu USD)
            >1.800
            gần 1.900,5
            Sở Công Thương
            6
            Số xã đạt chuẩn nông thôn mới (xã)
            05 - 08
            7
            Sở Nông nghiệp và Phát triển nông thôn
            7
            Cán cân thương mại
            Xuất siêu
            Xuất siêu
            Sở Công Thương
            """)
        let table = try #require(report.tables.first)
        #expect(table.rows.map(\.indicator.code.description) == ["1", "2", "3", "4", "5", "6", "7"])
        #expect(table.rows.allSatisfy { $0.indicator.components.isEmpty }, "no row folds under another")
        let growth = try #require(row(report, "1")).indicator.line
        #expect(growth.target?.figure?.interval == .closed(6.8, 7.5), "tăng 6,8 - 7,5%")
        #expect(row(report, "1")?.computed == .met)
        let poverty = try #require(row(report, "2")).indicator.line
        #expect(poverty.actual?.figure?.interval == .point(0.9))
        #expect(poverty.actual?.note == "còn 3,85%")
        let firms = try #require(row(report, "3")).indicator.line
        #expect(firms.actual?.figure?.interval == .point(430))
        #expect(firms.actual?.note == "tăng 12%")
        #expect(firms.target?.figure?.interval == .closed(380, 400))
        #expect(row(report, "4")?.indicator.line.target?.figure != nil, "Trên 70")
        #expect(row(report, "5")?.indicator.line.actual?.figure?.interval == .point(1900.5), "gần 1.900,5")
        #expect(row(report, "5")?.indicator.line.target?.figure != nil, ">1.800")
        #expect(row(report, "6")?.indicator.line.target?.figure?.interval == .closed(5, 8), "05 - 08")
        #expect(row(report, "6")?.computed == .met)
        #expect(report.errorCount == 0, "\(report.findings.filter { $0.severity == .error }.map(\.message))")
        #expect(!report.findings.contains { $0.kind == .unparsedRow })
    }

    /// A plan for 2026 written in December 2025, its column headed "Ước TH năm 2026": targets, no
    /// values, and nothing reported missing.
    @Test func aPlanTableHeadedAsAnEstimateHoldsTargets() throws {
        let report = audit(text: """
            ỦY BAN NHÂN DÂN TỈNH
            Số: 250/KH-UBND
            Bắc Kạn, ngày 12 tháng 12 năm 2025
            KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026
            TT
            Chỉ tiêu
            Đơn vị tính
            Ước TH năm 2025
            Ước TH năm 2026
            1
            Tốc độ tăng trưởng GRDP
            %
            6,2
            7 - 7,5
            2
            Tỷ lệ che phủ rừng
            %
            73,2
            73,5
            """)
        let table = try #require(report.tables.first)
        #expect(table.table.targetsOnly)
        #expect(table.rows.count == 2)
        let growth = try #require(row(report, "1")).indicator.line
        #expect(growth.target?.figure?.interval == .closed(7, 7.5), "the 2026 column holds the target")
        #expect(growth.actual == nil)
        #expect(growth.previous.first??.figure?.interval == .point(6.2))
        #expect(table.computedSummary.total.total == 0, "nothing is counted, nothing is missing")
        #expect(report.findings.contains { $0.kind == .ambiguousColumn && $0.message.contains("2025") },
                "the choice is explained by the document's date")
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(AuditJSON(report))) as? [String: Any]
        let rows = try #require(((json?["tables"] as? [[String: Any]])?.first?["rows"]) as? [[String: Any]])
        #expect(rows.allSatisfy { $0["actual"] is NSNull && $0["computed"] is NSNull })
        #expect(rows.map { $0["code"] as? String } == ["1", "2"])
    }

    /// Two issuers' targets side by side: both kept, judged against the first when neither is
    /// the province's (a national report), against the province's own when one is.
    @Test func severalIssuersTargetsAreKeptAndTheGoverningOneChosen() throws {
        let national = SmallTable.audit(title: "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2023", [
            ["TT", "Chỉ tiêu", "KH Quốc hội giao", "Mục tiêu phấn đấu của Chính phủ", "Ước TH năm 2023", "Đánh giá"],
            ["1", "Tốc độ tăng GDP (%)", "6,5", "6,5 - 7", "5,05", "Không đạt"],
            ["2", "Tỷ lệ hộ nghèo giảm (%)", "1 - 1,5", "1,5", "1,3", "Đạt"],
        ])
        let gdp = try #require(national.tables.first?.rows.first)
        #expect(gdp.indicator.line.targets.map(\.issuer) == ["Quốc hội giao", "Chính phủ phấn đấu"])
        #expect(gdp.indicator.line.targets.first(where: \.governing)?.issuer == "Quốc hội giao")
        #expect(gdp.indicator.line.target?.text == "6,5")
        #expect(national.errorCount == 0, "\(national.findings.map(\.message))")

        let budget = SmallTable.audit(title: "KẾT QUẢ THU NGÂN SÁCH NĂM 2023", [
            ["TT", "Chỉ tiêu", "Dự toán Trung ương giao", "Dự toán HĐND tỉnh giao", "Ước thực hiện năm 2023", "Đánh giá"],
            ["1", "Thu nội địa (tỷ đồng)", "10.000", "12.000", "11.000", "Không đạt"],
        ])
        let revenue = try #require(budget.tables.first?.rows.first)
        #expect(revenue.indicator.line.target?.text == "12.000", "HĐND tỉnh giao governs")
        #expect(revenue.computed == .missed)
        #expect(budget.errorCount == 0, "\(budget.findings.map(\.message))")
        #expect(budget.findings.contains { $0.kind == .ambiguousColumn && $0.message.contains("HĐND tỉnh giao") })
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(AuditJSON(budget))) as? [String: Any]
        let first = try #require(((json?["tables"] as? [[String: Any]])?.first?["rows"] as? [[String: Any]])?.first)
        let targets = try #require(first["targets"] as? [[String: Any]])
        #expect(targets.map { $0["issuer"] as? String } == ["Trung ương giao", "HĐND tỉnh giao"])
        #expect(targets.map { $0["text"] as? String } == ["10.000", "12.000"])
    }

    /// A headline with its own target and a breakdown under it: a breakdown with no verdict
    /// does not make the headline a miss under `strict`; one the document judges takes part.
    @Test func aBreakdownWithoutItsOwnVerdictDoesNotDecideTheHeadline() throws {
        let report = SmallTable.audit(title: "KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM 2023", [
            ["STT", "Chỉ tiêu", "Kế hoạch năm 2023", "Ước TH năm 2023", "Đánh giá"],
            ["1", "Tổng thu ngân sách (tỷ đồng)", "5.000", "5.400", "Vượt"],
            ["", "- Thu nội địa", "4.000", "4.500", ""],
            ["", "- Thu xuất nhập khẩu", "1.000", "900", ""],
            ["2", "Tổng vốn đầu tư (tỷ đồng)", "20.000", "21.000", "Vượt"],
            ["", "- Vốn ngân sách", "5.000", "4.000", "Vượt"],
        ])
        let revenue = try #require(row(report, "1"))
        #expect(revenue.computed == .exceeded, "judged on its own 5.400 of 5.000")
        #expect(revenue.indicator.components.count == 2)
        let investment = try #require(row(report, "2"))
        #expect(investment.indicator.components.first?.stated == .exceeded)
        // The sub-row the document judged takes part: its 4.000 of 5.000 decides under `strict`.
        #expect(investment.computed == .missed)
        let errors = report.findings.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(errors.map(\.message))")
        #expect(errors.first?.message.contains("Tổng vốn đầu tư") == true)
        #expect(errors.first?.message.contains("Thành phần quyết định: Vốn ngân sách") == true)
    }

    /// "- Trong đó: …" under a verdict printed once (extracted text): a part of the headline's
    /// figure, so its own miss does not decide the headline; "tăng từ 8-10%" reads as a figure.
    @Test func aPartIntroducedByTrongDoDoesNotDecideTheHeadline() throws {
        let report = audit(text: """
            KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2019
            TT
            Chỉ tiêu
            Đơn vị
            Kế hoạch năm 2019
            Ước thực hiện năm 2019
            Đánh giá
            1
            Mức giảm tỷ lệ hộ nghèo theo chuẩn nghèo tiếp cận đa chiều
            điểm
            1 - 1,5
            1,6
            Vượt
            - Trong đó: Giảm tỷ lệ hộ nghèo tại các huyện nghèo
            %
            4
            3,5
            2
            Tổng vốn đầu tư toàn xã hội (tỷ đồng)
            tỷ đồng
            tăng từ 8-10% (dự ước 24.500 tỷ)
            26.000
            """)
        let poverty = try #require(row(report, "1"))
        #expect(poverty.indicator.components.map(\.name) == ["Giảm tỷ lệ hộ nghèo tại các huyện nghèo"])
        #expect(poverty.indicator.components.first?.isBreakdown == true)
        #expect(poverty.computed == .exceeded, "judged on its own 1,6 of 1 - 1,5")
        #expect(!report.findings.contains { $0.kind == .malformedNumber }, "\(report.findings.map(\.message))")
        #expect(report.errorCount == 0, "\(report.findings.filter { $0.severity == .error }.map(\.message))")
    }

    /// A cell of two paragraphs, "8,2" over "11,5": two lines of one indicator.
    @Test func aCellWithTwoValuesIsTwoLinesOfOneIndicator() throws {
        let report = SmallTable.audit(title: "KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM 2023", [
            ["TT", "Chỉ tiêu", "Kế hoạch năm 2023", "Ước TH năm 2023", "Đánh giá"],
            ["1", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng (%)\n- Thể nhẹ cân\n- Thể thấp còi", "≤ 9\n≤ 12", "8,2\n11,5", "Đạt"],
            ["2", "Tỷ lệ hộ nghèo (%)", "≤ 1,5", "0,9%\n(còn 3,85%)", "Đạt"],
        ])
        let nutrition = try #require(row(report, "1"))
        #expect(nutrition.indicator.components.map(\.name) == ["Thể nhẹ cân", "Thể thấp còi"])
        #expect(nutrition.indicator.components.map { $0.actual?.figure?.interval } == [.point(8.2), .point(11.5)])
        #expect(nutrition.computed == .met)
        let poverty = try #require(row(report, "2")).indicator.line
        #expect(poverty.actual?.note == "còn 3,85%")
        #expect(!report.findings.contains { $0.kind == .malformedNumber })
    }

    /// Typed into Word (through LibreOffice): row numbers from Word's list numbering (the text
    /// holds none), a breakdown beside empty verdict cells, a verdict merged over a headline and
    /// its parts (the headline's, not theirs), and a cell of two paragraphs. The breakdown's 900
    /// of 1.000 does not turn the headline's "Vượt" into an error.
    @Test func aDocxWithListNumberingMergedVerdictAndStackedValues() throws {
        let html = HTMLDocument.page("""
            <p>Thái Nguyên, ngày 15 tháng 12 năm 2023</p>
            <p>BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM 2023</p>
            <table border="1">
            <tr><th>STT</th><th>Chỉ tiêu</th><th>Kế hoạch năm 2023</th><th>Ước TH năm 2023</th><th>Đánh giá</th></tr>
            <tr><td><ol><li></li></ol></td><td>Tổng thu ngân sách (tỷ đồng)</td><td>5.000</td><td>5.400</td><td>Vượt</td></tr>
            <tr><td></td><td>Trong đó:</td><td></td><td></td><td></td></tr>
            <tr><td></td><td>- Thu nội địa</td><td>4.000</td><td>4.500</td><td></td></tr>
            <tr><td></td><td>- Thu xuất nhập khẩu</td><td>1.000</td><td>900</td><td></td></tr>
            <tr><td><ol start="2"><li></li></ol></td><td>Tỷ lệ trẻ em suy dinh dưỡng (%)<p>- Thể nhẹ cân</p><p>- Thể thấp còi</p></td>
                <td><p>≤ 9</p><p>≤ 12</p></td><td><p>8,2</p><p>11,5</p></td><td>Đạt</td></tr>
            <tr><td><ol start="3"><li></li></ol></td><td>Tỷ lệ trường đạt chuẩn quốc gia (%)</td><td>60</td><td>62</td><td rowspan="2">Đạt</td></tr>
            <tr><td></td><td>- Trường mầm non đạt chuẩn (%)</td><td>50</td><td>55</td></tr>
            </table>
            """)
        let report = try Auditor().audit(contentsOf: try LibreOffice.docx(fromHTML: html, name: "danh-so-tu-dong"))
        let table = try #require(report.tables.first)
        #expect(table.rows.map(\.indicator.code.description) == ["1", "2", "3"], "Word's list numbers read as row numbers")
        let revenue = try #require(row(report, "1"))
        #expect(revenue.indicator.components.map(\.name) == ["Thu nội địa", "Thu xuất nhập khẩu"])
        #expect(revenue.indicator.components.allSatisfy { $0.stated == nil }, "the merged verdict is the headline's")
        #expect(revenue.computed == .exceeded)
        let nutrition = try #require(row(report, "2"))
        #expect(nutrition.indicator.components.map(\.name) == ["Thể nhẹ cân", "Thể thấp còi"])
        #expect(nutrition.computed == .met)
        let schools = try #require(row(report, "3"))
        #expect(schools.indicator.components.map(\.name) == ["Trường mầm non đạt chuẩn (%)"], "a sub-row, not a second indicator")
        #expect(schools.indicator.components.first?.stated == nil)
        #expect(schools.indicator.judgedComponents.count == 1, "the merged verdict covers its part")
        #expect(report.errorCount == 0, "\(report.findings.filter { $0.severity == .error }.map(\.message))")
    }

    @Test func rowNumbersAreReadInEveryForm() {
        #expect(RowNumber("1.") == .number(1))
        #expect(RowNumber("12)") == .number(12))
        #expect(RowNumber("II.") == .group("II"))
        #expect(RowNumber("a)") == .letter("a"))
        #expect(RowNumber("Tr.đó:") == .subRow)
        #expect(RowNumber("Trong đó") == .subRow)
        #expect(RowNumber("1.2") == .subRow)
        #expect(RowNumber("+") == .subRow)
        #expect(RowNumber("") == .none)
        #expect(RowNumber.leading("3. Tỷ lệ hộ nghèo")?.rest == "Tỷ lệ hộ nghèo")
        #expect(RowNumber.leading("5 năm") == nil)
        #expect(RowNumber.leading("A. Chỉ tiêu kinh tế")?.number == .group("A"))
        #expect(RowNumber.leading("AB. Chỉ tiêu") == nil)
        #expect(RowNumber.leading("Trong đó: Thu nội địa")?.rest == "Thu nội địa")
    }

    @Test func verdictWordingsAreRead() {
        #expect(StatedVerdict.read("Hoàn thành vượt kế hoạch") == .exceeded)
        #expect(StatedVerdict.read("Đạt thấp hơn kế hoạch") == .missed)
        #expect(StatedVerdict.read("Đạt (vượt 0,5%)") == .met)
        #expect(StatedVerdict.read("Chưa đạt, do giá giảm") == .missed)
        #expect(StatedVerdict.read("Chưa có số liệu") == .noData)
        #expect(StatedVerdict.read("Đạt được nhờ tăng đầu tư công") == nil)
        #expect(StatedVerdict.read("Sở Công Thương") == nil)
    }
}
