import FluentKit
import Foundation
import SQLKit
import Testing
import VeDichCore
@testable import VeDichStore

/// `vedich generate` on a small set (two provinces, 6 000 values): exact, repeatable, and data the
/// app reads like any province's — plans judged, texts that read as their stored bounds.
@Suite struct GeneratorTests {
    static let small = GeneratorOptions(provinces: 2, observations: 6_000, seed: 7)

    static func count(_ table: String, _ database: any Database) async throws -> Int {
        try await (database as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM \(ident: table)").first()!.decode(column: "n", as: Int.self)
    }

    @Test(arguments: Engine.allCases)
    func writesExactlyTheValuesAskedForInTheFirstProvinces(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            let summary = try await DataGenerator(options: Self.small).generate(into: database)
            #expect(summary.observations == 6_000)
            #expect(try await Self.count("observations", database) == 6_000)
            let sql = database as! any SQLDatabase
            let units = try await sql.raw("SELECT name, code FROM admin_units WHERE level = 'province' ORDER BY code").all()
                .map { "\(try $0.decode(column: "code", as: String.self)) \(try $0.decode(column: "name", as: String.self))" }
            #expect(units == ["01 Hà Nội", "04 Cao Bằng"], "the first two of the 34, by official code")
            // Two five-year plans (2016-2020, 2021-2025) and one per year 2016-2026, per province.
            #expect(try await Self.count("plans", database) == 2 * 13)
            #expect(summary.targets == (try await Self.count("targets", database)))
            // Every province gets its official number of commune-level units, each with its UBND.
            let communeAgencies = try await sql.raw("SELECT COUNT(*) AS n FROM agencies WHERE kind = 'ubnd_xa'").first()!.decode(column: "n", as: Int.self)
            #expect(communeAgencies == 126 + 56, "Hà Nội 126 and Cao Bằng 56 commune-level units")
        }
    }

    @Test(arguments: Engine.allCases)
    func theSameSeedWritesTheSameRows(_ engine: Engine) async throws {
        var digests: [String] = []
        for seed: UInt64 in [7, 7, 8] {
            try await TestDatabase.withDatabase(engine) { database, _ in
                var options = Self.small
                options.seed = seed
                _ = try await DataGenerator(options: options).generate(into: database)
                digests.append(try await Self.digest(database))
            }
        }
        #expect(digests[0] == digests[1], "seed 7 twice")
        #expect(digests[0] != digests[2], "seed 8 differs from seed 7")
    }

    /// Every generated row of the data tables, ids included, in id order.
    static func digest(_ database: any Database) async throws -> String {
        let sql = database as! any SQLDatabase
        var lines: [String] = []
        for (table, columns) in [
            ("admin_units", "id, code, name"), ("agencies", "id, unit_id, name, kind"),
            ("indicators", "id, key, national_code, agency_id"), ("plans", "id, title, data_cutoffs"),
            ("targets", "id, indicator_id, issuer, figure_text"), ("submissions", "id, agency_id, version, status"),
            ("observations", "id, indicator_id, period_id, version, revision, figure_text, withdrawn"),
        ] {
            for row in try await sql.raw("SELECT \(unsafeRaw: columns) FROM \(ident: table) ORDER BY id").all() {
                lines.append(table + ": " + row.allColumns.map { column in
                    if (try? row.decodeNil(column: column)) == true { return "NULL" }
                    if let id = try? row.decode(column: column, as: UUID.self) { return id.uuidString }
                    if let text = try? row.decode(column: column, as: String.self) { return text }
                    if let number = try? row.decode(column: column, as: Int.self) { return String(number) }
                    return (try? row.decode(column: column, as: Bool.self)).map { String($0) } ?? "?"
                }.joined(separator: "|"))
            }
        }
        return lines.joined(separator: "\n")
    }

