import Foundation
import VeDichCore

/// Reads a report as extracted to text: one paragraph a line, tables flattened one cell a line
/// (as the seed is). Tables are rebuilt into grids by `FlatTableReader`. UTF-8, or UTF-16 with its
/// byte-order mark: Notepad's "Unicode" choice saves UTF-16LE, and offices send what it saves.
public enum TextReportReader {
    public static func read(contentsOf url: URL) throws(ReportReadError) -> SourceDocument {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            if !FileManager.default.fileExists(atPath: url.path) { throw .fileNotFound(path: url.path) }
            throw .unreadable(path: url.path, reason: error.localizedDescription)
        }
        return try read(data: data, name: url.lastPathComponent)
    }

    public static func read(data: Data, name: String) throws(ReportReadError) -> SourceDocument {
        if let utf16 = utf16Text(data) {
            guard let text = utf16.text else {
                throw .unreadable(path: name, reason: "văn bản UTF-16 bị cắt hoặc hỏng (số byte lẻ hoặc ký tự ghép không trọn)")
            }
            return read(text: text, name: name)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .notUTF8(path: name, byteOffset: firstInvalidUTF8Offset(data))
        }
        return read(text: text, name: name)
    }

    /// Text that starts with a UTF-16 byte-order mark (FF FE little-endian, FE FF big-endian),
    /// decoded strictly: nil `text` when it is cut or broken. Nil when there is no such mark.
    static func utf16Text(_ data: Data) -> (text: String?, bigEndian: Bool)? {
        let bytes = [UInt8](data.prefix(2))
        guard bytes.count == 2, bytes == [0xFF, 0xFE] || bytes == [0xFE, 0xFF] else { return nil }
        let bigEndian = bytes[0] == 0xFE
        let body = data.dropFirst(2)
        guard body.count % 2 == 0 else { return (nil, bigEndian) }
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index < body.endIndex {
            let first = UInt16(body[index]), second = UInt16(body[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var text = ""
        text.reserveCapacity(units.count)
        var iterator = units.makeIterator()
        var decoder = UTF16()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): text.unicodeScalars.append(scalar)
            case .emptyInput: return (text, bigEndian)
            case .error: return (nil, bigEndian)
            }
        }
    }

    public static func read(text: String, name: String) -> SourceDocument {
        var lines: [(text: String, number: Int)] = []
        // Lines of only spaces are kept as "": a web page's empty table cells (see below).
        var withBlankCells: [(text: String, number: Int)] = []
        var number = 0
        for line in textLines(text) {
            number += 1
            var cleaned = (line.unicodeScalars.contains("\u{00A0}") ? String(line).replacingOccurrences(of: "\u{00A0}", with: " ") : String(line)).trimmed
            // A header row whose cells lost the spaces between them ("Chỉ tiêuĐơn vị tínhKết quả").
            if let unglued = GluedHeaderLine.unglued(cleaned) { cleaned = unglued }
            if !cleaned.isEmpty { lines.append((cleaned, number)) }
            if !line.isEmpty { withBlankCells.append((cleaned, number)) }
        }
        // Empty cells copied as nothing between cells parted by blank lines: WebTextTableReader.cellsByBlankRuns.
        if let cells = WebTextTableReader.cellsByBlankRuns(withBlankCells) { withBlankCells = cells }
        // Lines of spaces before the first text or after the last are no table's cells.
        while withBlankCells.last?.text.isEmpty == true { withBlankCells.removeLast() }
        while withBlankCells.first?.text.isEmpty == true { withBlankCells.removeFirst() }
        // A table copied a row a line (cells split by tabs, as a browser pastes a web page's
        // table, or by spaces, as some extractors give it): read so when that numbers more rows
        // than the readings below.
        let rowLines = RowLineTableReader.blocks(fromText: text, trimmedLines: lines)
        // Text copied from a web page keeps every cell, empty ones as lines of spaces: its rows
        // are read by position, not by the patterns Word's extracted text needs.
        if withBlankCells.count > lines.count, WebTextTableReader.recognises(withBlankCells) {
            return SourceDocument(name: name, blocks: preferring(rowLines, over: WebTextTableReader.blocks(from: withBlankCells)))
        }
        let flat = FlatTableReader.blocks(from: lines)
        // A web page's table with no empty cell has no line of spaces to tell it by: it is web
        // text when it reads to its end cell by cell and numbers at least the rows Word's reading
        // does (a cell of several paragraphs is one row there, several in Word's reading).
        if let web = WebTextTableReader.blocksIfEveryTableReads(from: lines), numberedRows(web) >= numberedRows(flat) {
            return SourceDocument(name: name, blocks: preferring(rowLines, over: web))
        }
        return SourceDocument(name: name, blocks: preferring(rowLines, over: flat))
    }

    /// The row-a-line reading when it reads more numbered rows (then more rows) than `blocks`.
    private static func preferring(_ rowLines: [DocumentBlock]?, over blocks: [DocumentBlock]) -> [DocumentBlock] {
        guard let rowLines, (numberedRows(rowLines), tableRows(rowLines)) > (numberedRows(blocks), tableRows(blocks)) else { return blocks }
        return rowLines
    }

    private static func tableRows(_ blocks: [DocumentBlock]) -> Int {
        blocks.reduce(0) { count, block in
            guard case .table(let table) = block else { return count }
            return count + table.rows.count
        }
    }

    /// The text's lines, split where `enumerateLines` splits them (LF, CR LF, CR, NEL, LINE and
    /// PARAGRAPH SEPARATOR, vertical tab, form feed) but on UTF-8 bytes: Foundation's splitting
    /// took most of the time a text report's reading takes.
    static func textLines(_ text: String) -> [Substring] {
        let utf8 = text.utf8
        var result: [Substring] = []
        var lineStart = utf8.startIndex
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            var breakEnd: String.Index?
            switch byte {
            case 0x0A, 0x0B, 0x0C:
                breakEnd = utf8.index(after: index)
            case 0x0D:
                let next = utf8.index(after: index)
                breakEnd = next != utf8.endIndex && utf8[next] == 0x0A ? utf8.index(after: next) : next
            case 0xC2:
                let next = utf8.index(after: index)
                if next != utf8.endIndex, utf8[next] == 0x85 { breakEnd = utf8.index(after: next) }
            case 0xE2:
                let second = utf8.index(after: index)
                if second != utf8.endIndex, utf8[second] == 0x80 {
                    let third = utf8.index(after: second)
                    if third != utf8.endIndex, utf8[third] == 0xA8 || utf8[third] == 0xA9 { breakEnd = utf8.index(after: third) }
                }
            default:
                break
            }
            if let breakEnd {
                result.append(text[lineStart..<index])
                lineStart = breakEnd
                index = breakEnd
            } else {
                index = utf8.index(after: index)
            }
        }
        if lineStart != utf8.endIndex { result.append(text[lineStart..<utf8.endIndex]) }
        return result
    }

    /// Rows of tables whose first cell numbers them ("1", "2.", "a)", "II").
    private static func numberedRows(_ blocks: [DocumentBlock]) -> Int {
        blocks.reduce(0) { count, block in
            guard case .table(let table) = block else { return count }
            // A row numbering the columns ("(1)" "(2)" …) numbers no indicator, nor does a figure
            // taken for a number ("830" before "900"): a numbered row names something.
            return count + table.rows.filter { row in
                if RowReader.isColumnNumbering(row) || !(row.dropFirst().first?.text.contains(where: \.isLetter) ?? false) { return false }
                return switch RowNumber(row.first?.text ?? "") {
                case .number, .letter, .group: true
                default: false
                }
            }.count
        }
    }

    private static func firstInvalidUTF8Offset(_ data: Data) -> Int {
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var offset = 0
        var consumed = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                consumed += UTF8.width(scalar)
                offset = consumed
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }
}
