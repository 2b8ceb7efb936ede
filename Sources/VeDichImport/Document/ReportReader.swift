import Foundation

/// Opens a report by what it is: a DOCX (a ZIP archive) or text (UTF-8, or UTF-16 with its mark).
public enum ReportReader {
    public static func read(contentsOf url: URL) throws(ReportReadError) -> SourceDocument {
        guard FileManager.default.fileExists(atPath: url.path) else { throw .fileNotFound(path: url.path) }
        let isZip = (try? FileHandle(forReadingFrom: url)).flatMap { handle in
            defer { try? handle.close() }
            return try? handle.read(upToCount: 2)
        } == Data("PK".utf8)
        if url.pathExtension.lowercased() == "docx" || isZip {
            return try DocxReader.read(contentsOf: url)
        }
        if url.pathExtension.lowercased() == "doc" || url.pathExtension.lowercased() == "pdf" {
            throw .unsupportedFormat(path: url.path)
        }
        return try TextReportReader.read(contentsOf: url)
    }
}
