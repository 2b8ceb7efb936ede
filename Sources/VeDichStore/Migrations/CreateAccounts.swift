import Fluent

struct CreateUsers: AsyncMigration {
    var name: String { "012_create_users" }
    func prepare(on database: any Database) async throws {
        try await database.schema("users")
            .id()
            .field("login", .string, .required)
            .field("display_name", .string, .required)
            .field("password_hash", .string, .required)
            .field("role", .string, .required)
            .field("province_id", .uuid, .references("admin_units", "id"))
            .field("agency_id", .uuid, .references("agencies", "id"))
            .field("active", .bool, .required)
            .field("created_at", .datetime)
            .unique(on: "login")
            .create()
    }
    func revert(on database: any Database) async throws { try await database.schema("users").delete() }
}

/// Log-in sessions (cookie) and API tokens (bearer): only a hash of the secret is kept.
struct CreateUserTokens: AsyncMigration {
    var name: String { "013_create_user_tokens" }
    func prepare(on database: any Database) async throws {
        try await database.schema("user_tokens")
            .id()
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("token_hash", .string, .required)
            .field("csrf_token", .string)
            .field("label", .string)
            .field("created_at", .datetime)
            .field("expires_at", .datetime)
            .unique(on: "token_hash")
            .create()
    }
    func revert(on database: any Database) async throws { try await database.schema("user_tokens").delete() }
}
