import Testing
import VeDichCore
@testable import VeDichImport

/// Claims whose figures stand in more than one place (issue 13, item 3): a count's total in the
/// sentence before, a value named again in the next sentence ("Mức tăng trưởng năm nay …"), a plan
/// in brackets at the end of a long phrase, a sentence wrapped over two lines as a PDF copy keeps it;
/// and figures that must not be put together: a year's value beside another year's plan.
struct CountTotalInTheSentenceBeforeTests {
    @Test(arguments: [
        "Năm 2023 có 20 chỉ tiêu chủ yếu. Kết quả, đạt và vượt 16 chỉ tiêu, 4 chỉ tiêu không đạt.",
        "Nghị quyết HĐND tỉnh đề ra 20 chỉ tiêu. Ước cả năm có 16 chỉ tiêu đạt và vượt, 4 chỉ tiêu không đạt.",
        "Năm 2023 có 20 chỉ tiêu chủ yếu. Các ngành đã tích cực triển khai nhiệm vụ. Kết quả, đạt và vượt 16 chỉ tiêu, 4 chỉ tiêu không đạt.",
    ])
    func theCountTakesTheTotalStatedBefore(_ text: String) throws {
        let report = ProseDocument.audit([text])
        let count = try #require(report.claims.first(.count), "no count in “\(text)”")
        #expect(count.counts == ClaimCounts(metOrExceeded: 16, missed: 4, total: 20), "“\(text)”")
        #expect(count.text.contains("20 chỉ tiêu") && count.text.contains("16"), "the claim quotes its total: \(count.text)")
        #expect(report.findings.isEmpty, "\(report.findings.map(\.message))")
    }

    @Test func partsThatDoNotAddUpToTheTotalBeforeAreAWarning() throws {
        let report = ProseDocument.audit(["Năm 2023 có 20 chỉ tiêu chủ yếu. Ước cả năm đạt và vượt 17 chỉ tiêu, 2 chỉ tiêu không đạt."])
        let finding = try #require(report.findings.first { $0.kind == .claimCountInconsistent })
        #expect(finding.severity == .warning)
        #expect(finding.message.contains("19") && finding.message.contains("20"), "\(finding.message)")
    }

    /// A number of indicators that the parts exceed, or two of them, is not the count's total.
    @Test(arguments: [
        "Năm 2023 có 5 chỉ tiêu về môi trường. Cả năm đạt và vượt 16 chỉ tiêu, 4 chỉ tiêu không đạt.",
        "Nghị quyết đề ra 26 chỉ tiêu, gồm 10 chỉ tiêu kinh tế. Cả năm đạt và vượt 16 chỉ tiêu, 4 chỉ tiêu không đạt.",
    ])
    func aNumberOfIndicatorsThatIsNotTheTotalIsLeft(_ text: String) throws {
        let report = ProseDocument.audit([text])
        let count = try #require(report.claims.first(.count))
        #expect(count.counts?.total == nil, "“\(text)”: \(String(describing: count.counts))")
        #expect(report.findings.isEmpty, "\(report.findings.map(\.message))")
    }
}

struct ValueNamedAgainTests {
    static let gdp = "Tổng sản phẩm trong nước (GDP) năm 2017 ước tính tăng 6,81% so với năm 2016, trong đó quý I tăng 5,15%; quý II tăng 6,28%; quý III tăng 7,46%; quý IV tăng 7,65%."

    /// "vượt mục tiêu đề ra 6,7%" names the plan (6,7%), not a margin of 6,7 points: the value is
    /// the sentence before's 6,81%.
    @Test func theRateOfTheSentenceBeforeMeetsThePlanNamedAfterIt() throws {
        let report = ProseDocument.audit([Self.gdp + " Mức tăng trưởng năm nay vượt mục tiêu đề ra 6,7% và cao hơn mức tăng của các năm từ 2011-2016."])
        let pair = try #require(report.claims.first(.pair), "\(report.claims.map(\.text))")
        #expect(pair.actual?.value == 6.81 && pair.target?.value == 6.7, "GDP 2017: \(pair.text)")
        #expect(pair.stated == .exceeded)
        #expect(pair.consistent == true, "\(pair.check ?? "")")
        #expect(pair.text.contains("6,81%") && pair.text.contains("6,7%"), "the claim quotes both figures: \(pair.text)")
        #expect(report.findings.filter { $0.severity != .info }.isEmpty, "\(report.findings.map(\.message))")
    }

