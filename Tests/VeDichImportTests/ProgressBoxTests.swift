import Foundation
import Testing
import VeDichCore
@testable import VeDichImport

/// A ministry's progress box ("KẾT QUẢ MỘT SỐ CHỈ TIÊU ĐẾN THÁNG 5/2020"), as a department's
/// portal prints it beside its news: the value reached so far under "Kết quả", BEFORE the year's
/// target "Mục tiêu năm", no verdict column; then the portal's next box ("LỊCH LÀM VIỆC") and its
/// visit counter ("Lượt truy cập: 11425504"). Its web text read as "0 bảng": "Kết quả" was taken
/// for a verdict column, so no figure fitted it. Made up after a national agriculture box of the
/// development corpus (dev/quoc-gia-2020-nong-nghiep-chi-tieu-thang-5).
struct ProgressBoxTests {
    static let box = WebLayout(name: "khung kết quả một số chỉ tiêu đến tháng", before: [
        "KẾT QUẢ MỘT SỐ CHỈ TIÊU ĐẾN THÁNG 5/2020",
    ], rows: [
        ["TT", "Chỉ tiêu", "Đơn vị tính", "Kết quả", "Mục tiêu năm"],
        ["1", "Tổng số hợp tác xã nông nghiệp", "HTX", "15894", "17000"],
        ["2", "Tỷ lệ số xã đạt chuẩn nông thôn mới", "%", "58,2", "59"],
        ["3", "Số đơn vị cấp huyện đạt chuẩn nông thôn mới", "huyện", "126", "121"],
        ["4", "Số sản phẩm OCOP đạt chuẩn", "sản phẩm", "1711", "2400"],
    ], after: ["LỊCH LÀM VIỆC", "Lượt truy cập: 11425504"])

    /// The rows as a person reads them: the value before the target, nothing stated.
    static let boxReads = [
        "1 | Tổng số hợp tác xã nông nghiệp | KH 17000 | TH 15894 | ∅",
        "2 | Tỷ lệ số xã đạt chuẩn nông thôn mới | KH 59 | TH 58,2 | ∅",
        "3 | Số đơn vị cấp huyện đạt chuẩn nông thôn mới | KH 121 | TH 126 | ∅",
        "4 | Số sản phẩm OCOP đạt chuẩn | KH 2400 | TH 1711 | ∅",
    ]

    @Test func theResultBeforeTheTargetIsTheValueInEveryWebCopy() {
        for style in WebLayout.CopyStyle.allCases + [.tabbedRows] {
            let report = Self.box.webAudit(style, fileName: "trang-bo.txt")
            let read = RowReading.lines(report)
            #expect(read == Self.boxReads, "copied as \(style):\n\(RowReading.differences(read, from: Self.boxReads))")
            #expect(report.errorCount == 0, "copied as \(style): \(report.errorCount) errors the box does not deserve")
        }
    }

    @Test func theDocxReadsTheResultBeforeTheTargetAsTheValue() throws {
        let read = try Self.box.docxReading()
        #expect(read == Self.boxReads, "DOCX:\n\(RowReading.differences(read, from: Self.boxReads))")
    }

    /// The page leaves its number column unheaded (an empty corner cell): the DOCX reads the rows
    /// and places every number, the rows' own numbers included (4 "số chưa đặt" before).
    @Test func theDocxOfABoxWithAnUnheadedNumberColumnPlacesEveryNumber() throws {
        var box = Self.box
        box.rows[0][0] = ""
        let url = try LibreOffice.docx(fromHTML: box.html, name: "khung")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let report = try Auditor().audit(contentsOf: url)
        let read = RowReading.lines(report)
        #expect(read == Self.boxReads, "DOCX:\n\(RowReading.differences(read, from: Self.boxReads))")
        #expect(report.coverage.numbersUnplaced == 0, "\(report.coverage.sentence)")
    }

