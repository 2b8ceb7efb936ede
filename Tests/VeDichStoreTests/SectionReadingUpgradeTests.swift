import FluentKit
import Foundation
import SQLKit
import Testing
import VeDichCore
import VeDichImport
import VeDichStore

/// A store filled before the reader joined broken lines holds "1.1. Sản xuất nông, lâm nghiệp" as
/// two paragraphs ("… nông thôn tiếp tục" / "được thực hiện …"). Importing the same seed again
/// gives the joined paragraph as a new revision while nobody has touched the section, and keeps
/// a person's edit made since.
@Suite struct SectionReadingUpgradeTests {
    static let farming = "san-xuat-nong-lam-nghiep"

    /// The seed imported, then the farming section's stored text put back as the earlier reader gave it.
    static func storedAsEarlierRead(_ database: any Database) async throws -> (plan: PlanInfo, lines: String) {
        try await Seed.importSeed(into: database)
        let plan = try await Store(database: database).plan(2024, 2024)
        let section = try #require(Seed.report.sections.first { $0.plan == "2024" && $0.key == farming })
        #expect(section.textAsRead != section.text, "the seed breaks a sentence of \(farming) across lines")
        let sql = database as! any SQLDatabase
        try await sql.raw("UPDATE report_sections SET text = \(bind: section.textAsRead) WHERE key = \(bind: farming) AND plan_id = \(bind: plan.id)").run()
        return (plan, section.textAsRead)
    }

    @Test(arguments: Engine.allCases)
    func anUntouchedSectionGetsTheJoinedParagraph(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            let (plan, _) = try await Self.storedAsEarlierRead(database)
            let again = try await Seed.importSeed(into: database)
            #expect(again.count(.update, "section") == 1, "\(again.changes.map(\.description))")
            let current = try await Store(database: database).section(planID: plan.id, key: Self.farming)
            #expect(current.revision == 2)
            #expect(current.paragraphs.count == 1)
            #expect(current.text.contains("nông thôn tiếp tục được thực hiện có hiệu quả."))
            #expect(try await Seed.importSeed(into: database).isEmpty, "a third import changes nothing")
        }
    }

    @Test(arguments: Engine.allCases)
    func aPersonsEditSinceIsKept(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            let (plan, _) = try await Self.storedAsEarlierRead(database)
            let store = Store(database: database)
            let edited = try await store.editSection(SectionDraft(planID: plan.id, key: Self.farming, text: "Sản xuất nông nghiệp ổn định.",
                                                                  basedOnRevision: 1, recordedBy: "so-nong-nghiep"))
            let again = try await Seed.importSeed(into: database)
            #expect(again.isEmpty, "\(again.changes.map(\.description))")
            let current = try await store.section(planID: plan.id, key: Self.farming)
            #expect(current.revision == edited.revision && current.text == "Sản xuất nông nghiệp ổn định.")
        }
    }
}
