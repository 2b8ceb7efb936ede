import Foundation
import VeDichCore
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Turns `word/document.xml` into body paragraphs and tables, in document order.
///
/// Only the structure a report's figures live in is read: body paragraphs, and tables as rows of
/// cells with their spans. Everything else (formatting, drawings, tracked deletions) is passed over.
final class DocumentXMLParser: NSObject, XMLParserDelegate {
    enum Failure: Error {
        case malformed(line: Int, reason: String)
        case noBody
        case tooLarge(reason: String)
    }

    /// A generous bound on grid positions in one document (a long provincial report has tens of
    /// thousands); a hostile file of millions of empty rows must not exhaust memory.
    static let maxGridCells = 2_000_000

    /// - Parameter numbering: `word/numbering.xml`, so list-numbered table rows read as numbered.
    static func parse(_ source: Data, numbering: ListNumbering = ListNumbering()) throws(Failure) -> [DocumentBlock] {
        let xml = try utf8(source)
        // OOXML forbids DTDs; refusing them outright rules out entity-expansion bombs.
        if let doctype = xml.range(of: Data("<!DOCTYPE".utf8)) {
            let line = xml[..<doctype.lowerBound].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
            throw .malformed(line: line, reason: "có khai báo DOCTYPE, tài liệu DOCX không được phép có")
        }
        let handler = DocumentXMLParser()
        handler.numbering = numbering
        let parser = XMLParser(data: xml)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = handler
        let finished = parser.parse()
        if let failure = handler.failure { throw failure }
        // On Linux `parse()` returns true after some errors it recovered from (mismatched or
        // unclosed tags), so the delegate's report is what counts.
        guard finished, parser.parserError == nil else {
            throw .malformed(line: max(parser.lineNumber, 1), reason: reason(for: parser.parserError))
        }
        guard handler.sawBody else { throw .noBody }
        return handler.blocks
    }

    private enum Namespace { case word, markupCompatibility, other }

    private struct Name: Equatable {
        var namespace: Namespace
        var local: String
        static func w(_ local: String) -> Name { Name(namespace: .word, local: local) }
    }

    private struct OpenCell {
        var paragraphs: [String] = []
        var gridSpan = 1
        var verticalMerge = DocxRawCell.VerticalMerge.none
    }

    private var blocks: [DocumentBlock] = []
    private var failure: Failure?
    private var sawBody = false

    private var stack: [Name] = []
    /// Depth inside an `mc:Fallback`, whose content repeats the `mc:Choice` next to it.
    private var skippedDepth = 0
    private var bodyDepth = 0

    private var paragraphDepth = 0
    private var paragraphText = ""
    /// Word's list numbering of the open paragraph (`w:numPr`): list and level.
    private var numbering = ListNumbering()
    private var paragraphList: String?
    private var paragraphLevel = 0
    private var collectingText = false
    private var bodyParagraphCount = 0
    /// The `w:id` of the footnote being read in `word/footnotes.xml`.
    private var footnoteID: String?

    /// Open body-level tables; a table inside a table only adds its text to the outer cell.
    private var tableDepth = 0
    private var tableCount = 0
    private var declaredColumns = 0
    private var rows: [DocxRawRow] = []
    private var openRow: DocxRawRow?
    private var openCell: OpenCell?
    private var gridCells = 0

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        let name = Name(namespace: Self.namespace(of: namespaceURI), local: elementName)
        let parent = stack.last
        let grandparent = stack.dropLast().last
        stack.append(name)
        if skippedDepth > 0 || name == Name(namespace: .markupCompatibility, local: "Fallback") {
            skippedDepth += 1
            return
        }
        // `word/footnotes.xml` is read the same way, its `w:footnotes` standing for the body.
        if name == .w("body") || name == .w("footnotes") {
            sawBody = true
            bodyDepth += 1
        }
        guard bodyDepth > 0, name.namespace == .word else { return }
        // Table structure counts only for the outermost table, outside any paragraph (a table in a
        // text box sits inside a paragraph and is read as that paragraph's text).
        let structural = tableDepth == 1 && paragraphDepth == 0

