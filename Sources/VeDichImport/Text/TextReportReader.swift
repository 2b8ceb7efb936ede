import Foundation
import VeDichCore

/// Reads a report as extracted to UTF-8 text: one paragraph a line, tables flattened one cell a
/// line (as the seed is). Tables are rebuilt into grids by `FlatTableReader`.
public enum TextReportReader {
    public static func read(contentsOf url: URL) throws(ReportReadError) -> SourceDocument {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            if !FileManager.default.fileExists(atPath: url.path) { throw .fileNotFound(path: url.path) }
            throw .unreadable(path: url.path, reason: error.localizedDescription)
        }
        return try read(data: data, name: url.lastPathComponent)
    }

    public static func read(data: Data, name: String) throws(ReportReadError) -> SourceDocument {
        guard let text = String(data: data, encoding: .utf8) else {
            throw .notUTF8(path: name, byteOffset: firstInvalidUTF8Offset(data))
        }
        return read(text: text, name: name)
    }

    public static func read(text: String, name: String) -> SourceDocument {
        var lines: [(text: String, number: Int)] = []
        var number = 0
        text.enumerateLines { line, _ in
            number += 1
            let cleaned = (line.unicodeScalars.contains("\u{00A0}") ? line.replacingOccurrences(of: "\u{00A0}", with: " ") : line).trimmed
            if !cleaned.isEmpty { lines.append((cleaned, number)) }
        }
        return SourceDocument(name: name, blocks: FlatTableReader.blocks(from: lines))
    }

    private static func firstInvalidUTF8Offset(_ data: Data) -> Int {
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var offset = 0
        var consumed = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                consumed += UTF8.width(scalar)
                offset = consumed
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }
}
