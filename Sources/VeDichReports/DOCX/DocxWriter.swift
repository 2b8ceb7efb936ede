import Foundation
import ZIPFoundation

/// Writes a report as a Word document: the OOXML parts above, zipped with ZIPFoundation.
public enum DocxWriter {
    /// The parts in package order (`[Content_Types].xml` first, as Word itself writes it).
    static func parts(_ report: Report) -> [(path: String, xml: String)] {
        [
            ("[Content_Types].xml", DocxParts.contentTypes),
            ("_rels/.rels", DocxParts.packageRelationships),
            ("word/document.xml", DocxDocument.xml(report)),
            ("word/_rels/document.xml.rels", DocxParts.documentRelationships),
            ("word/styles.xml", DocxParts.styles),
            ("word/settings.xml", DocxParts.settings),
            ("word/header1.xml", DocxParts.pageNumberHeader),
            ("word/header2.xml", DocxParts.emptyHeader),
        ]
    }

    /// A fixed timestamp, so the same report gives the same bytes (1980-01-01, the ZIP epoch).
    static let timestamp = Date(timeIntervalSince1970: 315_532_800)

    public static func data(_ report: Report) throws(ReportError) -> Data {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for part in parts(report) {
                let bytes = Data(part.xml.utf8)
                try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(bytes.count),
                                     modificationDate: timestamp, compressionMethod: .deflate) { position, size in
                    bytes.subdata(in: Int(position)..<min(Int(position) + size, bytes.count))
                }
            }
            guard let data = archive.data else { throw ReportError.packagingFailed(reason: "gói nén rỗng") }
            return data
        } catch let error as ReportError {
            throw error
        } catch {
            throw .packagingFailed(reason: String(describing: error))
        }
    }

    public static func write(_ report: Report, to url: URL) throws(ReportError) {
        try ReportOutput.write(try data(report), to: url)
    }
}

/// Writes finished bytes where the person asked, atomically.
enum ReportOutput {
    static func write(_ data: Data, to url: URL) throws(ReportError) {
        do { try data.write(to: url, options: .atomic) } catch { throw .outputNotWritable(path: url.path) }
    }
}
