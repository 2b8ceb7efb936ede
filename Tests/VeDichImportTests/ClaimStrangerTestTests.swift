import Testing
import VeDichCore
@testable import VeDichImport

/// What a stranger's audit of twenty real documents found in the claims (issue 13): scale words
/// in prose figures, half-year ratios, counts written with a typo or the plan between verdict
/// and count, shares of communes, and ratios against a named issuer's plan.
struct ScaleWordsInProseFiguresTests {
    /// The value and its plan in different scales of one unit: converted by the core's unit rule.
    @Test(arguments: [
        ("Tổng vốn đầu tư đạt 4,4 nghìn tỷ đồng, bằng 110% kế hoạch (kế hoạch 4.000 tỷ đồng).", 110.0),
        ("Thu ngân sách đạt 4,4 ngàn tỷ đồng, bằng 110% kế hoạch (kế hoạch 4.000 tỷ đồng).", 110.0),
        ("Diện tích gieo trồng đạt 8,8 nghìn ha, bằng 110% kế hoạch (kế hoạch 8.000 ha).", 110.0),
        ("Lượt khách du lịch đạt 8,43 triệu lượt, bằng 105,4% kế hoạch (kế hoạch 8.000 nghìn lượt).", 105.4),
        ("Kim ngạch xuất khẩu đạt 1,92 tỷ USD, bằng 106,7% kế hoạch (kế hoạch 1.800 triệu USD).", 106.7),
    ])
    func aValueInAnotherScaleIsConvertedBeforeTheRatio(_ text: String, _ percent: Double) throws {
        let report = ProseDocument.audit([text])
        let ratio = try #require(report.claims.first(.ratio), "no ratio in “\(text)”")
        #expect(ratio.statedPercent?.value == percent)
        #expect(ratio.consistent == true, "“\(text)”: \(ratio.check ?? "")")
        #expect(!report.findings.contains { $0.kind == .narrativeFigureMismatch }, "“\(text)”: \(report.findings.map(\.message))")
    }

    @Test func aWrongRatioInAnotherScaleIsStillFound() throws {
        let report = ProseDocument.audit(["Tổng vốn đầu tư đạt 4,4 nghìn tỷ đồng, bằng 120% kế hoạch (kế hoạch 4.000 tỷ đồng)."])
        let ratio = try #require(report.claims.first(.ratio))
        #expect(ratio.consistent == false)
        let finding = try #require(report.findings.first { $0.kind == .narrativeFigureMismatch })
        #expect(finding.message.contains("110,00%") && finding.message.contains("nghìn tỷ đồng"), "\(finding.message)")
    }

    /// Dollars against đồng cannot be reconciled: not checked, never an error.
    @Test func unitsThatCannotBeReconciledAreNotChecked() throws {
        let report = ProseDocument.audit(["Kim ngạch xuất khẩu đạt 1,92 tỷ USD, bằng 106,7% kế hoạch (kế hoạch 1.800 tỷ đồng)."])
        let ratio = try #require(report.claims.first(.ratio))
        #expect(ratio.consistent == nil, "\(ratio.check ?? "")")
        #expect(!report.findings.contains { $0.kind == .narrativeFigureMismatch })
    }

    /// "4,6 nghìn tỷ đồng, đạt 75,3% kế hoạch" against a row in tỷ đồng: the row's unit converts the value.
    @Test func aValueInThousandsOfBillionsMatchesARowInBillions() throws {
        let report = ProseDocument.audit(["Tổng giá trị sản xuất ước đạt 7,9 nghìn tỷ đồng, đạt 100,4% kế hoạch."],
                                         table: [["1", "Tổng giá trị sản xuất (tỷ đồng)", "7.867", "7.900,5", "Vượt"]])
        let ratio = try #require(report.claims.first(.ratio))
        #expect(ratio.consistent == true, "Tổng giá trị sản xuất: \(ratio.check ?? "")")
        #expect(!report.findings.contains { $0.kind == .narrativeFigureMismatch }, "\(report.findings.map(\.message))")
    }
}

struct RatiosInAPartOfYearReportTests {
    static func halfYear(_ paragraphs: [String]) -> AuditReport {
        ProseDocument.audit(["BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2019"] + paragraphs)
    }

    /// Half way through the year, 49,17% of the year's plan is progress, not a miss.
    @Test(arguments: ["Tổng giá trị sản xuất ước đạt 3.868 tỷ đồng, đạt 49,17% kế hoạch.",
                      "Tổng đàn gia cầm có hơn 602.000 con, đạt 98,7% kế hoạch.",
                      "Số hợp tác xã thành lập mới đạt 150% so với kế hoạch."])
    func aRatioToTheYearsPlanStatesNoVerdict(_ text: String) throws {
        let ratio = try #require(Self.halfYear([text]).claims.first(.ratio), "no ratio in “\(text)”")
        #expect(ratio.statedPercent != nil)
        #expect(ratio.stated == nil, "“\(text)”: \(String(describing: ratio.stated))")
    }

    @Test func aParagraphThatOpensWithTheMonthsGoneBySpeaksOfProgress() throws {
        let report = ProseDocument.audit(["6 tháng đầu năm 2023, kinh tế - xã hội của huyện phát triển ổn định. Sản xuất vụ xuân đạt 100,1% kế hoạch."])
        let ratio = try #require(report.claims.first(.ratio))
        #expect(ratio.stated == nil)
    }

