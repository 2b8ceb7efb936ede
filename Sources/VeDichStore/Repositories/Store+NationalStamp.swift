import Fluent
import SQLKit

/// What every national view is made from, as two counters: the data generation (every write to
/// the figures, the catalogue, the plans, the agencies' names) and the workflow's
/// (`CreateWorkflowGeneration`: every change to a submission). While both are what they were, a
/// national page or answer made then is still the one to send.
public struct NationalStamp: Sendable, Hashable, CustomStringConvertible {
    public var data: Int
    public var workflow: Int

    public init(data: Int, workflow: Int) {
        self.data = data
        self.workflow = workflow
    }

    public var description: String { "\(data)|\(workflow)" }
}

extension Store {
    /// Both counters in one query, each read by its key. Nil on a database without them (the
    /// migrations not run): then nothing may be kept.
    public func nationalStamp() async throws -> NationalStamp? {
        guard let row = try await database.sql.raw("""
            SELECT d.counter AS data, w.counter AS workflow
            FROM data_generation d JOIN workflow_generation w ON w.id = 1
            WHERE d.id = 1
            """).first() else { return nil }
        return NationalStamp(data: try row.decode(column: "data", as: Int.self), workflow: try row.decode(column: "workflow", as: Int.self))
    }
}
