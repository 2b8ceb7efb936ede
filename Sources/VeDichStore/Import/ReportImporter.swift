import Fluent
import Foundation
import VeDichCore
import VeDichImport

/// Loads what the report reader found — indicator tables, prose target lists and the report's
/// prose sections — as plans, indicators, targets, values and sections. All or nothing, in one
/// transaction; a preview runs the very same steps and rolls them back. Importing the same file
/// again changes nothing.
public struct ReportImporter: Sendable {
    public let database: any Database
    /// What the report was read with, so that directions a planner named (`--directions FILE`)
    /// replace those already stored, and only those.
    public let directions: DirectionDictionary

    public init(database: any Database, directions: DirectionDictionary = .standard) {
        self.database = database
        self.directions = directions
    }

    /// What importing would create or change; nothing is written.
    public func preview(_ report: AuditReport, province: String, recordedBy: String) async throws -> ImportSummary {
        do {
            try await database.writeTransaction { transaction in
                let summary = try await Self.load(report, province: province, recordedBy: recordedBy, directions: directions, on: transaction, progress: { _ in })
                throw DryRun(summary: summary)
            }
        } catch let dryRun as DryRun {
            return dryRun.summary
        }
        preconditionFailure("the dry run always rolls back")
    }

    public func apply(_ report: AuditReport, province: String, recordedBy: String,
                      progress: @escaping @Sendable (String) -> Void = { _ in }) async throws -> ImportSummary {
        var summary = try await database.writeTransaction { transaction in
            let summary = try await Self.load(report, province: province, recordedBy: recordedBy, directions: directions, on: transaction, progress: progress)
            // Only this province's plans are judged again for the national views.
            let unit = try await AdminUnitRecord.query(on: transaction).filter(\.$name == province).filter(\.$level == "province").first()
            try await Store(database: transaction).bumpGeneration(plans: try unit.map { .province(try $0.requireID()) } ?? .every)
            return summary
        }
        summary.applied = true
        return summary
    }

    private struct DryRun: Error { var summary: ImportSummary }

    // MARK: Loading

    static func load(_ report: AuditReport, province: String, recordedBy: String, directions: DirectionDictionary = .standard,
                     on database: any Database, progress: @Sendable (String) -> Void) async throws -> ImportSummary {
        try refuseUnreadable(report)
        var loader = Loader(database: database, recordedBy: recordedBy, source: report.source, directions: directions)
        let unitID = try await loader.province(province)
        for (index, audited) in report.tables.enumerated() {
            progress("Bảng \(index + 1)/\(report.tables.count): \(audited.table.title.prefix(60)) — \(audited.rows.count) chỉ tiêu")
            try await loader.table(audited.table, unitID: unitID)
        }
        let lists = Dictionary(grouping: report.targets, by: { $0.plan ?? "" })
        for (period, targets) in lists.sorted(by: { $0.key < $1.key }) {
            progress("Mục tiêu kế hoạch \(period): \(targets.count) chỉ tiêu")
            try await loader.targetList(targets, period: period, unitID: unitID)
        }
        if !report.sections.isEmpty {
            progress("Nội dung báo cáo: \(report.sections.count) mục")
            let fallback = report.tables.lazy.compactMap(\.table.period).first ?? report.targets.lazy.compactMap(\.plan).first
            try await loader.sections(report.sections, fallbackPlan: fallback, unitID: unitID)
        }
        return ImportSummary(source: report.source, province: province, applied: false, changes: loader.changes)
    }

    /// A table row that did not read would be lost: refuse the whole file, say which rows.
    static func refuseUnreadable(_ report: AuditReport) throws {
        var problems = report.findings.filter { $0.kind == .unparsedRow }
            .map { "\($0.location): \($0.message)" }
        for table in report.tables where Loader.period(of: table.table) == nil {
            problems.append("\(table.table.location): bảng “\(table.table.title.prefix(60))” không ghi năm hay giai đoạn của kế hoạch")
        }
        // Numbers the reader could not place in a table (a column of no known role) would be lost.
        // (Rows not read are named by their own findings above.)
        for table in report.tables where table.table.coverage.unreadRows.isEmpty && table.table.coverage.numbersUnplaced > 0 {
            problems.append("\(table.table.location): bảng “\(table.table.title.prefix(60))” có \(table.table.coverage.numbersUnplaced) số ở cột không rõ là kế hoạch, thực hiện hay kỳ trước; ghi rõ tiêu đề cột rồi nhập lại")
        }
        // A table of figures that is not read as an indicator table at all (no "Chỉ tiêu" and
        // "Kế hoạch"/"Thực hiện" columns found); a letterhead or signature table holds a number
        // or two, not rows of them.
        for table in report.unreadTables where table.unreadRows.count >= 3 {
            problems.append("\(table.location ?? SourceLocation()): bảng có \(table.unreadRows.count) hàng số liệu (\(table.numbersUnplaced) số) nhưng không nhận ra cột tên chỉ tiêu và cột kế hoạch hay thực hiện; ghi rõ tiêu đề cột (Chỉ tiêu, Kế hoạch, Ước thực hiện) rồi nhập lại")
        }
        problems += PlacementCheck.problems(report)
        // A document with figures of which the reader understood nothing would import as an empty
        // success, its figures silently left behind: the reader's own warning says what it held.
        for finding in report.findings where finding.kind == .nothingRead {
            problems.append("\(finding.location): \(finding.message.trimmingCharacters(in: CharacterSet(charactersIn: ". ")))")
        }
        for target in report.targets where target.plan == nil {
            problems.append("\(target.location): mục tiêu “\(target.name)” không thuộc kế hoạch năm hay giai đoạn nào")
        }
        for table in report.tables {
            for row in table.rows {
                for line in row.indicator.lines {
                    for cell in ([line.target, line.actual] + line.previous).compactMap({ $0 })
                    where cell.figure == nil && cell.text.contains(where: \.isNumber) {
                        // The reader's finding for the cell says why and how to fix it ("(4,33)").
                        let why = report.findings.first { $0.kind == .malformedNumber && $0.location == cell.location }
                        problems.append("\(cell.location): " + (why?.message ?? "“\(cell.text)” của chỉ tiêu “\(line.name)” không đọc được"))
                    }
                }
            }
        }
        if !problems.isEmpty { throw StoreError.unreadableReport(findings: problems) }
    }
}
