import Vapor
import VeDichCore
import VeDichStore

/// Secrets handed to people (session cookies, API tokens, CSRF tokens): 32 random bytes,
/// URL-safe; the database keeps only their SHA-256.
enum Tokens {
    static func make() -> String {
        Data([UInt8].random(count: 32)).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func hash(_ secret: String) -> String {
        // Every request hashes its token: hex by table, not String(format:).
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: Data(secret.utf8)) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// Equal without telling, by its timing, how much of a guess was right.
    static func same(_ lhs: String?, _ rhs: String?) -> Bool {
        guard let lhs, let rhs else { return false }
        let a = Array(lhs.utf8), b = Array(rhs.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

/// API tokens for scripts and other systems (`Authorization: Bearer …`).
public enum APITokens {
    /// A new token for the account, valid for `days`; the secret is returned once and never kept.
    public static func issue(_ store: Store, login: String, label: String, days: Int) async throws -> String {
        guard let account = try await store.credentials(login: login) else {
            throw StoreError.invalidAccount(UserMessage(what: "Không có tài khoản “\(login)” đang hoạt động", fix: "Xem danh sách bằng lệnh vedich user list"))
        }
        let secret = Tokens.make()
        try await store.addToken(userID: account.user.id, kind: .api, hash: Tokens.hash(secret), label: label,
                                 expiresAt: Date().addingTimeInterval(TimeInterval(days) * 24 * 3600))
        return secret
    }
}

/// Passwords as the database keeps them: bcrypt, cost 12 (the server's own hasher, which tests
/// make cheaper, checks them).
public enum Passwords {
    public static func hash(_ password: String) throws -> String {
        try Bcrypt.hash(password, cost: 12)
    }
}
