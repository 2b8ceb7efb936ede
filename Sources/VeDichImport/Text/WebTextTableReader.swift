import VeDichCore

/// Reads tables as a browser copies them from a web page: one cell a line, every cell there —
/// an empty cell is a line holding only spaces or a no-break space — except a cell merged down
/// from the row above, which is simply missing. So a row is the header's number of lines, or a
/// few fewer; which cells are missing is decided by what each line looks like (a row number, a
/// name, a figure, a verdict), and by the next row starting right after.
enum WebTextTableReader {
    /// A line of text, trimmed: "" for a line that held only spaces (an empty cell).
    typealias Line = (text: String, number: Int)

    /// Text copied from a web page: a table header followed, within its first rows, by an empty
    /// cell's line of spaces. (Text extracted from Word drops empty cells; the seed has none.)
    static func recognises(_ lines: [Line]) -> Bool {
        let nonBlank = lines.filter { !$0.text.isEmpty }
        guard nonBlank.count < lines.count else { return false }
        for index in lines.indices where !lines[index].text.isEmpty {
            guard let header = FlatTableReader.header(at: index, in: lines) else { continue }
            let width = header.cells.count
            if lines[header.end..<min(lines.count, header.end + 4 * width)].contains(where: { $0.text.isEmpty }) { return true }
        }
        return false
    }

    static func blocks(from lines: [Line]) -> [DocumentBlock] {
        var blocks: [DocumentBlock] = []
        var index = 0
        var tableCount = 0
        while index < lines.count {
            if !lines[index].text.isEmpty, let header = FlatTableReader.header(at: index, in: lines) {
                tableCount += 1
                let (table, next) = readTable(header, in: lines, tableIndex: tableCount)
                blocks.append(.table(table))
                index = next
                continue
            }
            let line = lines[index]
            if !line.text.isEmpty {
                blocks.append(.paragraph(Paragraph(text: line.text, location: SourceLocation(line: line.number))))
            }
            index += 1
        }
        return blocks
    }

    private static func readTable(_ header: FlatTableReader.Header, in lines: [Line], tableIndex: Int) -> (RawTable, Int) {
        let roles = header.roles
        let width = roles.count
        var rows: [[TableCell]] = [header.cells.map { TableCell(text: $0.text, location: SourceLocation(line: $0.number)) }]
        var position = header.end
        while position < lines.count {
            if RowPattern.endsTable(lines[position].text) { break }
            guard let (cells, next) = row(at: position, in: lines, roles: roles, width: width)
                    ?? stackedRow(at: position, in: lines, roles: roles) else { break }
            rows.append(cells)
            position = next
        }
        return (RawTable(rows: rows, location: SourceLocation(line: header.cells.first?.number, table: tableIndex)), position)
    }

    /// The row starting at `start`: all its cells, or with one or two merged from above.
    private static func row(at start: Int, in lines: [Line], roles: [ColumnRole], width: Int) -> ([TableCell], Int)? {
        // Merged cells are most often the verdict, then the columns from the right.
        let order = roles.indices.sorted { lhs, rhs in
            (roles[lhs] == .evaluation ? 0 : 1, -lhs) < (roles[rhs] == .evaluation ? 0 : 1, -rhs)
        }.filter { roles[$0] != .name }
        let missingSets: [[Int]] = [[]] + order.map { [$0] }
            + order.indices.flatMap { i in order.indices.dropFirst(i + 1).map { [order[i], order[$0]] } }
        for missing in missingSets where width - missing.count >= 2 {
            let count = width - missing.count
            guard start + count <= lines.count else { continue }
            let present = (0..<width).filter { !missing.contains($0) }
            let texts = Array(lines[start..<start + count])
            guard zip(present, texts).allSatisfy({ fits($1.text, roles[$0]) }),
                  startsRow(at: start + count, in: lines, roles: roles) else { continue }
            let firstLine = texts[0].number
            var cells = (0..<width).map { _ in TableCell(text: "", merge: .continuesAbove, location: SourceLocation(line: firstLine)) }
            for (column, line) in zip(present, texts) {
                cells[column] = TableCell(text: line.text, location: SourceLocation(line: line.number))
            }
            return (cells, start + count)
        }
        return nil
    }

