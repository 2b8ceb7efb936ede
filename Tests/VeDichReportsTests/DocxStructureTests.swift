import Foundation
import Testing
import VeDichReports
import ZIPFoundation

/// The package and the layout rules of Nghị định 30/2020 as they appear in the XML.
@Suite struct DocxStructureTests {
    static func parts(_ data: Data) throws -> [String: String] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        return parts
    }

    @Test func packageAndLayout() async throws {
        let report = try await Demo.report("2024")
        let data = try DocxWriter.data(report)
        let parts = try Self.parts(data)
        #expect(Set(parts.keys) == ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/footnotes.xml", "word/_rels/document.xml.rels",
                                    "word/styles.xml", "word/settings.xml", "word/header1.xml", "word/header2.xml"])
        let document = try #require(parts["word/document.xml"])
        #expect(document.contains(#"<w:pgSz w:w="11906" w:h="16838"/>"#))
        #expect(document.contains(#"w:top="1134" w:right="851" w:bottom="1134" w:left="1701""#))
        #expect(document.contains("<w:titlePg/>"))
        #expect(document.contains("<w:tblHeader/>"))
        #expect(document.contains(#"<w:vMerge w:val="restart"/>"#) && document.contains("<w:vMerge/>"))
        #expect(document.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        #expect(document.contains("Độc lập - Tự do - Hạnh phúc"))
        // Every character precomposed, as TCVN 6909:2001 text is.
        #expect(document == document.precomposedStringWithCanonicalMapping)
        let styles = try #require(parts["word/styles.xml"])
        #expect(styles.contains(#"w:ascii="Times New Roman" w:hAnsi="Times New Roman""#))
        #expect(styles.contains(#"<w:lang w:val="vi-VN""#))
        #expect(try #require(parts["word/header1.xml"]).contains(" PAGE "))
        #expect(try #require(parts["word/header2.xml"]).contains("PAGE") == false)
        // The same report gives the same bytes.
        #expect(try DocxWriter.data(report) == data)
    }

    @Test func decomposedInputIsWrittenPrecomposed() async throws {
        var report = try await Demo.report("2025")
        // "Nguyễn" typed with combining marks (NFD), as some keyboards and PDFs give it.
        report.settings.signer = "Nguyễn Văn A".decomposedStringWithCanonicalMapping
        let document = try #require(try Self.parts(try DocxWriter.data(report))["word/document.xml"])
        #expect(document.contains("Nguyễn Văn A".precomposedStringWithCanonicalMapping))
        #expect(document.unicodeScalars.contains { $0.value == 0x0303 } == false)
    }
}
