import Foundation
import Testing
import VeDichCore
@testable import VeDichImport

/// An error finding from a table row must be certain (issue 13: a false error is the worst thing an
/// audit can say). Where the reader may have misread — an estimate, a note beside the figure,
/// points against percent, a guessed direction, columns chosen by a tie, a row or a number it
/// could not read — the finding is a warning that says why, never an error.
struct CertainErrorTests {
    static let header = ["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch năm 2023", "Ước thực hiện năm 2023", "Đánh giá"]

    static func contradiction(_ rows: [[String]]) -> Finding? {
        SmallTable.audit(title: "KẾT QUẢ THỰC HIỆN NĂM 2023", [header] + rows)
            .findings.first { $0.kind == .statedVerdictContradictsValues }
    }

    @Test func aPlainContradictionIsAnError() throws {
        let finding = try #require(Self.contradiction([["1", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "92", "90,5", "Đạt"]]))
        #expect(finding.severity == .error, "Tỷ lệ dân số tham gia bảo hiểm y tế: 90,5 of 92 stated Đạt")
    }

    @Test func anEstimatedValueIsOnlyAWarningThatSaysWhy() throws {
        let finding = try #require(Self.contradiction([["1", "Tỷ lệ lao động qua đào tạo", "%", "25", "Khoảng 24", "Đạt"]]))
        #expect(finding.severity == .warning, "Tỷ lệ lao động qua đào tạo: “Khoảng 24” is an estimate")
        #expect(finding.message.contains("“khoảng”"))
    }

    @Test func aNoteBesideTheFigureIsOnlyAWarning() throws {
        let finding = try #require(Self.contradiction([["1", "Thu ngân sách nhà nước", "tỷ đồng", "5.000", "4.600 (tăng 12% so với cùng kỳ)", "Đạt"]]))
        #expect(finding.severity == .warning, "Thu ngân sách nhà nước: a note in parentheses beside the value")
    }

    @Test func pointsAgainstPercentIsNoError() throws {
        let report = SmallTable.audit(title: "KẾT QUẢ THỰC HIỆN NĂM 2023", [Self.header,
            ["1", "Mức giảm tỷ lệ hộ nghèo", "Điểm %", "1,5", "1,2%", "Đạt"],
            ["2", "Mức giảm tỷ lệ hộ nghèo đa chiều", "Điểm %", "1,5%", "1,2%", "Đạt"]])
        #expect(!report.findings.contains { $0.severity == .error }, "Mức giảm tỷ lệ hộ nghèo: target in points, value written in %: \(report.findings.map(\.message))")
        #expect(report.findings.contains { $0.kind == .statedVerdictContradictsValues && $0.message.contains("điểm phần trăm") })
    }

    @Test func aNameThatHintsLowerIsBetterWithTheDefaultDirectionIsOnlyAWarning() throws {
        let finding = try #require(Self.contradiction([["1", "Tỷ suất sinh thô", "‰", "15", "14,2", "Đạt"]]))
        #expect(finding.severity == .warning, "Tỷ suất sinh thô: the direction is a guess")
    }

    @Test func aValueExactlyOnAStrictThresholdIsOnlyAWarning() throws {
        let finding = try #require(Self.contradiction([["1", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân", "%", "< 7,6", "7,6", "Đạt"]]))
        #expect(finding.severity == .warning, "“< 7,6” against 7,6: '<' may be meant as 'không quá'")
        #expect(finding.message.contains("bằng đúng ngưỡng"))
    }

    @Test func aLabelThatHedgesIsOnlyAWarning() throws {
        let finding = try #require(Self.contradiction([["1", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "95,5", "95,1", "Cơ bản đạt"]]))
        #expect(finding.severity == .warning, "“Cơ bản đạt” admits a small shortfall")
    }

    @Test func aSubRowWhoseDirectionComesFromItsHeadlineIsOnlyAWarning() throws {
        // "Tỷ lệ tăng dân số tự nhiên" under "Mức giảm tỷ suất sinh": higher is better only by the
        // headline's words; its own name says growth of population, which offices want low.
        let report = SmallTable.audit(title: "KẾT QUẢ THỰC HIỆN NĂM 2023", [Self.header,
            ["1", "Mức giảm tỷ suất sinh (‰)", "‰", "0,2", "0,2", "Đạt"],
            ["", "Tỷ lệ tăng dân số tự nhiên (‰)", "‰", "9,8", "9,6", "Đạt"]])
        let finding = try #require(report.findings.first { $0.kind == .statedVerdictContradictsValues })
        #expect(finding.severity == .warning, "\(finding.message)")
        #expect(!report.findings.contains { $0.severity == .error }, "\(report.findings.map(\.message))")
    }

    @Test func aPreviousPeriodStackedLikeTheValuesIsReadPerLineNotAsAMistypedNumber() throws {
        let report = SmallTable.audit(title: "KẾT QUẢ THỰC HIỆN NĂM 2023", [
            ["TT", "Chỉ tiêu", "TH năm 2022", "KH năm 2023", "Ước TH năm 2023", "Đánh giá"],
            ["1", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng:\n- Thể nhẹ cân (%)\n- Thể thấp còi (%)", "8,0\n12,1", "< 7,8\n< 11,8", "7,5\n11,2", "Đạt"]])
        #expect(!report.findings.contains { $0.kind == .malformedNumber }, "\(report.findings.map(\.message))")
        let lines = try #require(report.tables.first?.rows.first).indicator.components
        #expect(lines.map { $0.previous.first??.text } == ["8,0", "12,1"], "Tỷ lệ trẻ em suy dinh dưỡng: one previous figure per line")
    }

    @Test func columnsChosenByATieGiveNoError() throws {
        let report = SmallTable.audit(title: "KẾT QUẢ THỰC HIỆN", [
            ["TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Thực hiện", "Đánh giá"],
            ["1", "Tỷ lệ dân số tham gia bảo hiểm y tế (%)", "92", "93", "90,5", "Đạt"],
        ])
        #expect(report.findings.contains { $0.kind == .ambiguousColumn })
        #expect(!report.findings.contains { $0.severity == .error }, "\(report.findings.map(\.message))")
    }

    @Test func aCellWithWordsTheReaderCannotReadIsAWarningAndABareMistypedNumberAnError() throws {
        let report = SmallTable.audit(title: "KẾT QUẢ THỰC HIỆN NĂM 2023", [Self.header,
            ["1", "Số xã, phường đạt chuẩn văn hóa", "xã", "38 - 40 xã, 5 phường", "41", "Đạt"],
            ["2", "Tốc độ tăng trưởng (%)", "%", "7 - 7,5", "9,15,0", "Đạt"]])
        let malformed = report.findings.filter { $0.kind == .malformedNumber }
        #expect(malformed.count == 2, "\(malformed.map(\.message))")
        #expect(malformed.first { $0.message.contains("Số xã, phường đạt chuẩn văn hóa") }?.severity == .warning)
        #expect(malformed.first { $0.message.contains("Tốc độ tăng trưởng") }?.severity == .error)
    }

    @Test func aRowTheReaderCannotPlaceIsAWarningNotAnError() throws {
        let report = SmallTable.audit(title: "KẾT QUẢ THỰC HIỆN NĂM 2023", [Self.header,
            ["1", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "92", "93", "Vượt"],
            ["", "", "%", "80", "81", ""]])
        let unread = try #require(report.findings.first { $0.kind == .unparsedRow })
        #expect(unread.severity == .warning)
        #expect(report.coverage.rowsUnread == 1)
    }
}
