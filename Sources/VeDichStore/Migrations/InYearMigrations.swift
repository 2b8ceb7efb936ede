import Fluent
import Foundation
import SQLKit
import VeDichCore

/// What kind of figure an indicator is (`ValueNature`: rate, level, flow; NULL: guessed from its
/// name and unit until the office sets it) and the first half's share of the year (w) the office
/// sets for a growth rate whose base-year levels are not on record.
struct InYearIndicatorNature: AsyncMigration {
    var name: String { "inyear_01_indicator_nature" }
    func prepare(on database: any Database) async throws {
        try await database.schema("indicators").field("value_nature", .string).update()
        try await database.schema("indicators").field("first_half_share", .double).update()
    }
    func revert(on database: any Database) async throws {
        try await database.schema("indicators").deleteField("first_half_share").update()
        try await database.schema("indicators").deleteField("value_nature").update()
    }
}

/// "Ước 6 tháng" used to be a version of the whole year's value, so a half-year's tourists were
/// judged against the year's target. It is the first half's value: every such row moves to the
/// year's first-half period, keeping its version ("uoc_6_thang", an estimate), its revisions, its
/// author, time and note, so history reads as before. Where the first half already holds rows of
/// that version, the moved revisions are numbered after them. The change log is append-only and
/// keeps its rows; one line per year moved says what happened.
struct InYearFirstHalfEstimates: AsyncMigration {
    var name: String { "inyear_02_first_half_estimates" }

    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        let version = ValueVersion.firstHalfEstimate.rawValue
        let yearPeriods = try await sql.raw("""
            SELECT DISTINCT pe.id, pe.start_year FROM periods pe JOIN observations o ON o.period_id = pe.id
            WHERE pe.kind = \(bind: Period.Kind.year.rawValue) AND o.version = \(bind: version)
            """).all().map { (try $0.decode(column: "id", as: UUID.self), try $0.decode(column: "start_year", as: Int.self)) }
        for (yearPeriodID, year) in yearPeriods {
            let half = Period.half(1, year)
            let halfID: UUID
            if let found = try await sql.raw("""
                SELECT id FROM periods WHERE kind = \(bind: half.storageKind) AND start_year = \(bind: year) AND end_year = \(bind: year)
                """).first(decoding: IDRow.self) {
                halfID = found.id
            } else {
                halfID = UUID()
                try await sql.raw("""
                    INSERT INTO periods (id, kind, start_year, end_year) VALUES (\(bind: halfID), \(bind: half.storageKind), \(bind: year), \(bind: year))
                    """).run()
            }
            // Indicators whose first half already has rows of this version: their moved revisions go after those.
            let offsets = try await sql.raw("""
                SELECT indicator_id, MAX(revision) AS top FROM observations
                WHERE period_id = \(bind: halfID) AND version = \(bind: version) GROUP BY indicator_id
                """).all().map { (try $0.decode(column: "indicator_id", as: UUID.self), try $0.decode(column: "top", as: Int.self)) }
            for (indicatorID, top) in offsets {
                try await sql.raw("""
                    UPDATE observations SET period_id = \(bind: halfID), revision = revision + \(bind: top)
                    WHERE period_id = \(bind: yearPeriodID) AND version = \(bind: version) AND indicator_id = \(bind: indicatorID)
                    """).run()
            }
            try await sql.raw("""
                UPDATE observations SET period_id = \(bind: halfID) WHERE period_id = \(bind: yearPeriodID) AND version = \(bind: version)
                """).run()
            let change = ChangeRecord()
            change.at = Date()
            change.actor = "vedich (chuyển đổi dữ liệu)"
            change.entity = "value"
            change.field = "kỳ của số liệu ước 6 tháng"
            change.oldValue = "năm \(year)"
            change.newValue = half.description
            change.reason = "Số liệu ước 6 tháng là của 6 tháng đầu năm, không phải của cả năm: chuyển sang kỳ 6 tháng đầu năm \(year), "
                + "giữ nguyên phiên bản (ước 6 tháng), các lần sửa, người nhập và thời điểm nhập."
            try await change.create(on: database)
        }
    }

    func revert(on database: any Database) async throws {}

    struct IDRow: Decodable { var id: UUID }
    struct CountRow: Decodable { var n: Int }
}
