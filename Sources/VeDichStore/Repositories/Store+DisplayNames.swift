import Fluent
import Foundation

extension Store {
    /// Every account's display name by login, so messages and histories can name people as they
    /// are called ("Lãnh đạo Sở Tài chính"), not by their log-in ("pheduyet").
    public func displayNames() async throws -> [String: String] {
        let users = try await UserRecord.query(on: database).field(\.$login).field(\.$displayName).all()
        return Dictionary(users.map { ($0.login, $0.displayName) }, uniquingKeysWith: { first, _ in first })
    }
}
