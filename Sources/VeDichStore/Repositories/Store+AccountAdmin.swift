import Fluent
import Foundation
import SQLKit
import VeDichCore

/// An agency of a province as its list shows it, with what hangs on it.
public struct AgencyListing: Sendable, Codable, Equatable {
    public var id: UUID
    public var name: String
    /// "so_nganh", "ubnd_xa" or "khac".
    public var kind: String
    public var province: String
    public var provinceID: UUID
    /// Indicators it is responsible for (in every plan of the province).
    public var indicators: Int
    /// Its active accounts.
    public var accounts: Int

    enum CodingKeys: String, CodingKey {
        case id, name, kind, province, indicators, accounts
        case provinceID = "province_id"
    }
}

/// An account with the scope access is decided on.
public struct AccountScope: Sendable, Equatable {
    public var user: UserInfo
    public var role: Role
    public var provinceID: UUID?
    public var agencyID: UUID?
}

extension Store {
    // MARK: Agencies

    /// The agencies of a province (nil: of every province), by province and name: one query.
    public func agencies(provinceID: UUID?) async throws -> [AgencyListing] {
        let filter: SQLQueryString = provinceID.map { "WHERE a.unit_id = \(bind: $0)" } ?? ""
        return try await database.sql.raw("""
            SELECT a.id, a.name, a.kind, a.unit_id, u.name AS province,
                   (SELECT COUNT(*) FROM indicators i WHERE i.agency_id = a.id) AS indicator_count,
                   (SELECT COUNT(*) FROM users s WHERE s.agency_id = a.id AND s.active = \(bind: true)) AS account_count
            FROM agencies a JOIN admin_units u ON u.id = a.unit_id
            \(filter)
            ORDER BY u.name, a.name
            """).all().map { row in
            AgencyListing(id: try row.decode(column: "id", as: UUID.self), name: try row.decode(column: "name", as: String.self),
                          kind: try row.decode(column: "kind", as: String.self), province: try row.decode(column: "province", as: String.self),
                          provinceID: try row.decode(column: "unit_id", as: UUID.self),
                          indicators: try row.decode(column: "indicator_count", as: Int.self),
                          accounts: try row.decode(column: "account_count", as: Int.self))
        }
    }

    public func agency(_ id: UUID) async throws -> AgencyListing {
        guard let record = try await AgencyRecord.find(id, on: database),
              let agency = try await agencies(provinceID: record.unitID).first(where: { $0.id == id }) else {
            throw StoreError.agencyNotFound(id: id.uuidString)
        }
        return agency
    }

    /// The provinces there are, by name.
    public func provinces() async throws -> [(id: UUID, name: String)] {
        try await AdminUnitRecord.query(on: database).filter(\.$level == "province").sort(\.$name).all()
            .compactMap { unit in unit.id.map { ($0, unit.name) } }
    }

    /// Adds an agency to a province; refused when the province has one of that name.
    public func addAgency(provinceID: UUID, name: String, actor: String) async throws -> AgencyListing {
        let name = try Self.checked { () throws(CatalogueText.Problem) in try CatalogueText.name(name, field: "Tên cơ quan") }
        let id = try await database.writeTransaction { database in
            let store = Store(database: database)
            guard try await AdminUnitRecord.find(provinceID, on: database) != nil else {
                throw StoreError.invalidCatalogue(UserMessage(what: "Không có tỉnh này trong hệ thống", fix: "Chọn một tỉnh trong danh sách"))
            }
            try await store.refuseDuplicateAgency(name, provinceID: provinceID, except: nil)
            let agency = AgencyRecord(unitID: provinceID, name: name, kind: name.lowercased().hasPrefix("ubnd") ? "ubnd_xa" : "so_nganh")
            try await agency.create(on: database)
            try await store.logChange(actor: actor, entity: "agency", entityID: try agency.requireID(), field: "thêm cơ quan", new: name)
            return try agency.requireID()
        }
        return try await agency(id)
    }

    /// Renames an agency (a sở merged or renamed), logged with the reason; its indicators,
    /// accounts and figures stay with it.
    public func renameAgency(_ id: UUID, to name: String, reason: String?, actor: String) async throws -> AgencyListing {
        let name = try Self.checked { () throws(CatalogueText.Problem) in try CatalogueText.name(name, field: "Tên cơ quan") }
        try await database.writeTransaction { database in
            let store = Store(database: database)
            guard let agency = try await AgencyRecord.find(id, on: database) else { throw StoreError.agencyNotFound(id: id.uuidString) }
            guard agency.name != name else { return }
            try await store.refuseDuplicateAgency(name, provinceID: agency.unitID, except: id)
            let old = agency.name
            agency.name = name
            try await agency.save(on: database)
            try await store.logChange(actor: actor, entity: "agency", entityID: id, field: "tên cơ quan", old: old, new: name,
                                      reason: reason?.trimmed.isEmpty == false ? reason?.trimmed : nil)
            // Pages and reports name the agency (the national views read its name live).
            try await store.bumpGeneration(plans: .nothing)
        }
        return try await agency(id)
    }

