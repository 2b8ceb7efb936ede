import Foundation
import VeDichCore
import VeDichImport

/// The parsers under test. Each takes any bytes; an input "passes" when the parser returns or
/// throws its own error. A trap, a crash or a hang is the finding.
enum FuzzTarget: String, CaseIterable, Sendable {
    /// `VietnameseNumber.parse`: "1.029,5", "(4,72)", "98%".
    case number
    /// `Figure.parse`: targets and values as written, "7 - 7,5", "≥5", "dưới 3%".
    case figure
    /// The text report reader and the auditor behind `vedich audit`/`vedich import`.
    case text
    /// The DOCX reader: the bytes are `word/document.xml`, packed into a .docx.
    case docx

    /// Runs one input; returns whether the parser accepted it (for the counts).
    func run(_ bytes: [UInt8]) -> Bool {
        switch self {
        case .number:
            let text = String(decoding: bytes, as: UTF8.self)
            guard let number = try? VietnameseNumber.parse(text) else { return false }
            _ = number.formatted
            return true
        case .figure:
            let text = String(decoding: bytes, as: UTF8.self)
            guard let figure = try? Figure.parse(text) else { return false }
            _ = figure.interval
            return true
        case .text:
            guard let document = try? TextReportReader.read(data: Data(bytes), name: "fuzz.txt") else { return false }
            _ = Auditor().audit(document)
            return true
        case .docx:
            let package = StoredZip.archive([
                ("[Content_Types].xml", Array(StoredZip.contentTypes.utf8)),
                ("word/document.xml", bytes),
            ])
            guard let document = try? DocxReader.read(data: Data(package), name: "fuzz.docx") else { return false }
            _ = Auditor().audit(document)
            return true
        }
    }
}
