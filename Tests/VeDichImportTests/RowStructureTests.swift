import Foundation
import Testing
import VeDichCore
@testable import VeDichImport

/// Rows and sub-rows as a person reads them, in the three formats a report comes in (web text,
/// DOCX, PDF): a cell holding two values is one indicator with two lines; a title with no figures
/// over rows of their own is a group; "Trong đó" and "- " rows break the row above down and only
/// a verdict of their own makes them count; a name wrapped onto a row of its own joins the name
/// above. The layouts are made up, typed as offices type them after real reports (sources beside
/// each); the expected readings were written by hand before the reader was run.
struct RowStructureTests {
    typealias Reading = RowNumberingTests.Reading

    static func readings(_ layout: WebLayout, formats: Set<RowNumberingTests.Format> = [.webText, .docx, .pdf]) throws -> [Reading] {
        try RowNumberingTests.readings(layout, formats: formats)
    }

    /// The web text of these layouts finds no table yet (the grid is the web-text reader's part,
    /// noted to its owner): read here as DOCX and PDF.
    static let officeFormats: Set<RowNumberingTests.Format> = [.docx, .pdf]

    static func noErrors(_ reading: Reading) -> Bool {
        !reading.report.findings.contains { $0.severity == .error }
    }

    // MARK: A cell holding two values

