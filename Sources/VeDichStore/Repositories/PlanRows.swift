import Fluent
import Foundation
import SQLKit
import VeDichCore

// The rows a plan's evaluation is built from, read with SQLKit into plain structs: decoding
// Fluent models cost more than the queries themselves (generic metadata, property wrappers,
// one object per row). The SQL is the subset SQLite and PostgreSQL share; UUIDs, stored as
// BLOB in SQLite and uuid in PostgreSQL, go through each driver's binds and `decode(column:as:)`.

extension Database {
    /// SQLKit's view of this database; both drivers and their transactions have one.
    var sql: any SQLDatabase {
        get throws {
            guard let sql = self as? any SQLDatabase else { throw PlanRows.NotSQL() }
            return sql
        }
    }
}

enum PlanRows {
    struct NotSQL: Error, CustomStringConvertible {
        var description: String { "VeDich needs an SQL database (SQLite or PostgreSQL)" }
    }

    struct Target {
        var indicatorID: UUID
        var issuer: String
        var text: String
    }

    /// The newest revision of one value.
    struct Observation {
        var indicatorID: UUID
        var version: String
        var revision: Int
        var text: String
        var period: Period
    }

    // MARK: Plan

    static let planColumns = """
        p.id, p.title, p.horizon, p.start_year, p.end_year, p.composite_policy, u.name AS province,
        p.governing_issuer, p.range_end, p.issued_at, p.issued_by, p.data_cutoffs
        """

    static func plan(_ id: UUID, on sql: any SQLDatabase) async throws -> PlanInfo {
        let row = try await sql.raw("""
            SELECT \(unsafeRaw: planColumns) FROM plans p LEFT JOIN admin_units u ON u.id = p.unit_id WHERE p.id = \(bind: id)
            """).first()
        guard let row else { throw StoreError.planNotFound(id: id.uuidString) }
        return try planInfo(row)
    }

    static func planInfo(_ row: any SQLRow) throws -> PlanInfo {
        PlanInfo(id: try row.decode(column: "id", as: UUID.self), title: try row.decode(column: "title", as: String.self),
                 province: try row.optional("province") ?? "", horizon: try row.decode(column: "horizon", as: String.self),
                 startYear: try row.decode(column: "start_year", as: Int.self), endYear: try row.decode(column: "end_year", as: Int.self),
                 compositePolicy: CompositePolicy(rawValue: try row.decode(column: "composite_policy", as: String.self)) ?? .strict,
                 governingIssuer: try row.optional("governing_issuer", as: String.self).flatMap(TargetIssuer.init(rawValue:)),
                 rangeEnd: try row.optional("range_end", as: String.self).flatMap(PlanComparison.RangeEnd.init(rawValue:)) ?? .upper,
                 issuedAt: try row.optional("issued_at", as: Date.self), issuedBy: try row.optional("issued_by", as: String.self),
                 dataCutoffs: cutoffs(try row.optional("data_cutoffs", as: String.self)))
    }

