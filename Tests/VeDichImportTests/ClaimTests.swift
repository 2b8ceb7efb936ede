import Testing
import VeDichCore
@testable import VeDichImport

/// Claims in prose (issue 13, item 3; docs/reports-in-the-wild.md, "Prose"): each phrasing as a
/// small document of its own.
struct CountClaimTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        /// One per count claim, in order: a count that names its indicators ("03/18 chỉ tiêu
        /// không đạt") is a claim of its own; bare and nested counts belong to the one before.
        var counts: [ClaimCounts]
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "Năm 2023, tỉnh hoàn thành 16/20 chỉ tiêu, trong đó 5 chỉ tiêu vượt kế hoạch.",
             counts: [ClaimCounts(exceeded: 5, metOrExceeded: 16, total: 20)]),
        Case(text: "Kết quả có 19 chỉ tiêu đạt (trong đó 8 vượt), 2 không đạt.",
             counts: [ClaimCounts(exceeded: 8, metOrExceeded: 19, missed: 2)]),
        Case(text: "Trong 17 chỉ tiêu: 6 vượt, 9 đạt, 2 chưa đạt.",
             counts: [ClaimCounts(exceeded: 6, met: 9, metOrExceeded: 15, missed: 2, total: 17)]),
        Case(text: "Trong tổng số 17 chỉ tiêu chủ yếu, 12 chỉ tiêu đạt và vượt, 3 không đạt, 2 chưa có số liệu.",
             counts: [ClaimCounts(metOrExceeded: 12, missed: 3, noData: 2, total: 17)]),
        Case(text: "Dự ước hết năm 2025, tỉnh hoàn thành đạt và vượt 15/18 chỉ tiêu, có 03/18 chỉ tiêu không đạt.",
             counts: [ClaimCounts(metOrExceeded: 15, total: 18), ClaimCounts(missed: 3, total: 18)]),
        Case(text: "Chính phủ đã hoàn thành toàn bộ 12 chỉ tiêu kế hoạch, trong đó có 9 chỉ tiêu vượt.",
             counts: [ClaimCounts(exceeded: 9, metOrExceeded: 12, total: 12)]),
        Case(text: "Có 24/25 chỉ tiêu chủ yếu được HĐND huyện quyết nghị đã hoàn thành và hoàn thành vượt kế hoạch đề ra.",
             counts: [ClaimCounts(metOrExceeded: 24, total: 25)]),
        // "04 chỉ tiêu" has no total of its own: the rest of the same count.
        Case(text: "Kết quả có 9/13 chỉ tiêu thực hiện đạt và vượt kế hoạch, 04 chỉ tiêu không thực hiện đạt.",
             counts: [ClaimCounts(metOrExceeded: 9, missed: 4, total: 13)]),
        Case(text: "Trong 16 chỉ tiêu chủ yếu của Nghị quyết, nhiệm kỳ 2016 - 2020, có 14/16 chỉ tiêu đạt và vượt kế hoạch đề ra; có 02 chỉ tiêu không đạt.",
             counts: [ClaimCounts(metOrExceeded: 14, missed: 2, total: 16)]),
        Case(text: "Năm 2022 huyện hoàn thành và hoàn thành vượt mức 24/25 chỉ tiêu phát triển kinh tế - xã hội, trong đó có 15 chỉ tiêu vượt KH, 9 chỉ tiêu đạt KH.",
             counts: [ClaimCounts(exceeded: 15, met: 9, metOrExceeded: 24, total: 25)]),
    ]

    @Test(arguments: cases)
    func readsTheCount(_ phrasing: Case) throws {
        let claims = ProseDocument.claims(phrasing.text)
        #expect(claims.filter { $0.kind == .count }.compactMap(\.counts) == phrasing.counts, "“\(phrasing.text)”")
        #expect(!claims.contains { $0.kind == .verdict || $0.kind == .pair }, "the verdict words and “N/M” of a count are part of it")
    }

    @Test func theCountsOfOneSentenceAreCheckedTogether() throws {
        let rows = [
            ["1", "Tổng thu ngân sách nhà nước (tỷ đồng)", "4.000", "4.200", "Vượt"],
            ["2", "Tỷ lệ che phủ rừng (%)", "65", "64", "Không đạt"],
            ["3", "Số xã đạt chuẩn nông thôn mới (xã)", "10", "10", "Đạt"],
        ]
        let report = ProseDocument.audit(["Năm 2023 đạt và vượt 2/3 chỉ tiêu, có 1/3 chỉ tiêu không đạt."], table: rows)
        #expect(report.claims.filter { $0.kind == .count }.map(\.consistent) == [true, true])
        let summary = try #require(report.tables.first?.statedSummary)
        #expect(summary.metOrExceeded == 2 && summary.missed == 1 && summary.total == 3)
        #expect(summary.text == "đạt và vượt 2/3 chỉ tiêu")
    }

    @Test func aNamedListThatDoesNotAddUpIsAWarning() throws {
        let report = ProseDocument.audit(["Có 3 chỉ tiêu không đạt: tốc độ tăng trưởng GRDP, thu ngân sách, tỷ lệ đô thị hóa và tỷ lệ hộ nghèo."])
        let finding = try #require(report.findings.first { $0.kind == .claimCountInconsistent })
        #expect(finding.severity == .warning)
        #expect(finding.message.contains("3 chỉ tiêu không đạt nhưng kể tên 4"))
        let fitting = ProseDocument.audit(["Có 2 chỉ tiêu không đạt (thu ngân sách, tỷ lệ đô thị hóa)."])
        #expect(fitting.findings.filter { $0.kind == .claimCountInconsistent }.isEmpty)
        #expect(fitting.claims.first(.count)?.counts?.missed == 2)
    }

    @Test func partsThatDoNotMakeTheTotalAreAWarning() throws {
        let report = ProseDocument.audit(["Trong 17 chỉ tiêu, 12 đạt và vượt, 3 không đạt."])
        let finding = try #require(report.findings.first { $0.kind == .claimCountInconsistent })
        #expect(finding.message.contains("cộng lại 15, không bằng tổng 17"))
    }

    @Test func aCountIsCheckedAgainstTheTableItSummarises() throws {
        let rows = [
            ["1", "Tổng thu ngân sách nhà nước (tỷ đồng)", "4.000", "4.200", "Vượt"],
            ["2", "Tỷ lệ che phủ rừng (%)", "65", "64", "Không đạt"],
            ["3", "Số xã đạt chuẩn nông thôn mới (xã)", "10", "10", "Đạt"],
        ]
        let wrong = ProseDocument.audit(["Năm 2023 có 3/3 chỉ tiêu đạt và vượt kế hoạch."], table: rows)
        let finding = try #require(wrong.findings.first { $0.kind == .summaryCountMismatch })
        #expect(finding.severity == .error)
        #expect(finding.message.contains("đạt và vượt 2/3 chỉ tiêu"))
        #expect(wrong.claims.first(.count)?.consistent == false)
        #expect(wrong.tables.first?.statedSummary?.metOrExceeded == 3)

        let right = ProseDocument.audit(["Năm 2023 có 2/3 chỉ tiêu đạt và vượt (trong đó 1 vượt), 1 không đạt."], table: rows)
        #expect(right.claims.first(.count)?.consistent == true)
        #expect(right.findings.filter { $0.kind == .summaryCountMismatch }.isEmpty)
    }
}

