/// The tables the generator writes, columns in the order its rows give them, parents first.
enum GeneratedTables {
    static let agencies = BulkTable(name: "agencies", columns: ["id", "unit_id", "name", "kind"])
    static let indicators = BulkTable(name: "indicators", columns: [
        "id", "unit_id", "key", "name", "measure_unit", "direction", "direction_reason", "agency_id", "national_code", "revision",
    ])
    static let plans = BulkTable(name: "plans", columns: [
        "id", "unit_id", "title", "horizon", "start_year", "end_year", "composite_policy", "issued_at", "issued_by", "data_cutoffs",
    ])
    static let groups = BulkTable(name: "indicator_groups", columns: ["id", "plan_id", "numeral", "title", "position"])
    static let placements = BulkTable(name: "plan_indicators", columns: [
        "id", "plan_id", "indicator_id", "group_id", "code", "parent_indicator_id", "position",
    ])
    static let targets = BulkTable(name: "targets", columns: [
        "id", "plan_id", "indicator_id", "issuer", "figure_text", "figure_form", "figure_lower", "figure_lower_inclusive",
        "figure_upper", "figure_upper_inclusive", "recorded_by", "recorded_at", "revision",
    ])
    static let observations = BulkTable(name: "observations", columns: [
        "id", "indicator_id", "period_id", "version", "revision", "figure_text", "figure_form", "figure_lower",
        "figure_lower_inclusive", "figure_upper", "figure_upper_inclusive", "agency_id", "recorded_by", "recorded_at", "withdrawn",
    ])
    static let submissions = BulkTable(name: "submissions", columns: [
        "id", "plan_id", "agency_id", "period_kind", "start_year", "end_year", "version", "status", "comment", "changed_by",
        "changed_at", "revision",
    ])
    static let changes = BulkTable(name: "change_log", columns: [
        "id", "at", "actor", "entity", "entity_id", "field", "new_value", "reason",
    ])

    static let order = [agencies, indicators, plans, groups, placements, targets, observations, submissions, changes]

    /// A figure's six columns.
    static func cells(_ figure: GeneratedFigure) -> [Cell] {
        [.text(figure.text), .text(figure.form.rawValue), .optional(figure.lower), .optional(figure.lowerInclusive),
         .optional(figure.upper), .optional(figure.upperInclusive)]
    }
}
