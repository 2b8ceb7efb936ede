import Foundation
import Testing
import VeDichCore
@testable import VeDichImport

/// What a clerk's workbook may hold in the value column beyond a plain figure: a date Excel made
/// of what was typed, a pasted page of text; and a sheet too large for the XML parser.
struct XlsxCellTests {
    /// Styles as Excel writes them: xf 0 General, xf 1 built-in 14 (dd/mm/yyyy), xf 2 a custom
    /// date code, xf 3 a custom number code whose only letters are quoted or bracketed, xf 4 a
    /// built-in number format (0.00).
    static let styles = #"<numFmts count="2"><numFmt numFmtId="164" formatCode="[$-42A]dd\ mmmm\ yyyy;@"/><numFmt numFmtId="165" formatCode="[Red]#,##0.0&quot; ha&quot;"/></numFmts>"#
        + #"<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/><xf numFmtId="2" applyNumberFormat="1"/></cellXfs>"#

    static func header() -> String {
        #"<row r="1"><c r="A1" t="inlineStr"><is><t>Mã</t></is></c><c r="B1" t="inlineStr"><is><t>Chỉ tiêu</t></is></c><c r="C1" t="inlineStr"><is><t>Số liệu</t></is></c></row>"#
    }

    static func row(_ number: Int, code: String, value: String) -> String {
        #"<row r="\#(number)"><c r="A\#(number)" t="inlineStr"><is><t>\#(code)</t></is></c>\#(value)</row>"#
    }

    @Test func aDateTypedInTheValueColumnIsAProblemShowingTheDayNotItsSerial() throws {
        let rows = Self.header()
            + Self.row(2, code: "II.1", value: #"<c r="C2" s="1"><v>45658</v></c>"#)
            + Self.row(3, code: "II.2", value: #"<c r="C3" s="2"><v>45700.5</v></c>"#)
            + Self.row(4, code: "II.3", value: #"<c r="C4" s="3"><v>12.5</v></c>"#)
            + Self.row(5, code: "II.4", value: #"<c r="C5" s="4"><v>98.25</v></c>"#)
            + Self.row(6, code: "II.5", value: #"<c r="C6"><v>45658</v></c>"#)
        let book = try SpreadsheetReader.read(data: try SpreadsheetReaderTests.xlsx(sheet: rows, shared: [], styles: Self.styles), name: "ngay.xlsx")
        let sheet = try ValueSheetReader.read(book)
        #expect(sheet.entries.map { "\($0.code)=\($0.text)" } == ["II.3=12,5", "II.4=98,25", "II.5=45658"],
                "a number format with quoted or bracketed letters is a figure, and an unstyled serial is a number")
        #expect(sheet.problems.map(\.description) == [
            "Trang “Số liệu”, hàng 2, cột C: ô chứa ngày 01/01/2025 chứ không phải con số — đổi định dạng ô thành Số (Excel tự đổi số thành ngày khi gõ có dấu / hoặc -) rồi ghi con số",
            "Trang “Số liệu”, hàng 3, cột C: ô chứa ngày 12/02/2025 chứ không phải con số — đổi định dạng ô thành Số (Excel tự đổi số thành ngày khi gõ có dấu / hoặc -) rồi ghi con số",
        ])
    }

    @Test(arguments: [("dd/mm/yyyy", true), ("[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy", true), ("h:mm", true),
                      ("0.0\" ngày\"", false), ("[Blue]#,##0", false), ("\\d0", false), ("General", false)])
    func aFormatCodeIsADateWhenADayMonthYearOrHourIsOutsideQuotesAndBrackets(_ code: String, _ isDate: Bool) {
        #expect(XlsxDateStyles.isDateCode(code) == isDate, "format code \(code)")
    }

    @Test func theDateSystemOf1904CountsFromItsOwnDay() {
        #expect(XlsxDateStyles(styles: nil, uses1904: true).day(serial: "0") == "01/01/1904")
        #expect(XlsxDateStyles(styles: nil, uses1904: false).day(serial: "61") == "01/03/1900")
    }

    @Test func aSheetOverTenMegabytesIsTooLargeNotBroken() throws {
        // 36 000 rows of the template, each with a code, a name and a value: some 10,5 MB of XML,
        // which libxml2 stopped at as "XML hỏng ở dòng 1".
        let name = String(repeating: "Tỷ lệ hộ nghèo theo chuẩn đa chiều ", count: 3)
        var rows = Self.header()
        for number in 2...36_001 {
            rows += #"<row r="\#(number)"><c r="A\#(number)" t="inlineStr"><is><t>X.\#(number)</t></is></c><c r="B\#(number)" t="inlineStr"><is><t>\#(name)</t></is></c><c r="C\#(number)"><v>1.5</v></c></row>"#
        }
        #expect(rows.utf8.count > XlsxSpreadsheetReader.maxXMLBytes)
        let data = try SpreadsheetReaderTests.xlsx(sheet: rows, shared: [])
        #expect(throws: SpreadsheetReadError.self) { try SpreadsheetReader.read(data: data, name: "lon.xlsx") }
        do {
            _ = try SpreadsheetReader.read(data: data, name: "lon.xlsx")
        } catch {
            guard case .tooLarge(_, let reason) = error else {
                Issue.record("a large sheet is reported as \(error.userMessage.what)")
                return
            }
            #expect(reason.contains("trang “Số liệu”") && reason.contains("tệp không hỏng") && reason.contains("40 nghìn hàng"), "\(reason)")
        }
    }

    @Test func rowsBeyondTheCapAreTooLargeEvenInASmallSheet() throws {
        let rows = Self.header() + Self.row(40_001, code: "II.1", value: #"<c r="C40001"><v>5</v></c>"#)
        #expect(throws: SpreadsheetReadError.tooLarge(name: "xa.xlsx", reason: "trang “Số liệu” có số liệu ở hàng 40001, VeDich chỉ đọc đến hàng 40000; tệp không hỏng")) {
            try SpreadsheetReader.read(data: try SpreadsheetReaderTests.xlsx(sheet: rows, shared: []), name: "xa.xlsx")
        }
    }

    @Test func aPastedPageInAValueCellIsEchoedCutShort() throws {
        let page = String(repeating: "Báo cáo tình hình ", count: 1_700)
        let rows = Self.header()
            + Self.row(2, code: "II.1", value: #"<c r="C2" t="inlineStr"><is><t>\#(page)</t></is></c>"#)
            + #"<row r="3"><c r="C3" t="inlineStr"><is><t>\#(page)</t></is></c></row>"#
        let sheet = try ValueSheetReader.read(try SpreadsheetReader.read(data: try SpreadsheetReaderTests.xlsx(sheet: rows, shared: []), name: "dan.xlsx"))
        let typed = page.trimmingCharacters(in: .whitespaces)
        let cut = String(typed.prefix(80)) + "…"
        #expect(sheet.problems.map(\.description) == [
            "Trang “Số liệu”, hàng 2, cột C: “\(cut)” (\(typed.count) ký tự) không phải là số — ghi số, ví dụ 5,2",
            "Trang “Số liệu”, hàng 3, cột C: có số liệu “\(cut)” ở một hàng không có mã chỉ tiêu (hàng thêm vào?) — ghi số liệu vào đúng hàng của chỉ tiêu trong mẫu, xóa hàng thêm",
        ])
        #expect(sheet.problems.allSatisfy { $0.message.count < 300 })
    }
}