    /// A row whose cells hold several paragraphs, each copied as a line of its own: a name with
    /// its lines ("Tỷ lệ trẻ em suy dinh dưỡng:" / "-Theo cân nặng (%)" / "-Theo chiều cao (%)")
    /// and figure cells with as many figures, or a figure and its note ("0,7%" / "(còn 4,33%)"),
    /// a cell of several lines maybe followed by a blank line. Tried only when no plain row
    /// fits; taken only when every cell fits its column and the next row starts after it.
    private static func stackedRow(at start: Int, in lines: [Line], roles: [ColumnRole]) -> ([TableCell], Int)? {
        guard let nameColumn = roles.firstIndex(of: .name) else { return nil }
        func isSubLine(_ text: String) -> Bool {
            ["-", "+", "–", "•"].contains { text.hasPrefix($0) } && text.contains(where: \.isLetter)
        }
        func isNote(_ text: String) -> Bool { text.hasPrefix("(") && text.hasSuffix(")") }
        var extra = 0
        func parse(_ column: Int, _ position: Int, _ cells: [TableCell]) -> ([TableCell], Int)? {
            if column == roles.count {
                return startsRow(at: position, in: lines, roles: roles) ? (cells, position) : nil
            }
            guard position < lines.count else { return nil }
            let first = lines[position]
            var taken = [first]
            if column == nameColumn {
                while position + taken.count < lines.count, isSubLine(lines[position + taken.count].text) { taken.append(lines[position + taken.count]) }
                extra = taken.count - 1
            } else if !first.text.isEmpty, [.target, .actual, .previous, .comparison, .other].contains(roles[column]) {
                while position + taken.count < lines.count, case let next = lines[position + taken.count].text, !next.isEmpty,
                      isNote(next) || (taken.count <= extra && fits(next, roles[column]) && next.contains(where: \.isNumber)) {
                    taken.append(lines[position + taken.count])
                }
            }
            guard fits(first.text, roles[column]) else { return nil }
            let cell = TableCell(text: taken.map(\.text).joined(separator: "\n"), location: SourceLocation(line: first.number))
            let next = position + taken.count
            // A cell of several lines may be closed by a blank line of its own.
            if taken.count > 1, next < lines.count, lines[next].text.isEmpty, let row = parse(column + 1, next + 1, cells + [cell]) {
                return row
            }
            return parse(column + 1, next, cells + [cell])
        }
        guard let (cells, next) = parse(0, start, []), cells.contains(where: { $0.text.contains("\n") }) else { return nil }
        return (cells, next)
    }

    /// What the line after a row must be: the end of the text, a row number (or an empty number
    /// cell) when the table's first column numbers rows, or text that ends the table.
    private static func startsRow(at index: Int, in lines: [Line], roles: [ColumnRole]) -> Bool {
        guard index < lines.count else { return true }
        let text = lines[index].text
        // "(còn 4,33%)": the note paragraph of the figure cell before it, not a closing remark.
        let figureNote = text.hasPrefix("(") && text.contains(where: \.isNumber) && text.count <= 40
        if RowPattern.endsTable(text), !figureNote { return true }
        // A sentence after the table: a name of an indicator does not end with a full stop.
        if let last = text.last, ".:;".contains(last), text.split(separator: " ").count >= 8 { return true }
        guard roles.first == .code else { return true }
        return text.isEmpty || PdfRowText.isRowNumber(text) || ["-", "+", "*", "•"].contains(text)
    }

    /// Whether a cell's text can stand in a column of this role.
    private static func fits(_ text: String, _ role: ColumnRole) -> Bool {
        if text.isEmpty { return role != .name }
        switch role {
        case .code:
            return PdfRowText.isRowNumber(text) || ["-", "+", "*", "•"].contains(text)
        case .name:
            return text.contains(where: \.isLetter) && !PdfRowText.isRowNumber(text)
        case .target, .actual, .previous, .comparison, .other:
            // Words without a figure are short ("Xuất siêu"); "-Theo cân nặng (%)" is a name's line.
            let words = text.contains(where: \.isLetter) && !text.contains(where: \.isNumber)
            // "(còn 4,33%)" is the second paragraph of a figure's cell, not a cell of its own.
            let remark = text.hasPrefix("(") && text.contains(where: \.isLetter)
            return Verdict(label: text) == nil && text.count <= 80 && !remark
                && !(words && (text.count > 20 || ["-", "+", "–"].contains { text.hasPrefix($0) }))
        case .evaluation:
            return Verdict(label: text) != nil || text.count <= 40
        case .unit:
            return text.count <= 25 && !(text.first?.isNumber ?? false)
        case .note:
            return true
        }
    }
}