    private func refuseDuplicateAgency(_ name: String, provinceID: UUID, except: UUID?) async throws {
        let folded = Loader.key(name)
        if let other = try await AgencyRecord.query(on: database).filter(\.$unitID == provinceID).all()
            .first(where: { Loader.key($0.name) == folded && $0.id != except }) {
            throw StoreError.invalidCatalogue(UserMessage(what: "Tỉnh đã có cơ quan “\(other.name)”", fix: "Đặt tên khác, hoặc dùng cơ quan đã có"))
        }
    }

    // MARK: Accounts

    /// The accounts of a province (nil: every account), by login.
    public func accounts(provinceID: UUID?) async throws -> [UserInfo] {
        var query = UserRecord.query(on: database).sort(\.$login)
        if let provinceID { query = query.filter(\.$provinceID == provinceID) }
        var infos: [UserInfo] = []
        for user in try await query.all() { infos.append(try await userInfo(user)) }
        return infos
    }

    /// An account and the scope access is decided on.
    public func accountScope(_ id: UUID) async throws -> AccountScope {
        guard let user = try await UserRecord.find(id, on: database) else { throw StoreError.accountNotFound(id: id.uuidString) }
        return AccountScope(user: try await userInfo(user), role: Role(rawValue: user.role) ?? .viewer,
                            provinceID: user.provinceID, agencyID: user.agencyID)
    }

    /// Makes an account as `addUser` does, with its e-mail; the agency must already be one of the
    /// province's (a typo makes no new agency here).
    public func createAccount(login: String, displayName: String?, email: String?, passwordHash: String, role: Role,
                              provinceID: UUID?, agencyID: UUID?, actor: String) async throws -> UserInfo {
        let email = try Self.accountText { () throws(AccountText.Invalid) in try AccountText.email(email) }
        let displayName = try Self.accountText { () throws(AccountText.Invalid) in try AccountText.displayName(displayName) }
        return try await database.writeTransaction { database in
            let store = Store(database: database)
            let province = try await provinceID.asyncMap { id -> String in
                guard let unit = try await AdminUnitRecord.find(id, on: database) else {
                    throw StoreError.invalidCatalogue(UserMessage(what: "Không có tỉnh này trong hệ thống", fix: "Chọn một tỉnh trong danh sách"))
                }
                return unit.name
            }
            var agency: String?
            if let agencyID {
                guard let record = try await AgencyRecord.find(agencyID, on: database) else { throw StoreError.agencyNotFound(id: agencyID.uuidString) }
                guard record.unitID == provinceID else {
                    throw StoreError.invalidAccount(UserMessage(what: "Cơ quan “\(record.name)” không thuộc tỉnh đã chọn",
                                                                fix: "Chọn cơ quan của tỉnh \(province ?? "của tài khoản")"))
                }
                agency = record.name
            }
            var user = try await store.addUser(login: login, displayName: displayName ?? "", passwordHash: passwordHash, role: role,
                                               province: province, agency: agency, actor: actor)
            if let email, let record = try await UserRecord.find(user.id, on: database) {
                record.email = email
                try await record.save(on: database)
                try await store.logChange(actor: actor, entity: "user", entityID: user.id, field: "thư điện tử", new: email)
                user.email = email
            }
            return user
        }
    }

