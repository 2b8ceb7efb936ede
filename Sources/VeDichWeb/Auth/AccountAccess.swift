import Vapor
import VeDichCore
import VeDichStore

/// Who may keep which agencies and accounts, asked of the same policy everywhere: an admin any
/// province's, the planning office its own province's agencies and its agencies' clerks.
extension Request {
    /// The province whose agencies or accounts are asked for: the one named (`?province=`), else
    /// the person's own; nil means every province, for an admin who named none.
    func managedProvince(named name: String?) async throws -> UUID? {
        let principal = try requirePrincipal()
        let province: UUID?
        if let name = name?.trimmed, !name.isEmpty {
            guard let id = try? await store.provinceID(named: name) else {
                throw APIError(status: .notFound, code: "province_not_found", userMessage: UserMessage(
                    what: "Không có tỉnh “\(name)” trong hệ thống", fix: "Chọn một tỉnh trong danh sách"))
            }
            province = id
        } else {
            province = principal.role == .admin ? nil : principal.provinceID
        }
        guard let province else {
            try authorize(.administer)
            return nil
        }
        try authorize(.manageAgencies(province: province))
        return province
    }

    /// The account, once the person is known to may manage it (as it is now).
    func managedAccount(_ id: UUID) async throws -> AccountScope {
        let scope = try await store.accountScope(id)
        try authorize(.manageAccount(province: scope.provinceID, role: scope.role))
        return scope
    }

    /// The agency, once the person is known to may manage its province's agencies.
    func managedAgency(_ id: UUID) async throws -> AgencyListing {
        let agency = try await store.agency(id)
        try authorize(.manageAgencies(province: agency.provinceID))
        return agency
    }

    func userID() throws -> UUID { try uuidParameter("userID") { .accountNotFound(id: $0) } }

    /// May this person see the agencies and accounts pages at all (for the navigation)?
    var managesAccounts: Bool {
        guard let principal else { return false }
        return principal.role == .admin || (principal.role == .planner && principal.provinceID != nil)
    }
}

/// A password handed to a person once, to change after logging in: 16 letters and digits
/// without the ones people confuse (0/O, 1/l/I), about 92 bits.
enum TemporaryPassword {
    static func make() -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<16).map { _ in alphabet.randomElement(using: &generator)! })
    }

    /// A new password and its hash, made by the server's own hasher (the one log-in checks with).
    static func issue(_ req: Request) async throws -> (password: String, hash: String) {
        let password = make()
        return (password, try await req.password.async.hash(password).get())
    }
}
