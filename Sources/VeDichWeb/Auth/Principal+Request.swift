import Vapor
import VeDichCore
import VeDichStore

private struct PrincipalKey: StorageKey { typealias Value = Principal }

extension Request {
    /// The logged-in person, set by `Authentication` from the cookie or bearer token.
    var principal: Principal? {
        get { storage[PrincipalKey.self] }
        set { storage[PrincipalKey.self] = newValue }
    }

    func requirePrincipal() throws -> Principal {
        guard let principal else { throw AuthError.notLoggedIn }
        return principal
    }

    /// Who made a change, as the change log and revisions name them.
    var actor: String { principal?.login ?? "hệ thống" }

    /// The person, if the policy allows `action`; else a 403 that says why.
    @discardableResult
    func authorize(_ action: AccessPolicy<UUID>.Action) throws -> Principal {
        let principal = try requirePrincipal()
        if case .refused(let message) = AccessPolicy<UUID>().decide(principal.person, action) {
            throw AuthError.forbidden(message)
        }
        return principal
    }

    func may(_ action: AccessPolicy<UUID>.Action) -> Bool {
        guard let principal else { return false }
        return AccessPolicy<UUID>().decide(principal.person, action) == .allowed
    }
}
