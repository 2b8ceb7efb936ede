import Fluent
import Foundation
import SQLKit
import VeDichCore

// The ministry's roll-ups, live: each province's figures are read from its annual plan's snapshot
// (`PlanSnapshots`), the very evaluation its own pages show, kept per plan and brought up to date
// on every write by the data generation (only the indicators a write touched are read again). So
// no verdict is computed twice, in SQL or elsewhere, and nothing waits for a nightly batch: after
// a value is saved, the next national read re-reads that one indicator of that one plan. The SQL
// here only finds which plans, indicators and agencies take part (indexed look-ups, see
// `AddNationalIndexes`); the values are never aggregated in SQL.

extension Store {
    /// Every province (`admin_units` of level province) with its annual plan of `year`, if any:
    /// one query.
    func annualPlans(year: Int, provinceID: UUID? = nil) async throws -> [(provinceID: UUID, province: String, planID: UUID?)] {
        let only: SQLQueryString = provinceID.map { "AND u.id = \(bind: $0)" } ?? ""
        return try await database.sql.raw("""
            SELECT u.id AS unit_id, u.name AS unit_name, p.id AS plan_id
            FROM admin_units u
            LEFT JOIN plans p ON p.unit_id = u.id AND p.horizon = 'annual' AND p.start_year = \(bind: year)
            WHERE u.level = 'province' \(only)
            """).all().map { row in
            (try row.decode(column: "unit_id", as: UUID.self), try row.decode(column: "unit_name", as: String.self),
             try row.optional("plan_id", as: UUID.self))
        }.sorted { $0.1.compare($1.1, locale: Locale(identifier: "vi")) == .orderedAscending }
    }

    /// The snapshots of `planIDs`, read side by side: requests that wait together share one read
    /// of the data generation, so a national page costs one query while nothing changed.
    func snapshots(of planIDs: [UUID]) async throws -> [UUID: PlanSnapshot] {
        try await withThrowingTaskGroup(of: (UUID, PlanSnapshot).self) { group in
            for planID in Set(planIDs) {
                group.addTask { (planID, try await self.snapshot(planID: planID)) }
            }
            var snapshots: [UUID: PlanSnapshot] = [:]
            for try await (planID, snapshot) in group { snapshots[planID] = snapshot }
            return snapshots
        }
    }

    /// Verdict counts per province for `year` and `version`, from each annual plan's evaluation.
    public func nationalSummary(year: Int, version: ValueVersion) async throws -> NationalSummary {
        let plans = try await annualPlans(year: year)
        let snapshots = try await snapshots(of: plans.compactMap(\.planID))
        var total = VerdictCounts()
        let provinces = plans.map { entry -> NationalSummary.Province in
            guard let planID = entry.planID, let snapshot = snapshots[planID] else {
                return .init(provinceID: entry.provinceID, province: entry.province)
            }
            let counts = snapshot.evaluation(version).summary.total
            total.exceeded += counts.exceeded
            total.met += counts.met
            total.missed += counts.missed
            total.undetermined += counts.undetermined
            total.noData += counts.noData
            return .init(provinceID: entry.provinceID, province: entry.province, planID: planID, planTitle: snapshot.plan.title,
                         counts: counts, metOrExceededShare: counts.total == 0 ? nil : Double(counts.metOrExceeded) / Double(counts.total))
        }
        return NationalSummary(year: year, version: version, provinces: provinces, total: total)
    }

    /// The indicator whose higher-level code is `code`, in every province's annual plan of `year`.
    /// Throws `NationalError.codeNotFound` when no plan of the year holds it.
    public func nationalIndicator(code: String, year: Int, version: ValueVersion) async throws -> IndicatorAcrossProvinces {
        let rows = try await database.sql.raw("""
            SELECT p.id AS plan_id, pi.indicator_id, u.id AS unit_id, u.name AS unit_name
            FROM indicators i
            JOIN plan_indicators pi ON pi.indicator_id = i.id
            JOIN plans p ON p.id = pi.plan_id AND p.horizon = 'annual' AND p.start_year = \(bind: year)
            JOIN admin_units u ON u.id = p.unit_id
            WHERE i.national_code = \(bind: code)
            """).all()
        guard !rows.isEmpty else { throw NationalError.codeNotFound(code: code, year: year) }
        let found = try rows.map { row in
            (planID: try row.decode(column: "plan_id", as: UUID.self), indicatorID: try row.decode(column: "indicator_id", as: UUID.self),
             provinceID: try row.decode(column: "unit_id", as: UUID.self), province: try row.decode(column: "unit_name", as: String.self))
        }
        let snapshots = try await snapshots(of: found.map(\.planID))
        var counts = VerdictCounts()
        var provinces: [IndicatorAcrossProvinces.Province] = []
        for entry in found {
            guard let snapshot = snapshots[entry.planID],
                  let line = snapshot.evaluation(version).indicators.lazy
                    .flatMap({ [$0] + $0.components }).first(where: { $0.indicatorID == entry.indicatorID }) else { continue }
            counts.add(line.verdict)
            provinces.append(.init(provinceID: entry.provinceID, province: entry.province, planID: entry.planID, indicatorID: line.indicatorID,
                                   localCode: line.code, name: line.name, unit: line.unit, target: line.target, value: line.value,
                                   comparison: line.comparison, comparisonText: line.comparisonCell, verdict: line.verdict,
                                   label: line.label, reason: line.reason))
        }
        return IndicatorAcrossProvinces(code: code, year: year, version: version, provinces: provinces.sorted(by: Self.ranking), counts: counts)
    }

