import Testing
import VeDichCore
@testable import VeDichImport

/// A stated verdict that contradicts the figures is an error only when the indicator's direction
/// is known: from the dictionary, the target's form or the planner's directions file. A default
/// guess makes it a warning that says the direction was assumed and how to fix that.
struct KnownDirectionTests {
    static let title = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM 2022 (ngày 12/12/2022)"
    static let header = ["TT", "Chỉ tiêu", "ĐVT", "KH năm 2022", "Ước TH năm 2022", "Đánh giá"]

    static func audit(_ rows: [[String]], directions: DirectionDictionary = .standard) -> AuditReport {
        SmallTable.audit(title: title, [header] + rows, directions: directions)
    }

    /// Losses, decline and the farm share of labour: less is better, so a value under the plan
    /// stated Đạt agrees with the figures.
    @Test(arguments: [
        ["1", "Tỷ lệ thất thoát nước sạch", "%", "20", "18", "Đạt"],
        ["2", "Tỷ lệ thất thu thuế", "%", "5", "4", "Đạt"],
        ["3", "Tỷ lệ hao hụt sau thu hoạch", "%", "10", "9,2", "Đạt"],
        ["4", "Suy giảm diện tích rừng", "ha", "50", "42", "Đạt"],
        ["5", "Diện tích đất bị thoái hóa", "ha", "1.200", "1.150", "Đạt"],
        ["6", "Tỷ lệ lao động nông nghiệp trong tổng lao động", "%", "45", "43,5", "Đạt"],
    ])
    func aLossStatedMetBelowItsPlanIsNoError(_ row: [String]) throws {
        let report = Self.audit([row])
        let read = try #require(report.tables.first?.rows.first, "\(row[1]) not read")
        #expect(read.indicator.line.direction == .lower, "\(row[1]): \(read.indicator.line.directionReason)")
        #expect(!report.findings.contains { $0.severity == .error }, "\(row[1]): \(report.findings.map(\.message))")
    }

    @Test func aContradictionOnAnAssumedDirectionIsAWarningThatSaysHowToFix() throws {
        // Nothing in "Số lượt bạn đọc đến thư viện" says which way is better: 4.800 of 5.000
        // stated Đạt contradicts only the default guess.
        let row = ["1", "Số lượt bạn đọc đến thư viện", "lượt", "5.000", "4.800", "Đạt"]
        let finding = try #require(Self.audit([row]).findings.first { $0.kind == .statedVerdictContradictsValues },
                                   "Số lượt bạn đọc đến thư viện: contradiction reported")
        #expect(finding.severity == .warning, "Số lượt bạn đọc đến thư viện: \(finding.message)")
        #expect(finding.message.contains("mặc định") && finding.message.contains("--directions"), "\(finding.message)")

        // Once the office says the direction, the same contradiction is certain.
        let office = try DirectionDictionary.parse("thư viện\thigher\tbạn đọc càng đông càng tốt")
        let known = DirectionDictionary(entries: office + StandardDirections.entries)
        let certain = try #require(Self.audit([row], directions: known).findings.first { $0.kind == .statedVerdictContradictsValues })
        #expect(certain.severity == .error, "Số lượt bạn đọc đến thư viện with its direction named: \(certain.message)")
    }

    /// 5.000 of 5.000 stated "Không đạt" is wrong whichever way is better: no guess to doubt.
    @Test func aContradictionThatDoesNotRestOnTheDirectionStaysAnError() throws {
        let finding = try #require(Self.audit([["1", "Số lượt bạn đọc đến thư viện", "lượt", "5.000", "5.000", "Không đạt"]])
            .findings.first { $0.kind == .statedVerdictContradictsValues })
        #expect(finding.severity == .error, "Số lượt bạn đọc đến thư viện: 5.000 of 5.000 stated Không đạt: \(finding.message)")
    }

    @Test func aContradictionOnAKnownDirectionStaysAnError() throws {
        let finding = try #require(Self.audit([["1", "Tổng thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "1.000", "920", "Đạt"]])
            .findings.first { $0.kind == .statedVerdictContradictsValues })
        #expect(finding.severity == .error, "Tổng thu ngân sách nhà nước trên địa bàn: 920 of 1.000 stated Đạt")
    }

    /// A structure share planned as one figure has no better side: a value close to it stated
    /// Đạt is how planners read it, a warning that says so; far from it, still an error.
    @Test func aShareOfTheEconomyCloseToItsSingleFigureStatedMetIsAWarning() throws {
        let report = Self.audit([
            ["1", "Tỷ trọng công nghiệp - xây dựng trong cơ cấu kinh tế", "%", "45,5", "46,2", "Đạt"],
            ["2", "Tỷ trọng dịch vụ trong cơ cấu kinh tế", "%", "34", "33,7", "Đạt"],
            ["3", "Tỷ trọng nông, lâm nghiệp và thủy sản trong cơ cấu kinh tế", "%", "20,5", "17", "Đạt"],
        ])
        let findings = report.findings.filter { $0.kind == .statedVerdictContradictsValues }
        for name in ["Tỷ trọng công nghiệp - xây dựng", "Tỷ trọng dịch vụ"] {
            let finding = try #require(findings.first { $0.message.contains(name) }, "\(name): contradiction reported")
            #expect(finding.severity == .warning, "\(name): \(finding.message)")
            #expect(finding.message.contains("tỷ trọng trong cơ cấu"), "\(name): \(finding.message)")
        }
        let far = try #require(findings.first { $0.message.contains("Tỷ trọng nông, lâm nghiệp") })
        #expect(far.severity == .error, "Tỷ trọng nông, lâm nghiệp và thủy sản: 17 against 20,5 is 3,5 points off")
    }
}
