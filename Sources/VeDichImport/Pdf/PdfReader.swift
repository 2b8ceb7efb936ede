import Foundation

/// Reads a report downloaded as PDF (most often exported from Word) into the same paragraphs and
/// grid tables as the DOCX and text readers: words and their positions from poppler, tables found
/// from their headers and the x ranges their words keep to, prose lines joined into paragraphs.
/// Locations name the page and the line on it.
public enum PdfReader {
    public static func read(contentsOf url: URL) throws(ReportReadError) -> SourceDocument {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw .fileNotFound(path: url.path)
        }
        guard !isDirectory.boolValue else { throw .unreadable(path: url.path, reason: "đây là một thư mục, không phải tệp") }
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw .unreadable(path: url.path, reason: "hệ thống không cho mở tệp")
        }
        let xhtml = try PdfTextExtractor.bboxXHTML(of: url, name: url.path)
        return try read(xhtml: xhtml, name: url.lastPathComponent, path: url.path)
    }

    /// - Parameter name: the file name the document is known by; errors refer to it.
    public static func read(data: Data, name: String) throws(ReportReadError) -> SourceDocument {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("vedich-pdf-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("document.pdf")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try data.write(to: file)
        } catch {
            throw .unreadable(path: name, reason: "không ghi được bản tạm để đọc")
        }
        let xhtml = try PdfTextExtractor.bboxXHTML(of: file, name: name)
        return try read(xhtml: xhtml, name: name, path: name)
    }

    static func read(xhtml: Data, name: String, path: String) throws(ReportReadError) -> SourceDocument {
        guard let pages = PdfWordsParser.pages(from: xhtml) else {
            throw .notAPdf(path: path, reason: "không đọc được chữ poppler trích ra từ tệp")
        }
        // A scan has no words, or only a stamp or page numbers poppler found in its text layer.
        let words = pages.reduce(0) { $0 + $1.words.filter { $0.text.contains(where: \.isLetter) }.count }
        guard words > 2 * pages.count else { throw .pdfHasNoText(path: path, pages: pages.count) }
        return SourceDocument(name: name, blocks: blocks(PdfBrokenYears.joined(PdfLines.lines(of: pages))))
    }

    static func blocks(_ lines: [PdfLine]) -> [DocumentBlock] {
        var blocks: [DocumentBlock] = []
        var prose = PdfParagraphs()
        var tableCount = 0
        var index = 0
        while index < lines.count {
            if let layout = PdfTableFinder.table(at: index, in: lines) {
                blocks += prose.flush().map { .paragraph($0) }
                tableCount += 1
                blocks.append(.table(PdfTableRows(layout: layout, tableIndex: tableCount).table()))
                index = layout.end
            } else {
                prose.append(lines[index])
                index += 1
            }
        }
        blocks += prose.flush().map { .paragraph($0) }
        return blocks
    }
}
