import Fluent
import SQLKit
import Foundation
import VeDichCore

/// A logged-in person as every request sees them: one query from the token's hash.
public struct Principal: Sendable, Equatable {
    public var userID: UUID
    public var login: String
    public var displayName: String
    public var role: Role
    public var provinceID: UUID?
    public var agencyID: UUID?
    /// The session's CSRF token; nil for an API token, which no browser sends by itself.
    public var csrfToken: String?
    public var tokenKind: TokenKind
    /// When the token stops being accepted; nil: never by itself. A cached principal is dropped by then.
    public var expiresAt: Date? = nil

    public var person: AccessPolicy<UUID>.Person { .init(role: role, province: provinceID, agency: agencyID) }
}

public enum TokenKind: String, Sendable {
    case session, api
}

/// An account as listed: never its password hash.
public struct UserInfo: Sendable, Codable, Equatable {
    public var id: UUID
    public var login: String
    public var displayName: String
    public var role: Role
    public var province: String?
    public var agency: String?
    public var active: Bool
    public var email: String? = nil

    enum CodingKeys: String, CodingKey {
        case id, login, role, province, agency, active, email
        case displayName = "display_name"
    }
}

extension Store {
    /// Makes an account. The province and agency are named as people write them; an agency that
    /// does not exist yet in the province is created.
    public func addUser(login: String, displayName: String, passwordHash: String, role: Role,
                        province: String?, agency: String?, actor: String) async throws -> UserInfo {
        let login = login.trimmed.lowercased()
        guard login.range(of: #"^[a-z0-9._-]{3,40}$"#, options: .regularExpression) != nil else {
            throw StoreError.invalidAccount(UserMessage(what: "Tên đăng nhập “\(login)” không hợp lệ",
                                                        fix: "Dùng 3–40 ký tự: chữ không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới"))
        }
        let needsProvince = [Role.planner, .approver, .agencyClerk].contains(role)
        guard !needsProvince || province != nil else {
            throw StoreError.invalidAccount(UserMessage(what: "Vai trò “\(role.label)” cần tỉnh", fix: "Chọn tỉnh của tài khoản, ví dụ “Lạng Sơn”"))
        }
        guard role != .agencyClerk || agency != nil else {
            throw StoreError.invalidAccount(UserMessage(what: "Tài khoản nhập liệu cần cơ quan", fix: "Chọn cơ quan phụ trách của tài khoản, ví dụ “Sở Y tế”"))
        }
        return try await database.writeTransaction { database in
            let store = Store(database: database)
            guard try await UserRecord.query(on: database).filter(\.$login == login).first() == nil else {
                throw StoreError.invalidAccount(UserMessage(what: "Tên đăng nhập “\(login)” đã có", fix: "Chọn tên khác"))
            }
            let provinceID = try await province.asyncMap { try await store.provinceID(named: $0) }
            let agencyID = try await agency.asyncMap { name in try await store.agencyID(named: name, provinceID: provinceID!, create: true) }
            let user = UserRecord()
            user.login = login
            user.displayName = displayName.trimmed.isEmpty ? login : displayName.trimmed
            user.passwordHash = passwordHash
            user.role = role.rawValue
            user.provinceID = needsProvince ? provinceID : nil
            user.agencyID = role == .agencyClerk ? agencyID : nil
            user.active = true
            try await user.create(on: database)
            try await store.logChange(actor: actor, entity: "user", entityID: try user.requireID(), field: "account",
                                      new: "\(login) (\(role.label))")
            return try await store.userInfo(user)
        }
    }

    /// The account and its password hash, for checking a password at log-in.
    public func credentials(login: String) async throws -> (user: UserInfo, passwordHash: String)? {
        guard let user = try await UserRecord.query(on: database).filter(\.$login == login.trimmed.lowercased()).first(),
              user.active else { return nil }
        return (try await userInfo(user), user.passwordHash)
    }

    public func users() async throws -> [UserInfo] {
        var infos: [UserInfo] = []
        for user in try await UserRecord.query(on: database).sort(\.$login).all() { infos.append(try await userInfo(user)) }
        return infos
    }

