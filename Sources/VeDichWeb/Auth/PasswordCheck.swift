import NIOConcurrencyHelpers
import Vapor
import VeDichStore

/// Checks a log-in with the same work whether the account exists or not: an unknown name is
/// checked against a stand-in hash of the server's own bcrypt cost, so the time an answer takes
/// does not tell who has an account (before, an unknown name answered in 5 ms, a known one in
/// 400–700 ms).
enum PasswordCheck {
    static func account(_ req: Request, login: String, password: String) async throws -> (user: UserInfo, passwordHash: String)? {
        let account = try await req.store.credentials(login: login)
        let hash: String
        if let account { hash = account.passwordHash } else { hash = try await req.application.standInHash.value(req) }
        let matches = try await req.password.async.verify(password, created: hash).get()
        return matches ? account : nil
    }
}

/// The stand-in hash, made once by the server's hasher (so of its cost) when first needed.
final class StandInHash: Sendable {
    private let hash = NIOLockedValueBox<String?>(nil)

    func value(_ req: Request) async throws -> String {
        if let hash = hash.withLockedValue({ $0 }) { return hash }
        // A password nobody can type: 32 random bytes, never kept.
        let made = try await req.password.async.hash(Tokens.make()).get()
        return hash.withLockedValue { kept in
            if kept == nil { kept = made }
            return kept!
        }
    }
}

struct StandInHashKey: StorageKey { typealias Value = StandInHash }

extension Application {
    var standInHash: StandInHash {
        if let hash = storage[StandInHashKey.self] { return hash }
        let hash = StandInHash()
        storage[StandInHashKey.self] = hash
        return hash
    }
}
