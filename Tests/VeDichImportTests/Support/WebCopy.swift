import Foundation
@testable import VeDichImport

/// A report typed as an office would, kept as a layout that can be rendered two ways: as HTML,
/// which LibreOffice turns into a DOCX, and as the text a browser gives when the same table is
/// copied from a web page (one cell a line). The two readings must agree: the web text loses the
/// grid, never the figures.
struct WebLayout: CustomStringConvertible {
    var name: String
    /// Paragraphs before the table: the title, the date line.
    var before: [String]
    /// Cells row by row. "^" is covered by the cell above (rowspan), "<" by the cell on its left
    /// (colspan), "" is an empty cell; "\n" separates the paragraphs of one cell.
    var rows: [[String]]
    /// How many of the rows are the header (a two-level header spans two).
    var headerRows = 1
    var after: [String] = []

    var description: String { name }

    /// The document as HTML with rowspan/colspan, each paragraph of a cell its own `<p>`.
    var html: String {
        var body = before.map(HTMLDocument.paragraph).joined()
        body += "<table border=\"1\">\n"
        for (rowIndex, row) in rows.enumerated() {
            body += "<tr>"
            for (column, cell) in row.enumerated() where cell != "^" && cell != "<" {
                var rowspan = 1
                while rowIndex + rowspan < rows.count, column < rows[rowIndex + rowspan].count, rows[rowIndex + rowspan][column] == "^" {
                    rowspan += 1
                }
                var colspan = 1
                while column + colspan < row.count, row[column + colspan] == "<" { colspan += 1 }
                let tag = rowIndex < headerRows ? "th" : "td"
                let spans = (rowspan > 1 ? " rowspan=\"\(rowspan)\"" : "") + (colspan > 1 ? " colspan=\"\(colspan)\"" : "")
                let paragraphs = cell.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                let content = paragraphs.count > 1
                    ? paragraphs.map { "<p>\(HTMLDocument.escape($0))</p>" }.joined()
                    : HTMLDocument.escape(cell)
                body += "<\(tag)\(spans)>\(content)</\(tag)>"
            }
            body += "</tr>\n"
        }
        body += "</table>\n" + after.map(HTMLDocument.paragraph).joined()
        return HTMLDocument.page(body)
    }

    /// The ways a browser's copy of a table comes out, all seen in stored pages.
    enum CopyStyle: String, CaseIterable, CustomStringConvertible {
        /// Every cell (and every paragraph of a cell) a line followed by an empty line; an empty
        /// cell a line holding a no-break space; a cell of several paragraphs closed by one more.
        case storedPage
        /// One line a cell with no empty lines between; an empty cell a line of one space.
        case plainCopy
        /// As `plainCopy`, an empty cell a line of a no-break space between spaces.
        case spacedCells
        /// Every cell (and every paragraph of a cell) a line followed by an empty line, as a
        /// provincial portal's page text comes; an empty cell copied as nothing, so it is one
        /// more empty line: three between the cells around it.
        case blankLineCells
        /// Every cell a line followed by an empty line, but a cell's paragraphs on lines right
        /// under one another (no empty line between them, none closing the cell); an empty cell
        /// a line of one space: the page text stored of many provincial reports.
        case cellParagraphs
        /// A row a line, as Chrome or Firefox paste a copied table: cells joined by a tab, an
        /// empty cell an empty string between two tabs, a covered cell missing; a cell's
        /// paragraphs joined by a line break inside the cell, as Chrome copies them.
        case tabbedRows
        /// A row a line with cells joined by one space, as some page-text extractors give it:
        /// empty cells vanish, a cell's paragraphs are joined by a space.
        case spacedRows
        /// Cells joined by one space, but each paragraph of a cell of several on a line of its
        /// own and the next cell on a new line, as an HTML-to-text extractor gives a cell's `<p>`
        /// blocks (a stored provincial page: a name's paragraphs one a line, then each year's
        /// cell as a block of lines).
        case paragraphRows
        /// As `spacedRows`, with each body row broken at random cell boundaries (a seeded choice)
        /// and at every paragraph of a cell, now and then a line of spaces where it breaks: an
        /// extractor breaks a line wherever a cell holds a block, a `<br>` or inline markup it
        /// ends a line at. The header stays on one line.
        case brokenRows

        /// The one-cell-a-line copies every web layout test runs on. The row-a-line copies are
        /// checked against them layout by layout (RowLineCopyTests), where the rows they do not
        /// read yet are named rather than weakening those tests.
        static var allCases: [CopyStyle] { [.storedPage, .plainCopy, .spacedCells, .blankLineCells, .cellParagraphs] }
        static let rowStyles: [CopyStyle] = [.tabbedRows, .spacedRows]

        var description: String { rawValue }
    }

