import Foundation
import Testing
@testable import VeDichImport

extension WebLayout {
    /// The reading of the DOCX LibreOffice makes from the layout: the reference every web copy
    /// of it is held to.
    func docxReading() throws -> [String] {
        let url = try LibreOffice.docx(fromHTML: html, name: "bang")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        return RowReading.lines(try Auditor().audit(contentsOf: url))
    }
}

extension RowReading {
    /// Each row a person reads that `read` misses or reads otherwise, named: what a failing
    /// comparison of two readings prints.
    static func differences(_ read: [String], from expected: [String]) -> String {
        let missed = expected.filter { !read.contains($0) }.map { "  thiếu: \($0)" }
        let extra = read.filter { !expected.contains($0) }.map { "  thừa:  \($0)" }
        return (missed + extra).joined(separator: "\n")
    }
}

/// A layout and the rows a person reads under it (`RowReading.lines`: code | name | target |
/// value | stated), held to the DOCX made of it and to every way a browser copies it one cell a line.
struct LayoutExample: CustomStringConvertible, Sendable {
    var layout: WebLayout
    var reads: [String]
    var description: String { layout.name }

    func expectDocxReadsThem(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let docx = try layout.docxReading()
        #expect(docx == reads, "\(layout.name), DOCX:\n\(RowReading.differences(docx, from: reads))", sourceLocation: sourceLocation)
    }

    func expectEveryWebCopyReadsThem(sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for style in WebLayout.CopyStyle.allCases {
            let report = layout.webAudit(style, fileName: "trang-web.txt")
            let read = RowReading.lines(report)
            #expect(read == reads, "\(layout.name), copied as \(style):\n\(RowReading.differences(read, from: reads))",
                    sourceLocation: sourceLocation)
            #expect(report.tables.allSatisfy { $0.table.coverage.rowsUnread == 0 },
                    "\(layout.name), copied as \(style): rows left unread", sourceLocation: sourceLocation)
            #expect(report.errorCount == 0, "\(layout.name), copied as \(style): \(report.errorCount) errors the table does not deserve",
                    sourceLocation: sourceLocation)
        }
    }
}
