import Foundation
import ZIPFoundation

/// Reads a Word report (.docx) into paragraphs and grid-shaped tables.
public enum DocxReader {
    /// Well above any real report's `word/document.xml` (images live in other parts); a bound so
    /// a ZIP bomb is refused instead of inflated.
    static let maxDocumentXMLBytes = 256 * 1024 * 1024

    public static func read(contentsOf url: URL) throws(ReportReadError) -> SourceDocument {
        let path = url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .fileNotFound(path: path)
        }
        guard !isDirectory.boolValue else {
            throw .unreadable(path: path, reason: "đây là một thư mục, không phải tệp")
        }
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            throw .unreadable(path: path, reason: "hệ thống không cho mở tệp")
        }
        return try read(data: data, archiveURL: url, name: url.lastPathComponent, path: path)
    }

    /// - Parameter name: the file name the document is known by; errors refer to it as its path.
    public static func read(data: Data, name: String) throws(ReportReadError) -> SourceDocument {
        // ZIPFoundation's in-memory archive traps on a central directory pointing past the end of
        // the data; its file-backed archive just reads nothing there. So the bytes go to a file.
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("vedich-docx-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("document.docx")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try data.write(to: file)
        } catch {
            throw .unreadable(path: name, reason: "không ghi được bản tạm để giải nén")
        }
        return try read(data: data, archiveURL: file, name: name, path: name)
    }

    private static func read(data: Data, archiveURL: URL, name: String, path: String) throws(ReportReadError)
        -> SourceDocument {
        guard let xml = try partXML("word/document.xml", in: data, archiveURL: archiveURL, path: path) else {
            throw .notADocx(path: path, reason: "trong gói không có phần nội dung chính word/document.xml")
        }
        let notes = try footnoteBlocks(in: data, archiveURL: archiveURL, path: path)
        // Word's list numbering: a numbered table row's "1." lives here, not in its text.
        let numbering = (try? partXML("word/numbering.xml", in: data, archiveURL: archiveURL, path: path))
            .flatMap { $0 }.map(ListNumbering.init(xml:)) ?? ListNumbering()
        do {
            let blocks = try DocumentXMLParser.parse(xml, numbering: numbering)
            return SourceDocument(name: name, blocks: blocks + footnotes(notes, after: blocks))
        } catch {
            switch error {
            case .malformed(let line, let reason):
                throw .malformedDocx(path: path, line: line, reason: reason)
            case .noBody:
                throw .notADocx(path: path, reason: "word/document.xml không có phần thân văn bản (w:body)")
            case .tooLarge(let reason):
                throw .tooLarge(path: path, reason: reason)
            }
        }
    }

    /// The paragraphs of `word/footnotes.xml`; none when the package has no footnotes.
    private static func footnoteBlocks(in data: Data, archiveURL: URL, path: String) throws(ReportReadError)
        -> [DocumentBlock] {
        guard let xml = try partXML("word/footnotes.xml", in: data, archiveURL: archiveURL, path: path) else { return [] }
        do {
            return try DocumentXMLParser.parse(xml)
        } catch {
            switch error {
            case .malformed(let line, let reason):
                throw .malformedDocx(path: path, line: line, reason: "phần chú thích cuối trang (word/footnotes.xml): \(reason)")
            case .noBody:
                return []
            case .tooLarge(let reason):
                throw .tooLarge(path: path, reason: reason)
            }
        }
    }

    /// The notes as paragraphs after the body, one a note ("[1] …", its later paragraphs joined
    /// to it), numbered on from the body's paragraphs so no location names two places.
    private static func footnotes(_ blocks: [DocumentBlock], after body: [DocumentBlock]) -> [DocumentBlock] {
        var number = body.reduce(0) { count, block in
            if case .paragraph(let paragraph) = block { max(count, paragraph.location.paragraph ?? 0) } else { count }
        }
        var notes: [Paragraph] = []
        for case .paragraph(let paragraph) in blocks {
            if !paragraph.text.hasPrefix("["), let last = notes.indices.last {
                notes[last].text += " " + paragraph.text
                continue
            }
            number += 1
            notes.append(Paragraph(text: paragraph.text, location: SourceLocation(paragraph: number)))
        }
        return notes.map { .paragraph($0) }
    }

    private struct TooLarge: Error {}
    private struct Corrupt: Error {}

    /// The part's bytes, or nil when the package has no such part.
    /// - Parameter data: the bytes of the file at `archiveURL`.
    private static func partXML(_ part: String, in data: Data, archiveURL: URL, path: String) throws(ReportReadError) -> Data? {
        // Every DOCX begins with a ZIP local file header; checking it first gives a clear reason
        // and spares ZIPFoundation's byte-by-byte search for a directory that is not there.
        guard data.starts(with: [0x50, 0x4B, 0x03, 0x04]) else {
            throw .notADocx(path: path, reason: "tệp không phải là một gói nén ZIP như mọi tệp .docx")
        }
        let archive: Archive
        do {
            archive = try Archive(url: archiveURL, accessMode: .read)
        } catch {
            throw .notADocx(path: path, reason: "gói nén ZIP bị hỏng hoặc không đầy đủ")
        }
        guard let entry = archive[part], entry.type == .file else { return nil }
        let tooLarge = ReportReadError.tooLarge(
            path: path, reason: "\(part) lớn hơn \(maxDocumentXMLBytes / 1024 / 1024) MB khi giải nén")
        guard entry.uncompressedSize <= UInt64(maxDocumentXMLBytes) else { throw tooLarge }

        var xml = Data()
        let collect: Consumer = { chunk in
            // The stated size can lie; count what actually comes out.
            guard xml.count + chunk.count <= maxDocumentXMLBytes else { throw TooLarge() }
            xml.append(chunk)
        }
        do {
            if entry.isCompressed {
                try inflate(entry, named: part, in: data, into: collect)
            } else {
                let checksum = try archive.extract(entry, consumer: collect)
                guard checksum == entry.checksum else { throw Corrupt() }
            }
        } catch is TooLarge {
            throw tooLarge
        } catch {
            throw .notADocx(path: path, reason: "không giải nén được \(part) (dữ liệu nén bị hỏng)")
        }
        return xml
    }

    /// Inflates a deflated entry from bytes we hand out ourselves. ZIPFoundation 0.9.20's own
    /// `extract` spins forever on a deflate stream that runs past the end of the file (a truncated
    /// or tampered DOCX); its `Data.decompress` stops as soon as our provider refuses to read on.
    /// Also used by the XLSX reader (`XlsxSpreadsheetReader`), an OOXML package of the same kind.
    static func inflate(_ entry: Entry, named part: String, in data: Data, into consumer: Consumer) throws {
        guard let compressed = storedBytes(of: part, size: entry.compressedSize, in: data) else {
            throw Corrupt()
        }
        let checksum = try Data.decompress(
            size: Int64(compressed.count), bufferSize: defaultReadChunkSize, skipCRC32: false,
            provider: { position, size in
                guard position >= 0, position < Int64(compressed.count) else { throw Corrupt() }
                let lower = compressed.startIndex + Int(position)
                return Data(compressed[lower..<min(lower + max(size, 0), compressed.endIndex)])
            },
            consumer: consumer)
        guard checksum == entry.checksum else { throw Corrupt() }
    }

    /// The bytes after the entry's local file header. The header's offset is internal to
    /// ZIPFoundation, so the first local header naming the part is looked up; a wrong match in a
    /// tampered file fails the CRC check instead of being read.
    private static func storedBytes(of name: String, size: UInt64, in data: Data) -> Data? {
        let nameBytes = Data(name.utf8)
        let signature = Data([0x50, 0x4B, 0x03, 0x04])
        func uint16(at index: Int) -> Int? {
            guard index >= data.startIndex, index + 1 < data.endIndex else { return nil }
            return Int(data[index]) | Int(data[index + 1]) << 8
        }
        var searchFrom = data.startIndex
        while let header = data.range(of: signature, in: searchFrom..<data.endIndex)?.lowerBound {
            searchFrom = header + 1
            guard let nameLength = uint16(at: header + 26), let extraLength = uint16(at: header + 28),
                  nameLength == nameBytes.count, header + 30 + nameLength <= data.endIndex,
                  data[(header + 30)..<(header + 30 + nameLength)] == nameBytes else { continue }
            let start = header + 30 + nameLength + extraLength
            guard start <= data.endIndex else { return nil }
            let available = data.endIndex - start
            let length = size > UInt64(available) ? available : Int(size)
            return data[start..<(start + length)]
        }
        return nil
    }
}
