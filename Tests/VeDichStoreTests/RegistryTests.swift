import FluentKit
import Foundation
import SQLKit
import Testing
import VeDichCore
import VeDichStore

/// The administrative units and national codes shipped as data: the 34 provinces since 1/7/2025,
/// the 63 before and where each went, and the codes the importer gives recognised indicators.
@Suite struct RegistryTests {
    @Test(arguments: Engine.allCases)
    func theThirtyFourProvincesWithTheirCommuneCounts(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            let provinces = try await Store(database: database).provinceRegistry()
            #expect(provinces.count == 34)
            #expect(provinces.filter { $0.kind == .province }.count == 28 && provinces.filter { $0.kind == .city }.count == 6)
            #expect(provinces.map(\.communeCount).reduce(0, +) == 3_321, "3 321 commune-level units since 1/7/2025")
            let langSon = try #require(provinces.first { $0.code == "20" })
            #expect(langSon.name == "Lạng Sơn" && langSon.communeCount == 65 && langSon.former.map(\.name) == ["Lạng Sơn"])
            let hoChiMinh = try #require(provinces.first { $0.code == "79" })
            #expect(Set(hoChiMinh.former.map(\.name)) == ["Bình Dương", "Bà Rịa - Vũng Tàu", "Hồ Chí Minh"])
        }
    }

    @Test(arguments: Engine.allCases)
    func everyFormerProvinceIsPartOfExactlyOneNewOne(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            let provinces = try await Store(database: database).provinceRegistry()
            let former = provinces.flatMap(\.former)
            #expect(former.count == 63 && Set(former.map(\.code)).count == 63)
            #expect(provinces.allSatisfy { !$0.former.isEmpty }, "each of the 34 is formed from at least one former province")
            #expect(provinces.filter { $0.former.count == 1 }.count == 11, "11 provinces kept their borders")
        }
    }

    @Test(arguments: Engine.allCases)
    func namedCommunesMatchTheOfficialCounts(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            let store = Store(database: database)
            let langSon = try await store.registeredCommunes(provinceCode: "20")
            #expect(langSon.count == 65, "Lạng Sơn's 65 xã, phường are named")
            #expect(langSon.filter { $0.kind == .ward }.map(\.name).sorted() == ["Phường Kỳ Lừa", "Phường Lương Văn Tri", "Phường Tam Thanh", "Phường Đông Kinh"])
            let zones = try await store.registeredCommunes().filter { $0.kind == .specialZone }
            #expect(zones.count == 13, "13 đặc khu")
        }
    }

    @Test(arguments: Engine.allCases)
    func theSeedsProvinceAndIndicatorsGetTheirCodesAtImport(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            try await Seed.importSeed(into: database)
            let sql = database as! any SQLDatabase
            let code = try await sql.raw("SELECT code FROM admin_units WHERE name = 'Lạng Sơn'").first()?.decode(column: "code", as: String?.self)
            #expect(code == "20")
            let coded = try await sql.raw("SELECT name, national_code FROM indicators WHERE national_code IS NOT NULL").all()
                .map { (try $0.decode(column: "name", as: String.self), try $0.decode(column: "national_code", as: String.self)) }
            let growth = try #require(coded.first { $0.0.hasPrefix("Tốc độ tăng tổng sản phẩm trên địa bàn") },
                                      "recognised: \(coded.map { "\($0.0) → \($0.1)" })")
            #expect(growth.1 == "0503")
            #expect(!coded.contains { $0.0.lowercased().contains("mức giảm") }, "a reduction is not the rate itself")
            let logged = try await sql.raw("SELECT COUNT(*) AS n FROM change_log WHERE field = 'mã số ở hệ thống cấp cao hơn'").first()!
                .decode(column: "n", as: Int.self)
            #expect(logged == coded.count, "every code written at import is in the change log")
        }
    }

    @Test
    func recognisingAnIndicatorTakesTheLongestPhraseAndTheSameKindOfUnit() throws {
        let table = [
            NationalIndicator(code: "0501", name: "GRDP", unit: "tỷ đồng", direction: .higher, phrases: ["quy mô grdp"], checked: true),
            NationalIndicator(code: "0503", name: "Tốc độ tăng GRDP", unit: "%", direction: .higher,
                              phrases: ["tốc độ tăng tổng sản phẩm", "tăng trưởng grdp"], checked: false),
            NationalIndicator(code: "2003", name: "Tỷ lệ hộ nghèo", unit: "%", direction: .lower, phrases: ["tỷ lệ hộ nghèo"], checked: false),
        ]
        #expect(NationalIndicator.recognise(name: "Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)", unit: "%", among: table)?.code == "0503")
        #expect(NationalIndicator.recognise(name: "Quy mô GRDP", unit: "tỷ đồng", among: table)?.code == "0501")
        #expect(NationalIndicator.recognise(name: "Quy mô GRDP", unit: "%", among: table) == nil, "a share is not an amount")
        #expect(NationalIndicator.recognise(name: "Mức giảm tỷ lệ hộ nghèo", unit: "%", among: table) == nil)
        #expect(NationalIndicator.recognise(name: "Tỷ lệ hộ nghèo", unit: nil, among: table)?.code == "2003")
    }
}