struct RatioClaimTests {
    @Test func aWrongRatioIsAFindingQuotingBothRatios() throws {
        let report = ProseDocument.audit(["Diện tích trồng rừng mới đạt 812/760 ha, đạt 118,2% kế hoạch."])
        let pair = try #require(report.claims.first(.pair))
        #expect(pair.actual?.value == 812 && pair.target?.value == 760, "812/760 ha is value / target, not a count")
        #expect(report.claims.first(.count) == nil)
        let ratio = try #require(report.claims.first(.ratio))
        #expect(ratio.text == "đạt 118,2% kế hoạch")
        #expect(ratio.statedPercent?.value == 118.2)
        #expect(abs((ratio.computedPercent ?? 0) - 106.842) < 0.01)
        #expect(ratio.consistent == false)
        let finding = try #require(report.findings.first { $0.kind == .narrativeFigureMismatch })
        #expect(finding.severity == .error)
        #expect(finding.message.contains("118,2%") && finding.message.contains("106,84%"), "\(finding.message)")
    }

    @Test func exceedingByAPercentOfTheBudgetIsAHundredPlusIt() throws {
        let ratio = try #require(ProseDocument.claims("Thu ngân sách nhà nước đạt 5.210,4 tỷ đồng, vượt 21,4% dự toán.").first(.ratio))
        #expect(ratio.statedPercent.map { abs($0.value - 121.4) < 1e-9 } == true)
        #expect(ratio.stated == .exceeded)
        #expect(ratio.consistent == nil, "no target to check against")

        let table = [["1", "Thu ngân sách nhà nước (tỷ đồng)", "4.292", "5.210,4", "Vượt"]]
        let checked = try #require(ProseDocument.audit(["Thu ngân sách nhà nước đạt 5.210,4 tỷ đồng, vượt 21,4% dự toán."], table: table).claims.first(.ratio))
        #expect(checked.consistent == true)
        #expect(checked.indicator == "Thu ngân sách nhà nước (tỷ đồng)")
        #expect(checked.target?.value == 4292)
    }

