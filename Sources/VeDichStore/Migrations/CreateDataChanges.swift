import Fluent
import SQLKit

/// What each step of the data generation changed, so a server holding a plan snapshot of an
/// older generation can read again only what changed (`PlanSnapshots`): one row per generation,
/// with the indicator whose values the write touched and in which version (NULL: any), or a NULL
/// indicator when anything may have changed
/// (an import, a restore, a direction). `change_id` is random: a snapshot is brought forward only
/// from the very row it was read at, so a restored or replaced database whose counter happens to
/// match is read afresh. Only the newest rows are kept (`Store.bumpGeneration`).
struct CreateDataChanges: AsyncMigration {
    var name: String { "017_create_data_changes" }

    func prepare(on database: any Database) async throws {
        try await database.schema("data_changes")
            .field("generation", .int, .identifier(auto: false))
            .field("change_id", .uuid, .required)
            .field("indicator_id", .uuid)
            .field("version", .string)
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema("data_changes").delete() }
}
