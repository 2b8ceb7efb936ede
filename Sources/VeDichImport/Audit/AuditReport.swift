import VeDichCore

/// What an audit of one report found: its tables recomputed, its prose targets, its findings.
public struct AuditReport: Sendable {
    public var source: String
    public var policy: CompositePolicy
    public var tables: [AuditedTable]
    public var targets: [PlanTarget]
    /// Errors first, then warnings, then notes; in document order within each.
    public var findings: [Finding]
    /// The prose under each heading, in order, for the importer to keep with the plans.
    public var sections: [ReportSection] = []
    /// Tables that are not indicator tables as far as the reader can tell, with the rows and
    /// numbers in them that were therefore not read (each table's own is `table.coverage`).
    public var unreadTables: [TableCoverage] = []
    /// What the prose claims about the indicators, each checked where the figures allow.
    public var claims: [Claim] = []
    /// What was read and what was not (`ReadingCoverage.sentence` says it in one line).
    public var coverage = ReadingCoverage(tables: 0, rowsRead: 0, rowsUnread: 0, numbersUnplaced: 0, claims: 0, tablesUnread: 0)

    public var errorCount: Int { findings.filter { $0.severity == .error }.count }
}

public struct AuditedTable: Sendable {
    public var table: IndicatorTable
    public var rows: [AuditedRow]
    public var statedSummary: SummaryClaim?
    public var computedSummary: PlanSummary
}

/// A numbered indicator with its printed label beside the recomputed verdict.
public struct AuditedRow: Sendable {
    public var indicator: ReadIndicator
    public var computed: Verdict
    /// The printed label agrees with the recomputed verdict (true when nothing is printed).
    public var consistent: Bool
    public var reason: String
    /// Each component's own verdict and reason, in order.
    public var components: [(line: ReadLine, verdict: Verdict, reason: String)]
}
