import Foundation

/// Workbooks as people make them: opened and saved by LibreOffice (a producer that is not
/// VeDich), cells typed in (`Tests/Support/xlsx_set_cells.py`), parts read back for checks.
enum Workbooks {
    struct Failed: Error, CustomStringConvertible { var description: String }

    static let setCells = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Support/xlsx_set_cells.py")

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-workbooks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The workbook opened in LibreOffice and saved again as `filter` ("xlsx:Calc MS Excel 2007 XML",
    /// "csv:Text - txt - csv (StarCalc):44,34,76": comma, quote, UTF-8).
    static func libreOffice(_ data: Data, to ext: String, filter: String) throws -> Data {
        let work = try folder()
        let profile = URL(fileURLWithPath: "/tmp/lo-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: work); try? FileManager.default.removeItem(at: profile) }
        let input = work.appendingPathComponent("in.xlsx")
        try data.write(to: input)
        let out = work.appendingPathComponent("out")
        try run("/usr/bin/soffice", ["--headless", "--norestore", "-env:UserInstallation=\(profile.absoluteString)",
                                     "--convert-to", "\(ext):\(filter)", "--outdir", out.path, input.path])
        guard let converted = try? Data(contentsOf: out.appendingPathComponent("in.\(ext)")) else {
            throw Failed(description: "LibreOffice wrote no in.\(ext)")
        }
        return converted
    }

    /// The workbook with cells typed in: "F8": "5.2" a number, "'khoảng 5" text, "=A1*2" a formula.
    static func setting(_ cells: [(String, String)], in data: Data) throws -> Data {
        let work = try folder()
        defer { try? FileManager.default.removeItem(at: work) }
        let input = work.appendingPathComponent("in.xlsx"), output = work.appendingPathComponent("out.xlsx")
        try data.write(to: input)
        try run("/usr/bin/python3", [setCells.path, input.path, output.path] + cells.map { "\($0.0)=\($0.1)" })
        return try Data(contentsOf: output)
    }

    /// One part of the package, as text.
    static func part(_ name: String, of data: Data) throws -> String {
        let work = try folder()
        defer { try? FileManager.default.removeItem(at: work) }
        let input = work.appendingPathComponent("in.xlsx")
        try data.write(to: input)
        return try run("/usr/bin/python3", ["-c", "import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode('utf-8'))",
                                            input.path, name])
    }

    /// Whether a cell of the first sheet is locked under the sheet's protection: its style's
    /// `<protection locked=…>` (absent: locked, the default).
    static func isLocked(_ reference: String, sheet: String, styles: String) throws -> Bool {
        guard let cell = sheet.range(of: #"<c r="\#(reference)"[^>]*"#, options: .regularExpression) else {
            throw Failed(description: "no cell \(reference)")
        }
        let style = sheet[cell].firstMatch(of: /s="(\d+)"/).flatMap { Int($0.1) } ?? 0
        guard let xfs = styles.range(of: #"<cellXfs[\s\S]*?</cellXfs>"#, options: .regularExpression) else {
            throw Failed(description: "no cellXfs in styles.xml")
        }
        // Each <xf …/> or <xf …>…</xf> of cellXfs, in order.
        let entries = styles[xfs].matches(of: /<xf\b[^>]*?(\/>|>[\s\S]*?<\/xf>)/).map { String($0.0) }
        guard entries.indices.contains(style) else { throw Failed(description: "no style \(style)") }
        let xf = entries[style]
        return !(xf.contains(#"locked="0""#) || xf.contains(#"locked="false""#))
    }

    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let problem = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failed(description: "\(executable) \(arguments.last ?? ""): \(problem)") }
        return text
    }
}
