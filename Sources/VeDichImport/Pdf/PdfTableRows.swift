import VeDichCore

/// Cuts the body lines of a PDF table into rows and cells. A row is a label in the indicator
/// column (its lines wrapped, close together) with the row number and figures that stand level
/// with it: Word centres or tops them, so a 3-line label may carry its figures on its middle line.
/// A verdict printed once between an indicator and its sub-rows (a merged cell) is the
/// indicator's; the sub-rows below it are marked as covered, as the text reader does.
struct PdfTableRows {
    let layout: PdfTableLayout
    let tableIndex: Int
    private let roles: [ColumnRole]
    /// The typical height of a word box: the unit every distance here is measured in.
    private let height: Double

    init(layout: PdfTableLayout, tableIndex: Int) {
        self.layout = layout
        self.tableIndex = tableIndex
        roles = ColumnRole.classify(headers: layout.headers)
        let heights = layout.bodyLines.flatMap(\.words).map(\.height).sorted()
        height = heights.isEmpty ? 12 : heights[heights.count / 2]
    }

    /// Text of one column on one line, with a y that runs on across pages.
    struct Fragment {
        var column: Int
        var text: String
        var y: Double
        var location: SourceLocation
    }

    private struct Row {
        var label: [Fragment] = []
        var others: [Fragment] = []
        var anchors: [Double] = []
        var top: Double { (label.map(\.y) + anchors).min() ?? 0 }
        var bottom: Double { (label.map(\.y) + anchors).max() ?? 0 }
        var centre: Double { (top + bottom) / 2 }
    }

    func table() -> RawTable {
        let width = layout.columns.count
        let codeColumn = roles.firstIndex(of: .code)
        let nameColumn = roles.firstIndex(of: .name) ?? min(codeColumn.map { $0 + 1 } ?? 0, width - 1)
        // A "Ghi chú" column may be where the table writes its verdicts.
        let evaluationColumn = roles.firstIndex(of: .evaluation) ?? roles.firstIndex(of: .note)
        let figureColumns = Set(roles.indices.filter { [.target, .actual, .previous, .comparison, .other].contains(roles[$0]) })

        let fragments = self.fragments()
        var rows = labelRows(fragments.filter { $0.column == nameColumn })
        let anchors = anchorLines(fragments, codeColumn: codeColumn, figureColumns: figureColumns)
        rows = placeAnchors(anchors, in: rows)

        var placed = rows
        let evaluationBlocks = evaluationColumn.map { column in blocks(fragments.filter { $0.column == column }) } ?? []
        for fragment in fragments where fragment.column != nameColumn && fragment.column != evaluationColumn {
            placed[nearestRow(fragment.y, in: placed)].others.append(fragment)
        }
        for block in evaluationBlocks {
            let centre = (block.first!.y + block.last!.y) / 2
            var index = nearestRow(centre, in: placed)
            index = owner(ofVerdictAt: centre, row: index, rows: placed, codeColumn: codeColumn, evaluationColumn: evaluationColumn)
            placed[index].others += block
        }
        if let codeColumn, let evaluationColumn {
            gatherGroupVerdicts(&placed, codeColumn: codeColumn, evaluationColumn: evaluationColumn)
        }

        var grid: [[TableCell]] = [headerRow()]
        var insideEvaluatedIndicator = false
        for row in placed {
            let rowNumber = grid.count + 1
            let rowLocation = (row.label + row.others).min { $0.y < $1.y }?.location ?? SourceLocation()
            var cells = (0..<width).map { column -> TableCell in
                let pieces = (column == nameColumn ? row.label : row.others.filter { $0.column == column }).sorted { $0.y < $1.y }
                let text = figureColumns.contains(column) ? PdfRowText.joinFigure(pieces.map(\.text)) : PdfRowText.join(pieces.map(\.text))
                var location = pieces.first?.location ?? rowLocation
                location.table = tableIndex
                location.row = rowNumber
                location.cell = column + 1
                return TableCell(text: text, location: location)
            }
            let startsIndicator = codeColumn.map { !cells[$0].text.isEmpty } ?? false
            if startsIndicator { insideEvaluatedIndicator = false }
            if let evaluationColumn {
                // The verdict of an indicator printed once over its sub-rows (as the text reader
                // reads it: a PDF shows a merged cell and an empty one alike).
                if cells[evaluationColumn].text.isEmpty, !startsIndicator, insideEvaluatedIndicator {
                    cells[evaluationColumn].merge = .continuesAbove
                    cells[evaluationColumn].mergeGuessed = true
                }
                if !cells[evaluationColumn].text.isEmpty { insideEvaluatedIndicator = true }
            }
            grid.append(cells)
        }
        var location = layout.headerLines.first?.location ?? SourceLocation()
        location.table = tableIndex
        return RawTable(rows: grid, location: location)
    }

