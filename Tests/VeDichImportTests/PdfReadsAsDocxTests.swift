import Foundation
import Testing
import VeDichCore
@testable import VeDichImport

/// A differential property: a report typed in Word and exported to PDF (what a portal offers for
/// download) reads as its DOCX does — the same rows, codes, targets, values and stated verdicts —
/// and the DOCX reads as the layout says. Each layout is one shape seen in real reports (see
/// docs/reports-in-the-wild.md, "Where the text comes from"); LibreOffice lays it out, so labels
/// wrap, cells centre and merged cells print once as Word's export does. Each layout is
/// converted once for the suite.
struct PdfReadsAsDocxTests {
    /// One numbered row as the layout prints it: the code the reader should give it, its target,
    /// value and stated verdict (nil: none printed).
    struct Expected: Equatable, CustomStringConvertible {
        var code: String, target: String?, actual: String?, stated: String?
        var description: String { "\(code): \(target ?? "–") | \(actual ?? "–") | \(stated ?? "–")" }
    }

    struct Layout: Sendable {
        var name: String
        var html: String
        /// Numbered rows only; sub-rows are compared between the formats, not listed here.
        var expected: [(code: String, target: String?, actual: String?, stated: String?)]

        /// The DOCX LibreOffice writes from the HTML, and the PDF it exports from that DOCX.
        func files() throws -> (docx: URL, pdf: URL) {
            let docx = try LibreOffice.docx(fromHTML: html, name: name)
            return (docx, try LibreOffice.pdf(from: docx))
        }
    }

    /// What a reader made of a document, in the terms a person checks: every indicator with its
    /// components, figures as printed.
    struct Reading: Equatable, CustomStringConvertible {
        struct Line: Equatable {
            var name: String, target: String?, actual: String?, stated: String?, issuers: [String]
        }
        var code: String
        var lines: [Line]
        var description: String {
            "\(code) " + lines.map { "\($0.name) [\($0.target ?? "–") | \($0.actual ?? "–") | \($0.stated ?? "–") \($0.issuers)]" }.joined(separator: " / ")
        }
    }

    static func reading(_ report: AuditReport) -> [Reading] {
        report.tables.flatMap(\.rows).map { row in
            let indicator = row.indicator
            func line(_ line: ReadLine, stated: String?) -> Reading.Line {
                Reading.Line(name: line.name, target: line.target?.text, actual: line.actual?.text, stated: stated,
                             issuers: line.targets.map { "\($0.issuer): \($0.figure.text)" })
            }
            return Reading(code: indicator.code.description,
                           lines: [line(indicator.line, stated: indicator.statedText)]
                            + indicator.components.map { line($0, stated: $0.statedText) })
        }
    }

    /// Reads both files of a layout once.
    final class Converted: Sendable {
        let docx: Result<AuditReport, any Error>
        let pdf: Result<AuditReport, any Error>
        init(_ layout: Layout) {
            let files = Result { try layout.files() }
            docx = files.flatMap { files in Result { try Auditor().audit(contentsOf: files.docx) } }
            pdf = files.flatMap { files in Result { try Auditor().audit(contentsOf: files.pdf) } }
        }
    }

    static let intro = "<p>Năm 2022, trong bối cảnh còn nhiều khó khăn, thách thức, tỉnh đã triển khai đồng bộ các giải pháp phục hồi và phát triển kinh tế - xã hội, đạt được nhiều kết quả quan trọng.</p><p>I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU</p>"
    static let closing = "<p>Trên đây là kết quả thực hiện các chỉ tiêu kinh tế - xã hội của tỉnh.</p>"
    static let landscape = "<style>@page { size: 29.7cm 21cm; }</style>"

    static func page(_ body: String, landscape: Bool = false) -> String {
        HTMLDocument.page(body).replacingOccurrences(of: "</head>", with: (landscape ? Self.landscape : "") + "</head>")
    }

