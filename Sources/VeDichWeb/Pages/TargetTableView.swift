import Foundation
import VeDichCore
import VeDichStore

/// What the targets page shows: every indicator of the plan with one cell per issuer, the
/// five-year plan's target beside, and what the person may do (edit, issue, unlock). Plain data,
/// made from the store's `TargetTable` and the person's permissions; `TargetTableView` lays it out.
struct TargetTableModel {
    struct Cell {
        /// The form field's name: `t_<indicator>_<issuer>`; `r_…` carries the revision, `o_…` the text shown.
        var key: String
        var issuer: TargetIssuer
        var stored: String
        var revision: Int?
        /// What the person typed, kept when the save was refused.
        var typed: String?
        var error: String?
    }

    struct Row {
        var indicatorID: UUID
        var code: String
        var name: String
        var isComponent: Bool
        var cells: [Cell]
        var fiveYear: String?
    }

    var planID: UUID
    var title: String
    var issuers: [TargetIssuer]
    /// The issuer whose target the verdicts use, as the plan's settings say.
    var governing: TargetIssuer?
    var fiveYearTitle: String?
    var rows: [Row]
    var mayEdit: Bool
    var mayUnlock: Bool
    /// "Đã ban hành bởi … lúc …" when issued.
    var issued: String?
    var notice: String?
    var alert: String?

    var isEditable: Bool { mayEdit && issued == nil }

    /// The order of the columns: the province's own first, as people read a plan.
    static let columns: [TargetIssuer] = [.provincialCouncil, .provincialCommittee, .province, .central]

    static func key(_ indicatorID: UUID, _ issuer: TargetIssuer) -> String { "t_\(indicatorID.uuidString)_\(issuer.rawValue)" }

    init(_ table: TargetTable, mayEdit: Bool, mayUnlock: Bool, issuedBy: String?, fields: [String: (typed: String, error: String?)] = [:],
         notice: String? = nil, alert: String? = nil) {
        planID = table.plan.id
        title = table.plan.title
        let governing = table.plan.governingIssuer
        self.governing = governing
        // The importer's "Tỉnh giao" column only where some indicator has such a target or it governs.
        let issuers = Self.columns.filter { issuer in
            issuer != .province || governing == .province || table.rows.contains { $0.targets[.province] != nil }
        }
        self.issuers = issuers
        fiveYearTitle = table.fiveYearPlan?.title
        self.mayEdit = mayEdit
        self.mayUnlock = mayUnlock
        issued = table.plan.issuedAt.map { "Đã ban hành bởi \(issuedBy ?? table.plan.issuedBy ?? "") lúc \(StoreError.vietnameseTime($0))" }
        self.notice = notice
        self.alert = alert
        rows = table.rows.map { row in
            Row(indicatorID: row.indicator.id, code: row.indicator.code, name: Self.label(row.indicator), isComponent: row.indicator.parentID != nil,
                cells: issuers.map { issuer in
                    let key = Self.key(row.indicator.id, issuer)
                    return Cell(key: key, issuer: issuer, stored: row.targets[issuer]?.text ?? "", revision: row.targets[issuer]?.revision,
                                typed: fields[key]?.typed, error: fields[key]?.error)
                },
                fiveYear: row.fiveYear.map { figure in row.fiveYearIssuer.map { "\(figure.text) (\($0))" } ?? figure.text })
        }
    }

    /// "Trồng rừng mới (ha)": the name with its unit unless it already ends with it.
    static func label(_ indicator: IndicatorInfo) -> String {
        guard let unit = indicator.unit, !indicator.name.hasSuffix("(\(unit))") else { return indicator.name }
        return "\(indicator.name) (\(unit))"
    }
}

