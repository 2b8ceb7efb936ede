import Testing
import VeDichCore
@testable import VeDichImport

/// Ways of writing a claim that the first reader missed (issue 13, item 3), each in several
/// wordings of our own: an office's report and a journalist's article say the same thing apart.
struct RatioWithItsBaseBeforeTests {
    /// The plan first, then the value, then a bare "đạt 104%": a ratio to that plan.
    @Test(arguments: [
        "Kế hoạch giao 500 tỷ đồng, ước thực hiện 520 tỷ đồng, đạt 104%.",
        "Kế hoạch giao 500 tỷ, ước thực hiện 520 tỷ đồng, đạt 104%.",
        "Về thu ngân sách, kế hoạch năm 2023 là 500 tỷ đồng, ước cả năm thu được 520 tỷ đồng, đạt 104%.",
        "Thu ngân sách ước đạt 520 tỷ đồng, đạt 104% so với kế hoạch giao 500 tỷ đồng.",
        "Thu ngân sách: kế hoạch 500 tỷ đồng, thực hiện 520 tỷ đồng, bằng 104%.",
    ])
    func aBarePercentAfterThePlanIsARatioToIt(_ text: String) throws {
        let ratio = try #require(ProseDocument.claims(text).first(.ratio), "no ratio in “\(text)”")
        #expect(ratio.statedPercent?.value == 104, "“\(text)”")
        #expect(ratio.target?.value == 500 && ratio.actual?.value == 520, "“\(text)”: \(ratio.text)")
        #expect(ratio.consistent == true, "“\(text)”: \(ratio.check ?? "")")
        #expect(ratio.text.contains("104%"), "the claim quotes its figure: \(ratio.text)")
    }

    @Test func aWrongRatioToThePlanBeforeIsAFindingQuotingBoth() throws {
        let report = ProseDocument.audit(["Kế hoạch giao 500 tỷ đồng, ước thực hiện 520 tỷ đồng, đạt 110%."])
        let ratio = try #require(report.claims.first(.ratio))
        #expect(ratio.consistent == false)
        let finding = try #require(report.findings.first { $0.kind == .narrativeFigureMismatch })
        #expect(finding.message.contains("110%") && finding.message.contains("104,00%"), "\(finding.message)")
        #expect(finding.severity == .warning, "the base is read from an earlier phrase: not surely the ratio's")
    }

    @Test(arguments: [
        "So với kế hoạch, tổng thu ngân sách trên địa bàn ước đạt 104%.",
        "So với dự toán năm, thu nội địa đạt khoảng 104%.",
    ])
    func aComparisonWithThePlanOpeningTheSentenceMakesARatio(_ text: String) throws {
        let ratio = try #require(ProseDocument.claims(text).first(.ratio), "no ratio in “\(text)”")
        #expect(ratio.statedPercent?.value == 104)
        #expect(ratio.stated == .exceeded)
        #expect(ratio.consistent == nil, "no figures to check it against")
    }

    /// A bare percentage is a level, or a ratio to another base, unless the plan is named before.
    @Test(arguments: [
        "Kế hoạch năm 2024, tỷ lệ che phủ rừng đạt 42%.",
        "Theo kế hoạch, tỷ lệ che phủ rừng đạt 42%, tỷ lệ hộ nghèo giảm 1,5%.",
        "Tỷ lệ che phủ rừng đạt 42%.",
        "Kim ngạch xuất khẩu đạt 520 triệu USD, bằng 105% cùng kỳ.",
        "Kim ngạch xuất khẩu đạt 520 triệu USD, bằng 105% so với cùng kỳ năm trước.",
        "Tổng vốn đầu tư toàn xã hội khoảng 35% GRDP.",
    ])
    func aBarePercentWithoutAPlanIsNoRatio(_ text: String) {
        #expect(ProseDocument.claims(text).first(.ratio) == nil, "“\(text)”")
    }

