import VeDichCore

/// Reads the body rows of one indicator table, in order, keeping the group and the indicator
/// that sub-rows belong to. Row numbers in every form reports use ("1", "1.", "1)", Roman group
/// numerals, "a)", "-", "+", "Trong đó:", Word's list numbering rendered as "1.", or nothing).
struct RowReader {
    let roles: [ColumnRole]
    let directions: DirectionDictionary
    /// The target column verdicts are judged against; every issuer's column when there are several.
    let targetColumn: Int?
    let issuers: [Int: String]
    /// Verdicts stand in a "Ghi chú" column among remarks: only a verdict is a stated label.
    let evaluationIsNote: Bool
    /// Columns whose numbers count as not placed: no role, and not set aside after a reported tie.
    var unplacedColumns: [Int] = []
    private(set) var groups: [IndicatorGroupHeading] = []
    private(set) var indicators: [ReadIndicator] = []
    private(set) var findings: [Finding] = []
    private(set) var coverage = TableCoverage()

    private var current: ReadIndicator?
    private var group = ""
    private var numberInGroup = 0
    private var tableHasRowNumbers = false
    /// Some row of the table carries a number ("1", "1.", in the name cell): known before any is read.
    private var tableNumbersRows = false
    /// The current group is one the reader inferred from a title with no figures ("Trồng trọt"),
    /// not one the document numbered or wrote as a group ("I", "A.", "CÁC CHỈ TIÊU XÃ HỘI").
    private var groupInferred = false
    /// The row just read was a group's title: a wrapped line after it continues the title.
    private var previousWasGroupTitle = false
    /// After a "Trong đó:" row, unnumbered rows break the indicator above down.
    private var inBreakdown = false
    /// The body rows, read at `finish()`: how a table writes its decimals and numbers its rows is
    /// decided from all of them before any is read.
    private var pending: [[TableCell]] = []
    /// "98.6" or "98,6": decided once for the whole table from its figures (`DecimalMark.evidence`).
    private(set) var decimalMark = DecimalMark.comma
    /// Every numbered row says "1." (Word's list numbering lost in a copy, or typed so): the rows
    /// are counted 1…N within each group instead.
    private(set) var numbersLostInCopy = false

    init(roles: [ColumnRole], directions: DirectionDictionary, targetColumn: Int? = nil, issuers: [Int: String] = [:],
         evaluationIsNote: Bool = false) {
        self.evaluationIsNote = evaluationIsNote
        self.roles = roles
        self.directions = directions
        self.targetColumn = targetColumn ?? roles.firstIndex(of: .target)
        self.issuers = issuers
        unplacedColumns = roles.indices.filter { roles[$0] == .other }
    }

    private func cell(_ row: [TableCell], _ role: ColumnRole) -> TableCell? {
        roles.firstIndex(of: role).flatMap { $0 < row.count ? row[$0] : nil }
    }

    private func cells(_ row: [TableCell], _ role: ColumnRole) -> [TableCell] {
        roles.indices.filter { roles[$0] == role && $0 < row.count }.map { row[$0] }
    }

    /// The name as printed: a name column merged across two header columns ("Chỉ tiêu" over the
    /// indicator and its parts) reads as one.
    private func nameText(_ row: [TableCell]) -> (text: String, mergedFromAbove: Bool) {
        let columns = roles.indices.filter { roles[$0] == .name && $0 < row.count }
        let texts = columns.map { row[$0].text }.filter { !$0.isEmpty }
        var seen: [String] = []
        for text in texts where !seen.contains(text) { seen.append(text) }
        let merged = columns.first.map { row[$0].merge == .continuesAbove } ?? false
        return (seen.joined(separator: " "), merged)
    }

    mutating func read(_ row: [TableCell]) {
        pending.append(row)
    }