    private func headerRow() -> [TableCell] {
        layout.headers.enumerated().map { column, text in
            var location = layout.headerLines.first?.location ?? SourceLocation()
            location.table = tableIndex
            location.row = 1
            location.cell = column + 1
            return TableCell(text: text, location: location)
        }
    }

    // MARK: Fragments

    private func fragments() -> [Fragment] {
        var fragments: [Fragment] = []
        for line in layout.bodyLines {
            var current: (column: Int, words: [PdfWord])?
            func flush() {
                guard let current, !current.words.isEmpty else { return }
                let y = Double(line.page) * 100_000 + current.words.map(\.midY).reduce(0, +) / Double(current.words.count)
                fragments.append(Fragment(column: current.column, text: current.words.map(\.text).joined(separator: " "),
                                          y: y, location: line.location))
            }
            for word in line.words {
                let column = self.column(of: word)
                if current?.column == column {
                    current?.words.append(word)
                } else {
                    flush()
                    current = (column, [word])
                }
            }
            flush()
        }
        return fragments
    }

    private func column(of word: PdfWord) -> Int {
        let columns = layout.columns
        if let inside = columns.firstIndex(where: { $0.contains(word.midX) }) { return inside }
        return columns.indices.min { distance(word.midX, columns[$0]) < distance(word.midX, columns[$1]) } ?? 0
    }

    private func distance(_ x: Double, _ range: ClosedRange<Double>) -> Double {
        range.contains(x) ? 0 : min(abs(x - range.lowerBound), abs(x - range.upperBound))
    }

    /// Consecutive fragments of one column close enough to be lines of one cell.
    private func blocks(_ fragments: [Fragment]) -> [[Fragment]] {
        var blocks: [[Fragment]] = []
        for fragment in fragments.sorted(by: { $0.y < $1.y }) {
            if let last = blocks.last?.last, fragment.y - last.y <= 1.3 * height,
               !(Verdict(label: last.text) != nil && Verdict(label: fragment.text) != nil) {
                blocks[blocks.count - 1].append(fragment)
            } else {
                blocks.append([fragment])
            }
        }
        return blocks
    }

    // MARK: Rows

    /// The indicator column's lines cut into labels where a wider gap separates them (the
    /// padding of a ruled cell, or a page break).
    private func labelRows(_ names: [Fragment]) -> [Row] {
        var rows: [Row] = []
        var previous: Fragment?
        for fragment in names.sorted(by: { $0.y < $1.y }) {
            if let previous, fragment.y - previous.y <= 1.6 * height {
                rows[rows.count - 1].label.append(fragment)
            } else {
                rows.append(Row(label: [fragment]))
            }
            previous = fragment
        }
        return rows
    }

    /// The heights where a row number or a figure stands: each is one row's line of figures.
    private func anchorLines(_ fragments: [Fragment], codeColumn: Int?, figureColumns: Set<Int>) -> [(y: Double, hasCode: Bool)] {
        var points: [(y: Double, hasCode: Bool)] = []
        for column in Set(fragments.map(\.column)) where column == codeColumn || figureColumns.contains(column) {
            var previous: Fragment?
            for fragment in fragments.filter({ $0.column == column }).sorted(by: { $0.y < $1.y }) {
                defer { previous = fragment }
                if column == codeColumn {
                    // The ")" of a "11)" a narrow number cell wrapped, a line or two below the
                    // number (beside the label's last line): the same row's number, not a new row.
                    if let previous, fragment.text.allSatisfy({ ").".contains($0) }), fragment.y - previous.y <= 2.6 * height { continue }
                    points.append((fragment.y, true))
                    continue
                }
                // A wrapped figure's second line ("(năm gốc tăng" / "3,1%)") is not a row of its own.
                if let previous, fragment.y - previous.y <= 1.3 * height,
                   previous.text.filter({ $0 == "(" }).count > previous.text.filter({ $0 == ")" }).count
                    || previous.text.hasSuffix("-") || previous.text.hasSuffix("–")
                    || PdfRowText.continuesLabel(fragment.text) || fragment.text.hasPrefix("(") { continue }
                if RowPattern.looksLikeFigure(fragment.text) { points.append((fragment.y, false)) }
            }
        }
        var anchors: [(y: Double, hasCode: Bool)] = []
        for point in points.sorted(by: { $0.y < $1.y }) {
            if let last = anchors.last, point.y - last.y <= 0.6 * height {
                anchors[anchors.count - 1].hasCode = last.hasCode || point.hasCode
            } else {
                anchors.append(point)
            }
        }
        return anchors
    }

