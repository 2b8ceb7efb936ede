import Testing
import VeDichCore

struct PlausibilityTests {
    private func codes(_ value: String, unit: String? = nil, name: String? = nil, previous: Double? = nil) throws -> [PlausibilityWarning.Code] {
        Plausibility.warnings(value: try Figure.parse(value), unit: MeasureUnit(unit), name: name, previous: previous).map(\.code)
    }

    @Test func aShareAbove100IsQuestioned() throws {
        let warnings = Plausibility.warnings(value: try Figure.parse("104,5"), unit: .percent, name: "Tỷ lệ người dân tham gia bảo hiểm y tế")
        #expect(warnings.map(\.code) == [.shareAbove100])
        #expect(warnings.first?.message.contains("vượt quá 100%") == true)
        #expect(try codes("98,5%", name: "Tỷ lệ dân cư nông thôn sử dụng nước hợp vệ sinh").isEmpty)
    }

    @Test func aPercentTypedWithoutItsCommaIsQuestionedWithTheLikelyValue() throws {
        let warnings = Plausibility.warnings(value: try Figure.parse("4400"), unit: .percent, name: "Tỷ lệ lao động qua đào tạo")
        #expect(warnings.map(\.code) == [.percentLooksRaw])
        #expect(warnings.first?.message.contains("44,00%") == true, "\(warnings)")
    }

    @Test func aGrowthRateMayExceed100() throws {
        #expect(try codes("120%", name: "Tốc độ tăng thu ngân sách").isEmpty)
    }

    @Test func tenTimesOrATenthOfLastYearIsQuestioned() throws {
        #expect(try codes("41.600", unit: "nghìn lượt", name: "Lượng khách du lịch", previous: 4_060) == [.tenfoldChange])
        #expect(try codes("416", unit: "nghìn lượt", previous: 4_160) == [.tenfoldChange])
        #expect(try codes("4.160", unit: "nghìn lượt", previous: 4_060).isEmpty)
        let message = Plausibility.warnings(value: try Figure.parse("41.600"), previous: 4_060).first?.message ?? ""
        #expect(message.contains("gấp 10,2 lần") && message.contains("4.060"), "\(message)")
    }
}
