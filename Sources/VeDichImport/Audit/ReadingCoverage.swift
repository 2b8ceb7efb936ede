/// What an audit read of a document and what it did not: tables found, numbered rows read, rows
/// and numbers it could not place, claims found in the prose. A reader that says only what it
/// found would answer "0 lỗi" for a document it did not understand.
public struct ReadingCoverage: Sendable, Hashable, Codable {
    /// Indicator tables read.
    public var tables: Int
    /// Numbered indicators read from them (their sub-rows are part of them).
    public var rowsRead: Int
    /// Body rows holding figures that were not read, in indicator tables and in tables not
    /// understood as indicator tables.
    public var rowsUnread: Int
    /// Numbers in those rows, in columns of no known role, and "% kế hoạch" figures in the prose
    /// that no claim took.
    public var numbersUnplaced: Int
    /// Claims read from the prose.
    public var claims: Int
    /// Tables found but not understood as indicator tables.
    public var tablesUnread: Int

    public init(tables: Int, rowsRead: Int, rowsUnread: Int, numbersUnplaced: Int, claims: Int, tablesUnread: Int) {
        self.tables = tables
        self.rowsRead = rowsRead
        self.rowsUnread = rowsUnread
        self.numbersUnplaced = numbersUnplaced
        self.claims = claims
        self.tablesUnread = tablesUnread
    }

    enum CodingKeys: String, CodingKey {
        case tables, claims
        case rowsRead = "rows_read", rowsUnread = "rows_unread", numbersUnplaced = "numbers_unplaced", tablesUnread = "tables_unread"
    }

    /// "Đã đọc: 3 bảng, 36 hàng chỉ tiêu, 12 nhận định trong văn bản; chưa đọc được: 2 hàng, 5 số
    /// không gắn được với chỉ tiêu".
    public var sentence: String {
        var unread = ["\(rowsUnread) hàng", "\(numbersUnplaced) số không gắn được với chỉ tiêu"]
        if tablesUnread > 0 { unread.insert("\(tablesUnread) bảng", at: 0) }
        return "Đã đọc: \(tables) bảng, \(rowsRead) hàng chỉ tiêu, \(claims) nhận định trong văn bản; chưa đọc được: \(unread.joined(separator: ", "))"
    }
}

extension ReadingCoverage {
    /// Counted from the report: each table's own coverage (the table reader's count of rows and
    /// numbers it placed), the tables it did not understand, and the prose's unplaced figures.
    init(_ report: AuditReport, proseNumbersUnplaced: Int) {
        let tableRowsUnread = report.tables.reduce(0) { $0 + $1.table.coverage.rowsUnread }
        let tableNumbers = report.tables.reduce(0) { $0 + $1.table.coverage.numbersUnplaced }
        self.init(tables: report.tables.count,
                  rowsRead: report.tables.reduce(0) { $0 + $1.rows.count },
                  rowsUnread: tableRowsUnread + report.unreadTables.reduce(0) { $0 + $1.rowsUnread },
                  numbersUnplaced: tableNumbers + report.unreadTables.reduce(0) { $0 + $1.numbersUnplaced } + proseNumbersUnplaced,
                  claims: report.claims.count,
                  tablesUnread: report.unreadTables.count)
    }
}