    /// Gives each line of figures to the label level with it, and splits a label that holds two
    /// rows' figures where the second row's label begins (a capital, a dash); a label without
    /// figures that starts in lower case goes on the row above (a label cut by a page break).
    private func placeAnchors(_ anchors: [(y: Double, hasCode: Bool)], in labels: [Row]) -> [Row] {
        var rows = labels
        var loose: [Row] = []
        let codeYs = Set(anchors.filter(\.hasCode).map(\.y))
        for anchor in anchors {
            let candidates = rows.indices.filter { anchor.y >= rows[$0].top - 0.6 * height && anchor.y <= rows[$0].bottom + 0.6 * height }
            if var index = candidates.min(by: { abs(rows[$0].centre - anchor.y) < abs(rows[$1].centre - anchor.y) }) {
                // A number just above a sub-row's label ("- Trong đó: …") is not the sub-row's: it
                // is the indicator's above, centred in a number cell merged down over its sub-rows.
                if anchor.hasCode, index > 0, let first = rows[index].label.first, anchor.y < first.y,
                   Self.marksSubRow(first.text), !rows[index - 1].anchors.contains(where: codeYs.contains) {
                    index -= 1
                }
                rows[index].anchors.append(anchor.y)
            } else if !anchor.hasCode, let index = rows.indices.min(by: { distanceToRow(anchor.y, rows[$0]) < distanceToRow(anchor.y, rows[$1]) }),
                      distanceToRow(anchor.y, rows[index]) <= 1.5 * height {
                // A figure cell of more lines than its label, centred in the row ("0,9%" /
                // "(còn 3,85%)" beside a one-line label): its first line stands above the label.
                rows[index].anchors.append(anchor.y)
            } else {
                loose.append(Row(anchors: [anchor.y]))
            }
        }
        let codes = Set(anchors.filter(\.hasCode).map(\.y))
        var result: [Row] = []
        for row in rows {
            let split = self.split(row, codes: codes)
            for part in split {
                // A row cut by a page break goes on at the top of the next page: its label in lower
                // case, maybe with the rest of a wrapped figure ("2.900 -" / "3.000"), no row number.
                let onNextPage = result.last.map { Int($0.bottom / 100_000) < Int(part.top / 100_000) } ?? false
                if let first = part.label.first, PdfRowText.continuesLabel(first.text), !result.isEmpty,
                   part.anchors.isEmpty || (onNextPage && !part.anchors.contains(where: codes.contains)) {
                    result[result.count - 1].label += part.label
                    result[result.count - 1].anchors += part.anchors
                } else {
                    result.append(part)
                }
            }
        }
        // A row number alone between two labels: Word centres the number of an indicator whose
        // number cell is merged down over its sub-rows ("6." between "Mức giảm …" and "- Trong
        // đó: …"). It is the number of the label above when that one has none of its own.
        var unplaced: [Row] = []
        for row in loose {
            guard row.label.isEmpty, row.anchors.allSatisfy(codes.contains), let y = row.anchors.first,
                  let above = result.lastIndex(where: { $0.top < y }), above + 1 < result.count,
                  !result[above].anchors.contains(where: codes.contains) else {
                unplaced.append(row)
                continue
            }
            result[above].anchors += row.anchors
        }
        return (result + unplaced).sorted { $0.top < $1.top }
    }

    /// "- Trong đó: …", "+ …", "Tr.đó: …": a label that breaks the row above down.
    static func marksSubRow(_ text: String) -> Bool {
        let lowered = text.trimmed.lowercased()
        return ["-", "+", "–", "•", "trong đó", "tr.đó", "tr. đó"].contains { lowered.hasPrefix($0) }
    }

