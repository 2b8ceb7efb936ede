import VeDichCore

/// `vedich audit --format json`: the contract later checks rely on (issue: output contract).
public struct AuditJSON: Encodable {
    var source: String
    var policy: String
    var policyLabel: String
    var tables: [TableJSON]
    var targets: [TargetJSON]
    var findings: [FindingJSON]
    /// Claims read from the prose (`AuditReport+ClaimsJSON.swift`).
    var claims: [ClaimJSON]
    /// What was read and what was not.
    var coverage: ReadingCoverage

    enum CodingKeys: String, CodingKey {
        case source, policy, tables, targets, findings, claims, coverage
        case policyLabel = "policy_label"
    }

    public init(_ report: AuditReport) {
        source = report.source
        policy = report.policy.rawValue
        policyLabel = report.policy.label
        tables = report.tables.map(TableJSON.init)
        targets = report.targets.map(TargetJSON.init)
        findings = report.findings.map(FindingJSON.init)
        claims = report.claims.map(ClaimJSON.init)
        coverage = report.coverage
    }
}

struct TableJSON: Encodable {
    var title: String
    var kind: IndicatorTable.Kind
    var period: String?
    var columns: [String]
    /// What each column was read as ("target", "actual", "evaluation", …), in column order.
    var roles: [ColumnRole]
    /// A plan's table: targets only, no values, no verdicts.
    var targetsOnly: Bool
    var rows: [RowJSON]
    var summary: SummaryJSON
    var location: SourceLocation

    init(_ audited: AuditedTable) {
        title = audited.table.title
        kind = audited.table.kind
        period = audited.table.period
        columns = audited.table.columns
        roles = audited.table.roles
        targetsOnly = audited.table.targetsOnly
        rows = audited.rows.map { RowJSON($0, targetsOnly: audited.table.targetsOnly) }
        summary = SummaryJSON(stated: audited.statedSummary.map(StatedSummaryJSON.init), computed: CountsJSON(audited.computedSummary.total),
                              groups: audited.computedSummary.groups.map { GroupJSON(group: $0.group, counts: CountsJSON($0.counts)) })
        location = audited.table.location
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(title, forKey: .title)
        try container.encode(kind, forKey: .kind)
        try container.encode(period, forKey: .period)
        try container.encode(columns, forKey: .columns)
        try container.encode(roles, forKey: .roles)
        try container.encode(targetsOnly, forKey: .targetsOnly)
        try container.encode(rows, forKey: .rows)
        try container.encode(summary, forKey: .summary)
        try container.encode(location, forKey: .location)
    }

    enum CodingKeys: String, CodingKey {
        case title, kind, period, columns, roles, rows, summary, location
        case targetsOnly = "targets_only"
    }
}

struct RowJSON: Encodable {
    var code: String?
    var name: String
    var unit: String?
    var target: CellJSON?
    /// Every issuer's target when the table gives several; empty (and left out) otherwise.
    var targets: [IssuedTargetJSON]
    var actual: CellJSON?
    var previous: [CellJSON]
    var stated: Verdict?
    var statedText: String?
    var computed: Verdict?
    var computedLabel: String?
    var consistent: Bool
    var reason: String
    var direction: Direction
    var directionReason: String
    var location: SourceLocation
    var components: [RowJSON]

    init(_ row: AuditedRow, targetsOnly: Bool = false) {
        self.init(line: row.indicator.line, code: row.indicator.code.description)
        stated = row.indicator.stated
        statedText = row.indicator.statedText
        // A plan's table has nothing to judge: no verdict, rather than "Chưa có số liệu".
        computed = targetsOnly ? nil : row.computed
        computedLabel = targetsOnly ? nil : row.computed.label
        consistent = row.consistent
        reason = targetsOnly ? "Bảng chỉ ghi kế hoạch, không có số thực hiện để đánh giá" : row.reason
        components = row.components.isEmpty
            ? row.indicator.components.map { RowJSON(line: $0, code: nil) }
            : row.components.filter { $0.line != row.indicator.line }.map { component in
                var json = RowJSON(line: component.line, code: nil)
                json.computed = component.verdict
                json.computedLabel = component.verdict.label
                json.reason = component.reason
                return json
            }
        // Sub-rows the verdict did not use (a breakdown under a headline with its own target)
        // are listed too, with their own figures.
        if !row.components.isEmpty {
            let judged = Set(row.components.map(\.line))
            components += row.indicator.components.filter { !judged.contains($0) }.map { RowJSON(line: $0, code: nil) }
        }
        if targetsOnly {
            components = components.map { component in
                var component = component
                component.computed = nil
                component.computedLabel = nil
                return component
            }
        }
    }

    init(line: ReadLine, code: String?) {
        self.code = code
        name = line.name
        unit = line.unit
        target = line.target.map(CellJSON.init)
        targets = line.targets.map(IssuedTargetJSON.init)
        actual = line.actual.map(CellJSON.init)
        previous = line.previous.compactMap { $0.map(CellJSON.init) }
        let evaluation = line.evaluation
        computed = evaluation?.verdict
        computedLabel = evaluation?.verdict.label
        consistent = true
        reason = evaluation?.reason.explanation ?? ""
        direction = line.direction
        directionReason = line.directionReason
        location = line.location
        components = []
        stated = line.stated
        statedText = line.statedText
    }