    /// Highest ratio first, then by verdict (exceeded … no data), then by name.
    static func ranking(_ a: IndicatorAcrossProvinces.Province, _ b: IndicatorAcrossProvinces.Province) -> Bool {
        func ratio(_ row: IndicatorAcrossProvinces.Province) -> Double? { row.comparison?.kind == .ratio ? row.comparison?.percent : nil }
        switch (ratio(a), ratio(b)) {
        case let (x?, y?) where x != y: return x > y
        case (_?, nil): return true
        case (nil, _?): return false
        default: break
        }
        let order = Verdict.allCases
        let (x, y) = (order.firstIndex(of: a.verdict) ?? 0, order.firstIndex(of: b.verdict) ?? 0)
        if x != y { return x < y }
        return a.province.compare(b.province, locale: Locale(identifier: "vi")) == .orderedAscending
    }

    /// Each province's responsible agencies for its annual plan of `year`: their workflow state for
    /// `version`, how many of their indicators with a target have a value, and whether they are
    /// late against the plan's cut-off on `today` (`YYYY-MM-DD`). Three queries and the snapshots.
    public func reportingStatus(year: Int, version: ValueVersion, today: String, provinceID: UUID? = nil) async throws -> ReportingStatus {
        let plans = try await annualPlans(year: year, provinceID: provinceID)
        let planIDs = plans.compactMap(\.planID)
        guard !planIDs.isEmpty else { return ReportingStatus(year: year, version: version, provinces: plans.map(Self.emptyStatus)) }
        let sql = try database.sql
        // Which agency answers for each indicator of these plans.
        let responsible = try await sql.raw("""
            SELECT pi.plan_id, pi.indicator_id, i.agency_id, a.name AS agency_name
            FROM plan_indicators pi
            JOIN indicators i ON i.id = pi.indicator_id
            JOIN agencies a ON a.id = i.agency_id
            WHERE pi.plan_id IN (\(binds: planIDs))
            """).all()
        let submissions = try await sql.raw("""
            SELECT plan_id, agency_id, status, changed_at FROM submissions
            WHERE plan_id IN (\(binds: planIDs)) AND version = \(bind: version.rawValue)
            """).all()
        var steps: [UUID: [UUID: (status: SubmissionStatus?, at: Date?)]] = [:]
        for row in submissions {
            steps[try row.decode(column: "plan_id", as: UUID.self), default: [:]][try row.decode(column: "agency_id", as: UUID.self)] =
                (SubmissionStatus(rawValue: try row.decode(column: "status", as: String.self)), try row.optional("changed_at", as: Date.self))
        }
        var agenciesOf: [UUID: [UUID: (name: String, indicators: Set<UUID>)]] = [:]
        for row in responsible {
            let plan = try row.decode(column: "plan_id", as: UUID.self), agency = try row.decode(column: "agency_id", as: UUID.self)
            let name = try row.decode(column: "agency_name", as: String.self), indicator = try row.decode(column: "indicator_id", as: UUID.self)
            agenciesOf[plan, default: [:]][agency, default: (name, [])].indicators.insert(indicator)
        }
        let snapshots = try await snapshots(of: planIDs)
        let provinces = plans.map { entry -> ReportingStatus.Province in
            guard let planID = entry.planID, let snapshot = snapshots[planID] else { return Self.emptyStatus(entry) }
            let lines = snapshot.evaluation(version).indicators.flatMap { [$0] + $0.components }.filter { $0.target != nil }
            let cutoff = snapshot.plan.dataCutoffs[version]
            let agencies = (agenciesOf[planID] ?? [:]).map { agencyID, agency -> ReportingStatus.Agency in
                let own = lines.filter { agency.indicators.contains($0.indicatorID) }
                let entered = own.filter { $0.value != nil }.count
                let step = steps[planID]?[agencyID]
                return .init(agencyID: agencyID, agency: agency.name, status: step?.status,
                             statusLabel: step?.status?.label ?? (entered > 0 ? SubmissionStatus.draft.label : "Chưa nhập"), changedAt: step?.at,
                             indicators: own.count, entered: entered, missing: own.count - entered,
                             late: ReportingDeadline.isLate(status: step?.status, stepDay: step?.at.map(Self.vietnameseDay),
                                                            cutoff: cutoff, today: today))
            }.sorted { $0.agency.compare($1.agency, locale: Locale(identifier: "vi")) == .orderedAscending }
            return .init(provinceID: entry.provinceID, province: entry.province, planID: planID, planTitle: snapshot.plan.title,
                         cutoff: cutoff, agencies: agencies)
        }
        return ReportingStatus(year: year, version: version, provinces: provinces)
    }

