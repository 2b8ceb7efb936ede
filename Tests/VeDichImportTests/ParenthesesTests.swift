import Testing
import VeDichCore
@testable import VeDichImport

/// Only "(-4,33)" is a negative number; "(4,33)" is reported with the fix, never read as −4,33.
struct ParenthesesTests {
    static let rows = [
        ["TT", "Chỉ tiêu", "Kế hoạch 2024", "Ước TH 2024", "Đánh giá"],
        ["1", "Tốc độ tăng thu nội địa (%)", "8 - 9", "(4,33)", "Không đạt"],
        ["2", "Tốc độ tăng thu ngân sách (%)", "8 - 9", "(-2,5)", "Không đạt"],
    ]

    @Test func aNumberInParenthesesWithoutASignIsAMalformedNumberWithItsFix() throws {
        let report = SmallTable.audit(title: "KẾT QUẢ NĂM 2024", Self.rows)
        let finding = try #require(report.findings.first { $0.kind == .malformedNumber })
        #expect(finding.severity == .error)
        #expect(finding.message.contains("Tốc độ tăng thu nội địa"))
        #expect(finding.message.contains("viết (-4,33) nếu là số âm"))
        #expect(finding.location.line == 3)
        let line = try #require(report.tables.first?.row("1")).indicator.line
        #expect(line.actual?.figure == nil, "not read as −4,33")
        #expect(line.actual?.text == "(4,33)")
    }

    @Test func aSignedNumberInParenthesesIsNegative() throws {
        let report = SmallTable.audit(title: "KẾT QUẢ NĂM 2024", Self.rows)
        let line = try #require(report.tables.first?.row("2")).indicator.line
        #expect(line.actual?.figure?.interval == .point(-2.5))
        #expect(report.findings.contains { $0.kind == .negativeInParentheses && $0.message.contains("Tốc độ tăng thu ngân sách") })
    }

    @Test(arguments: ["(4,33)", "(4,33%)", " (1.200) "])
    func unsignedParenthesesAreRecognised(_ text: String) {
        #expect(FigureCell.unsignedParenthesized(text) != nil, "\(text)")
    }

    @Test(arguments: ["(-4,33)", "4,33", "0,86% (còn 4,17%)", "(còn 4,17%)"])
    func otherFormsAreNot(_ text: String) {
        #expect(FigureCell.unsignedParenthesized(text) == nil, "\(text)")
    }
}
