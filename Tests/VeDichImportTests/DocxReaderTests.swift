import Foundation
import Testing
@testable import VeDichImport

struct DocxReaderTests {
    /// A results table shaped like a provincial report's: the GRDP line spans two columns, and one
    /// evaluation "Không đạt" covers the three sub-rows of the GRDP group.
    static let reportHTML = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Báo cáo</title></head><body>
        <p>Báo cáo tình hình thực hiện kế hoạch phát triển kinh tế - xã hội năm 2025</p>
        <table border="1">
        <tr><th>STT</th><th>Chỉ tiêu</th><th>Đơn vị</th><th>Kế hoạch</th><th>Thực hiện</th><th>Đánh giá</th></tr>
        <tr><td>1</td><td colspan="2">Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP) (%)</td>
            <td>7 - 7,5</td><td>6,8</td><td rowspan="3">Không đạt</td></tr>
        <tr><td>-</td><td>GRDP bình quân đầu người</td><td>Triệu đồng</td><td>70</td><td>68,2</td></tr>
        <tr><td>-</td><td>Tổng vốn đầu tư toàn xã hội</td><td>Tỷ đồng</td><td>1.100</td><td>1.029,5</td></tr>
        <tr><td>2</td><td>Tỷ lệ hộ nghèo</td><td>%</td><td>2</td><td>1,8</td><td>Đạt</td></tr>
        </table>
        <p>&nbsp;</p>
        <p>Kết&nbsp;luận: 1/2 chỉ tiêu đạt.</p>
        </body></html>
        """

    /// Converted once: LibreOffice takes seconds, and every test reads the same report.
    static let report = Result { () throws -> SourceDocument in
        try DocxReader.read(contentsOf: LibreOffice.docx(fromHTML: reportHTML, name: "bao-cao-2025"))
    }

    private func resultsTable() throws -> RawTable {
        let blocks = try Self.report.get().blocks
        let table = blocks.lazy.compactMap { block -> RawTable? in
            if case .table(let table) = block { table } else { nil }
        }.first
        return try #require(table, "báo cáo phải có bảng kết quả")
    }

    @Test func paragraphsAndTheTableComeInReportOrder() throws {
        let document = try Self.report.get()
        #expect(document.name == "bao-cao-2025.docx")
        try #require(document.blocks.count == 3, "đoạn mở đầu, bảng, đoạn kết luận: \(document.blocks)")

        guard case .paragraph(let opening) = document.blocks[0] else {
            Issue.record("khối đầu tiên phải là đoạn mở đầu, không phải \(document.blocks[0])")
            return
        }
        #expect(opening.text == "Báo cáo tình hình thực hiện kế hoạch phát triển kinh tế - xã hội năm 2025")
        #expect(opening.location == SourceLocation(paragraph: 1))

        guard case .table(let table) = document.blocks[1] else {
            Issue.record("khối thứ hai phải là bảng kết quả")
            return
        }
        #expect(table.location == SourceLocation(table: 1))

        guard case .paragraph(let conclusion) = document.blocks[2] else {
            Issue.record("khối cuối phải là đoạn kết luận")
            return
        }
        #expect(conclusion.text == "Kết luận: 1/2 chỉ tiêu đạt.", "khoảng trắng không ngắt phải thành dấu cách")
        // The blank paragraph (only a non-breaking space) is dropped but still counted.
        #expect(conclusion.location == SourceLocation(paragraph: 3), "đoạn trống vẫn được đếm khi đánh số đoạn")
    }

    @Test func everyRowOfTheResultsTableHasOneCellPerGridColumn() throws {
        let table = try resultsTable()
        #expect(table.rows.count == 5, "tiêu đề, ba hàng nhóm GRDP, hộ nghèo")
        for (index, row) in table.rows.enumerated() {
            #expect(row.count == 6, "hàng \(index + 1) phải có đủ 6 cột của lưới bảng")
        }
        #expect(table.rows[0].map(\.text) == ["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện", "Đánh giá"])
    }

    @Test func theGRDPIndicatorSpanningTwoColumnsKeepsItsTextAtTheFirst() throws {
        let row = try resultsTable().rows[1]
        #expect(row[1].text == "Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP) (%)")
        #expect(row[1].merge == nil)
        #expect(row[2].merge == .continuesLeft, "cột Đơn vị bị ô chỉ tiêu gộp ngang che")
        #expect(row[2].text == "")
        #expect(row[3].text == "7 - 7,5", "kế hoạch nằm đúng cột Kế hoạch sau ô gộp")
        #expect(row[4].text == "6,8")
    }

    @Test func oneEvaluationCoversTheThreeRowsOfTheGRDPGroup() throws {
        let rows = try resultsTable().rows
        #expect(rows[1][5].text == "Không đạt")
        #expect(rows[1][5].merge == nil, "ô đánh giá bắt đầu ở hàng GRDP")
        for row in 2...3 {
            #expect(rows[row][5].merge == .continuesAbove, "hàng \(row + 1) dùng chung đánh giá của hàng GRDP")
            #expect(rows[row][5].text == "", "chữ của ô gộp dọc chỉ nằm ở ô đầu")
        }
        #expect(rows[4][5].text == "Đạt")
        #expect(rows[4][5].merge == nil, "hộ nghèo có đánh giá riêng")
    }

    @Test func cellsAreLocatedByTableRowAndGridColumn() throws {
        let rows = try resultsTable().rows
        let investment = rows[3][4]
        #expect(investment.text == "1.029,5")
        #expect(investment.location == SourceLocation(table: 1, row: 4, cell: 5))
        #expect(investment.location.description == "bảng 1, hàng 4, ô 5")
        #expect(rows[2][5].location == SourceLocation(table: 1, row: 3, cell: 6), "ô gộp cũng có vị trí của nó")
    }

    // MARK: - Files that are not a readable DOCX

    private func readError(_ read: () throws(ReportReadError) -> SourceDocument) -> ReportReadError? {
        do {
            _ = try read()
            return nil
        } catch {
            return error
        }
    }

    private func temporaryFile(named name: String, contents: Data) throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("vedich-docx-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try contents.write(to: url)
        return url
    }

    @Test func aTextFileNamedDocxIsNotADocx() throws {
        let url = try temporaryFile(named: "bao-cao.docx", contents: Data("Chỉ tiêu GRDP: 7 - 7,5%\n".utf8))
        let error = readError { () throws(ReportReadError) in try DocxReader.read(contentsOf: url) }
        guard case .notADocx(let path, let reason)? = error else {
            Issue.record("tệp văn bản đặt tên .docx phải bị từ chối là không phải DOCX, nhận được \(String(describing: error))")
            return
        }
        #expect(path == url.path)
        #expect(reason.contains("ZIP"))
    }

    @Test func anOpenDocumentRenamedToDocxIsNotADocx() throws {
        let odt = try Data(contentsOf: LibreOffice.odt(fromHTML: Self.reportHTML, name: "bao-cao-odt"))
        let error = readError { () throws(ReportReadError) in try DocxReader.read(data: odt, name: "bao-cao.docx") }
        guard case .notADocx(let path, let reason)? = error else {
            Issue.record("gói ZIP không có word/document.xml phải bị từ chối, nhận được \(String(describing: error))")
            return
        }
        #expect(path == "bao-cao.docx")
        #expect(reason.contains("word/document.xml"))
    }

    @Test func aDocxCutOffHalfwayIsNotADocx() throws {
        let docx = try Data(contentsOf: LibreOffice.docx(fromHTML: Self.reportHTML, name: "bao-cao-cut"))
        let error = readError { () throws(ReportReadError) in
            try DocxReader.read(data: docx.prefix(docx.count / 2), name: "bao-cao.docx")
        }
        guard case .notADocx? = error else {
            Issue.record("tệp DOCX tải về dở dang phải bị từ chối, nhận được \(String(describing: error))")
            return
        }
    }

    @Test func aMissingReportIsFileNotFound() {
        let url = URL(fileURLWithPath: "/tmp/vedich-khong-co-\(UUID().uuidString)/bao-cao.docx")
        let error = readError { () throws(ReportReadError) in try DocxReader.read(contentsOf: url) }
        #expect(error == .fileNotFound(path: url.path))
    }

    @Test func brokenDocumentXMLIsMalformedWithItsLine() {
        let xml = Self.documentXML("""
            <w:p><w:r><w:t>GRDP</w:t></w:r>
            </w:body></w:document>
            """)
        #expect {
            try DocumentXMLParser.parse(xml)
        } throws: { error in
            guard case DocumentXMLParser.Failure.malformed(let line, let reason) = error else { return false }
            return line == 4 && reason.contains("thẻ đóng không khớp")
        }
    }

    @Test func aDocumentTypeDeclarationIsRefusedBeforeAnyEntityIsExpanded() {
        let xml = Data("""
            <?xml version="1.0"?>
            <!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <w:document xmlns:w="\(Self.wordNamespace)"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>
            """.utf8)
        #expect {
            try DocumentXMLParser.parse(xml)
        } throws: { error in
            guard case DocumentXMLParser.Failure.malformed(let line, _) = error else { return false }
            return line == 2
        }
    }

    // MARK: - WordprocessingML that LibreOffice does not write, but Word does

    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    static func documentXML(_ body: String) -> Data {
        Data("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="\(wordNamespace)" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>
            \(body)
            """.utf8)
    }

    @Test func wordsOwnMergesRowPaddingAndNestedTablesLandOnTheGrid() throws {
        let xml = Self.documentXML("""
            <w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>
            <w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>Chỉ tiêu</w:t></w:r></w:p></w:tc>
                  <w:tc><w:p><w:r><w:t>Kế</w:t><w:tab/><w:t>hoạch</w:t></w:r></w:p></w:tc></w:tr>
            <w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/><w:vMerge/></w:tcPr><w:p/></w:tc>
                  <w:tc><w:tcPr><w:tcPrChange w:id="1"><w:tcPr><w:gridSpan w:val="3"/></w:tcPr></w:tcPrChange></w:tcPr>
                    <w:p><w:r><w:t>7 - 7,5</w:t></w:r></w:p>
                    <w:tbl><w:tr><w:tc><w:p><w:r><w:t>trong đó:</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc>
                  <w:tc><w:p><w:r><w:t>Đạt</w:t></w:r></w:p></w:tc></w:tr>
            <w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc><w:p><w:r><w:t>Tổng số</w:t></w:r></w:p></w:tc></w:tr>
            </w:tbl>
            <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>
              <mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t>Hộp chữ</w:t></w:r></mc:Choice>
              <mc:Fallback><w:r><w:t>Hộp chữ</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>
            </w:body></w:document>
            """)
        let blocks = try DocumentXMLParser.parse(xml)
        try #require(blocks.count == 2)
        guard case .table(let table) = blocks[0], case .paragraph(let textBox) = blocks[1] else {
            Issue.record("phải đọc được một bảng rồi một đoạn: \(blocks)")
            return
        }
        #expect(table.rows.map { $0.map(\.text) } == [
            ["Chỉ tiêu", "", "Kế hoạch", ""],
            ["", "", "7 - 7,5\ntrong đó:", "Đạt"],
            ["", "Tổng số", "", ""],
        ], "ô của bảng lồng nhau nhập vào ô chứa nó; thay đổi đã theo dõi không đổi lưới")
        #expect(table.rows.map { $0.map(\.merge) } == [
            [nil, .continuesLeft, nil, nil],
            [.continuesAbove, .continuesAbove, nil, nil],
            [nil, nil, nil, nil],
        ], "ô gộp dọc rộng hai cột tiếp tục ô bên trên ở cả hai cột")
        #expect(textBox.text == "Hộp chữ", "nội dung dự phòng (mc:Fallback) không được đọc hai lần")
        #expect(textBox.location == SourceLocation(paragraph: 1))
    }

    @Test func hostileSpansDoNotBlowUpTheGrid() throws {
        let xml = Self.documentXML("""
            <w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="999999999"/></w:tcPr><w:p/></w:tc>
            <w:tc><w:tcPr><w:gridSpan w:val="-3"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>
            </w:body></w:document>
            """)
        let blocks = try DocumentXMLParser.parse(xml)
        guard case .table(let table)? = blocks.first else {
            Issue.record("phải đọc được bảng")
            return
        }
        #expect(table.rows.first?.count == DocxTableGrid.maxColumns)
    }
}
