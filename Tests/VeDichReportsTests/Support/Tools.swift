import Foundation

/// Runs the command-line tools the tests read documents back with (LibreOffice, poppler).
enum Tools {
    struct Failed: Error, CustomStringConvertible {
        var description: String
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failed(description: "\(executable) \(arguments.joined(separator: " ")) exited \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-reports-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Text of a PDF with runs of blanks and line breaks made single spaces.
    static func pdfText(_ pdf: URL) throws -> String {
        try run("/usr/bin/pdftotext", [pdf.path, "-"]).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func pdfPages(_ pdf: URL) throws -> Int {
        let info = try run("/usr/bin/pdfinfo", [pdf.path])
        let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") } ?? ""
        return Int(line.split(separator: " ").last ?? "") ?? 0
    }

    /// Every sheet of a workbook as CSV, raw values rather than as displayed (LibreOffice filter
    /// options: comma, quote, UTF-8, from line 1, …, token 9 "as shown" = false, token 12 = -1 for
    /// every sheet, each to `<name>-<Sheet>.csv`). Own profile per call.
    static func csvSheets(_ xlsx: URL) throws -> [String: String] {
        let directory = try temporaryDirectory()
        let profile = URL(fileURLWithPath: "/tmp/lo-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: profile) }
        _ = try run("/usr/bin/soffice", ["--headless", "--norestore", "-env:UserInstallation=\(profile.absoluteString)",
                                         "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1",
                                         "--outdir", directory.path, xlsx.path])
        var sheets: [String: String] = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: directory.path) where file.hasSuffix(".csv") {
            sheets[file] = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
        }
        guard !sheets.isEmpty else { throw Failed(description: "LibreOffice wrote no CSV for \(xlsx.lastPathComponent)") }
        return sheets
    }
}
