import Foundation
import Testing

/// `vedich report` on a data folder holding the demo.
struct ReportCommandTests {
    @Test func writesTheDocxOfAPlanThatTheAuditorReadsBack() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-report-\(UUID().uuidString)")
        let environment = ["VEDICH_DATA": data.path]
        #expect(try CLI.run(["import", AuditCommandTests.seed, "--province", "Lạng Sơn"], environment: environment).status == 0)
        let plans = try CLI.run(["plans", "--format", "json"], environment: environment)
        let list = try #require(try JSONSerialization.jsonObject(with: Data(plans.stdout.utf8)) as? [[String: Any]])
        let plan = try #require(list.first { $0["start_year"] as? Int == 2021 }?["id"] as? String)

        let docx = data.appendingPathComponent("bao-cao.docx").path
        let result = try CLI.run(["report", "--plan", plan, "--format", "docx", "--out", docx, "--number", "125", "--date", "05/02/2025"],
                                 environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("đạt và vượt 14/18 chỉ tiêu"))
        let audit = try CLI.run(["audit", docx, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(audit.stdout.utf8)) as? [String: Any])
        let rows = (object["tables"] as? [[String: Any]])?.first?["rows"] as? [[String: Any]]
        #expect(rows?.count == 18)
        #expect(rows?.allSatisfy { $0["consistent"] as? Bool == true } == true)

        let missing = try CLI.run(["report", "--plan", UUID().uuidString, "--format", "docx", "--out", docx], environment: environment)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("Không có kế hoạch mã"))
    }
}
