import VeDichCore

/// Rebuilds tables from text where each cell stands on its own line and empty cells vanished
/// (as text extracted from a Word report comes). A table starts at a `TT` line followed by
/// column headers; rows are recognised by their pattern — a row number or group numeral, a name,
/// as many figures as there are figure columns, an evaluation label — not by line counts.
enum FlatTableReader {
    typealias Line = (text: String, number: Int)

    static func blocks(from lines: [Line]) -> [DocumentBlock] {
        var blocks: [DocumentBlock] = []
        var index = 0
        var tableCount = 0
        while index < lines.count {
            if let header = header(at: index, in: lines) {
                tableCount += 1
                let (table, next) = readTable(header: header, from: header.end, in: lines, tableIndex: tableCount)
                blocks.append(.table(table))
                index = next
            } else {
                let line = lines[index]
                blocks.append(.paragraph(Paragraph(text: line.text, location: SourceLocation(line: line.number))))
                index += 1
            }
        }
        return blocks
    }

    struct Header {
        var cells: [Line]
        var roles: [ColumnRole]
        var end: Int
    }

    /// A `TT` line followed by header cells naming at least an indicator column and a figure column.
    static func header(at index: Int, in lines: [Line]) -> Header? {
        guard lines[index].text.isShortCell, ColumnRole.classify(lines[index].text) == .code else { return nil }
        var cells = [lines[index]]
        var next = index + 1
        while next < lines.count, cells.count < 12, lines[next].text.count < 90,
              !RowPattern.isCode(lines[next].text), ColumnRole.classify(lines[next].text) != .code {
            cells.append(lines[next])
            next += 1
        }
        let roles = ColumnRole.classify(headers: cells.map(\.text))
        guard roles.contains(.name), roles.contains(.target) || roles.contains(.actual) else { return nil }
        return Header(cells: cells, roles: roles, end: next)
    }

    static func readTable(header: Header, from start: Int, in lines: [Line], tableIndex: Int) -> (RawTable, Int) {
        let roles = header.roles
        let width = roles.count
        let codeColumn = roles.firstIndex(of: .code)
        let nameColumn = roles.firstIndex(of: .name) ?? 1
        let unitColumn = roles.firstIndex(of: .unit)
        // A "Ghi chú" column may be where the table writes its verdicts.
        let noteColumns = roles.indices.filter { roles[$0] == .note }
        let evaluationColumn = roles.firstIndex(of: .evaluation) ?? noteColumns.first
        let figureColumns = roles.indices.filter { [.target, .actual, .previous, .comparison, .other].contains(roles[$0]) }

        var rows: [[TableCell]] = [header.cells.map { line in
            TableCell(text: line.text, location: SourceLocation(line: line.number))
        }]
        var row: [Int: Line] = [:]
        var lastColumn: Int?
        var insideEvaluatedIndicator = false

        func figureCount() -> Int { figureColumns.filter { row[$0] != nil }.count }
        func flush() {
            guard !row.isEmpty else { return }
            let firstLine = row.values.map(\.number).min() ?? 0
            let startsIndicator = codeColumn.flatMap { row[$0] } != nil
            if startsIndicator { insideEvaluatedIndicator = false }
            let cells = (0..<width).map { column -> TableCell in
                if let line = row[column] {
                    return TableCell(text: line.text, location: SourceLocation(line: line.number))
                }
                // The evaluation of an indicator is printed once and covers its sub-rows.
                if column == evaluationColumn, !startsIndicator, insideEvaluatedIndicator {
                    return TableCell(text: "", merge: .continuesAbove, location: SourceLocation(line: firstLine))
                }
                return TableCell(text: "", location: SourceLocation(line: firstLine))
            }
            if let evaluationColumn, row[evaluationColumn] != nil { insideEvaluatedIndicator = true }
            rows.append(cells)
            row = [:]
            lastColumn = nil
        }
        func put(_ column: Int, _ line: Line) {
            row[column] = line
            lastColumn = column
        }

        var index = start
        while index < lines.count {
            let line = lines[index]
            let text = line.text
            let hasName = row[nameColumn] != nil
            // "(còn 3,85%)" under "0,9%", "(theo chuẩn mới)" under a name: the cell goes on. A
            // bracketed sentence after a row's verdict ("(Kèm theo phụ lục …)." under the last row)
            // is the text after the table, not a note to the verdict.
            if text.hasPrefix("("), text.hasSuffix(")"), !RowPattern.looksLikeFigure(text), let lastColumn, lastColumn != evaluationColumn,
               let last = row[lastColumn] {
                row[lastColumn] = (last.text + "\n" + text, last.number)
                index += 1
                continue
            }
            if RowPattern.endsTable(text), row.isEmpty || hasName { break }
            // The next table's "TT" and its headers.
            if text.isShortCell, hasName || row.isEmpty, Self.header(at: index, in: lines) != nil { break }

            let rowCode = codeColumn.flatMap { row[$0]?.text }
            let isGroupRow = rowCode.map(RowPattern.isGroupNumeral) ?? false
            // "Trong đó:" stands alone: the sub-rows come after it.
            let isBreakdownMark = row[nameColumn].map { RowPattern.isBreakdownMark($0.text) } ?? false
            let complete = hasName && (isGroupRow || figureCount() == figureColumns.count
                || evaluationColumn.flatMap { row[$0] } != nil)

            let startsSubRow = text.hasPrefix("-") || text.hasPrefix("+") || text.hasPrefix("•")
            // A text column ("Cơ quan chủ trì", "Ghi chú") takes words once the row has its name
            // and, when it stands after them, its figures.
            let openNote = noteColumns.first { column in
                row[column] == nil && (figureCount() > 0 || figureColumns.first.map { column < $0 } ?? true)
            }
            if RowPattern.isBreakdownMark(text) || (isBreakdownMark && !RowPattern.isCode(text)) {
                flush()
                put(nameColumn, line)
            } else if let codeColumn, RowPattern.isCode(text), row.isEmpty || complete
                || (hasName && figureCount() == 0 && RowPattern.isGroupNumeral(text)) {
                flush()
                put(codeColumn, line)
            } else if !hasName {
                put(nameColumn, line)
            } else if let evaluationColumn, row[evaluationColumn] == nil, StatedVerdict.read(text) != nil {
                put(evaluationColumn, line)
            } else if RowPattern.looksLikeFigure(text), figureCount() < figureColumns.count,
                      evaluationColumn.flatMap({ row[$0] }) == nil, !isGroupRow {
                put(figureColumns[figureCount()], line)
            } else if let unitColumn, row[unitColumn] == nil, figureCount() == 0, !startsSubRow, RowPattern.looksLikeUnit(text) {
                put(unitColumn, line)
            } else if let openNote, !startsSubRow, !RowPattern.looksLikeFigure(text), !isGroupRow {
                put(openNote, line)
            } else {
                flush()
                put(nameColumn, line)
            }
            index += 1
        }
        flush()
        return (RawTable(rows: rows, location: SourceLocation(line: header.cells.first?.number, table: tableIndex)), index)
    }
}

