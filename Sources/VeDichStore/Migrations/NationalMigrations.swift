import Fluent
import SQLKit
import VeDichCore

/// The official list of the 34 provinces since 1/7/2025 (code, name, kind, commune count): the
/// ministry's pages list every one of them, reporting or not. `admin_units.code` of a province
/// that uses VeDich is one of these codes.
struct CreateProvinceRegistry: AsyncMigration {
    var name: String { "national_01_province_registry" }
    func prepare(on database: any Database) async throws {
        try await database.schema("province_registry")
            .field("code", .string, .identifier(auto: false))
            .field("name", .string, .required)
            .field("full_name", .string, .required)
            .field("kind", .string, .required)
            .field("commune_count", .int, .required)
            .field("position", .int, .required)
            .create()
    }
    func revert(on database: any Database) async throws { try await database.schema("province_registry").delete() }
}

/// The 63 provinces before 1/7/2025 and the province each is part of since, so 2021-2025 series compare.
struct CreateFormerProvinces: AsyncMigration {
    var name: String { "national_02_former_provinces" }
    func prepare(on database: any Database) async throws {
        try await database.schema("former_provinces")
            .field("code", .string, .identifier(auto: false))
            .field("name", .string, .required)
            .field("province_code", .string, .required, .references("province_registry", "code"))
            .create()
    }
    func revert(on database: any Database) async throws { try await database.schema("former_provinces").delete() }
}

/// Commune-level units whose names VeDich ships (not all 3 321: the count per province is in
/// `province_registry.commune_count`).
struct CreateCommuneRegistry: AsyncMigration {
    var name: String { "national_03_commune_registry" }
    func prepare(on database: any Database) async throws {
        try await database.schema("commune_registry")
            .field("code", .string, .identifier(auto: false))
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("province_code", .string, .required, .references("province_registry", "code"))
            .create()
    }
    func revert(on database: any Database) async throws { try await database.schema("commune_registry").delete() }
}

/// The higher-level system's indicators and codes a province's indicators are lined up by.
/// `phrases`: lower-case phrases separated by `|`.
struct CreateNationalIndicators: AsyncMigration {
    var name: String { "national_04_national_indicators" }
    func prepare(on database: any Database) async throws {
        try await database.schema("national_indicators")
            .field("code", .string, .identifier(auto: false))
            .field("name", .string, .required)
            .field("unit", .string, .required)
            .field("direction", .string, .required)
            .field("phrases", .string, .required)
            .field("checked", .bool, .required)
            .create()
    }
    func revert(on database: any Database) async throws { try await database.schema("national_indicators").delete() }
}

/// Copies the shipped reference data into the tables above, and gives each province already in
/// `admin_units` its official code (matched by name, "Lạng Sơn" or "Tỉnh Lạng Sơn").
struct LoadReferenceData: AsyncMigration {
    var name: String { "national_05_load_reference_data" }

    func prepare(on database: any Database) async throws {
        let tables = try ReferenceData.tables()
        let sql = try database.sql
        // One statement per table: a few hundred rows, no per-row round trip.
        try await Self.insert(sql, into: "province_registry", ["code", "name", "full_name", "kind", "commune_count", "position"],
                              tables.provinces.enumerated().map { position, province in
                                  [SQLBind(province.code), SQLBind(province.name), SQLBind(province.fullName), SQLBind(province.kind.rawValue),
                                   SQLBind(province.communeCount), SQLBind(position)]
                              })
        try await Self.insert(sql, into: "former_provinces", ["code", "name", "province_code"],
                              tables.formerProvinces.map { [SQLBind($0.code), SQLBind($0.name), SQLBind($0.provinceCode)] })
        try await Self.insert(sql, into: "commune_registry", ["code", "name", "kind", "province_code"],
                              tables.communes.map { [SQLBind($0.code), SQLBind($0.name), SQLBind($0.kind.rawValue), SQLBind($0.provinceCode)] })
        try await Self.insert(sql, into: "national_indicators", ["code", "name", "unit", "direction", "phrases", "checked"],
                              tables.nationalIndicators.map {
                                  [SQLBind($0.code), SQLBind($0.name), SQLBind($0.unit), SQLBind($0.direction.rawValue),
                                   SQLBind($0.phrases.joined(separator: "|")), SQLBind($0.checked)]
                              })
        for unit in try await AdminUnitRecord.query(on: database).filter(\.$level == "province").all() where unit.code == nil {
            guard let province = ProvinceNames.registered(named: unit.name, in: tables.provinces) else { continue }
            unit.code = province.code
            try await unit.update(on: database)
        }
    }

    private static func insert(_ sql: any SQLDatabase, into table: String, _ columns: [String], _ rows: [[SQLBind]]) async throws {
        guard !rows.isEmpty else { return }
        let builder = sql.insert(into: table).columns(columns)
        for row in rows { builder.values(row.map { $0 as any SQLExpression }) }
        try await builder.run()
    }

    func revert(on database: any Database) async throws {
        for table in ["national_indicators", "commune_registry", "former_provinces", "province_registry"] {
            try await database.sql.raw("DELETE FROM \(ident: table)").run()
        }
    }
}