    private func split(_ row: Row, codes: Set<Double>) -> [Row] {
        let anchors = row.anchors.sorted()
        guard anchors.count >= 2 else { return [row] }
        var parts: [Row] = []
        let centredAboveLabel = row.label.first.map { anchors[0] < $0.y - 0.3 * height } ?? false
        var current = Row(label: row.label.filter { $0.y <= anchors[0] + 0.5 * height }, anchors: [anchors[0]])
        var rest = row.label.filter { $0.y > anchors[0] + 0.5 * height }
        for (previous, next) in zip(anchors, anchors.dropFirst()) {
            let between = rest.filter { $0.y <= next + 0.5 * height }
            // A row number below the figures with no label line of its own: the number of this
            // row, centred in a cell merged down over the sub-rows that follow.
            if between.isEmpty, codes.contains(next), !current.anchors.contains(where: codes.contains) {
                current.anchors.append(next)
                continue
            }
            var cut = between.firstIndex { PdfRowText.startsLabel($0.text) }
            // A row centred in its cells: figures stacked above the label's first line and the row
            // number at the label's middle, below them. The number is this row's.
            if cut == nil, codes.contains(next), !current.anchors.contains(where: codes.contains), centredAboveLabel {
                current.label += between
                current.anchors.append(next)
                rest.removeFirst(between.count)
                continue
            }
            if cut == nil, codes.contains(next) {
                cut = between.firstIndex { $0.y > (previous + next) / 2 } ?? between.count
            }
            // Figures centred above the label's first line ("8,2" / "11,5" beside a shorter
            // label): they are this label's, not a row of their own without a name.
            if cut == 0, current.label.isEmpty { cut = nil }
            if let cut {
                current.label += between[..<cut]
                parts.append(current)
                current = Row(label: Array(between[cut...]), anchors: [next])
            } else {
                // Two figures under one label and no sign of a second row: one cell holding two
                // values ("8,2" / "11,5"), read as one row.
                current.label += between
                current.anchors.append(next)
            }
            rest.removeFirst(between.count)
        }
        current.label += rest
        parts.append(current)
        return parts
    }

    private func nearestRow(_ y: Double, in rows: [Row]) -> Int {
        rows.indices.min { lhs, rhs in
            distanceToRow(y, rows[lhs]) == distanceToRow(y, rows[rhs])
                ? abs(rows[lhs].centre - y) < abs(rows[rhs].centre - y)
                : distanceToRow(y, rows[lhs]) < distanceToRow(y, rows[rhs])
        } ?? 0
    }

    private func distanceToRow(_ y: Double, _ row: Row) -> Double {
        y < row.top ? row.top - y : y > row.bottom ? y - row.bottom : 0
    }

    /// The row's own number: a sub-row's mark in the number column ("-", "+") numbers nothing,
    /// so the sub-rows under "2. Cơ cấu kinh tế" stay its sub-rows for the merged verdict.
    private func ownNumber(_ row: Row, codeColumn: Int) -> String? {
        guard let text = row.others.first(where: { $0.column == codeColumn })?.text else { return nil }
        return Self.marksSubRow(text) ? nil : text
    }

    /// An indicator without a verdict whose sub-rows show exactly one: a merged cell centred over
    /// the group, printed level with whichever sub-row stands in the middle. It is the indicator's.
    private func gatherGroupVerdicts(_ rows: inout [Row], codeColumn: Int, evaluationColumn: Int) {
        func code(_ row: Row) -> String? { ownNumber(row, codeColumn: codeColumn) }
        var parent = 0
        while parent < rows.count {
            var end = parent + 1
            while end < rows.count, code(rows[end]) == nil { end += 1 }
            defer { parent = end }
            guard let parentCode = code(rows[parent]), RomanNumeral.value(parentCode) == nil,
                  !rows[parent].others.contains(where: { $0.column == evaluationColumn }) else { continue }
            let withVerdict = (parent + 1..<end).filter { rows[$0].others.contains { $0.column == evaluationColumn } }
            guard withVerdict.count == 1, let sub = withVerdict.first else { continue }
            rows[parent].others += rows[sub].others.filter { $0.column == evaluationColumn }
            rows[sub].others.removeAll { $0.column == evaluationColumn }
        }
    }

    /// A verdict centred away from the sub-row it falls on, with no verdict between it and the
    /// indicator above, is a merged cell covering the indicator and its sub-rows: the indicator's.
    private func owner(ofVerdictAt y: Double, row index: Int, rows: [Row], codeColumn: Int?, evaluationColumn: Int?) -> Int {
        guard let codeColumn else { return index }
        func code(_ row: Row) -> String? { ownNumber(row, codeColumn: codeColumn) }
        func hasVerdict(_ row: Row) -> Bool { row.others.contains { $0.column == evaluationColumn } }
        guard code(rows[index]) == nil, abs(rows[index].centre - y) > 0.5 * height else { return index }
        var parent = index - 1
        while parent >= 0, code(rows[parent]) == nil {
            if hasVerdict(rows[parent]) { return index }
            parent -= 1
        }
        guard parent >= 0, let parentCode = code(rows[parent]), RomanNumeral.value(parentCode) == nil,
              !hasVerdict(rows[parent]) else { return index }
        return parent
    }
}
