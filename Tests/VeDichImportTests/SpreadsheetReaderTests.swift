import Foundation
import Testing
import VeDichCore
@testable import VeDichImport

/// The workbook readers on files no VeDich code wrote: an .xlsx as Excel writes one (shared
/// strings with rich runs, a shared formula, inline strings, booleans), and CSVs as Excel and
/// LibreOffice save them.
struct SpreadsheetReaderTests {
    /// A minimal package written by Python's zipfile: Excel's parts, Excel's habits.
    static func xlsx(sheet rows: String, shared: [String], styles: String? = nil) throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var parts: [String: String] = [
            "xl/workbook.xml": #"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Hướng dẫn" sheetId="2" r:id="rId2"/><sheet name="Số liệu" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
            "xl/_rels/workbook.xml.rels": #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/></Relationships>"#,
            "xl/sharedStrings.xml": #"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
                + shared.joined() + "</sst>",
            "xl/worksheets/sheet1.xml": #"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
                + rows + "</sheetData></worksheet>",
            "xl/worksheets/sheet2.xml": #"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Ghi số vào cột Số liệu</t></is></c></row></sheetData></worksheet>"#,
        ]
        if let styles {
            parts["xl/styles.xml"] = #"<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"# + styles + "</styleSheet>"
        }
        for (name, text) in parts {
            let file = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        let output = folder.appendingPathComponent("out.xlsx")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.currentDirectoryURL = folder
        process.arguments = ["-c", "import sys, zipfile\nwith zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:\n    [z.write(p) for p in sys.argv[2:]]",
                             output.path] + parts.keys.sorted()
        try process.run()
        process.waitUntilExit()
        return try Data(contentsOf: output)
    }