    /// Typed "1." numbers, a unit column with "Điểm %", a "So sánh (%)" column, verdicts in a
    /// "Ghi chú" column, one merged over an indicator and its "Tr.đó:" sub-row, "-" and "+"
    /// sub-rows, labels wrapping over two and three lines.
    static let dotted = Layout(name: "so-cham-ghi-chu", html: page(intro + """
        <table border="1" cellspacing="0" width="100%">
        <tr><th>TT</th><th>Chỉ tiêu</th><th>Đơn vị tính</th><th>Kế hoạch năm 2022</th><th>Ước thực hiện năm 2022</th><th>So sánh (%)</th><th>Ghi chú</th></tr>
        <tr><td>1.</td><td>Tốc độ tăng trưởng tổng sản phẩm trên địa bàn tỉnh (GRDP) theo giá so sánh năm 2010</td><td>%</td><td>7,5</td><td>8,2</td><td>109,3</td><td>Vượt</td></tr>
        <tr><td>2.</td><td>Tổng vốn đầu tư phát triển toàn xã hội trên địa bàn tỉnh huy động được trong năm</td><td>Tỷ đồng</td><td>32.000</td><td>33.500</td><td>104,7</td><td>Vượt</td></tr>
        <tr><td>3.</td><td>Tổng thu ngân sách nhà nước trên địa bàn</td><td>Tỷ đồng</td><td>4.200</td><td>4.050</td><td>96,4</td><td rowspan="2">Không đạt</td></tr>
        <tr><td></td><td>Tr.đó: thu nội địa</td><td>Tỷ đồng</td><td>3.600</td><td>3.420</td><td>95,0</td></tr>
        <tr><td>4.</td><td>Tỷ lệ lao động qua đào tạo</td><td>%</td><td>68</td><td>68,5</td><td>100,7</td><td>Đạt</td></tr>
        <tr><td></td><td>- Trong đó: có bằng cấp, chứng chỉ</td><td>%</td><td>27</td><td>27,5</td><td>101,9</td><td></td></tr>
        <tr><td>5.</td><td>Số xã đạt chuẩn nông thôn mới (lũy kế) theo Bộ tiêu chí quốc gia giai đoạn 2021-2025</td><td>Xã</td><td>65</td><td>66</td><td>101,5</td><td>Vượt</td></tr>
        <tr><td></td><td>+ Xã đạt chuẩn nông thôn mới nâng cao</td><td>Xã</td><td>10</td><td>11</td><td>110,0</td><td>Vượt</td></tr>
        <tr><td>6.</td><td>Mức giảm tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022-2025</td><td>Điểm %</td><td>1,5</td><td>1,6</td><td></td><td>Đạt</td></tr>
        </table>
        """ + closing), expected: [
            ("1", "7,5", "8,2", "Vượt"), ("2", "32.000", "33.500", "Vượt"), ("3", "4.200", "4.050", "Không đạt"),
            ("4", "68", "68,5", "Đạt"), ("5", "65", "66", "Vượt"), ("6", "1,5", "1,6", "Đạt"),
        ])

