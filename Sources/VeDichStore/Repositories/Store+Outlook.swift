import Fluent
import Foundation
import SQLKit
import VeDichCore

/// An indicator's in-year settings: its nature (set or guessed) and the office's first-half share.
public struct InYearSettings: Sendable, Codable, Equatable {
    public var indicatorID: UUID
    public var nature: ValueNature
    public var natureSet: Bool
    public var firstHalfShare: Double?

    enum CodingKeys: String, CodingKey {
        case indicatorID = "indicator_id", nature = "value_nature", natureSet = "value_nature_set", firstHalfShare = "first_half_share"
    }
}

extension Store {
    /// How many years back the outlook reads (seasonal shares, past second halves, last year's level).
    static let outlookPastYears = 6

    /// Every indicator of the plan (components included) with its outlook on `asOf`, at risk first,
    /// then those that cannot be judged yet, then those on track, each group in plan order.
    /// Judged against the target the verdicts use (the plan's governing issuer).
    /// Kept with the plan's snapshot (per day asked): a value saved, or a nature or share changed,
    /// moves the data generation on and the next read works it out afresh; until then, no query.
    public func outlooks(planID: UUID, asOf: CalendarDay) async throws -> [IndicatorOutlook] {
        try await outlooks(snapshot: try await snapshot(planID: planID), asOf: asOf)
    }

    /// The same from a snapshot the caller already holds (a page that read it for its own use).
    public func outlooks(snapshot: PlanSnapshot, asOf: CalendarDay) async throws -> [IndicatorOutlook] {
        let kept = snapshot.renderings.value("outlooks?as_of=\(asOf.iso)") { KeptOutlooks() }
        if let outlooks = kept.outlooks { return outlooks }
        let outlooks = try await outlooks(of: snapshot, asOf: asOf)
        kept.outlooks = outlooks
        return outlooks
    }

    /// Two queries: the indicators' settings and their values over the past years.
    func outlooks(of snapshot: PlanSnapshot, asOf: CalendarDay) async throws -> [IndicatorOutlook] {
        let year = snapshot.plan.startYear
        guard let evaluation = snapshot.evaluations[.fullYearEstimate] else { return [] }
        let lines = evaluation.indicators.flatMap { [$0] + $0.components }
        let settings = try await inYearSettings(indicatorIDs: lines.map(\.indicatorID))
        let points = try await outlookPoints(indicatorIDs: lines.map(\.indicatorID), from: year - Self.outlookPastYears, through: year)
        let outlooks = lines.map { line in
            let setting = settings[line.indicatorID]
            let nature = setting?.nature ?? ValueNature.guess(name: line.name, unit: line.unit)
            let input = OutlookInput(name: line.name, unit: line.unit, nature: nature, direction: line.direction,
                                     target: line.target.flatMap { try? Figure.parse($0.text) }, year: year, asOf: asOf,
                                     points: points[line.indicatorID] ?? [], firstHalfShare: setting?.firstHalfShare)
            return IndicatorOutlook(indicatorID: line.indicatorID, code: line.code, name: line.name, unit: line.unit,
                                    direction: line.direction, nature: nature,
                                    natureSet: setting?.natureSet ?? false, target: line.target?.text, outlook: Outlook.assess(input))
        }
        return outlooks.enumerated().sorted { ($0.element.outlook.status.urgency, $0.offset) < ($1.element.outlook.status.urgency, $1.offset) }
            .map(\.element)
    }

    /// One indicator's outlook in a plan; nil when the plan does not hold it. Made from the
    /// indicator's lines alone (`indicatorSlice`): each line's outlook is its own, so it is the one
    /// the plan's list shows, without judging the plan's other indicators.
    public func outlook(planID: UUID, indicatorID: UUID, asOf: CalendarDay) async throws -> IndicatorOutlook? {
        try await outlooks(of: try await indicatorSlice(planID: planID, indicatorID: indicatorID), asOf: asOf)
            .first { $0.indicatorID == indicatorID }
    }

    /// The nature and share of each indicator; the nature guessed where the office has not set it.
    public func inYearSettings(indicatorIDs: [UUID]) async throws -> [UUID: InYearSettings] {
        guard !indicatorIDs.isEmpty else { return [:] }
        let rows = try await database.sql.raw("""
            SELECT id, name, measure_unit, value_nature, first_half_share FROM indicators WHERE id IN (\(binds: indicatorIDs))
            """).all()
        var settings: [UUID: InYearSettings] = [:]
        for row in rows {
            let id = try row.decode(column: "id", as: UUID.self)
            let set = try row.optional("value_nature", as: String.self).flatMap(ValueNature.init(rawValue:))
            let guess = ValueNature.guess(name: try row.decode(column: "name", as: String.self), unit: try row.optional("measure_unit"))
            settings[id] = InYearSettings(indicatorID: id, nature: set ?? guess, natureSet: set != nil,
                                          firstHalfShare: try row.optional("first_half_share", as: Double.self))
        }
        return settings
    }

