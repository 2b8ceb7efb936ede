import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A small element tree of one XML part (local names, attributes by local name, text), read with
/// Foundation's XMLParser like the DOCX reader, through its UTF-8 guard and DOCTYPE refusal.
/// Workbook parts are small beside a report; a bound on elements keeps a hostile one in check.
final class XMLTree: NSObject, XMLParserDelegate {
    final class Element {
        let name: String
        let attributes: [String: String]
        var children: [Element] = []
        var text = ""

        init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }

        func child(_ name: String) -> Element? { children.first { $0.name == name } }
        func all(_ name: String) -> [Element] { children.filter { $0.name == name } }
    }

    struct Failure: Error {
        var reason: String
    }

    static let maxElements = 4_000_000

    private var stack: [Element] = []
    private var root: Element?
    private var count = 0
    private var failure: Failure?

    static func parse(_ data: Data) throws(Failure) -> Element {
        let xml: Data
        do { xml = try DocumentXMLParser.utf8(data) } catch { throw Failure(reason: "bảng mã của phần XML không phải UTF-8 hay UTF-16") }
        if xml.range(of: Data("<!DOCTYPE".utf8)) != nil { throw Failure(reason: "có khai báo DOCTYPE, tệp Excel không được phép có") }
        let handler = XMLTree()
        let parser = XMLParser(data: xml)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = handler
        let finished = parser.parse()
        if let failure = handler.failure { throw failure }
        guard finished, parser.parserError == nil, let root = handler.root, handler.stack.isEmpty else {
            throw Failure(reason: "XML hỏng ở dòng \(max(parser.lineNumber, 1))")
        }
        return root
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        count += 1
        guard count <= Self.maxElements else {
            failure = Failure(reason: "quá nhiều phần tử XML (hơn \(Self.maxElements))")
            parser.abortParsing()
            return
        }
        // Attributes by local name: `r:id` is read as `id`.
        var attributes: [String: String] = [:]
        for (key, value) in attributeDict { attributes[String(key.split(separator: ":").last ?? Substring(key))] = value }
        let element = Element(name: elementName, attributes: attributes)
        if let parent = stack.last { parent.children.append(element) } else if root == nil { root = element }
        stack.append(element)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        _ = stack.popLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.text += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        stack.last?.text += String(decoding: CDATABlock, as: UTF8.self)
    }
}
