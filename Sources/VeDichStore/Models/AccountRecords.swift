import Fluent
import Foundation

/// A person who logs in, with the role and the province/agency it is scoped to.
public final class UserRecord: Model, @unchecked Sendable {
    public static let schema = "users"
    @ID(key: .id) public var id: UUID?
    @Field(key: "login") public var login: String
    @Field(key: "display_name") public var displayName: String
    @Field(key: "password_hash") public var passwordHash: String
    @Field(key: "role") public var role: String
    @OptionalField(key: "province_id") public var provinceID: UUID?
    @OptionalField(key: "agency_id") public var agencyID: UUID?
    @Field(key: "active") public var active: Bool
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @OptionalField(key: "email") public var email: String?

    public init() {}
}

/// A session (kind "session", with its CSRF token) or an API token (kind "api"); the secret is
/// never stored, only its SHA-256.
public final class UserTokenRecord: Model, @unchecked Sendable {
    public static let schema = "user_tokens"
    @ID(key: .id) public var id: UUID?
    @Field(key: "user_id") public var userID: UUID
    @Field(key: "kind") public var kind: String
    @Field(key: "token_hash") public var tokenHash: String
    @OptionalField(key: "csrf_token") public var csrfToken: String?
    @OptionalField(key: "label") public var label: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @OptionalField(key: "expires_at") public var expiresAt: Date?

    public init() {}
}

public final class SubmissionRecord: Model, @unchecked Sendable {
    public static let schema = "submissions"
    @ID(key: .id) public var id: UUID?
    @Field(key: "plan_id") public var planID: UUID
    @Field(key: "agency_id") public var agencyID: UUID
    @Field(key: "period_kind") public var periodKind: String
    @Field(key: "start_year") public var startYear: Int
    @Field(key: "end_year") public var endYear: Int
    @Field(key: "version") public var version: String
    @Field(key: "status") public var status: String
    @OptionalField(key: "comment") public var comment: String?
    @Field(key: "changed_by") public var changedBy: String
    @OptionalField(key: "changed_at") public var changedAt: Date?
    @Field(key: "revision") public var revision: Int

    public init() {}
}

public final class ChangeRecord: Model, @unchecked Sendable {
    public static let schema = "change_log"
    @ID(key: .id) public var id: UUID?
    @Field(key: "at") public var at: Date
    @Field(key: "actor") public var actor: String
    @Field(key: "entity") public var entity: String
    @OptionalField(key: "entity_id") public var entityID: UUID?
    @OptionalField(key: "plan_id") public var planID: UUID?
    @OptionalField(key: "indicator_id") public var indicatorID: UUID?
    @Field(key: "field") public var field: String
    @OptionalField(key: "old_value") public var oldValue: String?
    @OptionalField(key: "new_value") public var newValue: String?
    @OptionalField(key: "reason") public var reason: String?

    public init() {}
}