    @Test func aRatioToTheSamePeriodBesideARatioToPlanIsNotTakenForIt() throws {
        for text in ["Kim ngạch xuất khẩu đạt 520 triệu USD, đạt 105% kế hoạch, tăng 8% cùng kỳ.",
                     "Kim ngạch xuất khẩu đạt 520 triệu USD, bằng 112% cùng kỳ, đạt 105% kế hoạch.",
                     "Kế hoạch giao 500 tỷ đồng, ước thực hiện 520 tỷ đồng, đạt 104% kế hoạch, bằng 112%."] {
            let ratios = ProseDocument.claims(text).filter { $0.kind == .ratio }
            #expect(ratios.compactMap(\.statedPercent?.value).filter { $0 != 104 && $0 != 105 } == [], "“\(text)”: \(ratios.map(\.text))")
            #expect(ratios.count == 1, "“\(text)”: \(ratios.map(\.text))")
        }
    }

    /// "400 000 ha": thousands set apart by a space are one number.
    @Test(arguments: ["Diện tích gieo trồng khoảng 400 000 ha, đạt 101% kế hoạch.", "Diện tích gieo trồng khoảng 400\u{00A0}000 ha, đạt 101% kế hoạch."])
    func spacedThousandsAreOneNumber(_ text: String) throws {
        let ratio = try #require(ProseDocument.claims(text).first(.ratio))
        #expect(ratio.actual?.value == 400_000, "“\(text)”")
        let table = [["1", "Diện tích gieo trồng (ha)", "396.000", "400.000", "Vượt"]]
        let checked = try #require(ProseDocument.audit([text], table: table).claims.first(.ratio))
        #expect(checked.consistent == true, "\(checked.check ?? "")")
    }

    @Test func aMonthOrAListBeforeSpacedDigitsIsNotAThousand() throws {
        let tokens = ProseToken.tokens(of: "tháng 10 100 lao động")
        #expect(tokens.compactMap(\.number).map(\.value) == [10, 100])
    }
}

struct ThresholdPlanTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var actual: Double
        var form: Figure.Form
        var testDescription: String { text }
    }

    @Test(arguments: [
        Case(text: "Tỷ lệ che phủ rừng đạt 86% (kế hoạch là trên 85%).", actual: 86, form: .greaterThan),
        Case(text: "Tỷ lệ che phủ rừng đạt 86%, kế hoạch là trên 85%.", actual: 86, form: .greaterThan),
        Case(text: "Tỷ lệ hộ nghèo giảm còn 2,8% (kế hoạch phấn đấu dưới 3%).", actual: 2.8, form: .lessThan),
        Case(text: "Tỷ lệ lao động qua đào tạo đạt 68%, kế hoạch từ 70% trở lên.", actual: 68, form: .atLeast),
        Case(text: "Tỷ lệ trẻ em suy dinh dưỡng còn 11,5% (mục tiêu không quá 12%).", actual: 11.5, form: .atMost),
    ])
    func aThresholdPlanMakesAPair(_ phrasing: Case) throws {
        let pair = try #require(ProseDocument.claims(phrasing.text).first(.pair), "no pair in “\(phrasing.text)”")
        #expect(pair.actual?.value == phrasing.actual)
        #expect(pair.targetRange?.form == phrasing.form, "“\(phrasing.text)”")
    }

    @Test func aVerdictAgainstAThresholdPlanIsChecked() throws {
        let wrong = ProseDocument.audit(["Tỷ lệ hộ nghèo còn 3,2% (kế hoạch dưới 3%), đạt kế hoạch."])
        #expect(wrong.claims.first(.verdict)?.consistent == false)
        let right = ProseDocument.audit(["Tỷ lệ hộ nghèo còn 2,8% (kế hoạch dưới 3%), đạt kế hoạch."])
        #expect(right.claims.first(.verdict)?.consistent == true)
        #expect(right.findings.filter { $0.severity == .error }.isEmpty)
    }
}

struct PlanFirstPairTests {
    @Test(arguments: [
        ("Vốn đầu tư công: kế hoạch 1.200 tỷ đồng, thực hiện 1.080 tỷ đồng.", 1080.0, 1200.0),
        ("Kế hoạch giao 27.000 tỷ đồng, ước thực hiện 25.545 tỷ đồng.", 25_545, 27_000),
        ("Tỷ lệ che phủ rừng: kế hoạch 85%, thực hiện 86%.", 86, 85),
    ])
    func thePlanThenTheValueIsAPair(_ text: String, _ actual: Double, _ target: Double) throws {
        let pair = try #require(ProseDocument.claims(text).first(.pair), "no pair in “\(text)”")
        #expect(pair.actual?.value == actual && pair.target?.value == target, "“\(text)”")
    }

