import Foundation
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
