import Foundation
import Testing
import VeDichCore
import VeDichImport
import VeDichReports

/// The DOCX we write, read back by our own report reader and auditor, gives the same rows, the
/// same verdicts and counts it was written from, and nothing the auditor calls a contradiction.
@Suite struct RoundTripTests {
    @Test(arguments: ["2024", "2021-2025"])
    func auditOfTheGeneratedDocxReadsBackTheSameRows(_ key: String) async throws {
        let report = try await Demo.report(key)
        let evaluation = try #require(report.sections.first?.evaluation)
        let url = try Tools.temporaryDirectory().appendingPathComponent("bao-cao-\(key).docx")
        try DocxWriter.write(report, to: url)

        let audit = try Auditor(policy: evaluation.policy).audit(contentsOf: url)
        let table = try #require(audit.tables.first)
        #expect(audit.tables.count == 1)
        #expect(table.rows.count == 18)
        #expect(table.rows.count == evaluation.indicators.count)
        for (row, indicator) in zip(table.rows, evaluation.indicators) {
            let label = "\(key) \(indicator.code) \(indicator.name)"
            #expect(row.indicator.code.description == indicator.code, "\(label)")
            let expectedLines = (indicator.target == nil ? [] : [indicator]) + indicator.components
            let readLines = row.indicator.lines.filter { $0.target != nil }
            #expect(readLines.map(\.name) == expectedLines.map(\.name), "\(label)")
            #expect(readLines.map { $0.target?.text } == expectedLines.map { $0.target?.text }, "\(label)")
            #expect(readLines.map { $0.actual?.text } == expectedLines.map { $0.value?.text }, "\(label)")
            #expect(row.indicator.stated == indicator.verdict, "\(label)")
            #expect(row.computed == indicator.verdict, "\(label)")
            #expect(row.consistent, "\(label)")
        }
        #expect(table.computedSummary.total == evaluation.summary.total)
        let claim = try #require(table.statedSummary, "the count sentence is read as a claim about the table")
        #expect(claim.metOrExceeded == evaluation.summary.total.metOrExceeded)
        #expect(claim.total == evaluation.summary.total.total)
        let forbidden: Set<Finding.Kind> = [.statedVerdictContradictsValues, .summaryCountMismatch, .unparsedRow, .malformedNumber]
        #expect(audit.findings.filter { forbidden.contains($0.kind) }.map(\.message) == [])
    }
}