    /// "Kết quả" after the target judges it: its verdicts stay stated verdicts, with a value
    /// column beside it or without one.
    @Test func aResultColumnAfterTheTargetKeepsItsVerdicts() {
        let withValue = WebLayout(name: "kết quả sau cột thực hiện", before: ["KẾT QUẢ THỰC HIỆN NĂM 2022"], rows: [
            ["TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Kết quả"],
            ["1", "Tốc độ tăng trưởng kinh tế (%)", "7", "7,2", "Vượt"],
            ["2", "Thu ngân sách (tỷ đồng)", "900", "850", "Không đạt"],
        ])
        let verdictsOnly = WebLayout(name: "kết quả ngay sau kế hoạch", before: ["KẾT QUẢ THỰC HIỆN NĂM 2022"], rows: [
            ["TT", "Chỉ tiêu", "Kế hoạch", "Kết quả"],
            ["1", "Tốc độ tăng trưởng kinh tế (%)", "7", "Đạt"],
            ["2", "Thu ngân sách (tỷ đồng)", "900", "Không đạt"],
        ])
        for layout in [withValue, verdictsOnly] {
            for style in WebLayout.CopyStyle.allCases {
                let report = layout.webAudit(style, fileName: "trang-web.txt")
                let stated = report.tables.flatMap(\.rows).map { $0.indicator.statedText ?? "∅" }
                #expect(stated.count == 2 && stated.last == "Không đạt",
                        "\(layout.name), copied as \(style): Thu ngân sách states “Không đạt”, read \(stated)")
            }
        }
    }

    /// A portal's visit counter holds a label and a figure, like a row: it is none.
    @Test func aVisitCounterIsNoRow() {
        for counter in ["Lượt truy cập: 11425504", "Đang truy cập:4704", "Tổng truy cập: 527.648", "Đang online: 25",
                        "Lượt truy cập 11.425.504", "Truy cập: 1.234", "Online: 25"] {
            #expect(PageFurniture.isCounter(counter), "\(counter) is a page's counter")
        }
        for row in ["Trong đó: 25", "Thu ngân sách: 7.350", "Lượt khách du lịch: 3.768 nghìn lượt", "Tỷ lệ truy cập internet (%)",
                    "Tỷ lệ hộ gia đình truy cập Internet 85 87", "Số thuê bao truy cập Internet: 12.500",
                    "Truy cập Internet: 85", "Online toàn trình: 120"] {
            #expect(!PageFurniture.isCounter(row), "\(row) is no counter")
        }
    }

    /// The same box with its number column headed "TT", glued to the next cell ("TTChỉ tiêu"):
    /// a spaced copy whose header is found reads every row ("0 bảng" before).
    @Test func aGluedHeaderOverNumberedSpacedRowsReadsEveryRow() {
        let text = """
            KẾT QUẢ MỘT SỐ CHỈ TIÊU ĐẾN THÁNG 5/2020

            TTChỉ tiêuĐơn vị tínhKết quảMục tiêu năm
            1 Tổng số hợp tác xã nông nghiệp HTX 15894 17000
            2 Tỷ lệ số xã đạt chuẩn nông thôn mới % 58,2 59
            3 Số đơn vị cấp huyện đạt chuẩn nông thôn mới huyện 126 121

            LỊCH LÀM VIỆC

            Lượt truy cập: 11425504
            """
        let report = Auditor().audit(TextReportReader.read(text: text, name: "trang-bo.txt"))
        let read = RowReading.lines(report)
        let detail = read.joined(separator: "\n") + "\n" + report.coverage.sentence
        #expect(Array(read.prefix(2)) == Array(Self.boxReads.prefix(2)), "\(detail)")
        // Row 3's unit "huyện" is a word the spaced splitter does not yet part from the name.
        let districts = report.tables.flatMap(\.rows).first { $0.indicator.code.description == "3" }?.indicator.line
        #expect(districts?.target?.text == "121" && districts?.actual?.text == "126",
                "Số đơn vị cấp huyện đạt chuẩn nông thôn mới: kế hoạch 121, kết quả 126\n\(detail)")
        #expect(read.count == 3 && report.coverage.rowsUnread == 0 && report.errorCount == 0, "\(detail)")
    }

    /// The box as a page-text extractor gives it: the header's cells glued with no space
    /// ("Chỉ tiêuĐơn vị tínhKết quảMục tiêu năm"), rows split by single spaces. The header is
    /// found, so the rows are read or counted as not read, never lost: "0 bảng, 0 hàng đọc,
    /// 0 số chưa đặt" before.
    @Test func aHeaderWhoseCellsLostTheirSpacesStillOpensTheTable() {
        #expect(GluedHeaderLine.unglued(" Chỉ tiêuĐơn vị tínhKết quảMục tiêu năm") == "Chỉ tiêu Đơn vị tính Kết quả Mục tiêu năm")
        // An abbreviation glued to the next cell ("TTChỉ", "ĐVTKế"), a year or a bracket before one.
        #expect(GluedHeaderLine.unglued("TTChỉ tiêuĐVTKế hoạchƯớc thực hiện") == "TT Chỉ tiêu ĐVT Kế hoạch Ước thực hiện")
        #expect(GluedHeaderLine.unglued("STTChỉ tiêuKế hoạch năm 2020Ước thực hiện năm 2020Đánh giá")
                    == "STT Chỉ tiêu Kế hoạch năm 2020 Ước thực hiện năm 2020 Đánh giá")
        #expect(GluedHeaderLine.unglued("Chỉ tiêuĐơn vị tính (%)Kế hoạchThực hiện") == "Chỉ tiêu Đơn vị tính (%) Kế hoạch Thực hiện")
        for prose in ["Doanh nghiệp dùng iPhone và iPad tại TP.HCM", "Tổng sản phẩm GRDPbình quân tăng", "Chỉ tiêuĐơn vị",
                      "Năm 2020Kim ngạch xuất khẩu đạt 2,2 tỷ USDTăng 9,7%", "UBND tỉnh HĐND tỉnh Kế hoạch"] {
            #expect(GluedHeaderLine.unglued(prose) == nil, "\(prose) is not a glued header")
        }
        let text = """
            KẾT QUẢ MỘT SỐ CHỈ TIÊU ĐẾN THÁNG 5/2020

             Chỉ tiêuĐơn vị tínhKết quảMục tiêu năm
            1 Tổng số hợp tác xã nông nghiệp HTX 15894 17000
            2 Tỷ lệ số xã đạt chuẩn nông thôn mới % 58,2 59
            3 Số đơn vị cấp huyện đạt chuẩn nông thôn mới huyện 126 121

            LỊCH LÀM VIỆC

            Lượt truy cập: 11425504
            """
        let report = Auditor().audit(TextReportReader.read(text: text, name: "trang-bo.txt"))
        let detail = RowReading.lines(report).joined(separator: "\n") + "\n" + report.coverage.sentence
        #expect(report.tables.count == 1, "the box's table is found\n\(detail)")
        #expect(report.coverage.rowsRead + report.coverage.rowsUnread == 3, "each of the 3 rows read or counted unread\n\(detail)")
        #expect(!report.tables.flatMap(\.rows).contains { $0.indicator.line.name.contains("truy cập") }, "no row for the visit counter\n\(detail)")
        #expect(report.errorCount == 0, "\(detail)")
    }

    /// The box with its decimal written with a point ("58.2", as a ministry's portal writes it):
    /// parting the spaced row takes "58.2" for the figure it is, and the table's reading, whose
    /// figures show no decimal comma, reads it 58,2. Before, the row and every row after it were
    /// counted unread ("không tách được").
    @Test func aDecimalPointInASpacedRowIsAFigure() {
        let text = """
            KẾT QUẢ MỘT SỐ CHỈ TIÊU ĐẾN THÁNG 5/2020

             Chỉ tiêuĐơn vị tínhKết quảMục tiêu năm
            1 Tổng số hợp tác xã nông nghiệp HTX 15894 17000
            2 Tỷ lệ số xã đạt chuẩn nông thôn mới % 58.2 59
            3 Số đơn vị cấp huyện đạt chuẩn nông thôn mới Huyện 126 121

            LỊCH LÀM VIỆC
            """
        let report = Auditor().audit(TextReportReader.read(text: text, name: "trang-bo.txt"))
        let detail = RowReading.lines(report).joined(separator: "\n") + "\n" + report.coverage.sentence
        let rows = report.tables.flatMap(\.rows).map(\.indicator)
        let communes = rows.first { $0.line.name.hasPrefix("Tỷ lệ số xã đạt chuẩn") }?.line
        #expect(communes?.actual?.text == "58.2" && communes?.target?.text == "59",
                "Tỷ lệ số xã đạt chuẩn nông thôn mới: kết quả 58.2, mục tiêu 59\n\(detail)")
        #expect(communes?.actual?.figure?.interval == .point(58.2), "58.2 is fifty-eight point two\n\(detail)")
        #expect(rows.count == 3 && report.coverage.rowsUnread == 0 && report.coverage.numbersUnplaced == 0, "\(detail)")
        // The header's trimmed line lost its empty corner; the rows' bare numbers are their codes,
        // not the first words of their names, and "Huyện" is the unit column's.
        #expect(rows.map(\.code.description) == ["1", "2", "3"], "\(detail)")
        #expect(rows.map(\.line.name) == ["Tổng số hợp tác xã nông nghiệp", "Tỷ lệ số xã đạt chuẩn nông thôn mới",
                                         "Số đơn vị cấp huyện đạt chuẩn nông thôn mới"], "\(detail)")
        #expect(report.errorCount == 0, "\(detail)")
    }
}
