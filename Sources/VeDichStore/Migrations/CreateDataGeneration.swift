import Fluent
import SQLKit

/// One row counting the writes to the data (`Store.bumpGeneration`), so a server knows with one
/// query whether what it read before is still current, even when another server writes to the
/// same PostgreSQL database.
struct CreateDataGeneration: AsyncMigration {
    var name: String { "011_create_data_generation" }

    func prepare(on database: any Database) async throws {
        try await database.schema("data_generation")
            .field("id", .int, .identifier(auto: false))
            .field("counter", .int, .required)
            .create()
        try await database.sql.raw("INSERT INTO data_generation (id, counter) VALUES (1, 0)").run()
    }

    func revert(on database: any Database) async throws { try await database.schema("data_generation").delete() }
}