/// The targets page laid out: the table (a form for the planning office while the plan is not
/// issued), then issuing or unlocking.
enum TargetTableView {
    static func content(_ model: TargetTableModel, csrf: HTML) -> [HTML] {
        let base = "/plans/\(model.planID.uuidString)"
        return PlanPages.build {
            el("h1") { PlanPermissions.title("Chỉ tiêu kế hoạch: \(model.title)", readOnly: !model.isEditable) }
            el("p", ["class": "muted"]) {
                "Viết kế hoạch như trong văn bản: 7,5 - 8 · ≥5 · <3 · 4.400. Đánh giá dùng "
                + (model.governing.map { "kế hoạch \($0.label)" } ?? "kế hoạch của tỉnh (Tỉnh giao hoặc HĐND tỉnh giao; chỉ tiêu không có thì UBND tỉnh phấn đấu, rồi Trung ương giao)")
                + "; đổi ở "
                el("a", ["href": "\(base)/settings"]) { "cài đặt kế hoạch" }
                "."
            }
            el("p", ["class": "actions"]) {
                el("a", ["href": base]) { "Tổng quan" }
                " · "
                el("a", ["href": "\(base)/table"]) { "Bảng đánh giá" }
            }
            if let notice = model.notice { el("p", ["class": "notice", "role": "status"]) { notice } }
            if let alert = model.alert { el("p", ["class": "alert", "role": "alert"]) { alert } }
            if let issued = model.issued { el("p", ["class": "locked", "role": "status", "id": "da-ban-hanh"]) { issued + "; các chỉ tiêu kế hoạch đã khóa." } }
            if model.fiveYearTitle == nil {
                el("p", ["class": "muted"]) { "Chưa có kế hoạch 5 năm của tỉnh chứa năm này để so sánh." }
            }
            if model.isEditable {
                el("form", ["class": "entry", "method": "post", "action": "\(base)/targets", "novalidate": "novalidate", "id": "sua-ke-hoach"]) {
                    csrf
                    table(model)
                    el("p") { el("button", ["type": "submit", "id": "luu-ke-hoach"]) { "Lưu chỉ tiêu kế hoạch" } }
                }
            } else {
                table(model)
            }
            if model.mayEdit && model.issued == nil {
                el("form", ["method": "post", "action": "\(base)/issue", "class": "direction", "id": "ban-hanh"]) {
                    csrf
                    el("fieldset") {
                        el("legend") { "Ban hành kế hoạch" }
                        el("p") { "Khi ban hành, mọi chỉ tiêu kế hoạch bị khóa; chỉ quản trị hệ thống mở khóa được (ghi lý do)." }
                        el("label") {
                            el("input", ["type": "checkbox", "name": "confirm", "value": "1", "required": "required", "id": "xac-nhan-ban-hanh"])
                            " Tôi đã kiểm tra các chỉ tiêu kế hoạch"
                        }
                        el("button", ["type": "submit"]) { "Ban hành" }
                    }
                }
            }
            if model.mayUnlock && model.issued != nil {
                el("form", ["method": "post", "action": "\(base)/unlock", "class": "direction", "id": "mo-khoa-ke-hoach"]) {
                    csrf
                    el("fieldset") {
                        el("legend") { "Mở khóa kế hoạch đã ban hành" }
                        el("label", ["for": "ly-do-mo-khoa"]) { "Lý do (bắt buộc, được ghi vào nhật ký)" }
                        el("input", ["type": "text", "id": "ly-do-mo-khoa", "name": "reason", "required": "required", "maxlength": "2000"])
                        el("button", ["type": "submit"]) { "Mở khóa" }
                    }
                }
            }
        }
    }

    static func table(_ model: TargetTableModel) -> HTML {
        el("div", ["class": "wrap"]) {
            el("table", ["class": "data", "id": "bang-ke-hoach"]) {
                el("thead") {
                    el("tr") {
                        el("th", ["scope": "col"]) { "TT" }
                        el("th", ["scope": "col"]) { "Chỉ tiêu" }
                        for issuer in model.issuers {
                            el("th", ["scope": "col"]) { issuer.label + (issuer == model.governing ? " (dùng để đánh giá)" : "") }
                        }
                        if let fiveYear = model.fiveYearTitle { el("th", ["scope": "col"]) { fiveYear } }
                    }
                }
                el("tbody") {
                    for row in model.rows {
                        el("tr", attributes: [("class", row.isComponent ? "component" : nil), ("data-code", row.code)]) {
                            el("td") { row.isComponent ? "" : row.code }
                            el("td", ["class": "name"]) { row.name }
                            for cell in row.cells { self.cell(cell, row: row, editable: model.isEditable) }
                            if model.fiveYearTitle != nil { el("td", ["class": "num five-year"]) { row.fiveYear ?? "" } }
                        }
                    }
                }
            }
        }
    }

    static func cell(_ cell: TargetTableModel.Cell, row: TargetTableModel.Row, editable: Bool) -> HTML {
        guard editable else { return el("td", ["class": "num"]) { cell.stored } }
        return el("td") {
            el("label", ["class": "visually-hidden", "for": cell.key]) { "\(row.name) — \(cell.issuer.label)" }
            el("input", attributes: [("type", "text"), ("id", cell.key), ("name", cell.key), ("value", cell.typed ?? cell.stored),
                                     ("autocomplete", "off"), ("aria-invalid", cell.error == nil ? nil : "true"),
                                     ("aria-describedby", cell.error == nil ? nil : "e_\(cell.key)")])
            el("input", ["type": "hidden", "name": "r_\(cell.key)", "value": cell.revision.map(String.init) ?? ""])
            el("input", ["type": "hidden", "name": "o_\(cell.key)", "value": cell.stored])
            if let error = cell.error { el("span", ["class": "error", "id": "e_\(cell.key)"]) { error } }
        }
    }
}
