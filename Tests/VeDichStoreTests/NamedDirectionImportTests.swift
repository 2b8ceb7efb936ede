import FluentKit
import Foundation
import Testing
import VeDichCore
import VeDichImport
import VeDichStore

/// `vedich import --directions FILE`: a direction a planner names replaces the stored one, logged;
/// a direction found from a name never overwrites one already stored.
@Suite struct NamedDirectionImportTests {
    static let report = """
        KẾT QUẢ NĂM 2024
        TT
        Chỉ tiêu
        Kế hoạch
        Ước TH năm 2024
        Đánh giá
        I
        Môi trường
        1
        Số vụ cháy rừng (vụ)
        10
        8
        Đạt
        """

    static func audit(directions: DirectionDictionary) -> AuditReport {
        Auditor(directions: directions).audit(TextReportReader.read(text: report, name: "chay-rung.txt"))
    }

    @Test(arguments: Engine.allCases)
    func aNamedDirectionReplacesTheStoredOneAndIsLogged(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            let store = Store(database: database)
            _ = try await ReportImporter(database: database).apply(Self.audit(directions: .standard), province: "Lạng Sơn", recordedBy: "test")
            let plan = try #require(try await store.plans().first)
            let fires = try #require(try await store.indicators(planID: plan.id).first { $0.name == "Số vụ cháy rừng (vụ)" })
            #expect(fires.direction == .higher, "nothing in the name says fewer is better")

            var named = DirectionDictionary.standard
            named.assignments = try DirectionAssignments.parse("I.1\tlower\tcháy rừng càng ít càng tốt\n", source: "huong.tsv")
            let summary = try await ReportImporter(database: database, directions: named)
                .apply(Self.audit(directions: named), province: "Lạng Sơn", recordedBy: "nhập tệp chay-rung.txt")
            #expect(summary.count(.update, "indicator") == 1)
            let stored = try await store.indicator(fires.id)
            #expect(stored.direction == .lower)
            #expect(stored.directionReason.contains("cháy rừng càng ít càng tốt"))
            let change = try #require(try await store.changes(indicatorID: fires.id).first { $0.field == "hướng đánh giá" })
            #expect(change.oldValue == Direction.higher.label)
            #expect(change.newValue == Direction.lower.label)
            #expect(change.reason?.contains("huong.tsv, dòng 1") == true)
            let evaluation = try await store.evaluation(planID: plan.id, version: .fullYearEstimate)
            #expect(evaluation.summaryText == "đạt và vượt 1/1 chỉ tiêu")

            // The same report without the file: the planner's direction stays.
            let again = try await ReportImporter(database: database).apply(Self.audit(directions: .standard), province: "Lạng Sơn", recordedBy: "test")
            #expect(again.count(.update, "indicator") == 0)
            #expect(try await store.indicator(fires.id).direction == .lower)
        }
    }
}
