import Foundation

/// Opens a report by what it is: a DOCX (a ZIP archive), a PDF, or text (UTF-8, or UTF-16 with its mark).
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
        let isPdf = (try? FileHandle(forReadingFrom: url)).flatMap { handle in
            defer { try? handle.close() }
            return try? handle.read(upToCount: 5)
        } == Data("%PDF-".utf8)
        if url.pathExtension.lowercased() == "pdf" || isPdf {
            return try PdfReader.read(contentsOf: url)
        }
        if url.pathExtension.lowercased() == "doc" {
            throw .unsupportedFormat(path: url.path)
        }
        return try TextReportReader.read(contentsOf: url)
    }

    /// The same choice for bytes received (an upload): by their first bytes, then by the name.
    public static func read(data: Data, name: String) throws(ReportReadError) -> SourceDocument {
        let lowered = name.lowercased()
        if data.starts(with: Data("PK".utf8)) || lowered.hasSuffix(".docx") { return try DocxReader.read(data: data, name: name) }
        if data.starts(with: Data("%PDF-".utf8)) || lowered.hasSuffix(".pdf") { return try PdfReader.read(data: data, name: name) }
        if lowered.hasSuffix(".doc") { throw .unsupportedFormat(path: name) }
        return try TextReportReader.read(data: data, name: name)
    }
}
