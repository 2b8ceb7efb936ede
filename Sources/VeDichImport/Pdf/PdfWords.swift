import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One word as poppler placed it: its text and its box in points, y growing down the page.
struct PdfWord: Sendable, Hashable {
    var text: String
    var minX: Double
    var minY: Double
    var maxX: Double
    var maxY: Double

    var midX: Double { (minX + maxX) / 2 }
    var midY: Double { (minY + maxY) / 2 }
    var height: Double { maxY - minY }
}

struct PdfPage: Sendable {
    /// 1-based.
    var number: Int
    var width: Double
    var height: Double
    var words: [PdfWord]
}

/// Reads the pages and words of `pdftotext -bbox-layout` output. Poppler's own lines and blocks
/// are not used: it cuts a table into blocks its own way, while rows and columns are found later
/// from the positions of the words alone.
final class PdfWordsParser: NSObject, XMLParserDelegate {
    private var pages: [PdfPage] = []
    private var word: PdfWord?
    private var text = ""

    static func pages(from xhtml: Data) -> [PdfPage]? {
        let delegate = PdfWordsParser()
        let parser = XMLParser(data: xhtml)
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        guard parser.parse() else { return nil }
        return delegate.pages
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        switch elementName {
        case "page":
            pages.append(PdfPage(number: pages.count + 1, width: Double(attributes["width"] ?? "") ?? 595,
                                 height: Double(attributes["height"] ?? "") ?? 842, words: []))
        case "word":
            guard let minX = attributes["xMin"].flatMap(Double.init), let minY = attributes["yMin"].flatMap(Double.init),
                  let maxX = attributes["xMax"].flatMap(Double.init), let maxY = attributes["yMax"].flatMap(Double.init)
            else { return }
            word = PdfWord(text: "", minX: minX, minY: minY, maxX: maxX, maxY: maxY)
            text = ""
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if word != nil { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard elementName == "word", var finished = word else { return }
        word = nil
        finished.text = text.replacingOccurrences(of: "\u{00A0}", with: " ").trimmingCharacters(in: .whitespaces)
        guard !finished.text.isEmpty, !pages.isEmpty else { return }
        pages[pages.count - 1].words.append(finished)
    }
}