    @Test func anExcelWorkbookIsReadCellByCellWithFormulasKeptAsFormulas() throws {
        let shared = ["<si><t>Mã</t></si>", "<si><r><rPr><b/></rPr><t>Số </t></r><r><t>liệu</t></r></si>",
                      "<si><t>Mã kế hoạch</t></si>", "<si><t>II.5</t><rPh sb=\"0\" eb=\"1\"><t>x</t></rPh></si>"]
        let plan = UUID()
        let rows = """
            <row r="1"><c r="A1" t="s"><v>2</v></c><c r="B1" t="str"><v>\(plan.uuidString)</v></c></row>
            <row r="3"><c r="A3" t="s"><v>0</v></c><c r="C3" t="s"><v>1</v></c></row>
            <row r="4"><c r="A4" t="s"><v>3</v></c><c r="C4"><v>99.5</v></c></row>
            <row r="5"><c r="A5" t="inlineStr"><is><t>II.6</t></is></c><c r="C5"><f t="shared" ref="C5:C6" si="0">C4*2</f><v>199</v></c></row>
            <row r="6"><c t="inlineStr"><is><t>II.7</t></is></c><c/><c><f t="shared" si="0"/><v>398</v></c></row>
            <row r="7"><c r="A7" t="inlineStr"><is><t>II.8</t></is></c><c r="C7" t="b"><v>1</v></c></row>
            <row r="8"><c r="A8" t="inlineStr"><is><t>III.1</t></is></c><c r="C8"><v>1E-3</v></c></row>
            <row r="9"><c r="A9" t="inlineStr"><is><t>III.2</t></is></c><c r="C9" t="inlineStr"><is><t>7 - 7,5</t></is></c></row>
            <row r="10"><c r="C10"><v>5</v></c></row>
            """
        let book = try SpreadsheetReader.read(data: try Self.xlsx(sheet: rows, shared: shared), name: "excel.xlsx")
        #expect(book.sheets.map(\.name) == ["Hướng dẫn", "Số liệu"])
        let sheet = try ValueSheetReader.read(book)
        #expect(sheet.sheetName == "Số liệu" && sheet.planID == plan)
        #expect(sheet.entries.map { "\($0.code)=\($0.text)" } == ["II.5=99,5", "III.1=0,001", "III.2=7 - 7,5"])
        #expect(sheet.problems.map(\.description) == [
            "Trang “Số liệu”, hàng 5, cột C: ô có công thức “=C4*2” — ghi thẳng con số, không dùng công thức",
            "Trang “Số liệu”, hàng 6, cột C: ô có công thức “(công thức dùng chung)” — ghi thẳng con số, không dùng công thức",
            "Trang “Số liệu”, hàng 7, cột C: “TRUE” không phải là số — ghi số, ví dụ 5,2",
            "Trang “Số liệu”, hàng 10, cột C: có số liệu “5” ở một hàng không có mã chỉ tiêu (hàng thêm vào?) — ghi số liệu vào đúng hàng của chỉ tiêu trong mẫu, xóa hàng thêm",
        ])
    }

    @Test func aWorkbookWithoutTheHeaderSaysWhichSheetsItLookedIn() throws {
        let data = try Self.xlsx(sheet: #"<row r="1"><c r="A1" t="inlineStr"><is><t>TT</t></is></c></row>"#, shared: [])
        #expect(throws: SpreadsheetReadError.noHeader(name: "khac.xlsx", sheets: ["Hướng dẫn", "Số liệu"])) {
            try ValueSheetReader.read(try SpreadsheetReader.read(data: data, name: "khac.xlsx"))
        }
    }

    struct CSVCase: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var bytes: Data
    }

    static let csvText = "sep=;\r\nMã kế hoạch;\(UUID(uuidString: "6A0B2D84-7D65-4E1B-9F19-6D0D9E3A0C11")!.uuidString)\r\nLoại số liệu;so_bo\r\n"
        + "Mã;Chỉ tiêu;Số liệu\r\nII.5;\"Tỷ lệ; \"\"có\"\" ngoặc\r\nvà xuống dòng\";1.029,5\r\nII.6;;\r\n"

    static let csvCases: [CSVCase] = [
        CSVCase(testDescription: "UTF-8 with BOM", bytes: Data([0xEF, 0xBB, 0xBF]) + Data(csvText.utf8)),
        CSVCase(testDescription: "UTF-16 LE with BOM", bytes: Data([0xFF, 0xFE]) + csvText.data(using: .utf16LittleEndian)!),
        CSVCase(testDescription: "UTF-16 BE with BOM", bytes: Data([0xFE, 0xFF]) + csvText.data(using: .utf16BigEndian)!),
        CSVCase(testDescription: "UTF-16 LE without BOM", bytes: csvText.data(using: .utf16LittleEndian)!),
        CSVCase(testDescription: "UTF-8 without BOM", bytes: Data(csvText.utf8)),
    ]

    @Test(arguments: csvCases)
    func aCSVIsReadWhateverItsEncoding(_ file: CSVCase) throws {
        #expect(SpreadsheetReader.kind(of: file.bytes, name: "so-lieu") == .csv, "told by its header, not its name")
        let sheet = try ValueSheetReader.read(try SpreadsheetReader.read(data: file.bytes, name: "so-lieu.csv"))
        #expect(sheet.version == .preliminary && sheet.planID?.uuidString == "6A0B2D84-7D65-4E1B-9F19-6D0D9E3A0C11")
        #expect(sheet.entries.map(\.text) == ["1.029,5"])
        #expect(sheet.entries.first?.name == "Tỷ lệ; \"có\" ngoặc\r\nvà xuống dòng")
        #expect(sheet.entries.first?.location.description == "Tệp “so-lieu.csv”, hàng 4, cột C")
        #expect(sheet.problems.isEmpty)
    }

    @Test func aCSVInAnOldWindowsCodePageIsRefusedWithTheWayToSaveIt() throws {
        // "Mã" in Windows-1258: M, 0xE3 (ã).
        let bytes = Data([0x4D, 0xE3, 0x3B, 0x53, 0x6F, 0x0D, 0x0A])
        #expect(throws: SpreadsheetReadError.encoding(name: "cu.csv")) { try SpreadsheetReader.read(data: bytes, name: "cu.csv") }
        #expect(SpreadsheetReadError.encoding(name: "cu.csv").userMessage.fix.contains("CSV UTF-8"))
    }

    @Test func aWorkbookWithNoValueSaysSoRatherThanImportingNothing() throws {
        let sheet = try ValueSheetReader.read(try SpreadsheetReader.read(data: Data("Mã;Số liệu\r\nII.5;\r\n".utf8), name: "trong.csv"))
        #expect(sheet.problems.map(\.description) == ["Tệp “trong.csv” chưa có số liệu nào ở cột “Số liệu” (cột B) — ghi số liệu vào cột đó rồi tải lên lại"])
    }

    @Test func aReportIsNotTakenForAWorkbook() throws {
        let docx = Data([0x50, 0x4B, 0x03, 0x04]) + Data("word/document.xml".utf8)
        #expect(SpreadsheetReader.kind(of: docx, name: "bao-cao.docx") == nil)
        #expect(SpreadsheetReader.kind(of: Data("KẾT QUẢ NĂM 2024\nTT\nChỉ tiêu\n".utf8), name: "bao-cao.txt") == nil)
    }
}
