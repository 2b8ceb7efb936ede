import Fluent
import Foundation
import SQLKit
import VeDichCore

extension Store {
    /// The 34 provinces in official order, each with its former provinces: two queries.
    public func provinceRegistry() async throws -> [RegisteredProvince] {
        let sql = try database.sql
        let former = try await sql.raw("SELECT code, name, province_code FROM former_provinces ORDER BY code").all().map { row in
            FormerProvince(code: try row.decode(column: "code", as: String.self), name: try row.decode(column: "name", as: String.self),
                           provinceCode: try row.decode(column: "province_code", as: String.self))
        }
        let byProvince = Dictionary(grouping: former, by: \.provinceCode)
        return try await sql.raw("SELECT code, name, full_name, kind, commune_count FROM province_registry ORDER BY position").all().map { row in
            let code = try row.decode(column: "code", as: String.self)
            return RegisteredProvince(code: code, name: try row.decode(column: "name", as: String.self),
                                      fullName: try row.decode(column: "full_name", as: String.self),
                                      kind: RegisteredProvince.Kind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .province,
                                      communeCount: try row.decode(column: "commune_count", as: Int.self), former: byProvince[code] ?? [])
        }
    }

    /// The commune-level units whose names are known, of one province or all.
    public func registeredCommunes(provinceCode: String? = nil) async throws -> [RegisteredCommune] {
        let filter: SQLQueryString = provinceCode.map { "WHERE province_code = \(bind: $0)" } ?? ""
        return try await database.sql.raw("SELECT code, name, kind, province_code FROM commune_registry \(filter) ORDER BY code").all().map { row in
            RegisteredCommune(code: try row.decode(column: "code", as: String.self), name: try row.decode(column: "name", as: String.self),
                              kind: RegisteredCommune.Kind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .commune,
                              provinceCode: try row.decode(column: "province_code", as: String.self))
        }
    }

    /// The higher-level system's indicators and codes, in code order.
    public func nationalIndicators() async throws -> [NationalIndicator] {
        try await database.sql.raw("SELECT code, name, unit, direction, phrases, checked FROM national_indicators ORDER BY code").all().map { row in
            NationalIndicator(code: try row.decode(column: "code", as: String.self), name: try row.decode(column: "name", as: String.self),
                              unit: try row.decode(column: "unit", as: String.self),
                              direction: Direction(rawValue: try row.decode(column: "direction", as: String.self)) ?? .higher,
                              phrases: try row.decode(column: "phrases", as: String.self).split(separator: "|").map(String.init),
                              checked: try row.decode(column: "checked", as: Bool.self))
        }
    }

    /// The province's row in `admin_units` (what accounts and plans belong to), made from the
    /// registry when the province has none yet; one found by name gets its official code.
    public func provinceUnitID(code: String) async throws -> UUID {
        if let unit = try await AdminUnitRecord.query(on: database).filter(\.$level == "province").filter(\.$code == code).first() {
            return try unit.requireID()
        }
        guard let province = try await provinceRegistry().first(where: { $0.code == code }) else {
            throw GeneratorError.unknownProvinceCode(code)
        }
        if let unit = try await AdminUnitRecord.query(on: database).filter(\.$level == "province").filter(\.$name == province.name).first() {
            unit.code = code
            try await unit.update(on: database)
            return try unit.requireID()
        }
        let unit = AdminUnitRecord(name: province.name, level: "province", code: code)
        try await unit.create(on: database)
        return try unit.requireID()
    }
}