    /// Reads the rows handed to `read(_:)`, in order, once the table's ways of writing are known.
    mutating func finish() {
        let rows = pending
        pending = []
        let figureColumns = roles.indices.filter { [.target, .actual, .previous].contains(roles[$0]) } + issuers.keys
        decimalMark = DecimalMark.evidence(in: rows.flatMap { row in figureColumns.filter { $0 < row.count }.map { row[$0].text } })
        numbersLostInCopy = Self.everyNumberIsOne(rows, codeColumn: roles.firstIndex(of: .code), nameColumn: roles.firstIndex(of: .name))
        // A stacked row's lines follow its headline: they belong to it whatever the table numbers.
        var parts: [(row: [TableCell], lineOfAbove: Bool)] = []
        for row in rows where !Self.isColumnNumbering(row) {
            if let stacked = Self.unstacked(row, roles: roles) {
                parts += stacked.enumerated().map { ($1, $0 > 0) }
            } else {
                parts.append((row, false))
            }
        }
        // Each row's shape once: looking ahead from every row of a long run of blank rows would
        // read the run again for each of them.
        var shapes = parts.map { shape($0.row) }
        // A number of four digits or more is a row's number by its place: right after the row
        // numbered one less ("999", "1000"), as a long list of communes runs on.
        var lastNumber: Int?
        for index in shapes.indices {
            if shapes[index].number == .unknown, case .number(let long) = RowNumber(shapes[index].codeText, after: lastNumber) {
                shapes[index].number = .number(long)
            }
            if case .number(let value) = shapes[index].number { lastNumber = value }
        }
        // A table none of whose rows holds a figure or a verdict read nothing: its titles are no
        // groups and its names no indicators to judge, and its coverage says so.
        guard shapes.contains(where: { $0.hasFigures || $0.hasVerdict }) else {
            leaveUnread(parts.map(\.row), shapes: shapes)
            return
        }
        tableNumbersRows = shapes.contains { if case .number = $0.number { return true } else { return false } }
        // The next row that says anything, for every row: whether a row without figures heads a
        // group or its own lines.
        var nextSaying: [Int?] = Array(repeating: nil, count: parts.count)
        var following: Int?
        for index in parts.indices.reversed() {
            nextSaying[index] = following
            if !shapes[index].isBlank { following = index }
        }
        for (index, part) in parts.enumerated() {
            let next = nextSaying[index].map { (parts[$0].lineOfAbove, shapes[$0]) }
            readOne(part.row, shape: shapes[index], lineOfAbove: part.lineOfAbove, next: next)
        }
        closeIndicator()
    }

    /// Every row that says something is unread, with one finding for the table: a list of names
    /// beside empty figure columns (the figures lost in a copy, or kept in a column the header
    /// does not name) must not look read.
    private mutating func leaveUnread(_ rows: [[TableCell]], shapes: [RowShape]) {
        var names: [String] = []
        var first: SourceLocation?
        for (row, shape) in zip(rows, shapes) where !shape.isBlank {
            let location = cell(row, .name)?.location ?? row.first?.location ?? SourceLocation()
            first = first ?? location
            coverage.unreadRows.append(location)
            coverage.numbersUnplaced += row.reduce(0) { $0 + TableCoverage.numbers(in: $1.text) }
            if !shape.name.isEmpty { names.append("“\(shape.name)”") }
        }
        guard let first else { return }
        let shown = names.prefix(3).joined(separator: ", ") + (names.count > 3 ? ", …" : "")
        findings.append(Finding(.warning, .unparsedRow, at: first,
            "Bảng không có số liệu hay đánh giá nào ở các cột kế hoạch, thực hiện: \(coverage.unreadRows.count) hàng (\(shown)) chưa đọc được. Kiểm tra xem số liệu có nằm ở cột khác, hoặc bị mất khi sao chép"))
    }

    /// What a row says before it is read: its number (in the number column or at the head of the
    /// name), its name without that number, whether it has figures or a verdict.
    struct RowShape {
        var number: RowNumber
        var name: String
        var saysInWhich: Bool
        var hasFigures: Bool
        var hasVerdict: Bool
        var codeText: String

        var isBlank: Bool { codeText.isEmpty && name.isEmpty && !hasFigures && !hasVerdict }
    }

