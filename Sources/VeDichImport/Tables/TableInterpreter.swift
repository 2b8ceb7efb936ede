import VeDichCore

/// Gives meaning to a raw table: which column is which (by header text), which rows are groups,
/// numbered indicators and their components, and what each figure cell reads as. Every row that
/// looks like an indicator is either read or reported as `unparsed_row`; nothing is dropped.
struct TableInterpreter {
    var directions: DirectionDictionary
    /// The document's date and title, which decide what a header alone cannot.
    var context: DocumentContext
    var findings: [Finding] = []

    init(directions: DirectionDictionary, context: DocumentContext = DocumentContext()) {
        self.directions = directions
        self.context = context
    }

    /// Nil when the table is not an indicator table (no name column, no figure column).
    mutating func interpret(_ raw: RawTable, title: String) -> IndicatorTable? {
        // The header row names an indicator column and a figure column, itself or joined with a
        // second header row under its merged cells ("Năm 2023" over "Kế hoạch | Thực hiện").
        guard let headerIndex = raw.rows.indices.first(where: { index in
            let roles = ColumnRole.classify(headers: raw.rows[index].map(\.text))
            guard roles.contains(.name) else { return false }
            if roles.contains(.target) || roles.contains(.actual) { return true }
            guard index + 1 < raw.rows.count, Self.isSubHeader(raw.rows[index + 1], nameColumn: roles.firstIndex(of: .name)) else { return false }
            let joined = ColumnRole.classify(headers: Self.joinedHeaders(raw.rows[index], raw.rows[index + 1]))
            return joined.contains(.target) || joined.contains(.actual)
        }) else { return nil }

        var headers = raw.rows[headerIndex].map(\.text)
        var bodyStart = headerIndex + 1
        // A second header row under merged headers ("Năm 2024" over "Kế hoạch | Ước TH").
        let nameColumn = ColumnRole.classify(headers: headers).firstIndex(of: .name)
        if bodyStart < raw.rows.count, Self.isSubHeader(raw.rows[bodyStart], nameColumn: nameColumn) {
            headers = Self.joinedHeaders(raw.rows[headerIndex], raw.rows[bodyStart])
            bodyStart += 1
        }
        // A horizontally merged header names every column it spans.
        var continuations: Set<Int> = []
        for column in headers.indices where headers[column].isEmpty && column > 0 {
            if raw.rows[headerIndex][column].merge == .continuesLeft {
                headers[column] = headers[column - 1]
                continuations.insert(column)
            }
        }
        let body = Array(raw.rows[bodyStart...])
        let assignment = ColumnAssignment(headers: headers, title: title, continuations: continuations, context: context, body: body)
        let roles = assignment.roles
        let headerLocation = raw.rows[headerIndex].first?.location ?? raw.location
        findings += assignment.ties.map { Self.finding($0, headers: headers, title: title, at: headerLocation) }
        findings += assignment.explanations.map { Self.explanation($0.column, $0.why, headers: headers, title: title, at: headerLocation) }
        let (kind, period) = Self.kindAndPeriod(title: title, headers: headers, roles: roles)
        var reader = RowReader(roles: roles, directions: directions, targetColumn: assignment.governingTarget,
                               issuers: assignment.issuers, evaluationIsNote: assignment.evaluationIsNote)
        reader.unplacedColumns.removeAll { assignment.setAside.contains($0) }
        for row in body { reader.read(row) }
        reader.finish()
        findings += reader.findings
        var table = IndicatorTable(
            title: title, kind: kind, period: period, columns: headers, roles: roles,
            groups: reader.groups, indicators: reader.indicators, location: raw.location)
        table.targetsOnly = roles.contains(.target) && !roles.contains(.actual)
        if let actual = roles.firstIndex(of: .actual), let target = assignment.governingTarget ?? roles.firstIndex(of: .target),
           PartOfYear.named(in: headers[target]) == nil {
            table.valuesForPartOfYear = PartOfYear.named(in: headers[actual])
            // "Thực hiện" alone names no period: the document's kind and date say it. A report
            // on 9 months read against the year's plan would raise errors it does not deserve.
            let targetPeriod = ColumnAssignment.period(headers[target]) ?? ColumnAssignment.period(title)
            if table.valuesForPartOfYear == nil, ColumnAssignment.period(headers[actual]) == nil, targetPeriod.map({ $0.count == 1 }) ?? true,
               let part = context.partOfYear(planYear: targetPeriod?.lowerBound, tableTitle: title) {
                table.valuesForPartOfYear = part.part
                findings.append(Self.explanation(actual, "\(part.why), cột không ghi kỳ nên đọc là số \(part.part); không đánh giá so với kế hoạch cả năm",
                                                 headers: headers, title: title, at: headerLocation))
            }
        }
        table.rolesInDoubt = assignment.doubt
        table.coverage = reader.coverage
        table.coverage.location = raw.location
        return table
    }

