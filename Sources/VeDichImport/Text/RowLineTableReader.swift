import VeDichCore

/// Reads tables whose rows each stand on one line: what a browser gives when a table copied from
/// a web page is pasted (Chrome, Firefox: cells split by a tab, rows by a line break; a cell
/// covered by a rowspan or colspan is missing, an empty cell is an empty string between two tabs,
/// a cell of several paragraphs is broken over lines), and what some page-text extractors give
/// with cells split by single spaces. A line is first split into cells by a `CellSplit`; finding
/// the header, the rows, the cells a row lacks and the lines a row is broken over is common to
/// every split. The grid then goes to the table pipeline as every other reader's does.
enum RowLineTableReader {
    typealias Line = WebTextTableReader.Line

    /// How a line is split into cells. Nil from either function: the line is not a row of cells
    /// (a paragraph, a group's title alone, a header cell on a line of its own).
    struct CellSplit: Sendable {
        /// A header line's cells.
        var header: @Sendable (String) -> [String]?
        /// A body line's cells, under the header's column roles (a split by spaces needs them).
        var body: @Sendable (String, [ColumnRole]) -> [String]?
        /// A line's cells as near as they can be told without the header's roles: where the body
        /// opens, and the verdict column by content.
        var rough: @Sendable (String) -> [String]?
        /// A split by spaces may not tell a row's cells apart with certainty: such a row is kept
        /// as a row not read (never dropped, never guessed), and only lines that can open a spaced
        /// header are tried as one (every line of a text without a tab comes here).
        var unsure: Bool

        /// A browser's copy: cells split by tabs, every cell kept (empty ones as "").
        static let tabs = CellSplit(header: tabCells, body: { line, _ in tabCells(line) }, rough: tabCells, unsure: false)

        static func tabCells(_ line: String) -> [String]? {
            guard line.utf8.contains(0x09) else { return nil }
            return line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmed }
        }

