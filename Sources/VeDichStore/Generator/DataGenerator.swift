import Fluent
import Foundation
import SQLKit
import VeDichCore

/// `vedich generate`: realistic synthetic data for the first N of the 34 provinces — their
/// agencies and commune-level units, catalogues with national codes, five-year and annual plans
/// with targets as plans write them, values of every version and period, workflow states — into
/// SQLite (multi-row INSERTs) or PostgreSQL (COPY), one transaction per province. The same seed
/// gives the same rows, ids included.
public struct DataGenerator: Sendable {
    public let options: GeneratorOptions

    public init(options: GeneratorOptions) {
        self.options = options
    }

    /// - Parameter progress: told after each province (a line for the console).
    public func generate(into database: any Database, progress: @Sendable (String) -> Void = { _ in }) async throws -> GenerationSummary {
        let started = Date()
        guard options.observations > 0 else { throw GeneratorError.observationCount(asked: options.observations) }
        let store = Store(database: database)
        let registry = try await store.provinceRegistry()
        guard (1...max(1, registry.count)).contains(options.provinces), options.provinces <= registry.count else {
            throw GeneratorError.provinceCount(asked: options.provinces, available: registry.count)
        }
        let chosen = Array(registry.prefix(options.provinces))
        // Every province is checked before anything is written.
        var units: [String: UUID] = [:]
        for province in chosen {
            guard let unit = try await existingUnit(province, on: database) else { continue }
            let id = try unit.requireID()
            let plans = try await PlanRecord.query(on: database).filter(\.$unitID == id).count()
            let indicators = try await IndicatorRecord.query(on: database).filter(\.$unitID == id).count()
            guard plans == 0, indicators == 0 else {
                throw GeneratorError.provinceHasData(province: province.name, plans: plans, indicators: indicators)
            }
            units[province.code] = id
        }
        let periodIDs = try await periods(on: database)
        let communes = try await store.registeredCommunes()
        var summary = GenerationSummary()
        for (index, province) in chosen.enumerated() {
            let budget = options.observations / chosen.count + (index < options.observations % chosen.count ? 1 : 0)
            var unitID: UUID
            if let existing = units[province.code] { unitID = existing } else { unitID = try await createUnit(province, on: database) }
            let generator = ProvinceGenerator(options: options, province: province, unitID: unitID,
                                              namedCommunes: communes.filter { $0.provinceCode == province.code },
                                              budget: budget, periodIDs: periodIDs)
            let part = try await database.transaction { transaction in try await generator.run(on: transaction) }
            summary.add(part)
            progress("\(province.fullName): \(part.indicators) chỉ tiêu, \(part.observations) giá trị "
                     + "(\(index + 1)/\(chosen.count), \(String(format: "%.0f", Date().timeIntervalSince(started))) giây)")
        }
        try await store.bumpGeneration()
        // The national roll-ups of every generated annual plan, judged once here by the core
        // (the provinces' own evaluation) and persisted, so the first national read judges nothing.
        let generated = try await database.sql.raw("""
            SELECT id FROM admin_units WHERE level = 'province' AND code IN (\(binds: chosen.map(\.code)))
            """).all().map { try $0.decode(column: "id", as: UUID.self) }
        try await store.refreshAllRollups(unitIDs: generated) { done, all in
            if done == all || done % 40 == 0 { progress("Tổng hợp cả nước: đã đánh giá \(done)/\(all) kế hoạch năm") }
        }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    private func existingUnit(_ province: RegisteredProvince, on database: any Database) async throws -> AdminUnitRecord? {
        if let unit = try await AdminUnitRecord.query(on: database).filter(\.$level == "province").filter(\.$code == province.code).first() {
            return unit
        }
        guard let unit = try await AdminUnitRecord.query(on: database).filter(\.$level == "province").filter(\.$name == province.name).first()
        else { return nil }
        unit.code = province.code
        try await unit.update(on: database)
        return unit
    }

    private func createUnit(_ province: RegisteredProvince, on database: any Database) async throws -> UUID {
        var ids = IDStreams(seed: options.seed, scope: province.code)
        let unit = AdminUnitRecord(name: province.name, level: "province", code: province.code)
        unit.id = ids.next("admin_units")
        try await unit.create(on: database)
        return try unit.requireID()
    }

    /// The periods values are given for, found or made (a made one's id comes from the seed).
    private func periods(on database: any Database) async throws -> [Period: UUID] {
        var result: [Period: UUID] = [:]
        for record in try await PeriodRecord.query(on: database).all() {
            guard let kind = Period.Kind(rawValue: record.kind) else { continue }
            result[Period(kind: kind, startYear: record.startYear, endYear: record.endYear)] = try record.requireID()
        }
        var ids = IDStreams(seed: options.seed, scope: "periods")
        for period in ValueSlots.periods(firstYear: options.firstYear, currentYear: options.currentYear) where result[period] == nil {
            let record = PeriodRecord(kind: period.kind.rawValue, startYear: period.startYear, endYear: period.endYear)
            record.id = ids.next("periods")
            try await record.create(on: database)
            result[period] = try record.requireID()
        }
        return result
    }
}

extension GenerationSummary {
    mutating func add(_ other: GenerationSummary) {
        provinces += other.provinces
        agencies += other.agencies
        indicators += other.indicators
        plans += other.plans
        targets += other.targets
        observations += other.observations
        submissions += other.submissions
    }
}