    /// "Bảng “…”: cột 3 “Ước TH năm 2026” đọc là kế hoạch: tài liệu đề ngày …".
    private static func explanation(_ column: Int, _ why: String, headers: [String], title: String, at location: SourceLocation) -> Finding {
        let header = headers[column].split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let table = title.isEmpty ? "Bảng" : "Bảng “\(title.count <= 50 ? title : String(title.prefix(49)) + "…")”"
        return Finding(.info, .ambiguousColumn, at: location, "\(table), cột \(column + 1) “\(header)”: \(why)")
    }

    /// "Bảng “…”: 2 cột có thể là số thực hiện của kỳ kế hoạch: cột 4 “Thực hiện”, cột 5 “Thực hiện”;
    /// đã lấy cột 5 vì …".
    private static func finding(_ tie: ColumnAssignment.Tie, headers: [String], title: String, at location: SourceLocation) -> Finding {
        func named(_ column: Int) -> String { "cột \(column + 1) “\(headers[column].split(whereSeparator: \.isWhitespace).joined(separator: " "))”" }
        let table = title.isEmpty ? "Bảng" : "Bảng “\(title.count <= 50 ? title : String(title.prefix(49)) + "…")”"
        return Finding(.warning, .ambiguousColumn, at: location,
            "\(table): \(tie.candidates.count) cột có thể là \(tie.role.label) (\(tie.candidates.map(named).joined(separator: ", "))); đã lấy \(named(tie.chosen)) vì \(tie.why). Nếu sai, ghi rõ năm hoặc “ước” trong tiêu đề cột")
    }

    /// Two header rows as one: "Kế hoạch Năm 2023" under a cell spanning its columns. A top cell
    /// merged from the left names every column it spans that has a sub-header of its own.
    private static func joinedHeaders(_ topRow: [TableCell], _ bottomRow: [TableCell]) -> [String] {
        var spanning = topRow.map(\.text)
        for column in spanning.indices where column > 0 && spanning[column].isEmpty && topRow[column].merge == .continuesLeft {
            spanning[column] = spanning[column - 1]
        }
        return topRow.indices.map { column in
            let bottom = column < bottomRow.count ? bottomRow[column].text : ""
            let top = topRow[column].text
            if bottom.isEmpty { return top }
            if spanning[column].isEmpty { return bottom }
            // A year under "Thực hiện" is "Thực hiện 2020" ("Ước 2020" under it "Thực hiện Ước 2020"):
            // the role words lead, as offices write them.
            return isPeriod(bottom) || PeriodHeader.namesOneYear(bottom) ? "\(spanning[column]) \(bottom)" : "\(bottom) \(spanning[column])"
        }
    }

    /// A header cell that only names a period: "2020", "2011-2015", "Năm 2020", "Sơ bộ 2023".
    /// Under a merged "Thực hiện" or "Kế hoạch" such a row is the second header row, not figures.
    static func isPeriod(_ text: String) -> Bool {
        PeriodHeader.namesPeriodOnly(text)
    }

    /// A row of header words under merged header cells. The name column is merged down (or left
    /// empty) there; a row that names something in it is a group row, not a header.
    private static func isSubHeader(_ row: [TableCell], nameColumn: Int?) -> Bool {
        if let nameColumn, nameColumn < row.count, !row[nameColumn].text.isEmpty { return false }
        let texts = row.map(\.text).filter { !$0.isEmpty }
        guard !texts.isEmpty else { return false }
        // A row of years alone ("2019 | 2020 | 2020 | 2025" under "Thực hiện" and "Kế hoạch"):
        // the header above must name what they are (checked where the rows are joined).
        if texts.count >= 2, texts.allSatisfy({ isPeriod($0) || PeriodHeader.namesOneYear($0) }) { return true }
        return texts.allSatisfy { (ColumnRole.classify($0) != .other || isPeriod($0)) && !RowPattern.looksLikeFigure($0) }
            && !texts.contains { RowPattern.isCode($0) }
    }

    /// A span of three or more years is a five-year plan; one year, an annual plan.
    static func kindAndPeriod(title: String, headers: [String], roles: [ColumnRole]) -> (IndicatorTable.Kind, String?) {
        let targetHeaders = roles.indices.filter { roles[$0] == .target || roles[$0] == .actual }.map { headers[$0] }
        for text in targetHeaders + [title] {
            let years = Years.in(text)
            if let first = years.first, let last = years.last, last - first >= 3 { return (.fiveYear, "\(first)-\(last)") }
        }
        for text in targetHeaders + [title] {
            if let year = Years.in(text).last { return (.annual, "\(year)") }
        }
        return (.other, nil)
    }
}