    /// The most final value of each period ending in `from...through` (official, then preliminary,
    /// then the estimates), newest revision, withdrawn ones left out: one query.
    func outlookPoints(indicatorIDs: [UUID], from: Int, through: Int) async throws -> [UUID: [OutlookInput.Point]] {
        guard !indicatorIDs.isEmpty else { return [:] }
        let rows = try await database.sql.raw("""
            SELECT o.indicator_id, o.version, o.figure_text, pe.kind, pe.start_year, pe.end_year
            FROM observations o JOIN periods pe ON pe.id = o.period_id
            WHERE o.indicator_id IN (\(binds: indicatorIDs)) AND pe.end_year >= \(bind: from) AND pe.end_year <= \(bind: through)
              AND pe.start_year = pe.end_year
              AND NOT EXISTS (SELECT 1 FROM observations n WHERE n.indicator_id = o.indicator_id AND n.period_id = o.period_id
                              AND n.version = o.version AND n.revision > o.revision)
              AND o.withdrawn IS NULL
            """).all()
        let rank: [ValueVersion] = [.official, .preliminary, .fullYearEstimate, .firstHalfEstimate]
        var best: [UUID: [Period: (rank: Int, value: Double)]] = [:]
        for row in rows {
            let id = try row.decode(column: "indicator_id", as: UUID.self)
            let period = try PlanRows.period(row)
            guard let version = ValueVersion(rawValue: try row.decode(column: "version", as: String.self)),
                  let place = rank.firstIndex(of: version),
                  let figure = try? Figure.parse(try row.decode(column: "figure_text", as: String.self)),
                  let value = figure.interval.pointValue else { continue }
            if let kept = best[id]?[period], kept.rank <= place { continue }
            best[id, default: [:]][period] = (place, value)
        }
        return best.mapValues { periods in periods.map { OutlookInput.Point(period: $0.key, value: $0.value.value) } }
    }

    /// Sets what kind of figure an indicator is; logged. Setting what it already is changes nothing.
    public func setValueNature(indicatorID: UUID, to nature: ValueNature, actor: String) async throws {
        try await database.writeTransaction { database in
            let store = Store(database: database)
            guard let old = try await store.inYearSettings(indicatorIDs: [indicatorID])[indicatorID] else {
                throw StoreError.indicatorNotFound(id: indicatorID.uuidString)
            }
            guard !(old.natureSet && old.nature == nature) else { return }
            try await database.sql.raw("UPDATE indicators SET value_nature = \(bind: nature.rawValue) WHERE id = \(bind: indicatorID)").run()
            try await store.logChange(actor: actor, entity: "indicator", entityID: indicatorID, indicatorID: indicatorID,
                                      field: "loại số liệu", old: old.nature.label + (old.natureSet ? "" : " (đoán theo tên)"), new: nature.label)
            // Kept outlooks read the old nature: the next read makes them anew.
            try await store.bumpGeneration(plans: .holding([indicatorID]))
        }
    }

    /// Sets (or, with nil, clears) the first half's share of the year w an indicator's outlook uses
    /// when the base year's levels are unknown; logged. Only a share strictly between 0 and 1.
    public func setFirstHalfShare(indicatorID: UUID, to share: Double?, actor: String) async throws {
        if let share, !(share > 0 && share < 1) {
            throw StoreError.invalidCatalogue(UserMessage(what: "Tỷ trọng 6 tháng đầu năm phải lớn hơn 0 và nhỏ hơn 1",
                                                          fix: "Ghi tỷ trọng như 0,461 (46,1% giá trị cả năm)"))
        }
        try await database.writeTransaction { database in
            let store = Store(database: database)
            guard let old = try await store.inYearSettings(indicatorIDs: [indicatorID])[indicatorID] else {
                throw StoreError.indicatorNotFound(id: indicatorID.uuidString)
            }
            guard old.firstHalfShare != share else { return }
            try await database.sql.raw("UPDATE indicators SET first_half_share = \(bind: share) WHERE id = \(bind: indicatorID)").run()
            let text = { (value: Double?) in value.map { VietnameseNumber.formatCompact($0, maxFractionDigits: 4) } }
            try await store.logChange(actor: actor, entity: "indicator", entityID: indicatorID, indicatorID: indicatorID,
                                      field: "tỷ trọng 6 tháng đầu năm", old: text(old.firstHalfShare), new: text(share))
            try await store.bumpGeneration(plans: .holding([indicatorID]))
        }
    }
}

/// The outlooks worked out from one snapshot, set once by whichever request comes first.
final class KeptOutlooks: @unchecked Sendable {
    private let lock = NSLock()
    private var value: [IndicatorOutlook]?

    var outlooks: [IndicatorOutlook]? {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}
