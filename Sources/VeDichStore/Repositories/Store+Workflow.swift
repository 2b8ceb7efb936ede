import Fluent
import Foundation
import VeDichCore

/// Where one agency's figures for a plan and value version stand.
public struct SubmissionInfo: Sendable, Codable, Equatable {
    public var planID: UUID
    public var agencyID: UUID
    public var agency: String
    public var version: ValueVersion
    public var status: SubmissionStatus
    public var statusLabel: String
    public var comment: String?
    public var changedBy: String?
    public var changedAt: Date?
    /// 0 while nothing happened yet; a step names the revision it saw.
    public var revision: Int

    enum CodingKeys: String, CodingKey {
        case agency, version, status, comment, revision
        case planID = "plan_id", agencyID = "agency_id", statusLabel = "status_label"
        case changedBy = "changed_by", changedAt = "changed_at"
    }
}

extension Store {
    /// Every agency responsible for an indicator of the plan, with its workflow state for `version`.
    public func submissions(planID: UUID, version: ValueVersion) async throws -> [SubmissionInfo] {
        let agencies = try await responsibleAgencies(planID: planID)
        let rows = try await SubmissionRecord.query(on: database).filter(\.$planID == planID)
            .filter(\.$version == version.rawValue).all()
        let byAgency = Dictionary(rows.map { ($0.agencyID, $0) }, uniquingKeysWith: { first, _ in first })
        return agencies.map { agency in
            Self.submissionInfo(planID: planID, agencyID: agency.id, agency: agency.name, version: version, row: byAgency[agency.id])
        }
    }

    /// The agencies whose figures for the plan and version are approved, and so locked.
    public func locks(planID: UUID, version: ValueVersion) async throws -> [UUID: SubmissionInfo] {
        let rows = try await SubmissionRecord.query(on: database).filter(\.$planID == planID)
            .filter(\.$version == version.rawValue).filter(\.$status == SubmissionStatus.approved.rawValue).all()
        guard !rows.isEmpty else { return [:] }
        let names = Dictionary(try await AgencyRecord.query(on: database).filter(\.$id ~~ rows.map(\.agencyID)).all()
            .map { (try $0.requireID(), $0.name) }, uniquingKeysWith: { first, _ in first })
        return Dictionary(rows.map { row in
            (row.agencyID, Self.submissionInfo(planID: planID, agencyID: row.agencyID, agency: names[row.agencyID] ?? "", version: version, row: row))
        }, uniquingKeysWith: { first, _ in first })
    }

    public func submission(planID: UUID, agencyID: UUID, version: ValueVersion) async throws -> SubmissionInfo {
        guard let agency = try await AgencyRecord.find(agencyID, on: database) else {
            throw StoreError.invalidAccount(UserMessage(what: "Không có cơ quan này", fix: "Tải lại trang"))
        }
        let row = try await SubmissionRecord.query(on: database).filter(\.$planID == planID)
            .filter(\.$agencyID == agencyID).filter(\.$version == version.rawValue).first()
        return Self.submissionInfo(planID: planID, agencyID: agencyID, agency: agency.name, version: version, row: row)
    }

    /// Takes one workflow step from the revision the person saw; a stale step is refused and
    /// nothing is written. The step and its change-log entry are one transaction. Submitting
    /// while values are missing is refused with the list unless `confirmingMissing`.
    public func advance(planID: UUID, agencyID: UUID, version: ValueVersion, step: SubmissionStep,
                        reason: String?, basedOnRevision: Int, actor: String,
                        confirmingMissing: Bool = false) async throws -> SubmissionInfo {
        let plan = try await self.plan(planID)
        try await requireResponsible(agencyID: agencyID, plan: plan)
        return try await database.writeTransaction { database in
            let store = Store(database: database)
            let current = try await store.submission(planID: planID, agencyID: agencyID, version: version)
            guard current.revision == basedOnRevision else {
                throw StoreError.staleRevision(expected: basedOnRevision, current: current.revision)
            }
            let next: SubmissionStatus
            switch step.apply(to: current.status, reason: reason) {
            case .success(let status): next = status
            case .failure(let error): throw StoreError.workflow(error)
            }
            if step == .submit, !confirmingMissing {
                let missing = try await store.missingValues(planID: planID, agencyID: agencyID, version: version)
                if !missing.isEmpty { throw StoreError.missingValues(agency: current.agency, missing: missing) }
            }
            let row = try await SubmissionRecord.query(on: database).filter(\.$planID == planID)
                .filter(\.$agencyID == agencyID).filter(\.$version == version.rawValue).first() ?? {
                    let row = SubmissionRecord()
                    row.planID = planID
                    row.agencyID = agencyID
                    row.version = version.rawValue
                    row.periodKind = plan.period.kind.rawValue
                    row.startYear = plan.period.startYear
                    row.endYear = plan.period.endYear
                    row.revision = 0
                    return row
                }()
            row.status = next.rawValue
            row.comment = reason?.trimmed.isEmpty == false ? reason?.trimmed : nil
            row.changedBy = actor
            row.changedAt = Date()
            row.revision += 1
            do {
                try await row.save(on: database)
            } catch let error as any DatabaseError where error.isConstraintFailure {
                // Another first step of the same workflow won the insert.
                throw StoreError.staleRevision(expected: basedOnRevision, current: basedOnRevision + 1)
            }
            try await store.logChange(actor: actor, entity: "submission", entityID: try row.requireID(), planID: planID,
                                      field: "\(current.agency) · \(version.label)", old: current.status.label,
                                      new: next.label, reason: row.comment)
            return Self.submissionInfo(planID: planID, agencyID: agencyID, agency: current.agency, version: version, row: row)
        }
    }

