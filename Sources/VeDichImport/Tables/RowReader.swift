import VeDichCore

/// Reads the body rows of one indicator table, in order, keeping the group and the indicator
/// that sub-rows belong to.
struct RowReader {
    let roles: [ColumnRole]
    let directions: DirectionDictionary
    private(set) var groups: [IndicatorGroupHeading] = []
    private(set) var indicators: [ReadIndicator] = []
    private(set) var findings: [Finding] = []

    private var current: ReadIndicator?
    private var group = ""
    private var numberInGroup = 0
    private var tableHasRowNumbers = false

    init(roles: [ColumnRole], directions: DirectionDictionary) {
        self.roles = roles
        self.directions = directions
    }

    private func cell(_ row: [TableCell], _ role: ColumnRole) -> TableCell? {
        roles.firstIndex(of: role).flatMap { $0 < row.count ? row[$0] : nil }
    }

    private func cells(_ row: [TableCell], _ role: ColumnRole) -> [TableCell] {
        roles.indices.filter { roles[$0] == role && $0 < row.count }.map { row[$0] }
    }

    mutating func read(_ row: [TableCell]) {
        let code = cell(row, .code)?.text ?? ""
        let nameCell = cell(row, .name)
        let name = nameCell?.text ?? ""
        let figureTexts = [ColumnRole.target, .actual, .previous].flatMap { cells(row, $0) }.map(\.text).filter { !$0.isEmpty }
        let location = nameCell?.location ?? row.first?.location ?? SourceLocation()
        if code.isEmpty, name.isEmpty, figureTexts.isEmpty { return }

        if RomanNumeral.value(code) != nil, code == code.uppercased(), figureTexts.isEmpty {
            startGroup(code, title: name)
            return
        }
        if figureTexts.isEmpty, !name.isEmpty, Int(code) == nil, Self.isGroupTitle(name, code: code) {
            startGroup(nil, title: name)
            return
        }
        if name.isEmpty, !figureTexts.isEmpty {
            findings.append(Finding(.error, .unparsedRow, at: location,
                "Hàng “\(row.map(\.text).filter { !$0.isEmpty }.joined(separator: " | "))” có số liệu nhưng không có tên chỉ tiêu; chưa đọc được hàng này"))
            return
        }

        if let number = Int(code) {
            tableHasRowNumbers = true
            beginIndicator(number: number, row: row, location: location)
        } else if !code.isEmpty, !Self.isSubRowMark(code) {
            findings.append(Finding(.error, .unparsedRow, at: location,
                "Hàng “\(code) | \(name)”: số thứ tự “\(code)” không đọc được; chưa đọc được hàng này"))
        } else if isComponent(name: name, code: code), current != nil {
            addComponent(row: row, location: location)
        } else {
            numberInGroup += 1
            beginIndicator(number: numberInGroup, row: row, location: location)
        }
    }

    mutating func finish() {
        if let current { indicators.append(current) }
        current = nil
    }

    // MARK: Rows

    private mutating func startGroup(_ numeral: String?, title: String) {
        finish()
        let assigned = numeral ?? Self.romanNumerals[min(groups.count, Self.romanNumerals.count - 1)]
        group = assigned
        numberInGroup = 0
        groups.append(IndicatorGroupHeading(numeral: assigned, title: title))
    }

    private mutating func beginIndicator(number: Int, row: [TableCell], location: SourceLocation) {
        finish()
        numberInGroup = number
        let code = IndicatorCode(group: group, number: number)
        let line = readLine(row, parentName: nil, code: code, location: location)
        let evaluation = cell(row, .evaluation)
        let statedText = evaluation.flatMap { $0.merge == nil && !$0.text.isEmpty ? $0.text : nil }
        current = ReadIndicator(code: code, line: line, components: [],
                                statedText: statedText, stated: statedText.flatMap { Verdict(label: $0) })
        if let statedText, current?.stated == nil, let evaluation {
            findings.append(Finding(.warning, .unknownVerdictLabel, at: evaluation.location,
                "Chỉ tiêu \(current?.code.description ?? "") “\(line.name)”: nhãn đánh giá “\(statedText)” không phải Vượt / Đạt / Không đạt; bỏ qua khi đối chiếu"))
        }
    }