    /// The text of the whole document as a browser copies it in `style`. A cell covered by a
    /// merged one is simply missing; the merged cell stands once, in its first row.
    func webText(_ style: CopyStyle, seed: UInt64 = 1) -> String {
        if style == .tabbedRows || style == .spacedRows { return rowText(style) }
        if style == .paragraphRows || style == .brokenRows {
            let lines = BrokenRows.lines(rows, headerRows: headerRows, seed: style == .brokenRows ? seed : nil)
            return (before + lines + after).joined(separator: "\n") + "\n"
        }
        var lines: [String] = []
        func emit(_ text: String) {
            lines.append(text)
            if style == .storedPage || style == .blankLineCells || style == .cellParagraphs { lines.append("") }
        }
        for paragraph in before { emit(paragraph) }
        for row in rows {
            for cell in row where cell != "^" && cell != "<" {
                if style == .cellParagraphs {
                    lines += [cell.isEmpty ? " " : cell.split(separator: "\n").joined(separator: "\n"), ""]
                    continue
                }
                let paragraphs = cell.split(separator: "\n").map { String($0) }
                if paragraphs.isEmpty {
                    switch style {
                    case .storedPage: emit("\u{00A0}")
                    case .plainCopy: emit(" ")
                    case .spacedCells: emit(" \u{00A0} ")
                    case .blankLineCells: emit("")
                    case .tabbedRows, .spacedRows, .cellParagraphs, .paragraphRows, .brokenRows: break
                    }
                    continue
                }
                for paragraph in paragraphs { emit(paragraph) }
                if paragraphs.count > 1, style == .storedPage { emit("\u{00A0}") }
            }
        }
        for paragraph in after { emit(paragraph) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The copy a row a line: each row's cells (covered ones missing) on one line.
    private func rowText(_ style: CopyStyle) -> String {
        let tabbed = style == .tabbedRows
        var lines = before
        for row in rows {
            let cells = row.filter { $0 != "^" && $0 != "<" }.map { cell in
                cell.split(separator: "\n").map(String.init).joined(separator: tabbed ? "\n" : " ")
            }
            lines.append(tabbed ? cells.joined(separator: "\t") : cells.filter { !$0.isEmpty }.joined(separator: " "))
        }
        lines += after
        return lines.joined(separator: "\n") + "\n"
    }
}

/// A table's rows as an HTML-to-text extractor breaks them (`CopyStyle.paragraphRows`,
/// `.brokenRows`): cells joined by spaces, empty and covered cells gone, a line break at each
/// paragraph of a cell, and with a seed at random cell boundaries too.
enum BrokenRows {
    /// `rows` in WebLayout's notation ("^", "<" covered, "\n" between a cell's paragraphs).
    static func lines(_ rows: [[String]], headerRows: Int, seed: UInt64?) -> [String] {
        var random = seed.map(SplitMix64.init)
        /// With a seed, true `percent` times in a hundred; never without one.
        func chance(_ percent: UInt64) -> Bool {
            guard random != nil else { return false }
            return random!.next() % 100 < percent
        }
        var lines: [String] = []
        for (index, row) in rows.enumerated() {
            let cells = row.filter { $0 != "^" && $0 != "<" }.map { $0.split(separator: "\n").map(String.init) }
            if index < headerRows {
                lines.append(cells.flatMap { $0 }.joined(separator: " "))
                continue
            }
            var line = ""
            func breakLine() {
                if !line.isEmpty { lines.append(line) }
                if chance(20) { lines.append(" ") }
                line = ""
            }
            for paragraphs in cells where !paragraphs.isEmpty {
                let several = paragraphs.count > 1
                if several || chance(35) { breakLine() }
                for (number, paragraph) in paragraphs.enumerated() {
                    if number > 0 { breakLine() }
                    line = line.isEmpty ? paragraph : line + " " + paragraph
                }
                // A block's end ends the line the next cell would go on.
                if several, seed == nil { breakLine() }
            }
            if !line.isEmpty { lines.append(line) }
        }
        return lines
    }

    /// The rows of a document's tables, as WebLayout writes them, with its paragraphs around.
    static func text(of document: SourceDocument, seed: UInt64?) -> String {
        var lines: [String] = []
        for block in document.blocks {
            switch block {
            case .paragraph(let paragraph):
                lines.append(paragraph.text)
            case .table(let table):
                let rows = table.rows.map { row in
                    row.map { cell in cell.merge == .continuesAbove ? "^" : cell.merge == .continuesLeft ? "<" : cell.text }
                }
                lines += Self.lines(rows, headerRows: 1, seed: seed)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// A seeded random sequence (SplitMix64): the same seed breaks a table the same way on every run.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(_ seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

extension WebLayout {
    /// What the auditor makes of the page's text copied in `style`, saved under `fileName`
    /// (the layout's own name by default), as a user pasting the page would get it.
    func webAudit(_ style: CopyStyle, fileName: String? = nil, seed: UInt64 = 1) -> AuditReport {
        Auditor().audit(TextReportReader.read(text: webText(style, seed: seed), name: fileName ?? "\(name).txt"))
    }
}

/// What a reading says about each numbered row, as the JSON contract gives it: code, name,
/// target(s), value, stated verdict, and each component's figures. Two readings of one layout
/// must give the same lines.
enum RowReading {
    static func lines(_ report: AuditReport) -> [String] {
        report.tables.flatMap(\.rows).map { row in
            let indicator = row.indicator
            let line = indicator.line
            var text = "\(indicator.code) | \(line.name) | KH \(line.target?.text ?? "∅") | TH \(line.actual?.text ?? "∅")"
                + " | \(indicator.statedText ?? "∅")"
            if !line.targets.isEmpty {
                text += " | " + line.targets.map { "\($0.issuer): \($0.figure.text)" }.joined(separator: "; ")
            }
            for component in indicator.components {
                text += " ⟨\(component.name): \(component.target?.text ?? "∅") / \(component.actual?.text ?? "∅")"
                    + "\(component.statedText.map { " " + $0 } ?? "")⟩"
            }
            return text
        }
    }
}