    /// A landscape national table: "Kế hoạch năm 2023" printed across two target columns of two
    /// issuers, the other header cells merged down, Roman group rows, "Dưới 4" and "Giảm 1 - 1,5".
    static let twoIssuers = Layout(name: "hai-cap-giao", html: page("""
        <p>Báo cáo tình hình kinh tế - xã hội năm 2023.</p><p>II. CÁC CHỈ TIÊU CHỦ YẾU</p>
        <table border="1" cellspacing="0" width="100%">
        <tr><th rowspan="2">STT</th><th rowspan="2">Chỉ tiêu</th><th rowspan="2">Đơn vị</th><th colspan="2">Kế hoạch năm 2023</th><th rowspan="2">Ước thực hiện năm 2023</th><th rowspan="2">Đánh giá</th></tr>
        <tr><th>KH QH giao</th><th>CP phấn đấu</th></tr>
        <tr><td>I</td><td>Các chỉ tiêu về kinh tế</td><td></td><td></td><td></td><td></td><td></td></tr>
        <tr><td>1</td><td>Tốc độ tăng tổng sản phẩm trong nước (GDP)</td><td>%</td><td>6,5</td><td>6,5 - 7</td><td>5,05</td><td>Không đạt</td></tr>
        <tr><td>2</td><td>GDP bình quân đầu người</td><td>USD</td><td>4.400</td><td>4.500</td><td>4.284</td><td>Không đạt</td></tr>
        <tr><td>II</td><td>Các chỉ tiêu về xã hội</td><td></td><td></td><td></td><td></td><td></td></tr>
        <tr><td>3</td><td>Tỷ lệ thất nghiệp ở khu vực thành thị</td><td>%</td><td>Dưới 4</td><td>Dưới 4</td><td>2,73</td><td>Đạt</td></tr>
        <tr><td>4</td><td>Số bác sĩ trên 10.000 dân</td><td>Bác sĩ</td><td>12</td><td>12</td><td>12,5</td><td>Vượt</td></tr>
        </table>
        """ + closing, landscape: true), expected: [
            // Which issuer's target governs is the table model's choice; the values and verdicts are the layout's.
            ("1", nil, "5,05", "Không đạt"), ("2", nil, "4.284", "Không đạt"), ("3", nil, "2,73", "Đạt"), ("4", nil, "12,5", "Vượt"),
        ])

    /// Lettered rows, a cell of two values ("8,2" / "11,5", by weight and by height) beside a
    /// label wrapping over two lines, and a value with a note ("0,9%" / "(còn 3,85%)"): Word
    /// centres the row's cells, so the figures stand above and below the label's lines.
    static let stacked = Layout(name: "hai-gia-tri", html: page(intro + """
        <table border="1" cellspacing="0" width="100%">
        <tr><th>TT</th><th>Chỉ tiêu</th><th>Kế hoạch năm 2022</th><th>Thực hiện năm 2022</th><th>Đánh giá</th></tr>
        <tr><td>a)</td><td>Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng (%): theo cân nặng; theo chiều cao</td><td><p>&lt; 8,5</p><p>&lt; 12</p></td><td><p>8,2</p><p>11,5</p></td><td>Đạt</td></tr>
        <tr><td>b)</td><td>Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều (%)</td><td>Giảm 1%</td><td><p>0,9%</p><p>(còn 3,85%)</p></td><td>Không đạt</td></tr>
        <tr><td>c)</td><td>Tỷ lệ dân số tham gia bảo hiểm y tế (%)</td><td>92</td><td>92,5</td><td>Vượt</td></tr>
        </table>
        """ + closing), expected: [
            ("a", nil, nil, "Đạt"), ("b", "Giảm 1%", "0,9% (còn 3,85%)", "Không đạt"), ("c", "92", "92,5", "Vượt"),
        ])

    /// A five-year table: "Thực hiện" printed over year columns (its text covers only the middle
    /// ones), "Kế hoạch" / "5 năm" / "2011-2015" a header cell of three lines, landscape.
    static let fiveYears = Layout(name: "nam-nam", html: page("""
        <p>Kết quả thực hiện các chỉ tiêu chủ yếu kế hoạch 5 năm 2011-2015:</p>
        <table border="1" cellspacing="0" width="100%">
        <tr><th rowspan="2">TT</th><th rowspan="2">Chỉ tiêu</th><th rowspan="2">Đơn vị</th><th rowspan="2">Kế hoạch 5 năm 2011-2015</th><th colspan="5">Thực hiện</th><th rowspan="2">Ước thực hiện 5 năm 2011-2015</th></tr>
        <tr><th>2011</th><th>2012</th><th>2013</th><th>2014</th><th>2015</th></tr>
        <tr><td>1</td><td>Tốc độ tăng GDP bình quân</td><td>%</td><td>6,5 - 7</td><td>6,24</td><td>5,25</td><td>5,42</td><td>5,98</td><td>6,5</td><td>5,9</td></tr>
        <tr><td>2</td><td>GDP bình quân đầu người năm 2015</td><td>USD</td><td>2.000 - 2.100</td><td>1.517</td><td>1.749</td><td>1.908</td><td>2.052</td><td>2.109</td><td>2.109</td></tr>
        <tr><td>3</td><td>Tỷ lệ lao động qua đào tạo</td><td>%</td><td>55</td><td>40</td><td>46</td><td>49</td><td>51,6</td><td>52</td><td>51,6</td></tr>
        </table>
        """ + closing, landscape: true), expected: [
            ("1", "6,5 - 7", "5,9", nil), ("2", "2.000 - 2.100", "2.109", nil), ("3", "55", "51,6", nil),
        ])