    private mutating func addComponent(row: [TableCell], location: SourceLocation) {
        guard var indicator = current else { return }
        var line = readLine(row, parentName: indicator.line.name, location: location, parentUnit: indicator.line.unit)
        line.unit = line.unit ?? indicator.line.unit // "Cơ cấu kinh tế (%)" gives its shares their unit
        indicator.components.append(line)
        // Some layouts print the label on the first sub-row instead of the headline row.
        if indicator.statedText == nil, let evaluation = cell(row, .evaluation), evaluation.merge == nil, !evaluation.text.isEmpty {
            indicator.statedText = evaluation.text
            indicator.stated = Verdict(label: evaluation.text)
        }
        current = indicator
    }

    /// An unnumbered row belongs to the indicator above when it is marked as a sub-row ("- …",
    /// "a", "1.1") or when the table numbers its indicators (so an unnumbered row is not one).
    private func isComponent(name: String, code: String) -> Bool {
        if !code.isEmpty, Self.isSubRowMark(code) { return true }
        if name.hasPrefix("-") || name.hasPrefix("+") || name.hasPrefix("•") { return true }
        return tableHasRowNumbers
    }

    // MARK: Cells

    private mutating func readLine(_ row: [TableCell], parentName: String?, code: IndicatorCode? = nil,
                                   location: SourceLocation, parentUnit: String? = nil) -> ReadLine {
        var name = cell(row, .name)?.text ?? ""
        name = String(name.drop(while: { $0 == "-" || $0 == "+" || $0 == "•" || $0 == " " }))
        name = name.split(whereSeparator: \.isNewline).joined(separator: " ")
        let unitCell = cell(row, .unit)?.text
        let unit = (unitCell?.isEmpty == false ? unitCell : nil) ?? UnitText.fromName(name)
        let target = readFigure(cell(row, .target), name: name)
        let actual = readFigure(cell(row, .actual), name: name)
        let previous = cells(row, .previous).map { readFigure($0, name: name) }
        let (direction, reason) = directions.resolve(name: name, parentName: parentName, target: target?.figure, code: code)
        if unit == nil, parentUnit == nil, target != nil || actual != nil {
            findings.append(Finding(.info, .missingUnit, at: location,
                "Chỉ tiêu “\(name)” không ghi đơn vị (trong tên hay ở cột đơn vị); kiểm tra lại để tránh hiểu nhầm số liệu"))
        }
        return ReadLine(name: name, unit: unit, target: target, actual: actual, previous: previous,
                        direction: direction, directionReason: reason, location: location)
    }

    /// Reads a figure cell. Empty cells and placeholders mean no figure; text that cannot be read
    /// is kept as printed with a finding, never guessed.
    private mutating func readFigure(_ cell: TableCell?, name: String) -> ReadFigure? {
        guard let cell, !cell.text.isEmpty, !["-", "–", "x", "X", "…", "..."].contains(cell.text) else { return nil }
        let text = cell.text.split(whereSeparator: \.isNewline).joined(separator: " ")
        switch FigureCell.read(text) {
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
            findings.append(Finding(.error, .malformedNumber, at: cell.location,
                "Chỉ tiêu “\(name)”: “\(text)” viết trong ngoặc mà không có dấu trừ, không rõ là số âm hay chú thích nên chưa đọc. Cách sửa: viết (-\(number)) nếu là số âm, hoặc \(number) nếu là số dương"))
            return ReadFigure(text: text, figure: nil, note: nil, location: cell.location)
        case .malformed(let error):
            findings.append(Finding(.error, .malformedNumber, at: cell.location,
                "Chỉ tiêu “\(name)”: \(error.userMessage.what). \(error.userMessage.fix)"))
            return ReadFigure(text: text, figure: nil, note: nil, location: cell.location)
        }
    }

    // MARK: Shapes

    static let romanNumerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]

    private static func isSubRowMark(_ code: String) -> Bool {
        code.isEmpty || ["-", "+", "•", "*"].contains(code) || (code.count == 1 && code.first?.isLowercase == true)
            || code.includes(".")
    }

    /// A row that names a group without a numeral: "A. Chỉ tiêu kinh tế", "CÁC CHỈ TIÊU XÃ HỘI".
    private static func isGroupTitle(_ name: String, code: String) -> Bool {
        let lowered = name.lowercased()
        let letters = name.filter(\.isLetter)
        return (code.count == 1 && code.first?.isUppercase == true)
            || lowered.hasPrefix("các chỉ tiêu") || lowered.hasPrefix("chỉ tiêu về") || lowered.hasPrefix("nhóm chỉ tiêu")
            || (!letters.isEmpty && letters == letters.uppercased() && letters.count > 6)
    }
}
