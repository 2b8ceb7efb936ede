import Foundation
import Testing
import VeDichCore
import VeDichReports

/// The DOCX as LibreOffice renders it: what a reader of the PDF sees.
@Suite struct PdfTests {
    @Test(arguments: ["2024", "2021-2025", "2025"])
    func pdfShowsTheAdministrativeFormAndTheCounts(_ key: String) async throws {
        let report = try await Demo.report(key)
        let evaluation = try #require(report.sections.first?.evaluation)
        let pdf = try Tools.temporaryDirectory().appendingPathComponent("bao-cao-\(key).pdf")
        try PdfConverter().convert(docx: try DocxWriter.data(report), to: pdf)
        let text = try Tools.pdfText(pdf)
        #expect(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        #expect(text.contains("Độc lập - Tự do - Hạnh phúc"))
        #expect(text.contains("BÁO CÁO"))
        #expect(text.contains(report.subject))
        #expect(text.contains("Số: 125/BC-UBND"))
        #expect(text.contains("Lạng Sơn, ngày 05 tháng 7 năm 2024"))
        #expect(text.contains("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH"))
        #expect(text.contains("Nơi nhận:"))
        let counts = evaluation.summary.total
        if counts.noData < counts.total { #expect(text.contains("đạt và vượt \(counts.metOrExceeded)/\(counts.total) chỉ tiêu")) }
        let pages = try Tools.pdfPages(pdf)
        // The figures take 2 to 12 pages; the plan's prose (the seed's own text) adds about one
        // page per 2.500 characters of 14 pt body text.
        let prose = report.sections.flatMap(\.prose).map(\.text.count).reduce(0, +)
        #expect(((2 + prose / 4_000)...(12 + prose / 1_500)).contains(pages), "\(pages) pages for \(prose) characters of prose")
    }

    /// Every indicator of the five-year table, in order, with its verdict label in its own row
    /// block of the laid-out text (from its first line to the next indicator's).
    @Test func fiveYearPdfListsEveryIndicatorWithItsVerdict() async throws {
        let report = try await Demo.report("2021-2025")
        let section = try #require(report.sections.first)
        let evaluation = section.evaluation
        let pdf = try Tools.temporaryDirectory().appendingPathComponent("bao-cao-5-nam.pdf")
        try PdfConverter().convert(docx: try DocxWriter.data(report), to: pdf)
        let text = try Tools.pdfText(pdf)
        #expect(text.contains("đạt và vượt 14/18 chỉ tiêu"))
        #expect(evaluation.indicators.count == 18)
        // pdftotext puts a vertically centred TT between the wrapped lines of a long name, so
        // bare numbers are left out on both sides when looking for names.
        func words(_ text: String) -> String {
            text.split(separator: " ").filter { !$0.allSatisfy(\.isNumber) }.joined(separator: " ")
        }
        let prose = words(text)
        let names = evaluation.indicators.flatMap { [$0.name] + $0.components.map(\.name) }
        #expect(names.filter { !prose.contains(words($0)) } == [])

        let lines = try Tools.run("/usr/bin/pdftotext", ["-layout", pdf.path, "-"]).split(separator: "\n").map(String.init)
        let firstGroup = try #require(section.groupTitles["I"])
        let start = try #require(lines.firstIndex { $0.contains(firstGroup) }, "the first group row")
        let end = try #require(lines[start...].firstIndex { $0.contains("Ghi chú:") }, "the note under the table")
        /// The line where an indicator's row starts: its first words, not as a "- " component.
        func firstLine(of name: String, from index: Int) -> Int? {
            let prefix = name.split(separator: " ").prefix(4).joined(separator: " ")
            return lines[index..<end].firstIndex { line in
                guard let range = line.range(of: prefix) else { return false }
                return !line[..<range.lowerBound].trimmingCharacters(in: .whitespaces).hasSuffix("-")
            }
        }
        var cursor = start
        for (index, indicator) in evaluation.indicators.enumerated() {
            let row = try #require(firstLine(of: indicator.name, from: cursor), "\(indicator.code) \(indicator.name)")
            let next = index + 1 < evaluation.indicators.count
                ? firstLine(of: evaluation.indicators[index + 1].name, from: row + 1) ?? end : end
            let block = lines[row..<next].joined(separator: "\n")
            // "Không đạt" does not contain "Đạt": the capital Đ tells them apart.
            #expect(block.contains(indicator.verdict.label), "\(indicator.code) \(indicator.name): \(indicator.verdict.label) in\n\(block)")
            cursor = row + 1
        }
    }
}