    @Test func figuresOfAnotherUnitAreNoPair() {
        #expect(ProseDocument.claims("Kế hoạch giao 500 tỷ đồng, thực hiện 12 dự án.").first(.pair) == nil)
    }
}

struct ListedVerdictTests {
    @Test(arguments: [
        "Các chỉ tiêu thu ngân sách, kim ngạch xuất khẩu, tổng vốn đầu tư toàn xã hội đều vượt kế hoạch.",
        "Năm 2023, thu ngân sách, kim ngạch xuất khẩu và tổng vốn đầu tư toàn xã hội đều vượt kế hoạch đề ra.",
        "Thu ngân sách, kim ngạch xuất khẩu, tổng vốn đầu tư toàn xã hội cũng đều vượt.",
    ])
    func oneVerdictSaidOfSeveralIndicators(_ text: String) throws {
        let verdict = try #require(ProseDocument.claims(text).first(.verdict), "no verdict in “\(text)”")
        #expect(verdict.stated == .exceeded)
        #expect(verdict.subjects.count == 3, "“\(text)”: \(verdict.subjects)")
        #expect(verdict.text.hasPrefix(verdict.subjects[0]) || verdict.text.hasPrefix("Các chỉ tiêu"), "the claim quotes the list: \(verdict.text)")
        #expect(verdict.indicator == nil)
    }

    @Test func eachListedIndicatorIsCheckedAgainstItsRow() throws {
        let rows = [
            ["1", "Thu ngân sách nhà nước (tỷ đồng)", "4.000", "4.200", ""],
            ["2", "Kim ngạch xuất khẩu (triệu USD)", "500", "480", ""],
            ["3", "Tổng vốn đầu tư toàn xã hội (tỷ đồng)", "20.000", "21.000", ""],
        ]
        let report = ProseDocument.audit(["Các chỉ tiêu thu ngân sách nhà nước, kim ngạch xuất khẩu, tổng vốn đầu tư toàn xã hội đều vượt kế hoạch."], table: rows)
        let verdict = try #require(report.claims.first(.verdict))
        #expect(verdict.consistent == false)
        let finding = try #require(report.findings.first { $0.kind == .proseVerdictContradictsValues })
        #expect(finding.severity == .warning, "found by name only")
        #expect(finding.message.contains("Kim ngạch xuất khẩu"))
        #expect(!finding.message.contains("Thu ngân sách nhà nước (tỷ đồng)” (4.200"), "a row that agrees is not named as a contradiction")
    }
}

struct SpelledCountTests {
    @Test(arguments: [
        ("Có hai chỉ tiêu không đạt là tốc độ tăng trưởng và thu ngân sách.", ClaimCounts(missed: 2)),
        ("Năm nay huyện hoàn thành mười lăm chỉ tiêu, còn ba chỉ tiêu chưa đạt.", ClaimCounts(metOrExceeded: 15, missed: 3)),
        ("Trong hai mươi mốt chỉ tiêu chủ yếu, có mười chín chỉ tiêu đạt và vượt.", ClaimCounts(metOrExceeded: 19, total: 21)),
        ("Có 02/03 chỉ tiêu đạt kế hoạch.", ClaimCounts(metOrExceeded: 2, total: 3)),
    ])
    func aCountInWordsIsACount(_ text: String, _ counts: ClaimCounts) {
        let claims = ProseDocument.claims(text).filter { $0.kind == .count }
        #expect(CountClaimChecker.merged(claims.compactMap(\.counts)) == counts, "“\(text)”: \(claims.map(\.text))")
    }

    @Test func fiveIsAYearUnlessIndicatorsFollow() {
        #expect(ProseDocument.claims("Năm năm qua, tỉnh đạt nhiều kết quả.").first(.count) == nil)
    }
}

