import Fluent
import Vapor
import VeDichCore
import VeDichStore
import VeDichWeb

/// One account per role, as the demo makes them, each with an API token the tests send. The
/// seeded province's health indicators answer to Sở Y tế, the rest to the planning office.
enum People {
    static let logins: [Role: String] = [
        .admin: "quantri", .planner: "bientap", .approver: "pheduyet", .agencyClerk: "soyte", .viewer: "botaichinh",
    ]
    static let password = "mat-khau-thu-nghiem"

    struct TokensKey: StorageKey { typealias Value = [Role: String] }

    static func make(_ app: Application, province: String?) async throws {
        let store = Store(database: app.db)
        let hash = try await app.password.async.hash(password).get()
        var tokens: [Role: String] = [:]
        if let province {
            for plan in try await store.plans() where plan.province == province {
                for indicator in try await store.indicators(planID: plan.id) {
                    let health = ["y tế", "bác sỹ", "giường bệnh"].contains { indicator.name.lowercased().contains($0) }
                    try await store.assign(indicatorID: indicator.id, toAgency: health ? "Sở Y tế" : "Sở Tài chính", actor: "test")
                }
            }
        }
        for role in Role.allCases {
            let scoped = role == .planner || role == .approver || role == .agencyClerk
            guard province != nil || !scoped, let login = logins[role] else { continue }
            _ = try await store.addUser(login: login, displayName: role.label, passwordHash: hash, role: role,
                                        province: scoped ? province : nil, agency: role == .agencyClerk ? "Sở Y tế" : nil, actor: "test")
            tokens[role] = try await APITokens.issue(store, login: login, label: "test", days: 1)
        }
        app.storage[TokensKey.self] = tokens
    }
}

extension Application {
    /// The headers of a request made by `role` (the planning office by default, or the admin when
    /// no province was loaded); `nil` for nobody.
    func auth(_ role: Role? = .planner) -> HTTPHeaders {
        guard let role else { return [:] }
        let tokens = storage[People.TokensKey.self] ?? [:]
        guard let token = tokens[role] ?? tokens[.admin] else { return [:] }
        return ["Authorization": "Bearer \(token)"]
    }
}
