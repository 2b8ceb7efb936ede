import Testing
import VeDichCore
@testable import VeDichImport

/// A stranger's audit of a district report (Đắk Song 2021) whose table lists only the three
/// indicators not met, while its prose counts the whole plan, and of a quarterly budget report
/// whose ratio is followed by a count of revenue items: neither deserves an error.
struct CountsBeyondTheTableTests {
    /// The three rows the report lists: one has no target, its stated "Không đạt" unjudgeable.
    static let missedOnly = [
        ["1", "Doanh thu bán lẻ hàng hoá (tỷ đồng)", "1.922", "1.763", "Không đạt"],
        ["2", "Tỷ lệ dân số tham gia bảo hiểm y tế (%)", "", "83", "Không đạt"],
        ["3", "Trồng mới rừng (ha)", "50", "46,8", "Không đạt"],
    ]

    /// "27 chỉ tiêu đạt và vượt" cannot be about a table of three rows.
    @Test func aCountLargerThanTheTableIsNotCheckedAgainstIt() {
        let report = ProseDocument.audit(["Huyện có 27 chỉ tiêu phát triển kinh tế đạt và vượt kế hoạch."], table: Self.missedOnly)
        #expect(!report.findings.contains { $0.kind == .summaryCountMismatch }, "\(report.findings.map(\.message))")
    }

    /// "03 chỉ tiêu không đạt" against two computed misses and one row with no target: the
    /// unjudged row may be the third. A warning that says so, never an error.
    @Test func aRowWithoutTargetMayBeAmongTheCountedMisses() throws {
        let report = ProseDocument.audit(["Có 03 chỉ tiêu không đạt kế hoạch."], table: Self.missedOnly)
        #expect(!report.findings.contains { $0.severity == .error }, "\(report.findings.map(\.message))")
        let count = try #require(report.claims.first(.count))
        #expect(count.consistent == nil, "Tỷ lệ dân số tham gia bảo hiểm y tế: \(count.check ?? "")")
    }

    /// A count the unjudged rows cannot explain stays an error: 1 stated against 2 computed.
    @Test func aCountTheTableContradictsIsStillAnError() {
        let report = ProseDocument.audit(["Có 01/3 chỉ tiêu không đạt kế hoạch."], table: Self.missedOnly)
        #expect(report.findings.contains { $0.kind == .summaryCountMismatch && $0.severity == .error }, "\(report.findings.map(\.message))")
    }

    /// "7/16 khoản thu" after "trong đó" counts revenue items: not the figures of "đạt 23% so với dự toán".
    @Test func aPairAfterTrongDoIsNotTheRatiosFigures() throws {
        let text = "Thu nội địa với 9.877 tỷ đồng, đạt 23% so với dự toán và bằng 81,7% so với cùng kỳ, trong đó, 7/16 khoản thu đạt và vượt tiến độ thu."
        let report = ProseDocument.audit([text])
        #expect(!report.findings.contains { $0.kind == .narrativeFigureMismatch }, "\(report.findings.map(\.message))")
        let ratio = try #require(report.claims.first(.ratio))
        #expect(ratio.statedPercent?.value == 23)
        #expect(ratio.actual?.value != 7, "Thu nội địa: \(ratio.check ?? "")")
    }

    /// Names with commas of their own, separated by semicolons: three names for "03 chỉ tiêu".
    @Test func aListSeparatedBySemicolonsCountsItsItems() throws {
        let text = "Trong năm huyện cũng có 03 chỉ tiêu không đạt bao gồm Doanh thu bán lẻ hàng hoá 1.763 tỷ đồng/1.922 tỷ đồng, đạt 91,72%NQ; Tỷ lệ dân số tham gia BHYT: ước thực hiện 83%, đạt 91%NQ; Trồng mới rừng được trên 46,8 ha/50 ha, đạt 93,7%NQ."
        let report = ProseDocument.audit([text])
        #expect(!report.findings.contains { $0.kind == .claimCountInconsistent }, "\(report.findings.map(\.message))")
    }
}