        /// A page-text extractor's copy: cells split by single spaces, told apart by what each can
        /// hold (`SpacedRowSplitter`); empty cells are gone. A line of header words is a header's.
        static let spaces = CellSplit(
            header: { line in line.utf8.count <= 400 ? SpacedRowSplitter.phrases(line.trimmed) : nil },
            body: { line, roles in
                let text = line.trimmed
                // A sentence or a heading after the table is no row, however it would split. "1. Tốc
                // độ tăng GRDP % 9,5 8 Không đạt" opens like a heading ("1. Kết quả …") but ends in a
                // row's figures (and verdict), as a heading or a sentence does not.
                guard text.utf8.count <= 400, text.contains(" "),
                      WebTextTableReader.startsRowByShape(text) || isNumberedRowLine(text),
                      !RowPattern.endsTable(text) || isNumberedGroupTitle(text) || isNumberedRowLine(text) else { return nil }
                return SpacedRowSplitter.cells(text, roles: roles)
            },
            rough: { text in
                // Cheap tests first (every line of a text without a tab comes here): a row holds a
                // digit and two spaces, and does not end a sentence.
                let bytes = text.utf8
                guard bytes.count <= 400, bytes.last != UInt8(ascii: "."), bytes.contains(where: { $0 >= 0x30 && $0 <= 0x39 }),
                      bytes.lazy.filter({ $0 == 0x20 }).count >= 2 else { return nil }
                let words = text.split(separator: " ").map(String.init)
                // A row ends in its figures (or a figure and a verdict), or starts with its number
                // and holds one; a sentence does neither.
                guard words.count >= 3, let last = words.last, text.contains(where: \.isLowercase),
                      words.contains(where: { $0.filter(\.isLetter).count >= 2 }) else { return nil }
                // "-" is a range's dash here ("7 - 7,5"), not an empty cell.
                func figure(_ word: String) -> Bool { isFigure(word) && !["-", "–", "x", "X", "…"].contains(word) }
                let endsInFigures = figure(words[words.count - 2]) && (figure(last) || StatedVerdict.read(last) != nil)
                let numbered = WebTextTableReader.isCodeCell(words[0]) && words.dropFirst().contains(where: figure)
                guard endsInFigures || numbered, !text.hasSuffix("."), SpacedRowSplitter.phrases(text) == nil else { return nil }
                return words
            },
            unsure: true)
    }

    /// "1. Tốc độ tăng GRDP % 9,5 8 Không đạt", "2) Thu ngân sách Tỷ đồng 2.450 2.000": a row
    /// number with its mark, a name, and the line ends in a row's figures (or a figure and a
    /// verdict), not in a full stop.
    static func isNumberedRowLine(_ text: String) -> Bool {
        let head = text.prefix(while: { $0 != " " })
        guard head.count >= 2, head.count <= 5, head.hasSuffix(".") || head.hasSuffix(")"),
              WebTextTableReader.isCodeCell(String(head)) else { return false }
        return CellSplit.spaces.rough(text) != nil
    }

    /// The blocks of a text with no tab whose tables are split by spaces, nil when it holds none.
    /// Only a text with a line that can open such a table (a "TT" or "Chỉ tiêu" cell alone, or a
    /// header of header words) is tried.
    static func blocks(fromSpacedText lines: [Line]) -> [DocumentBlock]? {
        // A line that looks like a row (a table may have one: a budget's total), and a line that
        // can open a header before it.
        // A row broken over lines may hold no such line: its number opening a line ("1." over
        // its name, "1 Tốc độ tăng GRDP") is looked for too.
        var headerSeen = false
        var spacedHeaderSeen = false
        let found = lines.indices.contains { index in
            let line = lines[index]
            guard line.text.utf8.count <= 400 else { return false }
            if headerSeen, CellSplit.spaces.rough(line.text) != nil { return true }
            if spacedHeaderSeen, line.text.utf8.count <= 200, index + 1 < lines.count,
               RowOpening().code(opening: line.text, next: lines[index + 1].text) != nil { return true }
            if mayOpenSpacedHeader(line.text) {
                headerSeen = true
                spacedHeaderSeen = spacedHeaderSeen || (SpacedRowSplitter.phrases(line.text)?.count ?? 0) >= 3
            }
            return false
        }
        guard found else { return nil }
        return blocks(from: lines, split: .spaces)
    }

    /// A line a spaced table's header can start at: a number or indicator column's header alone,
    /// or a line starting with one ("TT Chỉ tiêu …", "Chỉ tiêu ĐVT …"). Cheap: the first words only.
    private static func mayOpenSpacedHeader(_ text: String) -> Bool {
        guard text.utf8.count <= 400, let first = text.first, first.isLetter, first.isUppercase else { return false }
        if text.isShortCell, opensHeader(text) { return true }
        let words = text.prefix(40).split(separator: " ", maxSplits: 3)
        guard words.count >= 3 else { return false }
        return opensHeader(String(words[0])) || opensHeader(words[0] + " " + words[1])
    }

    /// The blocks of a text holding tables a row a line, nil when it holds none: split by tabs
    /// when the text holds one, else by spaces (`trimmedLines`: its non-empty lines, trimmed).
    static func blocks(fromText text: String, trimmedLines: [Line]) -> [DocumentBlock]? {
        if let piped = pipeTableLines(trimmedLines) { return blocks(from: piped, split: .tabs) }
        guard text.utf8.contains(0x09) else { return blocks(fromSpacedText: trimmedLines) }
        var lines: [Line] = []
        for (offset, line) in TextReportReader.textLines(text).enumerated() {
            let cleaned = line.unicodeScalars.contains("\u{00A0}") ? line.replacingOccurrences(of: "\u{00A0}", with: " ") : String(line)
            lines.append((cleaned, offset + 1))
        }
        return blocks(from: lines, split: .tabs)
    }

    /// A Markdown table (what a page converted to Markdown, a wiki or a chat paste gives):
    /// "| TT | Chỉ tiêu | … |" rows under a "|---|:---:|" line. Its rows are given as a browser's
    /// tab copy (outer bars dropped, "\|" a bar in a cell) and the alignment line is left out.
    /// Nil unless some line is such an alignment line under a row of bars.
    static func pipeTableLines(_ lines: [Line]) -> [Line]? {
        func isRowOfBars(_ text: String) -> Bool { text.hasPrefix("|") && text.utf8.filter { $0 == UInt8(ascii: "|") }.count >= 3 }
        func isAlignment(_ text: String) -> Bool {
            isRowOfBars(text) && text.contains("-") && text.allSatisfy { "|-:+ ".contains($0) }
        }
        guard lines.indices.dropFirst().contains(where: { isAlignment(lines[$0].text) && isRowOfBars(lines[$0 - 1].text) }) else { return nil }
        var result: [Line] = []
        for line in lines where !isAlignment(line.text) {
            guard isRowOfBars(line.text) else { result.append(line); continue }
            var body = Substring(line.text.dropFirst())
            if body.hasSuffix("|"), !body.hasSuffix("\\|") { body = body.dropLast() }
            let cells = body.replacingOccurrences(of: "\\|", with: "\u{0}").split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.replacingOccurrences(of: "\u{0}", with: "|").trimmed }
            result.append((cells.joined(separator: "\t"), line.number))
        }
        return result
    }

    /// Lines as they stand in the text (untrimmed: a row's leading or trailing empty cell is a
    /// tab at its edge). Nil when no table is found.
    static func blocks(from lines: [Line], split: CellSplit) -> [DocumentBlock]? {
        var blocks: [DocumentBlock] = []
        var index = 0
        var tableCount = 0
        while index < lines.count {
            if !split.unsure || mayOpenSpacedHeader(lines[index].text),
               let (table, next) = readTable(at: index, in: lines, split: split, tableIndex: tableCount + 1) {
                tableCount += 1
                blocks.append(.table(table))
                index = next
                continue
            }
            let text = lines[index].text.trimmed
            if !text.isEmpty {
                blocks.append(.paragraph(Paragraph(text: text, location: SourceLocation(line: lines[index].number))))
            }
            index += 1
        }
        return tableCount == 0 ? nil : blocks
    }

    // MARK: - The header

    /// A header's first cell: a number column's ("TT", "STT") or an indicator column's ("Chỉ tiêu").
    private static func opensHeader(_ cell: String) -> Bool {
        guard !cell.isEmpty, cell.utf8.count <= 240, cell.count <= 60 else { return false }
        switch ColumnRole.classify(cell) {
        case .code: return cell.isShortCell
        case .name: return !WebTextTableReader.isNumberedName(cell)
        default: return false
        }
    }

    /// A figure in a body cell: not a header's year ("2022", "Ước 2023") nor "9 tháng năm 2023".
    private static func isFigure(_ text: String) -> Bool {
        RowPattern.looksLikeFigure(text) && !WebTextTableReader.namesOneYear(text) && text.filter(\.isLetter).count <= 3
    }

    /// A line's cells as a header line gives them: split, or the whole line as one cell.
    private static func headerCells(_ text: String, split: CellSplit) -> [String] {
        var cells = split.header(text) ?? [text.trimmed]
        while cells.count > 1, cells.last?.isEmpty == true { cells.removeLast() }
        return cells
    }

    /// Whether the line opens the table's body: a split row with a row number or a figure in it,
    /// or a group's numbered title ("I. CÁC CHỈ TIÊU KINH TẾ", "I" | "Kinh tế").
    private static func opensBody(_ text: String, split: CellSplit) -> Bool {
        let trimmed = text.trimmed
        guard !trimmed.isEmpty else { return false }
        // Split by spaces, the first row may be broken before its figures ("1. Dân số trung bình").
        let opensRow = split.unsure && RowOpening().code(opening: trimmed).map { RowNumber($0) != .none } == true
        guard let cells = split.rough(text) else {
            return isNumberedGroupTitle(trimmed) || isBareNumberedGroupTitle(trimmed) || opensRow
        }
        if RowNumber.isColumnNumbering(cells) { return false }
        let filled = cells.filter { !$0.isEmpty }
        guard let first = filled.first else { return false }
        if filled.dropFirst().contains(where: isFigure) { return true }
        // A group's title over a row of empty cells ("Trồng trọt" | "" | ""), after the header.
        if filled.count == 1, WebTextTableReader.isGroupTitle(first) || isNumberedGroupTitle(first) { return true }
        return filled.count >= 2 && WebTextTableReader.isCodeCell(first) && filled[1].contains(where: \.isLetter)
    }

    /// "A KINH TẾ", "II Các chỉ tiêu xã hội": a group's numeral or part's letter and its title
    /// on a line (cells split by spaces), no figure, the title no column's header.
    private static func isBareNumberedGroupTitle(_ text: String) -> Bool {
        guard text.utf8.count <= 200, !text.contains(where: \.isNumber) else { return false }
        let head = text.prefix(while: { $0 != " " })
        let title = text.dropFirst(head.count).trimmed
        let lettered = head.count == 1 && head.first!.isASCII && head.first!.isUppercase
        guard lettered || RowPattern.isGroupNumeral(String(head)), title.filter(\.isLetter).count >= 3 else { return false }
        return ColumnRole.classify(title) == .other
    }

    /// "I. CÁC CHỈ TIÊU KINH TẾ", "A. Kinh tế": a group's numeral and title in one cell.
    private static func isNumberedGroupTitle(_ text: String) -> Bool {
        let head = text.prefix(while: { $0 != " " })
        guard head.count >= 2, head.hasSuffix(".") || head.hasSuffix(")"), text.count <= 120 else { return false }
        let stem = String(head.dropLast())
        let lettered = stem.count == 1 && stem.first!.isASCII && stem.first!.isUppercase
        return (RowPattern.isGroupNumeral(stem) || lettered) && text.dropFirst(head.count).contains(where: \.isLetter)
    }

    /// The table whose header starts at `start`: its header's lines (split, or one cell a line)
    /// run to the first line that opens the body, and the reading of them under which the rows
    /// read furthest is the header (`WebTextTableReader.headerReadings`: a header cell broken over
    /// lines, "Năm 2022" over "KH" | "TH"). Nil when no reading names an indicator column and a
    /// figure column, or no row reads.
    private static func readTable(at start: Int, in lines: [Line], split: CellSplit, tableIndex: Int) -> (RawTable, Int)? {
        let opening = lines[start].text
        // The corner cell may be empty (a number column with no header, a page's empty first column).
        guard opening.utf8.count <= 4000, let firstCell = headerCells(opening, split: split).first(where: { !$0.isEmpty }),
              opensHeader(firstCell) else { return nil }
        var end = start + 1
        // Split by spaces under a header on one line, the first row's number may stand alone on
        // its line ("1." over its name).
        let spacedHeader = split.unsure && (SpacedRowSplitter.phrases(opening.trimmed)?.count ?? 0) >= 3
        func opensRowAlone(_ index: Int) -> Bool {
            guard spacedHeader, lines[index].text.trimmed.count <= 8,
                  let next = lines[(index + 1)...].lazy.map({ $0.text.trimmed }).first(where: { !$0.isEmpty }) else { return false }
            return RowOpening().code(opening: lines[index].text, next: next) != nil
        }
        while end < lines.count, end - start < 16, !opensBody(lines[end].text, split: split), !opensRowAlone(end) {
            if lines[end].text.utf8.count > 400 { return nil }
            end += 1
        }
        guard end < lines.count, end - start < 16 else { return nil }
        // A header one cell a line over rows split by spaces (the body's first line a whole row)
        // is such a copy too; over a row number alone it is a copy one cell a line.
        let joinsBrokenRows = spacedHeader || (split.unsure && split.rough(lines[end].text) != nil)
        var ends = [end]
        // A group's title over the whole first row ("Trồng trọt") looks like one more header
        // cell: tried first as the table's first row, as the DOCX has it; on a tie it stays a row.
        if let last = (start + 1..<end).last(where: { !lines[$0].text.trimmed.isEmpty }),
           split.header(lines[last].text) == nil, WebTextTableReader.isGroupTitle(lines[last].text.trimmed) {
            ends.insert(last, at: 0)
        }
        var best: (rows: [[TableCell]], next: Int, header: [String], missing: Int, repeated: Int)?
        for end in ends {
            var texts: [String] = []
            for line in lines[start..<end] where !line.text.trimmed.isEmpty {
                let cells = headerCells(line.text, split: split)
                if !RowNumber.isColumnNumbering(cells) { texts += cells }
            }
            // An empty corner over row numbers is the number column's header.
            if texts.first == "", let first = split.rough(lines[end].text)?.first, WebTextTableReader.isCodeCell(first) { texts[0] = "TT" }
            // Split by spaces, the header's line lost that corner when it was trimmed: rows that
            // open with a bare number ("1 Tổng số hợp tác xã …") under a header with no number
            // column have one all the same (a name never starts with its number unmarked).
            else if split.unsure, !ColumnRole.classify(headers: texts).contains(.code),
                    let code = RowOpening().code(opening: lines[end].text), code.allSatisfy(\.isNumber), RowNumber(code) == .number(1) {
                texts.insert("TT", at: 0)
            }
            let body = bodyCells(lines[end...].prefix(40), split: split)
            for reading in WebTextTableReader.headerReadings(texts) where reading.count >= 3 {
                let headed = ColumnRole.classify(headers: reading)
                var roles = WebTextTableReader.verdictColumnByContent(headed, body: body[...])
                guard roles.contains(.name), roles.contains(.target) || roles.contains(.actual) else { continue }
                var (rows, next) = RowParser(lines: lines, roles: roles, split: split, joinsBrokenRows: joinsBrokenRows).rows(from: end)
                if roles != headed, !StatedVerdict.isVerdictColumn(rows.compactMap { $0.last?.merge == nil ? $0.last?.text : nil }) {
                    roles = headed
                    (rows, next) = RowParser(lines: lines, roles: roles, split: split, joinsBrokenRows: joinsBrokenRows).rows(from: end)
                }
                // Some row holds a figure or a verdict beside its name, or nothing was read.
                guard rows.contains(where: { row in
                    row.indices.contains { ![.code, .name].contains(roles[$0]) && !row[$0].text.isEmpty && row[$0].merge == nil }
                }) else { continue }
                if roles.first != .code, rows.count < 2 { continue }
                let missing = rows.reduce(0) { $0 + $1.filter { $0.merge == .continuesAbove || $0.text.contains("\n") }.count }
                let repeated = reading.filter { cell in
                    !cell.isEmpty && reading.contains { $0 != cell && ($0.hasPrefix(cell + " ") || $0.hasSuffix(" " + cell)) }
                }.count
                if best == nil || (next, -missing, -repeated) > (best!.next, -best!.missing, -best!.repeated) {
                    best = (rows, next, reading, missing, repeated)
                }
            }
        }
        guard let best else { return nil }
        let location = SourceLocation(line: lines[start].number)
        let header = best.header.map { TableCell(text: $0, location: location) }
        return (RawTable(rows: [header] + best.rows, location: SourceLocation(line: lines[start].number, table: tableIndex)), best.next)
    }

    /// The body's cells as lines, for the verdict column by content.
    private static func bodyCells(_ lines: ArraySlice<Line>, split: CellSplit) -> [Line] {
        lines.flatMap { line in (split.rough(line.text) ?? [line.text.trimmed]).map { ($0, line.number) } }
    }

    // MARK: - The rows

    /// Reads the rows of one table under a header reading, up to the first line that is not one.
    struct RowParser {
        let lines: [Line]
        let roles: [ColumnRole]
        let split: CellSplit
        /// The header stands on one line split by spaces, as an extractor gives a page's table: its
        /// body rows may be broken anywhere (`numberedRow`). A header one cell a line is a copy
        /// one cell a line, the web text reader's.
        var joinsBrokenRows = false
        var width: Int { roles.count }
        /// With no number column, a row's number is written in its name cell ("1. Số bác sỹ …").
        var numberedNames: Bool { !roles.contains(.code) }

        func rows(from start: Int) -> ([[TableCell]], Int) {
            var rows: [[TableCell]] = []
            var position = start
            var unreadAbove = false
            var opening = RowOpening()
            while position < lines.count {
                // Blank lines between rows (a page putting one after every row): skipped when a
                // row follows them; else the table ended.
                var next = position
                while next < lines.count, lines[next].text.trimmed.isEmpty { next += 1 }
                guard next < lines.count else { break }
                if let last = rows.indices.last, let (column, text) = nameContinuation(at: next) ?? wrappedName(at: next),
                   rows[last][column].merge == nil, !rows[last][column].text.isEmpty {
                    rows[last][column].text += " " + text
                    position = next + 1
                    continue
                }
                // Split by spaces, a row broken over lines: read from its number to the next row's.
                if let (cells, after, read) = numberedRow(at: next, opening: opening) {
                    opening.note(lines[next].text)
                    rows.append(cells)
                    unreadAbove = !read
                    position = after
                    continue
                }
                if let (cells, after) = row(at: next) {
                    opening.note(lines[next].text)
                    // After a row not read, its sub-rows are not read either: they would go on
                    // the indicator before it.
                    if unreadAbove, !opensIndicator(cells) {
                        rows.append(unreadRow(next))
                    } else {
                        unreadAbove = false
                        rows.append(cells)
                    }
                    position = after
                    continue
                }
                guard split.unsure, split.rough(lines[next].text) != nil else { break }
                opening.note(lines[next].text)
                rows.append(unreadRow(next))
                unreadAbove = true
                position = next + 1
            }
            return (rows, position)
        }

        /// A line that looks like a row but whose cells cannot be told apart: the whole line in
        /// the first figure column, the name left empty, so the table's reader counts it
        /// as a row not read, with its numbers not placed.
        private func unreadRow(_ index: Int, text: String? = nil) -> [TableCell] {
            let location = SourceLocation(line: lines[index].number)
            var cells = (0..<width).map { _ in TableCell(text: "", location: location) }
            if let column = roles.indices.first(where: { Self.figureRoles.contains(roles[$0]) }) {
                cells[column].text = text ?? lines[index].text.trimmed
            }
            return cells
        }

        private static let figureRoles: Set<ColumnRole> = [.target, .actual, .previous, .comparison, .other]

        /// Split by spaces, the row opening at `start` with its number (`RowOpening`) and every
        /// line after it up to the next row's number, joined and split as one line: a page's text
        /// breaks a row wherever a cell holds a paragraph. The whole row when it splits with
        /// certainty; else its first lines when they make a row with every figure cell filled
        /// (what follows is no part of it: a paragraph after the table); else one row not read,
        /// all its lines' numbers unplaced. `read` is false for that. Nil when the row stands on
        /// one line the line-by-line reading splits, or the line opens no row.
        func numberedRow(at start: Int, opening: RowOpening) -> (cells: [TableCell], next: Int, read: Bool)? {
            guard split.unsure, joinsBrokenRows else { return nil }
            let code = opening.code(opening: lines[start].text, next: nextText(after: start))
            // An unnumbered row opens with its name; only lines that cannot open a row carry it on.
            guard code != nil || RowOpening.opensName(lines[start].text.trimmed) else { return nil }
            var current = opening
            current.note(lines[start].text)
            var pieces = [lines[start].text.trimmed]
            var ends = [start + 1]
            var index = start + 1
            // A name's paragraphs come before the row's figures; a group's title is one line. In
            // a numbered row a line opening with words after the figures may still be the row's (a
            // value in words, "Xuất siêu"; a note), or an unnumbered row of its own: `strictCount`
            // pieces end before the first such line.
            let numbered = code.map { code in
                if case .group = RowNumber(code) { return false }
                return true
            } ?? false
            var figuresSeen = false
            var strictCount: Int?
            while index < lines.count, pieces.count < 40 {
                let text = lines[index].text.trimmed
                index += 1
                if text.isEmpty { continue }
                if let last = pieces.last?.split(separator: " ").last, last.contains(where: \.isNumber) || StatedVerdict.read(String(last)) != nil {
                    figuresSeen = true
                }
                // A number alone on its line is followed by the row's name.
                let afterCodeAlone = pieces.count == 1 && code == pieces[0]
                guard afterCodeAlone || continuesRow(text, next: nextText(after: index - 1), opening: current) else { break }
                if !afterCodeAlone, figuresSeen || !numbered, RowOpening.opensName(text) {
                    guard numbered else { break }
                    strictCount = strictCount ?? pieces.count
                }
                pieces.append(text)
                ends.append(index)
            }
            let number = lines[start].number
            func reading(_ count: Int) -> [TableCell]? {
                let text = pieces.prefix(count).joined(separator: " ")
                guard text.utf8.count <= 1200, let texts = SpacedRowSplitter.cells(text, roles: roles), texts.count == width else { return nil }
                return place(texts, number: number)
            }
            // Every figure cell filled, and the verdict or note: a row that may end there.
            func complete(_ cells: [TableCell]) -> Bool {
                roles.indices.allSatisfy { column in
                    !(Self.figureRoles.contains(roles[column]) || [.evaluation, .note].contains(roles[column])) || !cells[column].text.isEmpty
                }
            }
            func hasFigure(_ cells: [TableCell]) -> Bool {
                roles.indices.contains { Self.figureRoles.contains(roles[$0]) && !cells[$0].text.isEmpty }
            }
            // A parent row with no figure of its own ("2. Cơ cấu kinh tế (…) %") over sub-rows.
            let below = lines.indices[ends[pieces.count - 1]...].first { !lines[$0].text.trimmed.isEmpty }
            let overSubRows = below.flatMap { current.code(opening: lines[$0].text, next: nextText(after: $0)) }
                .map { !Self.opensIndicatorCode($0) } ?? false
            if pieces.count == 1 {
                // On one line: the line-by-line reading's, unless it refuses a parent row.
                guard code != nil, cells(start) == nil, let cells = reading(1), !hasFigure(cells), overSubRows else { return nil }
                return (cells, start + 1, true)
            }
            // The first line alone is a whole row: the line-by-line reading's.
            if let cells = reading(1), complete(cells) { return nil }
            if let strictCount, strictCount > 1, let cells = reading(strictCount), complete(cells) {
                return (cells, ends[strictCount - 1], true)
            }
            // A line opening with words after the figures is no part of the name.
            // A group's title broken from its numeral ("II" over "Các chỉ tiêu xã hội"), no figure.
            if let code, case .group = RowNumber(code), let cells = reading(pieces.count), !hasFigure(cells), roles.first == .code,
               let title = roles.firstIndex(of: .name).map({ cells[$0].text }), !title.isEmpty {
                return (spanning([code, title], number: number), ends[pieces.count - 1], true)
            }
            if let cells = reading(pieces.count), hasFigure(cells) || overSubRows,
               strictCount.map({ strict in roles.firstIndex(of: .name).map { !cells[$0].text.contains(pieces[strict]) } ?? false }) ?? true {
                return (cells, ends[pieces.count - 1], true)
            }
            for count in stride(from: pieces.count - 1, through: 2, by: -1) {
                if let cells = reading(count), complete(cells) { return (cells, ends[count - 1], true) }
            }
            return (unreadRow(start, text: pieces.joined(separator: " ")), ends[pieces.count - 1], false)
        }

        /// Whether a row number opens an indicator ("2.", "II") rather than a sub-row ("-", "a)").
        private static func opensIndicatorCode(_ code: String) -> Bool {
            switch RowNumber(code) {
            case .number, .group: true
            default: false
            }
        }

        /// The first non-empty line after `index`, trimmed.
        private func nextText(after index: Int) -> String? {
            lines[(index + 1)...].lazy.map { $0.text.trimmed }.first { !$0.isEmpty }
        }

        /// A line that carries on the row above when a page's text breaks rows anywhere: not the
        /// next row's number, a new header, a sentence or a closing line ("Nơi nhận").
        private func continuesRow(_ text: String, next: String?, opening: RowOpening) -> Bool {
            if opening.code(opening: text, next: next) != nil || text.utf8.count > 300 || mayOpenSpacedHeader(text) { return false }
            if let last = text.last, ".:;".contains(last), text.split(separator: " ").count >= 8 { return false }
            let bracketed = text.hasPrefix("(") && text.count <= 80
            if RowPattern.endsTable(text), !bracketed, !(text.first?.isNumber ?? false) { return false }
            return !opensUnnumberedRow(text)
        }

        /// "Doanh thu du lịch Tỷ đồng 25.700" under "8 Tổng khách du lịch …": a line with a name of
        /// its own and figures, an unnumbered row (the line-by-line reading's). A row's later
        /// cells broken onto a line begin with a unit ("Triệu đồng 33 32,16"), a figure's word
        /// ("Trên 87") or a figure.
        private func opensUnnumberedRow(_ text: String) -> Bool {
            let words = text.split(separator: " ").map(String.init)
            guard words.count >= 2, text.first?.isUppercase == true, words.last?.contains(where: \.isNumber) == true || split.rough(text) != nil,
                  !SpacedRowSplitter.beginsFigureCell(words[0]), StatedVerdict.read(words[0]) == nil else { return false }
            return !(1...min(3, words.count - 1)).contains { count in
                SpacedRowSplitter.isUnit(words.prefix(count).joined(separator: " "))
                    && (words[count].first?.isNumber == true || SpacedRowSplitter.beginsFigureCell(words[count]))
            }
        }

        /// A row with its own number or a group's: not a sub-row of the row above.
        private func opensIndicator(_ cells: [TableCell]) -> Bool {
            guard roles.first == .code, let code = cells.first, code.merge == nil else {
                return roles.firstIndex(of: .name).map { cells[$0].merge == nil && cells[$0].text.first?.isUppercase == true } ?? false
            }
            switch RowNumber(code.text) {
            case .number, .letter, .group: return true
            default: return false
            }
        }

        /// A row holding only the rest of the name above, as a page wraps a long name into a row of
        /// its own ("" | "(Tỷ đồng)" | "" | ""; "" | "và dịch vụ (tỷ đồng)" | "" | ""): the name
        /// column and the text that goes on the name above.
        private func nameContinuation(at index: Int) -> (Int, String)? {
            guard var texts = cells(index), let column = roles.firstIndex(of: .name) else { return nil }
            while texts.count > width, texts.last?.isEmpty == true { texts.removeLast() }
            guard texts.count == width, texts.indices.allSatisfy({ $0 == column || texts[$0].isEmpty }) else { return nil }
            let text = texts[column]
            guard WebTextTableReader.isWrappedUnit(text) || (text.first?.isLowercase == true && text.count <= 80) else { return nil }
            return (column, text)
        }

        /// Split by spaces, a name's wrapped line stands alone ("(Tỷ đồng)", "và dịch vụ"): no
        /// figure, a unit in brackets or lower-case words. It goes on the name above.
        private func wrappedName(at index: Int) -> (Int, String)? {
            guard split.unsure, let column = roles.firstIndex(of: .name) else { return nil }
            let text = lines[index].text.trimmed
            // "a) Thu nội địa": a lettered row, not the name's lower-case line.
            guard !RowOpening.opensWithMarkedNumber(text) else { return nil }
            guard !text.contains(where: \.isNumber), text.count <= 80,
                  WebTextTableReader.isWrappedUnit(text) || text.first?.isLowercase == true else { return nil }
            return (column, text)
        }

        private func cells(_ index: Int) -> [String]? {
            guard index < lines.count else { return nil }
            return split.body(lines[index].text, roles)
        }

        /// A line that goes on the cell before it: a name's second line ("trên địa bàn", "(GRDP)").
        private func continuesCell(_ text: String) -> Bool {
            guard let first = text.first else { return false }
            // "a) Thu nội địa": a lettered row's number, not a cell's lower-case line.
            if RowOpening.opensWithMarkedNumber(text) { return false }
            return first.isLowercase || (first == "(" && !RowPattern.looksLikeFigure(text))
        }

        /// A name's paragraph under its headline: "- Theo cân nặng (%)", "+ Hộ nghèo".
        private func isSubLine(_ text: String) -> Bool {
            ["-", "+", "–", "•"].contains { text.hasPrefix($0) } && text.contains(where: \.isLetter) && !isFigure(text)
        }

        /// The row starting at `start`, with the index of the line after it; nil when the line
        /// does not read as a row of this table.
        func row(at start: Int) -> ([TableCell], Int)? {
            let number = lines[start].number
            var next = start + 1
            var texts: [String]
            if let split = cells(start) {
                texts = split
            } else {
                let text = lines[start].text.trimmed
                // A name broken over lines before its split cells ("Tổng sản phẩm" / "(GRDP)\t%\t7").
                var name = text
                var position = start + 1
                while position < lines.count, cells(position) == nil, case let more = lines[position].text.trimmed,
                      continuesCell(more), more.count <= 120, position - start < 4 {
                    name += "\n" + more
                    position += 1
                }
                if name.count <= 200, text.contains(where: \.isLetter), !RowPattern.endsTable(text), let rest = cells(position),
                   let first = rest.first, continuesCell(first) || position > start + 1 {
                    texts = [name + "\n" + first] + rest.dropFirst()
                    if first.isEmpty { texts[0] = name }
                    next = position + 1
                } else {
                    return groupRow(title: text, number: number, next: start + 1)
                }
            }
            // A cell broken over lines, as Chrome copies a cell's paragraphs: the next line carries
            // on its last cell — a name's lower-case or bracketed line, a name's sub-line ("- Theo
            // cân nặng") before any figure, a figure's second figure or its note ("(ước)").
            func nextCells() -> [String]? {
                guard next < lines.count else { return nil }
                if let split = cells(next) { return split }
                let text = lines[next].text.trimmed
                return text.isEmpty ? nil : [text]
            }
            while let more = nextCells(), let first = more.first, texts.count < width,
                  texts.count + more.count - 1 <= width + 1, let last = texts.last, !last.isEmpty,
                  continuesCell(first) || (isSubLine(first) && !texts.dropFirst().contains(where: isFigure))
                    || (isFigure(last) && isFigure(first) && !WebTextTableReader.isCodeCell(first)) {
                texts[texts.count - 1] = last + "\n" + first
                texts += more.dropFirst()
                next += 1
            }
            // An extra empty cell at the end (a tab after the last cell).
            while texts.count > width, texts.last?.isEmpty == true { texts.removeLast() }
            guard texts.count <= width, texts.contains(where: { !$0.isEmpty }) else { return nil }
            if texts.count < width, let group = groupRow(cells: texts, number: number, next: next) { return group }
            return place(texts, number: number).map { ($0, next) }
        }

        /// A group's title over the rest of the row: "I. CÁC CHỈ TIÊU KINH TẾ" or "Trồng trọt" on
        /// a line of its own, laid out as a DOCX lays a merged cell out. Only when a row follows.
        private func groupRow(title: String, number: Int, next: Int) -> ([TableCell], Int)? {
            guard !title.isEmpty, width >= 3,
                  (roles.first == .code && isNumberedGroupTitle(title)) || WebTextTableReader.isGroupTitle(title),
                  followedByRow(next) else { return nil }
            return (spanning([title], number: number), next)
        }

        /// "I" | "Kinh tế" (the title spanning the rest of the row): a group numeral or a part's
        /// letter and a title, no figure.
        private func groupRow(cells texts: [String], number: Int, next: Int) -> ([TableCell], Int)? {
            let filled = texts.filter { !$0.isEmpty }
            guard roles.first == .code, (1...2).contains(filled.count), let first = texts.first,
                  RowPattern.isGroupNumeral(first) || (first.count == 1 && first.first!.isUppercase),
                  !filled.dropFirst().contains(where: isFigure), filled.dropFirst().allSatisfy({ $0.contains(where: \.isLetter) }),
                  followedByRow(next) else { return nil }
            return (spanning(filled, number: number), next)
        }

        private func spanning(_ texts: [String], number: Int) -> [TableCell] {
            texts.map { TableCell(text: $0, location: SourceLocation(line: number)) }
                + (texts.count..<width).map { _ in TableCell(text: "", merge: .continuesLeft, location: SourceLocation(line: number)) }
        }

        private func followedByRow(_ index: Int) -> Bool {
            var index = index
            while index < lines.count, lines[index].text.trimmed.isEmpty { index += 1 }
            return index < lines.count && cells(index) != nil
        }

        /// The row's cells in their columns. A row short of cells lacks those a cell above covers
        /// (a rowspan'd number, unit or verdict): which by what each cell holds, the verdict and
        /// the columns from the right first, as `WebTextTableReader` decides it. A lacking cell is
        /// a guessed merge: a page drops a merged cell's copies and an empty one alike.
        private func place(_ texts: [String], number: Int) -> [TableCell]? {
            let lacking = width - texts.count
            let subRowAcross = roles.count >= 3 && roles[0] == .code && roles[1] == .name
                && WebTextTableReader.isSpanningSubRowName(texts[0])
            for missing in missingSets(lacking) {
                let present = (0..<width).filter { !missing.contains($0) }
                let fits = zip(present, texts).allSatisfy { column, text in
                    subRowAcross && column == 1 && missing.contains(0) ? true
                        : WebTextTableReader.fits(text, roles[column], numberedNames: numberedNames)
                }
                guard fits else { continue }
                var cells = (0..<width).map { _ in
                    var cell = TableCell(text: "", merge: .continuesAbove, location: SourceLocation(line: number))
                    cell.mergeGuessed = true
                    return cell
                }
                for (column, text) in zip(present, texts) {
                    cells[column] = TableCell(text: text, location: SourceLocation(line: number))
                }
                // "- Trong đó: thu nội địa" written across the number and name cells: the
                // number cell is empty, as the rows reader takes a line of the indicator above.
                if subRowAcross, missing.contains(0) { cells[0] = TableCell(text: "", location: SourceLocation(line: number)) }
                return cells
            }
            return nil
        }

        /// The sets of columns a row with `count` cells too few may lack, likeliest first.
        private func missingSets(_ count: Int) -> [[Int]] {
            guard count > 0 else { return [[]] }
            guard count <= 3 else { return [] }
            let order = roles.indices.sorted { lhs, rhs in
                (roles[lhs] == .evaluation ? 0 : 1, -lhs) < (roles[rhs] == .evaluation ? 0 : 1, -rhs)
            }.filter { roles[$0] != .name }
            func combinations(_ from: ArraySlice<Int>, _ size: Int) -> [[Int]] {
                guard size > 0 else { return [[]] }
                guard from.count >= size else { return [] }
                return from.indices.flatMap { index in
                    combinations(from[(index + 1)...], size - 1).map { [from[index]] + $0 }
                }
            }
            return combinations(order[...], count)
        }
    }
}
