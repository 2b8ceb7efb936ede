import Foundation
import SQLKit
import VeDichCore

// Rows as the tables hold them, for inserting what a packet brings. Written with SQLKit, not
// Fluent: Fluent sets `recorded_at` to now on create, and a value received must keep the time it
// was recorded at its source. Column names are the tables' own (hence snake case).

struct UnitRow: Encodable, Sendable {
    var id = UUID()
    var code: String?
    var name: String
    var level: String
    var parent_id: UUID?
}

struct AgencyRow: Encodable, Sendable {
    var id = UUID()
    var unit_id: UUID
    var name: String
    var kind: String
}

struct IndicatorRow: Encodable, Sendable {
    var id: UUID
    var unit_id: UUID
    var key: String
    var name: String
    var measure_unit: String?
    var direction: String
    var direction_reason: String
    var agency_id: UUID?
    var national_code: String?
    var retired_at: Date?
    var retired_reason: String?
    var revision: Int
}

struct PlanRow: Encodable, Sendable {
    var id: UUID
    var unit_id: UUID
    var title: String
    var horizon: String
    var start_year: Int
    var end_year: Int
    var composite_policy: String
    var governing_issuer: String?
    var range_end: String?
    var issued_at: Date?
    var issued_by: String?
    var data_cutoffs: String?
}

struct GroupRow: Encodable, Sendable {
    var id: UUID
    var plan_id: UUID
    var numeral: String
    var title: String
    var position: Int
}

struct PlacementRow: Encodable, Sendable {
    var id: UUID
    var plan_id: UUID
    var indicator_id: UUID
    var group_id: UUID?
    var code: String
    var parent_indicator_id: UUID?
    var position: Int
}

/// The figure columns every table with a figure has: the text and its parsed bounds.
struct FigureColumns: Sendable {
    var figure_text: String
    var figure_form: String
    var figure_lower: Double?
    var figure_lower_inclusive: Bool?
    var figure_upper: Double?
    var figure_upper_inclusive: Bool?

    /// Validated before: a text that does not read never gets here.
    init(_ text: String) {
        let figure = try? Figure.parse(text)
        figure_text = text
        figure_form = figure?.form.rawValue ?? ""
        figure_lower = figure?.interval.lower?.value
        figure_lower_inclusive = figure?.interval.lower?.isInclusive
        figure_upper = figure?.interval.upper?.value
        figure_upper_inclusive = figure?.interval.upper?.isInclusive
    }
}

struct TargetRow: Encodable, Sendable {
    var id: UUID
    var plan_id: UUID
    var indicator_id: UUID
    var issuer: String
    var figure_text: String
    var figure_form: String
    var figure_lower: Double?
    var figure_lower_inclusive: Bool?
    var figure_upper: Double?
    var figure_upper_inclusive: Bool?
    var recorded_by: String
    var recorded_at: Date?
    var revision: Int?

    init(id: UUID, planID: UUID, indicatorID: UUID, target: ExchangePacket.Target, dialect: String) {
        let figure = FigureColumns(target.giaTri)
        self.id = id
        plan_id = planID
        indicator_id = indicatorID
        issuer = target.capGiao
        figure_text = figure.figure_text
        figure_form = figure.figure_form
        figure_lower = figure.figure_lower
        figure_lower_inclusive = figure.figure_lower_inclusive
        figure_upper = figure.figure_upper
        figure_upper_inclusive = figure.figure_upper_inclusive
        recorded_by = target.nguoiGhi
        recorded_at = ExchangeTime.storable(target.thoiDiemGhi, dialect: dialect)
        revision = target.lanSua
    }
}

struct ObservationRow: Encodable, Sendable {
    var id = UUID()
    var indicator_id: UUID
    var period_id: UUID
    var version: String
    var revision: Int
    var figure_text: String
    var figure_form: String
    var figure_lower: Double?
    var figure_lower_inclusive: Bool?
    var figure_upper: Double?
    var figure_upper_inclusive: Bool?
    var agency_id: UUID?
    var note: String?
    var recorded_by: String
    var recorded_at: Date?
    var withdrawn: Bool?
    var warnings: String?

    init(indicatorID: UUID, periodID: UUID, agencyID: UUID?, value: ExchangePacket.Value, dialect: String) {
        let figure = FigureColumns(value.giaTri)
        indicator_id = indicatorID
        period_id = periodID
        version = value.loaiSoLieu
        revision = value.lanSua
        figure_text = figure.figure_text
        figure_form = figure.figure_form
        figure_lower = figure.figure_lower
        figure_lower_inclusive = figure.figure_lower_inclusive
        figure_upper = figure.figure_upper
        figure_upper_inclusive = figure.figure_upper_inclusive
        agency_id = agencyID
        note = value.ghiChu
        recorded_by = value.nguoiGhi
        recorded_at = ExchangeTime.storable(value.thoiDiemGhi, dialect: dialect)
        withdrawn = value.rutLai
        warnings = value.canhBao
    }
}

struct SubmissionRow: Encodable, Sendable {
    var id: UUID
    var plan_id: UUID
    var agency_id: UUID
    var period_kind: String
    var start_year: Int
    var end_year: Int
    var version: String
    var status: String
    var comment: String?
    var changed_by: String
    var changed_at: Date?
    var revision: Int
}

struct ChangeRow: Encodable, Sendable {
    var id = UUID()
    var at: Date
    var actor: String
    var entity: String
    var entity_id: UUID?
    var plan_id: UUID?
    var indicator_id: UUID?
    var field: String
    var old_value: String?
    var new_value: String?
    var reason: String?
}

extension SQLDatabase {
    /// Inserts rows in statements of `batch`, every row with every column (nil as NULL).
    func insertRows<Row: Encodable & Sendable>(_ rows: [Row], into table: String, batch: Int = 200) async throws {
        let encoder = SQLQueryEncoder(nilEncodingStrategy: .asNil)
        var start = 0
        while start < rows.count {
            let end = Swift.min(start + batch, rows.count)
            try await insert(into: table).models(Array(rows[start..<end]), with: encoder).run()
            start = end
        }
    }

    /// Sets every column of `row` (nil as NULL) on the row with `id`.
    func updateRow<Row: Encodable & Sendable>(_ row: Row, in table: String, id: UUID) async throws {
        try await update(table).set(model: row, with: SQLQueryEncoder(nilEncodingStrategy: .asNil)).where("id", .equal, SQLBind(id)).run()
    }
}