    enum CodingKeys: String, CodingKey {
        case code, name, unit, target, targets, actual, previous, stated, computed, consistent, reason, direction, location, components
        case statedText = "stated_text", computedLabel = "computed_label", directionReason = "direction_reason"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(name, forKey: .name)
        try container.encode(unit, forKey: .unit)
        try container.encode(target, forKey: .target)
        if !targets.isEmpty { try container.encode(targets, forKey: .targets) }
        try container.encode(actual, forKey: .actual)
        try container.encode(previous, forKey: .previous)
        try container.encode(stated, forKey: .stated)
        try container.encode(statedText, forKey: .statedText)
        try container.encode(computed, forKey: .computed)
        try container.encode(computedLabel, forKey: .computedLabel)
        try container.encode(consistent, forKey: .consistent)
        try container.encode(reason, forKey: .reason)
        try container.encode(direction, forKey: .direction)
        try container.encode(directionReason, forKey: .directionReason)
        try container.encode(location, forKey: .location)
        try container.encode(components, forKey: .components)
    }
}

/// One issuer's target: the cell as printed, who set it, and whether the verdict uses it.
struct IssuedTargetJSON: Encodable {
    var cell: CellJSON
    var issuer: String
    var governing: Bool

    init(_ target: IssuedTarget) {
        cell = CellJSON(target.figure)
        issuer = target.issuer
        governing = target.governing
    }

    func encode(to encoder: any Encoder) throws {
        try cell.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(issuer, forKey: .issuer)
        try container.encode(governing, forKey: .governing)
    }

    enum CodingKeys: String, CodingKey { case issuer, governing }
}

/// A printed figure cell: the text as printed and, when it reads, its interval (null ends are
/// unbounded, or the cell did not read as a figure: then `form` is null too).
struct CellJSON: Encodable {
    var text: String
    var parsed: FigureValue?
    var note: String?

    init(_ figure: ReadFigure) {
        text = figure.text
        parsed = figure.figure.map(FigureValue.init)
        note = figure.note
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(parsed?.form, forKey: .form)
        try container.encode(parsed?.lower, forKey: .lower)
        try container.encode(parsed?.upper, forKey: .upper)
        try container.encode(parsed?.lowerInclusive, forKey: .lowerInclusive)
        try container.encode(parsed?.upperInclusive, forKey: .upperInclusive)
        try container.encode(parsed?.isPercent, forKey: .isPercent)
        try container.encodeIfPresent(note, forKey: .note)
    }

    enum CodingKeys: String, CodingKey {
        case text, form, lower, upper, note
        case lowerInclusive = "lower_inclusive", upperInclusive = "upper_inclusive", isPercent = "is_percent"
    }
}

struct SummaryJSON: Encodable {
    var stated: StatedSummaryJSON?
    var computed: CountsJSON
    var groups: [GroupJSON]

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(stated, forKey: .stated)
        try container.encode(computed, forKey: .computed)
        try container.encode(groups, forKey: .groups)
    }

    enum CodingKeys: String, CodingKey { case stated, computed, groups }
}

struct StatedSummaryJSON: Encodable {
    var metOrExceeded: Int
    var total: Int
    var missed: Int?
    var text: String
    var location: SourceLocation

    init(_ claim: SummaryClaim) {
        metOrExceeded = claim.metOrExceeded
        total = claim.total
        missed = claim.missed
        text = claim.text
        location = claim.location
    }

    enum CodingKeys: String, CodingKey {
        case total, missed, text, location
        case metOrExceeded = "met_or_exceeded"
    }
}

struct CountsJSON: Encodable {
    var counts: VerdictCounts

    init(_ counts: VerdictCounts) { self.counts = counts }

    func encode(to encoder: any Encoder) throws {
        try counts.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(counts.metOrExceeded, forKey: .metOrExceeded)
        try container.encode(counts.total, forKey: .total)
        try container.encode(counts.sentence, forKey: .text)
    }

    enum CodingKeys: String, CodingKey {
        case total, text
        case metOrExceeded = "met_or_exceeded"
    }
}

struct GroupJSON: Encodable {
    var group: String
    var counts: CountsJSON
}

struct TargetJSON: Encodable {
    var plan: String?
    var code: String?
    var name: String
    var parent: String?
    var unit: String?
    var text: String
    var parsed: FigureValue
    var direction: Direction
    var directionReason: String
    var location: SourceLocation

    init(_ target: PlanTarget) {
        plan = target.plan
        code = target.code?.description
        name = target.name
        parent = target.parentName
        unit = target.unit
        text = target.figure.text
        parsed = FigureValue(target.figure)
        direction = target.direction
        directionReason = target.directionReason
        location = target.location
    }

    enum CodingKeys: String, CodingKey {
        case plan, code, name, parent, unit, text, parsed, direction, location
        case directionReason = "direction_reason"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(plan, forKey: .plan)
        try container.encode(code, forKey: .code)
        try container.encode(name, forKey: .name)
        try container.encode(parent, forKey: .parent)
        try container.encode(unit, forKey: .unit)
        try container.encode(text, forKey: .text)
        try container.encode(parsed, forKey: .parsed)
        try container.encode(direction, forKey: .direction)
        try container.encode(directionReason, forKey: .directionReason)
        try container.encode(location, forKey: .location)
    }
}

struct FindingJSON: Encodable {
    var severity: Finding.Severity
    var kind: Finding.Kind
    var location: SourceLocation
    var locationText: String
    var message: String

    init(_ finding: Finding) {
        severity = finding.severity
        kind = finding.kind
        location = finding.location
        locationText = finding.location.description
        message = finding.message
    }

    enum CodingKeys: String, CodingKey {
        case severity, kind, location, message
        case locationText = "location_text"
    }
}
