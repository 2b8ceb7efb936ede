import Testing
import VeDichCore

/// The figures a plan's pages and reports derive from its values: the previous period, the
/// shortfall, the growth between years and the verdicts that changed.
struct PlanFiguresTests {
    typealias Candidate = PreviousPeriod.Candidate<String>

    static func value(_ text: String) throws -> FigureValue { FigureValue(try Figure.parse(text)) }

    // MARK: Previous period

    @Test func anAnnualPlanSetsItselfBesideTheYearBeforeOfficialFirst() throws {
        let candidates = [
            Candidate(key: "GRDP bình quân đầu người", period: .year(2023), version: .preliminary, revision: 3, figure: try Self.value("60,1")),
            Candidate(key: "GRDP bình quân đầu người", period: .year(2023), version: .official, revision: 1, figure: try Self.value("59,8")),
            Candidate(key: "Thu ngân sách", period: .year(2023), version: .preliminary, revision: 1, figure: try Self.value("4.100")),
            Candidate(key: "Thu ngân sách", period: Period(kind: .span, startYear: 2021, endYear: 2023), version: .official,
                      revision: 1, figure: try Self.value("3.919")),
        ]
        let chosen = try #require(PreviousPeriod.choose(for: .year(2024), from: candidates))
        #expect(chosen.period == .year(2023), "an annual plan compares with a year before a span")
        #expect(chosen.values["GRDP bình quân đầu người"]?.text == "59,8", "the official figure wins over a newer preliminary one")
        #expect(chosen.values["Thu ngân sách"]?.text == "4.100", "a preliminary figure stands when there is no official one")
    }

    @Test func theSeedsSpanStandsBesideThe2024Plan() throws {
        let span = Period(kind: .span, startYear: 2021, endYear: 2023)
        let chosen = try #require(PreviousPeriod.choose(for: .year(2024), from: [
            Candidate(key: "Tốc độ tăng GRDP", period: span, version: .official, revision: 1, figure: try Self.value("6,33")),
        ]))
        #expect(chosen.period == span)
    }

    @Test func aFiveYearPlanComparesWithTheSpanBeforeIt() throws {
        let chosen = try #require(PreviousPeriod.choose(for: Period(kind: .span, startYear: 2021, endYear: 2025), from: [
            Candidate(key: "Tốc độ tăng GRDP", period: .year(2020), version: .official, revision: 1, figure: try Self.value("2,1")),
            Candidate(key: "Tốc độ tăng GRDP", period: Period(kind: .spanAverage, startYear: 2016, endYear: 2020), version: .official,
                      revision: 1, figure: try Self.value("6,8")),
        ]))
        #expect(chosen.period.startYear == 2016)
        #expect(chosen.values["Tốc độ tăng GRDP"]?.text == "6,8")
    }

    @Test func estimatesHalvesAndOtherYearsAreNotThePreviousPeriod() throws {
        let candidates = [
            Candidate(key: "Thu ngân sách", period: .year(2023), version: .fullYearEstimate, revision: 1, figure: try Self.value("4.000")),
            Candidate(key: "Thu ngân sách", period: Period(kind: .firstHalf, startYear: 2023, endYear: 2023), version: .official,
                      revision: 1, figure: try Self.value("2.000")),
            Candidate(key: "Thu ngân sách", period: .year(2022), version: .official, revision: 1, figure: try Self.value("3.800")),
        ]
        #expect(PreviousPeriod.choose(for: .year(2024), from: candidates)?.period == nil)
    }

    // MARK: Shortfall

    @Test func aHigherIsBetterLevelIsShortOfItsPlan() throws {
        let shortfall = try #require(Shortfall(value: 4160, target: try Self.value("4.400"), direction: .higher))
        #expect(shortfall.side == .belowFloor)
        #expect(shortfall.text(targetText: "4.400", fractionDigits: 0) == "còn thiếu 240 so với kế hoạch 4.400")
        #expect(Shortfall(value: 4500, target: try Self.value("4.400"), direction: .higher) == nil)
    }

    @Test func aLowerIsBetterRateIsShortByItsExcessOverTheCeiling() throws {
        // Tỷ lệ hộ nghèo: kế hoạch dưới 3%, ước 3,4%.
        let shortfall = try #require(Shortfall(value: 3.4, target: try Self.value("<3%"), direction: .lower))
        #expect(shortfall.side == .aboveCeiling)
        #expect(abs(shortfall.amount - 0.4) < 1e-9)
        #expect(shortfall.text(targetText: "<3%", fractionDigits: 1, unit: "điểm %")
            == "còn vượt 0,4 điểm % so với mức tối đa của kế hoạch <3%")
        #expect(Shortfall(value: 2.5, target: try Self.value("<3%"), direction: .lower) == nil, "below a ceiling is no shortfall")
    }

    @Test func aValueAtAnOpenBoundHasNotPassedIt() throws {
        let shortfall = try #require(Shortfall(value: 3, target: try Self.value(">3"), direction: .higher))
        #expect(shortfall.amount == 0)
        #expect(shortfall.text(targetText: ">3", fractionDigits: 0) == "bằng ngưỡng 3, chưa vượt qua")
        #expect(Shortfall(value: 3, target: try Self.value("≥3"), direction: .higher) == nil)
    }

    @Test func aBandIsShortOnEitherSide() throws {
        let band = try Self.value("38 - 39")
        #expect(try #require(Shortfall(value: 37.5, target: band, direction: .band)).side == .belowFloor)
        #expect(try #require(Shortfall(value: 39.4, target: band, direction: .band)).side == .aboveCeiling)
        #expect(Shortfall(value: 38.5, target: band, direction: .band) == nil)
    }

    // MARK: Growth

    @Test func growthComparesConsecutiveYearsNeverOneYearWithItself() throws {
        let growth = try #require(YearOnYearGrowth(yearly: [
            .init(year: 2023, value: 100, version: .official),
            .init(year: 2024, value: 105.2, version: .fullYearEstimate),
        ]))
        #expect(growth.sentence == "Năm 2024 (ước cả năm) tăng 5,20% so với năm 2023 (chính thức).")
        #expect(YearOnYearGrowth(yearly: [.init(year: 2024, value: 100, version: .official),
                                          .init(year: 2024, value: 105, version: .fullYearEstimate)]) == nil,
                "two versions of one year are no growth")
        #expect(YearOnYearGrowth(yearly: [.init(year: 2021, value: 100, version: .official),
                                          .init(year: 2024, value: 105, version: .official)]) == nil,
                "a gap of years is no year-on-year growth")
    }

    // MARK: Changed verdicts

    @Test func onlyVerdictsJudgedInBothVersionsChange() {
        let estimate: [(String, Verdict)] = [("Thu ngân sách", .met), ("Tỷ lệ hộ nghèo", .missed), ("Số xã nông thôn mới", .noData),
                                             ("Tỷ lệ che phủ rừng", .met)]
        let official: [(String, Verdict)] = [("Thu ngân sách", .exceeded), ("Tỷ lệ hộ nghèo", .missed), ("Số xã nông thôn mới", .met),
                                             ("Tỷ lệ che phủ rừng", .noData)]
        let changes = VerdictChange.changes(before: estimate, now: official)
        #expect(changes.map(\.key) == ["Thu ngân sách"])
        #expect(changes.first?.before == .met)
        #expect(changes.first?.now == .exceeded)
    }
}
