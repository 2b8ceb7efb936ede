import Vapor
import VeDichStore

/// People as pages name them: the account's display name for a login that changes are recorded
/// under; anything else ("hệ thống", an import's source) as it was recorded.
struct PeopleNames {
    var names: [String: String]

    static func load(_ req: Request) async throws -> PeopleNames {
        PeopleNames(names: try await req.store.displayNames())
    }

    subscript(_ recordedBy: String) -> String { names[recordedBy] ?? recordedBy }
}
