import Foundation
import Testing
import VeDichCore
@testable import VeDichImport

/// A PDF is words at positions. These tables are typed in HTML, laid out and exported by
/// LibreOffice Writer, so their labels wrap as Word's do and a merged verdict prints once.
struct PdfReaderTests {
    /// Narrow columns: every label wraps over two or three lines with its figures on one of them,
    /// the unit "Điểm %" wraps, "Năm 2024" stands over two columns, and the revenue verdict is
    /// one cell over the indicator and its "Trong đó" sub-row.
    static let html = HTMLDocument.page("""
        <p>Báo cáo kết quả thực hiện kế hoạch phát triển kinh tế - xã hội năm 2024 của tỉnh, trình kỳ họp thường lệ cuối năm của Hội đồng nhân dân tỉnh khoá XVII.</p>
        <p>I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2024</p>
        <table border="1" width="100%">
        <tr><th rowspan="2" width="6%">STT</th><th rowspan="2" width="40%">Chỉ tiêu</th><th rowspan="2" width="6%">Đơn vị tính</th><th colspan="2">Năm 2024</th><th rowspan="2" width="13%">Đánh giá</th></tr>
        <tr><th>Kế hoạch</th><th>Ước thực hiện</th></tr>
        <tr><td>1</td><td>Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) theo giá so sánh năm 2010</td><td>%</td><td>7,0</td><td>7,2</td><td>Vượt</td></tr>
        <tr><td>2</td><td>Tổng thu ngân sách nhà nước trên địa bàn tỉnh theo dự toán Hội đồng nhân dân tỉnh giao</td><td>tỷ đồng</td><td>3.000</td><td>3.250</td><td rowspan="2">Vượt</td></tr>
        <tr><td></td><td>Trong đó: thu nội địa (không kể thu tiền sử dụng đất và xổ số kiến thiết)</td><td>tỷ đồng</td><td>2.500</td><td>2.700</td></tr>
        <tr><td>3</td><td>Tỷ lệ trường học các cấp đạt chuẩn quốc gia trên tổng số trường học của tỉnh</td><td>%</td><td>60</td><td>58,5</td><td>Không đạt</td></tr>
        <tr><td>4</td><td>Mức giảm tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều</td><td>Điểm %</td><td>1,5</td><td>1,6</td><td>Đạt</td></tr>
        </table>
        <p>Nhìn chung, kinh tế của tỉnh tiếp tục phục hồi; thu ngân sách đạt khá, song một số chỉ tiêu về giáo dục chưa đạt kế hoạch đề ra.</p>
        """)
    static let pdf: Result<URL, any Error> = Result { try LibreOffice.pdf(fromHTML: html, name: "bang-hep-2024") }

    static func table() throws -> RawTable {
        let document = try PdfReader.read(contentsOf: try pdf.get())
        let tables = document.blocks.compactMap { block -> RawTable? in
            if case .table(let table) = block { table } else { nil }
        }
        #expect(tables.count == 1)
        return try #require(tables.first)
    }

