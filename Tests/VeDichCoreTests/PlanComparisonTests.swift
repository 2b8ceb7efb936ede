import Testing
import VeDichCore

/// The "% kế hoạch" cell, one rule for every output.
struct PlanComparisonTests {
    private func compare(_ value: String, _ target: String, _ direction: Direction = .higher, rangeEnd: PlanComparison.RangeEnd = .upper,
                         name: String = "", unit: String? = nil) throws -> PlanComparison? {
        let target = try Figure.parse(target)
        let unit = MeasureUnit(unit)
        return PlanComparison(value: try Figure.parse(value), target: target, direction: direction, rangeEnd: rangeEnd,
                              isGrowthRate: PlanComparison.isGrowthRate(name: name, target: target, unit: unit), unit: unit)
    }

    @Test func aPointTargetIsValueOverTarget() throws {
        let comparison = try #require(try compare("4.160", "4.060", name: "Lượng khách du lịch (nghìn lượt)"))
        #expect(comparison.kind == .ratio)
        #expect(comparison.text == "đạt 102,5% kế hoạch")
        #expect(abs(comparison.number - 102.463) < 0.001)
    }

    @Test func aRangeIsMeasuredAgainstTheEndTheSettingNamesAndSaysWhich() throws {
        let upper = try #require(try compare("38,2", "38 - 39", name: "Tỷ lệ lao động qua đào tạo (%)"))
        #expect(upper.text == "đạt 97,9% so với cận trên 39")
        let lower = try #require(try compare("38,2", "38 - 39", rangeEnd: .lower, name: "Tỷ lệ lao động qua đào tạo (%)"))
        #expect(lower.text == "đạt 100,5% so với cận dưới 38")
    }

    @Test func aGrowthRateGetsTheDifferenceInPoints() throws {
        // Seed 2024 I.1: GRDP grew 6,33% against a plan of 7 - 7,5%.
        let comparison = try #require(try compare("6,33", "7 - 7,5", name: "Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP) (%)", unit: "%"))
        #expect(comparison.kind == .difference)
        #expect(comparison.text == "thấp hơn cận dưới 0,67 điểm %")
        #expect(abs(comparison.number + 0.67) < 1e-9)
        #expect(try compare("7,2", "7 - 7,5", name: "Tốc độ tăng GRDP (%)")?.text == "trong khoảng kế hoạch")
    }

    @Test func aThresholdGetsNoRatioEvenWhenEqualled() throws {
        #expect(try compare("3", ">3")?.text == "bằng ngưỡng 3")
        #expect(try compare("2,02", "<3", .lower, unit: "%")?.text == "thấp hơn ngưỡng 0,98 điểm %")
        #expect(try compare("94,8", "≥95%")?.text == "thấp hơn ngưỡng 0,2 điểm %")
    }

    @Test func aLowerIsBetterOrNegativeValueGetsTheDifference() throws {
        #expect(try compare("2,5", "còn 2,02%", .lower)?.kind == .difference)
        let negative = try #require(try compare("-4,33", "8 - 9", name: "Doanh thu (tỷ đồng)"))
        #expect(negative.kind == .difference)
        #expect(negative.text == "thấp hơn cận dưới 12,33")
    }

    @Test func unitsAreConvertedOrTheCellIsEmpty() throws {
        #expect(try compare("4.400 triệu đồng", "4,4 tỷ đồng")?.text == "đạt 100,0% kế hoạch")
        #expect(try compare("7 tỷ đồng", "7%") == nil)
    }

    @Test func growthRatesAreToldFromShares() throws {
        #expect(PlanComparison.isGrowthRate(name: "Tốc độ tăng tổng sản phẩm (GRDP) (%)", target: nil))
        #expect(PlanComparison.isGrowthRate(name: "Tỷ lệ hộ nghèo giảm (%)", target: nil))
        #expect(!PlanComparison.isGrowthRate(name: "Tỷ lệ lao động qua đào tạo (%)", target: nil))
        #expect(!PlanComparison.isGrowthRate(name: "Thu ngân sách tăng", target: try Figure.parse("4.400 tỷ đồng")))
    }
}
