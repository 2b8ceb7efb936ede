import Foundation
import Testing
import Vapor
import VaporTesting
import VeDichCore
import VeDichImport
import VeDichPlanModel
import VeDichReports
import VeDichStore
@testable import VeDichWeb

/// One figure, one answer (issue 11): for every row of both seed tables and every version, the
/// % of plan, the previous period and the verdict read the same on the table page, in the CSV,
/// in the XLSX (read back by LibreOffice) and in the DOCX appendix (read back by the auditor),
/// and are what the read model says. Everything is downloaded from the server, as a person would.
@Suite(.serialized) struct FigureConsistencyTests {
    @Test(arguments: Engine.allCases)
    func everyOutputShowsTheSameFigures(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let store = Store(database: app.db, snapshots: app.planSnapshots)
            // The two seed tables (2024 and 2021-2025); the 2025 plan has targets and no values.
            var plans: [PlanInfo] = []
            for plan in try await store.plans().sorted(by: { ($0.startYear, $0.endYear) < ($1.startYear, $1.endYear) })
            where try await store.snapshot(planID: plan.id).evaluation(.fullYearEstimate).indicators.contains(where: { $0.value != nil }) {
                plans.append(plan)
            }
            #expect(plans.count == 2)
            try await Self.enterTheOtherVersions(plans, store)

            // Every workbook first, so LibreOffice starts once for all of them.
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-figures-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            var workbooks: [URL] = []
            for (index, plan) in plans.enumerated() {
                for version in ValueVersion.allCases {
                    let file = folder.appendingPathComponent("p\(index)-\(version.rawValue).xlsx")
                    try await app.testing().test(.GET, "/plans/\(plan.id)/report.xlsx?version=\(version.rawValue)", headers: app.auth()) { response in
                        #expect(response.status == .ok)
                        try Data(response.body.readableBytesView).write(to: file)
                    }
                    workbooks.append(file)
                    // The indicator table page's own workbook.
                    let table = folder.appendingPathComponent("t\(index)-\(version.rawValue).xlsx")
                    try await app.testing().test(.GET, "/plans/\(plan.id)/table.xlsx?version=\(version.rawValue)", headers: app.auth()) { response in
                        #expect(response.status == .ok)
                        try Data(response.body.readableBytesView).write(to: table)
                    }
                    workbooks.append(table)
                }
            }
            let sheets = try ReadBack.sheets(workbooks)

            for (index, plan) in plans.enumerated() {
                let snapshot = try await store.snapshot(planID: plan.id)
                let fullYear = snapshot.evaluation(.fullYearEstimate).indicators.map(\.verdict)
                #expect(ValueVersion.allCases.contains { snapshot.evaluation($0).indicators.map(\.verdict) != fullYear },
                        "\(plan.title): the versions entered change no verdict, so they test little")
                for version in ValueVersion.allCases {
                    let expected = Expected(snapshot, version)
                    #expect(expected.lines.contains { $0.line.value != nil }, "\(expected.where): no values, nothing compared")
                    try await Self.page(app, expected)
                    try await Self.csv(app, expected)
                    let section = try #require(try await store.planReports([(plan.id, version)]).first)
                    try Self.xlsx(sheets["p\(index)-\(version.rawValue)"] ?? [], ReportTable(section, unitColumn: true), expected)
                    try Self.tableXlsx(sheets["t\(index)-\(version.rawValue)"] ?? [], expected)
                    try await Self.docx(app, expected)
                }
            }
        }
    }

    /// The seed has full-year estimates only. Each other version gets every such value changed a
    /// little (by the row, so some verdicts differ from the full year's): the first-half estimate
    /// about half of it, the preliminary figure a few percent either way, the official one too.
    static func enterTheOtherVersions(_ plans: [PlanInfo], _ store: Store) async throws {
        let factors: [ValueVersion: [Double]] = [.firstHalfEstimate: [0.5, 0.55, 1.0], .preliminary: [0.97, 1.0, 1.02],
                                                 .official: [1.04, 0.99, 0.9]]
        var done = Set<UUID>()
        var row = 0
        for plan in plans {
            for indicator in try await store.indicators(planID: plan.id).sorted(by: { $0.code < $1.code })
            where done.insert(indicator.id).inserted {
                let latest = Dictionary(grouping: try await store.observations(indicatorID: indicator.id)
                    .filter { $0.version == .fullYearEstimate }, by: \.period)
                    .compactMap { $0.value.max { $0.revision < $1.revision } }
                    .filter { !$0.withdrawn }
                for observation in latest {
                    row += 1
                    for (version, choices) in factors {
                        let text = changed(observation.figure.text, by: choices[row % choices.count])
                        let before = try await store.latestObservation(indicatorID: indicator.id, period: observation.period, version: version)
                        _ = try await store.record(ObservationDraft(
                            indicatorID: indicator.id, period: observation.period, version: version, text: text,
                            basedOnRevision: before?.revision, recordedBy: "test"))
                    }
                }
            }
        }
    }

    /// A single number times `factor`, with its decimals, percent sign and unit; anything else
    /// (a range, a word) as it was.
    static func changed(_ text: String, by factor: Double) -> String {
        guard factor != 1, let figure = try? Figure.parse(text), let point = figure.interval.pointValue else { return text }
        var changed = figure.format(point * factor)
        if figure.isPercent { changed += "%" }
        if let unit = figure.unit, unit != "%" { changed += " " + unit }
        return changed
    }

    /// What the read model says, row by row: every indicator then its components.
    struct Expected {
        struct Line {
            var line: IndicatorEvaluation
            var label: String
            var isComponent: Bool
            var previous: FigureValue?
        }

        var evaluation: PlanEvaluation
        var previous: PreviousPeriodValues?
        var lines: [Line]
        var `where`: String

        init(_ snapshot: PlanSnapshot, _ version: ValueVersion) {
            evaluation = snapshot.evaluation(version)
            previous = snapshot.previous
            let place = "\(snapshot.plan.title) · \(version.label)"
            `where` = place
            lines = evaluation.indicators.flatMap { indicator in
                [Line(line: indicator, label: "\(place) · \(indicator.code) \(indicator.name)", isComponent: false,
                      previous: snapshot.previous?.values[indicator.indicatorID])]
                    + indicator.components.map { component in
                        Line(line: component, label: "\(place) · \(indicator.code) / \(component.name)", isComponent: true,
                             previous: snapshot.previous?.values[component.indicatorID])
                    }
            }
        }
    }

    static func page(_ app: Application, _ expected: Expected) async throws {
        let plan = expected.evaluation.plan.id, version = expected.evaluation.version
        try await app.testing().test(.GET, "/plans/\(plan)/table?version=\(version.rawValue)", headers: app.auth()) { response in
            #expect(response.status == .ok)
            let rows = ReadBack.pageRows(response.text, tableID: "bang-chi-tieu")
            #expect(rows.count == expected.lines.count, "\(expected.where): page rows")
            for (row, line) in zip(rows, expected.lines) {
                // TT, Chỉ tiêu, Kế hoạch, kỳ trước, Thực hiện, % kế hoạch, Đánh giá.
                guard row.cells.count == 7 else { Issue.record("\(line.label): page row has \(row.cells.count) cells"); continue }
                #expect(row.cells[1] == line.line.name && row.isComponent == line.isComponent, "\(line.label): page row")
                #expect(row.cells[5] == line.line.comparisonCell, "\(line.label): % of plan on the page")
                #expect(row.cells[3] == (line.previous?.text ?? ""), "\(line.label): previous period on the page")
                if !line.isComponent || !row.verdict.isEmpty {
                    #expect(row.verdict == line.line.label, "\(line.label): verdict on the page")
                }
            }
        }
    }

    static func csv(_ app: Application, _ expected: Expected) async throws {
        let plan = expected.evaluation.plan.id, version = expected.evaluation.version
        for (query, separator) in [("", Unicode.Scalar(",")), ("&sep=semicolon", Unicode.Scalar(";"))] {
            try await app.testing().test(.GET, "/api/v1/plans/\(plan)/evaluation.csv?version=\(version.rawValue)\(query)", headers: app.auth()) { response in
                #expect(response.status == .ok)
                let rows = ReadBack.csv(response.text, separator: separator).map { $0.map(ReadBack.unguarded) }
                // A header, the rows, the summary.
                #expect(rows.count == expected.lines.count + 2, "\(expected.where): CSV rows (\(separator))")
                #expect(rows.first?[6] == "% kế hoạch" && rows.first?[7] == "Đánh giá", "\(expected.where): CSV header")
                for (row, line) in zip(rows.dropFirst(), expected.lines) {
                    guard row.count == 10 else { Issue.record("\(line.label): CSV row has \(row.count) fields"); continue }
                    #expect(row[1] == line.line.name, "\(line.label): CSV row")
                    #expect(row[6] == line.line.comparisonCell, "\(line.label): % of plan in the CSV (\(separator))")
                    #expect(row[4] == (line.previous?.text ?? ""), "\(line.label): previous period in the CSV (\(separator))")
                    #expect(row[7] == line.line.label, "\(line.label): verdict in the CSV (\(separator))")
                }
            }
        }
    }

    static func xlsx(_ sheets: [[[String]]], _ table: ReportTable, _ expected: Expected) throws {
        let percentColumn = try #require(table.headers.firstIndex { $0.column == .percent })
        let previousColumn = table.headers.firstIndex { $0.column == .previous }
        let verdictColumn = try #require(table.headers.firstIndex { $0.column == .verdict })
        let verdictHeader = table.headers[verdictColumn].text
        // The appendix sheet is the one with the table's header row; its rows follow that one.
        let found = sheets.lazy.compactMap { sheet in
            sheet.firstIndex { $0.count > verdictColumn && $0[verdictColumn] == verdictHeader }.map { (sheet, $0) }
        }.first
        let (sheet, header) = try #require(found, "\(expected.where): no XLSX sheet with the header “\(verdictHeader)”")
        var read: [(row: [String], verdict: Bool)] = []
        for (index, row) in table.rows.enumerated() {
            let cells = header + 1 + index < sheet.count ? sheet[header + 1 + index] : []
            switch row {
            case .group: continue
            case .indicator: read.append((cells, true))
            case .component: read.append((cells, false))
            }
        }
        #expect(read.count == expected.lines.count, "\(expected.where): XLSX rows")
        for ((row, hasVerdict), line) in zip(read, expected.lines) {
            let model = line.line
            guard row.count > max(percentColumn, verdictColumn) else { Issue.record("\(line.label): XLSX row \(row)"); continue }
            if model.comparison?.kind == .ratio {
                let cell = try #require(Double(row[percentColumn]), "\(line.label): % of plan in the XLSX “\(row[percentColumn])”")
                #expect(VietnameseNumber.format(cell, fractionDigits: 1) == model.comparisonCell, "\(line.label): % of plan in the XLSX")
            } else {
                #expect(row[percentColumn] == model.comparisonCell, "\(line.label): % of plan in the XLSX")
            }
            if let previousColumn {
                let cell = row[previousColumn]
                if let point = line.previous?.point { #expect(Double(cell) == point, "\(line.label): previous period in the XLSX “\(cell)”") }
                else { #expect(cell == (line.previous?.text ?? ""), "\(line.label): previous period in the XLSX") }
            } else {
                #expect(line.previous == nil, "\(line.label): the XLSX has no previous-period column")
            }
            if hasVerdict { #expect(row[verdictColumn] == model.label, "\(line.label): verdict in the XLSX") }
        }
    }

    /// `/plans/{id}/table.xlsx`: the page's rows in the page's order, numbers as numeric cells.
    static func tableXlsx(_ sheets: [[[String]]], _ expected: Expected) throws {
        let sheet = try #require(sheets.first, "\(expected.where): no sheet in the table workbook")
        let header = try #require(sheet.firstIndex { $0.count > 7 && $0[6] == "% kế hoạch" && $0[7] == "Đánh giá" },
                                  "\(expected.where): no header row in the table workbook")
        #expect(sheet[header][4] == (expected.previous.map { "Thực hiện \($0.period)" } ?? "Thực hiện kỳ trước"))
        let rows = Array(sheet.dropFirst(header + 1).prefix(expected.lines.count))
        #expect(rows.count == expected.lines.count, "\(expected.where): table XLSX rows")
        for (row, line) in zip(rows, expected.lines) {
            let model = line.line
            guard row.count > 7 else { Issue.record("\(line.label): table XLSX row \(row)"); continue }
            #expect(row[1] == (line.isComponent ? "- " : "") + model.name, "\(line.label): table XLSX row")
            if model.comparison?.kind == .ratio {
                let cell = try #require(Double(row[6]), "\(line.label): % of plan in the table XLSX “\(row[6])” is a number")
                #expect(VietnameseNumber.format(cell, fractionDigits: 1) == model.comparisonCell, "\(line.label): % of plan in the table XLSX")
            } else {
                #expect(row[6] == model.comparisonCell, "\(line.label): % of plan in the table XLSX")
            }
            for (column, figure) in [(4, line.previous), (5, model.value)] {
                if let point = figure?.point { #expect(Double(row[column]) == point, "\(line.label): column \(column) in the table XLSX “\(row[column])”") }
                else { #expect(row[column] == (figure?.text ?? ""), "\(line.label): column \(column) in the table XLSX") }
            }
            if model.target != nil || !model.components.isEmpty { #expect(row[7] == model.label, "\(line.label): verdict in the table XLSX") }
        }
    }

    static func docx(_ app: Application, _ expected: Expected) async throws {
        let plan = expected.evaluation.plan.id, version = expected.evaluation.version
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-figures-\(UUID().uuidString).docx")
        defer { try? FileManager.default.removeItem(at: file) }
        try await app.testing().test(.GET, "/plans/\(plan)/report.docx?version=\(version.rawValue)", headers: app.auth()) { response in
            #expect(response.status == .ok)
            try Data(response.body.readableBytesView).write(to: file)
        }
        let evaluation = expected.evaluation
        let audit = try Auditor(policy: evaluation.policy).audit(contentsOf: file)
        let table = try #require(audit.tables.first, "\(expected.where): no table read back from the DOCX")
        #expect(table.rows.count == evaluation.indicators.count, "\(expected.where): DOCX rows")
        for (row, indicator) in zip(table.rows, evaluation.indicators) {
            let label = "\(expected.where) · \(indicator.code) \(indicator.name)"
            #expect(row.indicator.stated == indicator.verdict, "\(label): verdict in the DOCX")
            #expect(row.computed == indicator.verdict, "\(label): verdict judged again from the DOCX")
            let readLines = [row.indicator.line] + row.indicator.components
            let modelLines = [indicator] + indicator.components
            #expect(readLines.count == modelLines.count, "\(label): DOCX component rows")
            for (readLine, modelLine) in zip(readLines, modelLines) {
                // The DOCX keeps a unit in the name, as the seed does: rows pair by position.
                let lineLabel = "\(label) / \(modelLine.name)"
                let previous = expected.previous?.values[modelLine.indicatorID]?.text
                #expect(readLine.previous.first??.text == previous, "\(lineLabel): previous period in the DOCX")
                // The DOCX prints the % of plan; the auditor reads the figures it stands on, and
                // the core's one rule over them must give the cell again.
                let comparison = readLine.target?.figure.flatMap { target in
                    PlanComparison(value: readLine.actual?.figure, target: target, direction: modelLine.direction,
                                   isGrowthRate: PlanComparison.isGrowthRate(name: modelLine.name, target: target, unit: MeasureUnit(modelLine.unit)),
                                   unit: MeasureUnit(modelLine.unit))
                }
                #expect(comparison?.kind == modelLine.comparison?.kind && comparison?.text == modelLine.comparison?.text,
                        "\(lineLabel): % of plan from the figures read back from the DOCX")
                #expect(comparison?.percent.map { VietnameseNumber.format($0, fractionDigits: 1) }
                        == modelLine.comparison?.percent.map { VietnameseNumber.format($0, fractionDigits: 1) },
                        "\(lineLabel): % of plan from the figures read back from the DOCX")
            }
        }
    }
}
