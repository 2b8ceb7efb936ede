import Foundation
import Testing

/// `vedich template` and `vedich values import` on a data folder of their own (SQLite): the
/// workbook of Sở Y tế for the 2025 plan, filled, previewed with `--dry-run` (nothing written),
/// refused whole with exit 2 when one cell is bad, then imported.
struct ValuesCommandTests {
    static let setCells = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Support/xlsx_set_cells.py").path

    func run(_ arguments: String..., data: URL) throws -> CLI.Result {
        try CLI.run(arguments, environment: ["VEDICH_DATA": data.path])
    }

    func fill(_ template: URL, _ cells: String...) throws -> URL {
        let output = template.deletingLastPathComponent().appendingPathComponent("filled-\(UUID().uuidString).xlsx")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [Self.setCells, template.path, output.path] + cells
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return output
    }

    @Test func dryRunWritesNothingABadCellRefusesAllWithExit2AndACleanFileIsImported() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-cli-\(UUID().uuidString)")
        #expect(try run("import", AuditCommandTests.seed, "--province", "Lạng Sơn", data: data).status == 0)
        #expect(try run("demo", "--province", "Lạng Sơn", data: data).status == 0)
        let plans = try JSONSerialization.jsonObject(with: Data(try run("plans", "--format", "json", data: data).stdout.utf8)) as? [[String: Any]]
        let plan = try #require(plans?.first { $0["start_year"] as? Int == 2025 && $0["end_year"] as? Int == 2025 }?["id"] as? String)

        let template = data.appendingPathComponent("mau-so-y-te.xlsx")
        let made = try run("template", "--plan", plan, "--agency", "Sở Y tế", "--out", template.path, data: data)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("chỉ tiêu của Sở Y tế, ước cả năm năm 2025"))
        let unknown = try run("template", "--plan", plan, "--agency", "Sở Không Có", "--out", template.path, data: data)
        #expect(unknown.status == 2 && unknown.stderr.contains("Cơ quan “Sở Không Có” không phụ trách chỉ tiêu nào"))

        let filled = try fill(template, "F8=99.5", "F9=11.2")
        for _ in 0..<2 {
            let preview = try run("values", "import", filled.path, "--dry-run", data: data)
            #expect(preview.status == 0, "\(preview.stderr)")
            #expect(preview.stdout.hasPrefix("Xem trước (chưa ghi gì): 2 giá trị đọc được, 2 giá trị mới hoặc thay đổi."), "nothing was written by the first dry run")
            #expect(preview.stdout.contains("(trống) → 99,5"))
        }

        let bad = try fill(template, "F8=99.5", "F9='khoảng 5")
        let refused = try run("values", "import", bad.path, "--user", "soyte", data: data)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("Trang “Số liệu”, hàng 9, cột F: “khoảng 5” không phải là số — ghi số, ví dụ 5,2"), "\(refused.stderr)")
        #expect(try run("values", "import", filled.path, "--dry-run", data: data).stdout.contains("(trống) → 99,5"), "the refused file wrote nothing")

        let imported = try run("values", "import", filled.path, "--user", "soyte", data: data)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.hasPrefix("Đã nhập 2 giá trị"))
        let again = try run("values", "import", filled.path, "--dry-run", data: data)
        #expect(again.stdout.contains("0 giá trị mới hoặc thay đổi") && again.stdout.contains("không đổi"))
        let nobody = try run("values", "import", filled.path, "--user", "khongco", data: data)
        #expect(nobody.status == 2 && nobody.stderr.contains("Không có tài khoản “khongco”"))
    }
}
