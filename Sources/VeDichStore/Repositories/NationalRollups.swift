import Foundation
import SQLKit
import VeDichCore

/// The national views as a server last made them, each kept with the stamp of the data it was made
/// from: the data generation (every write moves it, by any server on the database), and for the
/// reporting status also the workflow's own (`Store.submissionStamp`), since workflow steps do not
/// move the generation. While the stamp is unchanged a view is handed out as it is, for one query;
/// once it moved, the view is made again from the kept plan snapshots, of which only the plans a
/// write touched are read again (`PlanSnapshots`). No batch, no schedule: the next read after a
/// write is current. The stamp is read before the view is made, so a write landing meanwhile makes
/// the kept view look older than it is, never newer.
public actor NationalRollups {
    /// At most this many views (years × versions × codes); beyond it, the oldest made goes.
    public let capacity: Int
    private var kept: [String: (stamp: String, made: Int, value: any Sendable)] = [:]
    private var made = 0

    public init(capacity: Int = 256) {
        self.capacity = max(1, capacity)
    }

    func value<Value: Sendable>(_ key: String, stamp: String, make: @Sendable () async throws -> Value) async throws -> Value {
        if let entry = kept[key], entry.stamp == stamp, let value = entry.value as? Value { return value }
        let value = try await make()
        made += 1
        if kept[key] == nil, kept.count >= capacity, let oldest = kept.min(by: { $0.value.made < $1.value.made })?.key {
            kept[oldest] = nil
        }
        kept[key] = (stamp, made, value)
        return value
    }
}

extension Store {
    private func generationStamp() async throws -> String {
        "\(try await generation() ?? -1)"
    }

    /// `nationalSummary(year:version:)`, kept in `rollups` while the data generation stays.
    public func nationalSummary(year: Int, version: ValueVersion, rollups: NationalRollups) async throws -> NationalSummary {
        try await rollups.value("summary|\(year)|\(version.rawValue)", stamp: try await generationStamp()) {
            try await self.nationalSummary(year: year, version: version)
        }
    }

    /// `nationalIndicator(code:year:version:)`, kept in `rollups` while the data generation stays.
    public func nationalIndicator(code: String, year: Int, version: ValueVersion, rollups: NationalRollups) async throws -> IndicatorAcrossProvinces {
        try await rollups.value("indicator|\(code)|\(year)|\(version.rawValue)", stamp: try await generationStamp()) {
            try await self.nationalIndicator(code: code, year: year, version: version)
        }
    }

    /// `annualPlanYears()`, kept in `rollups` while the data generation stays.
    public func annualPlanYears(rollups: NationalRollups) async throws -> [Int] {
        try await rollups.value("years", stamp: try await generationStamp()) { try await self.annualPlanYears() }
    }

    /// `nationalCodes(year:)` and `annualPlanYears()`, kept in `rollups` while the data generation stays.
    public func nationalChoices(year: Int, rollups: NationalRollups) async throws -> NationalChoices {
        try await rollups.value("choices|\(year)", stamp: try await generationStamp()) {
            NationalChoices(years: try await self.annualPlanYears(),
                            codes: try await self.nationalCodes(year: year).map { .init(code: $0.code, name: $0.name, provinces: $0.provinces) })
        }
    }

    /// `reportingStatus(year:version:today:)`, kept in `rollups` while neither the data generation
    /// nor the workflow of the year's plans moved.
    public func reportingStatus(year: Int, version: ValueVersion, today: String, rollups: NationalRollups) async throws -> ReportingStatus {
        let stamp = try await generationStamp() + "|" + submissionStamp(year: year, version: version)
        return try await rollups.value("status|\(year)|\(version.rawValue)|\(today)", stamp: stamp) {
            try await self.reportingStatus(year: year, version: version, today: today)
        }
    }

    /// Moves with every workflow step under the year's annual plans in `version`: how many
    /// agencies' workflows there are and the sum of their revisions (each step adds one). One query.
    func submissionStamp(year: Int, version: ValueVersion) async throws -> String {
        let row = try await database.sql.raw("""
            SELECT count(*) AS n, CAST(coalesce(sum(s.revision), 0) AS BIGINT) AS r
            FROM submissions s JOIN plans p ON p.id = s.plan_id
            WHERE p.horizon = 'annual' AND p.start_year = \(bind: year) AND s.version = \(bind: version.rawValue)
            """).first()
        return "\(try row?.decode(column: "n", as: Int.self) ?? 0)|\(try row?.decode(column: "r", as: Int.self) ?? 0)"
    }
}

/// What the national pages offer to choose from: the years with annual plans, the higher-level codes of one year.
public struct NationalChoices: Sendable, Equatable {
    public struct Code: Sendable, Equatable {
        public var code: String
        public var name: String
        public var provinces: Int
    }

    public var years: [Int]
    public var codes: [Code]
}