    @Test(arguments: [("đạt 104,4% kế hoạch", false), ("đạt 104,3% kế hoạch", true), ("đạt 104,26% kế hoạch", true), ("đạt 104% kế hoạch", true)])
    func aRatioIsCheckedAtThePrecisionItWasWritten(_ phrase: String, _ right: Bool) throws {
        // 1.042,6 of 1.000 is 104,26%.
        let table = [["1", "Tổng vốn đầu tư toàn xã hội (tỷ đồng)", "1.000", "1.042,6", "Vượt"]]
        let report = ProseDocument.audit(["Tổng vốn đầu tư toàn xã hội ước đạt 1.042,6 tỷ đồng, \(phrase)."], table: table)
        let ratio = try #require(report.claims.first(.ratio))
        #expect(ratio.consistent == right, "“\(phrase)” against 104,26%")
        #expect(report.findings.contains { $0.kind == .narrativeFigureMismatch } == !right)
    }

    @Test func aRatioBelowAHundredOfAPlanIsAMiss() throws {
        let ratio = try #require(ProseDocument.claims("Giải ngân vốn đầu tư công năm 2023 đạt 71,3% kế hoạch.").first(.ratio))
        #expect(ratio.statedPercent?.value == 71.3)
        #expect(ratio.stated == .missed)
    }

    @Test func anAmbiguousPhrasingIsReportedNotGuessed() throws {
        let report = ProseDocument.audit(["Tỷ lệ lao động qua đào tạo tăng 0,5% kế hoạch."])
        let claim = try #require(report.claims.first(.ratio))
        #expect(claim.ambiguity?.contains("điểm phần trăm") == true)
        #expect(claim.statedPercent == nil)
        #expect(claim.consistent == nil)
        let finding = try #require(report.findings.first { $0.kind == .ambiguousClaim })
        #expect(finding.severity == .info)
    }
}