    public func setPasswordHash(userID: UUID, _ hash: String, actor: String) async throws {
        try await database.writeTransaction { database in
            guard let user = try await UserRecord.find(userID, on: database) else { throw StoreError.invalidAccount(UserMessage(what: "Không có tài khoản này", fix: "Đăng nhập lại")) }
            user.passwordHash = hash
            try await user.save(on: database)
            // A new password ends the other sessions: whoever knew the old one is out.
            try await UserTokenRecord.query(on: database).filter(\.$userID == userID).filter(\.$kind == TokenKind.session.rawValue).delete()
            try await Store(database: database).logChange(actor: actor, entity: "user", entityID: userID, field: "password", new: "đã đổi")
        }
    }

    // MARK: Tokens

    /// Keeps a token's hash; the secret itself only ever exists in the caller's hands.
    public func addToken(userID: UUID, kind: TokenKind, hash: String, csrfToken: String? = nil,
                         label: String? = nil, expiresAt: Date?) async throws {
        let token = UserTokenRecord()
        token.userID = userID
        token.kind = kind.rawValue
        token.tokenHash = hash
        token.csrfToken = csrfToken
        token.label = label
        token.expiresAt = expiresAt
        try await token.create(on: database)
    }

    /// The person behind a token, if it exists, is not expired and its account is active. Every
    /// request asks this, so it is one SQLKit query into plain values, no Fluent models.
    public func principal(tokenHash: String, kind: TokenKind, now: Date = Date()) async throws -> Principal? {
        guard let row = try await database.sql.raw("""
            SELECT u.id, u.login, u.display_name, u.role, u.province_id, u.agency_id, u.active, t.csrf_token, t.expires_at
            FROM user_tokens t JOIN users u ON u.id = t.user_id
            WHERE t.token_hash = \(bind: tokenHash) AND t.kind = \(bind: kind.rawValue)
            """).first() else { return nil }
        let expiry = try row.optional("expires_at", as: Date.self)
        if let expiry, expiry < now { return nil }
        guard try row.decode(column: "active", as: Bool.self),
              let role = Role(rawValue: try row.decode(column: "role", as: String.self)) else { return nil }
        return Principal(userID: try row.decode(column: "id", as: UUID.self), login: try row.decode(column: "login", as: String.self),
                         displayName: try row.decode(column: "display_name", as: String.self), role: role,
                         provinceID: try row.optional("province_id"), agencyID: try row.optional("agency_id"),
                         csrfToken: try row.optional("csrf_token"), tokenKind: kind, expiresAt: expiry)
    }

    public func removeToken(hash: String) async throws {
        try await UserTokenRecord.query(on: database).filter(\.$tokenHash == hash).delete()
    }

    // MARK: Places

    /// The province's id; a province not in the system is refused, never created by a typo.
    public func provinceID(named name: String) async throws -> UUID {
        guard let unit = try await AdminUnitRecord.query(on: database).filter(\.$name == name.trimmed).filter(\.$level == "province").first(),
              let id = unit.id else {
            throw StoreError.invalidAccount(UserMessage(what: "Không có tỉnh “\(name)” trong hệ thống", fix: "Nhập báo cáo của tỉnh trước, hoặc sửa tên tỉnh cho đúng"))
        }
        return id
    }

    public func agencyID(named name: String, provinceID: UUID, create: Bool) async throws -> UUID {
        if let agency = try await AgencyRecord.query(on: database).filter(\.$unitID == provinceID).filter(\.$name == name.trimmed).first(),
           let id = agency.id { return id }
        guard create else {
            throw StoreError.invalidAccount(UserMessage(what: "Không có cơ quan “\(name)” trong tỉnh", fix: "Kiểm tra lại tên cơ quan"))
        }
        let agency = AgencyRecord(unitID: provinceID, name: name.trimmed, kind: name.lowercased().hasPrefix("ubnd") ? "ubnd_xa" : "so_nganh")
        try await agency.create(on: database)
        return try agency.requireID()
    }

    func userInfo(_ user: UserRecord) async throws -> UserInfo {
        let province = try await user.provinceID.asyncMap { try await AdminUnitRecord.find($0, on: database)?.name } ?? nil
        let agency = try await user.agencyID.asyncMap { try await AgencyRecord.find($0, on: database)?.name } ?? nil
        return UserInfo(id: try user.requireID(), login: user.login, displayName: user.displayName,
                        role: Role(rawValue: user.role) ?? .viewer, province: province, agency: agency, active: user.active,
                        email: user.email)
    }
}
