import Foundation
import VeDichImport

/// The seed report as an office would have it in each format: its text, typed into Word (a DOCX
/// with real tables, made by LibreOffice from HTML so the producer is not VeDich), and that DOCX
/// exported to PDF. Made once per bench run in a temporary folder.
struct SeedDocuments {
    var text: URL
    var docx: URL
    var pdf: URL

    struct Unavailable: Error, CustomStringConvertible {
        var description: String
    }

    static func make(from seed: URL) throws -> SeedDocuments {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("vedich-bench-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let html = directory.appendingPathComponent("lang-son-2025.html")
        try Data(Self.html(TextReportReader.read(contentsOf: seed)).utf8).write(to: html)
        let docx = try convert(html, to: "docx:MS Word 2007 XML", in: directory)
        let pdf = try convert(docx, to: "pdf:writer_pdf_Export", in: directory)
        return SeedDocuments(text: seed, docx: docx, pdf: pdf)
    }

    func remove() {
        try? FileManager.default.removeItem(at: docx.deletingLastPathComponent())
    }

    /// Paragraphs as `<p>`, tables with rowspan for cells merged down.
    private static func html(_ document: SourceDocument) -> String {
        func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;")
        }
        var body = ""
        for block in document.blocks {
            switch block {
            case .paragraph(let paragraph):
                body += "<p>\(escape(paragraph.text))</p>\n"
            case .table(let table):
                body += "<table border=\"1\">\n"
                for (rowIndex, row) in table.rows.enumerated() {
                    body += "<tr>"
                    for (column, cell) in row.enumerated() where cell.merge != .continuesAbove {
                        var span = 1
                        while rowIndex + span < table.rows.count, column < table.rows[rowIndex + span].count,
                              table.rows[rowIndex + span][column].merge == .continuesAbove { span += 1 }
                        let tag = rowIndex == 0 ? "th" : "td"
                        body += "<\(tag)\(span > 1 ? " rowspan=\"\(span)\"" : "")>\(escape(cell.text))</\(tag)>"
                    }
                    body += "</tr>\n"
                }
                body += "</table>\n"
            }
        }
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Báo cáo</title></head><body>\(body)</body></html>"
    }

    /// One LibreOffice conversion with a profile of its own.
    private static func convert(_ input: URL, to filter: String, in directory: URL) throws -> URL {
        guard let soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice"]
            .first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw Unavailable(description: "không có LibreOffice (soffice) để tạo bản DOCX/PDF của báo cáo mẫu")
        }
        let profile = directory.appendingPathComponent("lo-profile", isDirectory: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = ["--headless", "--norestore", "-env:UserInstallation=\(profile.absoluteString)",
                             "--convert-to", filter, "--outdir", directory.path, input.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let ext = String(filter.prefix { $0 != ":" })
        let output = directory.appendingPathComponent(input.deletingPathExtension().lastPathComponent + "." + ext)
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: output.path) else {
            throw Unavailable(description: "LibreOffice không tạo được \(output.lastPathComponent)")
        }
        return output
    }
}