/// The shapes of lines inside a flattened table.
enum RowPattern {
    /// A row number (`1`, `12`, `1.`, `1)`, `a)`) or a group numeral (`I`, `IV`, `II.`), alone on its line.
    static func isCode(_ text: String) -> Bool {
        if isGroupNumeral(text) { return true }
        if text.count <= 3, text.allSatisfy({ $0.isASCII && $0.isNumber }) { return true }
        guard text.count <= 4, let last = text.last, ".)".contains(last) else { return false }
        switch RowNumber(text) {
        case .number, .letter, .group: return true
        default: return false
        }
    }

    /// "Trong đó:", "Tr.đó:" on a line of its own.
    static func isBreakdownMark(_ text: String) -> Bool {
        text.count <= 12 && RowNumber.subRowWords.contains(Words(text))
    }

    /// `I`, `IV`, `II.`: a group's Roman numeral.
    static func isGroupNumeral(_ text: String) -> Bool {
        let stem = text.hasSuffix(".") || text.hasSuffix(")") ? String(text.dropLast()) : text
        return !stem.isEmpty && RomanNumeral.value(stem) != nil && stem.count <= 4 && stem == stem.uppercased()
    }

    /// Starts like a figure: a digit, a sign or comparison before a digit, a parenthesised number,
    /// or a placeholder for an empty figure (`-`, `x`).
    static func looksLikeFigure(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        if ["-", "–", "x", "X", "…"].contains(text) { return true }
        if first.isASCII, first.isNumber { return true }
        let rest = text.dropFirst().drop(while: { $0 == " " || $0 == "=" })
        if "<>≥≤+-−–(".contains(first), let next = rest.first, next.isNumber || next == "-" || next == "(" { return true }
        let lowered = text.lowercased()
        // "Xuất siêu": a word that stands for a figure (a trade balance at or below zero).
        if ["xuất siêu", "nhập siêu"].contains(lowered) { return true }
        if ["trên ", "dưới ", "từ ", "khoảng ", "đạt ", "còn ", "tối thiểu ", "không quá "].contains(where: { lowered.hasPrefix($0) }),
           text.contains(where: \.isNumber) {
            return true
        }
        // "tăng 6,8 - 7,5%", "gần 120,5": the number comes right after the word, so a name such
        // as "Giảm tai nạn giao thông cả 3 tiêu chí" is not a figure.
        return ["tăng ", "giảm ", "gần ", "hơn ", "xấp xỉ ", "ước đạt ", "ước ", "tối đa ", "ít nhất ", "không dưới ", "bằng "]
            .contains { word in
                guard lowered.hasPrefix(word) else { return false }
                let next = lowered.dropFirst(word.count).first
                return next?.isNumber == true || next.map { "<>≥≤".contains($0) } == true
            }
    }

    /// A short unit such as `%`, `ha`, `tỷ đồng`, `nghìn lượt`.
    static func looksLikeUnit(_ text: String) -> Bool {
        text.count <= 20 && !text.contains(where: \.isNumber)
    }

    /// A line that cannot be inside a table: a numbered heading (`IV. NHIỆM VỤ`, `2.1. …`,
    /// `a) …`), a long paragraph, a parenthesised note, a page's visit counter.
    static func endsTable(_ text: String) -> Bool {
        if text.count > 160 { return true }
        if text.hasPrefix("("), !looksLikeFigure(text) { return true }
        let head = text.prefix(while: { $0 != " " })
        // "1." alone is a row number; "1. Kết quả …" a heading.
        if head.count >= 2, head.count < text.count, head.hasSuffix(".") || head.hasSuffix(")") {
            let stem = head.dropLast()
            if RomanNumeral.value(stem) != nil, stem == stem.uppercased() { return true }
            if stem.split(separator: ".").allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) { return true }
            if stem.count == 1, stem.first?.isLetter == true, head.hasSuffix(")") { return true }
        }
        // A page's visit counter after a side box's table: no row.
        return text.hasPrefix("Nơi nhận") || PageFurniture.isCounter(text)
    }
}