    func shape(_ row: [TableCell]) -> RowShape {
        var codeText = cell(row, .code)?.text ?? ""
        var name = nameText(row).text
        // "- Trong đó: thu nội địa" typed across the TT and name cells merged into one: the text
        // is the name (a number of its own, "I. CHỈ TIÊU KINH TẾ", is still read off its head).
        if name.isEmpty, !codeText.isEmpty, RowNumber(codeText) == .unknown, let nameColumn = roles.firstIndex(of: .name),
           nameColumn < row.count, row[nameColumn].merge == .continuesLeft {
            name = codeText
            codeText = ""
        }
        let hasFigures = [ColumnRole.target, .actual, .previous].flatMap { cells(row, $0) }.contains { !$0.text.isEmpty }
            || issuers.keys.contains { $0 < row.count && !row[$0].text.isEmpty }
        let hasVerdict = cell(row, .evaluation).map { $0.merge == nil && !$0.text.isEmpty } ?? false
        var number = RowNumber(codeText)
        // "Trong đó: Giảm tỷ lệ hộ nghèo tại các huyện nghèo", also after a dash; "Trong đó" in
        // the number cell beside the part's name.
        var saysInWhich = RowNumber.subRowWords.contains(Words(codeText.hasSuffix(":") ? String(codeText.dropLast()) : codeText))
        let unmarked = String(name.drop { "-+•– ".contains($0) })
        if number == .none || number == .subRow, case (.subRow, let rest)? = RowNumber.leading(unmarked) {
            number = .subRow
            name = rest
            saysInWhich = true
        }
        if number == .none, let (leading, rest) = RowNumber.leading(name) {
            number = leading
            name = rest
        }
        if number == .none, name.hasPrefix("-") || name.hasPrefix("+") || name.hasPrefix("•") || name.hasPrefix("–") {
            number = .subRow
        }
        return RowShape(number: number, name: name, saysInWhich: saysInWhich, hasFigures: hasFigures, hasVerdict: hasVerdict, codeText: codeText)
    }

    /// The row of column numbers under a header ("(1) (2) (3)", "A B 1 2 3"): neither an
    /// indicator nor a row left unread.
    static func isColumnNumbering(_ row: [TableCell]) -> Bool {
        RowNumber.isColumnNumbering(row.filter { $0.merge == nil }.map(\.text))
    }

    /// True when at least two rows are numbered and every one of them says 1 ("1.", "1)", "1"),
    /// in the number column or at the head of the name. One "1." alone, or "I / 1 / II / 1"
    /// restarting in each group, reads the same either way.
    static func everyNumberIsOne(_ rows: [[TableCell]], codeColumn: Int?, nameColumn: Int?) -> Bool {
        var numbers: [Int] = []
        for row in rows {
            let code = codeColumn.flatMap { $0 < row.count ? row[$0].text : nil } ?? ""
            var number = RowNumber(code)
            if number == .none, let nameColumn, nameColumn < row.count, let (leading, _) = RowNumber.leading(row[nameColumn].text) {
                number = leading
            }
            if case .number(let value) = number { numbers.append(value) }
        }
        return numbers.count >= 2 && numbers.allSatisfy { $0 == 1 }
    }