struct DifferenceWithItsPlanTests {
    /// The plan's figure printed beside the difference settles it, and the claim quotes the value.
    @Test(arguments: [
        ("Tỷ lệ lao động tham gia bảo hiểm xã hội đạt 35,1%, thấp hơn 0,4% so với chỉ tiêu UBND tỉnh giao (35,5%).", 35.1, 35.5),
        ("Tỷ lệ bao phủ bảo hiểm y tế đạt 38,05%, vượt 0,05% so với chỉ tiêu đề ra tại Nghị quyết số 03-NQ/TU ngày 10/12/2021 của Tỉnh ủy (38%).", 38.05, 38),
        ("Tỷ lệ hộ dân dùng nước sạch đạt 86,25%, thấp hơn 5,25% so với kế hoạch là 91,5%.", 86.25, 91.5),
    ])
    func aDifferenceToAPrintedPlanIsChecked(_ text: String, _ actual: Double, _ target: Double) throws {
        let claim = try #require(ProseDocument.claims(text).first(.difference), "no difference in “\(text)”")
        #expect(claim.actual?.value == actual && claim.target?.value == target, "“\(text)”")
        #expect(claim.consistent == true, "“\(text)”: \(claim.check ?? "")")
        #expect(claim.text.contains(try #require(claim.actual).formatted), "the claim quotes the value: \(claim.text)")
    }

    @Test func aSecondDifferenceOfTheSameValueKeepsThatValue() throws {
        let claims = ProseDocument.claims("Độ bao phủ bảo hiểm y tế mới đạt 86,25% dân số, thấp hơn 5,25% so với chỉ tiêu Trung ương giao (91,5%) và thấp hơn 5,75% so với chỉ tiêu của tỉnh (92%).")
            .filter { $0.kind == .difference }
        #expect(claims.map { $0.actual?.value } == [86.25, 86.25])
        #expect(claims.map { $0.target?.value } == [91.5, 92])
        #expect(claims.allSatisfy { $0.consistent == true })
    }

    @Test func aWrongDifferenceToAPrintedPlanIsAWarningQuotingBoth() throws {
        let report = ProseDocument.audit(["Tỷ lệ lao động qua đào tạo đạt 65,1%, cao hơn 1,5% so với chỉ tiêu tỉnh giao (64%)."])
        #expect(report.claims.first(.difference)?.consistent == false)
        let finding = try #require(report.findings.first { $0.kind == .narrativeFigureMismatch })
        #expect(finding.severity == .warning)
        #expect(finding.message.contains("1,1") && finding.message.contains("1,5"), "\(finding.message)")
    }

    /// "tăng 7,07% so với kế hoạch" of a rate: points or a share of the plan. Reported, not guessed.
    @Test(arguments: [
        "Tỷ lệ lao động tham gia bảo hiểm thất nghiệp đạt 39,07% (tăng 7,07% so với kế hoạch).",
        "Tốc độ tăng giá trị sản xuất ước đạt 10,7% (tăng 0,5% so với kế hoạch).",
        "Tỷ lệ dân số tham gia bảo hiểm xã hội tự nguyện đạt 1,55%, vượt kế hoạch 1,34%.",
    ])
    func aPercentOverARateWithoutItsPlanIsAmbiguous(_ text: String) throws {
        let report = ProseDocument.audit([text])
        let claim = try #require(report.claims.first(.difference), "no difference in “\(text)”")
        #expect(claim.ambiguity != nil && claim.target == nil && claim.consistent == nil, "“\(text)”")
        #expect(report.findings.contains { $0.kind == .ambiguousClaim && $0.severity == .info })
        #expect(claim.text.contains(try #require(claim.actual).formatted), "the claim quotes the value: \(claim.text)")
    }

    @Test func exceedingATargetByAFewPointsIsStillPoints() throws {
        let claim = try #require(ProseDocument.claims("Tổng sản phẩm trên địa bàn (GRDP) ước tăng 7,36% so với năm 2016 (vượt mục tiêu Nghị quyết 0,36%).").first(.difference))
        #expect(claim.ambiguity == nil)
        #expect(claim.target.map { abs($0.value - 7) < 1e-9 } == true)
        #expect(claim.text.contains("7,36%") && claim.text.hasSuffix(")"), "\(claim.text)")
    }
}

