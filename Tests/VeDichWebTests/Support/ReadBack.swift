import Foundation

/// Reads outputs back the way a person's tools would: the table page's rows as a browser shows
/// their text, a CSV as a spreadsheet reads it, a workbook through LibreOffice.
enum ReadBack {
    /// One row of the table page: the cells' text, and the verdict as the `<summary>` shows it
    /// (the reason and the deciding component sit in the same cell, hidden until opened).
    struct PageRow {
        var cells: [String]
        var verdict: String
        var isComponent: Bool
    }

    /// The body rows of the table with `id`, group rows left out.
    static func pageRows(_ html: String, tableID: String) -> [PageRow] {
        guard let start = html.range(of: "id=\"\(tableID)\""),
              let body = html[start.upperBound...].range(of: "<tbody>"),
              let end = html[body.upperBound...].range(of: "</tbody>") else { return [] }
        let tbody = html[body.upperBound..<end.lowerBound]
        return tbody.components(separatedBy: "<tr").dropFirst().compactMap { row -> PageRow? in
            let opening = row.prefix { $0 != ">" }
            guard !opening.contains("class=\"group\"") else { return nil }
            let cells = row.components(separatedBy: "<td").dropFirst().map { cell -> String in
                let content = cell.drop { $0 != ">" }.dropFirst()
                let inner = content.range(of: "</td>").map { content[..<$0.lowerBound] } ?? content
                return text(String(inner))
            }
            let verdict = row.range(of: "<summary>").flatMap { open in
                row[open.upperBound...].range(of: "</summary>").map { text(String(row[open.upperBound..<$0.lowerBound])) }
            } ?? ""
            return PageRow(cells: cells, verdict: verdict, isComponent: opening.contains("class=\"component\""))
        }
    }

    /// Markup's text: tags dropped, entities decoded, blanks trimmed.
    static func text(_ markup: String) -> String {
        var out = ""
        var inTag = false
        for character in markup {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { out.append(character) }
        }
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'"), ("&amp;", "&")] {
            out = out.replacingOccurrences(of: entity, with: character)
        }
        return out.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// RFC 4180 CSV (the server's and LibreOffice's): quoted fields, doubled quotes, CRLF or LF,
    /// a leading byte-order mark. By scalar, since "\r\n" is one Character.
    static func csv(_ text: String, separator: Unicode.Scalar = ",") -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = String.UnicodeScalarView()
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index += 1
            if quoted {
                if scalar == "\"" {
                    if index < scalars.endIndex, scalars[index] == "\"" { field.append("\""); index += 1 } else { quoted = false }
                } else { field.append(scalar) }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == separator {
                row.append(String(field)); field = .init()
            } else if scalar == "\r" || scalar == "\n" {
                if scalar == "\r", index < scalars.endIndex, scalars[index] == "\n" { index += 1 }
                row.append(String(field)); field = .init()
                rows.append(row); row = []
            } else { field.append(scalar) }
        }
        if !field.isEmpty || !row.isEmpty { row.append(String(field)); rows.append(row) }
        return rows
    }

    /// A CSV cell as the person meant it: the `'` the injection guard put before a leading
    /// `= + - @`, tab or carriage return taken off again.
    static func unguarded(_ cell: String) -> String {
        guard cell.hasPrefix("'"), let next = cell.unicodeScalars.dropFirst().first,
              "=+-@\t\r".unicodeScalars.contains(next) else { return cell }
        return String(cell.dropFirst())
    }

    /// Every sheet of every workbook as CSV rows (one list of rows per sheet), raw values rather than as displayed, in one
    /// LibreOffice run (each conversion costs seconds): keyed by workbook file name without its
    /// extension. Filter options: comma, quote, UTF-8, from line 1, token 9 "as shown" = false,
    /// token 12 = -1 for every sheet, each to `<name>-<Sheet>.csv`.
    static func sheets(_ workbooks: [URL]) throws -> [String: [[[String]]]] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-sheets-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let profile = URL(fileURLWithPath: "/tmp/lo-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: profile); try? FileManager.default.removeItem(at: directory) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/soffice")
        process.arguments = ["--headless", "--norestore", "-env:UserInstallation=\(profile.absoluteString)",
                             "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1",
                             "--outdir", directory.path] + workbooks.map(\.path)
        process.standardOutput = Pipe()
        process.standardError = Pipe()
        try process.run()
        process.waitUntilExit()
        var sheets: [String: [[[String]]]] = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: directory.path) where file.hasSuffix(".csv") {
            guard let workbook = workbooks.first(where: { file.hasPrefix($0.deletingPathExtension().lastPathComponent + "-") }) else { continue }
            let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            sheets[workbook.deletingPathExtension().lastPathComponent, default: []].append(csv(text))
        }
        return sheets
    }
}
