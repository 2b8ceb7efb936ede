import Vapor
import VeDichCore
import VeDichStore

/// "Cơ quan": a province's agencies with how many indicators and accounts each has, a rename
/// form per agency and a form to add one.
enum AgenciesView {
    struct Model {
        var agencies: [AgencyListing]
        /// The provinces the person may choose (an admin: all; the planning office: its own).
        var provinces: [String]
        /// The province shown; nil: every province (an admin who chose none).
        var province: String?
        var notice: String?
        var alert: UserMessage?
    }

    static func page(_ req: Request, model: Model) async throws -> Response {
        Layout.page(req, "Cơ quan") {
            el("h1") { "Cơ quan" + (model.province.map { " — \($0)" } ?? "") }
            el("p", ["class": "muted"]) {
                "Sở, ban, ngành và UBND cấp xã nhập số liệu các chỉ tiêu được giao. "
                el("a", ["href": "/users" + (model.province.map { "?province=\(AccountPages.encoded($0))" } ?? "")]) { "Tài khoản" }
            }
            if req.principal?.role == .admin { provinceSwitch("/agencies", model.provinces, current: model.province) }
            if let notice = model.notice { el("p", ["class": "notice", "role": "status"]) { notice } }
            if let alert = model.alert { el("p", ["class": "alert", "role": "alert", "id": "loi"]) { "\(alert.what). \(alert.fix)." } }
            el("div", ["class": "wrap"]) {
                el("table", ["class": "data", "id": "co-quan"]) {
                    el("thead") {
                        el("tr") {
                            el("th", ["scope": "col"]) { "Cơ quan" }
                            if model.province == nil { el("th", ["scope": "col"]) { "Tỉnh" } }
                            el("th", ["scope": "col", "class": "num"]) { "Chỉ tiêu phụ trách" }
                            el("th", ["scope": "col", "class": "num"]) { "Tài khoản" }
                            el("th", ["scope": "col"]) { "Đổi tên" }
                        }
                    }
                    el("tbody") {
                        for agency in model.agencies {
                            el("tr") {
                                el("td") { agency.name }
                                if model.province == nil { el("td") { agency.province } }
                                el("td", ["class": "num"]) { String(agency.indicators) }
                                el("td", ["class": "num"]) { String(agency.accounts) }
                                el("td") { renameForm(req, agency) }
                            }
                        }
                    }
                }
            }
            if model.agencies.isEmpty { el("p", ["class": "muted"]) { "Chưa có cơ quan nào." } }
            addForm(req, model)
        }
    }

    static func renameForm(_ req: Request, _ agency: AgencyListing) -> HTML {
        let id = "ten-\(agency.id.uuidString)"
        return el("form", ["method": "post", "action": "/agencies/\(agency.id.uuidString)", "class": "inline"]) {
            Layout.csrfField(req)
            el("label", ["for": id, "class": "muted"]) { "Tên mới của \(agency.name)" }
            el("input", ["type": "text", "id": id, "name": "name", "value": agency.name, "required": "required", "maxlength": "300"])
            el("button", ["type": "submit", "class": "secondary"]) { "Đổi tên" }
        }
    }

    static func addForm(_ req: Request, _ model: Model) -> HTML {
        el("section", ["id": "them-co-quan"]) {
            el("h2") { "Thêm cơ quan" }
            el("form", ["method": "post", "action": "/agencies", "class": "catalogue", "id": "them"]) {
                Layout.csrfField(req)
                el("p", ["class": "field"]) {
                    el("label", ["for": "tinh"]) { "Tỉnh" }
                    el("select", ["id": "tinh", "name": "province"]) {
                        for province in model.provinces {
                            el("option", attributes: [("value", province), ("selected", province == model.province ? "selected" : nil)]) { province }
                        }
                    }
                }
                CatalogueFields.text("ten-co-quan", "name", "Tên cơ quan (ví dụ Sở Y tế, UBND xã Hữu Lũng)", nil, required: true, maxLength: 300)
                el("button", ["type": "submit", "id": "them-co-quan-nut"]) { "Thêm cơ quan" }
            }
        }
    }

    /// Links to each province's list, for an admin.
    static func provinceSwitch(_ path: String, _ provinces: [String], current: String?) -> HTML {
        el("nav", ["class": "versions", "aria-label": "Tỉnh"]) {
            if current == nil { el("span", ["aria-current": "true"]) { "Mọi tỉnh" } } else { el("a", ["href": path]) { "Mọi tỉnh" } }
            for province in provinces {
                if province == current {
                    el("span", ["aria-current": "true"]) { province }
                } else {
                    el("a", ["href": "\(path)?province=\(AccountPages.encoded(province))"]) { province }
                }
            }
        }
    }
}
