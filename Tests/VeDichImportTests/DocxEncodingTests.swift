import Foundation
import Testing
@testable import VeDichImport

/// Inputs the fuzzer (`make fuzz`) found, kept as tests of the DOCX reader.
struct DocxEncodingTests {
    /// vedich-fuzz --target docx --seed 1 --replay 12360: libxml2 2.9.14 dereferenced null on a
    /// UTF-7 declaration followed by a Vietnamese letter, killing the process with SIGSEGV.
    @Test func aUTF7DeclarationBeforeAVietnameseLetterIsMalformedNotACrash() {
        let xml = Data(#"<?xml version="1.0" encoding="UTF-7"?><a>ả</a>"#.utf8)
        #expect {
            try DocumentXMLParser.parse(xml)
        } throws: { error in
            guard case DocumentXMLParser.Failure.malformed(line: 1, let reason) = error else { return false }
            return reason.contains("“UTF-7”") && reason.contains("UTF-8")
        }
    }

    /// libFuzzer (make fuzz LIBFUZZER=1, docx): 00 00 00 3C then 0x11 bytes made libxml2 2.9.14
    /// sniff UCS-4 and dereference null in xmlParseChunk (SIGSEGV).
    @Test func bytesThatLookLikeUCS4AreMalformedNotACrash() {
        let xml = Data([0x00, 0x00, 0x00, 0x3C, 0x00] + Array(repeating: 0x11, count: 113))
        #expect {
            try DocumentXMLParser.parse(xml)
        } throws: { error in
            guard case DocumentXMLParser.Failure.malformed(line: 1, let reason) = error else { return false }
            return reason.contains("UCS-4")
        }
    }

    @Test func aUTF16DocumentIsStillRead() throws {
        let text = #"<?xml version="1.0" encoding="UTF-16"?><w:document xmlns:w="\#(DocxReaderTests.wordNamespace)"><w:body><w:p><w:r><w:t>Lạng Sơn</w:t></w:r></w:p></w:body></w:document>"#
        let xml = try #require(text.data(using: .utf16))
        #expect(DocumentXMLParser.byteEncoding(xml) != nil)
        let blocks = try DocumentXMLParser.parse(xml)
        #expect(blocks.count == 1)
    }

    @Test(arguments: ["UTF-7", "ISO-8859-1", "EBCDIC-US", "x"])
    func onlyUTF8AndUTF16AreRead(_ encoding: String) {
        let xml = Data(#"<?xml version="1.0" encoding="\#(encoding)" standalone="yes"?><w:document/>"#.utf8)
        #expect(throws: DocumentXMLParser.Failure.self) { try DocumentXMLParser.parse(xml) }
    }

    /// libFuzzer (docx): a UTF-16 byte-order mark before unpaired surrogates (FE FF DB DB …)
    /// crashed libxml2 2.9.14 in xmlParseChunk (SIGSEGV).
    @Test func unpairedUTF16SurrogatesAreMalformedNotACrash() {
        let xml = Data([0xFE, 0xFF] + Array(repeating: 0xDB, count: 21))
        #expect {
            try DocumentXMLParser.parse(xml)
        } throws: { error in
            guard case DocumentXMLParser.Failure.malformed(line: 1, let reason) = error else { return false }
            return reason.contains("UTF-16")
        }
    }

    @Test func theDeclarationsWordWritesAreRead() throws {
        let word = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        #expect(DocumentXMLParser.encodingDeclaration(in: word)?.name == "UTF-8")
        #expect(DocumentXMLParser.encodingDeclaration(in: "\u{FEFF}<?xml version='1.0' encoding = 'utf-8'?><a/>")?.name == "utf-8")
        #expect(DocumentXMLParser.encodingDeclaration(in: #"<?xml version="1.0"?><a/>"#) == nil)
        let blocks = try DocumentXMLParser.parse(DocxReaderTests.documentXML("<w:p><w:r><w:t>Lạng Sơn</w:t></w:r></w:p></w:body></w:document>"))
        #expect(blocks.count == 1)
    }

    @Test func aMalformedUTF8DocumentKeepsItsLineNumber() {
        let xml = DocxReaderTests.documentXML("<w:p><w:r><w:t>GRDP</w:t></w:r>\n</w:body></w:document>")
        #expect {
            try DocumentXMLParser.parse(xml)
        } throws: { error in
            guard case DocumentXMLParser.Failure.malformed(let line, _) = error else { return false }
            return line == 4
        }
    }
}
