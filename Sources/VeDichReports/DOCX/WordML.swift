import Foundation
import VeDichCore

/// Small builders for WordprocessingML fragments. Text is normalised to NFC and escaped here,
/// the one place where document text becomes XML.
enum WordML {
    static let namespaces = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#

    static func escape(_ text: String) -> String { text.nfc.xmlEscaped }

    /// Appends `text`, NFC and escaped, without the intermediate strings of `escape`.
    static func appendEscaped(_ text: String, to xml: inout String) {
        text.nfc.appendXMLEscaped(to: &xml)
    }

    struct Font: Sendable {
        /// In half-points, as `w:sz` counts (13 pt → 26).
        var size: Int
        var bold = false
        var italic = false

        static func pt(_ points: Int, bold: Bool = false, italic: Bool = false) -> Font {
            Font(size: points * 2, bold: bold, italic: italic)
        }

        var properties: String {
            var xml = ""
            appendProperties(to: &xml)
            return xml
        }

        /// Appended in place, the size's digits written once: a run's properties are written for
        /// every run of the report.
        func appendProperties(to xml: inout String) {
            let digits = String(size)
            xml += "<w:rPr>"
            if bold { xml += "<w:b/><w:bCs/>" }
            if italic { xml += "<w:i/><w:iCs/>" }
            xml += "<w:sz w:val=\""
            xml += digits
            xml += "\"/><w:szCs w:val=\""
            xml += digits
            xml += "\"/></w:rPr>"
        }
    }

    static func run(_ text: String, _ font: Font) -> String {
        var xml = "<w:r>"
        xml.reserveCapacity(text.utf8.count + 128)
        font.appendProperties(to: &xml)
        xml += "<w:t xml:space=\"preserve\">"
        appendEscaped(text, to: &xml)
        xml += "</w:t></w:r>"
        return xml
    }

    enum Alignment: String { case left, center, both, right }

    struct ParagraphStyle: Sendable {
        var alignment: Alignment = .both
        /// Twips; 720 = 1,27 cm.
        var firstLine = 0
        var before = 0
        var after = 120
        /// 240ths of a line (`lineRule="auto"`): 288 = 1,2 lines.
        var line = 288
        var indentLeft = 0
        var indentRight = 0
        var keepNext = false
        /// A rule drawn on the paragraph's top edge between its indents (the short lines under
        /// the agency name, the tiêu ngữ and the trích yếu).
        var topRule = false

        var properties: String {
            var xml = ""
            appendProperties(to: &xml)
            return xml
        }

        /// Appended in place, numbers as digits without interpolation: written for every paragraph.
        func appendProperties(to xml: inout String) {
            xml += "<w:pPr>"
            if keepNext { xml += "<w:keepNext/>" }
            if topRule { xml += #"<w:pBdr><w:top w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>"# }
            xml += "<w:spacing w:before=\""
            xml += String(before)
            xml += "\" w:after=\""
            xml += String(after)
            xml += "\" w:line=\""
            xml += String(line)
            xml += "\" w:lineRule=\"auto\"/>"
            if firstLine != 0 || indentLeft != 0 || indentRight != 0 {
                xml += "<w:ind w:left=\""
                xml += String(indentLeft)
                xml += "\" w:right=\""
                xml += String(indentRight)
                xml += "\" w:firstLine=\""
                xml += String(firstLine)
                xml += "\"/>"
            }
            xml += "<w:jc w:val=\""
            xml += alignment.rawValue
            xml += "\"/></w:pPr>"
        }

        static let body = ParagraphStyle(alignment: .both, firstLine: 720)
        static let centered = ParagraphStyle(alignment: .center, after: 0, line: 240)
        static let cell = ParagraphStyle(alignment: .left, after: 0, line: 240)
    }

    static func paragraph(_ runs: String, _ style: ParagraphStyle = .body) -> String {
        var xml = "<w:p>"
        xml.reserveCapacity(runs.utf8.count + 240)
        style.appendProperties(to: &xml)
        xml += runs
        xml += "</w:p>"
        return xml
    }

    static func paragraph(_ text: String, _ font: Font, _ style: ParagraphStyle = .body) -> String {
        paragraph(run(text, font), style)
    }

    /// A short centred rule, `width` twips long, inside a space `available` twips wide.
    static func rule(width: Int, available: Int) -> String {
        let indent = max(0, (available - width) / 2)
        // Spacing before keeps the rule off the descenders of the line above.
        var style = ParagraphStyle(alignment: .center, before: 40, after: 0, line: 240, indentLeft: indent, indentRight: indent)
        style.topRule = true
        // The paragraph mark's own size sets the height of an empty paragraph: keep it 2 pt.
        let properties = style.properties.replacingOccurrences(of: "</w:pPr>", with: #"<w:rPr><w:sz w:val="4"/><w:szCs w:val="4"/></w:rPr></w:pPr>"#)
        return "<w:p>\(properties)</w:p>"
    }
}
