import Foundation
import Testing

/// `vedich import` and `vedich plans` on a data folder of their own (SQLite).
struct ImportCommandTests {
    static let seed = AuditCommandTests.seed

    func run(_ arguments: String..., data: URL) throws -> CLI.Result {
        try CLI.run(arguments, environment: ["VEDICH_DATA": data.path])
    }

    @Test func dryRunPreviewsThenImportLoadsThenReimportChangesNothing() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-cli-\(UUID().uuidString)")
        let preview = try run("import", Self.seed, "--province", "Lạng Sơn", "--dry-run", data: data)
        #expect(preview.status == 0, "\(preview.stderr)")
        #expect(preview.stdout.hasPrefix("Xem trước (chưa ghi gì): tạo mới"))
        #expect(preview.stdout.contains("+ [plan] Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025"))
        #expect(try run("plans", data: data).stdout.hasPrefix("Chưa có kế hoạch nào"))

        let first = try run("import", Self.seed, "--province", "Lạng Sơn", data: data)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("3 kế hoạch"))
        #expect(first.stderr.contains("… Bảng 1/2"), "progress is printed")

        let again = try run("import", Self.seed, "--province", "Lạng Sơn", data: data)
        #expect(again.stdout.contains("Không có thay đổi"))

        let plans = try run("plans", "--format", "json", data: data)
        let list = try #require(try JSONSerialization.jsonObject(with: Data(plans.stdout.utf8)) as? [[String: Any]])
        #expect(list.map { $0["title"] as? String } == [
            "Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025",
            "Kế hoạch phát triển kinh tế - xã hội năm 2024",
            "Kế hoạch phát triển kinh tế - xã hội năm 2025",
        ])
    }

    @Test func aMalformedReportIsRefusedWithExit2() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-cli-\(UUID().uuidString)")
        let file = data.appendingPathExtension("txt")
        try "KẾT QUẢ NĂM 2024\nTT\nChỉ tiêu\nKế hoạch\nƯớc TH năm 2024\nĐánh giá\nI\nKinh tế\n1\nTốc độ tăng (%)\n7 - 7,5\n9,15,0\nĐạt\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let result = try run("import", file.path, "--province", "Lạng Sơn", data: data)
        #expect(result.status == 2)
        #expect(result.stderr.contains("“9,15,0”"))
        #expect(result.stderr.contains("chưa có gì được ghi"))
    }

    /// "(4,33)" is not read as −4,33: the import is refused with the fix.
    @Test func aNumberInParenthesesWithoutASignRefusesTheImportWithTheFix() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-cli-\(UUID().uuidString)")
        let file = data.appendingPathExtension("txt")
        try "KẾT QUẢ NĂM 2024\nTT\nChỉ tiêu\nKế hoạch\nƯớc TH năm 2024\nĐánh giá\nI\nKinh tế\n1\nTốc độ tăng thu nội địa (%)\n8 - 9\n(4,33)\nKhông đạt\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let result = try run("import", file.path, "--province", "Lạng Sơn", data: data)
        #expect(result.status == 2)
        #expect(result.stderr.contains("viết (-4,33) nếu là số âm"), "\(result.stderr)")
        #expect(try run("plans", data: data).stdout.hasPrefix("Chưa có kế hoạch nào"))
    }

    /// `--directions FILE.tsv`: a bad line refuses the whole import, naming the line; nothing is written.
    @Test func aBadDirectionsFileRefusesTheWholeImportNamingItsLines() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-cli-\(UUID().uuidString)")
        let file = data.appendingPathExtension("tsv")
        try "Tỷ lệ che phủ rừng\tband\tche phủ rừng giữ trong khoảng quy hoạch\nII.9\tcao hơn\nChỉ tiêu không có\tlower\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let result = try run("import", Self.seed, "--province", "Lạng Sơn", "--directions", file.path, data: data)
        #expect(result.status == 2)
        #expect(result.stderr.contains("dòng 2") && result.stderr.contains("“cao hơn”"), "\(result.stderr)")
        #expect(try run("plans", data: data).stdout.hasPrefix("Chưa có kế hoạch nào"))

        try "Tỷ lệ che phủ rừng\tband\nChỉ tiêu không có\tlower\n".write(to: file, atomically: true, encoding: .utf8)
        let unknown = try run("import", Self.seed, "--province", "Lạng Sơn", "--directions", file.path, data: data)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("dòng 2") && unknown.stderr.contains("“Chỉ tiêu không có”"), "\(unknown.stderr)")
        #expect(try run("plans", data: data).stdout.hasPrefix("Chưa có kế hoạch nào"))
    }

    /// A named direction replaces the one stored by an earlier import, and the change is listed.
    @Test func aDirectionsFileSetsDirectionsAtImport() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-cli-\(UUID().uuidString)")
        let file = data.appendingPathExtension("tsv")
        try "# chỉ tiêu\thướng\tlý do\nTỷ lệ che phủ rừng\tband\tche phủ rừng giữ trong khoảng quy hoạch\n"
            .write(to: file, atomically: true, encoding: .utf8)
        #expect(try run("import", Self.seed, "--province", "Lạng Sơn", data: data).status == 0)
        let result = try run("import", Self.seed, "--province", "Lạng Sơn", "--directions", file.path, "--format", "json", data: data)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Tỷ lệ che phủ rừng (%): hướng nằm trong khoảng là đạt"), "\(result.stdout)")
    }
}