        switch name.local {
        case "p":
            if paragraphDepth == 0 {
                paragraphText = ""
                paragraphList = nil
                paragraphLevel = 0
            }
            paragraphDepth += 1
        case "numId" where parent == .w("numPr") && paragraphDepth == 1:
            paragraphList = Self.value(in: attributeDict)
        case "ilvl" where parent == .w("numPr") && paragraphDepth == 1:
            paragraphLevel = Self.count(in: attributeDict, default: 0)
        case "t" where parent == .w("r"):
            collectingText = true
        case "tab" where parent == .w("r"):
            paragraphText += " "
        case "br" where parent == .w("r"), "cr" where parent == .w("r"):
            paragraphText += "\n"
        case "noBreakHyphen" where parent == .w("r"):
            paragraphText += "-"
        // A footnote's mark in the text and at the head of its note read as the source prints
        // them: "… tăng 4,72% [1], …" and "[1] Nguyên nhân …".
        case "footnoteReference" where parent == .w("r"):
            paragraphText += "[\(Self.identifier(in: attributeDict) ?? "")]"
        case "footnote" where paragraphDepth == 0:
            footnoteID = Self.identifier(in: attributeDict)
        case "footnoteRef" where parent == .w("r"):
            paragraphText += "[\(footnoteID ?? "")] "
        case "tbl" where paragraphDepth == 0:
            tableDepth += 1
            if tableDepth == 1 {
                tableCount += 1
                declaredColumns = 0
                rows = []
            }
        case "gridCol" where structural && parent == .w("tblGrid"):
            declaredColumns += 1
        case "tr" where structural:
            openRow = DocxRawRow()
        case "gridBefore" where structural && parent == .w("trPr") && grandparent == .w("tr"):
            openRow?.gridBefore = Self.count(in: attributeDict, default: 0)
        case "gridAfter" where structural && parent == .w("trPr") && grandparent == .w("tr"):
            openRow?.gridAfter = Self.count(in: attributeDict, default: 0)
        case "tc" where structural:
            openCell = OpenCell()
        // Only the cell's own properties: a `w:tcPrChange` inside holds the superseded ones.
        case "gridSpan" where structural && parent == .w("tcPr") && grandparent == .w("tc"):
            openCell?.gridSpan = Self.count(in: attributeDict, default: 1)
        case "vMerge" where structural && parent == .w("tcPr") && grandparent == .w("tc"):
            openCell?.verticalMerge = Self.value(in: attributeDict) == "restart" ? .restart : .continue
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        guard let name = stack.popLast() else { return }
        if skippedDepth > 0 {
            skippedDepth -= 1
            return
        }
        if name == .w("body") || name == .w("footnotes") { bodyDepth -= 1 }
        guard bodyDepth > 0, name.namespace == .word else { return }
        let structural = tableDepth == 1 && paragraphDepth == 0

        switch name.local {
        case "p":
            paragraphDepth -= 1
            if paragraphDepth > 0 {
                paragraphText += "\n"
            } else {
                endParagraph()
            }
        case "t":
            collectingText = false
        case "tbl" where paragraphDepth == 0:
            tableDepth -= 1
            if tableDepth == 0 { endTable(parser) }
        case "tr" where structural:
            if let openRow { rows.append(openRow) }
            openRow = nil
        case "tc" where structural:
            if let cell = openCell {
                let text = cell.paragraphs.joined(separator: "\n").trimmed
                openRow?.cells.append(DocxRawCell(text: text, gridSpan: cell.gridSpan, verticalMerge: cell.verticalMerge))
            }
            openCell = nil
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard collectingText, skippedDepth == 0, paragraphDepth > 0 else { return }
        paragraphText += Self.normalisingSpaces(string)
    }

    func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
        self.parser(parser, foundCharacters: whitespaceString)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        self.parser(parser, foundCharacters: String(decoding: CDATABlock, as: UTF8.self))
    }

    private func endParagraph() {
        var text = paragraphText.trimmed
        paragraphText = ""
        // Every numbered paragraph counts in its list; inside a table the number is the row's
        // ("1." in the TT cell, or at the head of the name), so it is written into the cell.
        if let list = paragraphList, let label = numbering.next(numID: list, level: paragraphLevel), tableDepth > 0 {
            text = text.isEmpty ? label : "\(label) \(text)"
        }
        paragraphList = nil
        if tableDepth == 0 {
            bodyParagraphCount += 1
            guard !text.isEmpty else { return }
            blocks.append(.paragraph(Paragraph(text: text, location: SourceLocation(paragraph: bodyParagraphCount))))
        } else {
            openCell?.paragraphs.append(text)
        }
    }

    private func endTable(_ parser: XMLParser) {
        let table = DocxTableGrid.layout(rows: rows, declaredColumns: declaredColumns, table: tableCount)
        rows = []
        gridCells += table.rows.reduce(0) { $0 + $1.count }
        guard gridCells <= Self.maxGridCells else {
            failure = .tooLarge(reason: "các bảng có hơn \(Self.maxGridCells) ô")
            parser.abortParsing()
            return
        }
        blocks.append(.table(table))
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        guard failure == nil else { return }
        failure = .malformed(line: max(parser.lineNumber, 1), reason: Self.reason(for: parseError))
        parser.abortParsing()
    }

    /// The codes are libxml2's (`xmlParserErrors`), as Apple's `XMLParser.ErrorCode` numbers
    /// them; swift-corelibs' enum is numbered one lower, so it cannot be used to decode them.
    private static func reason(for error: (any Error)?) -> String {
        let code = (error as NSError?)?.code ?? 0
        let what = switch code {
        case 4, 5: "nội dung bị cắt cụt giữa chừng"
        case 6, 7, 8, 9: "có ký tự không hợp lệ"
        case 26: "có thực thể XML không được khai báo"
        case 38, 39, 40, 41, 42: "thuộc tính của thẻ viết sai"
        case 68, 73, 77: "thẻ viết sai"
        case 76: "thẻ đóng không khớp với thẻ mở"
        default: "XML sai cú pháp"
        }
        return "\(what) (mã lỗi \(code))"
    }

    private static func namespace(of uri: String?) -> Namespace {
        switch uri {
        case "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
             "http://purl.oclc.org/ooxml/wordprocessingml/main":  // ISO 29500 Strict
            .word
        case "http://schemas.openxmlformats.org/markup-compatibility/2006":
            .markupCompatibility
        default:
            .other
        }
    }

    /// `w:val`, whichever way the parser reports the attribute's name.
    private static func value(in attributes: [String: String]) -> String? {
        attributes["w:val"] ?? attributes["val"]
            ?? attributes.first { $0.key.hasSuffix(":val") }?.value
    }

    /// `w:id`, whichever way the parser reports the attribute's name.
    private static func identifier(in attributes: [String: String]) -> String? {
        attributes["w:id"] ?? attributes["id"] ?? attributes.first { $0.key.hasSuffix(":id") }?.value
    }

    private static func count(in attributes: [String: String], default fallback: Int) -> Int {
        value(in: attributes).flatMap { Int($0.trimmed) } ?? fallback
    }

    private static func normalisingSpaces(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isNonBreakingSpace) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(isNonBreakingSpace(scalar) ? " " : scalar)
        }
        return String(scalars)
    }

    private static func isNonBreakingSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{00A0}" || scalar == "\u{202F}" || scalar == "\u{2007}"
    }
}