    /// `data_cutoffs` as stored: one `version=YYYY-MM-DD` per line.
    static func cutoffs(_ stored: String?) -> [ValueVersion: String] {
        var cutoffs: [ValueVersion: String] = [:]
        for line in (stored ?? "").split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2, let version = ValueVersion(rawValue: parts[0]) { cutoffs[version] = parts[1] }
        }
        return cutoffs
    }

    static func storedCutoffs(_ cutoffs: [ValueVersion: String]) -> String? {
        let lines = ValueVersion.allCases.compactMap { version in cutoffs[version].map { "\(version.rawValue)=\($0)" } }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }

    // MARK: Indicators, targets, values

    /// The plan's indicators in plan order, each with its group: one query.
    /// With `familyOf`, only the lines a verdict of that indicator is made from: the indicator,
    /// its parts, and its headline with the headline's other parts (one indicator's page).
    static func indicators(planID: UUID, familyOf indicatorID: UUID? = nil, on sql: any SQLDatabase) async throws -> [IndicatorInfo] {
        let family: SQLQueryString = indicatorID.map { id -> SQLQueryString in """
            AND (pi.indicator_id = \(bind: id) OR pi.parent_indicator_id = \(bind: id)
                 OR pi.indicator_id IN (SELECT h.parent_indicator_id FROM plan_indicators h WHERE h.plan_id = \(bind: planID) AND h.indicator_id = \(bind: id))
                 OR pi.parent_indicator_id IN (SELECT h.parent_indicator_id FROM plan_indicators h WHERE h.plan_id = \(bind: planID) AND h.indicator_id = \(bind: id)))
            """ } ?? ""
        return try await sql.raw("""
            SELECT pi.indicator_id, pi.code, pi.parent_indicator_id, pi.position, pi.outside_verdict,
                   i.name, i.measure_unit, i.direction, i.direction_reason, g.numeral, g.title AS group_title
            FROM plan_indicators pi
            JOIN indicators i ON i.id = pi.indicator_id
            LEFT JOIN indicator_groups g ON g.id = pi.group_id
            WHERE pi.plan_id = \(bind: planID)
            \(family)
            ORDER BY pi.position
            """).all().map { row in
            var info = IndicatorInfo(
                id: try row.decode(column: "indicator_id", as: UUID.self), code: try row.decode(column: "code", as: String.self),
                name: try row.decode(column: "name", as: String.self), unit: try row.optional("measure_unit"),
                direction: Direction(rawValue: try row.decode(column: "direction", as: String.self)) ?? .higher,
                directionReason: try row.decode(column: "direction_reason", as: String.self),
                group: try row.optional("numeral"), groupTitle: try row.optional("group_title"),
                parentID: try row.optional("parent_indicator_id"), position: try row.decode(column: "position", as: Int.self))
            info.outsideVerdict = try row.optional("outside_verdict", as: Bool.self) ?? false
            return info
        }
    }

    /// Every issuer's target of the plan: one query.
    /// With `only`, those indicators' targets alone.
    static func targets(planID: UUID, only indicatorIDs: Set<UUID>? = nil, on sql: any SQLDatabase) async throws -> [Target] {
        let only: SQLQueryString = indicatorIDs.map { ids -> SQLQueryString in "AND indicator_id IN (\(binds: Array(ids)))" } ?? ""
        return try await sql.raw("SELECT indicator_id, issuer, figure_text FROM targets WHERE plan_id = \(bind: planID) \(only)").all().map { row in
            Target(indicatorID: try row.decode(column: "indicator_id", as: UUID.self),
                   issuer: try row.decode(column: "issuer", as: String.self), text: try row.decode(column: "figure_text", as: String.self))
        }
    }

    /// The newest revision of every value of the plan's indicators for `period`, in every
    /// version, and of the official and preliminary values of the periods that end the year before
    /// the plan starts, halves excepted (the candidates `PreviousPeriod` chooses from): one query. The unique key
    /// (indicator, period, version, revision) serves the NOT EXISTS. A value whose newest
    /// revision withdraws it is left out: it reads as no value, not as the one before. With
    /// `only`, the same for those indicators alone (a kept snapshot brought up to date).
    static func observations(planID: UUID, period: Period, previousYear: Int, only indicatorIDs: Set<UUID>? = nil,
                             on sql: any SQLDatabase) async throws -> [Observation] {
        let only: SQLQueryString = indicatorIDs.map { "AND o.indicator_id IN (\(binds: Array($0)))" } ?? ""
        // An annual plan's "ước 6 tháng" values are its first half's (a span's: its own period again).
        let firstHalf = ValueVersion.firstHalfEstimate.period(for: period)
        return try await sql.raw("""
            SELECT o.indicator_id, o.version, o.revision, o.figure_text, pe.kind, pe.start_year, pe.end_year
            FROM observations o
            JOIN periods pe ON pe.id = o.period_id
            WHERE o.indicator_id IN (SELECT pi.indicator_id FROM plan_indicators pi WHERE pi.plan_id = \(bind: planID))
              AND ((pe.kind = \(bind: period.storageKind) AND pe.start_year = \(bind: period.startYear) AND pe.end_year = \(bind: period.endYear))
                OR (pe.kind = \(bind: firstHalf.storageKind) AND pe.start_year = \(bind: firstHalf.startYear) AND pe.end_year = \(bind: firstHalf.endYear)
                    AND o.version = \(bind: ValueVersion.firstHalfEstimate.rawValue))
                OR (pe.end_year = \(bind: previousYear)
                    AND o.version IN (\(bind: ValueVersion.official.rawValue), \(bind: ValueVersion.preliminary.rawValue))
                    AND pe.kind NOT IN (\(binds: Period.withinYearStorageKinds))))
              AND NOT EXISTS (SELECT 1 FROM observations n WHERE n.indicator_id = o.indicator_id AND n.period_id = o.period_id
                              AND n.version = o.version AND n.revision > o.revision)
              AND o.withdrawn IS NULL
              \(only)
            """).all().map { row in
            Observation(
                indicatorID: try row.decode(column: "indicator_id", as: UUID.self), version: try row.decode(column: "version", as: String.self),
                revision: try row.decode(column: "revision", as: Int.self), text: try row.decode(column: "figure_text", as: String.self),
                period: try Self.period(row))
        }
    }
}

extension PlanRows {
    /// The period of a row with `kind`, `start_year` and `end_year`; an unknown kind reads as a span.
    static func period(_ row: any SQLRow) throws -> Period {
        let start = try row.decode(column: "start_year", as: Int.self), end = try row.decode(column: "end_year", as: Int.self)
        return Period(storageKind: try row.decode(column: "kind", as: String.self), startYear: start, endYear: end)
            ?? Period(kind: .span, startYear: start, endYear: end)
    }
}

extension SQLRow {
    /// A column that may be NULL.
    func optional<Value: Decodable>(_ column: String, as type: Value.Type = Value.self) throws -> Value? {
        try decodeNil(column: column) ? nil : decode(column: column, as: Value.self)
    }
}
