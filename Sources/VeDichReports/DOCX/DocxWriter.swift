import Foundation
import ZIPFoundation

/// Writes a report as a Word document: the OOXML parts above, zipped in one buffer (`DocxPackage`).
public enum DocxWriter {
    /// The parts in package order (`[Content_Types].xml` first, as Word itself writes it).
    static func parts(_ report: Report) -> [(path: String, xml: String)] {
        let main = DocxDocument.parts(report)
        return [
            ("[Content_Types].xml", DocxParts.contentTypes),
            ("_rels/.rels", DocxParts.packageRelationships),
            ("word/document.xml", main.document),
            ("word/footnotes.xml", main.footnotes),
            ("word/_rels/document.xml.rels", DocxParts.documentRelationships),
            ("word/styles.xml", DocxParts.styles),
            ("word/settings.xml", DocxParts.settings),
            ("word/header1.xml", DocxParts.pageNumberHeader),
            ("word/header2.xml", DocxParts.emptyHeader),
        ]
    }

    public static func data(_ report: Report) throws(ReportError) -> Data {
        do {
            return try DocxPackage.zip(parts(report))
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