    @Test func joinsWrappedLabelsIntoOneCell() throws {
        let rows = try Self.table().rows
        #expect(rows.map(\.count).allSatisfy { $0 == 6 })
        #expect(rows.dropFirst().map { $0[1].text } == [
            "Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) theo giá so sánh năm 2010",
            "Tổng thu ngân sách nhà nước trên địa bàn tỉnh theo dự toán Hội đồng nhân dân tỉnh giao",
            "Trong đó: thu nội địa (không kể thu tiền sử dụng đất và xổ số kiến thiết)",
            "Tỷ lệ trường học các cấp đạt chuẩn quốc gia trên tổng số trường học của tỉnh",
            "Mức giảm tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều",
        ])
        #expect(rows.dropFirst().map { $0[2].text } == ["%", "tỷ đồng", "tỷ đồng", "%", "Điểm %"], "units wrapped in a narrow column")
        #expect(rows.dropFirst().map { $0[3].text } == ["7,0", "3.000", "2.500", "60", "1,5"])
        #expect(rows.dropFirst().map { $0[4].text } == ["7,2", "3.250", "2.700", "58,5", "1,6"])
    }

    @Test func namesColumnsFromTheHeaderOverThem() throws {
        let header = try Self.table().rows[0].map(\.text)
        #expect(ColumnRole.classify(headers: header) == [.code, .name, .unit, .target, .actual, .evaluation], "\(header)")
    }

    @Test func aVerdictPrintedOnceOverASubRowIsTheIndicators() throws {
        let rows = try Self.table().rows
        let revenue = try #require(rows.first { $0[0].text == "2" })
        #expect(revenue[5].text == "Vượt")
        let domestic = try #require(rows.first { $0[1].text.hasPrefix("Trong đó") })
        #expect(domestic[5].text.isEmpty && domestic[5].merge == .continuesAbove)
        #expect(rows.first { $0[0].text == "3" }?[5].text == "Không đạt")
    }

    @Test func theAuditReadsStatedVerdictsAndProse() throws {
        let report = try Auditor().audit(contentsOf: try Self.pdf.get())
        let table = try #require(report.tables.first)
        #expect(table.table.title == "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2024")
        #expect(table.rows.map { $0.indicator.statedText } == ["Vượt", "Vượt", "Không đạt", "Đạt"])
        #expect(table.rows.map(\.computed).prefix(3) == [.exceeded, .exceeded, .missed])
        let location = try #require(table.rows.first?.indicator.line.location)
        #expect(location.page != nil && location.line != nil, "\(location)")
    }

    /// Sixty rows over four pages: the header printed again at the top of each page, a running
    /// head on every other page, rows cut by page breaks, a sentence right under the table.
    static let longPdf: Result<URL, any Error> = Result {
        let rows = (1...60).map { number in
            let target = 50 + number % 40, value = Double(target) + (number % 3 == 0 ? -2.5 : 1.5)
            let verdict = value >= Double(target) ? "Vượt" : "Không đạt"
            return "<tr><td>\(number)</td><td>Tỷ lệ xã, phường, thị trấn thực hiện chỉ tiêu số \(number) về phát triển kinh tế - xã hội của địa phương (%)</td><td>\(target)</td><td>\(VietnameseNumber.format(value, fractionDigits: 1))</td><td>\(verdict)</td></tr>"
        }
        return try LibreOffice.pdf(fromHTML: HTMLDocument.page("""
            <div title="header"><p align="right">Báo cáo số 123/BC-UBND</p></div>
            <p>II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2023</p>
            <table border="1" width="100%" cellpadding="2" cellspacing="0">
            <thead><tr><th>TT</th><th>Chỉ tiêu</th><th>Kế hoạch năm 2023</th><th>Ước thực hiện năm 2023</th><th>Đánh giá</th></tr></thead>
            <tbody>\(rows.joined())</tbody></table>
            <p>Trên đây là báo cáo kết quả thực hiện các chỉ tiêu năm 2023 của tỉnh.</p>
            """), name: "bang-dai-2023")
    }

    @Test func aTableAcrossPagesReadsAsOneWithoutItsRepeatedHeaders() throws {
        let document = try PdfReader.read(contentsOf: try Self.longPdf.get())
        let tables = document.blocks.compactMap { block -> RawTable? in
            if case .table(let table) = block { table } else { nil }
        }
        #expect(tables.count == 1)
        let rows = try #require(tables.first).rows
        #expect(rows.dropFirst().map { $0[0].text } == (1...60).map(String.init), "no repeated header row, no running head")
        for row in rows.dropFirst() {
            #expect(row[1].text == "Tỷ lệ xã, phường, thị trấn thực hiện chỉ tiêu số \(row[0].text) về phát triển kinh tế - xã hội của địa phương (%)",
                    "a label cut by a page break is joined: row \(row[0].text)")
            #expect(row[4].text == "Vượt" || row[4].text == "Không đạt", "row \(row[0].text): \(row[4].text)")
        }
        #expect(Set(rows.dropFirst().map { $0[0].location.page }).count >= 3)
        guard case .paragraph(let last) = document.blocks.last else { Issue.record("no paragraph after the table"); return }
        #expect(last.text == "Trên đây là báo cáo kết quả thực hiện các chỉ tiêu năm 2023 của tỉnh.")
    }

    @Test func aScanWithoutTextSaysSoAndHowToFixIt() throws {
        // One page holding only a drawn area, as a scanned page holds only its picture.
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ban-quet-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("""
            %PDF-1.4
            1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj
            2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj
            3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj
            4 0 obj<</Length 29>>stream
            0 0 0 rg 100 100 400 600 re f
            endstream
            endobj
            trailer<</Root 1 0 R/Size 5>>
            %%EOF

            """.utf8).write(to: url)
        #expect(throws: ReportReadError.pdfHasNoText(path: url.path, pages: 1)) { try Auditor().audit(contentsOf: url) }
        let message = ReportReadError.pdfHasNoText(path: url.path, pages: 1).userMessage
        #expect(message.what.contains("không có lớp chữ"))
        #expect(message.fix.contains("OCR") && message.fix.contains("DOCX"))
    }

    @Test func aBrokenPdfIsRefusedWithItsReason() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hong-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("%PDF-1.4\nkhông phải nội dung PDF".utf8).write(to: url)
        #expect(throws: ReportReadError.notAPdf(path: url.path, reason: "tệp bị hỏng hoặc không phải là PDF")) {
            try ReportReader.read(contentsOf: url)
        }
    }

    @Test func uploadedBytesAreReadLikeTheFile() throws {
        let url = try Self.pdf.get()
        let fromData = try ReportReader.read(data: Data(contentsOf: url), name: "bang-hep-2024.pdf")
        let fromFile = try ReportReader.read(contentsOf: url)
        #expect(fromData.blocks == fromFile.blocks)
        #expect(fromData.name == "bang-hep-2024.pdf")
    }
}