    private mutating func readOne(_ row: [TableCell], shape: RowShape, lineOfAbove: Bool = false, next: (lineOfAbove: Bool, shape: RowShape)? = nil) {
        let codeText = shape.codeText
        let nameMerged = nameText(row).mergedFromAbove
        let nameCell = cell(row, .name)
        let figureTexts = [ColumnRole.target, .actual, .previous].flatMap { cells(row, $0) }.map(\.text).filter { !$0.isEmpty }
        let location = nameCell?.location ?? row.first?.location ?? SourceLocation()
        if codeText.isEmpty, shape.name.isEmpty, figureTexts.isEmpty { return }
        let name = shape.name
        let number = shape.number
        let saysInWhich = shape.saysInWhich

        // One of the figures a stacked cell holds: a line of the indicator above, never a row of its own.
        if lineOfAbove, current != nil {
            addComponent(row: row, name: name, location: location)
            return
        }
        // "Trong đó:" on a row of its own: what follows breaks the indicator above down.
        if figureTexts.isEmpty, RowNumber.subRowWords.contains(Words(name.hasSuffix(":") ? String(name.dropLast()) : name))
            || (name.isEmpty && number == .subRow && figureTexts.isEmpty) {
            inBreakdown = current != nil
            previousWasGroupTitle = false
            return
        }
        // "(Tỷ đồng)", "và dịch vụ": the name above wrapped onto a row of its own.
        let wasGroupTitle = previousWasGroupTitle
        previousWasGroupTitle = false
        // A PDF wraps "11)" as "11" over ")": the row holding the ")" only carries on the row above.
        let codeIsFragment = !codeText.isEmpty && codeText.trimmed.allSatisfy { ").:".contains($0) }
        if codeIsFragment, figureTexts.isEmpty, !shape.hasVerdict, name.isEmpty {
            // Under a group's title it closes the group's numeral ("II" over ")"); with no row
            // above to close, it is said, not dropped.
            if current == nil, !(wasGroupTitle && !groups.isEmpty) {
                unread(row, location: location,
                       "Hàng chỉ có “\(codeText.trimmed)” (phần cuối của số thứ tự bị xuống dòng) nhưng không có hàng chỉ tiêu nào ở trên để gắn vào; chưa đọc được hàng này")
            }
            previousWasGroupTitle = wasGroupTitle
            return
        }
        if codeIsFragment, figureTexts.isEmpty, !shape.hasVerdict, current == nil { return }
        if codeText.isEmpty && number == .none && Self.continuesName(name) || codeIsFragment, figureTexts.isEmpty, !shape.hasVerdict {
            if wasGroupTitle, current == nil, !groups.isEmpty {
                groups[groups.count - 1].title += " " + name.trimmed
                previousWasGroupTitle = true
                coverage.rowsRead += 1
                return
            }
            if current != nil {
                continueName(with: name)
                return
            }
        }

        switch number {
        case .group(let numeral) where figureTexts.isEmpty:
            startGroup(RomanNumeral.value(numeral) != nil ? numeral : nil, title: name)
            coverage.rowsRead += 1
            previousWasGroupTitle = true
            return
        case .group(let numeral) where RomanNumeral.value(numeral) != nil && !name.isEmpty:
            // "I | Tổng thu ngân sách | 5.000 | …": a group that is itself an indicator.
            startGroup(numeral, title: name)
            beginIndicator(code: IndicatorCode(group: numeral, number: nil), row: row, name: name, location: location)
            return
        default:
            break
        }
        if figureTexts.isEmpty, !name.isEmpty, number == .none || number == .unknown, Self.isGroupTitle(name, code: codeText) {
            startGroup(nil, title: name)
            coverage.rowsRead += 1
            previousWasGroupTitle = true
            return
        }
        // "Trồng trọt", "Chăn nuôi" over rows of their own: a title with no figures is a group.
        if figureTexts.isEmpty, !shape.hasVerdict, !name.isEmpty, number == .none, opensGroup(name, row: row, next: next) {
            if !groups.isEmpty, !groupInferred {
                // A part of a group the document wrote ("I | Kinh tế", then "Trồng trọt"): its rows
                // stay in that group, numbered on.
                closeIndicator()
                inBreakdown = false
            } else {
                startGroup(nil, title: name, inferred: true)
            }
            coverage.rowsRead += 1
            previousWasGroupTitle = true
            return
        }
        if name.isEmpty, !figureTexts.isEmpty {
            // A name cell merged down from the row above: another line of the same indicator.
            if nameMerged, current != nil {
                addComponent(row: row, name: "", location: location)
                return
            }
            let filled = row.map(\.text).filter { !$0.isEmpty }
            // A whole line in one cell (a row a copy split by spaces could not part): its name is
            // there, the cells are not told apart.
            let oneCellOfWords = filled.count == 1 && filled[0].split(separator: " ").filter { $0.filter(\.isLetter).count >= 2 }.count >= 3
            unread(row, location: location, oneCellOfWords
                   ? "Hàng “\(filled[0])” không tách được thành các ô (tên chỉ tiêu, đơn vị, các số liệu) một cách chắc chắn; chưa đọc được hàng này. Hãy sao chép lại bảng để các ô cách nhau bằng phím Tab, hoặc gửi tệp Word"
                   : "Hàng “\(filled.joined(separator: " | "))” có số liệu nhưng không có tên chỉ tiêu; chưa đọc được hàng này")
            return
        }

        switch number {
        case .number(let written):
            // "II.1" after "I.2" with no group row between: the code itself opens group II, or
            // its indicators would take group I's codes again.
            if let numeral = RowNumber.groupNumeral(codeText), numeral != group {
                startGroup(numeral, title: "Nhóm \(numeral)", inferred: true)
            }
            tableHasRowNumbers = true
            let value = numbersLostInCopy ? numberInGroup + 1 : written
            numberInGroup = value
            beginIndicator(code: IndicatorCode(group: group, number: value), row: row, name: name, location: location)
        case .letter(let letter) where current != nil && tableHasRowNumbers:
            _ = letter
            addComponent(row: row, name: name, location: location)
        case .letter(let letter):
            // Lettered indicators where nothing is numbered: coded by their letter ("a", "II.b").
            let code = IndicatorCode(group: group, letter: letter)
            numberInGroup = code.number ?? numberInGroup + 1
            beginIndicator(code: code, row: row, name: name, location: location)
        case .unknown:
            unread(row, location: location,
                   "Hàng “\(codeText) | \(name)”: số thứ tự “\(codeText)” không đọc được; chưa đọc được hàng này")
        case .subRow where current != nil, .none where current != nil && (tableHasRowNumbers || inBreakdown):
            addComponent(row: row, name: name, location: location, breakdown: saysInWhich || inBreakdown)
        default:
            numberInGroup += 1
            beginIndicator(code: IndicatorCode(group: group, number: numberInGroup), row: row, name: name, location: location)
        }
    }

