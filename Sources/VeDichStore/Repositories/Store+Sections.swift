import Fluent
import Foundation
import VeDichCore

extension Store {
    /// The most a section may hold: a long report's longest part is about 20.000 characters.
    public static let sectionTextLimit = 100_000

    /// The plan's report sections, latest revision of each, in report order.
    public func sections(planID: UUID) async throws -> [ReportSectionInfo] {
        _ = try await plan(planID)
        let rows = try await ReportSectionRecord.query(on: database).filter(\.$planID == planID).all()
        return Dictionary(grouping: rows, by: \.key).values
            .compactMap { series in series.max { $0.revision < $1.revision } }
            .sorted { ($0.position, $0.key) < ($1.position, $1.key) }
            .map(Self.info)
    }

    public func section(planID: UUID, key: String) async throws -> ReportSectionInfo {
        _ = try await plan(planID)
        guard let latest = try await latestSection(planID: planID, key: key) else { throw SectionError.sectionNotFound(key: key) }
        return Self.info(latest)
    }

    /// Every revision of a section, newest first.
    public func sectionHistory(planID: UUID, key: String) async throws -> [ReportSectionRevision] {
        _ = try await plan(planID)
        let rows = try await ReportSectionRecord.query(on: database).filter(\.$planID == planID).filter(\.$key == key)
            .sort(\.$revision, .descending).all()
        guard !rows.isEmpty else { throw SectionError.sectionNotFound(key: key) }
        return rows.map { ReportSectionRevision(revision: $0.revision, text: $0.text, recordedBy: $0.recordedBy, recordedAt: $0.recordedAt) }
    }

    /// Adds a revision with the new text. The revision the edit started from must still be the
    /// latest, else `staleRevision` with the current one and nothing is written; the unique
    /// (plan, key, revision) key lets exactly one of two concurrent saves in. Text that is the
    /// same as the latest revision's adds nothing.
    public func editSection(_ draft: SectionDraft) async throws -> ReportSectionInfo {
        let text = try Self.sectionText(draft.text)
        _ = try await plan(draft.planID)
        guard let latest = try await latestSection(planID: draft.planID, key: draft.key) else {
            throw SectionError.sectionNotFound(key: draft.key)
        }
        guard draft.basedOnRevision == latest.revision else {
            throw SectionError.staleRevision(key: draft.key, expected: draft.basedOnRevision, current: latest.revision)
        }
        guard text != latest.text else { return Self.info(latest) }
        let row = ReportSectionRecord(planID: draft.planID, key: draft.key, revision: latest.revision + 1, position: latest.position,
                                      level: latest.level, kind: latest.kind, heading: latest.heading, text: text,
                                      recordedBy: draft.recordedBy)
        do {
            try await row.create(on: database)
        } catch {
            // Someone saved the same revision first. Inside a transaction PostgreSQL has aborted
            // it, so no second query can say more.
            if database.inTransaction, (error as? any DatabaseError)?.isConstraintFailure == true {
                throw SectionError.staleRevision(key: draft.key, expected: draft.basedOnRevision, current: latest.revision + 1)
            }
            let now = try await latestSection(planID: draft.planID, key: draft.key)?.revision ?? latest.revision
            if now != latest.revision { throw SectionError.staleRevision(key: draft.key, expected: draft.basedOnRevision, current: now) }
            throw error
        }
        return Self.info(row)
    }

    /// Text as stored: NFC, one paragraph a line, blanks at either end and empty lines dropped
    /// (a text area sends "\r\n" and blank lines between paragraphs).
    public static func sectionText(_ typed: String) throws(SectionError) -> String {
        let paragraphs = typed.precomposedStringWithCanonicalMapping
            .split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { $0.replacingOccurrences(of: "\t", with: " ").trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        for (index, paragraph) in paragraphs.enumerated() {
            if let bad = paragraph.unicodeScalars.first(where: { $0.properties.generalCategory == .control }) {
                throw .unprintableCharacter(scalar: bad.value, paragraph: index + 1)
            }
        }
        let text = paragraphs.joined(separator: "\n")
        guard text.count <= sectionTextLimit else { throw .textTooLong(characters: text.count, limit: sectionTextLimit) }
        return text
    }

    func latestSection(planID: UUID, key: String) async throws -> ReportSectionRecord? {
        try await ReportSectionRecord.query(on: database).filter(\.$planID == planID).filter(\.$key == key)
            .sort(\.$revision, .descending).first()
    }

    static func info(_ row: ReportSectionRecord) -> ReportSectionInfo {
        ReportSectionInfo(planID: row.planID, key: row.key, position: row.position, level: row.level, kind: row.kind,
                          heading: row.heading, text: row.text, revision: row.revision, recordedBy: row.recordedBy,
                          recordedAt: row.recordedAt)
    }
}

extension Store {
    /// Every revision of every section of the plan, newest first per section, in one query (the
    /// sections page shows them all).
    public func sectionHistories(planID: UUID) async throws -> [String: [ReportSectionRevision]] {
        let rows = try await ReportSectionRecord.query(on: database).filter(\.$planID == planID).all()
        return Dictionary(grouping: rows, by: \.key).mapValues { series in
            series.sorted { $0.revision > $1.revision }
                .map { ReportSectionRevision(revision: $0.revision, text: $0.text, recordedBy: $0.recordedBy, recordedAt: $0.recordedAt) }
        }
    }
}
