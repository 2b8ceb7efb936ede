import Foundation
import Testing
import VeDichCore
import VeDichReports
import VeDichStore
import ZIPFoundation

/// The XLSX annex holds the same numbers as the evaluation, as numeric cells, with % of plan as
/// a formula; LibreOffice reads it back to the same values.
@Suite struct XlsxTests {
    struct Expected {
        var row: Int
        var column: ReportTable.Column
        var figure: FigureValue
    }

    /// Every figure cell of the sheet with where it sits (1-based Excel rows).
    static func figures(_ section: PlanReport) -> [Expected] {
        let table = ReportTable(section, unitColumn: true)
        var expected: [Expected] = []
        for (index, row) in table.rows.enumerated() {
            let line: ReportTable.Line? = switch row {
            case .group: nil
            case .indicator(_, let line, _, _), .component(let line): line
            }
            guard let line else { continue }
            for (column, figure) in [(ReportTable.Column.target, line.target), (.value, line.value), (.previous, line.previous)] {
                if let figure { expected.append(Expected(row: index + 5, column: column, figure: figure)) }
            }
        }
        return expected
    }

    @Test(arguments: ["2024", "2021-2025"])
    func csvFromLibreOfficeHoldsTheSameNumbers(_ key: String) async throws {
        let report = try await Demo.report(key)
        let section = try #require(report.sections.first)
        let xlsx = try Tools.temporaryDirectory().appendingPathComponent("phu-luc-\(key).xlsx")
        try XlsxWriter.write(report, to: xlsx)
        let csv = try #require(try Tools.csvSheets(xlsx).values.first)
        let rows = CSV.parse(csv)
        let table = ReportTable(section, unitColumn: true)
        #expect(rows[3] == table.headers.map(\.text))

        var numbers = 0
        for expected in Self.figures(section) {
            let column = try #require(table.headers.firstIndex { $0.column == expected.column })
            let cell = rows[expected.row - 1][column]
            if let point = expected.figure.point {
                // Raw values, not as displayed: "21.05", "-4.33", "4400".
                #expect(Double(cell) == point, "row \(expected.row) “\(expected.figure.text)” read back as “\(cell)”")
                numbers += 1
            } else {
                #expect(cell == expected.figure.text, "row \(expected.row)")
            }
        }
        #expect(numbers > 20)

        // % of plan: value / target × 100 where both are single numbers.
        let percentColumn = try #require(table.headers.firstIndex { $0.column == .percent })
        for (index, row) in table.rows.enumerated() {
            guard case .indicator(_, let line, _, _) = row, let percent = line.percentOfTarget else { continue }
            let cell = try #require(Double(rows[index + 4][percentColumn]), "row \(index + 5)")
            #expect(abs(cell - percent) < 1e-9)
        }
    }

    @Test func numberCellsAreNumericAndPercentIsAFormula() async throws {
        let report = try await Demo.report("2024")
        let section = try #require(report.sections.first)
        let xlsx = try Tools.temporaryDirectory().appendingPathComponent("phu-luc.xlsx")
        try XlsxWriter.write(report, to: xlsx)
        let sheet = try Self.part("xl/worksheets/sheet1.xml", of: xlsx)
        let table = ReportTable(section, unitColumn: true)
        for expected in Self.figures(section) {
            let column = try #require(table.headers.firstIndex { $0.column == expected.column })
            let reference = "\(Self.letter(column))\(expected.row)"
            let cell = try #require(Self.cell(reference, in: sheet), "cell \(reference)")
            if expected.figure.point != nil {
                #expect(!cell.contains("t=\"s\"") && !cell.contains("t=\"str\""), "\(reference) “\(expected.figure.text)”: \(cell)")
            } else {
                #expect(cell.contains("t=\"s\""), "\(reference) “\(expected.figure.text)” is text: \(cell)")
            }
        }
        let percent = try #require(table.headers.firstIndex { $0.column == .percent })
        let target = try #require(table.headers.firstIndex { $0.column == .target })
        let value = try #require(table.headers.firstIndex { $0.column == .value })
        let tourists = try #require(table.rows.firstIndex { row in
            if case .indicator(_, let line, _, _) = row { line.name.hasPrefix("Lượng khách du lịch") } else { false }
        })
        let formulaCell = try #require(Self.cell("\(Self.letter(percent))\(tourists + 5)", in: sheet))
        #expect(formulaCell.contains("<f>\(Self.letter(value))\(tourists + 5)/\(Self.letter(target))\(tourists + 5)*100</f>"))
        // Frozen header, A4 landscape.
        #expect(sheet.contains("state=\"frozen\""))
        #expect(sheet.contains("paperSize=\"9\"") && sheet.contains("orientation=\"landscape\""))
    }

    static func part(_ path: String, of url: URL) throws -> String {
        let archive = try Archive(url: url, accessMode: .read)
        let entry = try #require(archive[path])
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }

    static func cell(_ reference: String, in sheet: String) -> String? {
        guard let start = sheet.range(of: "<c r=\"\(reference)\"") else { return nil }
        let rest = sheet[start.lowerBound...]
        let selfClosing = rest.range(of: "/>")
        let closing = rest.range(of: "</c>")
        guard let end = [selfClosing, closing].compactMap({ $0 }).min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        return String(rest[..<end.upperBound])
    }

    static func letter(_ column: Int) -> String { String(UnicodeScalar(UInt8(65 + column))) }
}

/// Just enough CSV for LibreOffice's output: commas, double quotes, doubled quotes inside.
enum CSV {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = Array(text).makeIterator()
        var pending: Character? = nil
        while let character = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else { field.append(character) }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                row.append(field); field = ""
            } else if character == "\n" || character == "\r\n" {
                row.append(field); field = ""
                rows.append(row); row = []
            } else {
                field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