    /// A row with no figures opens a group when the rows under it are the table's own indicators:
    /// numbered, or, where nothing is numbered, unmarked rows. Before "- Theo cân nặng", "Trong
    /// đó:" or a stacked cell's lines it is the headline of its lines; a name that ends with ":"
    /// or gives a unit ("Cơ cấu kinh tế (%)") announces lines of its own.
    private func opensGroup(_ name: String, row: [TableCell], next: (lineOfAbove: Bool, shape: RowShape)?) -> Bool {
        guard !name.hasSuffix(":"), UnitText.fromName(name) == nil, cell(row, .unit)?.text.isEmpty ?? true,
              let next, !next.lineOfAbove, !next.shape.saysInWhich else { return false }
        switch next.shape.number {
        case .number, .group: return true
        case .letter: return !tableNumbersRows
        case .none: return !tableNumbersRows && !Self.continuesName(next.shape.name)
        case .subRow, .unknown: return false
        }
    }

    /// A line that only carries on the name above: it opens with a bracket ("(Tỷ đồng)") or in
    /// lower case ("và dịch vụ"), as a wrapped line does; a name of its own opens in upper case.
    static func continuesName(_ name: String) -> Bool {
        guard let first = name.trimmed.first else { return false }
        return first == "(" || (first.isLetter && first.isLowercase)
    }

    /// Joins a wrapped line to the name above (the indicator's own, or its last line's), and reads
    /// again what the name says: its unit ("(Tỷ đồng)") and its direction.
    private mutating func continueName(with more: String) {
        guard var indicator = current else { return }
        coverage.rowsRead += 1
        let isHeadline = indicator.components.isEmpty
        var line = isHeadline ? indicator.line : indicator.components[indicator.components.count - 1]
        line.name += " " + more.trimmed
        if line.unit == nil, let unit = UnitText.fromName(line.name) {
            line.unit = unit
            findings.removeAll { $0.kind == .missingUnit && $0.location == line.location }
        }
        // A bracket adds a unit or a remark ("(giảm so cùng kỳ do …)"), whose words must not turn
        // the indicator's direction; a name wrapped in mid-phrase ("và dịch vụ") is read again.
        if !more.trimmed.hasPrefix("(") {
            let (direction, reason) = directions.resolve(name: line.name, parentName: isHeadline ? nil : indicator.line.name,
                                                         target: line.target?.figure, code: isHeadline ? indicator.code : nil)
            line.direction = direction
            line.directionReason = reason
        }
        if isHeadline { indicator.line = line } else { indicator.components[indicator.components.count - 1] = line }
        current = indicator
    }

    private mutating func closeIndicator() {
        if var current {
            PartsOfTotal.mark(&current)
            indicators.append(current)
        }
        current = nil
    }

    // MARK: Rows

