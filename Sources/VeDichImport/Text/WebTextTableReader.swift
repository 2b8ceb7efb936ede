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
            // An empty corner cell over the row numbers is an empty cell's line of its own.
            if cornerHeaderEnd(at: index, in: lines) != nil { return true }
            guard let found = headerEnd(at: index, in: lines) else { continue }
            let (end, body) = bodyStart(header: index, end: found, in: lines)
            let width = end - index
            if lines[body..<min(lines.count, body + 4 * width)].contains(where: { $0.text.isEmpty }) { return true }
            // The empty number cell of a first row with no number ("" / "Tổng thu …" / "22.056").
            if body == end, unnumberedFirstRow(header: index, end: end, in: lines) != nil { return true }
        }
        return false
    }

    /// A page that puts one blank line after every cell may copy an empty cell as nothing at all:
    /// its line is then one more blank line, a run of three where a run of one parts two cells
    /// (five for two empty cells). `lines` are the text's non-blank lines (lines of spaces kept as
    /// ""), numbered as in the text, so the blank lines are the gaps between their numbers. When
    /// most lines are followed by a blank line, each run of 2k + 1 blank lines gives back the k
    /// empty cells, as lines of "", and nil when the text has no such run or is not laid out so.
    static func cellsByBlankRuns(_ lines: [Line]) -> [Line]? {
        guard lines.count >= 8 else { return nil }
        var followed = 0, runs = 0
        for (line, next) in zip(lines, lines.dropFirst()) {
            let gap = next.number - line.number - 1
            if gap >= 1 { followed += 1 }
            if gap >= 3 { runs += 1 }
        }
        guard runs > 0, followed * 4 >= (lines.count - 1) * 3 else { return nil }
        var cells: [Line] = []
        cells.reserveCapacity(lines.count + runs)
        for (offset, line) in lines.enumerated() {
            cells.append(line)
            guard offset + 1 < lines.count, case let gap = lines[offset + 1].number - line.number - 1, gap >= 3 else { continue }
            for empty in 0..<(gap - 1) / 2 { cells.append(("", line.number + 2 + 2 * empty)) }
        }
        return cells
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
            if !lines[index].text.isEmpty, headerEnd(at: index, in: lines) != nil || cornerHeaderEnd(at: index, in: lines) != nil,
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
        let corner = cornerHeaderEnd(at: index, in: lines)
        guard let found = headerEnd(at: index, in: lines) ?? corner else { return nil }
        let (fullEnd, body) = bodyStart(header: index, end: found, in: lines)
        // A group title over the whole first row ("Trồng trọt" before "Sản lượng lương thực" /
        // "Tấn" / "52.000") looks like one more header cell: tried first as the table's first
        // row, as the DOCX has it; it stays the header's when the rows then read less far.
        var ends = body == fullEnd && fullEnd - index >= 3 && isGroupTitle(lines[fullEnd - 1].text) ? [fullEnd - 1, fullEnd] : [fullEnd]
        // The same title with the row's other cells left empty ("Trồng trọt" / "" / "" / ""):
        // the empty cells are the title row's, not the header's.
        var titleRow = fullEnd
        while titleRow - 1 > index, lines[titleRow - 1].text.isEmpty { titleRow -= 1 }
        if body == fullEnd, titleRow < fullEnd, titleRow - 1 - index >= 3, isGroupTitle(lines[titleRow - 1].text) { ends.insert(titleRow - 1, at: 0) }
        // A first row with no number (a total over numbered parts: "" / "Tổng thu ngân sách" /
        // "Tỷ đồng" / "22.056") before the first row number: tried first as the table's first
        // row; it stays the header's when the rows then read less far.
        if body == fullEnd, let early = unnumberedFirstRow(header: index, end: fullEnd, in: lines) { ends.insert(early, at: 0) }
        // The header's first line, and where it ends.
        var spans = ends.map { (start: index, end: $0) }
        // The number column's header left empty (a corner cell): the header starts at that cell.
        if let corner { spans.append((index - 1, corner)) }
        var best: (rows: [[TableCell]], next: Int, header: [String], missing: Int, repeated: Int, misplaced: Int)?
        for (start, end) in spans {
            let headerLines = Array(lines[start..<end])
            let rowsStart = start == index && end == fullEnd ? body : end
            for texts in headerReadings(headerLines.map(\.text), numbers: headerLines.map(\.number)) {
                var headed = ColumnRole.classify(headers: texts)
                if start < index, texts.first == "", !headed.isEmpty { headed[0] = .code }
                let byContent = verdictColumnByContent(headed, body: lines[rowsStart...])
                guard byContent.contains(.name), byContent.contains(.target) || byContent.contains(.actual) else { continue }
                // Rows numbered in the name cell beside an empty number cell are a reading of
                // their own, tried when such a name comes within the first rows.
                let numberingInName = byContent.first == .code
                    && lines[rowsStart..<min(lines.count, rowsStart + 3 * byContent.count)].contains { isNumberedName($0.text) }
                // The body's long row numbers ("1000" after "999"), the same for both numberings.
                let longCodes = sequenceCodes(in: lines, from: rowsStart, width: byContent.count)
                for numberInNameCell in numberingInName ? [false, true] : [false] {
                var roles = byContent
                var (rows, next) = RowParser(lines: lines, roles: roles, numberInNameCell: numberInNameCell, sequenceCodes: longCodes)
                    .rows(from: rowsStart)
                // The verdict column by content holds only if its cells, once placed, are verdicts
                // (the grid's rule); else the header's words decide.
                if roles != headed, !StatedVerdict.isVerdictColumn(rows.compactMap { $0.last?.merge == nil ? $0.last?.text : nil }) {
                    roles = headed
                    (rows, next) = RowParser(lines: lines, roles: roles, numberInNameCell: numberInNameCell, sequenceCodes: longCodes)
                        .rows(from: rowsStart)
                }
                // A table with no number column has no "TT" line to tell it by: it needs two rows.
                if roles.first != .code, rows.count < 2 { continue }
                // The reading that takes the rows furthest, with the fewest cells taken as merged
                // from above; then the one repeating no header cell (a second header row's
                // "Ước tính" | "So cùng kỳ" under each of two periods belongs to both, not left
                // standing alone); on a tie the earlier reading (the lines as they are) stays.
                // A cell read as several paragraphs counts as one guessed too: a reading that needs
                // none ("2019" | "2020" as two columns) is the page's.
                let missing = rows.reduce(0) { $0 + $1.filter { $0.merge == .continuesAbove || $0.text.contains("\n") }.count }
                let repeated = texts.filter { cell in
                    !cell.isEmpty && texts.contains { $0 != cell && ($0.hasPrefix(cell + " ") || $0.hasSuffix(" " + cell)) }
                }.count
                // Then the one with no figure column after the verdicts: a two-level header's lines
                // read either way give as many columns, and only one leaves "Đánh giá" last.
                let misplaced = roles.lastIndex(of: .evaluation).map { last in
                    roles[(last + 1)...].filter { [.target, .actual, .previous].contains($0) }.count
                } ?? 0
                if best == nil || (next, -missing, -repeated, -misplaced) > (best!.next, -best!.missing, -best!.repeated, -best!.misplaced) {
                    best = (rows, next, texts, missing, repeated, misplaced)
                }
                }
            }
        }
        guard let best else { return nil }
        let header = best.header.map { TableCell(text: $0, location: SourceLocation(line: lines[index].number)) }
        return (RawTable(rows: [header] + best.rows, location: SourceLocation(line: lines[index].number, table: tableIndex)), best.next)
    }

    /// The end of a header starting at a "TT" line: every line up to the first row number (empty
    /// header cells and the blank line after a header cell of several lines included). Nil when
    /// no reading of those lines names an indicator column and a figure column.
    static func headerEnd(at index: Int, in lines: [Line]) -> Int? {
        // A "TT" column whose rows carry no number (every number cell empty) has no row number
        // to end the header at: then it ends before the first row's empty number cell and name.
        var ends = [unnumberedHeaderEnd(at: index, in: lines)]
        if lines[index].text.isShortCell, ColumnRole.classify(lines[index].text) == .code {
            // A row number is followed by its name; the first figure ("250" / "246") only looks
            // like one: then the header ends at the first row's empty number cell.
            let numbered = numberedHeaderEnd(at: index, in: lines)
            // A row numbering the columns ("(1)" … "(6)") may stand between the header and the first row.
            let first = numbered + columnNumberingLength(at: numbered, in: lines)
            let atRowNumber = first + 1 < lines.count
                && (RowPattern.isCode(lines[first].text) || isLetteredPart(first, in: lines) || numberedInName(first, in: lines))
                && lines[first + 1].text.contains(where: \.isLetter)
            ends = atRowNumber ? [numbered] : [unnumberedRowsHeaderEnd(at: index, in: lines), numbered]
        }
        return ends.compactMap { $0 }.first { end in
            headerReadings(lines[index..<end].map(\.text), numbers: lines[index..<end].map(\.number)).contains { texts in
                let roles = ColumnRole.classify(headers: texts)
                return roles.contains(.name) && (roles.contains(.target) || roles.contains(.actual))
            }
        }
    }

    /// In a numbered table, the empty number cell of a first row that carries no number, before
    /// the header's `end` at the first row number: an empty line followed by a name and, before
    /// that row number, its first figure. Nil when no such row stands there.
    private static func unnumberedFirstRow(header index: Int, end: Int, in lines: [Line]) -> Int? {
        guard lines[index].text.isShortCell, ColumnRole.classify(lines[index].text) == .code, end - index >= 4 else { return nil }
        return (index + 3..<end - 1).first { position in
            let name = lines[position + 1].text
            guard lines[position].text.isEmpty, name.count >= 4, name.contains(where: \.isLetter), !isYear(name),
                  ColumnRole.classify(name) != .code, let figure = firstFigure(after: position + 1, in: lines) else { return false }
            return figure < end
        }
    }

    /// A numbered table whose number column has no header: an empty corner cell before the
    /// indicator column's header ("" / "Chỉ tiêu" / "Đơn vị tính" / "Kết quả" / "Mục tiêu năm"),
    /// the rows opening with their number ("1" / "Tổng số hợp tác xã"), as the DOCX reads it.
    /// The header's end at the first row number, read from `index - 1`; nil when not so.
    static func cornerHeaderEnd(at index: Int, in lines: [Line]) -> Int? {
        guard index > 0, lines[index - 1].text.isEmpty, case let text = lines[index].text, text.utf8.count <= 240, text.count <= 60,
              ColumnRole.classify(text) == .name else { return nil }
        let end = numberedHeaderEnd(at: index - 1, in: lines)
        guard end - index >= 2, end + 1 < lines.count, isCodeCell(lines[end].text), lines[end + 1].text.contains(where: \.isLetter),
              !RowPattern.looksLikeFigure(lines[end + 1].text) else { return nil }
        let texts = lines[(index - 1)..<end].map(\.text)
        return headerReadings(texts).contains { reading in
            var roles = ColumnRole.classify(headers: reading)
            roles[0] = .code
            return roles.contains(.name) && (roles.contains(.target) || roles.contains(.actual))
        } ? end : nil
    }

    /// After a "TT" line whose rows are not numbered: the header runs to the first row's empty
    /// number cell, before a name followed by its figure. Nil when no such row follows.
    private static func unnumberedRowsHeaderEnd(at index: Int, in lines: [Line]) -> Int? {
        var end = index + 1
        while end < lines.count, end - index < 30, case let line = lines[end].text, line.count < 90 {
            if line.contains(where: \.isLetter), !isYear(line), figureFollows(end, in: lines) { break }
            end += 1
        }
        guard end < lines.count, end - index < 30, lines[end - 1].text.isEmpty, end - 1 > index + 2 else { return nil }
        return end - 1
    }

    /// After a "TT" line: the header runs to the first row number, or to the first row's empty
    /// number cell beside a name numbered in its cell ("" | "1. Tốc độ tăng trưởng").
    private static func numberedHeaderEnd(at index: Int, in lines: [Line]) -> Int {
        var end = index + 1
        while end < lines.count, end - index < 30, case let text = lines[end].text, text.count < 90,
              (text.isEmpty && !numberedInName(end, in: lines))
                || (!text.isEmpty && !RowPattern.isCode(text) && !isLetteredPart(end, in: lines) && ColumnRole.classify(text) != .code
                    && columnNumberingLength(at: end, in: lines) == 0) {
            end += 1
        }
        return end
    }

    /// How many lines from `index` number the table's columns, as a row under the header: "(1)"
    /// "(2)" … "(6)", "1" "2" … "5", "A" "B" "1" "2" "3", "(5)=(4)/(3)" (`RowNumber.isColumnNumbering`,
    /// the grid's rule); 0 when no such row starts there. The DOCX's reader skips that row; so does
    /// this one, which would else read "(1)" as the first row's number and "(2)" as its name.
    static func columnNumberingLength(at index: Int, in lines: [Line]) -> Int {
        guard index < lines.count, case let first = lines[index].text, !first.isEmpty, first.count <= 14,
              first.allSatisfy({ $0.isASCII }) else { return 0 }
        var length = 0
        var end = index + 1
        var numbered = first.contains(where: \.isNumber)
        while end < lines.count, end - index <= 30, case let text = lines[end].text, !text.isEmpty, text.count <= 14 {
            // Letters come before numbers ("A" "B" "1" "2"); a letter after them is the first
            // row's part ("A" / "KINH TẾ").
            if numbered, !text.contains(where: \.isNumber) { break }
            numbered = numbered || text.contains(where: \.isNumber)
            end += 1
            if end - index >= 3 {
                guard RowNumber.isColumnNumbering(lines[index..<end].map(\.text)) else { break }
                length = end - index
            }
        }
        return length
    }

    /// Where the header ends and the body starts once a row numbering the columns is set apart:
    /// right after the header (its lines up to a row number), or the last lines of a header that
    /// runs to the first row's name.
    private static func bodyStart(header index: Int, end: Int, in lines: [Line]) -> (headerEnd: Int, body: Int) {
        let after = columnNumberingLength(at: end, in: lines)
        if after > 0 { return (end, end + after) }
        if let start = (index + 2..<end).first(where: { columnNumberingLength(at: $0, in: lines) == end - $0 }) { return (start, end) }
        return (end, end)
    }

    /// An empty number cell followed by a name numbered in its own cell: a row's first two cells.
    private static func numberedInName(_ index: Int, in lines: [Line]) -> Bool {
        lines[index].text.isEmpty && index + 1 < lines.count && isNumberedName(lines[index + 1].text)
    }

    /// A part lettered "A", "B." with its title after it ("A" / "KINH TẾ"), as a numbered table's
    /// first row: no header cell is a capital letter followed by a title.
    private static func isLetteredPart(_ index: Int, in lines: [Line]) -> Bool {
        let text = lines[index].text
        guard (1...2).contains(text.count), case .group = RowNumber(text), RomanNumeral.value(String(text.prefix(1))) == nil,
              index + 1 < lines.count else { return false }
        return lines[index + 1].text.filter(\.isLetter).count >= 3
    }

    /// A table with no number column starts at its indicator column's header ("Chỉ tiêu", "Tên
    /// chỉ tiêu - Name of Indicators") and its body at the first row: a name numbered inside its
    /// cell ("1. Số bác sỹ …"), or a name followed by a figure that is not a year of the header
    /// ("Thực hiện" / "2019" / "2020" is a header). Nil when the line cannot head such a table.
    private static func unnumberedHeaderEnd(at index: Int, in lines: [Line]) -> Int? {
        let text = lines[index].text
        // The indicator column's header as the DOCX and PDF tables know it (ColumnRole: "Chỉ
        // tiêu", "Nội dung", "Sản phẩm", "Mặt hàng", "Lĩnh vực" …), not a list of our own: a
        // header the DOCX reads must head the web copy too. Short lines only, as every line is tried.
        guard text.utf8.count <= 240, text.count <= 60, !isNumberedName(text), ColumnRole.classify(text) == .name else { return nil }
        // After a "TT" line the table is the numbered one, read from there.
        if index > 0, lines[index - 1].text.isShortCell, ColumnRole.classify(lines[index - 1].text) == .code { return nil }
        var end = index + 1
        while end < lines.count, end - index < 30, case let line = lines[end].text, line.count < 90 {
            if isNumberedName(line) { break }
            if line.contains(where: \.isLetter), figureFollows(end, in: lines) { break }
            end += 1
        }
        return end > index + 1 && end < lines.count ? end : nil
    }

    /// A figure cell right after the line at `index`, or after one unit ("Nghìn tỷ đồng",
    /// "Triệu đồng/người") or empty cell between: "46*", ">90", "9.06" — not a year ("2019")
    /// nor a header's "9 tháng năm 2023".
    private static func figureFollows(_ index: Int, in lines: [Line]) -> Bool {
        firstFigure(after: index, in: lines) != nil
    }

    /// Where `figureFollows` finds that figure.
    private static func firstFigure(after index: Int, in lines: [Line]) -> Int? {
        // "(1)" "(2)" … under the header are the columns' numbers, not a row's first figure.
        func isFigure(_ position: Int) -> Bool {
            let text = lines[position].text
            return RowPattern.looksLikeFigure(text) && !namesOneYear(text) && text.filter(\.isLetter).count <= 3
                && columnNumberingLength(at: position, in: lines) == 0
        }
        guard index + 1 < lines.count else { return nil }
        let next = lines[index + 1].text
        if isFigure(index + 1) { return index + 1 }
        guard next.isEmpty || (next.count <= 24 && !next.contains(where: \.isNumber)) else { return nil }
        // A row whose first figure cells are empty (no target: "Diện tích lúa xuân" / "ha" / "" /
        // "75.700"): after the unit, up to two empty cells before the first figure.
        var position = index + 2
        while position < lines.count, position <= index + 4 {
            if isFigure(position) { return position }
            guard lines[position].text.isEmpty else { return nil }
            position += 1
        }
        return nil
    }

    /// A name with its row number in the cell: "1. Số bác sỹ cho 10000 dân", "2) Tỷ lệ …".
    static func isNumberedName(_ text: String) -> Bool {
        let head = text.prefix(while: { $0 != " " })
        guard head.count >= 2, head.count <= 4, head.count < text.count, head.hasSuffix(".") || head.hasSuffix(")") else { return false }
        let stem = head.dropLast()
        return stem.allSatisfy { $0.isASCII && $0.isNumber } && text.dropFirst(head.count).contains(where: \.isLetter)
    }

    /// A group's title with no numeral, as a row of its own over the whole table ("Trồng trọt",
    /// "Chăn nuôi", "Công nghiệp - xây dựng"): words that start in upper case, no figure, no
    /// verdict, no column's header.
    static func isGroupTitle(_ text: String) -> Bool {
        guard text.utf8.count <= 240, (2...80).contains(text.count), let first = text.first, first.isUppercase,
              !text.contains(where: \.isNumber), Verdict(label: text) == nil, !isWrappedUnit(text) else { return false }
        return ColumnRole.classify(text) == .other
    }

    /// A header cell that is a year alone ("2019"), as under a spanning "Thực hiện".
    static func isYear(_ text: String) -> Bool {
        text.count == 4 && Years.in(text).count == 1
    }

    /// The last column holds the verdicts when its cells are verdict words and no column is
    /// headed as an evaluation: "Kết quả thực hiện" over "Hoàn thành" / "Không hoàn thành" reads
    /// as a value by its words, and the rows would fold into the first one, every verdict word
    /// taken for the name of a part. The grid's `ColumnAssignment` decides the same by content.
    static func verdictColumnByContent(_ roles: [ColumnRole], body: ArraySlice<Line>) -> [ColumnRole] {
        guard !roles.contains(.evaluation), let last = roles.indices.last, last > 1,
              [.actual, .comparison, .previous, .other].contains(roles[last]),
              roles[..<last].contains(where: { $0 == .actual || $0 == .target }) else { return roles }
        let nearby = body.prefix(roles.count * 6).map(\.text).filter { !$0.isEmpty }
        let verdicts = nearby.filter { StatedVerdict.read($0) != nil && !RowPattern.looksLikeFigure($0) }.count
        guard verdicts >= 2 else { return roles }
        var changed = roles
        changed[last] = .evaluation
        return changed
    }

    /// A cell of a row of years under a spanning header: "2019", and the last year's estimate or
    /// preliminary figure beside them ("Ước 2020", "Ước thực hiện 2020", "Sơ bộ 2023"), by the
    /// grid's own rule (`PeriodHeader`).
    static func namesOneYear(_ text: String) -> Bool {
        PeriodHeader.namesOneYear(text)
    }

    /// The ways the header's lines can make one header row, the lines as they are first:
    /// - a line that starts in lower case, with a digit or a bracket goes on the header cell above
    ///   ("Đơn vị" / "tính", "Kế hoạch" / "năm 2022", "Tăng trưởng" / "(%)");
    /// - the last lines can be a second header row under a cell spanning them ("Năm 2023" over
    ///   "KH" | "TH"): each then reads "KH Năm 2023", as a DOCX's two header rows are joined.
    /// - a cell of several lines in a page that puts an empty line after every cell: lines with
    ///   no empty line between are one cell ("Thực hiện" / "Implemented target 2019");
    /// - a line in English under a Vietnamese one is the same cell in the other language;
    /// - a row of years or of sub-headers under a cell spanning them ("Thực hiện" over "2019" |
    ///   "2020"): each reads "Thực hiện 2019".
    static func headerReadings(_ texts: [String], numbers: [Int]? = nil) -> [[String]] {
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
        // A second header row copies its empty cells under the cells spanning both rows ("TT",
        // "Chỉ tiêu", "Đơn vị" over "" "" "" beside "Quốc hội giao" | "Chính phủ phấn đấu"): they
        // name no column; the sub-headers after them do.
        if let firstEmpty = texts.firstIndex(of: ""), firstEmpty >= 3, texts[firstEmpty...].contains(where: { !$0.isEmpty }) {
            let named = texts.filter { !$0.isEmpty }
            if !readings.contains(named) { readings.append(named) }
        }
        if let numbers, let adjacent = cellsByAdjacentLines(texts, numbers: numbers), !readings.contains(adjacent) {
            readings.append(adjacent)
        }
        if let bilingual = cellsByLanguage(texts), !readings.contains(bilingual) { readings.append(bilingual) }
        for base in readings {
            for subCount in stride(from: 2, through: min(6, base.count - 3), by: 1) {
                let top = Array(base.dropLast(subCount)), sub = Array(base.suffix(subCount))
                // A row of years under figure columns' headers ("Thực hiện" over "2019" | "2020"):
                // the spanning cell names no year of its own, unlike the cells beside it that span
                // both header rows ("Kế hoạch năm 2023"), so it is tried first; and a year's
                // results are what a row of years most often spans, so "Thực hiện" comes before
                // a resolution's target beside it ("Mục tiêu NQ ĐH").
                if sub.allSatisfy(namesOneYear) {
                    func rank(_ column: Int) -> (Int, Int, Int) {
                        (Years.in(top[column]).isEmpty ? 0 : 1, ColumnRole.classify(top[column]) == .actual ? 0 : 1, column)
                    }
                    let spanningRoles = top.indices.dropFirst(1)
                        .filter { [.target, .actual].contains(ColumnRole.classify(top[$0])) }
                        .sorted { rank($0) < rank($1) }
                    for column in spanningRoles {
                        readings.append(Array(top[..<column]) + sub.map { "\(top[column]) \($0)" } + Array(top[(column + 1)...]))
                    }
                    if spanningRoles.count >= 2, subCount % 2 == 0 {
                        let pair = Array(spanningRoles.prefix(2)), half = subCount / 2
                        var reading: [String] = []
                        for column in top.indices {
                            if let which = pair.firstIndex(of: column) {
                                reading += sub[(which * half)..<((which + 1) * half)].map { "\(top[column]) \($0)" }
                            } else {
                                reading.append(top[column])
                            }
                        }
                        readings.append(reading)
                    }
                }
                // Issuers under a target spanning them ("Kế hoạch năm 2023" over "Quốc hội giao" |
                // "Chính phủ phấn đấu"): each reads "Kế hoạch năm 2023 Quốc hội giao", a target of
                // its own issuer, as a DOCX's two header rows are joined.
                if sub.allSatisfy({ IssuerName.of($0) != nil }) {
                    for column in top.indices.dropFirst(1) where ColumnRole.classify(top[column]) == .target {
                        readings.append(Array(top[..<column]) + sub.map { "\(top[column]) \($0)" } + Array(top[(column + 1)...]))
                    }
                }
                // Sub-headers name figure columns ("Kế hoạch", "TH", "So sánh"); a spanning cell
                // names what they share and no role of its own ("Năm 2023", "2021 - 2025").
                // A verdict or note column may stand under the span too ("Giai đoạn 2015 - 2020" over
                // "Mục tiêu" | "Thực hiện" | "Đánh giá"); a span that only names a period is one
                // whatever role its words would have alone ("Giai đoạn …" reads as an earlier period).
                let figureRoles: [ColumnRole] = [.target, .actual, .previous, .comparison]
                guard sub.contains(where: { figureRoles.contains(ColumnRole.classify($0)) }),
                      sub.allSatisfy({ (figureRoles + [.evaluation, .note]).contains(ColumnRole.classify($0)) }) else { continue }
                let spanning = top.indices.dropFirst(2).filter {
                    !top[$0].isEmpty && (ColumnRole.classify(top[$0]) == .other || TableInterpreter.isPeriod(top[$0]))
                }
                for column in spanning {
                    readings.append(Array(top[..<column]) + sub.map { "\($0) \(top[column])" } + Array(top[(column + 1)...]))
                }
                // Two spanning cells sharing the sub-headers evenly ("Năm 2022" and "Năm 2023" over KH | TH
                // each), or unevenly where a plan opens the second one's columns ("Năm 2018" over TH,
                // "Năm 2019" over KH | Ước TH: a year's plan stands before its results).
                if spanning.count >= 2 {
                    let pair = Array(spanning.prefix(2))
                    let targetSplits = (1..<subCount).filter { $0 * 2 != subCount && ColumnRole.classify(sub[$0]) == .target }
                    for split in (subCount % 2 == 0 ? [subCount / 2] : []) + targetSplits {
                        var reading: [String] = []
                        for column in top.indices {
                            if let which = pair.firstIndex(of: column) {
                                reading += sub[(which == 0 ? 0..<split : split..<subCount)].map { "\($0) \(top[column])" }
                            } else {
                                reading.append(top[column])
                            }
                        }
                        readings.append(reading)
                    }
                }
            }
        }
        return readings
    }

    /// The header's cells when the page puts an empty line after every cell: lines with no empty
    /// line between them are the lines of one cell. Nil when the lines are not laid out so.
    static func cellsByAdjacentLines(_ texts: [String], numbers: [Int]) -> [String]? {
        guard texts.count == numbers.count, texts.count >= 3 else { return nil }
        var cells: [String] = []
        var gaps = 0, joins = 0
        for (offset, text) in texts.enumerated() {
            if offset > 0, numbers[offset] == numbers[offset - 1] + 1, !text.isEmpty, let last = cells.last, !last.isEmpty {
                cells[cells.count - 1] = last + " " + text
                joins += 1
            } else {
                if offset > 0, numbers[offset] > numbers[offset - 1] + 1 { gaps += 1 }
                cells.append(text)
            }
        }
        return joins > 0 && gaps >= 2 ? cells : nil
    }

    /// A bilingual header (a yearbook's "Thực hiện" / "Implemented target 2019"): a line written
    /// only in ASCII letters under one with Vietnamese letters is the same cell's English line.
    /// Nil when no line is such.
    static func cellsByLanguage(_ texts: [String]) -> [String]? {
        func isVietnamese(_ text: String) -> Bool { text.unicodeScalars.contains { $0.value > 0x7F && $0.properties.isAlphabetic } }
        func isEnglish(_ text: String) -> Bool {
            text.unicodeScalars.filter { $0.properties.isAlphabetic }.count >= 4 && !isVietnamese(text)
        }
        var cells: [String] = []
        var joins = 0, continued = false
        for text in texts {
            if let last = cells.last, isVietnamese(last), isEnglish(text) {
                cells[cells.count - 1] = last + " " + text
                joins += 1
                continued = true
            } else if text.isEmpty, continued {
                // The empty line a page puts after a cell of several lines.
                continued = false
            } else {
                cells.append(text)
                continued = false
            }
        }
        return joins > 0 ? cells : nil
    }

    /// Reads the rows of one table under a header reading.
    struct RowParser {
        let lines: [Line]
        let roles: [ColumnRole]
        var width: Int { roles.count }
        /// With no number column, a row's number is written in its name cell ("1. Số bác sỹ …"):
        /// such a line is a row, not a heading after the table.
        var numberedNames: Bool { !roles.contains(.code) }
        /// The rows are numbered in the name cell beside an empty number cell ("" | "1. Tốc độ
        /// tăng trưởng"): a numbered name is then a row's second cell, never the text after the
        /// table, and never a row's first. A reading of its own, kept when it reads further.
        var numberInNameCell = false
        /// The lines (by line number) holding a row number of four digits or more, by its place
        /// after the row numbered one less (`sequenceCodes(in:from:width:)`).
        var sequenceCodes: Set<Int> = []

        private func opensRow(_ text: String) -> Bool {
            numberedNames && WebTextTableReader.isNumberedName(text)
        }

        func rows(from start: Int) -> ([[TableCell]], Int) {
            var rows: [[TableCell]] = []
            var position = start
            while position < lines.count {
                if RowPattern.endsTable(lines[position].text), !opensRow(lines[position].text) {
                    // "II. CÁC CHỈ TIÊU XÃ HỘI" spanning the whole row: a group inside the table
                    // when a row follows it; else the heading after the table.
                    guard let (cells, next) = spanningGroupRow(at: position, accept: { continues(at: $0, lookahead: true) }) else { break }
                    rows.append(cells)
                    position = next
                    continue
                }
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
            if let stacked = WebTextTableReader.stackedRow(at: start, in: lines, roles: roles, numberInNameCell: numberInNameCell,
                                                           sequenceCodes: sequenceCodes, accept: accept) {
                return stacked
            }
            // Merged cells are most often the verdict, then the columns from the right.
            let order = roles.indices.sorted { lhs, rhs in
                (roles[lhs] == .evaluation ? 0 : 1, -lhs) < (roles[rhs] == .evaluation ? 0 : 1, -rhs)
            }.filter { roles[$0] != .name }
            let missingSets: [[Int]] = order.map { [$0] }
                + order.indices.flatMap { i in order.indices.dropFirst(i + 1).map { [order[i], order[$0]] } }
            // A name wrapped onto a line of its own for its unit ("Tổng vốn đầu tư toàn xã hội" /
            // "(Tỷ đồng)"), alone or with cells merged from above.
            for wrapped in [WrappedName.unit, .closedUnit] {
                if let row = plainRow(at: start, missing: [], wrappedName: wrapped, accept: accept) { return row }
            }
            // "- Trong đó: thu nội địa" merged over the number and name cells, as pages lay out a
            // sub-row; its verdict is often merged from the row above.
            if start < lines.count, WebTextTableReader.isSpanningSubRowName(lines[start].text), roles.count >= 3,
               roles[0] == .code, roles[1] == .name {
                for missing in [[]] + missingSets where !missing.contains(0) && width - missing.count >= 3 {
                    if let row = plainRow(at: start, missing: missing, codeSpansName: true, accept: accept) { return row }
                }
            }
            // In a numbered table a row starts with its number cell: a title there is a group's.
            if roles.first == .code, start < lines.count, WebTextTableReader.isGroupTitle(lines[start].text),
               let group = spanningGroupRow(at: start, accept: accept) {
                return group
            }
            for wrappedName in [WrappedName.none, .unit, .closedUnit] {
                for missing in missingSets where width - missing.count >= 2 {
                    if let row = plainRow(at: start, missing: missing, wrappedName: wrappedName, accept: accept) { return row }
                }
            }
            return spanningGroupRow(at: start, accept: accept)
        }

        /// A group row whose title spans the rest of the row, as pages often lay them out: its
        /// group numeral and title ("I" / "Các chỉ tiêu kinh tế"), or numeral and title in one
        /// cell over the whole row ("II. CÁC CHỈ TIÊU XÃ HỘI"). Laid out as a DOCX lays a merged
        /// cell out: its text, then cells continuing it from the left. Only in a table numbering
        /// its rows in the first column, and only when a row follows.
        func spanningGroupRow(at start: Int, accept: (Int) -> Bool) -> ([TableCell], Int)? {
            guard width >= 3, start < lines.count else { return nil }
            let first = lines[start]
            func row(_ texts: [Line]) -> [TableCell] {
                texts.map { TableCell(text: $0.text, location: SourceLocation(line: $0.number)) }
                    + (texts.count..<width).map { _ in TableCell(text: "", merge: .continuesLeft, location: SourceLocation(line: first.number)) }
            }
            // A title with no numeral merged over the whole row ("Trồng trọt", "Chăn nuôi"),
            // with or without a number column.
            if WebTextTableReader.isGroupTitle(first.text), accept(start + 1) { return (row([first]), start + 1) }
            guard roles.first == .code else { return nil }
            if RowPattern.isGroupNumeral(first.text), start + 1 < lines.count, case let title = lines[start + 1],
               title.text.contains(where: \.isLetter), !RowPattern.looksLikeFigure(title.text), Verdict(label: title.text) == nil,
               title.text.count <= 120, accept(start + 2) {
                return (row([first, title]), start + 2)
            }
            let head = first.text.prefix(while: { $0 != " " })
            if head.count >= 2, head.hasSuffix(".") || head.hasSuffix(")"), RowPattern.isGroupNumeral(String(head.dropLast())),
               first.text.count <= 120, first.text.dropFirst(head.count).contains(where: \.isLetter), accept(start + 1) {
                return (row([first]), start + 1)
            }
            return nil
        }

        /// A name cell's lines: the name alone; its unit wrapped onto a line of its own; that line
        /// and the empty line a page puts after a cell of several paragraphs.
        enum WrappedName { case none, unit, closedUnit }

        private func plainRow(at start: Int, missing: [Int], wrappedName: WrappedName = .none, codeSpansName: Bool = false,
                              accept: (Int) -> Bool) -> ([TableCell], Int)? {
            let spanned = codeSpansName ? 1 : -1
            let present = (0..<width).filter { !missing.contains($0) && $0 != spanned }
            var count = present.count
            var nameOffset: Int?
            let extra = wrappedName == .none ? 0 : wrappedName == .unit ? 1 : 2
            if extra > 0 {
                guard let column = roles.firstIndex(of: .name), let offset = present.firstIndex(of: column),
                      start + offset + extra < lines.count, WebTextTableReader.isNameContinuation(lines[start + offset + 1].text),
                      extra == 1 || lines[start + offset + 2].text.isEmpty else { return nil }
                nameOffset = offset
                count += extra
            }
            guard start + count <= lines.count else { return nil }
            var cellLines = Array(lines[start..<start + count])
            if let nameOffset {
                let name = cellLines[nameOffset], unit = cellLines[nameOffset + 1]
                cellLines.removeSubrange((nameOffset + 1)...(nameOffset + extra))
                cellLines[nameOffset] = (name.text + " " + unit.text, name.number)
            }
            // A row numbered in its name cell beside an empty number cell ("" | "1. Tốc độ tăng
            // trưởng"): the office typed the number where Word's list numbering would stand.
            let numberInName = numberedNames || (numberInNameCell && present.first == 0 && cellLines.first?.text.isEmpty == true)
            guard zip(present, cellLines).allSatisfy({ column, line in
                codeSpansName && column == 0
                    ? WebTextTableReader.isSpanningSubRowName(line.text)
                    : WebTextTableReader.fits(line.text, roles[column], numberedNames: numberInName)
                        || (roles[column] == .code && sequenceCodes.contains(line.number))
            }), accept(start + count) else { return nil }
            let firstLine = cellLines.first?.number ?? 0
            // A missing cell is a guess: a page drops a merged cell's copies and an empty one alike.
            var cells = (0..<width).map { _ in
                var cell = TableCell(text: "", merge: .continuesAbove, location: SourceLocation(line: firstLine))
                cell.mergeGuessed = true
                return cell
            }
            for (column, line) in zip(present, cellLines) {
                cells[column] = TableCell(text: line.text, location: SourceLocation(line: line.number))
            }
            if codeSpansName {
                // The text stands in the name cell, the number cell empty: the rows reader takes
                // it as a line of the indicator above ("Trong đó: …").
                cells[spanned] = cells[0]
                cells[0] = TableCell(text: "", location: cells[0].location)
            }
            return (cells, start + count)
        }

        /// The next row can start at `index`; looking ahead, it must also read as a row, unless
        /// the text there ends the table.
        private func continues(at index: Int, lookahead: Bool) -> Bool {
            if numberInNameCell, index < lines.count, WebTextTableReader.isNumberedName(lines[index].text) { return false }
            // A remark in brackets right before the next row's number ("Không đạt" / "(do giá dầu
            // giảm mạnh …)" / "2"), or before the empty line closing a cell of several paragraphs
            // and that number, is the last cell's note, not the text after the table.
            if index + 1 < lines.count, case let text = lines[index].text, text.hasPrefix("("), text.hasSuffix(")"),
               !WebTextTableReader.startsRowByShape(text) {
                let after = lines[index + 1].text.isEmpty && index + 2 < lines.count ? index + 2 : index + 1
                if WebTextTableReader.isCodeCell(lines[after].text) { return false }
            }
            guard WebTextTableReader.startsRow(at: index, in: lines, roles: roles, sequenceCodes: sequenceCodes) else { return false }
            guard lookahead, index < lines.count,
                  WebTextTableReader.startsRowByShape(lines[index].text) || opensRow(lines[index].text) else { return true }
            return row(at: index, lookahead: false) != nil
        }
    }

    /// A row whose cells hold several paragraphs, each copied as a line of its own: a name with
    /// its lines ("Tỷ lệ trẻ em suy dinh dưỡng:" / "-Theo cân nặng (%)" / "-Theo chiều cao (%)")
    /// and figure cells with as many figures, or a figure and its note ("0,7%" / "(còn 4,33%)"),
    /// a cell of several lines maybe followed by a blank line. Tried only when no plain row
    /// fits; taken only when every cell fits its column and the next row starts after it.
    static func stackedRow(at start: Int, in lines: [Line], roles: [ColumnRole], numberInNameCell: Bool = false,
                           sequenceCodes: Set<Int> = [], accept: (Int) -> Bool) -> ([TableCell], Int)? {
        guard let nameColumn = roles.firstIndex(of: .name) else { return nil }
        func isSubLine(_ text: String) -> Bool {
            ["-", "+", "–", "•"].contains { text.hasPrefix($0) } && text.contains(where: \.isLetter)
        }
        func isNote(_ text: String) -> Bool { text.hasPrefix("(") && text.hasSuffix(")") }
        var extra = 0
        let figureRoles: [ColumnRole] = [.target, .actual, .previous, .comparison, .other]
        // A name of one line over figure cells of several ("16,8" / "28,2" for two measures):
        // at least two figure cells stacked, each with as many figures, every line a figure.
        func stackedAlike(_ cells: [TableCell]) -> Bool {
            let stacked = cells.indices.filter { figureRoles.contains(roles[$0]) && cells[$0].text.contains("\n") }
            let counts = Set(stacked.map { cells[$0].text.split(separator: "\n").count })
            return stacked.count >= 2 && counts.count == 1 && stacked.allSatisfy { column in
                cells[column].text.split(separator: "\n").allSatisfy { RowPattern.looksLikeFigure(String($0)) }
            }
        }
        func parse(_ column: Int, _ position: Int, _ cells: [TableCell]) -> ([TableCell], Int)? {
            if column == roles.count {
                // A note counts as a figure's or a verdict's second paragraph only: a name's
                // bracketed line ("(giá hiện hành năm 2021)") is no unit cell with a note.
                let noted = cells.indices.contains { column in
                    (figureRoles + [.evaluation]).contains(roles[column]) && cells[column].text.contains("\n")
                        && isNote(String(cells[column].text.split(separator: "\n").last ?? ""))
                }
                if extra == 0, !stackedAlike(cells), !noted { return nil }
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
                      isNote(next) || ((taken.count <= extra || (extra == 0 && taken.count < 4 && RowPattern.looksLikeFigure(next)
                                                                          && !taken.contains { isNote($0.text) }))
                                        && fits(next, roles[column]) && next.contains(where: \.isNumber)) {
                    taken.append(lines[position + taken.count])
                }
            } else if roles[column] == .evaluation, StatedVerdict.read(first.text) != nil,
                      position + 1 < lines.count, isNote(lines[position + 1].text) {
                // A verdict with its note paragraph ("Vượt" / "(đạt 116%)"): one cell, as the
                // DOCX holds it; the note is no row of its own.
                taken.append(lines[position + 1])
            }
            let numberedName = column == nameColumn && numberInNameCell && cells.first?.text.isEmpty == true
            guard fits(first.text, roles[column], numberedNames: numberedName)
                    || (roles[column] == .code && sequenceCodes.contains(first.number)) else { return nil }
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
    static func startsRow(at index: Int, in lines: [Line], roles: [ColumnRole], sequenceCodes: Set<Int> = []) -> Bool {
        guard index < lines.count else { return true }
        let text = lines[index].text
        if sequenceCodes.contains(lines[index].number) { return true }
        if !startsRowByShape(text) { return true }
        guard roles.first == .code else { return true }
        // A group's title over the whole row ("Chăn nuôi") starts one too, followed by the next
        // row's number cell.
        let titleOverRow = isGroupTitle(text) && index + 1 < lines.count
            && (lines[index + 1].text.isEmpty || isCodeCell(lines[index + 1].text))
        return text.isEmpty || isCodeCell(text) || (roles.count >= 3 && roles[1] == .name && isSpanningSubRowName(text))
            || titleOverRow
    }

    /// The lines, from `start`, holding a row number of four digits or more ("1000" after "999" in
    /// a long list of communes): a number is a row's by its place, not its size — within a row or
    /// three of a line numbering the row before (`width` lines a row), with a name after it; a
    /// year or a figure of that size is none. Keyed by line number.
    static func sequenceCodes(in lines: [Line], from start: Int, width: Int) -> Set<Int> {
        var codes: Set<Int> = []
        guard start < lines.count else { return codes }
        for index in start..<lines.count {
            guard let long = RowNumber.longNumber(lines[index].text), index + 1 < lines.count,
                  case let name = lines[index + 1].text, name.contains(where: \.isLetter), !RowPattern.looksLikeFigure(name),
                  Verdict(label: name) == nil, StatedVerdict.read(name) == nil else { continue }
            let window = max(start, index - 3 * width)...max(start, index - max(1, width - 2))
            let follows = window.contains { before in
                let text = lines[before].text
                if codes.contains(lines[before].number) { return RowNumber.longNumber(text) == long - 1 }
                return isCodeCell(text) && RowNumber(text) == .number(long - 1)
            }
            if follows { codes.insert(lines[index].number) }
        }
        return codes
    }

    /// A sub-row's name written across the number and name cells: "- Trong đó: thu nội địa",
    /// "Trong đó: rừng sản xuất", "+ Hộ nghèo vùng dân tộc thiểu số" — a dash or "Trong đó" and words.
    static func isSpanningSubRowName(_ text: String) -> Bool {
        guard (4...160).contains(text.count), text.contains(where: \.isLetter), !isCodeCell(text),
              !RowPattern.looksLikeFigure(text) else { return false }
        if ["-", "+", "–", "•"].contains(where: { text.hasPrefix($0) }) {
            return text.dropFirst().drop(while: { $0 == " " }).first?.isLetter ?? false
        }
        if case (.subRow, _)? = RowNumber.leading(text) { return true }
        return false
    }

    /// Whether the line could begin a row (and must then read as one): false for what ends the
    /// table — a heading, a long or bracketed remark, a sentence, the next table's "TT".
    static func startsRowByShape(_ text: String) -> Bool {
        // "(còn 4,33%)": the note paragraph of the figure cell before it, not a closing remark.
        if RowPattern.endsTable(text), !isFigureNote(text) { return false }
        // A sentence after the table: a name of an indicator does not end with a full stop.
        if let last = text.last, ".:;".contains(last), text.split(separator: " ").count >= 8 { return false }
        if text.isShortCell, ColumnRole.classify(text) == .code { return false }
        return true
    }

    /// A row number cell: "1", "1.", "1)", "a)", "a", "II", "-", "+", "Tr.đó:", "Trong đó:".
    static func isCodeCell(_ text: String) -> Bool {
        if PdfRowText.isRowNumber(text) || ["-", "+", "*", "•", "–"].contains(text) { return true }
        // "I.1", "II.3": an indicator's number within its group.
        if text.count <= 6, text.contains("."), case .number = RowNumber(text) { return true }
        // "A", "B.": a lettered part; "a", "b": a row lettered without a bracket, as the DOCX reads them.
        if (1...2).contains(text.count), let letter = text.first, letter.isUppercase, case .group = RowNumber(text) { return true }
        if text.count == 1, let letter = text.first, letter.isLetter, letter.isLowercase, case .letter = RowNumber(text) { return true }
        guard text.count <= 12 else { return false }
        let stem = text.hasSuffix(":") ? String(text.dropLast()) : text
        return RowNumber.subRowWords.contains(Words(stem))
    }

    /// A unit on a line of its own under a name, as a page wraps a long name: "(Tỷ đồng)",
    /// "(%)", "(triệu USD)" — no figure in it, unlike a figure's note "(còn 4,33%)".
    static func isWrappedUnit(_ text: String) -> Bool {
        text.count <= 25 && text.hasPrefix("(") && text.hasSuffix(")") && !text.contains(where: \.isNumber)
    }

    /// A name's second paragraph in brackets, copied as a line of its own: its unit ("(Tỷ đồng)")
    /// or what it covers ("Cơ cấu kinh tế" / "(nông nghiệp - công nghiệp - dịch vụ)", "(giá so
    /// sánh 2010)"). No figure in it but a year, unlike a figure's note "(giảm 1,2%)", so it
    /// never takes a figure cell's note for the name's.
    static func isNameContinuation(_ text: String) -> Bool {
        if isWrappedUnit(text) { return true }
        guard text.count <= 80, text.hasPrefix("("), text.hasSuffix(")"), text.filter(\.isLetter).count >= 3,
              !text.contains("%") else { return false }
        // Words first: "(theo Quyết định 123/QĐ-UBND)" is the name's; "(tăng 120 tỷ đồng)" a figure's.
        return !RowPattern.looksLikeFigure(String(text.dropFirst().dropLast()))
    }

    /// A figure cell's note paragraph copied as a line of its own: short, in brackets, with a
    /// number ("(còn 4,33%)", "(giảm 1,2%)"); not a remark closing the table.
    static func isFigureNote(_ text: String) -> Bool {
        text.hasPrefix("(") && text.contains(where: \.isNumber) && text.count <= 40
    }

    /// Whether a cell's text can stand in a column of this role; with `numberedNames` a name may
    /// carry its row number ("1. Số bác sỹ …").
    static func fits(_ text: String, _ role: ColumnRole, numberedNames: Bool = false) -> Bool {
        if text.isEmpty { return role != .name }
        if numberedNames, role == .name, isNumberedName(text) { return text.count <= 160 }
        // A heading ("2. Kế hoạch năm 2024") or a long remark is the text after the table.
        if role != .note, RowPattern.endsTable(text), !isFigureNote(text) {
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
            return !isFigureNote(text) && !isCodeCell(text)
        }
    }
}
