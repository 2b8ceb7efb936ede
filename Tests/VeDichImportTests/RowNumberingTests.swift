import Foundation
import Testing
import VeDichCore
@testable import VeDichImport

/// Row numbering in all its forms, read alike from the three formats a report comes in: the text
/// of a web page (one cell a line), the DOCX an office typed, and the PDF it exported. Each layout
/// is a phenomenon of real reports, made up here: the number inside the name cell, decimal points
/// from a statistical yearbook, "1." on every row, lettered rows, a row of column numbers under
/// the header, a value with its note on a second line.
struct RowNumberingTests {
    /// One reading of a layout, named by its format for the failure messages.
    struct Reading {
        var format: String
        var report: AuditReport

        var rows: [AuditedRow] { report.tables.flatMap(\.rows) }

        func row(named prefix: String) -> AuditedRow? {
            rows.first { $0.indicator.line.name.hasPrefix(prefix) }
        }
    }

    enum Format { case webText, docx, pdf }

    /// The web text in every copy style, the DOCX LibreOffice makes from the layout, and the PDF
    /// exported from that DOCX.
    static func readings(_ layout: WebLayout, formats: Set<Format> = [.webText, .docx, .pdf]) throws -> [Reading] {
        var readings: [Reading] = []
        if formats.contains(.webText) {
            readings += WebLayout.CopyStyle.allCases.map { style in
                Reading(format: "văn bản web (\(style))",
                        report: layout.webAudit(style, fileName: "trang-web.txt"))
            }
        }
        guard formats.contains(.docx) || formats.contains(.pdf) else { return readings }
        let docx = try LibreOffice.docx(fromHTML: layout.html, name: "bang")
        defer { try? FileManager.default.removeItem(at: docx.deletingLastPathComponent()) }
        if formats.contains(.docx) { readings.append(Reading(format: "DOCX", report: try Auditor().audit(contentsOf: docx))) }
        if formats.contains(.pdf) { readings.append(Reading(format: "PDF", report: try Auditor().audit(contentsOf: try LibreOffice.pdf(from: docx)))) }
        return readings
    }

    // MARK: The number in the name cell, decimal points

    /// A yearbook's table: no TT column, "1." / "2)" at the head of each name, decimals written
    /// with a point ("9.81", "98.6", "89.10") and targets ">90", "≥ 95.5".
    static let yearbook: WebLayout = WebLayout(name: "số thứ tự trong ô tên, dấu chấm thập phân", before: ["CHỈ TIÊU Y TẾ NĂM 2020"], rows: [
        ["Tên chỉ tiêu", "Kế hoạch năm 2020", "Thực hiện năm 2020"],
        ["1. Số bác sỹ cho 10000 dân", "9", "9.81"],
        ["2) Tỷ lệ thôn bản có nhân viên y tế (%)", ">90", "98.6"],
        ["3. Tỷ lệ dân số tham gia bảo hiểm y tế (%)", "≥ 95.5", "89.10"],
        ["4. Số giường bệnh trên 10000 dân", "30", "31.12"],
    ])

