import Fluent
import Foundation
import VeDichCore

/// One province's generated data, written in one transaction: agencies (sở, ngành and one UBND
/// per commune-level unit), the catalogue, five-year and annual plans with their targets, values
/// of every version and period, and where each agency's figures stand in the workflow.
struct ProvinceGenerator {
    let options: GeneratorOptions
    let province: RegisteredProvince
    let unitID: UUID
    /// The province's commune-level units whose names are known; the rest are numbered.
    let namedCommunes: [RegisteredCommune]
    let budget: Int
    let periodIDs: [Period: UUID]

    static let actor = "sinh-tu-dong"

    /// An indicator of the generated catalogue.
    private struct Indicator {
        var id: UUID
        var template: GeneratedCatalogue.Template
        var name: String
        var agencyID: UUID
        var series: GeneratedSeries?
        var parentID: UUID?
        var code: String
    }

    func run(on database: any Database) async throws -> GenerationSummary {
        let sink = try BulkSinks.make(for: database, order: GeneratedTables.order)
        var ids = IDStreams(seed: options.seed, scope: province.code)
        var random = SeededRandom(seed: options.seed, stream: "province:" + province.code)
        var summary = GenerationSummary()
        summary.provinces = 1
        let years = options.currentYear - options.firstYear + 1

        // Agencies: the sở, ngành, then one UBND per commune-level unit (the official count).
        let existing = Dictionary(try await AgencyRecord.query(on: database).filter(\.$unitID == unitID).all()
            .map { ($0.name, try $0.requireID()) }, uniquingKeysWith: { first, _ in first })
        func agency(_ name: String, kind: String) async throws -> UUID {
            if let id = existing[name] { return id }
            let id = ids.next("agencies")
            try await sink.add(GeneratedTables.agencies, [.id(id), .id(unitID), .text(name), .text(kind)])
            summary.agencies += 1
            return id
        }
        var provincialAgencies: [UUID] = []
        for name in GeneratedCatalogue.agencies { provincialAgencies.append(try await agency(name, kind: "so_nganh")) }
        let communeNames = Self.communeNames(count: province.communeCount, named: namedCommunes)
        var communeAgencies: [UUID] = []
        for name in communeNames { communeAgencies.append(try await agency("UBND " + Self.lowercasedFirst(name), kind: "ubnd_xa")) }

        // The catalogue: the provincial indicators, then as many commune ones as the budget needs.
        var indicators: [Indicator] = []
        var seriesRandom = SeededRandom(seed: options.seed, stream: "series:" + province.code)
        func add(_ template: GeneratedCatalogue.Template, name: String, key: String, agencyID: UUID, parentID: UUID?,
                 code: String, hasValues: Bool, nationalCode: String?) async throws -> UUID {
            let id = ids.next("indicators")
            let direction = template.style.direction
            try await sink.add(GeneratedTables.indicators, [
                .id(id), .id(unitID), .text(key), .text(name), .text(template.unit), .text(direction.rawValue),
                .text("Dữ liệu sinh tự động: \(direction.label)"), .id(agencyID), .optional(nationalCode), .int(0),
            ])
            let series = hasValues ? GeneratedSeries(style: template.style, firstYear: options.firstYear, years: years, random: &seriesRandom) : nil
            indicators.append(Indicator(id: id, template: template, name: name, agencyID: agencyID, series: series, parentID: parentID, code: code))
            return id
        }
        var numbers = [0, 0, 0]
        for template in GeneratedCatalogue.provincial {
            numbers[template.group] += 1
            let code = "\(GeneratedCatalogue.numerals[template.group]).\(numbers[template.group])"
            let agencyID = provincialAgencies[template.agency]
            let headline = try await add(template, name: template.name, key: Self.key(template.name), agencyID: agencyID, parentID: nil,
                                         code: code, hasValues: template.components.isEmpty, nationalCode: template.nationalCode)
            for component in template.components {
                _ = try await add(component, name: component.name, key: Self.key("\(template.name) / \(component.name)"),
                                  agencyID: agencyID, parentID: headline, code: code, hasValues: true, nationalCode: nil)
            }
        }
        let provincialCount = indicators.count
        let slotsProvincial = ValueSlots.all(firstYear: options.firstYear, currentYear: options.currentYear, spans: true)
        let slotsCommune = ValueSlots.all(firstYear: options.firstYear, currentYear: options.currentYear, spans: false)
        let valueBearing = indicators.filter { $0.series != nil }.count
        let provincialSlots = valueBearing * slotsProvincial.count
        let available = communeNames.count * GeneratedCatalogue.commune.count
        let communeCount = budget <= provincialSlots ? 0
            : min(available, (budget - provincialSlots + slotsCommune.count - 1) / slotsCommune.count)
        for index in 0..<communeCount {
            let commune = index / GeneratedCatalogue.commune.count
            let template = GeneratedCatalogue.commune[index % GeneratedCatalogue.commune.count]
            let name = "\(template.name) - \(communeNames[commune])"
            _ = try await add(template, name: name, key: Self.key(name), agencyID: communeAgencies[commune], parentID: nil,
                              code: "IV.\(index + 1)", hasValues: true, nationalCode: nil)
        }
        summary.indicators = indicators.count

        // Plans: the five-year plans, then one per year; commune indicators are in the annual plans.
        var plans: [(id: UUID, period: Period, annual: Bool)] = []
        for span in ValueSlots.fiveYearSpans(firstYear: options.firstYear, currentYear: options.currentYear) {
            plans.append((ids.next("plans"), span, false))
        }
        for year in options.firstYear...options.currentYear { plans.append((ids.next("plans"), .year(year), true)) }
        for plan in plans {
            let start = plan.period.startYear, end = plan.period.endYear
            let title = plan.annual ? "Kế hoạch phát triển kinh tế - xã hội năm \(start)"
                : "Kế hoạch phát triển kinh tế - xã hội 5 năm \(start) - \(end)"
            let cutoffs = plan.annual
                ? "uoc_6_thang=\(start)-06-20\nuoc_ca_nam=\(start)-11-20\nso_bo=\(start + 1)-03-31\nchinh_thuc=\(start + 1)-09-30" : nil
            try await sink.add(GeneratedTables.plans, [
                .id(plan.id), .id(unitID), .text(title), .text(plan.annual ? "annual" : "five_year"), .int(start), .int(end),
                .text(CompositePolicy.strict.rawValue), .date(Self.date(start - 1, 12, 15)), .text(Self.actor), .optional(cutoffs),
            ])
            summary.plans += 1
            var groupIDs: [UUID] = []
            let groupCount = plan.annual && communeCount > 0 ? 4 : 3
            for position in 0..<groupCount {
                let id = ids.next("indicator_groups")
                groupIDs.append(id)
                try await sink.add(GeneratedTables.groups, [
                    .id(id), .id(plan.id), .text(GeneratedCatalogue.numerals[position]), .text(GeneratedCatalogue.groups[position]), .int(position),
                ])
            }
            for (position, indicator) in indicators.enumerated() where plan.annual || position < provincialCount {
                try await sink.add(GeneratedTables.placements, [
                    .id(ids.next("plan_indicators")), .id(plan.id), .id(indicator.id), .id(groupIDs[indicator.template.group]),
                    .text(indicator.code), .optional(indicator.parentID), .int(position + 1),
                ])
                guard let series = indicator.series else { continue }
                var issuers = [TargetIssuer.provincialCouncil]
                if !plan.annual, indicator.template.nationalCode != nil || indicator.parentID != nil { issuers.append(.central) }
                for issuer in issuers {
                    // About seven in ten targets met, as provinces' reports read ("đạt và vượt 14/18").
                    let ambition = random.noise(0.035) - (issuer == .central ? 0.025 : 0.018)
                    let figure = series.target(plan.period, form: random.unit(), ambition: ambition)
                    try await sink.add(GeneratedTables.targets, [.id(ids.next("targets")), .id(plan.id), .id(indicator.id), .text(issuer.label)]
                        + GeneratedTables.cells(figure) + [.text(Self.actor), .date(Self.date(start - 1, 12, 10)), .int(1)])
                    summary.targets += 1
                }
            }
        }

        // Values: every slot of every indicator once, then extra revisions, to exactly `budget`.
        let bearing = indicators.filter { $0.series != nil }
        let totalSlots = bearing.enumerated().reduce(0) { sum, item in
            sum + (item.offset < valueBearing ? slotsProvincial.count : slotsCommune.count)
        }
        let extra = max(0, budget - totalSlots)
        let perSlot = totalSlots == 0 ? 0 : extra / totalSlots, spare = totalSlots == 0 ? 0 : extra % totalSlots
        var written = 0, ordinal = 0
        func emit(_ indicator: Indicator, _ slot: ValueSlots.Slot, revisions: Int) async throws {
            guard let series = indicator.series, let periodID = periodIDs[slot.period] else { return }
            var previous: GeneratedFigure?
            for revision in 1...revisions {
                var figure = series.value(slot.period, slot.version, revision: revision, of: revisions, random: &random)
                let withdrawn = revision == revisions && revisions > 1 && random.chance(0.01)
                if withdrawn, let previous { figure = previous }
                try await sink.add(GeneratedTables.observations, [
                    .id(ids.next("observations")), .id(indicator.id), .id(periodID), .text(slot.version.rawValue), .int(revision),
                ] + GeneratedTables.cells(figure) + [
                    .id(indicator.agencyID), .text(Self.actor), .date(Self.recorded(slot, revision: revision)), withdrawn ? .bool(true) : .null,
                ])
                previous = figure
            }
            written += revisions
        }
        if communeCount == 0 {
            // Too few values for every slot: the most used slots of every provincial indicator first.
            slotLoop: for slot in slotsProvincial {
                for indicator in bearing {
                    if written >= budget { break slotLoop }
                    try await emit(indicator, slot, revisions: 1)
                }
            }
        } else {
            indicatorLoop: for (index, indicator) in bearing.enumerated() {
                for slot in index < valueBearing ? slotsProvincial : slotsCommune {
                    if written >= budget { break indicatorLoop }
                    let revisions = min(budget - written, 1 + perSlot + (ordinal < spare ? 1 : 0))
                    ordinal += 1
                    try await emit(indicator, slot, revisions: revisions)
                }
            }
        }
        summary.observations = written

        // Where each agency's figures stand, per annual plan and version.
        for plan in plans where plan.annual {
            let year = plan.period.startYear
            let versions: [ValueVersion] = year < options.currentYear ? ValueVersion.allCases : [.firstHalfEstimate, .fullYearEstimate]
            var agencies: [UUID] = []
            var seen = Set<UUID>()
            for indicator in indicators where seen.insert(indicator.agencyID).inserted { agencies.append(indicator.agencyID) }
            for agencyID in agencies {
                for version in versions {
                    let status = Self.status(year: year, version: version, currentYear: options.currentYear, random: &random)
                    let cutoff = Self.cutoff(year: year, version: version)
                    let late = random.chance(0.15)
                    let changedAt = cutoff.addingTimeInterval((late ? random.between(1, 20) : -random.between(1, 15)) * 86_400)
                    try await sink.add(GeneratedTables.submissions, [
                        .id(ids.next("submissions")), .id(plan.id), .id(agencyID), .text(Period.Kind.year.rawValue), .int(year), .int(year),
                        .text(version.rawValue), .text(status.rawValue),
                        status == .returned ? .text("Đề nghị rà soát lại số liệu trước khi gửi lại") : .null,
                        .text(Self.actor), .date(changedAt), .int(status == .draft ? 0 : status == .submitted ? 1 : 2),
                    ])
                    summary.submissions += 1
                }
            }
        }

        try await sink.add(GeneratedTables.changes, [
            .id(ids.next("change_log")), .date(Self.date(options.currentYear, 11, 29)), .text(Self.actor), .text("unit"), .id(unitID),
            .text("dữ liệu sinh tự động"), .text("\(written) giá trị, \(indicators.count) chỉ tiêu, \(plans.count) kế hoạch"),
            .text("vedich generate --provinces \(options.provinces) --observations \(options.observations) --seed \(options.seed)"),
        ])
        try await sink.flush()
        return summary
    }