struct PairAndDifferenceClaimTests {
    @Test func aValueWithItsPlanIsAPair() throws {
        let pair = try #require(ProseDocument.claims("Tỷ lệ che phủ rừng đạt 41,2% - kế hoạch là 38%.").first(.pair))
        #expect(pair.actual?.value == 41.2 && pair.target?.value == 38)
        #expect(abs((pair.computedPercent ?? 0) - 108.42) < 0.01)
        #expect(pair.indicator == "Tỷ lệ che phủ rừng")

        let about = try #require(ProseDocument.claims("Tốc độ tăng trưởng kinh tế còn thấp (đạt khoảng 3% so với kế hoạch là 6,5%).").first(.pair))
        #expect(about.actual?.value == 3 && about.target?.value == 6.5)
        #expect(ProseDocument.claims("Tốc độ tăng trưởng kinh tế còn thấp (đạt khoảng 3% so với kế hoạch là 6,5%).").first(.ratio) == nil,
                "“3% so với kế hoạch là 6,5%” is not “3% of plan”")
    }

    @Test func aRankOrADateIsNotAPair() {
        #expect(ProseDocument.claims("Chỉ số PCI xếp thứ 13/63 tỉnh, thành phố.").isEmpty)
        #expect(ProseDocument.claims("Theo Công văn số 4487/BKHĐT-TH ngày 11/6/2024 của Bộ.").isEmpty)
    }

    @Test func exceedingByAnAmountGivesTheTarget() throws {
        let claim = try #require(ProseDocument.claims("GRDP bình quân đầu người đạt 2.580 USD, vượt 80 USD so với kế hoạch.").first(.difference))
        #expect(claim.target?.value == 2500)
        #expect(claim.actual?.value == 2580)
        #expect(claim.stated == .exceeded)
        #expect(abs((claim.computedPercent ?? 0) - 103.2) < 0.01)

        let agrees = ProseDocument.audit(["GRDP bình quân đầu người đạt 2.580 USD, vượt 80 USD so với kế hoạch."],
                                         table: [["1", "GRDP bình quân đầu người (USD)", "2.500", "2.580", "Vượt"]])
        #expect(agrees.claims.first(.difference)?.consistent == true)
        let differs = ProseDocument.audit(["GRDP bình quân đầu người đạt 2.580 USD, vượt 80 USD so với kế hoạch."],
                                          table: [["1", "GRDP bình quân đầu người (USD)", "2.450", "2.580", "Vượt"]])
        #expect(differs.claims.first(.difference)?.consistent == false)
        #expect(differs.findings.contains { $0.kind == .narrativeFigureMismatch && $0.message.contains("2.450") })
    }

    @Test func exceedingATargetByAPercentIsPoints() throws {
        let claim = try #require(ProseDocument.claims("Tỷ lệ đô thị hóa đạt 25,35%, vượt mục tiêu 0,35%.").first(.difference))
        #expect(claim.difference?.value == 0.35)
        #expect(claim.target.map { abs($0.value - 25) < 1e-9 } == true)
    }
}