struct PlanBesideAVerdictTests {
    @Test(arguments: [
        ("Tỷ lệ dân số tham gia bảo hiểm y tế đạt 92,1%, vượt kế hoạch (Kế hoạch đề ra 92%).", 92.1, 92.0, Verdict.exceeded),
        ("Tỷ lệ người cao tuổi được trợ giúp đạt 100% (vượt so với Nghị quyết đề ra là 40%).", 100, 40, .exceeded),
        ("Số xã đạt chuẩn nông thôn mới là 12 xã, không đạt kế hoạch (kế hoạch giao 15 xã).", 12, 15, .missed),
    ])
    func thePlanInBracketsMakesAPairWithTheValue(_ text: String, _ actual: Double, _ target: Double, _ stated: Verdict) throws {
        let pair = try #require(ProseDocument.claims(text).first(.pair), "no pair in “\(text)”")
        #expect(pair.actual?.value == actual && pair.target?.value == target, "“\(text)”")
        #expect(pair.stated == stated)
        #expect(pair.consistent == true, "\(pair.check ?? "")")
    }

    @Test func aPlanInBracketsWithoutAValueIsNoPair() {
        #expect(ProseDocument.claims("Công tác giải ngân vẫn chậm, không đạt kế hoạch (kế hoạch giao 15 xã).").first(.pair) == nil)
    }
}

struct ComparisonFirstAndSharedVerbTests {
    @Test(arguments: [
        ("Ước thu ngân sách 6 tháng đầu năm là 404 tỷ đồng, so dự toán giao đạt 42%, bằng 96% so với cùng kỳ.", 42.0),
        ("Nếu so với kế hoạch Thủ tướng Chính phủ giao, tỷ lệ giải ngân đạt 58,33%.", 58.33),
    ])
    func theComparisonBeforeTheFigure(_ text: String, _ percent: Double) throws {
        let ratios = ProseDocument.claims(text).filter { $0.kind == .ratio }
        #expect(ratios.compactMap(\.statedPercent?.value) == [percent], "“\(text)”: \(ratios.map(\.text))")
    }

    @Test func aSecondRatioSharesTheVerb() throws {
        let ratios = ProseDocument.claims("Ước thu 32.144 tỷ đồng, đạt 143% dự toán Trung ương giao, 135% dự toán HĐND tỉnh giao, tăng hơn 40% so với năm trước.")
            .filter { $0.kind == .ratio }
        #expect(ratios.compactMap(\.statedPercent?.value) == [143, 135])
        #expect(ratios.allSatisfy { $0.actual?.value == 32_144 })
    }
}

struct NamedVerdictAndTotalFirstTests {
    @Test(arguments: ["Năm 2021 không đạt chỉ tiêu che phủ rừng", "Năm 2023, tỉnh không đạt chỉ tiêu tăng trưởng kinh tế."])
    func aVerdictNamingItsIndicatorAfterIt(_ text: String) throws {
        let verdict = try #require(ProseDocument.claims(text).first(.verdict), "no verdict in “\(text)”")
        #expect(verdict.stated == .missed)
        #expect(verdict.indicator == String(text.split(separator: "chỉ tiêu ").last ?? "").trimmingCharacters(in: .punctuationCharacters))
    }

    @Test func theTotalBeforeTheBreakdownIsPartOfTheCount() throws {
        let counts = ProseDocument.claims("Trong số 21 chỉ tiêu Nghị quyết đề ra năm 2023, có 18 chỉ tiêu đạt và vượt kế hoạch, 3 chỉ tiêu không đạt.").filter { $0.kind == .count }
        #expect(CountClaimChecker.merged(counts.compactMap(\.counts)) == ClaimCounts(metOrExceeded: 18, missed: 3, total: 21))
        #expect(counts.first?.text.hasPrefix("21 chỉ tiêu") == true)
    }
}

struct WordsBeforeThePercentTests {
    @Test(arguments: [
        ("Có 225 hộ thoát nghèo, đạt tỷ lệ 112,5% so với kế hoạch.", 112.5),
        ("Kim ngạch xuất khẩu đạt 520 triệu USD, đạt mức 105% kế hoạch.", 105),
    ])
    func aRateOrLevelWordBeforeThePercentStillMakesARatio(_ text: String, _ percent: Double) throws {
        let ratio = try #require(ProseDocument.claims(text).first(.ratio), "no ratio in “\(text)”")
        #expect(ratio.statedPercent?.value == percent, "“\(text)”")
    }

    @Test func aRateWithoutAPlanIsNoRatio() {
        #expect(ProseDocument.claims("Tỷ lệ che phủ rừng đạt tỷ lệ 45%.").first(.ratio) == nil)
    }
}
