import Foundation

/// Reads a CSV as one sheet of text cells: UTF-8 (with or without BOM) or UTF-16 (by its BOM, or
/// by its zero bytes); `,`, `;` or tab between fields (the one that finds the "Mã" / "Số liệu"
/// header, else the most common on the first line; Excel's `sep=;` line is honoured); RFC 4180
/// quotes. An ANSI (Windows-1258) file is refused: its Vietnamese cannot be read reliably.
enum CSVSpreadsheetReader {
    static let maxCells = 1_000_000

    static func read(data: Data, name: String, headerWords: [String]) throws(SpreadsheetReadError) -> Spreadsheet {
        var text = try decode(data, name: name)
        var separator: Character?
        if let firstBreak = text.firstIndex(where: \.isNewline), text[..<firstBreak].lowercased().hasPrefix("sep=") {
            separator = text[text.index(text.startIndex, offsetBy: 4)..<firstBreak].first
            text = String(text[firstBreak...].drop { $0.isNewline })
        }
        let candidates: [Character] = separator.map { [$0] } ?? [";", ",", "\t"]
        var best: (rows: [[String]], score: Int)?
        for candidate in candidates {
            let rows = try parse(text, separator: candidate, name: name)
            let hasHeader = rows.prefix(50).contains { row in
                let cells = Set(row.map { $0.trimmingCharacters(in: .whitespaces) })
                return headerWords.allSatisfy(cells.contains)
            }
            let width = rows.first?.count ?? 0
            let score = (hasHeader ? 1_000_000 : 0) + width
            if best == nil || score > best!.score { best = (rows, score) }
        }
        var sheetRows: [Int: [Int: Spreadsheet.Cell]] = [:]
        for (rowIndex, row) in (best?.rows ?? []).enumerated() {
            for (column, field) in row.enumerated() where !field.trimmingCharacters(in: .whitespaces).isEmpty {
                sheetRows[rowIndex, default: [:]][column] = .text(field)
            }
        }
        return Spreadsheet(name: name, sheets: [Spreadsheet.Sheet(name: name, rows: sheetRows)], typedCells: false)
    }

    static func decode(_ data: Data, name: String) throws(SpreadsheetReadError) -> String {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(data: data.dropFirst(3), encoding: .utf8) else { throw .encoding(name: name) }
            return text
        }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            let little = data.starts(with: [0xFF, 0xFE])
            var units = data.dropFirst(2)
            if units.count % 2 == 1 { units = units.dropLast() }
            guard let text = String(data: Data(units), encoding: little ? .utf16LittleEndian : .utf16BigEndian),
                  !text.contains("\u{FFFD}") else { throw .encoding(name: name) }
            return text
        }
        // UTF-16 without a BOM: ASCII characters leave a zero in every other byte.
        let sample = data.prefix(400)
        let evenZeros = stride(from: sample.startIndex, to: sample.endIndex, by: 2).filter { sample[$0] == 0 }.count
        let oddZeros = stride(from: sample.startIndex + 1, to: sample.endIndex, by: 2).filter { sample[$0] == 0 }.count
        if sample.count >= 4, max(evenZeros, oddZeros) * 4 >= sample.count {
            var units = data
            if units.count % 2 == 1 { units = units.dropLast() }
            guard let text = String(data: Data(units), encoding: oddZeros > evenZeros ? .utf16LittleEndian : .utf16BigEndian),
                  !text.contains("\u{FFFD}") else { throw .encoding(name: name) }
            return text
        }
        guard let text = String(data: data, encoding: .utf8) else { throw .encoding(name: name) }
        return text
    }

    /// RFC 4180: a quoted field may hold separators, line breaks and doubled quotes.
    static func parse(_ text: String, separator: Character, name: String) throws(SpreadsheetReadError) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var cells = 0
        var iterator = text.makeIterator()
        var pending: Character? = nil
        func next() -> Character? {
            if let character = pending { pending = nil; return character }
            return iterator.next()
        }
        while let character = next() {
            if quoted {
                if character == "\"" {
                    if let following = next() {
                        if following == "\"" { field.append("\"") } else { quoted = false; pending = following }
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where field.isEmpty:
                quoted = true
            case separator:
                row.append(field)
                field = ""
                cells += 1
            case "\r\n", "\n", "\r":
                row.append(field)
                rows.append(row)
                cells += 1
                row = []
                field = ""
            default:
                field.append(character)
            }
            guard cells <= maxCells else { throw .tooLarge(name: name, reason: "hơn \(maxCells) ô") }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }
}