struct VerdictClaimTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var verdict: Verdict
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "Tỷ lệ hộ nghèo giảm còn 2,1%, vượt kế hoạch.", verdict: .exceeded),
        Case(text: "Kim ngạch xuất khẩu đạt 520 triệu USD, hoàn thành vượt kế hoạch.", verdict: .exceeded),
        Case(text: "Tỷ lệ trường đạt chuẩn quốc gia 62%, đạt kế hoạch.", verdict: .met),
        Case(text: "Số doanh nghiệp thành lập mới 820 doanh nghiệp, đạt cao.", verdict: .met),
        Case(text: "Số xã đạt chuẩn nông thôn mới 12 xã, hoàn thành.", verdict: .met),
        Case(text: "Tỷ lệ đô thị hóa 23%, không đạt.", verdict: .missed),
        Case(text: "Thu ngân sách 3.900 tỷ đồng, chưa đạt kế hoạch.", verdict: .missed),
        Case(text: "Tổng vốn đầu tư 21.000 tỷ đồng, chưa hoàn thành.", verdict: .missed),
        Case(text: "Thu ngân sách trên địa bàn đạt thấp hơn kế hoạch.", verdict: .missed),
        Case(text: "Thu nhập bình quân đầu người cao hơn kế hoạch.", verdict: .exceeded),
        Case(text: "Tỷ lệ lao động qua đào tạo có chứng chỉ chưa có số liệu.", verdict: .noData),
    ]

    @Test(arguments: cases)
    func readsTheStatedVerdict(_ phrasing: Case) throws {
        let verdict = try #require(ProseDocument.claims(phrasing.text).first(.verdict), "no verdict in “\(phrasing.text)”")
        #expect(verdict.stated == phrasing.verdict, "“\(phrasing.text)”")
    }

    @Test(arguments: ["Phấn đấu thu ngân sách đạt kế hoạch.", "Tốc độ tăng trưởng có nguy cơ không đạt kế hoạch.",
                      "Xây dựng thêm 7 trường đạt chuẩn quốc gia.", "Thu ngân sách đạt 4.200 tỷ đồng."])
    func aGoalARiskOrAFigureIsNotAVerdict(_ text: String) {
        #expect(ProseDocument.claims(text).first(.verdict) == nil, "“\(text)”")
    }

    @Test func aVerdictItsOwnFiguresContradictIsAnError() throws {
        let report = ProseDocument.audit(["Diện tích trồng rừng mới đạt 700/760 ha, vượt kế hoạch."])
        let verdict = try #require(report.claims.first(.verdict))
        #expect(verdict.consistent == false)
        #expect(report.claims.first(.pair)?.stated == .exceeded)
        let finding = try #require(report.findings.first { $0.kind == .proseVerdictContradictsValues })
        #expect(finding.severity == .error)
        #expect(finding.message.contains("Không đạt"))
    }

    @Test func aVerdictTheTableContradictsIsAnError() throws {
        let report = ProseDocument.audit(["Tổng thu ngân sách nhà nước trên địa bàn ước đạt 3.800 tỷ đồng, đạt kế hoạch."],
                                         table: [["1", "Tổng thu ngân sách nhà nước trên địa bàn (tỷ đồng)", "4.000", "3.800", ""]])
        let verdict = try #require(report.claims.first(.verdict))
        #expect(verdict.indicator == "Tổng thu ngân sách nhà nước trên địa bàn (tỷ đồng)")
        #expect(verdict.consistent == false)
        #expect(report.findings.contains { $0.kind == .proseVerdictContradictsValues && $0.severity == .error })
    }
}

/// Issue 13, item 4: what was read and what was not.
struct ReadingCoverageTests {
    @Test func aDocumentWithFiguresOfWhichNothingWasReadIsAWarning() throws {
        let document = SourceDocument(name: "la.txt", blocks: [
            .paragraph(Paragraph(text: "Bảng số liệu kèm theo (đơn vị: tỷ đồng).", location: SourceLocation(line: 1))),
            .table(RawTable(rows: [
                ["Khoản mục", "Số tiền"].map { TableCell(text: $0, location: SourceLocation(line: 2)) },
                ["Thu từ đất", "1.234,5"].map { TableCell(text: $0, location: SourceLocation(line: 3)) },
                ["Thu phí", "87,25"].map { TableCell(text: $0, location: SourceLocation(line: 4)) },
            ], location: SourceLocation(line: 2, table: 1))),
        ])
        let report = Auditor().audit(document)
        let finding = try #require(report.findings.first { $0.kind == .nothingRead })
        #expect(finding.severity == .warning)
        #expect(finding.message.contains("2 số trong 1 bảng"))
        #expect(report.coverage.rowsRead == 0 && report.coverage.claims == 0)
        #expect(report.coverage.rowsUnread == 2 && report.coverage.numbersUnplaced == 2)
    }