    /// Forty rows over several landscape pages: the header repeated on each, labels cut by page
    /// breaks, "- Trong đó" sub-rows, and the closing sentence alone at the top of the last page.
    static let long: Layout = {
        var rows = ""
        var expected: [(code: String, target: String?, actual: String?, stated: String?)] = []
        for number in 1...40 {
            let target = 50 + number % 30, value = Double(target) + (number % 4 == 0 ? -2 : 1.5)
            let verdict = value > Double(target) ? "Vượt" : "Không đạt"
            let printed = VietnameseNumber.format(value, fractionDigits: 1)
            rows += "<tr><td>\(number).</td><td>Tỷ lệ hộ gia đình ở xã thuộc nhóm \(number) được sử dụng điện lưới quốc gia an toàn theo quy định</td><td>%</td><td>\(target)</td><td>\(printed)</td><td>\(verdict)</td></tr>\n"
            if number % 7 == 0 {
                rows += "<tr><td></td><td>- Trong đó: khu vực miền núi, vùng đồng bào dân tộc thiểu số</td><td>%</td><td>\(target - 5)</td><td>\(target - 4)</td><td></td></tr>\n"
            }
            expected.append(("\(number)", "\(target)", printed, verdict))
        }
        return Layout(name: "bang-dai-ngang", html: page(intro + """
            <table border="1" cellspacing="0" width="100%">
            <thead><tr><th>TT</th><th>Chỉ tiêu</th><th>ĐVT</th><th>KH năm 2022</th><th>Ước TH năm 2022</th><th>Đánh giá</th></tr></thead>
            \(rows)</table>
            """ + closing, landscape: true), expected: expected)
    }()

    static let layouts = [dotted, twoIssuers, stacked, fiveYears, long]
    static let converted: [String: Converted] = Dictionary(uniqueKeysWithValues: layouts.map { ($0.name, Converted($0)) })

    @Test(arguments: layouts.map(\.name))
    func pdfReadsAsItsDocx(_ name: String) throws {
        let converted = try #require(Self.converted[name])
        let docx = try converted.docx.get(), pdf = try converted.pdf.get()
        let fromDocx = Self.reading(docx), fromPdf = Self.reading(pdf)
        #expect(fromPdf.count == fromDocx.count, "\(name): \(fromPdf.count) hàng từ PDF, \(fromDocx.count) từ DOCX")
        for (docxRow, pdfRow) in zip(fromDocx, fromPdf) {
            #expect(pdfRow == docxRow, "\(name): PDF \(pdfRow) ≠ DOCX \(docxRow)")
        }
        let (pdfCoverage, docxCoverage) = (pdf.coverage, docx.coverage)
        let sameCoverage = pdfCoverage.rowsUnread == docxCoverage.rowsUnread && pdfCoverage.numbersUnplaced == docxCoverage.numbersUnplaced
        if name == Self.fiveYears.name {
            // The DOCX side: a sub-header row of years under "Thực hiện" is not taken for a header
            // row (TableInterpreter.isSubHeader refuses years), so it counts as a row not read.
            withKnownIssue("DOCX: a sub-header of years counts as an unread row") {
                #expect(sameCoverage, "\(name): PDF \(pdfCoverage.sentence) ≠ DOCX \(docxCoverage.sentence)")
            }
        } else {
            #expect(sameCoverage, "\(name): PDF \(pdfCoverage.sentence) ≠ DOCX \(docxCoverage.sentence)")
        }
    }

