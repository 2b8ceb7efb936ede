import Vapor
import VeDichCore
import VeDichStore

/// "Tài khoản": the accounts the person may keep, each with its edit, reset and lock forms, and
/// the form that makes one. A temporary password is shown once, on the answer that made it.
enum AccountsView {
    struct Issued {
        var what: String
        var login: String
        var password: String
    }

    struct Model {
        var accounts: [UserInfo]
        var agencies: [AgencyListing]
        var provinces: [String]
        var province: String?
        /// The roles the person may give.
        var roles: [Role]
        /// The person's own account (no lock form on it).
        var me: UUID?
        var notice: String?
        var alert: UserMessage?
        var issued: Issued?
        var draft: AccountPages.UserForm?
    }

    static func page(_ req: Request, model: Model) async throws -> Response {
        Layout.page(req, "Tài khoản") {
            el("h1") { "Tài khoản" + (model.province.map { " — \($0)" } ?? "") }
            el("p", ["class": "muted"]) {
                if req.principal?.role != .admin {
                    "Tài khoản nhập liệu của các cơ quan trong tỉnh. "
                } else if let province = model.province {
                    "Tài khoản thuộc tỉnh \(province) (tài khoản quản trị và của Bộ: xem mục Mọi tỉnh). "
                } else {
                    "Mọi tài khoản. "
                }
                el("a", ["href": "/agencies" + (model.province.map { "?province=\(AccountPages.encoded($0))" } ?? "")]) { "Cơ quan" }
            }
            if req.principal?.role == .admin { AgenciesView.provinceSwitch("/users", model.provinces, current: model.province) }
            if let notice = model.notice { el("p", ["class": "notice", "role": "status"]) { notice } }
            if let alert = model.alert { el("p", ["class": "alert", "role": "alert", "id": "loi"]) { "\(alert.what). \(alert.fix)." } }
            if let issued = model.issued {
                el("div", ["class": "notice", "role": "status", "id": "mat-khau-moi"]) {
                    el("p") { "\(issued.what) “\(issued.login)”. Mật khẩu tạm (chỉ hiện lần này, hãy chuyển cho người dùng và nhắc đổi ngay sau khi đăng nhập tại trang Tài khoản của họ):" }
                    el("p") { el("code", ["id": "mat-khau-tam"]) { issued.password } }
                }
            }
            el("div", ["class": "wrap"]) {
                el("table", ["class": "data", "id": "tai-khoan"]) {
                    el("thead") {
                        el("tr") {
                            for heading in ["Tên đăng nhập", "Họ tên, thư điện tử", "Vai trò", "Tỉnh, cơ quan", "Tình trạng", "Việc"] {
                                el("th", ["scope": "col"]) { heading }
                            }
                        }
                    }
                    el("tbody") {
                        for account in model.accounts { row(req, account, model: model) }
                    }
                }
            }
            if model.accounts.isEmpty { el("p", ["class": "muted"]) { "Chưa có tài khoản nào." } }
            createForm(req, model)
        }
    }

    static func row(_ req: Request, _ account: UserInfo, model: Model) -> HTML {
        let path = "/users/\(account.id.uuidString)"
        return el("tr", ["id": "tk-\(account.login)"]) {
            el("td") { account.login }
            el("td") { account.displayName; if let email = account.email { el("br"); el("span", ["class": "muted"]) { email } } }
            el("td") { account.role.label }
            el("td") { [account.province, account.agency].compactMap { $0 }.joined(separator: " · ") }
            el("td") { account.active ? "Đang hoạt động" : "Đã khóa" }
            el("td") {
                el("details") {
                    el("summary") { "Sửa, đặt lại mật khẩu, khóa" }
                    editForm(req, account, model: model, path: path)
                    if account.active {
                        el("form", ["method": "post", "action": "\(path)/password", "class": "inline"]) {
                            Layout.csrfField(req)
                            el("button", ["type": "submit", "class": "secondary"]) { "Đặt lại mật khẩu" }
                        }
                    }
                    if account.id != model.me {
                        let id = "ly-do-khoa-\(account.login)"
                        el("form", ["method": "post", "action": "\(path)/\(account.active ? "deactivate" : "activate")", "class": "withdraw"]) {
                            Layout.csrfField(req)
                            el("label", ["for": id]) { account.active ? "Lý do khóa (phiên đăng nhập và khóa API hết hiệu lực ngay)" : "Lý do mở lại" }
                            el("input", ["type": "text", "id": id, "name": "reason", "maxlength": "2000"])
                            el("button", ["type": "submit", "class": "secondary"]) { account.active ? "Khóa tài khoản" : "Mở lại" }
                        }
                    }
                }
            }
        }
    }

