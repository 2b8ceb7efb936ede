import VeDichCore

/// An indicator table read from a report: every numbered indicator with its printed figures and
/// label, ready to be recomputed.
public struct IndicatorTable: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case annual
        case fiveYear = "five_year"
        case other
    }

    public var title: String
    public var kind: Kind
    /// The plan's period as the table states it: "2024", "2021-2025"; nil when it does not say.
    public var period: String?
    public var columns: [String]
    public var roles: [ColumnRole]
    public var groups: [IndicatorGroupHeading]
    public var indicators: [ReadIndicator]
    public var location: SourceLocation
    /// A plan's table: targets and no results (no actual column, or its header names a year not
    /// yet begun). Nothing in it is "missing"; rows have no verdict.
    public var targetsOnly = false
    /// The part of the year its values are for ("6 tháng đầu năm") when its targets are the
    /// year's: its rows are read and shown but not judged (`PartOfYear`).
    public var valuesForPartOfYear: String?
    /// What was read of the table and what was not, for the report's `coverage`.
    public var coverage = TableCoverage()
    /// Why the columns a verdict rests on were chosen without certainty (see
    /// `ColumnAssignment.doubt`): then no contradiction in this table is an error.
    public var rolesInDoubt: String?
}

/// How much of one table was read: every body row is read (an indicator's own row or a sub-row)
/// or not (reported as `unparsed_row`, or dropped as shapeless), and every number in a cell is
/// placed (a target, a value, a previous period, a comparison) or not.
public struct TableCoverage: Sendable, Hashable, Codable {
    /// Body rows that became an indicator's own row or one of its sub-rows.
    public var rowsRead = 0
    /// Body rows holding figures that became neither (their locations).
    public var unreadRows: [SourceLocation] = []
    /// Numbers in cells of no known role, or in rows not read.
    public var numbersUnplaced = 0
    /// Where the table stands.
    public var location: SourceLocation?

    public init(rowsRead: Int = 0, unreadRows: [SourceLocation] = [], numbersUnplaced: Int = 0, location: SourceLocation? = nil) {
        self.rowsRead = rowsRead
        self.unreadRows = unreadRows
        self.numbersUnplaced = numbersUnplaced
        self.location = location
    }

    public var rowsUnread: Int { unreadRows.count }

    /// The numbers a cell's text holds: "7 - 7,5" is two, "2.903,3" one, "Đạt" none.
    public static func numbers(in text: String) -> Int {
        var count = 0
        var inNumber = false
        for character in text {
            let digit = character.isASCII && character.isNumber
            if digit, !inNumber { count += 1 }
            inNumber = digit || (inNumber && (character == "." || character == ","))
        }
        return count
    }

    /// A table that was not read as an indicator table: every row holding a number is unread.
    /// Its header rows are not: years in a header ("ĐVT | 2018 | 2019 | … | Sơ bộ 2023") name
    /// columns, and a PDF of the same table, whose header is told apart by its position, does
    /// not count them either.
    public static func unread(_ raw: RawTable) -> TableCoverage {
        var coverage = TableCoverage(location: raw.location)
        let header = raw.rows.prefix { row in
            row.allSatisfy { cell in cell.text.isEmpty || numbers(in: cell.text) == 0 || TableInterpreter.isPeriod(cell.text) }
        }
        for row in raw.rows.dropFirst(header.count) {
            let count = row.reduce(0) { $0 + numbers(in: $1.text) }
            guard count > 0 else { continue }
            coverage.unreadRows.append(row.first?.location ?? raw.location)
            coverage.numbersUnplaced += count
        }
        return coverage
    }
}

/// One issuer's target when a table gives several ("Quốc hội giao" 6,5 | "Chính phủ phấn đấu" 7).
public struct IssuedTarget: Sendable, Hashable {
    /// "Quốc hội giao", "HĐND tỉnh giao", as `IssuerName` names the column.
    public var issuer: String
    public var figure: ReadFigure
    /// The one the verdict is judged against.
    public var governing: Bool
}

/// "I / Các chỉ tiêu kinh tế".
public struct IndicatorGroupHeading: Sendable, Hashable, Codable {
    public var numeral: String
    public var title: String
}

/// A figure cell as printed, and what it reads as (nil when empty, in words, or malformed).
public struct ReadFigure: Sendable, Hashable {
    public var text: String
    public var figure: Figure?
    /// What followed the figure in the same cell, such as `còn 4,17%` in `0,86% (còn 4,17%)`.
    public var note: String?
    public var location: SourceLocation
}

/// One printed line of an indicator: its own row or a component sub-row.
public struct ReadLine: Sendable, Hashable {
    public var name: String
    public var unit: String?
    public var target: ReadFigure?
    public var actual: ReadFigure?
    /// One entry per previous-period column, nil where the cell is empty: position is the period.
    public var previous: [ReadFigure?]
    public var direction: Direction
    /// Why this direction: the target's own form, or the dictionary entry that matched.
    public var directionReason: String
    public var location: SourceLocation
    /// Every issuer's target when the table gives several; `target` is the governing one.
    public var targets: [IssuedTarget] = []
    /// A sub-row's own printed verdict ("Không đạt" on its own row, not a cell merged from the
    /// headline): then it is judged, and checked, on its own.
    public var statedText: String?
    public var stated: Verdict?
    /// A sub-row under its headline's verdict: the evaluation cell merged down over it.
    public var coveredByHeadlineVerdict = false
    /// That cover is inferred (a PDF's blank verdict cell under the headline's), not a merge the
    /// file records: enough to judge the sub-row, not enough to call a contradiction certain.
    public var coverGuessed = false
    /// Introduced by "Trong đó" ("- Trong đó: Giảm tỷ lệ hộ nghèo tại các huyện nghèo", or the
    /// rows after a "Trong đó:" row): a part of the headline's figure, not a measure of its own.
    public var isBreakdown = false

    public var line: IndicatorLine {
        IndicatorLine(name: name, unit: unit, target: target?.figure, value: actual?.figure, direction: direction)
    }

    public var evaluation: Evaluation? { target?.figure == nil ? nil : line.evaluate() }
}

/// A numbered indicator as read, with the label the document printed for it.
public struct ReadIndicator: Sendable, Hashable {
    public var code: IndicatorCode
    public var line: ReadLine
    public var components: [ReadLine]
    /// The label as printed (merged evaluation cells cover the components).
    public var statedText: String?
    public var stated: Verdict?

    public var indicator: Indicator {
        Indicator(code: code, line: line.line, components: judgedComponents.map(\.line))
    }

    /// The sub-rows that take part in the verdict. A headline without a target of its own
    /// ("Cơ cấu kinh tế") is judged on its parts. One with a target is judged on its own figures
    /// and on the sub-rows the document gives a verdict: the headline's cell merged down over
    /// them (printed once above them in extracted text), or one of their own. A breakdown with
    /// no verdict of its own ("- Thu nội địa" beside empty cells, anything after "Trong đó:")
    /// does not decide it, so its miss raises no error under `strict`.
    public var judgedComponents: [ReadLine] {
        line.target?.figure == nil ? components
            : components.filter { ($0.coveredByHeadlineVerdict && !$0.isBreakdown) || $0.stated != nil }
    }

    public var lines: [ReadLine] { [line] + components }
}
