import Vapor
import VeDichCore
import VeDichStore

/// One indicator of the catalogue: the form that edits every field (carrying the revision it
/// shows, so a stale edit is refused), the retire (or follow again) form, and its changes.
enum CatalogueEntryView {
    struct Model {
        var plan: PlanInfo
        var entry: CatalogueEntry
        /// The headlines it may become a component of.
        var headlines: [CatalogueEntry]
        var groups: [(numeral: String, title: String)]
        var agencies: [AgencyListing]
        /// Its 1-based place among its siblings.
        var order: Int
        var history: [ChangeInfo]
        var mayEdit: Bool
        var alert: UserMessage?
    }

    static func page(_ req: Request, model: Model) async throws -> Response {
        let entry = model.entry
        let base = "/plans/\(model.plan.id.uuidString)/catalogue"
        let action = "\(base)/\(entry.id.uuidString)"
        let title = PlanPermissions.title("Chỉ tiêu \(entry.code) trong danh mục", readOnly: !model.mayEdit)
        return Layout.page(req, title) {
            el("h1") { title }
            el("p", ["class": "muted"]) {
                el("a", ["href": base]) { "Danh mục chỉ tiêu" }
                " · \(model.plan.title) · bản sửa \(entry.revision)"
            }
            if let alert = model.alert { el("p", ["class": "alert", "role": "alert", "id": "loi"]) { "\(alert.what). \(alert.fix)." } }
            if let retired = entry.retiredAt {
                el("p", ["class": "warning", "id": "thoi-theo-doi"]) {
                    "Đã thôi theo dõi từ \(StoreError.vietnameseTime(retired))" + (entry.retiredReason.map { ": \($0)" } ?? "")
                        + ". Chỉ tiêu vẫn ở các kế hoạch đã có, nhưng không nhận số liệu mới."
                }
            }
            if model.mayEdit {
                editForm(req, model, action: action)
                statusForm(req, model, action: action)
            } else {
                summary(model)
            }
            history(model.history)
        }
    }

    static func editForm(_ req: Request, _ model: Model, action: String) -> HTML {
        let entry = model.entry
        return el("form", ["method": "post", "action": action, "class": "catalogue", "id": "sua"]) {
            Layout.csrfField(req)
            el("input", ["type": "hidden", "name": "revision", "value": String(entry.revision)])
            CatalogueFields.text("ten", "name", "Tên chỉ tiêu", entry.name, required: true, maxLength: 300)
            CatalogueFields.text("don-vi", "unit", "Đơn vị tính", entry.unit, maxLength: 60)
            CatalogueFields.text("ma-so", "code", "Mã số trong kế hoạch", entry.code, required: true, maxLength: 20)
            CatalogueFields.text("ma-cap-tren", "national_code", "Mã số ở hệ thống cấp cao hơn (QĐ 293/QĐ-TTg, QĐ 54/2016/QĐ-TTg)",
                                 entry.nationalCode, maxLength: 40)
            if entry.parentID == nil { CatalogueFields.groupSelect(model.groups, selected: entry.group) }
            el("p", ["class": "field"]) {
                el("label", ["for": "thu-tu"]) { entry.parentID == nil ? "Thứ tự trong nhóm" : "Thứ tự trong chỉ tiêu tổng hợp" }
                el("input", ["type": "number", "id": "thu-tu", "name": "order", "min": "1", "max": "999", "value": String(model.order)])
            }
            CatalogueFields.parentSelect(model.headlines, selected: entry.parentID?.uuidString)
            CatalogueFields.directionSelect(entry.direction)
            CatalogueFields.text("ly-do-huong", "direction_reason", "Lý do đổi hướng đánh giá (bắt buộc khi đổi hướng)", nil, maxLength: 2000)
            el("p", ["class": "muted"]) { "Hướng hiện tại: \(entry.direction.label) — \(entry.directionReason)" }
            CatalogueFields.agencySelect(model.agencies, selected: entry.agency?.id.uuidString)
            el("input", ["type": "hidden", "name": "co_agencies_shown", "value": "1"])
            CatalogueFields.coAgencies(model.agencies, checked: Set(entry.coAgencies.map(\.id)))
            CatalogueFields.text("ly-do", "reason", "Lý do thay đổi (ghi vào nhật ký)", nil, maxLength: 2000)
            el("button", ["type": "submit", "id": "luu"]) { "Lưu thay đổi" }
        }
    }

