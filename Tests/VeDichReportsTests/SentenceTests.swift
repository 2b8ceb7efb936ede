import Foundation
import Testing
import VeDichCore
import VeDichReports

/// The sentences say what the evaluation says: counts, the missed indicators by name, % of plan.
@Suite struct SentenceTests {
    @Test func annualSummaryCountsAndNamesTheMissed() async throws {
        let section = try #require(try await Demo.report("2024").sections.first)
        let sentences = ReportSentences(section)
        let counts = section.evaluation.summary.total
        #expect(counts.total == 18)
        #expect(sentences.summary.hasPrefix("Ước cả năm 2024 đạt và vượt \(counts.metOrExceeded)/18 chỉ tiêu kế hoạch"))
        #expect(sentences.summary.contains("có \(counts.missed)/18 chỉ tiêu không đạt, gồm: "))
        for missed in section.evaluation.indicators where missed.verdict == .missed {
            #expect(sentences.summary.contains(ReportSentences.proseName(missed.name, unit: missed.unit)), "\(missed.name)")
        }
        #expect(sentences.summary.contains("Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)"))
        #expect(sentences.groups.hasPrefix("Theo nhóm: các chỉ tiêu kinh tế (I) có "))
        #expect(sentences.tableNote.contains(section.evaluation.policy.vietnameseName))
        #expect(!sentences.tableNote.contains("strict"), "the composite rule is named in Vietnamese")
    }

    @Test func fiveYearSummarySaysFourteenOfEighteen() async throws {
        let section = try #require(try await Demo.report("2021-2025").sections.first)
        let summary = ReportSentences(section).summary
        #expect(summary.hasPrefix("Ước thực hiện giai đoạn 2021 - 2025 đạt và vượt 14/18 chỉ tiêu kế hoạch"))
        #expect(summary.contains("có 4/18 chỉ tiêu không đạt, gồm: Cơ cấu kinh tế; "))
    }

    @Test func percentOfPlanOnlyWhereTargetIsANumber() async throws {
        let section = try #require(try await Demo.report("2024").sections.first)
        let sentences = ReportSentences(section).indicators
        #expect(sentences.count == 18)
        let tourists = try #require(sentences.first { $0.hasPrefix("I.4. Lượng khách du lịch:") })
        #expect(tourists.contains("ước đạt 4.160 nghìn lượt, đạt 102,5% kế hoạch (kế hoạch 4.060 nghìn lượt) (vượt)"))
        #expect(tourists.hasSuffix("đánh giá chung: vượt kế hoạch."))
        let growth = try #require(sentences.first { $0.hasPrefix("I.1.") })
        // A growth rate gets no ratio (6,33% of 7,5% is not "84% of the plan"): the difference in points.
        #expect(growth == "I.1. Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP): ước đạt 6,33%, thấp hơn cận dưới 0,67 điểm % "
            + "(kế hoạch 7 - 7,5%), không đạt kế hoạch.")
    }

    @Test func planWithoutValuesSaysSo() async throws {
        let section = try #require(try await Demo.report("2025").sections.first)
        #expect(ReportSentences(section).summary == "Ước cả năm 2025: kế hoạch có 18 chỉ tiêu chủ yếu, chưa có số liệu thực hiện để đánh giá.")
    }

    @Test func dateLineFollowsTheDecree() {
        #expect(ReportDate(day: 5, month: 7, year: 2024).text == "ngày 05 tháng 7 năm 2024")
        #expect(ReportDate(day: 15, month: 2, year: 2025).text == "ngày 15 tháng 02 năm 2025")
        #expect(ReportSettings(number: 7).numberLine == "Số: 07/BC-UBND")
        #expect(ReportSettings().issuer(province: "Lạng Sơn") == ["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN"])
    }
}

/// A composite's verdict never stands without the part that decided it.
@Suite struct DecidingComponentTests {
    @Test(arguments: ["2024", "2021-2025"])
    func everyCompositeNamesThePartThatDecidedIt(_ key: String) async throws {
        let section = try #require(try await Demo.report(key).sections.first)
        let notes = ReportTable(section).compositeNotes
        for composite in section.evaluation.indicators where !composite.components.isEmpty && composite.verdict != .noData {
            let label = "\(key) \(composite.code) \(composite.name)"
            let deciding = try #require(composite.decidingComponent, "\(label) has no deciding component")
            if composite.verdict == .missed { #expect(deciding.verdict == .missed, "\(label): decided by \(deciding.name)") }
            let note = try #require(notes.first { $0.hasPrefix("\(composite.code) ") }, "\(label): no note under the table")
            #expect(note.contains(deciding.name) && note.contains(deciding.value?.text ?? "chưa có số liệu")
                    && note.contains(deciding.target?.text ?? "chưa có"), "\(label): \(note)")
        }
    }
}
