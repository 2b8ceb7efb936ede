import Testing
import VeDichCore
@testable import VeDichImport

/// The seed audit (issue: report reader and auditor, "Done when").
struct SeedAuditTests {
    /// Code, target, value and label exactly as printed in the seed, for all 36 numbered rows.
    static let printed2024: [(String, String?, String?, String)] = [
        ("I.1", "7 - 7,5", "6,33", "Không đạt"), ("I.2", nil, nil, "Không đạt"), ("I.3", "65 - 66", "62,2", "Không đạt"),
        ("I.4", "4.060", "4.160", "Vượt"), ("I.5", "8 - 9", "8,3", "Đạt"), ("I.6", "7.485", "8.302,2", "Vượt"),
        ("I.7", "38 - 39", "38,2", "Đạt"), ("II.1", "10", "11", "Vượt"), ("II.2", "97,2", "96,7", "Vượt"),
        ("II.3", "15", "16", "Vượt"), ("II.4", "75,9", "75,9", "Đạt"), ("II.5", "100", "100", "Đạt"),
        ("II.6", "64", "64", "Đạt"), ("II.7", ">3", "2,0", "Không đạt"), ("II.8", "≥5", "<5", "Không đạt"),
        ("III.1", "9.000", "9.600", "Đạt"), ("III.2", "98,5", "98,5", "Đạt"), ("III.3", "96,6", "96,6", "Đạt"),
    ]
    static let printedFiveYear: [(String, String?, String?, String)] = [
        ("I.1", "7 - 7,5", "7,0", "Đạt"), ("I.2", nil, nil, "Không đạt"), ("I.3", "2.900 - 3.000", "2.903,3", "Đạt"),
        ("I.4", "4.400", "4.400", "Đạt"), ("I.5", "8 - 9", "8,94", "Đạt"), ("I.6", "8 - 9", "(-4,33)", "Không đạt"),
        ("I.7", "166 - 168", "175,6", "Vượt"), ("II.1", "115", "118", "Vượt"), ("II.2", "100", "100", "Vượt"),
        ("II.3", "300", "316", "Vượt"), ("II.4", "60", "80", "Vượt"), ("II.5", "200", "200", "Đạt"),
        ("II.6", "65", "65", "Đạt"), ("II.7", "<3", "2,02", "Đạt"), ("II.8", "≥5", "<5", "Không đạt"),
        ("III.1", "9.000", "9.683,2", "Vượt"), ("III.2", "99", "99", "Đạt"), ("III.3", "97", "97", "Đạt"),
    ]

    @Test func findsBothTablesAndTheirKinds() {
        #expect(Seed.report.tables.count == 2)
        #expect(Seed.year2024.table.kind == .annual)
        #expect(Seed.fiveYear.table.kind == .fiveYear)
        #expect(Seed.year2024.table.title.hasPrefix("II. ƯỚC THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU"))
        #expect(Seed.year2024.table.columns == ["TT", "Chỉ tiêu", "Kế hoạch", "Giai   đoạn   2021 -   2023", "Ước TH   cả năm   2024", "Đánh giá thực hiện"])
        #expect(Seed.year2024.table.groups.map(\.title) == ["Các chỉ tiêu kinh tế", "Các chỉ tiêu xã hội", "Các chỉ tiêu môi trường"])
    }

    @Test(arguments: [("2024", printed2024), ("2021-2025", printedFiveYear)])
    func readsEveryNumberedRowAsPrinted(_ period: String, _ expected: [(String, String?, String?, String)]) {
        let table = period == "2024" ? Seed.year2024 : Seed.fiveYear
        #expect(table.rows.map(\.indicator.code.description) == expected.map(\.0), "\(period)")
        for (code, target, value, label) in expected {
            guard let row = table.row(code) else { Issue.record("\(period) \(code) not read"); continue }
            #expect(row.indicator.line.target?.text == target, "\(period) \(code) \(row.indicator.line.name)")
            #expect(row.indicator.line.actual?.text == value, "\(period) \(code) \(row.indicator.line.name)")
            #expect(row.indicator.statedText == label, "\(period) \(code) \(row.indicator.line.name)")
        }
    }

