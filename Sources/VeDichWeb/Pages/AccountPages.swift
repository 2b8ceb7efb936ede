import Vapor
import VeDichCore
import VeDichStore

/// `/agencies` ("Cơ quan") and `/users` ("Tài khoản"): an admin keeps every province's, the
/// planning office its province's agencies and their clerks. The same checks and store calls
/// as `/api/v1/agencies` and `/api/v1/users`.
struct AccountPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("agencies", use: agencies)
        routes.post("agencies", use: addAgency)
        routes.post("agencies", ":agencyID", use: renameAgency)
        routes.get("users", use: users)
        routes.post("users", use: createUser)
        routes.post("users", ":userID", use: updateUser)
        routes.post("users", ":userID", "password", use: resetPassword)
        routes.post("users", ":userID", "deactivate", use: deactivate)
        routes.post("users", ":userID", "activate", use: activate)
    }

    struct AgencyForm: Content {
        var province: String?
        var name: String?
        var reason: String?
    }

    struct UserForm: Content {
        var login: String?
        var displayName: String?
        var email: String?
        var role: Role?
        var province: String?
        var agency: String?
        var reason: String?

        enum CodingKeys: String, CodingKey {
            case login, email, role, province, agency, reason
            case displayName = "display_name"
        }
    }

    // MARK: Agencies

    @Sendable func agencies(req: Request) async throws -> Response {
        try await AgenciesView.page(req, model: try await agencyModel(req, province: req.query[String.self, at: "province"],
                                                                     notice: req.query[String.self, at: "done"] == "luu" ? "Đã lưu." : nil))
    }

    func agencyModel(_ req: Request, province name: String?, notice: String?) async throws -> AgenciesView.Model {
        let province = try await req.managedProvince(named: name)
        let provinces = try await req.store.provinces()
        return AgenciesView.Model(
            agencies: try await req.store.agencies(provinceID: province),
            provinces: req.principal?.role == .admin ? provinces.map(\.name) : provinces.filter { $0.id == province }.map(\.name),
            province: provinces.first { $0.id == province }?.name, notice: notice)
    }

    @Sendable func addAgency(req: Request) async throws -> Response {
        _ = try await req.managedProvince(named: nil)
        let form = try req.content.decode(AgencyForm.self)
        return try await agencyAnswer(req, province: form.province) {
            guard let province = try await req.managedProvince(named: form.province) else {
                throw StoreError.invalidCatalogue(UserMessage(what: "Chưa chọn tỉnh của cơ quan", fix: "Chọn tỉnh rồi thêm lại"))
            }
            return try await req.store.addAgency(provinceID: province, name: form.name ?? "", actor: req.actor).province
        }
    }

    @Sendable func renameAgency(req: Request) async throws -> Response {
        let agency = try await req.managedAgency(try req.agencyID())
        let form = try req.content.decode(AgencyForm.self)
        return try await agencyAnswer(req, province: agency.province) {
            try CatalogueController.limit(form.reason)
            return try await req.store.renameAgency(agency.id, to: form.name ?? "", reason: form.reason, actor: req.actor).province
        }
    }

    func agencyAnswer(_ req: Request, province: String?, _ body: () async throws -> String) async throws -> Response {
        do {
            let province = try await body()
            let query = req.principal?.role == .admin ? "province=\(Self.encoded(province))&" : ""
            return req.redirect(to: "/agencies?\(query)done=luu", redirectType: .normal)
        } catch let error as any UserFacingError {
            var model = try await agencyModel(req, province: province, notice: nil)
            model.alert = error.userMessage
            let response = try await AgenciesView.page(req, model: model)
            response.status = CataloguePages.status(error)
            return response
        }
    }

    // MARK: Accounts

    @Sendable func users(req: Request) async throws -> Response {
        try await AccountsView.page(req, model: try await userModel(req, province: req.query[String.self, at: "province"],
                                                                   notice: Self.notice(req)))
    }

    func userModel(_ req: Request, province name: String?, notice: String?) async throws -> AccountsView.Model {
        let province = try await req.managedProvince(named: name)
        let provinces = try await req.store.provinces()
        let admin = req.principal?.role == .admin
        return AccountsView.Model(
            accounts: try await AccountController.visibleAccounts(req, province: province),
            agencies: try await req.store.agencies(provinceID: province),
            provinces: admin ? provinces.map(\.name) : provinces.filter { $0.id == province }.map(\.name),
            province: provinces.first { $0.id == province }?.name,
            roles: admin ? Role.allCases : [.agencyClerk], me: req.principal?.userID, notice: notice)
    }

    @Sendable func createUser(req: Request) async throws -> Response {
        _ = try await req.managedProvince(named: nil)
        let form = try req.content.decode(UserForm.self)
        return try await userAnswer(req, province: form.province, draft: form) {
            let issued = try await AccountController.create(req, login: form.login ?? "", displayName: form.displayName, email: form.email,
                                                            role: form.role ?? .agencyClerk, province: form.province, agencyName: form.agency)
            return .password(issued, "Đã tạo tài khoản")
        }
    }

    @Sendable func updateUser(req: Request) async throws -> Response {
        let scope = try await req.managedAccount(try req.userID())
        let form = try req.content.decode(UserForm.self)
        return try await userAnswer(req, province: scope.user.province, draft: nil) {
            _ = try await AccountController.update(req, scope: scope, displayName: form.displayName, email: form.email,
                                                   role: form.role, agencyName: form.agency)
            return .done("sua")
        }
    }

    @Sendable func resetPassword(req: Request) async throws -> Response {
        let scope = try await req.managedAccount(try req.userID())
        return try await userAnswer(req, province: scope.user.province, draft: nil) {
            .password(try await AccountController.reset(req, scope: scope), "Đã đặt lại mật khẩu")
        }
    }

    @Sendable func deactivate(req: Request) async throws -> Response {
        let scope = try await req.managedAccount(try req.userID())
        let form = try req.content.decode(UserForm.self)
        return try await userAnswer(req, province: scope.user.province, draft: nil) {
            try CatalogueController.limit(form.reason)
            _ = try await AccountController.setActive(req, scope: scope, false, reason: form.reason)
            return .done("khoa")
        }
    }

    @Sendable func activate(req: Request) async throws -> Response {
        let scope = try await req.managedAccount(try req.userID())
        let form = try req.content.decode(UserForm.self)
        return try await userAnswer(req, province: scope.user.province, draft: nil) {
            try CatalogueController.limit(form.reason)
            _ = try await AccountController.setActive(req, scope: scope, true, reason: form.reason)
            return .done("mo")
        }
    }

    enum Outcome {
        /// Back to the list, saying what was done.
        case done(String)
        /// The temporary password, shown on this answer only (never in a link or a redirect).
        case password(AccountController.Issued, String)
    }

    func userAnswer(_ req: Request, province: String?, draft: UserForm?, _ body: () async throws -> Outcome) async throws -> Response {
        let provinceQuery = req.principal?.role == .admin ? province : nil
        do {
            switch try await body() {
            case .done(let done):
                let query = provinceQuery.map { "province=\(Self.encoded($0))&" } ?? ""
                return req.redirect(to: "/users?\(query)done=\(done)", redirectType: .normal)
            case .password(let issued, let what):
                var model = try await userModel(req, province: provinceQuery, notice: nil)
                model.issued = AccountsView.Issued(what: what, login: issued.user.login, password: issued.temporaryPassword)
                return try await AccountsView.page(req, model: model)
            }
        } catch let error as any UserFacingError {
            var model = try await userModel(req, province: provinceQuery, notice: nil)
            model.alert = error.userMessage
            model.draft = draft
            let response = try await AccountsView.page(req, model: model)
            response.status = CataloguePages.status(error)
            return response
        }
    }

    static func notice(_ req: Request) -> String? {
        switch req.query[String.self, at: "done"] {
        case "sua": "Đã lưu tài khoản."
        case "khoa": "Đã khóa tài khoản: mọi phiên đăng nhập và khóa API của tài khoản đã hết hiệu lực."
        case "mo": "Đã mở lại tài khoản. Đặt lại mật khẩu để người dùng đăng nhập được."
        default: nil
        }
    }

    static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }
}
