import Fluent
import Foundation
import SQLKit
import VeDichCore
import VeDichPlanModel

/// How many giải trình requests an agency has not answered yet, in one plan.
public struct OpenExplanationCount: Sendable, Equatable {
    public var agency: AgencyInfo
    public var count: Int
}

extension Store {
    /// The plan's unanswered requests per agency, agencies by name: one query.
    public func openExplanationCounts(planID: UUID) async throws -> [OpenExplanationCount] {
        let rows = try await database.sql.raw("""
            SELECT a.id AS agency_id, a.name AS agency_name, COUNT(*) AS open_count
            FROM explanations e JOIN agencies a ON a.id = e.agency_id
            WHERE e.plan_id = \(bind: planID) AND e.answered_at IS NULL
            GROUP BY a.id, a.name
            """).all()
        return try rows.map { row in
            OpenExplanationCount(agency: AgencyInfo(id: try row.decode(column: "agency_id", as: UUID.self),
                                                    name: try row.decode(column: "agency_name", as: String.self)),
                                 count: try row.decode(column: "open_count", as: Int.self))
        }.sorted { ($0.agency.name, $0.agency.id.uuidString) < ($1.agency.name, $1.agency.id.uuidString) }
    }

    /// The same, kept with the plan's snapshot: asking and answering move the data generation on
    /// (see `askExplanation`), so a kept dashboard costs no query for it and is never stale.
    public func openExplanationCounts(snapshot: PlanSnapshot) async throws -> [OpenExplanationCount] {
        let kept = snapshot.renderings.value("open-explanations") { KeptOpenExplanations() }
        if let counts = kept.counts { return counts }
        let counts = try await openExplanationCounts(planID: snapshot.plan.id)
        kept.counts = counts
        return counts
    }
}

/// The counts read for one snapshot, set once by whichever request comes first.
final class KeptOpenExplanations: @unchecked Sendable {
    private let lock = NSLock()
    private var value: [OpenExplanationCount]?

    var counts: [OpenExplanationCount]? {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}
