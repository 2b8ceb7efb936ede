import Foundation
import VeDichCore

/// Reads an uploaded workbook of any kind a planning office uses: .xlsx natively, .xls and .ods
/// through LibreOffice (`SpreadsheetConversion`), CSV as text. What it is comes from its bytes
/// first (a ZIP with `xl/workbook.xml`, an OLE2 file, an ODS package), then its name.
public enum SpreadsheetReader {
    public enum Kind: String, Sendable {
        case xlsx, xls, ods, csv
    }

    /// The kind of a file, or nil when it is none of them (a report, say).
    public static func kind(of data: Data, name: String) -> Kind? {
        let lower = name.lowercased()
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            if data.range(of: Data("xl/workbook.xml".utf8)) != nil { return .xlsx }
            if data.prefix(200).range(of: Data("application/vnd.oasis.opendocument.spreadsheet".utf8)) != nil { return .ods }
            if lower.hasSuffix(".xlsx") { return .xlsx }
            if lower.hasSuffix(".ods") { return .ods }
            return nil
        }
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            return lower.hasSuffix(".doc") ? nil : .xls
        }
        if lower.hasSuffix(".csv") || looksLikeValueCSV(data) { return .csv }
        return nil
    }

    /// A text whose early lines hold a "Mã" field and a "Số liệu" field: a CSV of the value
    /// template, whatever the file was called (an API upload may carry no name).
    static func looksLikeValueCSV(_ data: Data) -> Bool {
        let head = Data(data.prefix(8192))
        // The cut may split a character: the rest of the head still reads.
        let text = (try? CSVSpreadsheetReader.decode(head, name: "")) ?? String(decoding: head, as: UTF8.self)
        let words = [ValueSheetLayout.codeHeader, ValueSheetLayout.valueHeader]
        return text.split(whereSeparator: \.isNewline).prefix(40).contains { line in
            let fields = Set(line.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\t" })
                .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" ")) })
            return words.allSatisfy(fields.contains)
        }
    }

    public static func read(data: Data, name: String, conversion: SpreadsheetConversion = SpreadsheetConversion())
        throws(SpreadsheetReadError) -> Spreadsheet {
        guard !data.isEmpty else { throw .empty(name: name) }
        switch kind(of: data, name: name) {
        case .xlsx:
            return try XlsxSpreadsheetReader.read(data: data, name: name)
        case .xls, .ods:
            let ext = kind(of: data, name: name) == .xls ? "xls" : "ods"
            var sheet = try XlsxSpreadsheetReader.read(data: try conversion.xlsx(from: data, name: name, extension: ext), name: name)
            sheet.name = name
            return sheet
        case .csv:
            return try CSVSpreadsheetReader.read(data: data, name: name,
                                                 headerWords: [ValueSheetLayout.codeHeader, ValueSheetLayout.valueHeader])
        case nil:
            throw .unknownFormat(name: name)
        }
    }

    public static func read(contentsOf url: URL) throws(SpreadsheetReadError) -> Spreadsheet {
        guard let data = try? Data(contentsOf: url) else {
            throw .corrupt(name: url.lastPathComponent, reason: "không mở được tệp \(url.path)")
        }
        return try read(data: data, name: url.lastPathComponent)
    }
}
