import Foundation
import Testing

/// Real public reports of other provinces, districts and the national level (issue 13, item 6 and
/// "Done when"), each audited as text, and the ones with a layout also as a DOCX and a PDF made with
/// LibreOffice. Scores come from the audit's JSON output only (rules in Fixtures/wild/README.md).
/// The dev set may never fall below the floor recorded here; the held-out set is printed only, so
/// the reader is never tuned against it.
@Suite(.serialized)
struct WildCorpusTests {
    /// Recorded 2026-11-29 10:50 UTC at the end of the session that built the corpus (69/81 rows,
    /// 28/28 checkable claims, 74/80 claims); raised after batch 4 and the PDF table fixes (list
    /// numbering beside the label, a row number centred over sub-rows, a header word wrapped in a
    /// narrow cell): what the reader scores over every format of the dev set (of 81 rows, 33
    /// checkable claims, 98 claims). Raise it when the reader gets better; never lower it.
    static let devFloor = (rowsRight: 133, checkableExtracted: 55, claimsExtracted: 158, falseErrors: 0)

    @Test func everyDocumentHasItsSourceAndAHandWrittenReadingOfItsOwnText() throws {
        for split in WildCorpus.Split.allCases {
            for document in try WildCorpus.documents(split) {
                let text = try String(contentsOf: document.text, encoding: .utf8)
                #expect(document.source.hasPrefix("http://") || document.source.hasPrefix("https://"), "\(document.name): địa chỉ nguồn")
                #expect(document.expected.source == document.source, "\(document.name): nguồn trong bản đọc mẫu khác tệp .source")
                for claim in document.expected.claims {
                    for part in claim.match {
                        #expect(WildText.contains(text, part), "\(document.name): “\(part)” của ý “\(claim.text)” không có trong văn bản")
                    }
                }
                for row in document.expected.rows {
                    #expect(WildText.loose(text).contains(WildText.loose(row.name)), "\(document.name): chỉ tiêu \(row.code) “\(row.name)” không có trong văn bản")
                }
            }
        }
        #expect(try WildCorpus.documents(.dev).count + WildCorpus.documents(.heldout).count >= 21)
    }

    @Test func devSetNeverFallsBelowItsFloor() throws {
        let score = try Self.scoreAndPrint(.dev)
        #expect(score.rowsRight >= Self.devFloor.rowsRight, "hàng đọc đúng: \(score.rowsRight)/\(score.rowsExpected)")
        #expect(score.checkableExtracted >= Self.devFloor.checkableExtracted, "ý kiểm tra được đã trích: \(score.checkableExtracted)/\(score.checkableExpected)")
        #expect(score.claimsExtracted >= Self.devFloor.claimsExtracted, "ý đã trích: \(score.claimsExtracted)/\(score.claimsExpected)")
        #expect(score.falseErrors <= Self.devFloor.falseErrors, "lỗi sai: \(score.falseErrors)")
    }

    /// Printed only: nothing asserted of the reader's score, so it can never be tuned against it.
    /// What is checked is that the set is a third of the corpus and that every document was scored
    /// in every format it has (a document the reader refuses still counts, as all missed).
    @Test func heldOutSetIsScoredAndPrinted() throws {
        let documents = try WildCorpus.documents(.heldout), all = try documents.count + WildCorpus.documents(.dev).count
        #expect(Double(documents.count) >= Double(all) * 0.3, "tập giữ lại chỉ có \(documents.count)/\(all) văn bản")
        let score = try Self.scoreAndPrint(.heldout)
        let formats = { (document: WildCorpus.Document) in document.layout == nil ? 1 : WildCorpus.Format.allCases.count }
        #expect(score.rowsExpected == documents.reduce(0) { $0 + $1.expected.rows.count * formats($1) })
        #expect(score.claimsExpected == documents.reduce(0) { $0 + $1.expected.claims.count * formats($1) })
    }

    // MARK: Scoring and the table

    /// Audits every document of `split` in every format it has and prints one line each, then the
    /// totals per format and for the set. Details of what was missed are printed for dev only.
    static func scoreAndPrint(_ split: WildCorpus.Split) throws -> WildScore {
        var lines = ["", "Kho văn bản thật — tập \(split.rawValue)",
                     pad("văn bản", 44) + pad("dạng", 6) + pad("hàng đúng", 11) + pad("ý k.tra được", 14) + pad("mọi ý", 9) + pad("lỗi sai", 8) + "ghi chú"]
        var totals: [WildCorpus.Format: WildScore] = [:]
        var converted: [String: URL] = [:]
        for document in try WildCorpus.documents(split) {
            let formats: [WildCorpus.Format] = document.layout == nil ? [.txt] : WildCorpus.Format.allCases
            for format in formats {
                let score: WildScore
                do {
                    let url = try WildCorpus.file(document, format, docx: &converted)
                    score = WildScore(document.expected, audit: try WildCorpus.auditJSON(url))
                } catch {
                    score = WildScore(unreadable: document.expected, reason: "\(error)")
                }
                totals[format] = (totals[format] ?? WildScore()) + score
                lines.append(pad(document.name, 44) + pad(format.rawValue, 6) + row(score)
                             + (score.failure.map { "không đọc được: \($0.prefix(90))" } ?? score.coverage ?? ""))
                if split == .dev { lines += score.misses.map { "    · \($0)" } }
            }
        }
        let all = totals.values.reduce(WildScore(), +)
        for format in totals.keys.sorted() {
            lines.append(pad("TỔNG \(split.rawValue)", 44) + pad(format.rawValue, 6) + row(totals[format]!))
        }
        lines.append(pad("TỔNG \(split.rawValue)", 44) + pad("mọi", 6) + row(all)
                     + "  ý kiểm tra khớp \(all.consistencyAgreed)/\(all.consistencyComparable)")
        // The "Done when", measured on this set (it is asked of the held-out one).
        lines.append("Điều kiện xong (issue 13): hàng đọc đúng \(percent(all.rowsRight, all.rowsExpected)) (cần ≥ 90%), "
                     + "ý kiểm tra được đã trích \(percent(all.checkableExtracted, all.checkableExpected)) (cần ≥ 80%), lỗi sai \(all.falseErrors) (cần 0)")
        let table = lines.joined(separator: "\n") + "\n"
        emit(table)
        // Also kept as a file (scripts/corpus-score.sh prints it), whatever the console did with it.
        let folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("test-output/wild-corpus")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? Data(table.utf8).write(to: folder.appendingPathComponent("\(split.rawValue).txt"))
        return all
    }

    /// Writes to standard output until every byte is out: under `swift test` the descriptor can be
    /// non-blocking, and a long `print` lost parts of the table when the pipe was full.
    private static func emit(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written > 0 {
                bytes = bytes.dropFirst(written)
            } else if errno == EAGAIN || errno == EINTR {
                usleep(1_000)
            } else {
                return
            }
        }
    }

    private static func row(_ score: WildScore) -> String {
        pad("\(score.rowsRight)/\(score.rowsExpected)", 11) + pad("\(score.checkableExtracted)/\(score.checkableExpected)", 14)
            + pad("\(score.claimsExtracted)/\(score.claimsExpected)", 9) + pad("\(score.falseErrors)", 8)
    }

    private static func percent(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "—" : String(format: "%.0f%%", Double(part) * 100 / Double(whole))
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
