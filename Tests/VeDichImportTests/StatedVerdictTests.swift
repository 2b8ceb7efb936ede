import Testing
import VeDichCore
@testable import VeDichImport

/// A verdict names the plan it is measured against in the budget's words too: "Vượt dự toán"
/// for "Thực hiện thu ngân sách Nhà nước trên địa bàn", "Đạt NQ" for a resolution's target.
struct StatedVerdictTests {
    @Test func verdictsNamingTheBudgetOrTheResolution() {
        #expect(StatedVerdict.read("Vượt dự toán") == .exceeded, "Thu ngân sách: Vượt dự toán")
        #expect(StatedVerdict.read("Không đạt dự toán") == .missed)
        #expect(StatedVerdict.read("Đạt Nghị quyết") == .met)
        #expect(StatedVerdict.read("Đạt NQ") == .met)
        #expect(StatedVerdict.read("Vượt dự toán do thu tiền sử dụng đất tăng") == nil, "a sentence, not a verdict")
    }

    @Test func aBudgetRowStatesItsVerdict() throws {
        let report = SmallTable.audit(title: "KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM 2022", [
            ["Stt", "Chỉ tiêu chủ yếu", "KH 2022", "Ước TH 2022", "Ghi chú"],
            ["1", "Thực hiện thu ngân sách Nhà nước trên địa bàn (Tỷ đồng)", "6.861", "12.781", "Vượt dự toán"],
            ["2", "Tỷ lệ lao động được đào tạo nghề (%)", "70", "71", "Đạt"],
        ])
        let budget = try #require(report.tables.first?.row("1"), "Thực hiện thu ngân sách Nhà nước trên địa bàn not read")
        #expect(budget.indicator.stated == .exceeded, "Thu ngân sách: “Vượt dự toán” is the stated verdict")
        #expect(budget.consistent)
    }
}