    /// Retire a followed indicator, or follow a retired one again; both with a reason.
    static func statusForm(_ req: Request, _ model: Model, action: String) -> HTML {
        let retired = model.entry.isRetired
        return el("form", ["method": "post", "action": action + (retired ? "/reinstate" : "/retire"), "class": "withdraw", "id": "tinh-trang"]) {
            Layout.csrfField(req)
            el("input", ["type": "hidden", "name": "revision", "value": String(model.entry.revision)])
            el("h2") { retired ? "Theo dõi lại" : "Thôi theo dõi chỉ tiêu" }
            if !retired {
                el("p", ["class": "muted"]) {
                    "Chỉ tiêu không bị xóa: vẫn ở các kế hoạch đã có cùng số liệu và lịch sử; không nhận số liệu mới, không được sao chép sang kế hoạch mới."
                        + (model.entry.parentID == nil ? " Các chỉ tiêu thành phần của nó cũng thôi theo dõi." : "")
                }
            }
            el("label", ["for": "ly-do-tinh-trang"]) { "Lý do (bắt buộc)" }
            el("input", ["type": "text", "id": "ly-do-tinh-trang", "name": "reason", "required": "required", "maxlength": "2000"])
            el("button", ["type": "submit", "class": "secondary", "id": retired ? "theo-doi-lai" : "thoi-theo-doi-nut"]) {
                retired ? "Theo dõi lại" : "Thôi theo dõi"
            }
        }
    }

    /// What the catalogue says of the indicator, for those who may only read it.
    static func summary(_ model: Model) -> HTML {
        let entry = model.entry
        let rows: [(String, String)] = [
            ("Tên chỉ tiêu", entry.name), ("Đơn vị tính", entry.unit ?? "—"), ("Mã số trong kế hoạch", entry.code),
            ("Mã số ở hệ thống cấp cao hơn", entry.nationalCode ?? "—"),
            ("Nhóm", entry.group.map { "\($0). \(entry.groupTitle ?? "")" } ?? "—"),
            ("Là thành phần của", entry.parentID.flatMap { id in model.headlines.first { $0.id == id } }.map { "\($0.code) \($0.name)" } ?? "— (chỉ tiêu chính)"),
            ("Hướng đánh giá", "\(entry.direction.label) — \(entry.directionReason)"),
            ("Cơ quan phụ trách", entry.agency?.name ?? "Sở Tài chính (tự nhập)"),
            ("Cơ quan phối hợp", entry.coAgencies.isEmpty ? "—" : entry.coAgencies.map(\.name).joined(separator: "; ")),
        ]
        return el("dl", ["class": "catalogue-entry", "id": "thong-tin"]) {
            for (term, value) in rows {
                el("dt") { term }
                el("dd") { value }
            }
        }
    }

    static func history(_ changes: [ChangeInfo]) -> HTML {
        el("section", ["id": "lich-su-danh-muc"]) {
            el("h2") { "Thay đổi trong danh mục" }
            if changes.isEmpty {
                el("p", ["class": "muted"]) { "Chưa có thay đổi nào." }
            } else {
                el("div", ["class": "wrap"]) {
                    el("table", ["class": "data"]) {
                        el("thead") {
                            el("tr") {
                                for heading in ["Lúc", "Người sửa", "Nội dung", "Cũ", "Mới", "Lý do"] { el("th", ["scope": "col"]) { heading } }
                            }
                        }
                        el("tbody") {
                            for change in changes {
                                el("tr") {
                                    el("td") { StoreError.vietnameseTime(change.at) }
                                    el("td") { change.actor }
                                    el("td") { change.field }
                                    el("td") { change.oldValue ?? "" }
                                    el("td") { change.newValue ?? "" }
                                    el("td") { change.reason ?? "" }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
