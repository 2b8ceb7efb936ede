import Fluent
import Foundation
import VeDichCore

/// A value someone enters: what they typed, for which period and version, and the revision they
/// saw when they started (nil when there was none).
public struct ObservationDraft: Sendable {
    public var indicatorID: UUID
    public var period: Period
    public var version: ValueVersion
    public var text: String
    public var basedOnRevision: Int?
    public var note: String?
    public var recordedBy: String
    /// The plausibility warnings the person was shown and confirmed; kept with the revision.
    public var confirmedWarnings: [String]

    public init(indicatorID: UUID, period: Period, version: ValueVersion, text: String,
                basedOnRevision: Int?, note: String? = nil, recordedBy: String, confirmedWarnings: [String] = []) {
        self.indicatorID = indicatorID
        self.period = period
        self.version = version
        self.text = text
        self.basedOnRevision = basedOnRevision
        self.note = note
        self.recordedBy = recordedBy
        self.confirmedWarnings = confirmedWarnings
    }
}

extension Store {
    /// Every revision of every value of an indicator, newest first within a period and version.
    public func observations(indicatorID: UUID) async throws -> [ObservationInfo] {
        guard try await IndicatorRecord.find(indicatorID, on: database) != nil else {
            throw StoreError.indicatorNotFound(id: indicatorID.uuidString)
        }
        let rows = try await ObservationRecord.query(on: database).filter(\.$indicatorID == indicatorID).all()
        let periods = try await PeriodRecord.query(on: database).filter(\.$id ~~ Set(rows.map(\.periodID))).all()
        let periodByID = Dictionary(uniqueKeysWithValues: periods.compactMap { period in period.id.map { ($0, period) } })
        return try rows.compactMap { row -> ObservationInfo? in
            guard let record = periodByID[row.periodID] else { return nil }
            return try Self.info(row, period: Self.period(record))
        }.sorted { lhs, rhs in
            (lhs.period.startYear, lhs.period.endYear, lhs.period.storageKind, lhs.version.rawValue, -lhs.revision)
                < (rhs.period.startYear, rhs.period.endYear, rhs.period.storageKind, rhs.version.rawValue, -rhs.revision)
        }
    }

    /// Adds a revision. The text must read as a figure; the revision it was based on must still
    /// be the latest, else `staleRevision` with the current one, and nothing is written. Two
    /// concurrent saves from the same revision: the unique (indicator, period, version, revision)
    /// key lets exactly one in.
    public func record(_ draft: ObservationDraft) async throws -> ObservationInfo {
        // "Ước 6 tháng" of a year is kept as the first half's value, whichever door it came through.
        var normalized = draft
        normalized.period = draft.version.period(for: draft.period)
        let draft = normalized
        // The value and its change-log entry land together or not at all.
        guard database.inTransaction else {
            return try await database.writeTransaction { try await Store(database: $0).record(draft) }
        }
        let figure: Figure
        do { figure = try Figure.parse(draft.text) } catch {
            throw StoreError.invalidValue(text: draft.text, cause: error)
        }
        guard let indicator = try await IndicatorRecord.find(draft.indicatorID, on: database) else {
            throw StoreError.indicatorNotFound(id: draft.indicatorID.uuidString)
        }
        // A retired indicator keeps its history but takes no new values, from any door.
        if indicator.retiredAt != nil { throw StoreError.indicatorRetired(name: indicator.name, at: indicator.retiredAt) }
        if let lock = try await lock(agencyID: indicator.agencyID, period: draft.period, version: draft.version,
                                     indicatorID: draft.indicatorID) {
            throw StoreError.locked(agency: lock.agency, by: lock.changedBy ?? "", at: lock.changedAt)
        }
        // Check the revision before writing anything, even the period: a refused save writes nothing.
        let existingPeriod = try await periodID(draft.period)
        let latest = try await existingPeriod.asyncMap {
            try await latestRow(indicatorID: draft.indicatorID, periodID: $0, version: draft.version)
        } ?? nil
        let current = latest?.revision
        // A client that saw no value may say revision 0.
        let basedOn = draft.basedOnRevision == 0 ? nil : draft.basedOnRevision
        guard basedOn == current else {
            throw StoreError.staleRevision(expected: draft.basedOnRevision ?? 0, current: current ?? 0)
        }
        let periodID: UUID
        if let existingPeriod { periodID = existingPeriod } else { periodID = try await ensurePeriod(draft.period, on: database) }
        let row = ObservationRecord()
        row.indicatorID = draft.indicatorID
        row.periodID = periodID
        row.version = draft.version.rawValue
        row.revision = (current ?? 0) + 1
        row.figure.set(figure)
        row.note = draft.note
        row.recordedBy = draft.recordedBy
        row.warnings = draft.confirmedWarnings.isEmpty ? nil : draft.confirmedWarnings.joined(separator: "\n")
        do {
            try await row.create(on: database)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // Someone saved the same revision first: the unique key refused ours. PostgreSQL has
            // aborted the transaction, so no second query can say more.
            throw StoreError.staleRevision(expected: draft.basedOnRevision ?? 0, current: (current ?? 0) + 1)
        }
        try await logChange(actor: draft.recordedBy, entity: "value", entityID: try row.requireID(), indicatorID: draft.indicatorID,
                            field: "\(draft.period.description) · \(draft.version.label)", old: latest.map(Self.loggedText),
                            new: figure.text, reason: Self.loggedReason(draft.note, warnings: draft.confirmedWarnings))
        try await reopenSubmission(afterEditOf: indicator, period: draft.period, version: draft.version, actor: draft.recordedBy)
        try await bumpGeneration(touching: draft.indicatorID, version: draft.version)
        return try Self.info(row, period: draft.period)
    }

