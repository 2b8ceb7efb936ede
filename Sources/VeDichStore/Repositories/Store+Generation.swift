import Fluent
import SQLKit

extension Store {
    /// Counts one more write to the data. Call it after every write, on the write's transaction
    /// when there is one, so the new rows and the new generation become visible together; kept
    /// plan snapshots of an older generation are then read again, by every server on the database.
    public func bumpGeneration() async throws {
        try await database.sql.raw("UPDATE data_generation SET counter = counter + 1 WHERE id = 1").run()
    }

    /// The data generation now: one query. Nil on a database without the counter row.
    public func generation() async throws -> Int? {
        try await database.sql.raw("SELECT counter FROM data_generation WHERE id = 1").first()?.decode(column: "counter", as: Int.self)
    }
}