    // MARK: Names, dates, statuses

    /// The known names first (in code order), then "Xã số 12": only the count is official for
    /// the provinces whose commune list VeDich does not ship.
    static func communeNames(count: Int, named: [RegisteredCommune]) -> [String] {
        var names = named.prefix(count).map(\.name)
        var number = 0
        while names.count < count {
            number += 1
            names.append("Xã số \(number)")
        }
        return names
    }

    static func lowercasedFirst(_ name: String) -> String {
        guard let first = name.first else { return name }
        return first.lowercased() + name.dropFirst()
    }

    static func key(_ name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// 08:00 UTC of a day, by arithmetic (days from the civil date): called for every value, where
    /// a Calendar would cost more than the rest of the row.
    static func date(_ year: Int, _ month: Int, _ day: Int) -> Date {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return Date(timeIntervalSince1970: Double(days * 86_400 + 8 * 3_600))
    }

    /// The data cut-off of a version of year `year` (the plans' `data_cutoffs`).
    static func cutoff(year: Int, version: ValueVersion) -> Date {
        switch version {
        case .firstHalfEstimate: date(year, 6, 20)
        case .fullYearEstimate: date(year, 11, 20)
        case .preliminary: date(year + 1, 3, 31)
        case .official: date(year + 1, 9, 30)
        }
    }

    static func recorded(_ slot: ValueSlots.Slot, revision: Int) -> Date {
        cutoff(year: slot.period.endYear, version: slot.version).addingTimeInterval(Double(revision - 8) * 86_400)
    }

    static func status(year: Int, version: ValueVersion, currentYear: Int, random: inout SeededRandom) -> SubmissionStatus {
        let draw = random.unit()
        func pick(_ weights: [(SubmissionStatus, Double)]) -> SubmissionStatus {
            var sum = 0.0
            for (status, weight) in weights {
                sum += weight
                if draw < sum { return status }
            }
            return weights.last?.0 ?? .draft
        }
        if year <= currentYear - 2 { return pick([(.approved, 0.97), (.submitted, 0.03)]) }
        if year == currentYear - 1 {
            switch version {
            case .firstHalfEstimate, .fullYearEstimate: return pick([(.approved, 0.9), (.submitted, 0.1)])
            case .preliminary: return pick([(.approved, 0.6), (.submitted, 0.25), (.returned, 0.1), (.draft, 0.05)])
            case .official: return pick([(.approved, 0.4), (.submitted, 0.3), (.returned, 0.1), (.draft, 0.2)])
            }
        }
        return version == .firstHalfEstimate
            ? pick([(.approved, 0.7), (.submitted, 0.2), (.returned, 0.1)])
            : pick([(.draft, 0.55), (.submitted, 0.3), (.returned, 0.15)])
    }
}

/// Ids per table, the same for the same seed and province.
struct IDStreams {
    let seed: UInt64
    let scope: String
    private var streams: [String: SequentialIDs] = [:]

    init(seed: UInt64, scope: String) {
        self.seed = seed
        self.scope = scope
    }

    mutating func next(_ table: String) -> UUID {
        var stream = streams[table] ?? SequentialIDs(seed: seed, table: table + ":" + scope)
        let id = stream.next()
        streams[table] = stream
        return id
    }
}