    /// Changes an account's display name, e-mail, role or agency, each logged.
    public func updateAccount(_ id: UUID, displayName: String?, email: String?, role: Role?, agency: LinkChange,
                              actor: String) async throws -> UserInfo {
        let typedEmail = try email.map { typed in try Self.accountText { () throws(AccountText.Invalid) in try AccountText.email(typed) } }
        let typedName = try displayName.map { typed in try Self.accountText { () throws(AccountText.Invalid) in try AccountText.displayName(typed) } }
        return try await database.writeTransaction { database in
            let store = Store(database: database)
            guard let user = try await UserRecord.find(id, on: database) else { throw StoreError.accountNotFound(id: id.uuidString) }
            var changes: [(String, String?, String?)] = []
            if let typedName, let name = typedName, name != user.displayName {
                changes.append(("họ tên", user.displayName, name))
                user.displayName = name
            }
            if let typedEmail, typedEmail != user.email {
                changes.append(("thư điện tử", user.email, typedEmail))
                user.email = typedEmail
            }
            let newRole = role ?? Role(rawValue: user.role) ?? .viewer
            if newRole.rawValue != user.role {
                changes.append(("vai trò", Role(rawValue: user.role)?.label ?? user.role, newRole.label))
                user.role = newRole.rawValue
            }
            switch agency {
            case .keep: break
            case .clear:
                if user.agencyID != nil {
                    changes.append(("cơ quan", try await store.agencyName(user.agencyID), nil))
                    user.agencyID = nil
                }
            case .set(let agencyID):
                guard let record = try await AgencyRecord.find(agencyID, on: database) else { throw StoreError.agencyNotFound(id: agencyID.uuidString) }
                guard record.unitID == user.provinceID else {
                    throw StoreError.invalidAccount(UserMessage(what: "Cơ quan “\(record.name)” không thuộc tỉnh của tài khoản",
                                                                fix: "Chọn cơ quan cùng tỉnh với tài khoản"))
                }
                if user.agencyID != agencyID {
                    changes.append(("cơ quan", try await store.agencyName(user.agencyID), record.name))
                    user.agencyID = agencyID
                }
            }
            if newRole == .agencyClerk, user.agencyID == nil {
                throw StoreError.invalidAccount(UserMessage(what: "Tài khoản nhập liệu cần cơ quan", fix: "Chọn cơ quan phụ trách của tài khoản"))
            }
            if newRole != .agencyClerk, user.agencyID != nil {
                changes.append(("cơ quan", try await store.agencyName(user.agencyID), nil))
                user.agencyID = nil
            }
            if [.planner, .approver, .agencyClerk].contains(newRole), user.provinceID == nil {
                throw StoreError.invalidAccount(UserMessage(what: "Vai trò “\(newRole.label)” cần tỉnh", fix: "Tạo tài khoản mới kèm tỉnh cho vai trò này"))
            }
            if !changes.isEmpty {
                try await user.save(on: database)
                for (field, old, new) in changes {
                    try await store.logChange(actor: actor, entity: "user", entityID: id, field: field, old: old, new: new)
                }
            }
            return try await store.userInfo(user)
        }
    }

    /// Sets a new (temporary) password: the account's log-in sessions end, whoever knew the old
    /// one is out; its API tokens, separate keys, stay.
    public func resetPassword(_ id: UUID, hash: String, actor: String) async throws {
        try await database.writeTransaction { database in
            guard let user = try await UserRecord.find(id, on: database) else { throw StoreError.accountNotFound(id: id.uuidString) }
            guard user.active else {
                throw StoreError.invalidAccount(UserMessage(what: "Tài khoản “\(user.login)” đã bị khóa", fix: "Mở lại tài khoản trước khi đặt lại mật khẩu"))
            }
            user.passwordHash = hash
            try await user.save(on: database)
            try await UserTokenRecord.query(on: database).filter(\.$userID == id).filter(\.$kind == TokenKind.session.rawValue).delete()
            try await Store(database: database).logChange(actor: actor, entity: "user", entityID: id, field: "mật khẩu", new: "đặt lại (mật khẩu tạm)")
        }
    }

    /// Deactivates an account: every session and API token of it ends at once (deleted, so
    /// reopening the account brings none back). Or reopens it, without any token.
    public func setActive(_ id: UUID, _ active: Bool, reason: String?, actor: String) async throws -> UserInfo {
        try await database.writeTransaction { database in
            let store = Store(database: database)
            guard let user = try await UserRecord.find(id, on: database) else { throw StoreError.accountNotFound(id: id.uuidString) }
            if !active {
                try await UserTokenRecord.query(on: database).filter(\.$userID == id).delete()
            }
            if user.active != active {
                user.active = active
                try await user.save(on: database)
                try await store.logChange(actor: actor, entity: "user", entityID: id, field: "trạng thái tài khoản",
                                          old: active ? "đã khóa" : "đang hoạt động", new: active ? "đang hoạt động" : "đã khóa",
                                          reason: reason?.trimmed.isEmpty == false ? reason?.trimmed : nil)
            }
            return try await store.userInfo(user)
        }
    }

    static func accountText<T>(_ body: () throws(AccountText.Invalid) -> T) throws -> T {
        do { return try body() } catch { throw StoreError.invalidAccount(error.userMessage) }
    }
}
