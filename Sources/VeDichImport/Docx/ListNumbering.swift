import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Word's automatic list numbering (`word/numbering.xml`). A table whose row numbers Word
/// counts itself shows "1.", "2." on screen while the text holds nothing: the paragraph only
/// says `w:numPr` (list `w:numId`, level `w:ilvl`). This renders the number as Word shows it,
/// so the row reads as numbered.
struct ListNumbering {
    struct Level: Hashable {
        var format = "decimal"
        var text = "%1."
        var start = 1
    }

    /// numId → abstractNumId.
    private var lists: [String: String] = [:]
    /// abstractNumId → levels by `w:ilvl`.
    private var abstract: [String: [Int: Level]] = [:]
    /// numId → the count at each level so far.
    private var counters: [String: [Int]] = [:]

    init() {}

    init(xml: Data) {
        let collector = Collector()
        let parser = XMLParser(data: xml)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = collector
        // A broken numbering part leaves lists unnumbered; the document itself still reads.
        _ = parser.parse()
        lists = collector.lists
        abstract = collector.abstract
    }

    /// The label of the next paragraph of list `numID` at `level` ("1.", "a)", "II."), counting
    /// it; nil for "0" (numbering switched off) and for bullets, which number nothing.
    mutating func next(numID: String, level: Int) -> String? {
        guard numID != "0", (0...8).contains(level) else { return nil }
        let levels = lists[numID].flatMap { abstract[$0] } ?? [:]
        let format = levels[level] ?? Level(text: "%\(level + 1).")
        guard format.format != "bullet", format.format != "none" else { return nil }
        var counts = counters[numID] ?? Array(repeating: 0, count: 9)
        counts[level] = counts[level] == 0 ? (format.start) : counts[level] + 1
        // A higher level starts its sub-levels over.
        for deeper in (level + 1)..<9 { counts[deeper] = 0 }
        counters[numID] = counts
        var label = format.text
        for shown in 0...level {
            let levelFormat = levels[shown] ?? Level()
            let value = max(counts[shown], levelFormat.start)
            label = label.replacingOccurrences(of: "%\(shown + 1)", with: Self.render(value, levelFormat.format))
        }
        return label.trimmingCharacters(in: .whitespaces)
    }

    static func render(_ value: Int, _ format: String) -> String {
        switch format {
        case "lowerLetter": letters(value).lowercased()
        case "upperLetter": letters(value)
        case "lowerRoman": roman(value).lowercased()
        case "upperRoman": roman(value)
        default: "\(value)"
        }
    }

    private static func letters(_ value: Int) -> String {
        guard value > 0 else { return "\(value)" }
        let letter = Character(UnicodeScalar(UInt8(65 + (value - 1) % 26)))
        return String(repeating: letter, count: (value - 1) / 26 + 1)
    }

    private static func roman(_ value: Int) -> String {
        guard value > 0, value < 4000 else { return "\(value)" }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value
        var text = ""
        for (amount, numeral) in table {
            while rest >= amount { text += numeral; rest -= amount }
        }
        return text
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var lists: [String: String] = [:]
        var abstract: [String: [Int: Level]] = [:]
        private var abstractID: String?
        private var numID: String?
        private var level: Int?

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes: [String: String] = [:]) {
            let value = attributes["w:val"] ?? attributes["val"] ?? attributes.first { $0.key.hasSuffix(":val") }?.value
            func attribute(_ name: String) -> String? {
                attributes["w:\(name)"] ?? attributes[name] ?? attributes.first { $0.key.hasSuffix(":\(name)") }?.value
            }
            switch elementName {
            case "abstractNum":
                abstractID = attribute("abstractNumId")
                if let abstractID { abstract[abstractID] = [:] }
            case "lvl" where abstractID != nil && numID == nil:
                level = attribute("ilvl").flatMap { Int($0) }
                if let abstractID, let level { abstract[abstractID]?[level] = Level() }
            case "numFmt":
                update { $0.format = value ?? "decimal" }
            case "lvlText":
                update { $0.text = value ?? "" }
            case "start":
                update { $0.start = value.flatMap { Int($0) } ?? 1 }
            case "num":
                numID = attribute("numId")
            case "abstractNumId":
                if let numID, let value { lists[numID] = value }
            default:
                break
            }
        }

        private func update(_ change: (inout Level) -> Void) {
            guard let abstractID, let level, var current = abstract[abstractID]?[level] else { return }
            change(&current)
            abstract[abstractID]?[level] = current
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            switch elementName {
            case "abstractNum": abstractID = nil
            case "lvl": level = nil
            case "num": numID = nil
            default: break
            }
        }
    }
}
