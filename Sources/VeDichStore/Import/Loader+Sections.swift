import Fluent
import Foundation
import VeDichImport

extension Loader {
    /// The report's prose sections, kept with the plan each speaks of. As with values, a section
    /// gets a new revision only when none of its revisions already holds the text read, so the
    /// same file imported again changes nothing and never undoes what someone edited since.
    /// - Parameter fallbackPlan: the plan for sections under no heading that names a year.
    mutating func sections(_ sections: [ReportSection], fallbackPlan: String?, unitID: UUID) async throws {
        let byPlan = Dictionary(grouping: sections, by: { $0.plan ?? fallbackPlan ?? "" })
        for (period, sections) in byPlan.sorted(by: { $0.key < $1.key }) {
            let years = period.split(separator: "-").compactMap { Int($0) }
            guard let start = years.first, let end = years.last else { continue }
            let planID = try await plan(unitID: unitID, horizon: end - start >= 3 ? "five_year" : "annual", start: start, end: end)
            let stored = Dictionary(grouping: try await ReportSectionRecord.query(on: database).filter(\.$planID == planID).all(),
                                    by: \.key)
            for (position, section) in sections.enumerated() {
                let series = stored[section.key] ?? []
                let text = section.text
                if series.contains(where: { $0.text == text }) { continue }
                let latest = series.max { $0.revision < $1.revision }
                // Read before lines were joined, the same source gave `textAsRead`: the joined text
                // replaces it only while nobody has edited the section since.
                if section.textAsRead != text, let latest, latest.text != section.textAsRead,
                   series.contains(where: { $0.text == section.textAsRead }) { continue }
                let record = ReportSectionRecord(planID: planID, key: section.key, revision: (latest?.revision ?? 0) + 1,
                                                 position: position + 1, level: section.level, kind: section.kind.rawValue,
                                                 heading: section.heading, text: text, recordedBy: recordedBy)
                try await record.create(on: database)
                let name = section.heading.isEmpty ? "Mở đầu" : section.heading.replacingOccurrences(of: "\n", with: " ")
                note(latest == nil ? .create : .update, "section", "\(period): \(name.prefix(80))")
            }
            // The numbered items under "nhiệm vụ, giải pháp" become the plan's tasks (new ones only).
            for task in try await Store(database: database).readTasks(planID: planID, actor: recordedBy) {
                note(.create, "task", "\(period): nhiệm vụ \(task.number). \(task.title.prefix(80))")
            }
        }
    }
}