    @Test func theNumberInTheNameCellIsTheCodeAndDecimalPointsAreDecimals() throws {
        for reading in try Self.readings(Self.yearbook) {
            let codes = reading.rows.map(\.indicator.code.description)
            #expect(codes == ["1", "2", "3", "4"], "\(reading.format): codes \(codes)")
            let doctors = try #require(reading.row(named: "Số bác sỹ cho 10000 dân"), "\(reading.format): Số bác sỹ cho 10000 dân not read")
            #expect(doctors.indicator.code.description == "1", "\(reading.format): Số bác sỹ is row 1, its name without the “1.”")
            #expect(doctors.indicator.line.actual?.figure?.interval.lower?.value == 9.81, "\(reading.format): Số bác sỹ cho 10000 dân 9.81")
            #expect(doctors.indicator.line.actual?.text == "9.81", "\(reading.format): kept as printed")
            let villages = try #require(reading.row(named: "Tỷ lệ thôn bản có nhân viên y tế"), "\(reading.format)")
            #expect(villages.indicator.code.description == "2")
            #expect(villages.indicator.line.actual?.figure?.interval.lower?.value == 98.6, "\(reading.format): Tỷ lệ thôn bản 98.6")
            let insured = try #require(reading.row(named: "Tỷ lệ dân số tham gia bảo hiểm y tế"), "\(reading.format)")
            #expect(insured.indicator.line.target?.figure?.interval.lower?.value == 95.5, "\(reading.format): Tỷ lệ tham gia BHYT ≥ 95.5")
            #expect(insured.computed == .missed, "\(reading.format): Tỷ lệ tham gia BHYT 89.10 < 95.5")
            let beds = try #require(reading.row(named: "Số giường bệnh trên 10000 dân"), "\(reading.format)")
            #expect(beds.indicator.line.actual?.figure?.interval.lower?.value == 31.12, "\(reading.format): Số giường bệnh 31.12")
            #expect(!reading.report.findings.contains { $0.kind == .malformedNumber }, "\(reading.format): \(reading.report.findings.map(\.message))")
        }
    }

    /// A Vietnamese table keeps "4.400" as four thousand four hundred, and one mistyped "98.6"
    /// among decimal commas stays a number to fix, not silently a decimal.
    @Test func aVietnameseTableKeepsItsThousands() throws {
        let report = SmallTable.audit(title: "KẾT QUẢ NĂM 2023", [
            ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2023", "Thực hiện năm 2023"],
            ["1", "Trồng rừng mới", "ha", "4.400", "4.520"],
            ["2", "Tốc độ tăng trưởng GRDP", "%", "6,5", "98.6"],
        ])
        let rows = report.tables.flatMap(\.rows)
        #expect(rows.first?.indicator.line.target?.figure?.interval.lower?.value == 4400, "Trồng rừng mới: 4.400 ha")
        #expect(rows.dropFirst().first?.indicator.line.actual?.figure == nil, "Tốc độ tăng trưởng GRDP: 98.6 among commas is not read")
        #expect(report.findings.contains { $0.kind == .malformedNumber && $0.message.contains("Tốc độ tăng trưởng GRDP") })
    }

    // MARK: "1." on every row

