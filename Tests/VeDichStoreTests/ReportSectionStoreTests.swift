import FluentKit
import Foundation
import SQLKit
import Testing
import VeDichCore
import VeDichImport
import VeDichStore

/// The prose of a plan's report in the store: imported with the seed, edited revision by
/// revision, a stale edit refused, and never undone by importing the same file again.
@Suite struct ReportSectionStoreTests {
    static let causes = "nguyen-nhan"

    /// Every table, `report_sections` included: equal snapshots mean nothing was written.
    static func snapshot(_ database: any Database) async throws -> String {
        let sql = database as! any SQLDatabase
        let rows = try await sql.raw("SELECT key, revision, position, level, kind, heading, text, recorded_by FROM report_sections ORDER BY plan_id, key, revision").all()
        let sections = try rows.map { row in
            try ["key", "heading", "text", "kind", "recorded_by"].map { try row.decode(column: $0, as: String.self) }.joined(separator: " | ")
                + " | " + (try ["revision", "position", "level"].map { String(try row.decode(column: $0, as: Int.self)) }.joined(separator: " | "))
        }
        return try await TestDatabase.snapshot(database) + "\nreport_sections: \(rows.count) rows\n" + sections.joined(separator: "\n")
    }

    static func seeded(_ database: any Database) async throws -> PlanInfo {
        try await Seed.importSeed(into: database)
        return try await Store(database: database).plan(2024, 2024)
    }

