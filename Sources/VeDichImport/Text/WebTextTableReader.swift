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
            guard let end = headerEnd(at: index, in: lines) else { continue }
            let width = end - index
            if lines[end..<min(lines.count, end + 4 * width)].contains(where: { $0.text.isEmpty }) { return true }
        }
        return false
    }

    static func blocks(from lines: [Line]) -> [DocumentBlock] {
        blocks(from: lines, cleanOnly: false) ?? []
    }

    /// Text with no empty-cell lines may still be a web page's table in which no cell is empty:
    /// its blocks when every table found reads to its end (the text after it ends a table), nil
    /// otherwise. Text extracted from Word, which drops empty cells, does not read to the end.
    static func blocksIfEveryTableReads(from lines: [Line]) -> [DocumentBlock]? {
        blocks(from: lines, cleanOnly: true)
    }

    private static func blocks(from lines: [Line], cleanOnly: Bool) -> [DocumentBlock]? {
        var blocks: [DocumentBlock] = []
        var index = 0
        var tableCount = 0
        while index < lines.count {
            if !lines[index].text.isEmpty, headerEnd(at: index, in: lines) != nil,
               let (table, next) = readTable(at: index, in: lines, tableIndex: tableCount + 1) {
                if cleanOnly, table.rows.count < 2 || (next < lines.count && startsRowByShape(lines[next].text)) { return nil }
                tableCount += 1
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
        return cleanOnly && tableCount == 0 ? nil : blocks
    }

    /// The header as copied: every line from the "TT" line up to the first row number, a header
    /// cell of several lines ("Kế hoạch" / "năm 2022") and a two-level header ("Năm 2023" over
    /// "Kế hoạch" | "Thực hiện") included. Which reading of those lines is the header is decided
    /// by the body: the one under which the rows read furthest (see `headerReadings`).
    private static func readTable(at index: Int, in lines: [Line], tableIndex: Int) -> (RawTable, Int)? {
        guard let end = headerEnd(at: index, in: lines) else { return nil }
        let headerLines = Array(lines[index..<end])
        var best: (rows: [[TableCell]], next: Int, header: [String], missing: Int)?
        for texts in headerReadings(headerLines.map(\.text)) {
            let roles = ColumnRole.classify(headers: texts)
            guard roles.contains(.name), roles.contains(.target) || roles.contains(.actual) else { continue }
            let parser = RowParser(lines: lines, roles: roles)
            let (rows, next) = parser.rows(from: end)
            // The reading that takes the rows furthest, with the fewest cells taken as merged
            // from above; on a tie the earlier reading (the lines as they are) stays.
            let missing = rows.reduce(0) { $0 + $1.filter { $0.merge == .continuesAbove }.count }
            if best == nil || next > best!.next || (next == best!.next && missing < best!.missing) {
                best = (rows, next, texts, missing)
            }
        }
        guard let best else { return nil }
        let header = best.header.map { TableCell(text: $0, location: SourceLocation(line: headerLines[0].number)) }
        return (RawTable(rows: [header] + best.rows, location: SourceLocation(line: headerLines[0].number, table: tableIndex)), best.next)
    }

    /// The end of a header starting at a "TT" line: every line up to the first row number (empty
    /// header cells and the blank line after a header cell of several lines included). Nil when
    /// no reading of those lines names an indicator column and a figure column.
    static func headerEnd(at index: Int, in lines: [Line]) -> Int? {
        guard lines[index].text.utf8.count <= 12, ColumnRole.classify(lines[index].text) == .code else { return nil }
        var end = index + 1
        while end < lines.count, end - index < 30, case let text = lines[end].text, text.count < 90,
              text.isEmpty || (!RowPattern.isCode(text) && ColumnRole.classify(text) != .code) {
            end += 1
        }
        let found = headerReadings(lines[index..<end].map(\.text)).contains { texts in
            let roles = ColumnRole.classify(headers: texts)
            return roles.contains(.name) && (roles.contains(.target) || roles.contains(.actual))
        }
        return found ? end : nil
    }

    /// The ways the header's lines can make one header row, the lines as they are first:
    /// - a line that starts in lower case, with a digit or a bracket goes on the header cell above
    ///   ("Đơn vị" / "tính", "Kế hoạch" / "năm 2022", "Tăng trưởng" / "(%)");
    /// - the last lines can be a second header row under a cell spanning them ("Năm 2023" over
    ///   "KH" | "TH"): each then reads "KH Năm 2023", as a DOCX's two header rows are joined.
    static func headerReadings(_ texts: [String]) -> [[String]] {
        var joined: [String] = []
        var continued = false
        for text in texts {
            if let first = text.first, let last = joined.last, !last.isEmpty,
               first.isLowercase || first.isNumber || "(%/".contains(first) {
                joined[joined.count - 1] = last + " " + text
                continued = true
            } else if text.isEmpty, continued {
                // The blank line a page puts after a cell of several lines.
                continued = false
            } else {
                joined.append(text)
                continued = false
            }
        }
        var readings = [texts]
        if joined != texts { readings.append(joined) }
        for base in readings {
            for subCount in stride(from: 2, through: min(6, base.count - 3), by: 1) {
                let top = Array(base.dropLast(subCount)), sub = Array(base.suffix(subCount))
                // Sub-headers name figure columns ("Kế hoạch", "TH", "So sánh"); a spanning cell
                // names what they share and no role of its own ("Năm 2023", "2021 - 2025").
                guard sub.allSatisfy({ [.target, .actual, .previous, .comparison].contains(ColumnRole.classify($0)) }) else { continue }
                let spanning = top.indices.dropFirst(2).filter { !top[$0].isEmpty && ColumnRole.classify(top[$0]) == .other }
                for column in spanning {
                    readings.append(Array(top[..<column]) + sub.map { "\($0) \(top[column])" } + Array(top[(column + 1)...]))
                }
                // Two spanning cells sharing the sub-headers evenly ("Năm 2022" and "Năm 2023" over KH | TH each).
                if spanning.count >= 2, subCount % 2 == 0 {
                    let pair = Array(spanning.prefix(2)), half = subCount / 2
                    var reading: [String] = []
                    for column in top.indices {
                        if let which = pair.firstIndex(of: column) {
                            reading += sub[(which * half)..<((which + 1) * half)].map { "\($0) \(top[column])" }
                        } else {
                            reading.append(top[column])
                        }
                    }
                    readings.append(reading)
                }
            }
        }
        return readings
    }

    /// Reads the rows of one table under a header reading.
    struct RowParser {
        let lines: [Line]
        let roles: [ColumnRole]
        var width: Int { roles.count }

        func rows(from start: Int) -> ([[TableCell]], Int) {
            var rows: [[TableCell]] = []
            var position = start
            while position < lines.count {
                if RowPattern.endsTable(lines[position].text) { break }
                guard let (cells, next) = row(at: position, lookahead: true) else { break }
                rows.append(cells)
                position = next
            }
            return (rows, position)
        }

        /// The row starting at `start`: all its cells; else a cell of several paragraphs; else
        /// with one or two cells merged from above. Taken only when the next row can start right
        /// after it (and, looking ahead, be read too).
        func row(at start: Int, lookahead: Bool) -> ([TableCell], Int)? {
            let accept = { (next: Int) in continues(at: next, lookahead: lookahead) }
            if let whole = plainRow(at: start, missing: [], accept: accept) { return whole }
            if let stacked = WebTextTableReader.stackedRow(at: start, in: lines, roles: roles, accept: accept) { return stacked }
            // Merged cells are most often the verdict, then the columns from the right.
            let order = roles.indices.sorted { lhs, rhs in
                (roles[lhs] == .evaluation ? 0 : 1, -lhs) < (roles[rhs] == .evaluation ? 0 : 1, -rhs)
            }.filter { roles[$0] != .name }
            let missingSets: [[Int]] = order.map { [$0] }
                + order.indices.flatMap { i in order.indices.dropFirst(i + 1).map { [order[i], order[$0]] } }
            for missing in missingSets where width - missing.count >= 2 {
                if let row = plainRow(at: start, missing: missing, accept: accept) { return row }
            }
            return nil
        }

        private func plainRow(at start: Int, missing: [Int], accept: (Int) -> Bool) -> ([TableCell], Int)? {
            let count = width - missing.count
            guard start + count <= lines.count else { return nil }
            let present = (0..<width).filter { !missing.contains($0) }
            let texts = lines[start..<start + count]
            guard zip(present, texts).allSatisfy({ WebTextTableReader.fits($1.text, roles[$0]) }), accept(start + count) else { return nil }
            let firstLine = texts.first?.number ?? 0
            var cells = (0..<width).map { _ in TableCell(text: "", merge: .continuesAbove, location: SourceLocation(line: firstLine)) }
            for (column, line) in zip(present, texts) {
                cells[column] = TableCell(text: line.text, location: SourceLocation(line: line.number))
            }
            return (cells, start + count)
        }

        /// The next row can start at `index`; looking ahead, it must also read as a row, unless
        /// the text there ends the table.
        private func continues(at index: Int, lookahead: Bool) -> Bool {
            guard WebTextTableReader.startsRow(at: index, in: lines, roles: roles) else { return false }
            guard lookahead, index < lines.count, WebTextTableReader.startsRowByShape(lines[index].text) else { return true }
            return row(at: index, lookahead: false) != nil
        }
    }

    /// A row whose cells hold several paragraphs, each copied as a line of its own: a name with
    /// its lines ("Tỷ lệ trẻ em suy dinh dưỡng:" / "-Theo cân nặng (%)" / "-Theo chiều cao (%)")
    /// and figure cells with as many figures, or a figure and its note ("0,7%" / "(còn 4,33%)"),
    /// a cell of several lines maybe followed by a blank line. Tried only when no plain row
    /// fits; taken only when every cell fits its column and the next row starts after it.
    static func stackedRow(at start: Int, in lines: [Line], roles: [ColumnRole], accept: (Int) -> Bool) -> ([TableCell], Int)? {
        guard let nameColumn = roles.firstIndex(of: .name) else { return nil }
        func isSubLine(_ text: String) -> Bool {
            ["-", "+", "–", "•"].contains { text.hasPrefix($0) } && text.contains(where: \.isLetter)
        }
        func isNote(_ text: String) -> Bool { text.hasPrefix("(") && text.hasSuffix(")") }
        var extra = 0
        func parse(_ column: Int, _ position: Int, _ cells: [TableCell]) -> ([TableCell], Int)? {
            if column == roles.count {
                return accept(position) ? (cells, position) : nil
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
            // As many lines as the name has sub-lines first (a headline without a figure of its
            // own), then one more (a headline with one), then the rest, longest first.
            let preferred = [extra, extra + 1].filter { $0 >= 1 && $0 <= taken.count }
            let lengths = preferred + stride(from: taken.count, through: 1, by: -1).filter { !preferred.contains($0) }
            for length in column == nameColumn ? [taken.count] : lengths {
                let kept = taken.prefix(length)
                let cell = TableCell(text: kept.map(\.text).joined(separator: "\n"), location: SourceLocation(line: first.number))
                let next = position + length
                // A cell of several lines may be closed by a blank line of its own.
                if length > 1, next < lines.count, lines[next].text.isEmpty, let row = parse(column + 1, next + 1, cells + [cell]) {
                    return row
                }
                if let row = parse(column + 1, next, cells + [cell]) { return row }
            }
            return nil
        }
        guard let (cells, next) = parse(0, start, []), cells.contains(where: { $0.text.contains("\n") }) else { return nil }
        return (cells, next)
    }

    /// What the line after a row must be: the end of the text, a row number (or an empty number
    /// cell) when the table's first column numbers rows, or text that ends the table.
    static func startsRow(at index: Int, in lines: [Line], roles: [ColumnRole]) -> Bool {
        guard index < lines.count else { return true }
        let text = lines[index].text
        if !startsRowByShape(text) { return true }
        guard roles.first == .code else { return true }
        return text.isEmpty || isCodeCell(text)
    }

    /// Whether the line could begin a row (and must then read as one): false for what ends the
    /// table — a heading, a long or bracketed remark, a sentence, the next table's "TT".
    static func startsRowByShape(_ text: String) -> Bool {
        // "(còn 4,33%)": the note paragraph of the figure cell before it, not a closing remark.
        let figureNote = text.hasPrefix("(") && text.contains(where: \.isNumber) && text.count <= 40
        if RowPattern.endsTable(text), !figureNote { return false }
        // A sentence after the table: a name of an indicator does not end with a full stop.
        if let last = text.last, ".:;".contains(last), text.split(separator: " ").count >= 8 { return false }
        if text.utf8.count <= 12, ColumnRole.classify(text) == .code { return false }
        return true
    }

    /// A row number cell: "1", "1.", "1)", "a)", "II", "-", "+", "Tr.đó:", "Trong đó:".
    static func isCodeCell(_ text: String) -> Bool {
        if PdfRowText.isRowNumber(text) || ["-", "+", "*", "•", "–"].contains(text) { return true }
        guard text.count <= 12 else { return false }
        let stem = text.hasSuffix(":") ? String(text.dropLast()) : text
        return RowNumber.subRowWords.contains(Words(stem))
    }

    /// Whether a cell's text can stand in a column of this role.
    static func fits(_ text: String, _ role: ColumnRole) -> Bool {
        if text.isEmpty { return role != .name }
        // A heading ("2. Kế hoạch năm 2024") or a long remark is the text after the table.
        if role != .note, RowPattern.endsTable(text), !(text.hasPrefix("(") && text.contains(where: \.isNumber) && text.count <= 40) {
            return false
        }
        switch role {
        case .code:
            return isCodeCell(text)
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
            // A verdict, or a short remark; never a figure's note "(còn 3,85%)" or a row number.
            if Verdict(label: text) != nil || StatedVerdict.read(text) != nil { return true }
            return text.count <= 40 && !text.hasPrefix("(") && !isCodeCell(text) && !RowPattern.looksLikeFigure(text)
        case .unit:
            return text.count <= 25 && !(text.first?.isNumber ?? false)
        case .note:
            // Any remark, but not a figure's note "(còn 3,8%)" nor a row number.
            return !(text.hasPrefix("(") && text.contains(where: \.isNumber) && text.count <= 40) && !isCodeCell(text)
        }
    }
}