    /// Word's list numbering lost in the copy: "1." on every row, in a TT column and in groups.
    static let everyRowOne: WebLayout = WebLayout(name: "mọi hàng “1.”", before: ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2019"], rows: [
        ["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch năm 2019", "Thực hiện năm 2019", "Đánh giá"],
        ["I", "Kinh tế", "", "", "", ""],
        ["1.", "Tốc độ tăng tổng sản phẩm trong nước (GDP)", "%", "6,6-6,8", "7,02", "Vượt"],
        ["1.", "Tốc độ tăng tổng kim ngạch xuất khẩu", "%", "7-8", "8,1", "Vượt"],
        ["1.", "Tổng vốn đầu tư thực hiện toàn xã hội so GDP", "%", "33-34", "33,9", "Đạt"],
        ["II", "Xã hội", "", "", "", ""],
        ["1.", "Tỷ lệ lao động qua đào tạo", "%", "62-64", "64,5", "Vượt"],
        ["1.", "Tỷ lệ thất nghiệp ở khu vực thành thị", "%", "Dưới 4", "3,1", "Đạt"],
    ])

    @Test func everyRowNumberedOneIsCountedInOrder() throws {
        for reading in try Self.readings(Self.everyRowOne) {
            let codes = reading.rows.map(\.indicator.code.description)
            #expect(codes == ["I.1", "I.2", "I.3", "II.1", "II.2"], "\(reading.format): codes \(codes)")
            #expect(reading.row(named: "Tỷ lệ thất nghiệp")?.indicator.code.description == "II.2",
                    "\(reading.format): Tỷ lệ thất nghiệp ở khu vực thành thị is the second of group II")
        }
    }

    @Test func numbersThatRestartInEachGroupAreKept() {
        let report = SmallTable.audit(title: "KẾT QUẢ NĂM 2023", [
            ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2023", "Thực hiện năm 2023"],
            ["I", "Kinh tế", "", "", ""],
            ["1", "Tốc độ tăng trưởng GRDP", "%", "7", "7,2"],
            ["II", "Xã hội", "", "", ""],
            ["1", "Tỷ lệ hộ nghèo", "%", "2", "1,8"],
            ["2", "Tỷ lệ lao động qua đào tạo", "%", "65", "66"],
        ])
        #expect(report.tables.flatMap(\.rows).map(\.indicator.code.description) == ["I.1", "II.1", "II.2"])
    }

    @Test func everyNameNumberedOneIsCountedInOrder() {
        let report = SmallTable.audit(title: "CHỈ TIÊU Y TẾ NĂM 2020", [
            ["Tên chỉ tiêu", "Kế hoạch năm 2020", "Thực hiện năm 2020"],
            ["1. Số bác sỹ cho 10000 dân", "9", "9,81"],
            ["1. Số dược sỹ đại học cho 10000 dân", "2,2", "2,85"],
            ["1. Tỷ lệ trạm y tế xã có bác sỹ (%)", "90", "87,7"],
        ])
        let rows = report.tables.flatMap(\.rows)
        #expect(rows.map(\.indicator.code.description) == ["1", "2", "3"], "\(rows.map(\.indicator.line.name))")
        #expect(rows.last?.indicator.line.name == "Tỷ lệ trạm y tế xã có bác sỹ (%)", "the “1.” is no part of the name")
    }

    @Test func letteredRowsUnderGroupsAreCodedWithTheirGroup() {
        let report = SmallTable.audit(title: "KẾT QUẢ THU CHI NGÂN SÁCH NĂM 2023", [
            ["TT", "Chỉ tiêu", "ĐVT", "Dự toán năm 2023", "Thực hiện năm 2023"],
            ["I", "Thu ngân sách", "", "", ""],
            ["a", "Thu nội địa", "Tỷ đồng", "4.200", "4.000"],
            ["b", "Thu xuất nhập khẩu", "Tỷ đồng", "800", "800"],
            ["II", "Chi ngân sách", "", "", ""],
            ["a", "Chi đầu tư phát triển", "Tỷ đồng", "2.000", "1.900"],
        ])
        let codes = report.tables.flatMap(\.rows).map(\.indicator.code.description)
        #expect(codes == ["I.a", "I.b", "II.a"], "Thu nội địa, Thu xuất nhập khẩu, Chi đầu tư phát triển: \(codes)")
    }

    @Test func aCapitalLetterAtTheHeadOfAFigurelessNameIsAPartOfTheTableNotAnIndicator() {
        let report = SmallTable.audit(title: "KẾT QUẢ NĂM 2019", [
            ["Chỉ tiêu", "ĐVT", "Kế hoạch năm 2019", "Thực hiện năm 2019"],
            ["A. Chỉ tiêu kinh tế", "", "", ""],
            ["1. Tốc độ tăng giá trị sản xuất", "%", "12", "12,5"],
            ["B. Chỉ tiêu xã hội", "", "", ""],
            ["1. Tỷ lệ hộ nghèo", "%", "3", "2,8"],
        ])
        let rows = report.tables.flatMap(\.rows)
        #expect(rows.map(\.indicator.line.name) == ["Tốc độ tăng giá trị sản xuất", "Tỷ lệ hộ nghèo"],
                "“A. Chỉ tiêu kinh tế” and “B. Chỉ tiêu xã hội” are parts of the table, not indicators Chưa có số liệu")
    }

    @Test func oneRowNumberedOneAmongOthersIsNoLostList() {
        let report = SmallTable.audit(title: "KẾT QUẢ NĂM 2023", [
            ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2023", "Thực hiện năm 2023"],
            ["1", "Tốc độ tăng trưởng GRDP", "%", "7", "7,2"],
            ["3", "Tỷ lệ hộ nghèo", "%", "2", "1,8"],
        ])
        #expect(report.tables.flatMap(\.rows).map(\.indicator.code.description) == ["1", "3"], "numbers as written")
    }

    // MARK: Lettered rows

    static let lettered: WebLayout = WebLayout(name: "hàng đánh chữ a, b, c", before: ["KẾT QUẢ THU NGÂN SÁCH NĂM 2023"], rows: [
        ["TT", "Chỉ tiêu", "ĐVT", "Dự toán năm 2023", "Thực hiện năm 2023", "Đánh giá"],
        ["a)", "Tổng thu ngân sách trên địa bàn", "Tỷ đồng", "5.000", "5.100", "Vượt"],
        ["b)", "Thu nội địa", "Tỷ đồng", "4.200", "4.000", "Không đạt"],
        ["c)", "Thu từ hoạt động xuất nhập khẩu", "Tỷ đồng", "800", "800", "Đạt"],
    ])

    @Test func letteredRowsAreIndicatorsCodedByTheirLetter() throws {
        for reading in try Self.readings(Self.lettered) {
            let codes = reading.rows.map(\.indicator.code.description)
            #expect(codes == ["a", "b", "c"], "\(reading.format): codes \(codes)")
            #expect(reading.row(named: "Thu nội địa")?.indicator.code.description == "b", "\(reading.format): Thu nội địa is row b")
            #expect(reading.row(named: "Thu nội địa")?.computed == .missed, "\(reading.format): Thu nội địa 4.000 < 4.200")
        }
    }

    @Test func theJSONCodeIsTheLetterOrTheNumber() throws {
        let cases: [(rows: [[String]], codes: [String])] = [
            ([["a)", "Thu nội địa", "Tỷ đồng", "4.200", "4.000"], ["b)", "Thu xuất nhập khẩu", "Tỷ đồng", "800", "800"]], ["a", "b"]),
            ([["1", "Thu nội địa", "Tỷ đồng", "4.200", "4.000"], ["2", "Thu xuất nhập khẩu", "Tỷ đồng", "800", "800"]], ["1", "2"]),
        ]
        for (rows, codes) in cases {
            let report = SmallTable.audit(title: "KẾT QUẢ THU NGÂN SÁCH NĂM 2023",
                                          [["TT", "Chỉ tiêu", "ĐVT", "Dự toán năm 2023", "Thực hiện năm 2023"]] + rows)
            let json = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(AuditJSON(report))) as? [String: Any])
            let read = (json["tables"] as? [[String: Any]] ?? []).flatMap { $0["rows"] as? [[String: Any]] ?? [] }.map { $0["code"] as? String }
            #expect(read == codes, "Thu nội địa, Thu xuất nhập khẩu: JSON codes \(read)")
        }
    }

    // MARK: A row of column numbers

    static let columnNumbers: WebLayout = WebLayout(name: "hàng số cột dưới tiêu đề", before: ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2023"], rows: [
        ["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch năm 2023", "Thực hiện năm 2023", "Đánh giá"],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
        ["1", "Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)", "%", "7", "7,2", "Vượt"],
        ["2", "Tỷ lệ che phủ rừng", "%", "60", "59,5", "Không đạt"],
        ["3", "Số xã đạt chuẩn nông thôn mới", "xã", "10", "10", "Đạt"],
    ])

    /// Web text, DOCX and PDF (the web text sets the row apart before its rows are read:
    /// WebTextCopyVariantsTests). `columnNumbersInEveryFormAreSkipped` covers the row reader itself.
    @Test func aRowOfColumnNumbersIsNoIndicator() throws {
        for reading in try Self.readings(Self.columnNumbers) {
            let names = reading.rows.map(\.indicator.line.name)
            #expect(names == ["Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)", "Tỷ lệ che phủ rừng", "Số xã đạt chuẩn nông thôn mới"],
                    "\(reading.format): the row (1) (2) (3) is no indicator: \(names)")
            #expect(reading.row(named: "Tốc độ tăng trưởng tổng sản phẩm")?.indicator.code.description == "1", "\(reading.format)")
            #expect(reading.report.findings(.unparsedRow).isEmpty, "\(reading.format): \(reading.report.findings(.unparsedRow).map(\.message))")
        }
    }

    @Test(arguments: [["1", "2", "3", "4", "5"], ["A", "B", "1", "2", "3"], ["(1)", "(2)", "(3)", "(4)", "(5)=(4)/(3)"]])
    func columnNumbersInEveryFormAreSkipped(_ numbering: [String]) {
        let report = SmallTable.audit(title: "KẾT QUẢ NĂM 2023", [
            ["TT", "Chỉ tiêu", "Kế hoạch năm 2023", "Thực hiện năm 2023", "So sánh (%)"],
            numbering,
            ["1", "Tỷ lệ hộ nghèo (%)", "2", "1,8", "90"],
        ])
        let rows = report.tables.flatMap(\.rows)
        #expect(rows.map(\.indicator.line.name) == ["Tỷ lệ hộ nghèo (%)"], "\(numbering): \(rows.map(\.indicator.line.name))")
        #expect(report.findings(.unparsedRow).isEmpty)
        #expect(report.tables.first?.table.coverage.rowsRead == 1, "\(numbering) is neither read nor left unread")
    }

    @Test func labelsThatAreNotColumnNumbers() {
        #expect(!RowNumber.isColumnNumbering(["1", "Tỷ lệ hộ nghèo", "2", "1,8"]))
        #expect(!RowNumber.isColumnNumbering(["1", "2", "4"]), "numbers that skip a column are figures")
        #expect(!RowNumber.isColumnNumbering(["1", "2"]))
        #expect(RowNumber.isColumnNumbering(["A", "B", "C", "1", "2"]))
    }

    // MARK: Value and note, two sub-values

    static let twoParagraphCells: WebLayout = WebLayout(name: "ô số và ghi chú, ô hai số", before: ["KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM 2022"], rows: [
        ["TT", "Chỉ tiêu", "Kế hoạch năm 2022", "Thực hiện năm 2022", "Đánh giá"],
        ["1", "Giá trị xuất khẩu (triệu USD)", "1.130", "1.230\n(ước)", "Vượt"],
        ["2", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng:\n-Theo cân nặng (%)\n-Theo chiều cao (%)", "<8,5\n<12", "8,2\n11,5", "Đạt"],
        ["3", "Tỷ lệ dân số tham gia bảo hiểm y tế (%)", "92", "92,4", "Đạt"],
    ])

    /// Web text and DOCX; the PDF reader does not yet line up a stacked cell's paragraphs with the
    /// name cell's (it reads 11,5 / — ): noted to its owner.
    @Test func aValueWithItsNoteAndTwoSubValuesReadAlikeInWebTextAndDocx() throws {
        for reading in try Self.readings(Self.twoParagraphCells, formats: [.webText, .docx]) {
            let exports = try #require(reading.row(named: "Giá trị xuất khẩu"), "\(reading.format): Giá trị xuất khẩu not read")
            #expect(exports.indicator.line.actual?.figure?.interval.lower?.value == 1230, "\(reading.format): Giá trị xuất khẩu 1.230 (ước)")
            #expect(exports.indicator.line.actual?.note == "ước", "\(reading.format): the note (ước) stays with its figure")
            let children = try #require(reading.row(named: "Tỷ lệ trẻ em dưới 5 tuổi"), "\(reading.format)").indicator.components
            #expect(children.map(\.name) == ["Theo cân nặng (%)", "Theo chiều cao (%)"], "\(reading.format): \(children.map(\.name))")
            #expect(children.map { $0.actual?.text } == ["8,2", "11,5"], "\(reading.format): suy dinh dưỡng 8,2 / 11,5")
            #expect(reading.row(named: "Tỷ lệ dân số tham gia")?.indicator.line.actual?.text == "92,4", "\(reading.format)")
            #expect(!reading.report.findings.contains { $0.severity == .error }, "\(reading.format): \(reading.report.findings.map(\.message))")
        }
    }

    static let sourceRemarks: WebLayout = WebLayout(name: "ô số ghi nguồn", before: ["BÁO CÁO KẾT QUẢ NĂM 2020"], rows: [
        ["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch 2020", "Thực hiện 2020"],
        ["1", "Tốc độ tăng trưởng GRDP", "%", "7", "7,2"],
        ["2", "Thu ngân sách nhà nước", "Tỷ đồng", "4.400", "4.500\n(Theo số liệu của Cục Thống kê)"],
        ["3", "Thu hút đầu tư", "Dự án", "12", "15"],
    ])

    /// A value with a remark on where it comes from is the value and a note, not a value in a
    /// unit "(Theo số liệu …)" that no target shares (it read "Chưa xác định").
    @Test func aValueWithItsSourceRemarkIsJudged() throws {
        for reading in try Self.readings(Self.sourceRemarks, formats: [.webText, .docx]) {
            let budget = try #require(reading.row(named: "Thu ngân sách nhà nước"), "\(reading.format): Thu ngân sách nhà nước not read")
            #expect(budget.indicator.line.actual?.figure?.interval.lower?.value == 4500, "\(reading.format): Thu ngân sách 4.500")
            #expect(budget.indicator.line.actual?.note == "Theo số liệu của Cục Thống kê", "\(reading.format): the remark is the figure's note")
            #expect(budget.computed == .exceeded, "\(reading.format): Thu ngân sách 4.500 over 4.400 is Vượt, not \(String(describing: budget.computed))")
            #expect(reading.row(named: "Thu hút đầu tư")?.indicator.line.actual?.text == "15", "\(reading.format)")
        }
    }

    // MARK: Issuers

    static let abbreviatedIssuers: WebLayout = WebLayout(name: "cấp giao viết tắt", before: ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2019"], rows: [
        ["TT", "Chỉ tiêu", "NQ QH", "KH CP", "Ước thực hiện năm 2019", "Đánh giá"],
        ["1", "Tốc độ tăng tổng sản phẩm trong nước (GDP) (%)", "6,6-6,8", "6,8", "7,02", "Vượt"],
        ["2", "Tốc độ tăng chỉ số giá tiêu dùng bình quân (CPI) (%)", "Khoảng 4", "Dưới 4", "2,79", "Vượt"],
        ["3", "Tỷ lệ thất nghiệp ở khu vực thành thị (%)", "Dưới 4", "", "3,1", "Đạt"],
    ])

    @Test func abbreviatedIssuersKeepEachTheirTarget() throws {
        for reading in try Self.readings(Self.abbreviatedIssuers) {
            let growth = try #require(reading.row(named: "Tốc độ tăng tổng sản phẩm"), "\(reading.format): Tốc độ tăng GDP not read")
            let issued = growth.indicator.line.targets.map { "\($0.issuer): \($0.figure.text)" }
            #expect(issued == ["Quốc hội giao: 6,6-6,8", "Chính phủ giao: 6,8"], "\(reading.format): Tốc độ tăng GDP \(issued)")
            #expect(growth.indicator.line.target?.text == "6,6-6,8", "\(reading.format): the National Assembly's target governs")
            #expect(reading.row(named: "Tỷ lệ thất nghiệp")?.indicator.line.target?.text == "Dưới 4", "\(reading.format)")
        }
    }

    @Test func issuersAbbreviatedAsOfficesWriteThem() {
        #expect(IssuerName.of("QH giao") == "Quốc hội giao")
        #expect(IssuerName.of("NQ QH") == "Quốc hội giao")
        #expect(IssuerName.of("CP giao") == "Chính phủ giao")
        #expect(IssuerName.of("KH CP") == "Chính phủ giao")
        #expect(IssuerName.of("TTg giao") == "Chính phủ giao")
        #expect(IssuerName.of("UBND tỉnh giao") == TargetIssuer.provincialCommittee.label)
        #expect(IssuerName.of("HĐND giao") == TargetIssuer.provincialCouncil.label)
        #expect(IssuerName.of("Chỉ số CPI") == nil, "whole words only: CPI is no CP")
        #expect(IssuerName.of("Kế hoạch năm 2023") == nil)
    }
}
