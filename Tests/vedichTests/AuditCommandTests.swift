import Foundation
import Testing

struct AuditCommandTests {
    static let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("VeDichImportTests/Fixtures/lang-son-2025.txt").path

    @Test func textShowsStatedAndComputedSideBySideWithin100Columns() throws {
        let result = try CLI.run("audit", Self.seed)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 100 }, "\(lines.filter { $0.count > 100 })")
        #expect(result.stdout.contains("Văn bản ghi  Tính lại"))
        #expect(lines.contains { $0.hasPrefix("II.2") && $0.contains("Vượt") && $0.contains("Không đạt") && $0.hasSuffix("✗") })
        #expect(result.stdout.contains("văn bản ghi “đạt và vượt 15/18 chỉ tiêu”; tính lại: đạt và vượt 14/18 chỉ tiêu"))
        #expect(result.stdout.contains("Phát hiện: "))
        #expect(result.stdout.contains("[LỖI] dòng 500 (malformed_number)"))
    }

    @Test func jsonFollowsTheOutputContract() throws {
        let object = try CLI.json("audit", Self.seed, "--format", "json")
        #expect(object["source"] as? String == "lang-son-2025.txt")
        #expect(object["policy"] as? String == "strict")
        let tables = try #require(object["tables"] as? [[String: Any]])
        #expect(tables.map { $0["kind"] as? String } == ["annual", "five_year"])
        let rows = try #require(tables[1]["rows"] as? [[String: Any]])
        #expect(rows.count == 18)
        let health = try #require(rows.first { $0["code"] as? String == "II.5" })
        #expect(health["stated"] as? String == "dat")
        #expect(health["computed"] as? String == "khong_dat")
        #expect(health["consistent"] as? Bool == false)
        #expect(health["direction"] as? String == "higher")
        #expect((health["components"] as? [[String: Any]])?.count == 3)
        let target = try #require(health["target"] as? [String: Any])
        #expect(target["text"] as? String == "200")
        #expect(target["lower"] as? Double == 200)
        let summary = try #require(tables[1]["summary"] as? [String: Any])
        #expect((summary["stated"] as? [String: Any])?["met_or_exceeded"] as? Int == 15)
        #expect((summary["computed"] as? [String: Any])?["met_or_exceeded"] as? Int == 14)
        #expect((summary["computed"] as? [String: Any])?["total"] as? Int == 18)
        let targets = try #require(object["targets"] as? [[String: Any]])
        #expect(targets.count == 30)
        #expect(targets.first?["plan"] as? String == "2025")
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["kind"] as? String == "summary_count_mismatch" && $0["severity"] as? String == "error" })
        #expect(findings.allSatisfy { ($0["message"] as? String)?.isEmpty == false && $0["location"] is [String: Any] })
    }

    @Test func lenientPolicyAcceptsTheFiveYearLabels() throws {
        let object = try CLI.json("audit", Self.seed, "--format", "json", "--policy", "lenient")
        let findings = try #require(object["findings"] as? [[String: Any]])
        let policyWarnings = findings.filter { $0["kind"] as? String == "stated_verdict_depends_on_policy" }.compactMap { $0["message"] as? String }
        #expect(!policyWarnings.contains { $0.contains("Bảng kế hoạch 5 năm") })
        // The 2024 table wrote Đạt for Vượt + Đạt: under lenient that label is the one that differs.
        #expect(policyWarnings.contains { $0.contains("Bảng kế hoạch năm 2024") && $0.contains("III.1") && $0.contains("cách tính chặt") })
    }

    @Test func failOnErrorExits1() throws {
        #expect(try CLI.run("audit", Self.seed, "--fail-on", "error").status == 1)
    }

    /// A file with figures of which nothing was understood: a `nothing_read` warning, never a
    /// silent "0 lỗi"; `--fail-on warning` makes it a non-zero exit, `--fail-on error` does not.
    @Test func nothingReadIsAWarningThatFailOnWarningExitsOn() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("khong-doc-duoc-\(UUID().uuidString).txt")
        try "Bảng kê kèm theo\nKhoản mục 1.234,5 và 87,25 (triệu đồng)\nTổng cộng 1.321,75\n".write(to: file, atomically: true, encoding: .utf8)
        let text = try CLI.run("audit", file.path)
        #expect(text.status == 0)
        #expect(text.stdout.contains("(nothing_read)"))
        #expect(text.stdout.contains("Đã đọc: 0 bảng, 0 hàng chỉ tiêu, 0 nhận định trong văn bản"))
        #expect(try CLI.run("audit", file.path, "--fail-on", "warning").status == 1)
        #expect(try CLI.run("audit", file.path, "--fail-on", "error").status == 0)
    }

    @Test func jsonListsTheProseClaimsAndTheCoverage() throws {
        let object = try CLI.json("audit", Self.seed, "--format", "json")
        let coverage = try #require(object["coverage"] as? [String: Any])
        #expect(coverage["tables"] as? Int == 2)
        #expect(coverage["rows_read"] as? Int == 36)
        #expect(coverage["rows_unread"] as? Int == 0)
        let claims = try #require(object["claims"] as? [[String: Any]])
        #expect(coverage["claims"] as? Int == claims.count)
        let tourists = try #require(claims.first { $0["text"] as? String == "đạt 102,5% kế hoạch" })
        #expect(tourists["kind"] as? String == "ratio")
        #expect(tourists["stated_percent"] as? Double == 102.5)
        #expect(tourists["computed_percent"] as? Double == 102.46)
        #expect(tourists["target"] as? Double == 4060)
        #expect(tourists["actual"] as? Double == 4160)
        #expect(tourists["consistent"] as? Bool == true)
        #expect(tourists["stated"] as? String == "vuot")
        #expect((tourists["line"] as? Int).map { $0 > 0 } == true)
        #expect(tourists["indicator"] is String)
        let count = try #require(claims.first { ($0["text"] as? String)?.contains("15/18") == true })
        #expect(count["kind"] as? String == "count")
        #expect((count["counts"] as? [String: Any])?["dat_va_vuot"] as? Int == 15)
        #expect(claims.allSatisfy { ["count", "ratio", "pair", "verdict", "difference"].contains($0["kind"] as? String ?? "") })
        #expect(claims.allSatisfy { $0.keys.contains("consistent") && $0.keys.contains("stated") && $0.keys.contains("target") })

        let text = try CLI.run("audit", Self.seed)
        #expect(text.stdout.contains("Đã đọc: 2 bảng, 36 hàng chỉ tiêu, \(claims.count) nhận định trong văn bản; chưa đọc được: 0 hàng"))
    }

    @Test func unreadableInputExits2WithAClearMessage() throws {
        let missing = try CLI.run("audit", "/nonexistent/bao-cao.docx")
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("Không tìm thấy tệp “/nonexistent/bao-cao.docx”"))

        let binary = FileManager.default.temporaryDirectory.appendingPathComponent("not-text-\(UUID().uuidString).txt")
        try Data([0x41, 0xFF, 0xFE, 0x00]).write(to: binary)
        let result = try CLI.run("audit", binary.path)
        #expect(result.status == 2)
        #expect(result.stderr.contains("không phải văn bản UTF-8 (lỗi ở byte 1)"))
    }
}
