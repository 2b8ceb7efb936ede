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
        Indicator(code: code, line: line.line, components: components.map(\.line))
    }

    public var lines: [ReadLine] { [line] + components }
}
