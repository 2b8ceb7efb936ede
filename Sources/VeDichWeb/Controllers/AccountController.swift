import Vapor
import VeDichCore
import VeDichStore

/// `/api/v1/users`: accounts, kept by an admin (any) or a province's planning office (its
/// agencies' clerks). A new account and a reset get a temporary password, returned once and
/// never kept; deactivating ends the account's sessions and API tokens at once.
struct AccountController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let users = routes.grouped("users")
        users.get(use: list)
        users.post(use: create)
        users.patch(":userID", use: update)
        users.post(":userID", "password-reset", use: resetPassword)
        users.post(":userID", "deactivation", use: deactivate)
        users.post(":userID", "activation", use: activate)
    }

    struct NewAccount: Content {
        var login: String
        var displayName: String?
        var email: String?
        var role: Role
        /// The province's name; the person's own when absent.
        var province: String?
        /// The agency's name in that province (required for `agency_clerk`).
        var agency: String?

        enum CodingKeys: String, CodingKey {
            case login, email, role, province, agency
            case displayName = "display_name"
        }
    }

    struct Update: Content {
        var displayName: String?
        var email: String?
        var role: Role?
        /// The agency's name in the account's province; "" removes it.
        var agency: String?

        enum CodingKeys: String, CodingKey {
            case email, role, agency
            case displayName = "display_name"
        }
    }

    struct Reason: Content {
        var reason: String?
    }

    /// An account with the temporary password it was given, shown this once.
    struct Issued: Content {
        var user: UserInfo
        var temporaryPassword: String

        enum CodingKeys: String, CodingKey {
            case user
            case temporaryPassword = "temporary_password"
        }
    }

    @Sendable func list(req: Request) async throws -> [UserInfo] {
        let province = try await req.managedProvince(named: req.query[String.self, at: "province"])
        return try await Self.visibleAccounts(req, province: province)
    }

    /// An admin sees every account (of the province asked for); the planning office its
    /// province's clerks, the accounts it may manage.
    static func visibleAccounts(_ req: Request, province: UUID?) async throws -> [UserInfo] {
        let accounts = try await req.store.accounts(provinceID: province)
        guard req.principal?.role != .admin else { return accounts }
        return accounts.filter { $0.role == .agencyClerk }
    }

    @Sendable func create(req: Request) async throws -> Response {
        // Who asks first: a person who may keep no accounts learns that, not what the body lacks.
        _ = try await req.managedProvince(named: nil)
        let body = try req.content.decode(NewAccount.self)
        let issued = try await Self.create(req, login: body.login, displayName: body.displayName, email: body.email, role: body.role,
                                           province: body.province, agencyName: body.agency)
        return try await issued.encodeResponse(status: .created, for: req)
    }

    /// Shared by the API and the accounts page: checks who asks, then makes the account.
    static func create(_ req: Request, login: String, displayName: String?, email: String?, role: Role,
                       province: String?, agencyName: String?) async throws -> Issued {
        let scoped = [Role.planner, .approver, .agencyClerk].contains(role)
        let provinceID: UUID? = scoped ? try await req.managedProvince(named: province) : nil
        try req.authorize(.manageAccount(province: provinceID, role: role))
        if scoped, provinceID == nil {
            throw StoreError.invalidAccount(UserMessage(what: "Vai trò “\(role.label)” cần tỉnh", fix: "Chọn tỉnh của tài khoản"))
        }
        var agencyID: UUID?
        if role == .agencyClerk, let provinceID, let name = agencyName?.trimmed, !name.isEmpty {
            agencyID = try await req.store.agencyID(named: name, provinceID: provinceID, create: false)
        }
        let (password, hash) = try await TemporaryPassword.issue(req)
        let user = try await req.store.createAccount(login: login, displayName: displayName, email: email, passwordHash: hash, role: role,
                                                     provinceID: provinceID, agencyID: agencyID, actor: req.actor)
        return Issued(user: user, temporaryPassword: password)
    }

    @Sendable func update(req: Request) async throws -> UserInfo {
        let scope = try await req.managedAccount(try req.userID())
        let body = try req.content.decode(Update.self)
        return try await Self.update(req, scope: scope, displayName: body.displayName, email: body.email, role: body.role, agencyName: body.agency)
    }

    static func update(_ req: Request, scope: AccountScope, displayName: String?, email: String?, role: Role?,
                       agencyName: String?) async throws -> UserInfo {
        // The new role must be one the person may give, in the account's province.
        if let role { try req.authorize(.manageAccount(province: scope.provinceID, role: role)) }
        if role != nil, scope.user.id == req.principal?.userID, role != scope.role {
            throw StoreError.invalidAccount(UserMessage(what: "Không tự đổi vai trò của chính mình", fix: "Nhờ một quản trị khác đổi"))
        }
        var agency = LinkChange.keep
        if let name = agencyName?.trimmed {
            if name.isEmpty {
                agency = .clear
            } else if let province = scope.provinceID {
                agency = .set(try await req.store.agencyID(named: name, provinceID: province, create: false))
            } else {
                throw StoreError.invalidAccount(UserMessage(what: "Tài khoản không thuộc tỉnh nào nên không gắn được cơ quan",
                                                            fix: "Bỏ trống cơ quan"))
            }
        }
        return try await req.store.updateAccount(scope.user.id, displayName: displayName, email: email, role: role, agency: agency,
                                                 actor: req.actor)
    }

    @Sendable func resetPassword(req: Request) async throws -> Issued {
        let scope = try await req.managedAccount(try req.userID())
        return try await Self.reset(req, scope: scope)
    }

    static func reset(_ req: Request, scope: AccountScope) async throws -> Issued {
        let (password, hash) = try await TemporaryPassword.issue(req)
        try await req.store.resetPassword(scope.user.id, hash: hash, actor: req.actor)
        return Issued(user: scope.user, temporaryPassword: password)
    }

    @Sendable func deactivate(req: Request) async throws -> UserInfo {
        let scope = try await req.managedAccount(try req.userID())
        let body = try? req.content.decode(Reason.self)
        try CatalogueController.limit(body?.reason)
        return try await Self.setActive(req, scope: scope, false, reason: body?.reason)
    }

    @Sendable func activate(req: Request) async throws -> UserInfo {
        let scope = try await req.managedAccount(try req.userID())
        let body = try? req.content.decode(Reason.self)
        try CatalogueController.limit(body?.reason)
        return try await Self.setActive(req, scope: scope, true, reason: body?.reason)
    }

    static func setActive(_ req: Request, scope: AccountScope, _ active: Bool, reason: String?) async throws -> UserInfo {
        guard active || scope.user.id != req.principal?.userID else {
            throw StoreError.invalidAccount(UserMessage(what: "Không tự khóa tài khoản của chính mình", fix: "Nhờ một quản trị khác khóa"))
        }
        let user = try await req.store.setActive(scope.user.id, active, reason: reason, actor: req.actor)
        // This server forgets every remembered token now, not only when the request ends.
        req.application.principalCache.removeAll()
        return user
    }
}
