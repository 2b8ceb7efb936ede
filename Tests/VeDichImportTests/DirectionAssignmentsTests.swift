import Testing
import VeDichCore
@testable import VeDichImport

/// `vedich import --directions FILE.tsv`: directions a planner names, by code or by name.
struct DirectionAssignmentsTests {
    static let title = "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2024"
    static let rows = [
        ["TT", "Chỉ tiêu", "Kế hoạch 2024", "Ước TH 2024", "Đánh giá"],
        ["I", "Các chỉ tiêu xã hội", "", "", ""],
        ["1", "Tỷ lệ hộ nghèo (%)", "còn 2,02", "2,1", "Không đạt"],
        ["2", "Số vụ cháy rừng (vụ)", "10", "8", "Đạt"],
        ["3", "Tỷ lệ hộ dùng điện (%)", "99", "99,5", "Vượt"],
    ]

    func assignments(_ text: String) throws -> DirectionAssignments {
        try DirectionAssignments.parse(text, source: "huong.tsv")
    }

    func audit(_ text: String) throws -> AuditReport {
        var dictionary = DirectionDictionary.standard
        dictionary.assignments = try assignments(text)
        return SmallTable.audit(title: Self.title, Self.rows, directions: dictionary)
    }

    @Test func aCodeOrANameSetsTheDirectionAndItsReasonAndTheVerdictFollows() throws {
        let report = try audit("chỉ tiêu\thướng\tlý do\nI.2\tlower\tcháy rừng càng ít càng tốt\nTỷ lệ hộ dùng điện\tband\n")
        let table = try #require(report.tables.first)
        let fires = try #require(table.row("I.2"))
        #expect(fires.indicator.line.direction == .lower)
        #expect(fires.indicator.line.directionReason.contains("cháy rừng càng ít càng tốt"))
        #expect(fires.indicator.line.directionReason.contains("huong.tsv, dòng 2"))
        #expect(fires.computed == .exceeded, "8 vụ against a ceiling of 10 is better than planned")
        #expect(try #require(table.row("I.3")).indicator.line.direction == .band)
        #expect(try assignments("I.2\tlower\nTỷ lệ hộ dùng điện\tband\n").problems(in: report).isEmpty)
    }

    @Test func everyBadLineIsReportedWithItsNumberAndNothingIsKept() throws {
        do {
            _ = try DirectionAssignments.parse("I.2\tlower\nI.3\tcao\nchỉ một cột\n\thigher\nI.2\thigher\n", source: "huong.tsv")
            Issue.record("a bad file was accepted")
        } catch {
            let what = error.userMessage.what
            #expect(what.contains("4 dòng sai"))
            #expect(what.contains("dòng 2") && what.contains("“cao”"))
            #expect(what.contains("dòng 3"))
            #expect(what.contains("dòng 4") && what.contains("thiếu mã hoặc tên"))
            #expect(what.contains("dòng 5") && what.contains("dòng 1"), "the same indicator named twice, two ways")
            #expect(error.userMessage.fix.contains("higher"))
        }
    }

    @Test func aLineNamingNoIndicatorOfTheReportIsAProblem() throws {
        let report = try audit("I.2\tlower\n")
        let problems = try assignments("I.9\tlower\nTỷ lệ hộ dùng nước sạch\thigher\n").problems(in: report)
        #expect(problems.map(\.line) == [1, 2])
        #expect(problems[0].problem.contains("mã “I.9”"))
        #expect(problems[1].problem.contains("tên “Tỷ lệ hộ dùng nước sạch”"))
    }

    /// "còn 2,02%" is a level to come down to: a file saying higher contradicts the plan itself.
    @Test func aDirectionTheTargetsFormContradictsIsAProblem() throws {
        let text = "Tỷ lệ hộ nghèo\thigher\n"
        let report = try audit(text)
        #expect(report.tables.first?.row("I.1")?.indicator.line.direction == .lower, "the target's form still decides")
        let problems = try assignments(text).problems(in: report)
        #expect(problems.count == 1)
        #expect(problems.first?.problem.contains("“còn 2,02”") == true)
        #expect(problems.first?.problem.contains("thấp hơn là tốt") == true)
    }
}