    private static func emptyStatus(_ entry: (provinceID: UUID, province: String, planID: UUID?)) -> ReportingStatus.Province {
        .init(provinceID: entry.provinceID, province: entry.province, planID: nil, planTitle: nil, cutoff: nil, agencies: [])
    }

    /// The day (`YYYY-MM-DD`) a moment falls on in Việt Nam (UTC+7, no daylight saving).
    public static func vietnameseDay(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 7 * 3600) ?? .gmt
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// One agency's indicators (headlines and components) in the province's annual plan of `year`.
    public func agencyIndicators(provinceID: UUID, agencyID: UUID, year: Int, version: ValueVersion) async throws -> AgencyIndicators {
        guard let entry = try await annualPlans(year: year, provinceID: provinceID).first else {
            throw StoreError.agencyNotFound(id: provinceID.uuidString)
        }
        guard let planID = entry.planID else { throw NationalError.noAnnualPlan(province: entry.province, year: year) }
        let agency = try await self.agency(agencyID)
        guard agency.provinceID == provinceID else { throw NationalError.agencyNotInProvince(agency: agency.name, province: entry.province) }
        let owners = try await indicatorAgencies(planID: planID)
        let snapshot = try await snapshot(planID: planID)
        let lines = snapshot.evaluation(version).indicators.flatMap { [$0] + $0.components }.filter { owners[$0.indicatorID] == agencyID }
        return AgencyIndicators(province: entry.province, plan: snapshot.plan, agencyID: agencyID, agency: agency.name,
                                version: version, indicators: lines)
    }
}

extension Store {
    /// The years that have at least one province's annual plan, newest first: one query.
    public func annualPlanYears() async throws -> [Int] {
        try await database.sql.raw("SELECT DISTINCT start_year FROM plans WHERE horizon = 'annual' ORDER BY start_year DESC").all()
            .map { try $0.decode(column: "start_year", as: Int.self) }
    }

    /// The higher-level codes held by some annual plan of `year`, each with the name it has in the
    /// first province (by name) and how many provinces hold it: one query.
    public func nationalCodes(year: Int) async throws -> [(code: String, name: String, provinces: Int)] {
        let rows = try await database.sql.raw("""
            SELECT i.national_code, i.name, u.name AS unit_name
            FROM plans p
            JOIN admin_units u ON u.id = p.unit_id
            JOIN plan_indicators pi ON pi.plan_id = p.id
            JOIN indicators i ON i.id = pi.indicator_id
            WHERE p.horizon = 'annual' AND p.start_year = \(bind: year) AND i.national_code IS NOT NULL
            """).all()
        var byCode: [String: (name: String, province: String, provinces: Set<String>)] = [:]
        for row in rows {
            let code = try row.decode(column: "national_code", as: String.self)
            let name = try row.decode(column: "name", as: String.self), province = try row.decode(column: "unit_name", as: String.self)
            var entry = byCode[code] ?? (name, province, [])
            if province < entry.province { entry.name = name; entry.province = province }
            entry.provinces.insert(province)
            byCode[code] = entry
        }
        return byCode.map { ($0.key, $0.value.name, $0.value.provinces.count) }
            .sorted { $0.code.compare($1.code, options: .numeric) == .orderedAscending }
    }
}
