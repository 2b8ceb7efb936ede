import Vapor
import VeDichCore
import VeDichStore

/// What the entry form lets this person do with each line: a clerk sees only the agency's own
/// indicators; a line whose agency's figures were approved is locked, and says by whom and when.
struct EntryAccess {
    var agencies: [UUID: UUID]
    var locks: [UUID: SubmissionInfo]
    var editable: (UUID?) -> Bool
    var clerkAgency: UUID?
    var people: PeopleNames
    /// Indicators the planning office stopped following: no longer offered for entry.
    var retired: Set<UUID> = []

    static func load(_ req: Request, planID: UUID, version: ValueVersion) async throws -> EntryAccess {
        let province = try await req.province(planID: planID)
        let agencies = try await req.store.indicatorAgencies(planID: planID)
        let locks = try await req.store.locks(planID: planID, version: version)
        let principal = req.principal
        return EntryAccess(agencies: agencies, locks: locks,
                           editable: { agency in req.may(.enterValue(province: province, agency: agency)) },
                           clerkAgency: principal?.role == .agencyClerk ? principal?.agencyID : nil,
                           people: try await PeopleNames.load(req), retired: try await req.store.retiredIndicatorIDs(planID: planID))
    }

    func shows(_ indicator: UUID) -> Bool {
        guard !retired.contains(indicator) else { return false }
        guard let clerkAgency else { return true }
        return agencies[indicator] == clerkAgency
    }

    /// Why this line cannot be changed by this person now, or nil.
    func refusal(_ indicator: UUID) -> String? {
        let agency = agencies[indicator]
        if let agency, let lock = locks[agency] {
            return StoreError.locked(agency: lock.agency, by: people[lock.changedBy ?? ""], at: lock.changedAt).userMessage.what
        }
        return editable(agency) ? nil : "Tài khoản của bạn không được sửa số liệu chỉ tiêu này"
    }

    var lockMessages: [String] {
        locks.values.sorted { $0.agency < $1.agency }.filter { lock in clerkAgency == nil || lock.agencyID == clerkAgency }
            .map { StoreError.locked(agency: $0.agency, by: people[$0.changedBy ?? ""], at: $0.changedAt).userMessage.what + "." }
    }
}