    @Test(arguments: layouts.map(\.name))
    func docxReadsAsTheLayoutSays(_ name: String) throws {
        let layout = try #require(Self.layouts.first { $0.name == name })
        let docx = try #require(Self.converted[name]).docx.get()
        let rows = docx.tables.flatMap(\.rows).map(\.indicator)
        #expect(rows.map(\.code.description).map { $0.split(separator: ".").last.map(String.init) ?? $0 } == layout.expected.map(\.code),
                "\(name): \(rows.map(\.code.description))")
        for (row, expected) in zip(rows, layout.expected) {
            let read = Expected(code: expected.code, target: expected.target == nil ? nil : row.line.target?.text,
                                actual: expected.actual == nil ? nil : row.line.actual?.text,
                                stated: row.statedText)
            #expect(read == Expected(code: expected.code, target: expected.target, actual: expected.actual, stated: expected.stated),
                    "\(name), chỉ tiêu \(expected.code) “\(row.line.name)”")
        }
        #expect(!docx.findings.contains { $0.severity == .error }, "\(name): \(docx.findings.filter { $0.severity == .error }.map(\.message))")
    }

    /// Two values in one cell are two lines of one indicator, in both formats.
    @Test func aCellOfTwoValuesIsTwoLinesOfOneIndicator() throws {
        let converted = try #require(Self.converted[Self.stacked.name])
        for (format, report) in [("DOCX", try converted.docx.get()), ("PDF", try converted.pdf.get())] {
            let stunting = try #require(report.tables.first?.rows.first?.indicator, "\(format)")
            #expect(stunting.components.map { $0.actual?.text } == ["8,2", "11,5"], "\(format): Tỷ lệ trẻ em suy dinh dưỡng")
            #expect(stunting.components.map { $0.target?.text } == ["< 8,5", "< 12"], "\(format): Tỷ lệ trẻ em suy dinh dưỡng")
        }
    }

    /// A statistics table (no plan: "ĐVT | 2018 | 2019 | …") is not read, and the PDF says so as
    /// the DOCX does instead of passing its figures off as prose.
    @Test func aTableNotUnderstoodIsReportedNotDropped() throws {
        let html = Self.page("""
            <p>Các chỉ tiêu kinh tế xã hội chủ yếu</p>
            <table border="1" cellspacing="0" width="100%">
            <tr><th></th><th>ĐVT</th><th>2019</th><th>2020</th><th>2021</th><th>2022</th></tr>
            <tr><td>1. Dân số trung bình</td><td>Người</td><td>633440</td><td>637386</td><td>647790</td><td>649708</td></tr>
            <tr><td>2. Tỷ lệ tăng tự nhiên dân số</td><td>%</td><td>8,52</td><td>9,55</td><td>8,22</td><td>7,19</td></tr>
            <tr><td>3. GRDP bình quân đầu người</td><td>Triệu đồng</td><td>50,3</td><td>52,8</td><td>56,5</td><td>62,7</td></tr>
            </table>
            """)
        let pdf = try Auditor().audit(contentsOf: try LibreOffice.pdf(fromHTML: html, name: "thong-ke"))
        #expect(pdf.tables.isEmpty)
        let coverage = pdf.coverage
        #expect(coverage.tablesUnread == 1 && coverage.rowsUnread >= 3, "\(coverage.sentence)")
        #expect(coverage.numbersUnplaced >= 12, "\(coverage.sentence)")
    }
}