    private mutating func unread(_ row: [TableCell], location: SourceLocation, _ message: String) {
        // The reader's failure, not the document's: said plainly, never as an error in the document.
        findings.append(Finding(.warning, .unparsedRow, at: location, message))
        coverage.unreadRows.append(location)
        coverage.numbersUnplaced += row.reduce(0) { $0 + TableCoverage.numbers(in: $1.text) }
    }

    private mutating func startGroup(_ numeral: String?, title: String, inferred: Bool = false) {
        closeIndicator()
        inBreakdown = false
        groupInferred = inferred
        let assigned = numeral ?? Self.romanNumerals[min(groups.count, Self.romanNumerals.count - 1)]
        group = assigned
        numberInGroup = 0
        groups.append(IndicatorGroupHeading(numeral: assigned, title: title))
    }

    private mutating func beginIndicator(code: IndicatorCode, row: [TableCell], name: String, location: SourceLocation) {
        closeIndicator()
        inBreakdown = false
        coverage.rowsRead += 1
        let line = readLine(row, name: name, parentName: nil, code: code, location: location)
        let evaluation = cell(row, .evaluation)
        var statedText = evaluation.flatMap { $0.merge == nil && !$0.text.isEmpty ? $0.text : nil }
        if evaluationIsNote, statedText.flatMap(StatedVerdict.read) == nil { statedText = nil }
        current = ReadIndicator(code: code, line: line, components: [],
                                statedText: statedText, stated: statedText.flatMap(StatedVerdict.read))
        if let statedText, current?.stated == nil, let evaluation {
            findings.append(Finding(.warning, .unknownVerdictLabel, at: evaluation.location,
                "Chỉ tiêu \(current?.code.description ?? "") “\(line.name)”: nhãn đánh giá “\(statedText)” không phải Vượt / Đạt / Không đạt; bỏ qua khi đối chiếu"))
        }
    }

    private mutating func addComponent(row: [TableCell], name: String, location: SourceLocation, breakdown: Bool = false) {
        guard var indicator = current else { return }
        coverage.rowsRead += 1
        let lineName = name.isEmpty ? "\(indicator.line.name) (dòng \(indicator.components.count + 2))" : name
        var line = readLine(row, name: lineName, parentName: indicator.line.name, location: location, parentUnit: indicator.line.unit)
        line.unit = line.unit ?? indicator.line.unit // "Cơ cấu kinh tế (%)" gives its shares their unit
        // A label in the sub-row's own cell (not one merged down from the headline): on the first
        // sub-row of a headline with neither figures nor label, some layouts print the headline's
        // there; otherwise it is the sub-row's own.
        line.isBreakdown = breakdown
        if let evaluation = cell(row, .evaluation), evaluation.merge == .continuesAbove, indicator.statedText != nil {
            if let sibling = indicator.components.last, sibling.statedText != nil {
                // Under a line with a verdict of its own the cell continues that line's verdict, not
                // the headline's (a merge from the headline would have covered that line too). A
                // PDF's blank cell there only looks like a merge: the line is left unjudged.
                if !evaluation.mergeGuessed {
                    line.statedText = sibling.statedText
                    line.stated = sibling.stated
                }
            } else {
                line.coveredByHeadlineVerdict = true
                line.coverGuessed = evaluation.mergeGuessed
            }
        }
        if let evaluation = cell(row, .evaluation), evaluation.merge == nil, !evaluation.text.isEmpty {
            let verdict = StatedVerdict.read(evaluation.text)
            if indicator.statedText == nil, indicator.components.isEmpty, indicator.line.target == nil, indicator.line.actual == nil {
                indicator.statedText = evaluation.text
                indicator.stated = verdict
            } else if verdict != nil {
                line.statedText = evaluation.text
                line.stated = verdict
            }
        }
        indicator.components.append(line)
        current = indicator
    }

    // MARK: Cells

