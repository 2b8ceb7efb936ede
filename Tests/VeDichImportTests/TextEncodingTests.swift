import Foundation
import Testing
@testable import VeDichImport

/// Text reports saved by Notepad as "Unicode" (UTF-16 with a byte-order mark) are read like the
/// UTF-8 original (issue 12, item 10).
struct TextEncodingTests {
    static let utf8 = try! Data(contentsOf: Seed.url)
    static let text = String(decoding: utf8, as: UTF8.self)

    static func utf16(bigEndian: Bool) -> Data {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            let high = UInt8(unit >> 8), low = UInt8(unit & 0xFF)
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return Data(bytes)
    }

    @Test(arguments: [false, true])
    func theSeedInUTF16AuditsLikeTheUTF8Original(_ bigEndian: Bool) throws {
        let data = Self.utf16(bigEndian: bigEndian)
        let report = Auditor().audit(try TextReportReader.read(data: data, name: "lang-son-2025.txt"))
        let encoding = bigEndian ? "UTF-16BE" : "UTF-16LE"
        #expect(report.tables.count == Seed.report.tables.count, "\(encoding): tables")
        #expect(report.targets.count == Seed.report.targets.count, "\(encoding): targets")
        #expect(report.findings.count == Seed.report.findings.count, "\(encoding): findings")
        for (table, original) in zip(report.tables, Seed.report.tables) {
            #expect(table.table.title == original.table.title, "\(encoding): table title")
            for (row, originalRow) in zip(table.rows, original.rows) {
                let code = originalRow.indicator.code.description
                #expect(row.indicator.line.name == originalRow.indicator.line.name, "\(encoding): \(code) name")
                #expect(row.indicator.line.actual?.text == originalRow.indicator.line.actual?.text, "\(encoding): \(code) value")
                #expect(row.computed == originalRow.computed, "\(encoding): \(code) verdict")
            }
        }
    }

    @Test func aUTF16FileOpensByItsPath() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-utf16-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bao-cao-unicode.txt")
        try Self.utf16(bigEndian: false).write(to: file)
        let document = try ReportReader.read(contentsOf: file)
        #expect(Auditor().audit(document).tables.count == 2)
    }

    @Test func aCutUTF16FileIsRefusedSayingSo() {
        let cut = Self.utf16(bigEndian: false).dropLast()
        #expect {
            try TextReportReader.read(data: Data(cut), name: "cat-do.txt")
        } throws: { error in
            guard case ReportReadError.unreadable(path: "cat-do.txt", let reason) = error else { return false }
            return reason.contains("UTF-16")
        }
    }
}
