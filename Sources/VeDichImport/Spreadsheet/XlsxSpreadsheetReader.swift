import Foundation
import ZIPFoundation

/// Reads an .xlsx (an OOXML package, like a DOCX) into sheets of typed cells: shared and inline
/// strings, numbers, booleans, errors, and formulas, which are kept as formulas (with the value
/// the saving program computed) so a reader can refuse them rather than trust them.
enum XlsxSpreadsheetReader {
    /// Far above a fill-in workbook; a bound so a ZIP bomb is refused instead of inflated.
    static let maxPartBytes = 64 * 1024 * 1024
    static let maxCells = 1_000_000
    /// The parser (libxml2) stops a document over 10 MB as if it were broken; a part that big is
    /// refused beforehand as too large, saying the file is not broken. 10 MB is some 40 000 rows
    /// of the value template, far above any plan.
    static let maxXMLBytes = 10_000_000
    static let maxRows = 40_000

    static func read(data: Data, name: String) throws(SpreadsheetReadError) -> Spreadsheet {
        guard data.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { throw .unknownFormat(name: name) }
        // ZIPFoundation's in-memory archive traps on a bad central directory (see DocxReader).
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-xlsx-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("workbook.xlsx")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try data.write(to: file)
        } catch {
            throw .corrupt(name: name, reason: "không ghi được bản tạm để giải nén")
        }
        let archive: Archive
        do { archive = try Archive(url: file, accessMode: .read) } catch {
            throw .corrupt(name: name, reason: "gói nén ZIP bị hỏng hoặc không đầy đủ")
        }
        func part(_ path: String, sheet: String? = nil) throws(SpreadsheetReadError) -> XMLTree.Element? {
            guard let bytes = try self.part(path, archive: archive, data: data, name: name) else { return nil }
            guard bytes.count <= maxXMLBytes else {
                let megabytes = String(format: "%.1f", Double(bytes.count) / 1_000_000).replacingOccurrences(of: ".", with: ",")
                let what = sheet.map { "trang “\($0)”" } ?? path
                throw .tooLarge(name: name, reason: "\(what) có \(megabytes) MB dữ liệu XML, quá 10 MB mà VeDich đọc được (khoảng \(maxRows / 1000) nghìn hàng của mẫu nhập); tệp không hỏng")
            }
            do { return try XMLTree.parse(bytes) } catch { throw .corrupt(name: name, reason: "\(path): \(error.reason)") }
        }
        guard let workbook = try part("xl/workbook.xml") else {
            throw .unknownFormat(name: name)
        }
        let relations = try part("xl/_rels/workbook.xml.rels")?.all("Relationship") ?? []
        var targets: [String: String] = [:]
        for relation in relations {
            guard let id = relation.attributes["Id"], let target = relation.attributes["Target"] else { continue }
            targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        }
        let shared = try part("xl/sharedStrings.xml").map(sharedStrings) ?? []
        let dates = XlsxDateStyles(styles: try part("xl/styles.xml"),
                                   uses1904: ["1", "true"].contains(workbook.child("workbookPr")?.attributes["date1904"] ?? ""))
        var sheets: [Spreadsheet.Sheet] = []
        var cells = 0
        for entry in workbook.child("sheets")?.all("sheet") ?? [] {
            guard let sheetName = entry.attributes["name"], let id = entry.attributes["id"], let path = targets[id],
                  let xml = try part(path, sheet: sheetName) else { continue }
            let sheet = try read(xml, name: sheetName, shared: shared, dates: dates, cells: &cells, file: name)
            sheets.append(sheet)
        }
        return Spreadsheet(name: name, sheets: sheets, typedCells: true)
    }

    /// The strings of `xl/sharedStrings.xml` in order; a rich string's runs joined, its phonetic
    /// guide (`rPh`) left out.
    static func sharedStrings(_ root: XMLTree.Element) -> [String] {
        root.all("si").map(plainText)
    }

    static func plainText(_ element: XMLTree.Element) -> String {
        if let text = element.child("t") { return text.text }
        return element.all("r").compactMap { $0.child("t")?.text }.joined()
    }

    static func read(_ root: XMLTree.Element, name: String, shared: [String], dates: XlsxDateStyles = XlsxDateStyles(),
                     cells: inout Int, file: String) throws(SpreadsheetReadError) -> Spreadsheet.Sheet {
        var rows: [Int: [Int: Spreadsheet.Cell]] = [:]
        var nextRow = 0
        for row in root.child("sheetData")?.all("row") ?? [] {
            let rowIndex = row.attributes["r"].flatMap(Int.init).map { $0 - 1 } ?? nextRow
            nextRow = rowIndex + 1
            var nextColumn = 0
            for cell in row.all("c") {
                let address = cell.attributes["r"].flatMap(Self.address)
                let column = address?.column ?? nextColumn
                nextColumn = column + 1
                let content = Self.content(cell, shared: shared, dates: dates)
                guard !content.isEmpty || isFormula(content) else { continue }
                cells += 1
                // Only rows with content count: Excel may write an empty, formatted row far down.
                let rowNumber = (address?.row ?? rowIndex) + 1
                guard rowNumber <= maxRows else {
                    throw .tooLarge(name: file, reason: "trang “\(name)” có số liệu ở hàng \(rowNumber), VeDich chỉ đọc đến hàng \(maxRows); tệp không hỏng")
                }
                guard cells <= maxCells else { throw .tooLarge(name: file, reason: "hơn \(maxCells) ô có dữ liệu") }
                rows[address?.row ?? rowIndex, default: [:]][column] = content
            }
        }
        return Spreadsheet.Sheet(name: name, rows: rows)
    }

    private static func isFormula(_ cell: Spreadsheet.Cell) -> Bool {
        if case .formula = cell { return true }
        return false
    }

    static func content(_ cell: XMLTree.Element, shared: [String], dates: XlsxDateStyles = XlsxDateStyles()) -> Spreadsheet.Cell {
        let type = cell.attributes["t"] ?? "n"
        let value = cell.child("v")?.text
        let cached: String? = switch type {
        case "s": value.flatMap(Int.init).flatMap { shared.indices.contains($0) ? shared[$0] : nil }
        case "inlineStr": cell.child("is").map(plainText)
        default: value
        }
        if let formula = cell.child("f") {
            // A shared formula's other cells carry only `si`, no text: still a formula.
            return .formula(formula.text.isEmpty ? "(công thức dùng chung)" : "=" + formula.text, cached: cached)
        }
        switch type {
        case "s", "inlineStr", "str": return cached.map { .text($0) } ?? .empty
        case "b": return .boolean(value == "1")
        case "e": return .error(value ?? "#ERROR")
        default:
            guard let value, !value.isEmpty else { return .empty }
            if let style = cell.attributes["s"].flatMap(Int.init), dates.dateStyles.contains(style),
               let day = dates.day(serial: value) {
                return .date(serial: value, day: day)
            }
            return .number(value)
        }
    }

    /// "F7" → (row 6, column 5).
    static func address(_ reference: String) -> (row: Int, column: Int)? {
        let letters = reference.prefix { $0.isLetter }
        guard let column = CellLocation.column(letters), let row = Int(reference.dropFirst(letters.count)), row >= 1 else { return nil }
        return (row - 1, column)
    }

    private struct TooLarge: Error {}

    private static func part(_ path: String, archive: Archive, data: Data, name: String) throws(SpreadsheetReadError) -> Data? {
        guard let entry = archive[path], entry.type == .file else { return nil }
        let tooLarge = SpreadsheetReadError.tooLarge(name: name, reason: "\(path) lớn hơn \(maxPartBytes / 1024 / 1024) MB khi giải nén")
        guard entry.uncompressedSize <= UInt64(maxPartBytes) else { throw tooLarge }
        var xml = Data()
        let collect: Consumer = { chunk in
            guard xml.count + chunk.count <= maxPartBytes else { throw TooLarge() }
            xml.append(chunk)
        }
        do {
            if entry.isCompressed {
                try DocxReader.inflate(entry, named: path, in: data, into: collect)
            } else {
                let checksum = try archive.extract(entry, consumer: collect)
                guard checksum == entry.checksum else { throw TooLarge() }
            }
        } catch is TooLarge {
            throw tooLarge
        } catch {
            throw .corrupt(name: name, reason: "không giải nén được \(path)")
        }
        return xml
    }
}