    private mutating func readLine(_ row: [TableCell], name rawName: String, parentName: String?, code: IndicatorCode? = nil,
                                   location: SourceLocation, parentUnit: String? = nil) -> ReadLine {
        var name = String(rawName.drop(while: { $0 == "-" || $0 == "+" || $0 == "•" || $0 == "–" || $0 == " " }))
        name = name.split(whereSeparator: \.isNewline).joined(separator: " ")
        let unitCell = cell(row, .unit)?.text
        let unit = (unitCell?.isEmpty == false ? unitCell : nil) ?? UnitText.fromName(name)
        var issued: [IssuedTarget] = []
        for column in issuers.keys.sorted() where column < row.count {
            guard let figure = readFigure(row[column], name: name) else { continue }
            issued.append(IssuedTarget(issuer: issuers[column] ?? "", figure: figure, governing: column == targetColumn))
        }
        // The governing issuer left this row blank: the first issuer that gives a target governs it.
        if !issued.isEmpty, !issued.contains(where: \.governing) { issued[0].governing = true }
        let target = issued.first(where: \.governing)?.figure
            ?? targetColumn.flatMap { $0 < row.count ? readFigure(row[$0], name: name) : nil }
        // With no target beside it, a value decides no verdict: its doubts are warnings.
        let actual = readFigure(cell(row, .actual), name: name, judged: target?.figure != nil)
        let previous = cells(row, .previous).map { readFigure($0, name: name) }
        let (direction, reason) = directions.resolve(name: name, parentName: parentName, target: target?.figure, code: code)
        if unit == nil, parentUnit == nil, target != nil || actual != nil {
            findings.append(Finding(.info, .missingUnit, at: location,
                "Chỉ tiêu “\(name)” không ghi đơn vị (trong tên hay ở cột đơn vị); kiểm tra lại để tránh hiểu nhầm số liệu"))
        }
        for column in unplacedColumns where column < row.count {
            coverage.numbersUnplaced += TableCoverage.numbers(in: row[column].text)
        }
        return ReadLine(name: name, unit: unit, target: target, actual: actual, previous: previous,
                        direction: direction, directionReason: reason, location: location,
                        targets: issued.count > 1 ? issued : [])
    }

    /// Reads a figure cell. Empty cells and placeholders mean no figure; text that cannot be read
    /// is kept as printed with a finding, never guessed.
    private mutating func readFigure(_ cell: TableCell?, name: String, judged: Bool = true) -> ReadFigure? {
        guard let cell, !cell.text.isEmpty, !["-", "–", "x", "X", "…", "...", "—"].contains(cell.text) else { return nil }
        let text = cell.text.split(whereSeparator: \.isNewline).joined(separator: " ")
        // Read the Vietnamese way; kept as printed ("98.6" in a table that writes decimal points).
        switch FigureCell.read(decimalMark.vietnamese(text)) {
        case .figure(let figure, let note):
            if figure.hasParenthesizedNumber {
                findings.append(Finding(.info, .negativeInParentheses, at: cell.location,
                    "Chỉ tiêu “\(name)”: số “\(text)” viết trong ngoặc, đọc là số âm \(figure.format(figure.interval.lower?.value ?? 0))"))
            }
            return ReadFigure(text: text, figure: figure, note: note, location: cell.location)
        case .words:
            findings.append(Finding(.info, .valueInWords, at: cell.location,
                "Chỉ tiêu “\(name)”: “\(text)” viết bằng chữ, không tính được; đánh giá lại cần số liệu"))
            return ReadFigure(text: text, figure: nil, note: nil, location: cell.location)
        case .unsignedParentheses(let number):
            // "(3,26)" beside no target is read by no verdict: said, but not as the document's error.
            findings.append(Finding(judged ? .error : .warning, .malformedNumber, at: cell.location,
                "Chỉ tiêu “\(name)”: “\(text)” viết trong ngoặc mà không có dấu trừ, không rõ là số âm hay chú thích nên chưa đọc. Cách sửa: viết (-\(number)) nếu là số âm, hoặc \(number) nếu là số dương"))
            return ReadFigure(text: text, figure: nil, note: nil, location: cell.location)
        case .malformed(let error):
            // Only a cell that is nothing but a number ("9,15,0") is certainly mistyped; one with
            // words around its figures ("Khoảng 38-40 ha", "tăng 6,8 - 7,5% (năm gốc …)") may be
            // a way of writing the reader does not know yet.
            // Several paragraphs in one cell are several figures, not one mistyped number.
            let certain = Self.isBareNumber(text) && !cell.text.contains(where: \.isNewline)
            findings.append(Finding(certain ? .error : .warning, .malformedNumber, at: cell.location,
                "Chỉ tiêu “\(name)”: \(error.userMessage.what). \(error.userMessage.fix)"))
            return ReadFigure(text: text, figure: nil, note: nil, location: cell.location)
        }
    }

