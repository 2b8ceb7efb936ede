import Foundation

/// OOXML parts are UTF-8 or UTF-16. libxml2 2.9 (under Foundation's XMLParser on Linux)
/// dereferences null when converting from another encoding goes wrong: a UTF-7 declaration
/// before "ả", bytes sniffed as UCS-4 (00 00 00 3C), a UTF-16 BOM before unpaired surrogates.
/// So the parser only ever gets UTF-8: UTF-16 is converted here, anything else refused.
extension DocumentXMLParser {
    static let acceptedEncodingNames: Set<String> = ["utf-8", "utf8", "utf-16", "utf16", "utf-16le", "utf-16be"]

    /// The document as UTF-8 with no encoding declared, line numbers kept.
    static func utf8(_ xml: Data) throws(Failure) -> Data {
        guard let encoding = byteEncoding(xml) else {
            throw .malformed(line: 1, reason: "tài liệu viết bằng bảng mã UCS-4 hoặc EBCDIC, tài liệu DOCX chỉ dùng UTF-8 hoặc UTF-16")
        }
        var text: String
        if encoding == .utf8 {
            text = String(decoding: xml.prefix(512), as: UTF8.self)
        } else {
            var units = xml.dropFirst(xml.starts(with: [0xFE, 0xFF]) || xml.starts(with: [0xFF, 0xFE]) ? 2 : 0)
            if units.count % 2 == 1 { units = units.dropLast() }
            guard let decoded = String(data: Data(units), encoding: encoding), !decoded.contains("\u{FFFD}") else {
                throw .malformed(line: 1, reason: "dữ liệu UTF-16 không hợp lệ")
            }
            text = decoded
        }
        guard let declaration = encodingDeclaration(in: text) else {
            return encoding == .utf8 ? xml : Data(text.utf8)
        }
        guard acceptedEncodingNames.contains(declaration.name.lowercased()) else {
            throw .malformed(line: 1, reason: "khai báo bảng mã “\(declaration.name)”, tài liệu DOCX chỉ dùng UTF-8 hoặc UTF-16")
        }
        // The declaration gives way to as many line breaks, so errors keep their line numbers.
        let lineBreaks = String(repeating: "\n", count: text[declaration.range].filter { $0 == "\n" }.count)
        if encoding == .utf8 {
            let declarationBytes = text[..<declaration.range.upperBound].utf8.count
            return Data(text[..<declaration.range.lowerBound].utf8) + Data(lineBreaks.utf8) + xml.dropFirst(declarationBytes)
        }
        text.replaceSubrange(declaration.range, with: lineBreaks)
        return Data(text.utf8)
    }

    /// How the bytes are written, told by the first four (XML 1.0, appendix F); nil for the
    /// UCS-4 and EBCDIC forms.
    static func byteEncoding(_ xml: Data) -> String.Encoding? {
        let head = Array(xml.prefix(4))
        let unsupported: [[UInt8]] = [
            [0x00, 0x00, 0x00, 0x3C], [0x3C, 0x00, 0x00, 0x00], [0x00, 0x00, 0x3C, 0x00], [0x00, 0x3C, 0x00, 0x00],
            [0x00, 0x00, 0xFE, 0xFF], [0xFF, 0xFE, 0x00, 0x00], [0x00, 0x00, 0xFF, 0xFE], [0xFE, 0xFF, 0x00, 0x00],
            [0x4C, 0x6F, 0xA7, 0x94],
        ]
        if unsupported.contains(head) { return nil }
        if head.starts(with: [0xFE, 0xFF]) || head == [0x00, 0x3C, 0x00, 0x3F] { return .utf16BigEndian }
        if head.starts(with: [0xFF, 0xFE]) || head == [0x3C, 0x00, 0x3F, 0x00] { return .utf16LittleEndian }
        return .utf8
    }

    /// The `<?xml …?>` declaration at the start, when it names an encoding.
    static func encodingDeclaration(in text: String) -> (name: String, range: Range<String.Index>)? {
        let start = text.firstIndex { $0 != "\u{FEFF}" } ?? text.startIndex
        let declaration = text[start...]
        guard declaration.hasPrefix("<?xml"), let close = declaration.range(of: "?>"),
              let name = declaration[..<close.lowerBound].range(of: "encoding") else { return nil }
        let rest = declaration[name.upperBound..<close.lowerBound].drop { $0 == " " || $0 == "=" || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return (String(rest.dropFirst().prefix { $0 != quote }), start..<close.upperBound)
    }
}