    @Test func theCellsOfATableNotFoundAreNumbersNotPlaced() {
        // A web page's table copied one cell a line, under a header the reader does not know:
        // its figures stand as paragraphs of their own and must not vanish from the count.
        let lines = ["Kết quả sản xuất 9 tháng", "Nhóm hàng", "Cùng kỳ", "9 tháng 2022", "2021", "2022",
                     "1", "Lúa gạo", "3.512,6", "3.720,1", "2", "Cà phê", "98,5%", "> 90", "7 - 7,5", "46*"]
        let report = ProseDocument.audit(lines)
        #expect(report.coverage.numbersUnplaced == 7, "3.512,6 | 3.720,1 | 98,5% | > 90 | 7 - 7,5 (two) | 46*; not the years 2021, 2022 nor the row numbers 1, 2: \(report.coverage)")
        #expect(["3.512,6", "3.720,1", "98,5%", "> 90", "7 - 7,5", "46*"].map(StrayTableCell.figures(in:)) == [1, 1, 1, 1, 2, 1])
        #expect(StrayTableCell.figures(in: "2011-2015") == 0)
        #expect(StrayTableCell.figures(in: "Tăng 5%") == 0, "words make it prose, not a cell")
    }

    @Test func aDocumentWithoutFiguresOrWithClaimsIsNotNothingRead() {
        #expect(ProseDocument.audit(["Tình hình kinh tế tiếp tục phục hồi."]).findings.isEmpty)
        #expect(!ProseDocument.audit(["Thu ngân sách 3.900 tỷ đồng, chưa đạt kế hoạch."]).findings.contains { $0.kind == .nothingRead })
    }

    @Test func theSeedSaysWhatItRead() {
        let coverage = Seed.report.coverage
        #expect(coverage.tables == 2)
        #expect(coverage.rowsRead == 36)
        #expect(coverage.claims == Seed.report.claims.count && coverage.claims > 10)
        #expect(coverage.sentence.hasPrefix("Đã đọc: 2 bảng, 36 hàng chỉ tiêu, \(coverage.claims) nhận định trong văn bản; chưa đọc được: "))
        #expect(!Seed.report.findings.contains { $0.kind == .nothingRead })
    }
}

struct SeedClaimTests {
    /// The seed's "% kế hoạch" sentences whose figures are in its tables all check.
    @Test(arguments: ["đạt 102,5% kế hoạch", "đạt 106,7% kế hoạch", "đạt 110,9% dự toán tỉnh giao", "đạt 104,4% dự toán giao"])
    func ratiosTheTablesConfirm(_ text: String) throws {
        let claim = try #require(Seed.report.claims.first { $0.kind == .ratio && $0.text == text }, "“\(text)” not read")
        #expect(claim.consistent == true, "“\(text)”: \(claim.check ?? "")")
        #expect(claim.matchedRow)
    }

    @Test func theFiveYearSummaryIsACountClaim() throws {
        let claim = try #require(Seed.report.claims.first { $0.kind == .count && $0.text.contains("15/18") })
        #expect(claim.counts == ClaimCounts(metOrExceeded: 15, total: 18))
        #expect(Seed.report.claims.contains { $0.kind == .count && $0.text == "03/18 chỉ tiêu không đạt" && $0.counts?.missed == 3 })
        #expect(Seed.fiveYear.statedSummary?.text == "đạt và vượt 15/18 chỉ tiêu")
        #expect(Seed.fiveYear.statedSummary?.missed == 3)
        // Checked against the five-year table it stands above, whatever that table recomputes to.
        let computed = Seed.fiveYear.computedSummary.total
        #expect(claim.consistent == (computed.metOrExceeded == 15 && computed.missed == 3))
        #expect(claim.check?.contains("Bảng kế hoạch 5 năm 2021-2025") == true)
        #expect(Seed.report.findings(.summaryCountMismatch).isEmpty == (claim.consistent == true))
    }

    @Test func noClaimOfTheSeedIsAFalseError() {
        let claimKinds: Set<Finding.Kind> = [.proseVerdictContradictsValues, .claimCountInconsistent]
        #expect(Seed.report.findings.filter { claimKinds.contains($0.kind) }.map(\.message) == [])
    }
}