    @Test(arguments: Engine.allCases)
    func theSeedsSectionsAreImportedWithItsPlans(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            let summary = try await Seed.importSeed(into: database)
            let store = Store(database: database)
            for (plan, start, end) in [("2024", 2024, 2024), ("2025", 2025, 2025), ("2021-2025", 2021, 2025)] {
                let read = Seed.report.sections.filter { $0.plan == plan }
                let stored = try await store.sections(planID: try await store.plan(start, end).id)
                #expect(stored.map(\.key) == read.map(\.key), "plan \(plan)")
                #expect(stored.map(\.heading) == read.map(\.heading), "plan \(plan)")
                #expect(stored.map(\.text) == read.map(\.text), "plan \(plan)")
                #expect(stored.map(\.kind) == read.map(\.kind.rawValue), "plan \(plan)")
                #expect(stored.allSatisfy { $0.revision == 1 && $0.recordedBy == "test" }, "plan \(plan)")
            }
            #expect(summary.count(.create, "section") == Seed.report.sections.count)
            #expect(summary.sentence.contains("\(Seed.report.sections.count) mục nội dung báo cáo"))
            let causes = try await store.section(planID: try await store.plan(2024, 2024).id, key: Self.causes)
            #expect(causes.heading == "8.2. Nguyên nhân")
            #expect(causes.paragraphs.count == 2)
        }
    }

    @Test(arguments: Engine.allCases)
    func importingTheSameFileAgainChangesNoSection(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            _ = try await Self.seeded(database)
            let before = try await Self.snapshot(database)
            #expect(before.contains("report_sections: \(Seed.report.sections.count) rows"))
            let again = try await Seed.importSeed(into: database)
            #expect(again.isEmpty, "second import: \(again.changes.map(\.description))")
            #expect(try await Self.snapshot(database) == before)
        }
    }

    @Test(arguments: Engine.allCases)
    func anEditMakesRevisionTwoAndRevisionOneStaysReadable(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            let plan = try await Self.seeded(database)
            let store = Store(database: database)
            let original = try await store.section(planID: plan.id, key: Self.causes)
            let typed = "- Nguyên nhân khách quan: giá nguyên liệu tăng.\r\n\r\n  - Nguyên nhân chủ quan: giải phóng mặt bằng chậm.  \n"
            let saved = try await store.editSection(SectionDraft(planID: plan.id, key: Self.causes, text: typed, basedOnRevision: 1,
                                                                 recordedBy: "so-ke-hoach"))
            #expect(saved.revision == 2)
            #expect(saved.paragraphs == ["- Nguyên nhân khách quan: giá nguyên liệu tăng.", "- Nguyên nhân chủ quan: giải phóng mặt bằng chậm."])
            #expect(saved.heading == original.heading && saved.position == original.position)
            let current = try await store.section(planID: plan.id, key: Self.causes)
            #expect(current.revision == 2 && current.text == saved.text && current.recordedBy == "so-ke-hoach")
            let history = try await store.sectionHistory(planID: plan.id, key: Self.causes)
            #expect(history.map(\.revision) == [2, 1])
            #expect(history.map(\.recordedBy) == ["so-ke-hoach", "test"])
            #expect(history.last?.text == original.text)
            // The same text again is no new revision.
            let same = try await store.editSection(SectionDraft(planID: plan.id, key: Self.causes, text: saved.text, basedOnRevision: 2,
                                                                recordedBy: "so-ke-hoach"))
            #expect(same.revision == 2)
        }
    }

    @Test(arguments: Engine.allCases)
    func aStaleEditIsRefusedAndNothingIsWritten(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            let plan = try await Self.seeded(database)
            let store = Store(database: database)
            _ = try await store.editSection(SectionDraft(planID: plan.id, key: Self.causes, text: "Bản của sở A.", basedOnRevision: 1,
                                                         recordedBy: "so-a"))
            let before = try await Self.snapshot(database)
            await #expect(throws: SectionError.staleRevision(key: Self.causes, expected: 1, current: 2)) {
                try await store.editSection(SectionDraft(planID: plan.id, key: Self.causes, text: "Bản của sở B.", basedOnRevision: 1,
                                                         recordedBy: "so-b"))
            }
            #expect(try await Self.snapshot(database) == before)
            #expect(try await store.section(planID: plan.id, key: Self.causes).text == "Bản của sở A.")
        }
    }

    @Test(arguments: Engine.allCases)
    func refusedTextWritesNothing(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            let plan = try await Self.seeded(database)
            let store = Store(database: database)
            let before = try await Self.snapshot(database)
            let long = String(repeating: "Đẩy mạnh giải ngân vốn đầu tư công. ", count: 3_000)
            await #expect(throws: SectionError.textTooLong(characters: long.trimmingCharacters(in: .whitespaces).count, limit: 100_000)) {
                try await store.editSection(SectionDraft(planID: plan.id, key: Self.causes, text: long, basedOnRevision: 1, recordedBy: "x"))
            }
            await #expect(throws: SectionError.unprintableCharacter(scalar: 0x07, paragraph: 2)) {
                try await store.editSection(SectionDraft(planID: plan.id, key: Self.causes, text: "Đoạn một.\nĐoạn\u{07} hai.",
                                                         basedOnRevision: 1, recordedBy: "x"))
            }
            await #expect(throws: SectionError.sectionNotFound(key: "khong-co")) {
                try await store.editSection(SectionDraft(planID: plan.id, key: "khong-co", text: "x", basedOnRevision: 1, recordedBy: "x"))
            }
            #expect(try await Self.snapshot(database) == before)
        }
    }

    /// As with values: what someone edited since is not overwritten by importing the same report.
    @Test(arguments: Engine.allCases)
    func reimportingKeepsAnEditedSection(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            let plan = try await Self.seeded(database)
            let store = Store(database: database)
            let edited = try await store.editSection(SectionDraft(planID: plan.id, key: Self.causes, text: "Nguyên nhân đã được sở rà soát lại.",
                                                                  basedOnRevision: 1, recordedBy: "so-ke-hoach"))
            let again = try await Seed.importSeed(into: database)
            #expect(again.isEmpty, "\(again.changes.map(\.description))")
            let current = try await store.section(planID: plan.id, key: Self.causes)
            #expect(current.revision == edited.revision && current.text == "Nguyên nhân đã được sở rà soát lại.")
        }
    }

    @Test(arguments: Engine.allCases)
    func twoConcurrentEditsOfTheSameRevisionLetExactlyOneIn(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            let plan = try await Self.seeded(database)
            func edit(_ text: String) async -> Result<ReportSectionInfo, any Error> {
                await Result {
                    try await Store(database: database).editSection(SectionDraft(planID: plan.id, key: Self.causes, text: text,
                                                                                 basedOnRevision: 1, recordedBy: text))
                }
            }
            async let first = edit("Bản A.")
            async let second = edit("Bản B.")
            let results = await [first, second]
            let saved = results.compactMap { try? $0.get() }
            #expect(saved.count == 1, "\(results)")
            for case .failure(let error) in results {
                guard case SectionError.staleRevision = error else {
                    Issue.record("the losing edit failed with \(error), not staleRevision")
                    continue
                }
            }
            let history = try await Store(database: database).sectionHistory(planID: plan.id, key: Self.causes)
            #expect(history.map(\.revision) == [2, 1])
            #expect(history.first?.text == saved.first?.text)
        }
    }
}
