import Foundation
import Testing
import VeDichCore
import VeDichImport
import VeDichReports
import VeDichStore

/// One figure, one answer: for every row of both seed tables, the % of plan, the previous period
/// and the verdict of the read model (what the page and the CSV print: `comparisonCell`, the
/// snapshot's previous period, the verdict) are what the XLSX holds (read back by LibreOffice)
/// and what the DOCX appendix says (read back by the auditor).
@Suite struct FigureConsistencyTests {
    @Test(arguments: ["2024", "2021-2025"])
    func everyOutputShowsTheSameFigures(_ key: String) async throws {
        let report = try await Demo.report(key)
        let section = try #require(report.sections.first)
        let evaluation = section.evaluation
        let table = ReportTable(section, unitColumn: true)

        // XLSX, read back.
        let xlsx = try Tools.temporaryDirectory().appendingPathComponent("phu-luc-\(key).xlsx")
        try XlsxWriter.write(report, to: xlsx)
        let rows = CSV.parse(try #require(try Tools.csvSheets(xlsx).values.first))
        let percentColumn = try #require(table.headers.firstIndex { $0.column == .percent })
        let previousColumn = table.headers.firstIndex { $0.column == .previous }
        let verdictColumn = try #require(table.headers.firstIndex { $0.column == .verdict })
        var lines: [(row: [String], line: ReportTable.Line, verdict: Verdict?)] = []
        for (index, row) in table.rows.enumerated() {
            switch row {
            case .group: continue
            case .indicator(_, let line, let verdict, _): lines.append((rows[index + Int(4)], line, verdict))
            case .component(let line): lines.append((rows[index + Int(4)], line, nil))
            }
        }
        let models = evaluation.indicators.flatMap { [$0] + $0.components }
        #expect(lines.count == models.count)
        for ((row, line, verdict), model) in zip(lines, models) {
            let label = "\(key) \(model.code) \(model.name)"
            #expect(line.name == model.name, "\(label)")
            if let percent = model.comparison?.percent, model.comparison?.kind == .ratio {
                let cell = try #require(Double(row[percentColumn]), "\(label): % of plan “\(row[percentColumn])”")
                #expect(VietnameseNumber.format(cell, fractionDigits: 1) == VietnameseNumber.format(percent, fractionDigits: 1), "\(label)")
                #expect(VietnameseNumber.format(percent, fractionDigits: 1) == model.comparisonCell, "\(label)")
            } else {
                #expect(row[percentColumn] == model.comparisonCell, "\(label): % of plan")
            }
            if let previousColumn {
                let previous = section.previous?.values[model.indicatorID]
                let cell = row[previousColumn]
                if let point = previous?.point { #expect(Double(cell) == point, "\(label): previous period") }
                else { #expect(cell == (previous?.text ?? ""), "\(label): previous period") }
            }
            if let verdict { #expect(verdict == model.verdict && row[verdictColumn] == model.label, "\(label): verdict") }
        }

        // DOCX appendix, read back by the auditor.
        let docx = try Tools.temporaryDirectory().appendingPathComponent("bao-cao-\(key).docx")
        try DocxWriter.write(report, to: docx)
        let audit = try Auditor(policy: evaluation.policy).audit(contentsOf: docx)
        let read = try #require(audit.tables.first)
        #expect(read.rows.count == evaluation.indicators.count)
        for (row, indicator) in zip(read.rows, evaluation.indicators) {
            let label = "\(key) \(indicator.code) \(indicator.name)"
            #expect(row.indicator.stated == indicator.verdict, "\(label): verdict")
            #expect(row.computed == indicator.verdict, "\(label): verdict judged again")
            let readLines = [row.indicator.line] + row.indicator.components
            let modelLines = [indicator] + indicator.components
            for (readLine, modelLine) in zip(readLines, modelLines) where readLine.name == modelLine.name {
                let previous = section.previous?.values[modelLine.indicatorID]?.text
                #expect(readLine.previous.first??.text == previous, "\(label) \(modelLine.name): previous period")
                let comparison = readLine.target?.figure.flatMap { target in
                    PlanComparison(value: readLine.actual?.figure, target: target, direction: modelLine.direction,
                                   isGrowthRate: PlanComparison.isGrowthRate(name: modelLine.name, target: target, unit: MeasureUnit(modelLine.unit)),
                                   unit: MeasureUnit(modelLine.unit))
                }
                #expect(comparison?.text == modelLine.comparison?.text, "\(label) \(modelLine.name): % of plan from the figures read back")
            }
        }
    }
}