    /// A quarter's figure is not the year's: without the year's value, 6,7% may be the plan or the margin.
    @Test func aQuarterBeforeGivesNoValueAndThePhraseIsAmbiguous() throws {
        let report = ProseDocument.audit(["Quý IV tăng 7,65%. Mức tăng trưởng năm nay vượt mục tiêu đề ra 6,7%."])
        #expect(report.claims.first(.pair) == nil)
        #expect(report.findings.contains { $0.kind == .ambiguousClaim && $0.message.contains("6,7%") }, "\(report.findings.map(\.message))")
    }

    @Test func aFigureFarBelowTheValueAfterThePlanIsStillAMargin() throws {
        let difference = try #require(ProseDocument.claims("Thu ngân sách đạt 5.080 tỷ đồng, vượt dự toán giao 80 tỷ đồng.").first(.difference))
        #expect(difference.target?.value == 5000, "\(difference.text)")
        let pair = try #require(ProseDocument.claims("Thu ngân sách đạt 5.200 tỷ đồng, vượt dự toán giao 5.000 tỷ đồng.").first(.pair))
        #expect(pair.target?.value == 5000 && pair.consistent == true, "\(pair.text)")
    }
}

struct PlanInBracketsAfterAPhraseTests {
    static let sentence = "Như vậy, qua kết quả nêu ở trên, hiện trạng tăng trưởng kinh tế đang thấp hơn rất nhiều so với mục tiêu Đại hội Đảng bộ tỉnh lần thứ XX đề ra (mục tiêu: tăng trưởng GRDP bình quân 7-8% mỗi năm)."

    @Test func aVerdictWithItsPlanInBracketsIsAPair() throws {
        let pair = try #require(ProseDocument.claims(Self.sentence).first(.pair))
        #expect(pair.stated == .missed)
        #expect(pair.targetRange?.form == .range && pair.targetRange?.interval.lower?.value == 7, "\(pair.text)")
        #expect(pair.text.contains("7-8%"))
        #expect(pair.consistent == nil, "no value in the sentence: nothing to check")
    }

    /// As a PDF copy gives it: the sentence broken after "thấp hơn", the next line in lower case.
    @Test func aSentenceWrappedOverTwoLinesIsReadWhole() throws {
        let lines = ["Như vậy, qua kết quả nêu ở trên, hiện trạng tăng trưởng kinh tế đang thấp hơn",
                     "rất nhiều so với mục tiêu Đại hội Đảng bộ tỉnh lần thứ XX đề ra (mục tiêu: tăng trưởng GRDP bình quân 7-8% mỗi năm)."]
        let pair = try #require(ProseDocument.audit(lines).claims.first(.pair))
        #expect(pair.stated == .missed && pair.text.contains("7-8%"))
    }

    @Test func aHeadingIsNotJoinedToTheLineAfterIt() {
        #expect(!WrappedParagraphs.continues("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2023", with: "Năm 2023, tăng trưởng đạt 7%."))
        #expect(!WrappedParagraphs.continues("Thu ngân sách đạt 5.200 tỷ đồng, vượt kế hoạch.", with: "tăng 8% so với cùng kỳ."))
    }

    @Test func aPlanPrintedWithItsUnitChecksTheDifference() throws {
        let right = try #require(ProseDocument.audit(["Thu nhập bình quân đầu người đạt 2.080 USD, vượt 80 USD so với kế hoạch (2.000 USD)."]).claims.first(.difference))
        #expect(right.consistent == true, "\(right.check ?? "")")
        let report = ProseDocument.audit(["Thu nhập bình quân đầu người đạt 2.080 USD, vượt 90 USD so với kế hoạch (2.000 USD)."])
        #expect(report.claims.first(.difference)?.consistent == false)
        let finding = try #require(report.findings.first { $0.kind == .narrativeFigureMismatch })
        #expect(finding.severity == .warning)
        #expect(finding.message.contains("90") && finding.message.contains("chênh 80"), "\(finding.message)")
    }
}

