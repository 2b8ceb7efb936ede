import Testing
import VeDichCore

struct MetricsTests {
    @Test func secondHalfMustGrow895PercentInTheSeed() throws {
        let rate = SecondHalfRate(annualTarget: 7, firstHalf: 4.72, share: 0.461)
        let required = try #require(rate.required)
        #expect(VietnameseNumber.format(required, fractionDigits: 2) == "8,95")
        let annual = SecondHalfRate.annualGrowth(firstHalf: 4.72, secondHalf: required, share: 0.461)
        #expect(abs(annual - 7) < 1e-9)
        let share = try #require(SecondHalfRate.impliedShare(annualTarget: 7, firstHalf: 4.72, secondHalf: required))
        #expect(abs(share - 0.461) < 1e-9)
    }

    @Test func aShareOfOneLeavesNoSecondHalf() {
        #expect(SecondHalfRate(annualTarget: 7, firstHalf: 4, share: 1).required == nil)
    }

    @Test func growthAgainstTheSamePeriod() throws {
        #expect(try #require(Growth.percent(value: 113.12, base: 100)) - 13.12 < 1e-9)
        #expect(Growth.sentence(value: 97.5, base: 100, baseName: "cùng kỳ") == "giảm 2,50% so với cùng kỳ")
        #expect(Growth.sentence(value: 4160, base: 3919, baseName: "trung bình giai đoạn 2021 - 2023")
            == "tăng 6,15% so với trung bình giai đoạn 2021 - 2023")
        #expect(Growth.percent(value: 1, base: 0) == nil)
    }

    @Test func percentOfARangeSaysWhichEnd() throws {
        let value = try Figure.parse("38,2")
        let target = try Figure.parse("38 - 39")
        let upper = try #require(PercentOfTarget(value: value, target: target))
        #expect(upper.basis == .upperEnd)
        #expect(VietnameseNumber.format(upper.percent, fractionDigits: 1) == "97,9")
        #expect(upper.sentence() == "đạt 97,9% so với cận trên 39 của kế hoạch")
        let lower = try #require(PercentOfTarget(value: value, target: target, basis: .lowerEnd))
        #expect(VietnameseNumber.format(lower.percent, fractionDigits: 1) == "100,5")
    }

    @Test func percentOfAPointTarget() throws {
        let percent = try #require(PercentOfTarget(value: try Figure.parse("8.302,2"), target: try Figure.parse("7.485")))
        #expect(percent.basis == .point)
        #expect(VietnameseNumber.format(percent.percent, fractionDigits: 1) == "110,9")
        #expect(PercentOfTarget(value: try Figure.parse("<5"), target: try Figure.parse("≥5")) == nil)
    }

    @Test func amountStillNeeded() {
        #expect(Growth.amountStillNeeded(target: 4400, soFar: 4160) == 240)
        #expect(Growth.amountStillNeeded(target: 4400, soFar: 4500) == 0)
    }
}