    /// The approval that locks a value, if any: the indicator's agency approved this period and version.
    public func lock(indicatorID: UUID, period: Period, version: ValueVersion) async throws -> SubmissionInfo? {
        guard let indicator = try await IndicatorRecord.find(indicatorID, on: database) else { return nil }
        return try await lock(agencyID: indicator.agencyID, period: period, version: version, indicatorID: indicatorID)
    }

    /// The approval of `agency` that locks this period and version, if any; none for the
    /// planning office's own indicators (no agency).
    /// With `indicatorID`, only an approval under a plan that holds the indicator locks it: an
    /// approval is of the figures of one plan, never of another plan's or province's.
    func lock(agencyID: UUID?, period: Period, version: ValueVersion, indicatorID: UUID? = nil) async throws -> SubmissionInfo? {
        guard let agencyID else { return nil }
        let period = Self.submissionPeriod(of: period, version: version)
        let query = SubmissionRecord.query(on: database).filter(\.$agencyID == agencyID)
            .filter(\.$version == version.rawValue).filter(\.$periodKind == period.kind.rawValue)
            .filter(\.$startYear == period.startYear).filter(\.$endYear == period.endYear)
            .filter(\.$status == SubmissionStatus.approved.rawValue)
        if let indicatorID {
            let plans = try await PlanIndicatorRecord.query(on: database).filter(\.$indicatorID == indicatorID).all().map(\.planID)
            query.filter(\.$planID ~~ plans)
        }
        guard let row = try await query.first() else { return nil }
        let agency = try await AgencyRecord.find(agencyID, on: database)?.name ?? ""
        return Self.submissionInfo(planID: row.planID, agencyID: agencyID, agency: agency, version: version, row: row)
    }

    static func submissionInfo(planID: UUID, agencyID: UUID, agency: String, version: ValueVersion, row: SubmissionRecord?) -> SubmissionInfo {
        let status = row.flatMap { SubmissionStatus(rawValue: $0.status) } ?? .draft
        return SubmissionInfo(planID: planID, agencyID: agencyID, agency: agency, version: version, status: status,
                              statusLabel: status.label, comment: row?.comment, changedBy: row?.changedBy,
                              changedAt: row?.changedAt, revision: row?.revision ?? 0)
    }
}

/// An indicator line of a plan that has a target but no value yet in the version asked for.
public struct MissingValue: Sendable, Codable, Equatable {
    public var indicatorID: UUID
    public var code: String
    public var name: String

    public init(indicatorID: UUID, code: String, name: String) {
        self.indicatorID = indicatorID
        self.code = code
        self.name = name
    }

    enum CodingKeys: String, CodingKey {
        case code, name
        case indicatorID = "indicator_id"
    }
}

extension Store {
    /// The lines of `agency`'s indicators in the plan that have a target and no value of
    /// `version` (a withdrawn value counts as none), in plan order.
    public func missingValues(planID: UUID, agencyID: UUID, version: ValueVersion) async throws -> [MissingValue] {
        let agencies = try await indicatorAgencies(planID: planID)
        let evaluation = try await self.evaluation(planID: planID, version: version)
        let lines: [IndicatorEvaluation] = evaluation.indicators.flatMap { headline in [headline] + headline.components }
        return lines.filter { line in agencies[line.indicatorID] == agencyID && line.target != nil && line.value == nil }
            .map { line in MissingValue(indicatorID: line.indicatorID, code: line.code, name: line.name) }
    }

    /// A value changed after its agency submitted: the submission goes back to draft, so the
    /// approver is not asked to approve figures other than those sent, and the change log says
    /// which value reopened it. Runs on the caller's transaction, after the value is written.
    func reopenSubmission(afterEditOf indicator: IndicatorRecord, period: Period, version: ValueVersion, actor: String) async throws {
        guard let agencyID = indicator.agencyID else { return }
        // Only the submissions of plans that hold the indicator: another plan's are other figures.
        let indicatorID = try indicator.requireID()
        let plans = try await PlanIndicatorRecord.query(on: database).filter(\.$indicatorID == indicatorID).all().map(\.planID)
        let period = Self.submissionPeriod(of: period, version: version)
        let rows = try await SubmissionRecord.query(on: database).filter(\.$agencyID == agencyID).filter(\.$planID ~~ plans)
            .filter(\.$version == version.rawValue).filter(\.$periodKind == period.kind.rawValue)
            .filter(\.$startYear == period.startYear).filter(\.$endYear == period.endYear)
            .filter(\.$status == SubmissionStatus.submitted.rawValue).all()
        guard !rows.isEmpty else { return }
        let agency = try await AgencyRecord.find(agencyID, on: database)?.name ?? ""
        for row in rows {
            row.status = SubmissionStatus.draft.rawValue
            row.comment = "Số liệu “\(indicator.name)” được sửa sau khi gửi; cần gửi lại"
            row.changedBy = actor
            row.changedAt = Date()
            row.revision += 1
            try await row.save(on: database)
            try await logChange(actor: actor, entity: "submission", entityID: try row.requireID(), planID: row.planID,
                                indicatorID: indicatorID, field: "\(agency) · \(version.label)",
                                old: SubmissionStatus.submitted.label, new: SubmissionStatus.draft.label, reason: row.comment)
        }
    }
}

extension Store {
    /// The period a submission names for a value's period: an annual plan's "ước 6 tháng" figures
    /// are sent and approved under the plan's year, while the values are the first half's.
    static func submissionPeriod(of period: Period, version: ValueVersion) -> Period {
        version == .firstHalfEstimate && period.kind == .firstHalf ? .year(period.startYear) : period
    }
}