struct AnotherPeriodTests {
    /// "(6,5%)" after "cao hơn năm 2022" is last year's rate, not the value set against the plan.
    @Test(arguments: [
        "Tốc độ tăng trưởng GRDP năm 2023 đạt 7,2%, cao hơn năm 2022 (6,5%), vượt kế hoạch đề ra (kế hoạch 7%).",
        "GRDP tăng 7,2%, cùng kỳ năm trước tăng 6,5%, vượt kế hoạch (kế hoạch 7%).",
    ])
    func aFigureOfAnotherPeriodIsNotTheValue(_ text: String) throws {
        let report = ProseDocument.audit([text])
        let pair = try #require(report.claims.first(.pair), "no pair in “\(text)”")
        #expect(pair.actual?.value == 7.2, "“\(text)”: \(pair.text)")
        #expect(pair.consistent == true)
        #expect(report.findings.filter { $0.severity == .error }.isEmpty, "\(report.findings.map(\.message))")
    }

    @Test func aValueOfOneYearIsNotPairedWithThePlanOfTheNext() {
        #expect(ProseDocument.claims("Năm 2022 tăng trưởng đạt 6,5%, kế hoạch năm 2023 là 7%.").first(.pair) == nil)
    }

    @Test func aGrowthWithNoObjectAfterAVerdictIsAmbiguous() throws {
        let report = ProseDocument.audit(["Thu ngân sách đạt 5.350 tỷ đồng, vượt kế hoạch, tăng 7%."])
        let ratio = try #require(report.claims.first(.ratio))
        #expect(ratio.statedPercent == nil && ratio.consistent == nil)
        #expect(report.findings.contains { $0.kind == .ambiguousClaim && $0.message.contains("cùng kỳ") })
    }
}

struct PairWithoutAVerdictWordTests {
    @Test func aPairAloneIsComputedButNotJudged() throws {
        let pair = try #require(ProseDocument.claims("Thu ngân sách đạt 5.200/5.000 tỷ đồng.").first(.pair))
        #expect(pair.computedPercent == 104)
        #expect(pair.consistent == nil, "nothing stated to check")
    }

    @Test func aPairIsCheckedByTheRatioSaidOfIt() throws {
        let right = try #require(ProseDocument.claims("Thu ngân sách đạt 5.200/5.000 tỷ đồng, bằng 104% kế hoạch.").first(.pair))
        #expect(right.consistent == true && right.statedPercent?.value == 104, "\(right.check ?? "")")
        let report = ProseDocument.audit(["Thu ngân sách đạt 5.200/5.000 tỷ đồng, bằng 106% kế hoạch."])
        #expect(report.claims.first(.pair)?.consistent == false)
        let finding = try #require(report.findings.first { $0.kind == .narrativeFigureMismatch })
        #expect(finding.message.contains("106%") && finding.message.contains("104,00%"), "\(finding.message)")
        #expect(report.findings.filter { $0.kind == .narrativeFigureMismatch }.count == 1, "one finding for one wrong ratio")
    }

    /// Checked at the precision written: 118,2% of a true 118,16% agrees.
    @Test func aRatioWrittenWithOneDecimalAgreesWithItsRounding() throws {
        let pair = try #require(ProseDocument.claims("Diện tích trồng rừng mới đạt 812/687,2 ha, đạt 118,2% kế hoạch.").first(.pair))
        #expect(pair.consistent == true, "\(pair.check ?? "")")
    }
}

struct NotMetAndNotEvaluableWordsTests {
    @Test(arguments: [
        ("Sản lượng lương thực đạt thấp so với kế hoạch.", Verdict.missed),
        ("Thu ngân sách trên địa bàn đạt thấp hơn kế hoạch.", .missed),
        ("Vốn đầu tư phát triển chưa đạt kế hoạch.", .missed),
        ("Chỉ tiêu giảm tỷ lệ hộ nghèo không hoàn thành.", .missed),
        ("Tỷ lệ lao động qua đào tạo chưa có số liệu.", .noData),
        ("Chỉ tiêu thu nhập bình quân đầu người chưa đánh giá.", .noData),
        ("Tỷ lệ hộ gia đình văn hóa chưa đủ cơ sở đánh giá.", .noData),
    ])
    func theWordsStateTheVerdict(_ text: String, _ verdict: Verdict) throws {
        let claim = try #require(ProseDocument.claims(text).first(.verdict), "no verdict in “\(text)”")
        #expect(claim.stated == verdict, "“\(text)”")
    }