    static func editForm(_ req: Request, _ account: UserInfo, model: Model, path: String) -> HTML {
        let prefix = "tk-\(account.login)-"
        let agencies = model.agencies.filter { $0.province == account.province }
        return el("form", ["method": "post", "action": path, "class": "catalogue"]) {
            Layout.csrfField(req)
            CatalogueFields.text(prefix + "ten", "display_name", "Họ tên", account.displayName, maxLength: 120)
            CatalogueFields.text(prefix + "thu", "email", "Thư điện tử", account.email, maxLength: 200)
            if model.roles.count > 1 { roleSelect(model.roles, selected: account.role, id: prefix + "vai-tro") }
            if account.province != nil {
                nameSelect(prefix + "co-quan", "agency", "Cơ quan", agencies.map(\.name), selected: account.agency, none: "— Không —")
            }
            el("button", ["type": "submit"]) { "Lưu" }
        }
    }

    static func createForm(_ req: Request, _ model: Model) -> HTML {
        let draft = model.draft
        return el("section", ["id": "tao-tai-khoan-muc"]) {
            el("h2") { "Tạo tài khoản" }
            el("form", ["method": "post", "action": "/users", "class": "catalogue", "id": "tao-tai-khoan"]) {
                Layout.csrfField(req)
                CatalogueFields.text("ten-dang-nhap", "login", "Tên đăng nhập (3–40 ký tự: chữ không dấu, số, . _ -)", draft?.login,
                                     required: true, maxLength: 40)
                CatalogueFields.text("ho-ten", "display_name", "Họ tên", draft?.displayName, maxLength: 120)
                CatalogueFields.text("thu-dien-tu", "email", "Thư điện tử", draft?.email, maxLength: 200)
                roleSelect(model.roles, selected: draft?.role ?? .agencyClerk, id: "vai-tro")
                nameSelect("tinh", "province", "Tỉnh (vai trò chuyên viên, lãnh đạo, nhập liệu)", model.provinces,
                           selected: draft?.province ?? model.province, none: nil)
                nameSelect("co-quan", "agency", "Cơ quan (vai trò nhập liệu)", Array(Set(model.agencies.map(\.name))).sorted(),
                           selected: draft?.agency, none: "— Không —")
                el("button", ["type": "submit", "id": "tao"]) { "Tạo tài khoản" }
            }
        }
    }

    static func roleSelect(_ roles: [Role], selected: Role, id: String) -> HTML {
        el("p", ["class": "field"]) {
            el("label", ["for": id]) { "Vai trò" }
            el("select", ["id": id, "name": "role"]) {
                for role in roles {
                    el("option", attributes: [("value", role.rawValue), ("selected", role == selected ? "selected" : nil)]) { role.label }
                }
            }
        }
    }

    static func nameSelect(_ id: String, _ name: String, _ label: String, _ names: [String], selected: String?, none: String?) -> HTML {
        el("p", ["class": "field"]) {
            el("label", ["for": id]) { label }
            el("select", ["id": id, "name": name]) {
                if let none { el("option", attributes: [("value", ""), ("selected", selected == nil ? "selected" : nil)]) { none } }
                for option in names {
                    el("option", attributes: [("value", option), ("selected", option == selected ? "selected" : nil)]) { option }
                }
            }
        }
    }
}
