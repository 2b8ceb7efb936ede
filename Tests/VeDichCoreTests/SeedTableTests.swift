import Testing
import VeDichCore

/// The seed's two tables, judged under `strict` (domain.md, "The seed's two tables, evaluated").
struct SeedTableTests {
    @Test(arguments: SeedTables.all)
    func strictVerdictOf(_ row: SeedIndicator) {
        #expect(row.indicator.verdict(policy: .strict) == row.strict,
                "\(row.testDescription): document says \(row.stated.label)")
    }

    @Test func theContradictionsAreWhereDomainSaysTheyAre() {
        let contradicting = SeedTables.all
            .filter { $0.stated.isMetOrExceeded != $0.indicator.verdict(policy: .strict).isMetOrExceeded }
            .map { "\($0.table) \($0.code)" }
        #expect(contradicting == ["2024 II.2", "2021-2025 II.5"])
    }

    @Test func lenientPolicyExplainsTheFiveYearLabels() {
        for code in ["II.2", "III.1"] {
            let row = SeedTables.fiveYear.first { $0.code == code }!
            #expect(row.indicator.verdict(policy: .strict) == .met, "\(code)")
            #expect(row.indicator.verdict(policy: .lenient) == .exceeded, "\(code)")
        }
    }

    @Test func fiveYearSummaryIs14Of18() {
        let summary = PlanSummary(SeedTables.fiveYear.map(\.indicator), policy: .strict)
        #expect(summary.total.metOrExceeded == 14)
        #expect(summary.total.total == 18)
        #expect(summary.total.sentence == "đạt và vượt 14/18 chỉ tiêu")
        #expect(summary.groups.map(\.group) == ["I", "II", "III"])
        #expect(summary.groups.map(\.counts.metOrExceeded) == [5, 6, 3])
    }

    @Test func year2024SummaryIs12Of18() {
        let summary = PlanSummary(SeedTables.year2024.map(\.indicator), policy: .strict)
        #expect(summary.total.sentence == "đạt và vượt 12/18 chỉ tiêu")
        #expect(summary.total.missed == 6)
    }

    @Test func theDocumentsOwnSummaryUsedLabelsNotNumbers() {
        let stated = VerdictCounts(SeedTables.fiveYear.map(\.stated))
        #expect(stated.metOrExceeded == 15)
    }
}