    /// The latest value of one indicator, period and version, if any.
    public func latestObservation(indicatorID: UUID, period: Period, version: ValueVersion) async throws -> ObservationInfo? {
        try await latestObservations(indicatorIDs: [indicatorID], period: period, version: version)[indicatorID]
            .map { try Self.info($0, period: period) }
    }

    func latestRow(indicatorID: UUID, periodID: UUID, version: ValueVersion) async throws -> ObservationRecord? {
        try await ObservationRecord.query(on: database)
            .filter(\.$indicatorID == indicatorID).filter(\.$periodID == periodID).filter(\.$version == version.rawValue)
            .sort(\.$revision, .descending).first()
    }

    /// The period's id, made when first needed. Two first values racing for the same new period:
    /// the unique key lets one create it and the other reads it back.
    func ensurePeriod(_ period: Period, on database: any Database) async throws -> UUID {
        let store = Store(database: database)
        if let id = try await store.periodID(period) { return id }
        let record = PeriodRecord(kind: period.storageKind, startYear: period.startYear, endYear: period.endYear)
        do {
            try await record.create(on: database)
            return try record.requireID()
        } catch {
            if !database.inTransaction, let id = try await store.periodID(period) { return id }
            throw error
        }
    }

    static func period(_ record: PeriodRecord) -> Period {
        Period(storageKind: record.kind, startYear: record.startYear, endYear: record.endYear)
            ?? Period(kind: .span, startYear: record.startYear, endYear: record.endYear)
    }

    static func info(_ row: ObservationRecord, period: Period) throws -> ObservationInfo {
        ObservationInfo(id: try row.requireID(), indicatorID: row.indicatorID, period: period, periodLabel: period.description,
                        version: ValueVersion(rawValue: row.version) ?? .fullYearEstimate, revision: row.revision,
                        figure: FigureValue(try row.figure.figure()), note: row.note, recordedBy: row.recordedBy,
                        recordedAt: row.recordedAt, withdrawn: row.withdrawn == true,
                        warnings: row.warnings.map { $0.split(separator: "\n").map(String.init) } ?? [])
    }

    /// A revision as the change log shows it: its figure, or that it was withdrawn.
    static func loggedText(_ row: ObservationRecord) -> String {
        row.withdrawn == true ? "(đã rút \(row.figure.text))" : row.figure.text
    }

    /// The note, with the warnings the person confirmed, for the change log's reason column.
    static func loggedReason(_ note: String?, warnings: [String]) -> String? {
        let confirmed = warnings.isEmpty ? nil : "Đã xác nhận cảnh báo: " + warnings.joined(separator: "; ")
        let parts = [note?.trimmed, confirmed].compactMap { $0 }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