    @Test(arguments: Engine.allCases)
    func everyStoredTextReadsAsItsStoredBounds(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            _ = try await DataGenerator(options: Self.small).generate(into: database)
            let sql = database as! any SQLDatabase
            var forms = Set<String>()
            for table in ["targets", "observations"] {
                let rows = try await sql.raw("""
                    SELECT figure_text, figure_form, figure_lower, figure_lower_inclusive, figure_upper, figure_upper_inclusive FROM \(ident: table)
                    """).all()
                for row in rows {
                    let text = try row.decode(column: "figure_text", as: String.self)
                    let figure = try Figure.parse(text)
                    forms.insert(text.hasPrefix("≥") ? "≥" : text.hasPrefix("<") ? "<" : text.contains(" - ") ? "range" : "point")
                    #expect(figure.form.rawValue == (try row.decode(column: "figure_form", as: String.self)), "\(table) “\(text)”")
                    let lower = try row.decodeNil(column: "figure_lower") ? nil : try row.decode(column: "figure_lower", as: Double.self)
                    let upper = try row.decodeNil(column: "figure_upper") ? nil : try row.decode(column: "figure_upper", as: Double.self)
                    #expect(Self.same(figure.interval.lower?.value, lower) && Self.same(figure.interval.upper?.value, upper),
                            "\(table) “\(text)” reads as \(figure.interval), stored \(String(describing: lower)) … \(String(describing: upper))")
                }
            }
            #expect(forms == ["≥", "<", "range", "point"], "targets as plans write them: “7 - 7,5”, “≥5”, “<3”, “4.400”")
        }
    }

    static func same(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case let (a?, b?): abs(a - b) <= 1e-9 * max(1, abs(a))
        default: false
        }
    }

    @Test(arguments: Engine.allCases)
    func generatedPlansAreJudgedLikeAnyPlan(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            _ = try await DataGenerator(options: Self.small).generate(into: database)
            let store = Store(database: database)
            let plans = try await store.plans().filter { $0.province == "Hà Nội" }
            let year = try #require(plans.first { $0.horizon == "annual" && $0.startYear == 2025 })
            let evaluation = try await store.evaluation(planID: year.id, version: .fullYearEstimate)
            let verdicts = Set(evaluation.indicators.map(\.verdict))
            #expect(verdicts.contains(.missed) && (verdicts.contains(.met) || verdicts.contains(.exceeded)),
                    "2025 Hà Nội: \(evaluation.summaryText)")
            let growth = try #require(evaluation.indicators.first { $0.name == "Tốc độ tăng trưởng kinh tế (GRDP)" })
            #expect(growth.target != nil && growth.value != nil, "“\(growth.name)”: \(growth.reason)")
            let fiveYears = try #require(plans.first { $0.horizon == "five_year" && $0.startYear == 2021 })
            let official = try await store.evaluation(planID: fiveYears.id, version: .official)
            let structure = try #require(official.indicators.first { $0.name == "Cơ cấu kinh tế" })
            #expect(structure.components.count == 3, "“Cơ cấu kinh tế” has its three shares as components")
            #expect(official.indicators.allSatisfy { $0.verdict != .noData }, "2021-2025: every indicator has an official value")
        }
    }

    @Test(arguments: Engine.allCases)
    func provincialIndicatorsCarryTheCodesTheImporterWouldGiveThem(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            _ = try await DataGenerator(options: Self.small).generate(into: database)
            let table = try await Store(database: database).nationalIndicators()
            let rows = try await (database as! any SQLDatabase).raw("""
                SELECT name, measure_unit, national_code FROM indicators WHERE national_code IS NOT NULL
                """).all()
            #expect(rows.count == 2 * 22, "22 national indicators in each of the two provinces")
            for row in rows {
                let name = try row.decode(column: "name", as: String.self)
                let recognised = NationalIndicator.recognise(name: name, unit: try row.decode(column: "measure_unit", as: String.self), among: table)
                #expect(recognised?.code == (try row.decode(column: "national_code", as: String.self)), "“\(name)”")
            }
        }
    }

    @Test(arguments: Engine.allCases)
    func workflowStatesAndCutoffsAreThere(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            _ = try await DataGenerator(options: Self.small).generate(into: database)
            let statuses = try await (database as! any SQLDatabase).raw("SELECT DISTINCT status FROM submissions").all()
                .map { try $0.decode(column: "status", as: String.self) }
            #expect(Set(statuses) == Set(SubmissionStatus.allCases.map(\.rawValue)))
            let plan = try #require(try await Store(database: database).plans().first { $0.horizon == "annual" && $0.startYear == 2026 })
            #expect(plan.dataCutoffs[.fullYearEstimate] == "2026-11-20")
        }
    }

    @Test(arguments: Engine.allCases)
    func aProvinceWithDataIsRefusedAndNothingIsWritten(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            let first = try await DataGenerator(options: GeneratorOptions(provinces: 1, observations: 3_000, seed: 1)).generate(into: database)
            let before = try await Self.count("observations", database)
            await #expect(throws: GeneratorError.provinceHasData(province: "Hà Nội", plans: 13, indicators: first.indicators)) {
                _ = try await DataGenerator(options: Self.small).generate(into: database)
            }
            #expect(try await Self.count("observations", database) == before)
            #expect(try await Self.count("plans", database) == 13, "Cao Bằng was not generated either")
        }
    }

    @Test(arguments: [(2024, 2, 29, "2024-02-29 08:00:00+00"), (2026, 11, 20, "2026-11-20 08:00:00+00"), (2016, 1, 1, "2016-01-01 08:00:00+00")])
    func datesAreWrittenAsCopyReadsThem(_ year: Int, _ month: Int, _ day: Int, _ text: String) {
        #expect(CopySink.timestamp(ProvinceGenerator.date(year, month, day)) == text)
    }
}
