import Fluent
import Foundation
import VeDichCore

extension Store {
    /// Withdraws the current value of one indicator, period and version (typed in the wrong row,
    /// say): a new revision marked withdrawn, keeping the figure it takes back, with the reason.
    /// Nothing is deleted; the value reads as missing until a new one is entered. Refused, with
    /// nothing written, without a reason, when locked, when stale or when there is no value.
    public func withdraw(indicatorID: UUID, period: Period, version: ValueVersion, basedOnRevision: Int,
                         reason: String, actor: String) async throws -> ObservationInfo {
        guard database.inTransaction else {
            return try await database.writeTransaction {
                try await Store(database: $0).withdraw(indicatorID: indicatorID, period: period, version: version,
                                                       basedOnRevision: basedOnRevision, reason: reason, actor: actor)
            }
        }
        let period = version.period(for: period)
        let reason = reason.trimmed
        guard !reason.isEmpty else {
            throw StoreError.reasonRequired(UserMessage(what: "Cần ghi lý do rút giá trị", fix: "Ghi lý do (ví dụ: nhập nhầm dòng) rồi rút lại"))
        }
        guard let indicator = try await IndicatorRecord.find(indicatorID, on: database) else {
            throw StoreError.indicatorNotFound(id: indicatorID.uuidString)
        }
        if let lock = try await lock(agencyID: indicator.agencyID, period: period, version: version, indicatorID: indicatorID) {
            throw StoreError.locked(agency: lock.agency, by: lock.changedBy ?? "", at: lock.changedAt)
        }
        guard let periodID = try await periodID(period),
              let latest = try await latestRow(indicatorID: indicatorID, periodID: periodID, version: version) else {
            throw StoreError.nothingToWithdraw(period: period.description)
        }
        guard latest.revision == basedOnRevision else {
            throw StoreError.staleRevision(expected: basedOnRevision, current: latest.revision)
        }
        guard latest.withdrawn != true else { throw StoreError.nothingToWithdraw(period: period.description) }
        let row = ObservationRecord()
        row.indicatorID = indicatorID
        row.periodID = periodID
        row.version = version.rawValue
        row.revision = latest.revision + 1
        row.figure.set(try latest.figure.figure())
        row.note = reason
        row.recordedBy = actor
        row.withdrawn = true
        do {
            try await row.create(on: database)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw StoreError.staleRevision(expected: basedOnRevision, current: basedOnRevision + 1)
        }
        try await logChange(actor: actor, entity: "value", entityID: try row.requireID(), indicatorID: indicatorID,
                            field: "\(period.description) · \(version.label)", old: latest.figure.text,
                            new: Self.loggedText(row), reason: reason)
        try await reopenSubmission(afterEditOf: indicator, period: period, version: version, actor: actor)
        try await bumpGeneration(touching: indicatorID, version: version)
        return try Self.info(row, period: period)
    }
}