    /// Digits, separators, signs, % and ‰ only: what a person meant as one number.
    static func isBareNumber(_ text: String) -> Bool {
        text.allSatisfy { ($0.isASCII && $0.isNumber) || ".,%‰-−–+ ".contains($0) }
    }

    // MARK: Stacked cells

    /// A row whose figure cells hold several figures, one a paragraph ("8,2" / "11,5": by weight
    /// and by height), is one indicator with that many lines: the row itself as the headline
    /// (its label, no figures) and one sub-row per figure, named by the name cell's own further
    /// paragraphs when it has as many. A second paragraph in brackets is a note, not a figure.
    static func unstacked(_ row: [TableCell], roles: [ColumnRole]) -> [[TableCell]]? {
        // A previous period's cell stacks its figures the same way ("8,0" / "12,1").
        let figureColumns = roles.indices.filter { [.target, .actual, .previous].contains(roles[$0]) && $0 < row.count }
        func parts(_ text: String) -> [String] {
            text.split(whereSeparator: \.isNewline).map { $0.trimmed }.filter { !$0.isEmpty }
        }
        let stacked = figureColumns.map { parts(row[$0].text) }
        let count = stacked.map(\.count).max() ?? 0
        guard count >= 2,
              stacked.allSatisfy({ $0.count <= 1 || $0.count == count }),
              stacked.joined().allSatisfy({ !$0.hasPrefix("(") && RowPattern.looksLikeFigure($0) }) else { return nil }
        guard let nameColumn = roles.firstIndex(of: .name), nameColumn < row.count else { return nil }
        let names = parts(row[nameColumn].text)
        let ownNames = names.count == count + 1 ? Array(names.dropFirst()) : Self.slashedNames(names.joined(separator: " "), count: count)
        var headline = row
        headline[nameColumn].text = names.count == count + 1 ? names[0] : names.joined(separator: " ")
        for column in figureColumns { headline[column].text = "" }
        var lines = [headline]
        for index in 0..<count {
            var line = row.map { cell -> TableCell in
                var blank = cell
                blank.text = ""
                blank.merge = nil
                return blank
            }
            if let code = roles.firstIndex(of: .code), code < line.count { line[code].text = "-" }
            line[nameColumn].text = ownNames?[index] ?? "\(headline[nameColumn].text) (dòng \(index + 1))"
            for (column, figures) in zip(figureColumns, stacked) where !figures.isEmpty {
                line[column].text = figures.count == 1 ? figures[0] : figures[index]
            }
            if let unit = roles.firstIndex(of: .unit), unit < row.count { line[unit].text = row[unit].text }
            lines.append(line)
        }
        return lines
    }

    /// "Tỷ lệ trẻ em suy dinh dưỡng (cân nặng/chiều cao)" beside two figures: the lines are
    /// named by the parts in brackets, in order. Nil unless there are exactly as many parts.
    static func slashedNames(_ name: String, count: Int) -> [String]? {
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "(") else { return nil }
        let inside = name[name.index(after: open)..<name.index(before: name.endIndex)]
        let parts = inside.split(separator: "/").map { $0.trimmed }
        // "(triệu đồng/người)" is a unit, not two lines.
        guard parts.count == count, parts.allSatisfy({ !$0.isEmpty && $0.contains(where: \.isLetter) && !UnitText.known.contains($0.lowercased()) })
        else { return nil }
        return parts.map { String($0) }
    }

    // MARK: Shapes

    static let romanNumerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]

    /// A row that names a group without a numeral: "A. Chỉ tiêu kinh tế", "CÁC CHỈ TIÊU XÃ HỘI".
    private static func isGroupTitle(_ name: String, code: String) -> Bool {
        let lowered = name.lowercased()
        let letters = name.filter(\.isLetter)
        return (code.count == 1 && code.first?.isUppercase == true)
            || lowered.hasPrefix("các chỉ tiêu") || lowered.hasPrefix("chỉ tiêu về") || lowered.hasPrefix("nhóm chỉ tiêu")
            || (!letters.isEmpty && letters == letters.uppercased() && letters.count > 6)
    }
}