    @Test func aLowGrowthWithoutAPlanIsNoVerdict() {
        #expect(ProseDocument.claims("Sản lượng lương thực đạt thấp.").first(.verdict) == nil)
    }
}

struct PlanLeftUnsaidTests {
    /// "vượt 0,3%" after a rate, in a paragraph that named the plan before: 0,3 points or 0,3% of the
    /// plan. Reported as ambiguous with both plans it could be, not guessed.
    @Test func aMarginAfterARateWithThePlanNamedBeforeIsAmbiguous() throws {
        let report = ProseDocument.audit(["Độ bao phủ BHYT hàng năm vượt chỉ tiêu kế hoạch. Cụ thể, tỷ lệ bao phủ BHYT đạt 93,5%, vượt 0,3%; tỷ lệ người dân hài lòng đạt trên 87%."])
        let difference = try #require(report.claims.first(.difference))
        #expect(difference.text == "93,5%, vượt 0,3%")
        #expect(difference.consistent == nil)
        let finding = try #require(report.findings.first { $0.kind == .ambiguousClaim })
        #expect(finding.message.contains("93,2%") && finding.message.contains("93,22%"), "\(finding.message)")
    }

    @Test(arguments: [
        "Tỷ lệ bao phủ BHYT đạt 93,5%, vượt 0,3%.",
        "Năm nay vượt chỉ tiêu kế hoạch. Thu ngân sách đạt 5.200 tỷ đồng, vượt 4%.",
    ])
    func withoutAPlanBeforeOrAfterALevelItIsNotAClaim(_ text: String) {
        #expect(ProseDocument.claims(text).first(.difference) == nil, "“\(text)”")
    }
}

struct RateInBracketsAfterThePlanTests {
    @Test func aRateAloneInBracketsAfterThePlanIsItsFigure() throws {
        let report = ProseDocument.audit(["Tốc độ tăng trưởng GRDP đạt 6,5%, không đạt kế hoạch (7%)."])
        let pair = try #require(report.claims.first(.pair))
        #expect(pair.actual?.value == 6.5 && pair.target?.value == 7, "the value is the one before the bracket: \(pair.text)")
        #expect(pair.consistent == true)
        #expect(report.findings.isEmpty, "\(report.findings.map(\.message))")
        let wrong = ProseDocument.audit(["Tốc độ tăng trưởng GRDP đạt 6,5%, vượt kế hoạch (7%)."])
        #expect(wrong.findings.contains { $0.kind == .proseVerdictContradictsValues }, "\(wrong.findings.map(\.message))")
    }

    /// Lower is better for the poverty rate: 2,5% against a plan of 3% is exceeded, as the row would be.
    @Test(arguments: ["Tỷ lệ hộ nghèo giảm còn 2,5%, vượt kế hoạch (3%).", "Tỷ lệ hộ nghèo giảm còn 2,5%, vượt kế hoạch (kế hoạch 3%)."])
    func theIndicatorsNameSaysWhichWayIsBetter(_ text: String) throws {
        let report = ProseDocument.audit([text])
        #expect(report.claims.first(.verdict)?.consistent == true, "“\(text)”")
        #expect(report.findings.filter { $0.severity == .error }.isEmpty, "\(report.findings.map(\.message))")
    }

    @Test func aLevelInBracketsIsNotAPlan() {
        #expect(ProseDocument.claims("Thu ngân sách đạt 520 tỷ đồng, đạt 52% kế hoạch (6 tháng).").first(.pair) == nil)
    }

    /// "3 chỉ tiêu ước đạt" beside "20 chỉ tiêu đạt và vượt" of 25: side by side, not inside.
    @Test func anEstimatedMetBesideMetOrExceededAddsUp() throws {
        let report = ProseDocument.audit(["Trong số 25 chỉ tiêu chủ yếu, có 20 chỉ tiêu đạt và vượt kế hoạch, 3 chỉ tiêu ước đạt, 2 chỉ tiêu không đạt."])
        let count = try #require(report.claims.first(.count))
        #expect(count.counts == ClaimCounts(met: 3, metOrExceeded: 23, missed: 2, total: 25))
        #expect(report.findings.isEmpty, "\(report.findings.map(\.message))")
    }
}
