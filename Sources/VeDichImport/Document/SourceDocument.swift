/// A report as read from its file, before any meaning is given to it: paragraphs and tables in
/// document order. Both readers (extracted text, DOCX) produce this; everything after works on it.
public struct SourceDocument: Sendable, Hashable {
    /// The file name, as the audit's `source` prints it.
    public var name: String
    public var blocks: [DocumentBlock]

    public init(name: String, blocks: [DocumentBlock]) {
        self.name = name
        self.blocks = blocks
    }
}

public enum DocumentBlock: Sendable, Hashable {
    case paragraph(Paragraph)
    case table(RawTable)
}

public struct Paragraph: Sendable, Hashable {
    public var text: String
    public var location: SourceLocation

    public init(text: String, location: SourceLocation) {
        self.text = text
        self.location = location
    }
}

/// A table as a grid: every row has one cell per grid column, merged cells expanded.
public struct RawTable: Sendable, Hashable {
    public var rows: [[TableCell]]
    public var location: SourceLocation

    public init(rows: [[TableCell]], location: SourceLocation) {
        self.rows = rows
        self.location = location
    }
}

public struct TableCell: Sendable, Hashable {
    /// How a grid position that belongs to a merged cell is marked. The text of a merged cell is
    /// kept only at its first (top-left) position; the other positions carry `merge` and "".
    public enum Merge: Sendable, Hashable {
        /// Covered by the cell to the left (`w:gridSpan`, HTML colspan).
        case continuesLeft
        /// Covered by the cell above (`w:vMerge` continue, HTML rowspan).
        case continuesAbove
    }

    /// The cell's paragraphs joined by "\n", each trimmed.
    public var text: String
    public var merge: Merge?
    /// The merge is the reader's inference, not the file's: a PDF prints a merged cell once and
    /// leaves the rows below it blank, exactly like empty cells, so "merged" there is a guess.
    public var mergeGuessed = false
    public var location: SourceLocation

    public init(text: String, merge: Merge? = nil, location: SourceLocation) {
        self.text = text
        self.merge = merge
        self.location = location
    }
}

/// Where something stands in the source: a line of extracted text, or a cell of a DOCX table.
/// Every finding carries one, so a person can go and look.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// 1-based line of the extracted text.
    public var line: Int?
    /// 1-based table, row and cell (grid column) in a DOCX; 1-based paragraph outside tables.
    public var table: Int?
    public var row: Int?
    public var cell: Int?
    public var paragraph: Int?
    /// 1-based page of a PDF; `line` is then the line on that page, as a person counts it there.
    public var page: Int?

    public init(line: Int? = nil, table: Int? = nil, row: Int? = nil, cell: Int? = nil, paragraph: Int? = nil,
                page: Int? = nil) {
        self.line = line
        self.table = table
        self.row = row
        self.cell = cell
        self.paragraph = paragraph
        self.page = page
    }

    /// "dòng 123", "bảng 2, hàng 5, ô 3", "đoạn 40", "trang 9, dòng 12, bảng 1, hàng 4, ô 6".
    public var description: String {
        var parts: [String] = []
        if let page { parts.append("trang \(page)") }
        if let line { parts.append("dòng \(line)") }
        if let table { parts.append("bảng \(table)") }
        if let row { parts.append("hàng \(row)") }
        if let cell { parts.append("ô \(cell)") }
        if let paragraph { parts.append("đoạn \(paragraph)") }
        return parts.isEmpty ? "không rõ vị trí" : parts.joined(separator: ", ")
    }
}