    @Test func aVerdictWordIsStillAVerdict() throws {
        let ratio = try #require(Self.halfYear(["Diện tích trồng rừng vượt 12% so với kế hoạch."]).claims.first(.ratio))
        #expect(ratio.stated == .exceeded)
    }

    @Test func aYearReportStillReadsTheVerdictFromTheRatio() throws {
        let ratio = try #require(ProseDocument.claims("Tổng giá trị sản xuất ước đạt 7.868 tỷ đồng, đạt 98,7% kế hoạch.").first(.ratio))
        #expect(ratio.stated == .missed)
    }
}

struct CountsAsOfficesWriteThemTests {
    @Test func thePlanBetweenTheVerdictAndTheCount() throws {
        let count = try #require(ProseDocument.claims("Huyện đã thực hiện đạt và vượt kế hoạch 24/25 chỉ tiêu kinh tế - xã hội.").first(.count))
        #expect(count.counts?.metOrExceeded == 24 && count.counts?.total == 25, "\(String(describing: count.counts))")
        #expect(count.counts?.exceeded == nil)
    }

    /// "chi tiêu" for "chỉ tiêu", and exceeded, met and missed side by side adding up to the total.
    @Test(arguments: [
        "Trong tổng số 27 chi tiêu mà Nghị quyết HĐND huyện đề ra, có 14 chi tiêu vượt kế hoạch, 12 chỉ tiêu đạt kế hoạch, 1 chỉ tiêu không đạt.",
        "Năm 2019 có 27 chỉ tiêu, trong đó 14 chỉ tiêu vượt kế hoạch, 12 đạt, 1 không đạt.",
    ])
    func disjointPartsAddUpToTheTotal(_ text: String) throws {
        let report = ProseDocument.audit([text])
        let count = try #require(report.claims.first(.count), "no count in “\(text)”")
        let counts = try #require(count.counts)
        #expect(counts.total == 27 && counts.exceeded == 14 && counts.met == 12 && counts.missed == 1, "“\(text)”: \(counts)")
        #expect(counts.sumOfParts == 27)
        #expect(!report.findings.contains { $0.message.contains("cộng lại") }, "\(report.findings.map(\.message))")
    }

    @Test func spendingIsNoIndicator() {
        #expect(ProseDocument.claims("Có 14 chi tiêu vượt định mức đã được rà soát.").first(.count) == nil)
    }

    @Test func aListShorterThanItsCountIsAWarning() throws {
        let report = ProseDocument.audit(["Năm 2022 có 2 chỉ tiêu không đạt là: tỷ lệ hộ nghèo."])
        let count = try #require(report.claims.first(.count))
        #expect(count.listMismatches.count == 1, "\(count.listMismatches)")
        let finding = try #require(report.findings.first { $0.message.contains("kể tên 1") })
        #expect(finding.severity == .warning)
    }

    @Test func anExplanationAfterTheCountIsNoList() throws {
        let count = try #require(ProseDocument.claims("Năm 2022 có 2 chỉ tiêu không đạt là do ảnh hưởng của dịch bệnh.").first(.count))
        #expect(count.listMismatches.isEmpty)
    }
}

struct SharesAndIssuersTests {
    @Test(arguments: ["Đến tháng 9/2024, toàn tỉnh có 320/411 xã đạt chuẩn NTM, tương đương 77,86%, vượt kế hoạch.",
                      "Theo kế hoạch, có 12/15 trường học được công nhận đạt chuẩn quốc gia."])
    func unitsThatReachedAStandardAreAShareNotAPlanPair(_ text: String) {
        #expect(ProseDocument.claims(text).first(.pair) == nil, "“\(text)”")
    }

    @Test func aRatioToTheCentralBudgetIsCheckedOnItsColumn() throws {
        let document = SourceDocument(name: "ha-tinh.txt", blocks: [
            .paragraph(Paragraph(text: "Tổng thu ngân sách nhà nước trên địa bàn đạt 18.040 tỷ đồng, đạt 114,2% dự toán Trung ương giao và 111% dự toán HĐND tỉnh giao.",
                                 location: SourceLocation(line: 1))),
            .table(RawTable(rows: [
                ["TT", "Nội dung", "Dự toán Trung ương giao", "Dự toán HĐND tỉnh giao", "Ước thực hiện năm 2022", "Đánh giá"],
                ["1", "Tổng thu ngân sách nhà nước trên địa bàn (tỷ đồng)", "15.800", "16.250", "18.040", "Vượt"],
            ].enumerated().map { row, cells in
                cells.enumerated().map { TableCell(text: $1, location: SourceLocation(line: 2 + row, table: 1, row: row + 1, cell: $0 + 1)) }
            }, location: SourceLocation(line: 2, table: 1))),
        ])
        let claims = Auditor().audit(document).claims.filter { $0.kind == .ratio }
        let central = try #require(claims.first { $0.statedPercent?.value == 114.2 })
        #expect(central.target?.value == 15800, "Tổng thu ngân sách, Trung ương: \(central.check ?? "")")
        #expect(central.consistent == true)
        let council = try #require(claims.first { $0.statedPercent?.value == 111 })
        #expect(council.target?.value == 16250, "Tổng thu ngân sách, HĐND tỉnh: \(council.check ?? "")")
        #expect(council.consistent == true)
    }
}
