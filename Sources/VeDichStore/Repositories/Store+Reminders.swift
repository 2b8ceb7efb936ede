import Fluent
import Foundation
import VeDichCore

/// What one agency is reminded of: its values still missing for a version whose data cut-off
/// the plan sets, its tasks overdue or due soon, the giải trình requests it has not answered;
/// and who of the agency receives it (its active accounts with an e-mail address).
public struct ReminderDigest: Sendable, Codable, Equatable {
    public struct Recipient: Sendable, Codable, Equatable {
        public var login: String
        public var name: String
        public var email: String
    }

    public struct MissingValues: Sendable, Codable, Equatable {
        public var planTitle: String
        public var version: ValueVersion
        /// "YYYY-MM-DD".
        public var cutoff: String
        /// Days from today to the cut-off; negative once it has passed.
        public var daysLeft: Int
        public var values: [MissingValue]
    }

    public struct PlanTask: Sendable, Codable, Equatable {
        public var planTitle: String
        public var task: TaskInfo
    }

    public struct OpenRequest: Sendable, Codable, Equatable {
        public var planTitle: String
        public var explanation: ExplanationInfo
    }

    public var agency: AgencyInfo
    public var province: String
    public var recipients: [Recipient]
    public var missing: [MissingValues]
    public var overdueTasks: [PlanTask]
    public var dueSoonTasks: [PlanTask]
    public var openRequests: [OpenRequest]

    public var isEmpty: Bool { missing.isEmpty && overdueTasks.isEmpty && dueSoonTasks.isEmpty && openRequests.isEmpty }
}

extension Store {
    /// The digests of every agency with something to be reminded of, in the plan asked for (or
    /// every plan), agencies by name. Tasks due within `dueSoonDays` count as due soon.
    public func reminderDigests(planID: UUID?, today: CalendarDay, dueSoonDays: Int = 14) async throws -> [ReminderDigest] {
        let plans: [PlanInfo]
        if let planID { plans = [try await plan(planID)] } else { plans = try await self.plans() }
        var digests: [UUID: ReminderDigest] = [:]
        func digest(_ agency: AgencyInfo, province: String) -> ReminderDigest {
            digests[agency.id] ?? ReminderDigest(agency: agency, province: province, recipients: [], missing: [], overdueTasks: [],
                                                 dueSoonTasks: [], openRequests: [])
        }
        for plan in plans {
            let agencies = try await responsibleAgencies(planID: plan.id)
            for (version, text) in plan.dataCutoffs.sorted(by: { $0.value < $1.value }) {
                guard let cutoff = CalendarDay(text) else { continue }
                for agency in agencies {
                    let missing = try await missingValues(planID: plan.id, agencyID: agency.id, version: version)
                    guard !missing.isEmpty else { continue }
                    var entry = digest(agency, province: plan.province)
                    entry.missing.append(ReminderDigest.MissingValues(planTitle: plan.title, version: version, cutoff: cutoff.iso,
                                               daysLeft: cutoff.daysSince(today), values: missing))
                    digests[agency.id] = entry
                }
            }
            for task in try await tasks(planID: plan.id, today: today) {
                guard let owner = task.owner else { continue }
                let overdue = task.isOverdue
                let soon = TaskStatus.isDueSoon(recorded: task.recordedStatus, due: task.due, today: today, days: dueSoonDays)
                guard overdue || soon else { continue }
                var entry = digest(owner, province: plan.province)
                if overdue { entry.overdueTasks.append(ReminderDigest.PlanTask(planTitle: plan.title, task: task)) }
                else { entry.dueSoonTasks.append(ReminderDigest.PlanTask(planTitle: plan.title, task: task)) }
                digests[owner.id] = entry
            }
            for request in try await explanations(planID: plan.id, openOnly: true) {
                var entry = digest(request.agency, province: plan.province)
                entry.openRequests.append(ReminderDigest.OpenRequest(planTitle: plan.title, explanation: request))
                digests[request.agency.id] = entry
            }
        }
        guard !digests.isEmpty else { return [] }
        let accounts = try await UserRecord.query(on: database).filter(\.$agencyID ~~ Array(digests.keys)).filter(\.$active == true).all()
        for account in accounts {
            guard let agency = account.agencyID, let email = account.email?.trimmed, !email.isEmpty else { continue }
            digests[agency]?.recipients.append(ReminderDigest.Recipient(login: account.login, name: account.displayName, email: email))
        }
        return digests.values.sorted { $0.agency.name < $1.agency.name }
    }

    /// Keeps that a digest was sent (who sent it, when, to whom) in the change log.
    public func logReminder(_ digest: ReminderDigest, to addresses: [String], actor: String) async throws {
        try await database.writeTransaction { database in
            try await Store(database: database).logChange(actor: actor, entity: "reminder", entityID: digest.agency.id,
                                                          field: "nhắc việc qua e-mail · \(digest.agency.name)",
                                                          new: addresses.joined(separator: ", "),
                                                          reason: "\(digest.missing.reduce(0) { $0 + $1.values.count }) số liệu còn thiếu, \(digest.overdueTasks.count) nhiệm vụ quá hạn, \(digest.openRequests.count) yêu cầu giải trình chưa trả lời")
        }
    }
}
