import Fluent
import Foundation
import SQLKit
import VeDichCore

// The ministry's roll-ups, live: each province's figures are its annual plan's evaluation, the
// very one its own pages show (`PlanSnapshots`), persisted per plan with the data generation it was
// judged at (`NationalPersistedRollups`). A read takes the persisted figures of every plan no write
// has stamped since, and judges again only the plans that were (usually the one a write touched,
// from its kept snapshot). So no verdict is computed twice, in SQL or elsewhere, no request judges
// a whole country's values, and nothing waits for a nightly batch. The SQL here finds which plans,
// indicators and agencies take part and reads the persisted counts (indexed look-ups, see
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

    /// Verdict counts per province for `year` and `version`, from each annual plan's evaluation:
    /// one query while no write stamped a plan, and each stamped plan judged again.
    public func nationalSummary(year: Int, version: ValueVersion) async throws -> NationalSummary {
        let rows = try await database.sql.raw("""
            SELECT u.id AS unit_id, u.name AS unit_name, p.id AS plan_id,
                   \(Self.rollupState),
                   r.plan_title, r.exceeded, r.met, r.missed, r.undetermined, r.no_data
            FROM admin_units u
            LEFT JOIN plans p ON p.unit_id = u.id AND p.horizon = 'annual' AND p.start_year = \(bind: year)
            LEFT JOIN plan_rollups r ON r.plan_id = p.id AND r.version = \(bind: version.rawValue)
            \(Self.planStamps)
            WHERE u.level = 'province'
            """).all()
        var entries: [(provinceID: UUID, province: String, planID: UUID?, persisted: (title: String, counts: VerdictCounts)?)] = []
        for row in rows {
            let planID = try row.optional("plan_id", as: UUID.self)
            var persisted: (String, VerdictCounts)?
            if planID != nil, try Self.isCurrent(row) {
                var counts = VerdictCounts()
                counts.exceeded = try row.decode(column: "exceeded", as: Int.self)
                counts.met = try row.decode(column: "met", as: Int.self)
                counts.missed = try row.decode(column: "missed", as: Int.self)
                counts.undetermined = try row.decode(column: "undetermined", as: Int.self)
                counts.noData = try row.decode(column: "no_data", as: Int.self)
                persisted = (try row.decode(column: "plan_title", as: String.self), counts)
            }
            entries.append((try row.decode(column: "unit_id", as: UUID.self), try row.decode(column: "unit_name", as: String.self), planID, persisted))
        }
        let judged = try await refreshRollups(entries.filter { $0.planID != nil && $0.persisted == nil }.compactMap(\.planID))
        var total = VerdictCounts()
        let provinces = entries.map { entry -> NationalSummary.Province in
            guard let planID = entry.planID,
                  let figures = entry.persisted ?? judged[planID].flatMap({ rollup in rollup.versions[version].map { (rollup.title, $0.counts) } })
            else { return .init(provinceID: entry.provinceID, province: entry.province) }
            let counts = figures.counts
            total.exceeded += counts.exceeded
            total.met += counts.met
            total.missed += counts.missed
            total.undetermined += counts.undetermined
            total.noData += counts.noData
            return .init(provinceID: entry.provinceID, province: entry.province, planID: planID, planTitle: figures.title,
                         counts: counts, metOrExceededShare: counts.total == 0 ? nil : Double(counts.metOrExceeded) / Double(counts.total))
        }.sorted { $0.province.compare($1.province, locale: Locale(identifier: "vi")) == .orderedAscending }
        return NationalSummary(year: year, version: version, provinces: provinces, total: total)
    }

    /// The summary as a full evaluation says it: every plan read afresh and judged, nothing
    /// persisted or kept consulted. For tests and benchmarks that compare the two.
    public func freshNationalSummary(year: Int, version: ValueVersion) async throws -> NationalSummary {
        var total = VerdictCounts()
        var provinces: [NationalSummary.Province] = []
        for entry in try await annualPlans(year: year) {
            guard let planID = entry.planID else {
                provinces.append(.init(provinceID: entry.provinceID, province: entry.province))
                continue
            }
            let snapshot = try await freshSnapshot(planID: planID)
            let counts = snapshot.evaluation(version).summary.total
            total.exceeded += counts.exceeded
            total.met += counts.met
            total.missed += counts.missed
            total.undetermined += counts.undetermined
            total.noData += counts.noData
            provinces.append(.init(provinceID: entry.provinceID, province: entry.province, planID: planID, planTitle: snapshot.plan.title,
                                   counts: counts, metOrExceededShare: counts.total == 0 ? nil : Double(counts.metOrExceeded) / Double(counts.total)))
        }
        return NationalSummary(year: year, version: version, provinces: provinces, total: total)
    }

    /// The indicator whose higher-level code is `code`, in every province's annual plan of `year`.
    /// Throws `NationalError.codeNotFound` when no plan of the year holds it.
    public func nationalIndicator(code: String, year: Int, version: ValueVersion) async throws -> IndicatorAcrossProvinces {
        let rows = try await database.sql.raw("""
            SELECT p.id AS plan_id, pi.indicator_id, u.id AS unit_id, u.name AS unit_name,
                   \(Self.rollupState), l.line
            FROM indicators i
            JOIN plan_indicators pi ON pi.indicator_id = i.id
            JOIN plans p ON p.id = pi.plan_id AND p.horizon = 'annual' AND p.start_year = \(bind: year)
            JOIN admin_units u ON u.id = p.unit_id
            LEFT JOIN plan_rollups r ON r.plan_id = p.id AND r.version = \(bind: version.rawValue)
            LEFT JOIN plan_rollup_lines l ON l.plan_id = p.id AND l.version = \(bind: version.rawValue) AND l.indicator_id = pi.indicator_id
            \(Self.planStamps)
            WHERE i.national_code = \(bind: code)
            """).all()
        guard !rows.isEmpty else { throw NationalError.codeNotFound(code: code, year: year) }
        let decoder = JSONDecoder()
        let found = try rows.map { row in
            let current = try Self.isCurrent(row)
            // A current plan without the line: its evaluation has no such line, as a fresh one would not.
            let line: IndicatorEvaluation?? = current
                ? .some(try row.optional("line", as: String.self).map { try decoder.decode(IndicatorEvaluation.self, from: Data($0.utf8)) })
                : .none
            return (planID: try row.decode(column: "plan_id", as: UUID.self), indicatorID: try row.decode(column: "indicator_id", as: UUID.self),
                    provinceID: try row.decode(column: "unit_id", as: UUID.self), province: try row.decode(column: "unit_name", as: String.self),
                    line: line)
        }
        let judged = try await refreshRollups(found.filter { $0.line == nil }.map(\.planID))
        var counts = VerdictCounts()
        var provinces: [IndicatorAcrossProvinces.Province] = []
        for entry in found {
            guard let line = entry.line ?? judged[entry.planID]?.versions[version]?.lines[entry.indicatorID] else { continue }
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
    /// late against the plan's cut-off on `today` (`YYYY-MM-DD`). Three queries while no write
    /// stamped a plan (the counts persisted with the plans' roll-ups), and each stamped plan judged again.
    public func reportingStatus(year: Int, version: ValueVersion, today: String, provinceID: UUID? = nil) async throws -> ReportingStatus {
        let only: SQLQueryString = provinceID.map { "AND u.id = \(bind: $0)" } ?? ""
        let sql = try database.sql
        let rows = try await sql.raw("""
            SELECT u.id AS unit_id, u.name AS unit_name, p.id AS plan_id,
                   \(Self.rollupState), r.plan_title, r.cutoff
            FROM admin_units u
            LEFT JOIN plans p ON p.unit_id = u.id AND p.horizon = 'annual' AND p.start_year = \(bind: year)
            LEFT JOIN plan_rollups r ON r.plan_id = p.id AND r.version = \(bind: version.rawValue)
            \(Self.planStamps)
            WHERE u.level = 'province' \(only)
            """).all()
        var entries: [(provinceID: UUID, province: String, planID: UUID?, persisted: (title: String, cutoff: String?)?)] = []
        for row in rows {
            let planID = try row.optional("plan_id", as: UUID.self)
            let current = try planID != nil && Self.isCurrent(row)
            entries.append((try row.decode(column: "unit_id", as: UUID.self), try row.decode(column: "unit_name", as: String.self), planID,
                            current ? (try row.decode(column: "plan_title", as: String.self), try row.optional("cutoff", as: String.self)) : nil))
        }
        entries.sort { $0.province.compare($1.province, locale: Locale(identifier: "vi")) == .orderedAscending }
        let planIDs = entries.compactMap(\.planID)
        guard !planIDs.isEmpty else { return ReportingStatus(year: year, version: version, provinces: entries.map(Self.emptyStatus)) }
        let judged = try await refreshRollups(entries.filter { $0.planID != nil && $0.persisted == nil }.compactMap(\.planID))
        // Each agency's counts: persisted for current plans, just judged for the others.
        var counts: [UUID: [UUID: (indicators: Int, entered: Int)]] = judged.mapValues { $0.versions[version]?.agencies ?? [:] }
        let current = entries.filter { $0.persisted != nil }.compactMap(\.planID)
        if !current.isEmpty {
            for row in try await sql.raw("""
                SELECT plan_id, agency_id, indicators, entered FROM plan_rollup_agencies
                WHERE plan_id IN (\(binds: current)) AND version = \(bind: version.rawValue)
                """).all() {
                counts[try row.decode(column: "plan_id", as: UUID.self), default: [:]][try row.decode(column: "agency_id", as: UUID.self)] =
                    (try row.decode(column: "indicators", as: Int.self), try row.decode(column: "entered", as: Int.self))
            }
        }
        let agencyIDs = Set(counts.values.flatMap(\.keys))
        var names: [UUID: String] = [:]
        if !agencyIDs.isEmpty {
            for row in try await sql.raw("SELECT id, name FROM agencies WHERE id IN (\(binds: Array(agencyIDs)))").all() {
                names[try row.decode(column: "id", as: UUID.self)] = try row.decode(column: "name", as: String.self)
            }
        }
        let submissions = try await sql.raw("""
            SELECT plan_id, agency_id, status, changed_at FROM submissions
            WHERE plan_id IN (\(binds: planIDs)) AND version = \(bind: version.rawValue)
            """).all()
        var steps: [UUID: [UUID: (status: SubmissionStatus?, at: Date?)]] = [:]
        for row in submissions {
            steps[try row.decode(column: "plan_id", as: UUID.self), default: [:]][try row.decode(column: "agency_id", as: UUID.self)] =
                (SubmissionStatus(rawValue: try row.decode(column: "status", as: String.self)), try row.optional("changed_at", as: Date.self))
        }
        let provinces = entries.map { entry -> ReportingStatus.Province in
            guard let planID = entry.planID,
                  let plan = entry.persisted ?? judged[planID].map({ ($0.title, $0.versions[version]?.cutoff) })
            else { return Self.emptyStatus(entry) }
            let agencies = (counts[planID] ?? [:]).compactMap { agencyID, count -> ReportingStatus.Agency? in
                guard let name = names[agencyID] else { return nil }
                let step = steps[planID]?[agencyID]
                return .init(agencyID: agencyID, agency: name, status: step?.status,
                             statusLabel: step?.status?.label ?? (count.entered > 0 ? SubmissionStatus.draft.label : "Chưa nhập"), changedAt: step?.at,
                             indicators: count.indicators, entered: count.entered, missing: count.indicators - count.entered,
                             late: ReportingDeadline.isLate(status: step?.status, stepDay: step?.at.map(Self.vietnameseDay),
                                                            cutoff: plan.cutoff, today: today))
            }.sorted { $0.agency.compare($1.agency, locale: Locale(identifier: "vi")) == .orderedAscending }
            return .init(provinceID: entry.provinceID, province: entry.province, planID: planID, planTitle: plan.title,
                         cutoff: plan.cutoff, agencies: agencies)
        }
        return ReportingStatus(year: year, version: version, provinces: provinces)
    }

    private static func emptyStatus(_ entry: (provinceID: UUID, province: String, planID: UUID?, persisted: (title: String, cutoff: String?)?)) -> ReportingStatus.Province {
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