    @Test func readsComponentsUnderTheirIndicator() throws {
        let structure = try #require(Seed.year2024.row("I.2"))
        #expect(structure.indicator.components.map(\.name) == ["Nông, lâm nghiệp", "Công nghiệp - xây dựng", "Dịch vụ", "Thuế sản phẩm trừ trợ cấp sản phẩm"])
        #expect(structure.indicator.components.allSatisfy { $0.direction == .band && $0.unit == "%" })
        let health = try #require(Seed.fiveYear.row("II.5"))
        #expect(health.indicator.components.map { $0.actual?.text } == ["11,5", "34", "95"])
        #expect(try #require(Seed.year2024.row("I.4")).indicator.components.first?.name == "Doanh thu du lịch (tỷ đồng)")
        #expect(Seed.year2024.row("I.4")?.indicator.line.previous.map { $0?.text } == ["3.919"])
    }

    @Test func theTableEndsWhereTheClosingTextBegins() throws {
        // "(Kèm theo phụ lục …)." and "Ủy ban nhân dân tỉnh Lạng Sơn trân trọng báo cáo …" follow
        // the five-year table's last line: text after the table, never one more sub-row.
        let last = try #require(Seed.fiveYear.rows.last)
        #expect(last.indicator.line.name == "Tỷ lệ chất thải rắn ở đô thị được thu gom và xử lý (%)")
        #expect(last.indicator.components.map(\.name) == ["Tỷ lệ chất thải y tế được xử lý (%)"])
        #expect(last.indicator.components.last?.statedText == "Đạt", "the last verdict holds no closing text")
    }

    @Test func flagsTheContradictionsAsErrors() {
        let errors = Seed.report.findings(.statedVerdictContradictsValues)
        #expect(errors.count == 2)
        #expect(errors.allSatisfy { $0.severity == .error })
        #expect(errors.contains { $0.message.contains("chỉ tiêu II.2") && $0.message.contains("Bảng kế hoạch năm 2024") && $0.location.line == 149 })
        #expect(errors.contains { $0.message.contains("chỉ tiêu II.5") && $0.message.contains("Bảng kế hoạch 5 năm 2021-2025") && $0.message.contains("“95” thấp hơn") && $0.message.contains("kế hoạch “98”") })
        #expect(Seed.year2024.row("II.2")?.computed == .missed)
        #expect(Seed.year2024.row("II.2")?.consistent == false)
        #expect(Seed.fiveYear.row("II.5")?.computed == .missed)
    }

    @Test func flagsPolicyDependentLabelsAsWarnings() {
        let warnings = Seed.report.findings(.statedVerdictDependsOnPolicy)
        #expect(warnings.map { $0.message.contains("chỉ tiêu II.2") || $0.message.contains("chỉ tiêu III.1") } == [true, true])
        #expect(warnings.allSatisfy { $0.severity == .warning && $0.message.contains("cách tính nới") && !$0.message.contains("strict")
            && $0.message.contains("Thành phần quyết định:") && $0.message.contains("Bảng kế hoạch 5 năm 2021-2025") })
    }

    @Test func reportsTheFiveYearSummaryMismatch() throws {
        let finding = try #require(Seed.report.findings(.summaryCountMismatch).first)
        #expect(finding.severity == .error)
        #expect(finding.message.contains("15/18"))
        #expect(finding.message.contains("đạt và vượt 14/18 chỉ tiêu"))
        #expect(Seed.fiveYear.statedSummary?.metOrExceeded == 15)
        #expect(Seed.fiveYear.statedSummary?.missed == 3)
        #expect(Seed.fiveYear.computedSummary.total.metOrExceeded == 14)
        #expect(Seed.year2024.computedSummary.total.sentence == "đạt và vượt 12/18 chỉ tiêu")
    }

    @Test func reportsTheMalformedNumberInTheFootnotes() throws {
        let finding = try #require(Seed.report.findings(.malformedNumber).first)
        #expect(finding.message.contains("9,15,0%"))
        #expect(finding.location.line == 500)
    }

    @Test func reportsTheGrowthWithoutItsPercentSign() throws {
        let finding = try #require(Seed.report.findings(.missingPercentSign).first)
        #expect(finding.message.contains("tăng 55,7 so với"))
    }

    @Test func notesTheNegativeInParentheses() {
        #expect(Seed.report.findings(.negativeInParentheses).contains { $0.message.contains("Thu nội địa") && $0.message.contains("-4,33") })
    }

    @Test func recomputesProseFiguresItCanCheck() {
        // "4.160 nghìn lượt khách, đạt 102,5% kế hoạch" and "9.600 ha, đạt 106,7% kế hoạch" agree with
        // the table; the retail growth 31,74% does not follow from 36.904 and the average 28.017,4.
        let mismatches = Seed.report.findings(.narrativeFigureMismatch)
        #expect(mismatches.count == 1)
        #expect(mismatches.first?.message.contains("31,72%") == true)
        #expect(mismatches.first?.severity == .warning)
    }

    @Test func everyFindingSaysWhere() {
        #expect(Seed.report.findings.allSatisfy { $0.location.line != nil && !$0.message.isEmpty })
        #expect(Seed.report.findings(.unparsedRow).isEmpty)
    }

    @Test func directionSaysWhyForEveryRow() throws {
        let poverty = try #require(Seed.fiveYear.row("II.7")).indicator.line
        #expect(poverty.direction == .lower)
        #expect(poverty.directionReason.contains("“<3”"))
        let reduction = try #require(Seed.year2024.row("II.7")).indicator.line
        #expect(reduction.direction == .higher)
        let crime = try #require(Seed.year2024.row("II.8")).indicator.components[0]
        #expect(crime.direction == .higher, "Giảm phạm pháp hình sự measures a reduction")
    }
}

