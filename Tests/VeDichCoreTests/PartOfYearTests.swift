import Testing
import VeDichCore

/// Which column headers name part of a year, so a value under them is not judged against the year's target.
@Suite struct PartOfYearTests {
    @Test(arguments: [
        ("Ước TH 6 tháng đầu năm 2024", "6 tháng đầu năm"),
        ("Thực hiện 9 tháng năm 2018", "9 tháng"),
        ("Ước TH 06 tháng", "6 tháng"),
        ("Thực hiện quý I/2023", "quý I"),
        ("Lũy kế đến tháng 6/2024", "tháng 6"),
    ])
    func aHeaderNamingPartOfTheYearIsRecognised(header: String, part: String) {
        #expect(PartOfYear.named(in: header) == part, "\(header)")
    }

    @Test(arguments: ["Ước TH cả năm 2024", "Kế hoạch năm 2024", "Thực hiện 12 tháng", "Giai đoạn 2021 - 2025", "Tháng", "Ước TH 2021 - 2025", "Ước TH 6 tháng đầu 2021 - 2025"])
    func aWholeYearOrASpanIsNoPart(header: String) {
        #expect(PartOfYear.named(in: header) == nil, "\(header)")
    }

    @Test func theReasonNamesThePart() {
        #expect(PartOfYear.notJudged("6 tháng đầu năm 2024").contains("6 tháng đầu năm 2024 không được đánh giá so với kế hoạch cả năm"))
    }
}