    /// Targets of the kind "suy dinh dưỡng thể nhẹ cân xuống dưới 16,8%, thể thấp còi dưới 28,2%"
    /// (https://baomoi.com/nam-2011-giam-ty-le-suy-dinh-duong-xuong-duoi-16-8/c/5940021.epi), typed
    /// as a district's table without a TT column: both figures of the measure in one cell, one a
    /// paragraph, the name cell a single paragraph naming both in brackets.
    static let twoValuesOneName: WebLayout = WebLayout(name: "ô hai số, tên một đoạn", before: ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2019"], rows: [
        ["Chỉ tiêu", "ĐVT", "KH 2019", "Ước TH 2019", "Đánh giá"],
        ["Tỷ lệ hộ nghèo", "%", "8,5", "7,8", "Vượt"],
        ["Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng (nhẹ cân/thấp còi)", "%", "16,8\n28,2", "16,1\n28,9", "Không đạt"],
        ["Số xã đạt chuẩn nông thôn mới tăng thêm", "Xã", "2", "2", "Đạt"],
    ])

    /// Expected by hand: three indicators; the second has no figures of its own and two lines,
    /// "nhẹ cân" 16,8 / 16,1 and "thấp còi" 28,2 / 28,9, stated Không đạt (the second line misses,
    /// so the label agrees under strict); no "(dòng n)" indicator; nothing unread.
    @Test func aCellOfTwoValuesIsOneIndicatorWithTwoLines() throws {
        for reading in try Self.readings(Self.twoValuesOneName, formats: Self.officeFormats) {
            let names = reading.rows.map(\.indicator.line.name)
            #expect(names.count == 3, "\(reading.format): indicators \(names)")
            #expect(!names.contains { $0.contains("(dòng") }, "\(reading.format): a line read as an indicator of its own: \(names)")
            let stunting = try #require(reading.row(named: "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng"),
                                        "\(reading.format): Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng not read")
            let lines = stunting.indicator.components
            #expect(stunting.indicator.line.target == nil && stunting.indicator.line.actual == nil,
                    "\(reading.format): suy dinh dưỡng has no figures of its own")
            #expect(lines.map { $0.target?.text } == ["16,8", "28,2"], "\(reading.format): suy dinh dưỡng targets \(lines.map { $0.target?.text })")
            #expect(lines.map { $0.actual?.text } == ["16,1", "28,9"], "\(reading.format): suy dinh dưỡng values \(lines.map { $0.actual?.text })")
            #expect(lines.map(\.name) == ["nhẹ cân", "thấp còi"], "\(reading.format): suy dinh dưỡng lines named \(lines.map(\.name))")
            #expect(stunting.indicator.stated == .missed && stunting.consistent, "\(reading.format): suy dinh dưỡng Không đạt agrees")
            #expect(reading.report.coverage.rowsUnread == 0, "\(reading.format): \(reading.report.coverage)")
            #expect(Self.noErrors(reading), "\(reading.format): \(reading.report.findings.map(\.message))")
        }
    }

    /// The same measure with a TT column and its lines named in the name cell's own paragraphs
    /// ("- Theo cân nặng" / "- Theo chiều cao"), targets "<8,5" / "<12".
    static let twoValuesNamedLines: WebLayout = WebLayout(name: "ô hai số, tên ba đoạn", before: ["KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM 2022"], rows: [
        ["TT", "Chỉ tiêu", "Kế hoạch năm 2022", "Thực hiện năm 2022", "Đánh giá"],
        ["1", "Tỷ lệ trẻ em suy dinh dưỡng:\n- Theo cân nặng (%)\n- Theo chiều cao (%)", "<8,5\n<12", "8,2\n11,5", "Đạt"],
        ["2", "Tỷ lệ dân số tham gia bảo hiểm y tế (%)", "92", "92,4", "Đạt"],
    ])

    /// Expected by hand: indicator 1 with lines "Theo cân nặng (%)" <8,5 / 8,2 and "Theo chiều
    /// cao (%)" <12 / 11,5, stated Đạt and consistent; indicator 2 as printed.
    /// The PDF reader does not yet line up a stacked cell's paragraphs with a three-paragraph
    /// name cell (noted to its owner in /tmp/contracts5.md): DOCX and web text here.
    @Test func aCellOfTwoValuesBesideItsNamedLines() throws {
        for reading in try Self.readings(Self.twoValuesNamedLines, formats: [.webText, .docx]) {
            let stunting = try #require(reading.row(named: "Tỷ lệ trẻ em suy dinh dưỡng"), "\(reading.format): Tỷ lệ trẻ em suy dinh dưỡng not read")
            let lines = stunting.indicator.components
            #expect(lines.map(\.name) == ["Theo cân nặng (%)", "Theo chiều cao (%)"], "\(reading.format): \(lines.map(\.name))")
            #expect(lines.map { $0.actual?.text } == ["8,2", "11,5"], "\(reading.format): suy dinh dưỡng 8,2 / 11,5")
            #expect(stunting.consistent, "\(reading.format): suy dinh dưỡng Đạt agrees")
            #expect(reading.rows.map(\.indicator.code.description) == ["1", "2"], "\(reading.format): \(reading.rows.map(\.indicator.code.description))")
        }
    }

    // MARK: Groups without a number

    /// A district's agriculture table with no TT column: "Trồng trọt" and "Chăn nuôi" over their
    /// rows, as in "Thực hiện tổng diện tích gieo trồng 772 ha, trong đó: + Lúa 507 ha"
    /// (http://ttkhcn.baria-vungtau.gov.vn/tamphuoc/ManagementNews/DetailNew/1168) set out as a table.
    static let untitledGroups: WebLayout = WebLayout(name: "nhóm không số thứ tự", before: ["KẾT QUẢ SẢN XUẤT NÔNG NGHIỆP NĂM 2022"], rows: [
        ["Chỉ tiêu", "Đơn vị", "Kế hoạch năm 2022", "Thực hiện năm 2022", "Đánh giá"],
        ["Trồng trọt", "", "", "", ""],
        ["Tổng diện tích gieo trồng", "ha", "772", "780", "Vượt"],
        ["Sản lượng lúa", "tấn", "2.961", "2.900", "Không đạt"],
        ["Chăn nuôi", "", "", "", ""],
        ["Tổng đàn gia súc", "con", "5.400", "5.450", "Vượt"],
    ])

    /// Expected by hand: two groups, "Trồng trọt" and "Chăn nuôi"; three indicators, none named
    /// after a group; every row read, none unread; no error.
    @Test func aTitleWithNoFiguresOverItsRowsIsAGroup() throws {
        for reading in try Self.readings(Self.untitledGroups, formats: Self.officeFormats) {
            let names = reading.rows.map(\.indicator.line.name)
            #expect(names == ["Tổng diện tích gieo trồng", "Sản lượng lúa", "Tổng đàn gia súc"], "\(reading.format): indicators \(names)")
            let groups = reading.report.tables.flatMap(\.table.groups).map(\.title)
            #expect(groups == ["Trồng trọt", "Chăn nuôi"], "\(reading.format): groups \(groups)")
            #expect(reading.report.coverage.rowsUnread == 0, "\(reading.format): \(reading.report.coverage)")
            #expect(reading.row(named: "Sản lượng lúa")?.indicator.stated == .missed, "\(reading.format): Sản lượng lúa Không đạt")
            #expect(Self.noErrors(reading), "\(reading.format): \(reading.report.findings.map(\.message))")
        }
    }

    /// With a TT column: lettered parts "A. KINH TẾ" and sub-groups whose TT cell is blank.
    static let subGroupsInNumberedTable: WebLayout = WebLayout(name: "nhóm con trong bảng có số thứ tự", before: ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2023"], rows: [
        ["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch năm 2023", "Thực hiện năm 2023", "Đánh giá"],
        ["A", "KINH TẾ", "", "", "", ""],
        ["", "Trồng trọt", "", "", "", ""],
        ["1", "Tổng diện tích gieo trồng", "ha", "772", "780", "Vượt"],
        ["2", "Sản lượng lương thực có hạt", "tấn", "3.000", "3.020", "Vượt"],
        ["", "Chăn nuôi", "", "", "", ""],
        ["3", "Tổng đàn gia súc", "con", "5.400", "5.450", "Vượt"],
        ["B", "XÃ HỘI", "", "", "", ""],
        ["1", "Tỷ lệ hộ nghèo", "%", "7", "6,5", "Vượt"],
    ])

    /// Expected by hand: indicators 1, 2, 3 in the first part and 1 in the second; "Trồng trọt"
    /// and "Chăn nuôi" are neither indicators nor lines of the indicator above.
    @Test func aSubGroupInANumberedTableIsNoIndicatorNorLine() throws {
        for reading in try Self.readings(Self.subGroupsInNumberedTable, formats: Self.officeFormats) {
            let names = reading.rows.map(\.indicator.line.name)
            #expect(names == ["Tổng diện tích gieo trồng", "Sản lượng lương thực có hạt", "Tổng đàn gia súc", "Tỷ lệ hộ nghèo"],
                    "\(reading.format): indicators \(names)")
            let lines = reading.rows.flatMap(\.indicator.components).map(\.name)
            #expect(lines.isEmpty, "\(reading.format): group titles read as lines \(lines)")
            let numbers = reading.rows.map { $0.indicator.code.number }
            #expect(numbers == [1, 2, 3, 1], "\(reading.format): codes \(reading.rows.map(\.indicator.code.description))")
            #expect(reading.report.coverage.rowsUnread == 0, "\(reading.format): \(reading.report.coverage)")
        }
    }

    // MARK: Sub-rows and their verdicts

    /// "Tổng thu ngân sách … trong đó: thu nội địa", "- " and "+ " parts, a part with a verdict of
    /// its own and one without.
    static let subRows: WebLayout = WebLayout(name: "hàng con", before: ["KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM 2023"], rows: [
        ["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch năm 2023", "Thực hiện năm 2023", "Đánh giá"],
        ["1", "Tổng thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "1.000", "1.050", "Vượt"],
        ["", "Trong đó: Thu nội địa", "Tỷ đồng", "800", "760", ""],
        ["2", "Tổng vốn đầu tư toàn xã hội", "Tỷ đồng", "5.000", "5.200", "Vượt"],
        ["", "- Vốn ngân sách nhà nước", "Tỷ đồng", "1.200", "1.100", "Không đạt"],
        ["", "- Vốn ngoài nhà nước", "Tỷ đồng", "3.000", "2.900", ""],
        ["3", "Tỷ lệ lao động qua đào tạo", "%", "70", "70", "Đạt"],
        ["", "Tr.đó: có bằng cấp, chứng chỉ", "%", "30", "28", ""],
    ])

    /// Expected by hand: three indicators. 1 has the breakdown "Thu nội địa" 800 / 760 (no verdict
    /// of its own: not judged, so 1 stays Vượt and consistent). 2 has "Vốn ngân sách nhà nước"
    /// with its own Không đạt (judged: the composite under strict is Không đạt, so the headline's
    /// Vượt is a contradiction the document makes) and "Vốn ngoài nhà nước" without (not judged).
    /// 3's "Tr.đó" line misses without a verdict of its own: 3 stays Đạt and consistent.
    @Test func aSubRowCountsOnlyWithAVerdictOfItsOwn() throws {
        for reading in try Self.readings(Self.subRows) {
            #expect(reading.rows.map(\.indicator.code.number) == [1, 2, 3], "\(reading.format): \(reading.rows.map(\.indicator.code.description))")
            let revenue = try #require(reading.row(named: "Tổng thu ngân sách"), "\(reading.format): Tổng thu ngân sách not read")
            #expect(revenue.indicator.components.map(\.name) == ["Thu nội địa"], "\(reading.format): \(revenue.indicator.components.map(\.name))")
            #expect(revenue.indicator.judgedComponents.isEmpty, "\(reading.format): Thu nội địa has no verdict of its own")
            #expect(revenue.consistent, "\(reading.format): Tổng thu ngân sách Vượt agrees")
            let investment = try #require(reading.row(named: "Tổng vốn đầu tư"), "\(reading.format): Tổng vốn đầu tư not read")
            #expect(investment.indicator.components.map(\.name) == ["Vốn ngân sách nhà nước", "Vốn ngoài nhà nước"],
                    "\(reading.format): \(investment.indicator.components.map(\.name))")
            #expect(investment.indicator.judgedComponents.map(\.name) == ["Vốn ngân sách nhà nước"],
                    "\(reading.format): only the part stated Không đạt is judged: \(investment.indicator.judgedComponents.map(\.name))")
            #expect(investment.indicator.components.first?.stated == .missed, "\(reading.format): Vốn ngân sách nhà nước Không đạt")
            let training = try #require(reading.row(named: "Tỷ lệ lao động qua đào tạo"), "\(reading.format): Tỷ lệ lao động qua đào tạo not read")
            #expect(training.indicator.components.map(\.name) == ["có bằng cấp, chứng chỉ"], "\(reading.format): \(training.indicator.components.map(\.name))")
            #expect(training.consistent, "\(reading.format): Tỷ lệ lao động qua đào tạo Đạt agrees")
        }
    }

    // MARK: A name wrapped onto a row of its own

    /// A table copied from a PDF where long names wrapped into rows of their own: "(Tỷ đồng)" and
    /// "và dịch vụ" carry on the name above.
    static let wrappedNames: WebLayout = WebLayout(name: "tên xuống dòng thành hàng", before: ["KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM 2023"], rows: [
        ["TT", "Chỉ tiêu", "Kế hoạch năm 2023", "Thực hiện năm 2023", "Đánh giá"],
        ["1", "Tổng vốn đầu tư toàn xã hội", "5.000", "5.200", "Vượt"],
        ["", "(Tỷ đồng)", "", "", ""],
        ["2", "Giá trị sản xuất ngành thương mại", "900", "950", "Vượt"],
        ["", "và dịch vụ (tỷ đồng)", "", "", ""],
        ["3", "Tỷ lệ hộ nghèo (%)", "7", "6,5", "Vượt"],
    ])

    /// Expected by hand: three indicators named in full, "Tổng vốn đầu tư toàn xã hội (Tỷ đồng)"
    /// in Tỷ đồng and "Giá trị sản xuất ngành thương mại và dịch vụ (tỷ đồng)", with no lines.
    @Test func aWrappedNameJoinsTheNameAbove() throws {
        for reading in try Self.readings(Self.wrappedNames) {
            let names = reading.rows.map(\.indicator.line.name)
            #expect(names == ["Tổng vốn đầu tư toàn xã hội (Tỷ đồng)", "Giá trị sản xuất ngành thương mại và dịch vụ (tỷ đồng)", "Tỷ lệ hộ nghèo (%)"],
                    "\(reading.format): names \(names)")
            #expect(reading.row(named: "Tổng vốn đầu tư")?.indicator.line.unit == "Tỷ đồng", "\(reading.format): Tổng vốn đầu tư's unit")
            #expect(reading.rows.allSatisfy { $0.indicator.components.isEmpty }, "\(reading.format): a wrapped name read as a line")
            #expect(reading.report.coverage.rowsUnread == 0, "\(reading.format): \(reading.report.coverage)")
        }
    }

    // MARK: Row numbers

    @Test func rowNumbersInEveryForm() {
        let forms: [(String, RowNumber)] = [
            ("1", .number(1)), ("1.", .number(1)), ("1)", .number(1)), ("(1)", .number(1)), ("01", .number(1)),
            ("I.1", .number(1)), ("II.3", .number(3)), ("I.1.", .number(1)), ("1.1.", .subRow), ("1.1", .subRow),
            ("a)", .letter("a")), ("b.", .letter("b")), ("-", .subRow), ("+", .subRow), ("II", .group("II")), ("IV.", .group("IV")),
            ("A", .group("A")), ("Tr.đó:", .subRow), ("Trong đó", .subRow),
        ]
        for (written, expected) in forms {
            #expect(RowNumber(written) == expected, "“\(written)” reads \(RowNumber(written))")
        }
        #expect(RowNumber.leading("1. Số bác sỹ cho 10000 dân")?.number == .number(1), "the number inside the name cell")
        #expect(RowNumber.leading("I.2. Tốc độ tăng trưởng kinh tế")?.number == .number(2), "“I.2.” inside the name cell")
    }

    /// A table numbered group by group, "I.1", "I.2", "II.1", as provincial resolutions number them.
    static let groupDotNumbers: WebLayout = WebLayout(name: "số thứ tự I.1", before: ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2023"], rows: [
        ["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch năm 2023", "Thực hiện năm 2023", "Đánh giá"],
        ["I", "Chỉ tiêu kinh tế", "", "", "", ""],
        ["I.1", "Tốc độ tăng trưởng kinh tế", "%", "7", "7,2", "Vượt"],
        ["I.2", "Thu ngân sách trên địa bàn", "Tỷ đồng", "3.500", "3.400", "Không đạt"],
        ["II", "Chỉ tiêu xã hội", "", "", "", ""],
        ["II.1", "Tỷ lệ hộ nghèo", "%", "5", "4,6", "Vượt"],
    ])

    /// Expected by hand: codes I.1, I.2, II.1; nothing unread.
    @Test func groupDotNumberCodesTheIndicatorInItsGroup() throws {
        for reading in try Self.readings(Self.groupDotNumbers, formats: Self.officeFormats) {
            let codes = reading.rows.map(\.indicator.code.description)
            #expect(codes == ["I.1", "I.2", "II.1"], "\(reading.format): codes \(codes)")
            #expect(reading.report.coverage.rowsUnread == 0, "\(reading.format): \(reading.report.coverage)")
            #expect(Self.noErrors(reading), "\(reading.format): \(reading.report.findings.map(\.message))")
        }
    }

    // MARK: Rows as a PDF hands them

    /// LibreOffice's PDF of a narrow TT column wraps "11)" as "11" over ")", beside the name's
    /// second line: the ")" row carries on the row above (rows as the PDF reader hands them).
    @Test func aWrappedRowNumberCarriesOnTheRowAbove() {
        let report = SmallTable.audit(title: "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM 2022", [
            ["TT", "Chỉ tiêu", "ĐVT", "KH năm 2022", "Ước TH năm 2022", "Đánh giá"],
            ["10", "Tỷ lệ che phủ rừng", "%", "Khoảng 38-40", "39,1", "Đạt"],
            [")", "", "", "", "", ""],
            ["11", "Số xã đạt chuẩn nông", "Xã", "05 - 08", "7", "Đạt"],
            [")", "thôn mới tăng thêm", "", "", "", ""],
        ])
        let names = report.tables.flatMap(\.rows).map(\.indicator.line.name)
        #expect(names == ["Tỷ lệ che phủ rừng", "Số xã đạt chuẩn nông thôn mới tăng thêm"], "names \(names)")
        #expect(report.coverage.rowsUnread == 0, "\(report.findings.map(\.message))")
    }

    /// "Bao gồm:" on a row of its own, then "- " parts without a verdict: a breakdown, not judged.
    @Test func partsAfterBaoGomAreABreakdown() throws {
        let report = SmallTable.audit(title: "KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM 2023", [
            ["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch năm 2023", "Thực hiện năm 2023", "Đánh giá"],
            ["1", "Tổng diện tích gieo trồng", "ha", "772", "780", "Vượt"],
            ["", "Bao gồm:", "", "", "", ""],
            ["", "- Lúa", "ha", "507", "500", ""],
            ["", "- Màu và cây công nghiệp ngắn ngày", "ha", "265", "280", ""],
            ["2", "Sản lượng lúa", "tấn", "2.961", "2.970", "Vượt"],
        ])
        let sown = try #require(report.tables.flatMap(\.rows).first { $0.indicator.line.name == "Tổng diện tích gieo trồng" },
                                "Tổng diện tích gieo trồng not read")
        #expect(sown.indicator.components.map(\.name) == ["Lúa", "Màu và cây công nghiệp ngắn ngày"], "\(sown.indicator.components.map(\.name))")
        #expect(sown.indicator.components.allSatisfy { $0.isBreakdown }, "Lúa and Màu break the total down")
        #expect(sown.consistent, "Tổng diện tích gieo trồng Vượt agrees: Lúa 500 of 507 has no verdict of its own")
        #expect(!report.findings.contains { $0.severity == .error }, "\(report.findings.map(\.message))")
    }

    /// Numbers as offices type them in one table: "01", "1.1." parts, "a)" lines, "3)", "4.".
    static let numbersAsTyped: WebLayout = WebLayout(name: "số thứ tự đủ kiểu", before: ["KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM 2023"], rows: [
        ["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch năm 2023", "Thực hiện năm 2023", "Đánh giá"],
        ["01", "Tổng thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "1.000", "1.050", "Vượt"],
        ["1.1.", "Thu nội địa", "Tỷ đồng", "800", "820", ""],
        ["1.2.", "Thu từ hoạt động xuất nhập khẩu", "Tỷ đồng", "200", "230", ""],
        ["02", "Số trường đạt chuẩn quốc gia tăng thêm", "Trường", "10", "10", "Đạt"],
        ["a)", "Mầm non", "Trường", "4", "4", ""],
        ["b)", "Tiểu học", "Trường", "6", "6", ""],
        ["3)", "Tỷ lệ hộ nghèo", "%", "5", "4,6", "Vượt"],
        ["4.", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "92", "92", "Đạt"],
    ])

    /// Expected by hand: indicators 1 to 4; 1 with its parts "Thu nội địa" and "Thu từ hoạt động
    /// xuất nhập khẩu", 2 with its lines "Mầm non" and "Tiểu học"; every stated verdict agrees.
    @Test func rowNumbersAsTypedInOneTable() throws {
        for reading in try Self.readings(Self.numbersAsTyped) {
            #expect(reading.rows.map(\.indicator.code.number) == [1, 2, 3, 4], "\(reading.format): codes \(reading.rows.map(\.indicator.code.description))")
            let revenue = reading.row(named: "Tổng thu ngân sách")?.indicator.components.map(\.name)
            #expect(revenue == ["Thu nội địa", "Thu từ hoạt động xuất nhập khẩu"], "\(reading.format): Tổng thu ngân sách parts \(revenue ?? [])")
            let schools = reading.row(named: "Số trường đạt chuẩn")?.indicator.components.map(\.name)
            #expect(schools == ["Mầm non", "Tiểu học"], "\(reading.format): Số trường đạt chuẩn lines \(schools ?? [])")
            let disagreeing = reading.rows.filter { !$0.consistent }.map(\.indicator.line.name)
            #expect(disagreeing.isEmpty, "\(reading.format): stated verdicts read as contradicted: \(disagreeing)")
            #expect(reading.report.coverage.rowsUnread == 0, "\(reading.format): \(reading.report.coverage)")
        }
    }

    /// The measure's name merged down over its two lines, each line named in a second name
    /// column (the header "Chỉ tiêu" spans both): Word's vertical merge, a web page's rowspan.
    static let mergedNameOverLines: WebLayout = WebLayout(name: "tên gộp dọc trên hai dòng", before: ["KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM 2022"], rows: [
        ["TT", "Chỉ tiêu", "<", "Kế hoạch năm 2022", "Thực hiện năm 2022", "Đánh giá"],
        ["1", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng (%)", "Theo cân nặng", "<8,5", "8,2", "Đạt"],
        ["^", "^", "Theo chiều cao", "<12", "11,5", "^"],
        ["2", "Tỷ lệ dân số tham gia bảo hiểm y tế (%)", "<", "92", "92,4", "Đạt"],
    ])

    /// Expected by hand: two indicators; the first has two lines, <8,5 / 8,2 and <12 / 11,5
    /// (its own figures and one component, or two components), stated Đạt and consistent.
    /// The PDF reader takes the second name column for figures ("Theo cân nặng <8,5 Theo chiều <12
    /// cao" as one target; noted to its owner): web text and DOCX here.
    @Test func aNameMergedDownOverTwoLinesIsOneIndicator() throws {
        for reading in try Self.readings(Self.mergedNameOverLines, formats: [.webText, .docx]) {
            #expect(reading.rows.map(\.indicator.code.number) == [1, 2], "\(reading.format): codes \(reading.rows.map(\.indicator.code.description))")
            let stunting = try #require(reading.row(named: "Tỷ lệ trẻ em dưới 5 tuổi"), "\(reading.format): Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng not read")
            let lines = stunting.indicator.lines.filter { $0.target != nil || $0.actual != nil }
            #expect(lines.map { $0.target?.text } == ["<8,5", "<12"], "\(reading.format): suy dinh dưỡng targets \(lines.map { $0.target?.text })")
            #expect(lines.map { $0.actual?.text } == ["8,2", "11,5"], "\(reading.format): suy dinh dưỡng values \(lines.map { $0.actual?.text })")
            #expect(stunting.consistent, "\(reading.format): suy dinh dưỡng Đạt agrees")
            #expect(Self.noErrors(reading), "\(reading.format): \(reading.report.findings.map(\.message))")
        }
    }

    /// "Trong đó" typed across the TT and name cells merged into one (as the stored page of
    /// qdnd.vn's Phú Bình 2020 report sets it out), its verdict cell merged from the headline's.
    static let inWhichAcrossTwoCells: WebLayout = WebLayout(name: "Trong đó gộp ô số thứ tự và tên", before: ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2020"], rows: [
        ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2020", "Ước TH năm 2020", "Đánh giá"],
        ["1", "Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "122,4", "148,1", "Vượt"],
        ["- Trong đó: thu nội địa", "<", "Tỷ đồng", "110", "105", "^"],
        ["2", "Diện tích trồng rừng mới", "ha", "150", "260", "Vượt"],
    ])

    /// Expected by hand: indicator 1 with the breakdown "thu nội địa" 110 / 105 (a miss that does
    /// not decide the total, so Vượt agrees), indicator 2; nothing unread, no error.
    /// The PDF of this short table finds no table yet (the PDF reader's part, noted to its owner).
    @Test func inWhichAcrossTheNumberAndNameCellsIsABreakdown() throws {
        for reading in try Self.readings(Self.inWhichAcrossTwoCells, formats: [.webText, .docx]) {
            #expect(reading.rows.map(\.indicator.code.number) == [1, 2], "\(reading.format): codes \(reading.rows.map(\.indicator.code.description))")
            let revenue = try #require(reading.row(named: "Thu ngân sách nhà nước"), "\(reading.format): Thu ngân sách nhà nước not read")
            #expect(revenue.indicator.components.map(\.name) == ["thu nội địa"], "\(reading.format): \(revenue.indicator.components.map(\.name))")
            #expect(revenue.indicator.components.first?.isBreakdown == true, "\(reading.format): thu nội địa breaks the total down")
            #expect(revenue.consistent, "\(reading.format): Thu ngân sách nhà nước Vượt agrees")
            #expect(reading.report.coverage.rowsUnread == 0, "\(reading.format): \(reading.report.coverage)")
            #expect(Self.noErrors(reading), "\(reading.format): \(reading.report.findings.map(\.message))")
        }
    }
}