struct SeedTargetListTests {
    var targets: [PlanTarget] { Seed.report.targets }

    func target(_ name: String) -> PlanTarget? { targets.first { $0.name == name } }

    @Test func readsEveryBulletOfTheThreeGroups() {
        #expect(targets.count == 30)
        #expect(targets.allSatisfy { $0.plan == "2025" })
        #expect(Set(targets.compactMap { $0.code?.group }) == ["I", "II", "III"])
        #expect(targets.filter { $0.code?.group == "I" }.map { $0.code?.number } == [1, 2, 2, 2, 2, 3, 4, 4, 5, 6, 7])
    }

    @Test func splitsCompoundBullets() throws {
        let shares = targets.filter { $0.parentName == "Cơ cấu kinh tế" }
        #expect(shares.map(\.name) == ["Nông lâm nghiệp", "Công nghiệp - xây dựng", "Dịch vụ", "Thuế sản phẩm trừ trợ cấp sản phẩm"])
        #expect(shares.map(\.figure.text) == ["chiếm 21 - 22%", "24 - 25%", "50 - 51%", "4 - 5%"])
        #expect(shares.allSatisfy { $0.direction == .band })
        #expect(target("Lượng khách du lịch")?.figure.interval == .point(4400))
        #expect(target("Lượng khách du lịch")?.unit == "nghìn lượt")
        #expect(target("Doanh thu")?.figure.interval == .point(5400))
        #expect(target("Doanh thu")?.unit == "tỷ đồng")
        #expect(target("Số bác sỹ trên 1 vạn dân")?.figure.interval == .point(11.5))
        #expect(target("Số giường bệnh trên 1 vạn dân")?.figure.interval == .point(34))
        #expect(target("Giảm tội phạm hình sự")?.figure.interval == Interval(lower: Bound(3), upper: nil))
    }

    @Test func readsNamesUnitsAndDirections() throws {
        let growth = try #require(target("Tốc độ tăng trưởng kinh tế (GRDP)"))
        #expect(growth.figure.interval == .closed(7.5, 8))
        #expect(growth.unit == "%")
        let poverty = try #require(target("Tỷ lệ hộ nghèo"))
        #expect(poverty.figure.interval == .point(2.02))
        #expect(poverty.direction == .lower)
        let income = try #require(target("Tổng sản phẩm bình quân đầu người trên địa bàn"))
        #expect(income.unit == "triệu đồng")
        #expect(income.figure.interval == .closed(68, 69))
        #expect(target("Xây dựng thêm xã đạt chuẩn nông thôn mới")?.figure.interval == .point(9))
        #expect(target("Tổng vốn đầu tư phát triển trên địa bàn")?.unit == "nghìn tỷ đồng")
        #expect(target("Giảm tai nạn giao thông cả 3 tiêu chí")?.direction == .higher)
    }
}
