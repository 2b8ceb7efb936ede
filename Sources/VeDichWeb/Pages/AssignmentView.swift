import Vapor
import VeDichCore
import VeDichStore

/// "Giao chỉ tiêu": one agency, a checkbox per followed indicator of the plan (with who answers
/// for it now), one submit. The planning office of the province and admins only.
enum AssignmentView {
    struct Model {
        var plan: PlanInfo
        /// Followed indicators, in plan order.
        var entries: [CatalogueEntry]
        var agencies: [AgencyListing]
        /// The agency chosen (the last one assigned to).
        var agency: UUID?
        var mayAssign: Bool
        var notice: String?
        var alert: UserMessage?
        /// Boxes ticked when the form was refused.
        var checked: Set<UUID> = []
    }

    static func page(_ req: Request, model: Model) async throws -> Response {
        let base = "/plans/\(model.plan.id.uuidString)"
        let title = PlanPermissions.title("Giao chỉ tiêu", readOnly: !model.mayAssign)
        return Layout.page(req, "\(title) — \(model.plan.title)") {
            el("h1") { title }
            el("p", ["class": "muted"]) {
                el("a", ["href": base]) { model.plan.title }
                " · "
                el("a", ["href": "\(base)/catalogue"]) { "Danh mục chỉ tiêu" }
                " · cơ quan phụ trách nhập số liệu của chỉ tiêu; giao lại cho Sở Tài chính thì chọn “Sở Tài chính (tự nhập)”."
            }
            if let notice = model.notice { el("p", ["class": "notice", "role": "status"]) { notice } }
            if let alert = model.alert { el("p", ["class": "alert", "role": "alert", "id": "loi"]) { "\(alert.what). \(alert.fix)." } }
            if model.mayAssign {
                el("form", ["method": "post", "action": "\(base)/assignments", "id": "giao-chi-tieu", "class": "catalogue"]) {
                    Layout.csrfField(req)
                    CatalogueFields.agencySelect(model.agencies, selected: model.agency?.uuidString, label: "Giao cho cơ quan")
                    list(model, editable: true)
                    el("button", ["type": "submit", "id": "giao"]) { "Giao các chỉ tiêu đã chọn" }
                }
            } else {
                list(model, editable: false)
            }
        }
    }

    static func list(_ model: Model, editable: Bool) -> HTML {
        el("div", ["class": "wrap"]) {
            el("table", ["class": "data", "id": "bang-giao"]) {
                el("thead") {
                    el("tr") {
                        el("th", ["scope": "col"]) { editable ? "Chọn" : "Mã số" }
                        el("th", ["scope": "col"]) { "Chỉ tiêu" }
                        el("th", ["scope": "col"]) { "Đang do" }
                    }
                }
                el("tbody") {
                    for entry in model.entries {
                        let id = "giao-\(entry.id.uuidString)"
                        el("tr", attributes: [("class", entry.parentID != nil ? "component" : nil)]) {
                            el("td") {
                                if editable {
                                    el("input", attributes: [("type", "checkbox"), ("id", id), ("name", "indicators[]"),
                                                             ("value", entry.id.uuidString),
                                                             ("checked", model.checked.contains(entry.id) ? "checked" : nil)])
                                } else {
                                    entry.code
                                }
                            }
                            el("td", ["class": "name"]) {
                                if editable {
                                    el("label", ["for": id]) { "\(entry.code) \(entry.name)" }
                                } else {
                                    entry.name
                                }
                            }
                            el("td") { entry.agency?.name ?? "Sở Tài chính (tự nhập)" }
                        }
                    }
                }
            }
        }
    }
}
