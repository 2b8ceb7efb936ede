import Foundation
import Testing
import VeDichCore
import VeDichImport
import VeDichReports
import VeDichStore

/// The prose people write, placed in the report around the generated figures; the tables in a
/// landscape "Phụ lục" after the signature.
@Suite struct SectionReportTests {
    static let edited = "Nguyên nhân chủ yếu được Sở Kế hoạch rà soát lại: giải phóng mặt bằng các dự án trọng điểm còn chậm."

    /// The 2024 report after someone rewrote "8.2. Nguyên nhân".
    static func reportWithEditedCauses() async throws -> Report {
        try await TestDatabase.withDatabase { database in
            let audit = try Auditor().audit(contentsOf: Demo.seedURL)
            _ = try await ReportImporter(database: database).apply(audit, province: "Lạng Sơn", recordedBy: "test")
            let store = Store(database: database)
            let plan = try #require(try await store.plans().first { $0.horizon == "annual" && $0.startYear == 2024 })
            _ = try await store.editSection(SectionDraft(planID: plan.id, key: "nguyen-nhan", text: edited, basedOnRevision: 1,
                                                         recordedBy: "so-ke-hoach"))
            return try Report(plans: await store.planReports([(plan.id, .fullYearEstimate)]), settings: Demo.settings)
        }
    }

    static func documentXML(_ report: Report) throws -> String {
        try #require(try DocxStructureTests.parts(try DocxWriter.data(report))["word/document.xml"])
    }

    /// Finds `needles` in `text` one after the other, each after the one before; records an
    /// issue for the first that does not follow.
    static func expectInOrder(_ needles: [String], in text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        var rest = text[...]
        for needle in needles {
            guard let range = rest.range(of: needle) else {
                Issue.record("“\(needle)” does not follow in the text", sourceLocation: sourceLocation)
                return
            }
            rest = rest[range.upperBound...]
        }
    }

    @Test func anEditedSectionIsPrintedUnderItsHeading() async throws {
        let report = try await Self.reportWithEditedCauses()
        let pdf = try Tools.temporaryDirectory().appendingPathComponent("bao-cao-nguyen-nhan.pdf")
        try PdfConverter().convert(docx: try DocxWriter.data(report), to: pdf)
        let text = try Tools.pdfText(pdf)
        #expect(text.contains(Self.edited))
        #expect(!text.contains("Nguyên nhân khách quan: Tình hình kinh tế thế giới"), "revision 1 is replaced in the report")
        Self.expectInOrder([
            "1. Về phát triển kinh tế", "8.1. Khó khăn, hạn chế", "8.2. Nguyên nhân", Self.edited, "8.3. Bài học kinh nghiệm",
            "II. ƯỚC THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU", "đạt và vượt 12/18 chỉ tiêu", "IV. NHIỆM VỤ, GIẢI PHÁP",
            "trân trọng báo cáo", "Nơi nhận:", "Phụ lục", "Kèm theo Báo cáo số 125/BC-UBND ngày 05 tháng 7 năm 2024",
            "Các chỉ tiêu kinh tế", "Tổng hợp: đạt và vượt 12/18 chỉ tiêu",
        ], in: text)
    }

    /// The body on A4 portrait, the table on A4 landscape after the signature, pages numbered from 1 again.
    @Test func theTablesStandInALandscapeAppendix() async throws {
        let report = try await Demo.report("2024")
        let document = try Self.documentXML(report)
        let portrait = #"<w:pgSz w:w="11906" w:h="16838"/>"#
        let landscape = #"<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>"#
        #expect(document.components(separatedBy: landscape).count == 2, "one landscape section")
        Self.expectInOrder(["Nơi nhận:", portrait, ">Phụ lục<", "<w:tblHeader/>", landscape], in: document)
        #expect(document.components(separatedBy: #"<w:pgNumType w:start="1"/>"#).count == 3, "each section numbers its pages from 1")

        let pdf = try Tools.temporaryDirectory().appendingPathComponent("bao-cao-2024.pdf")
        try PdfConverter().convert(docx: try DocxWriter.data(report), to: pdf)
        let pages = try Tools.pdfPages(pdf)
        let sizes = try Tools.run("/usr/bin/pdfinfo", ["-f", "1", "-l", "\(pages)", pdf.path])
            .split(separator: "\n").filter { $0.hasPrefix("Page") && $0.contains("size:") }.map { line -> Bool in
                let numbers = line.split(separator: " ").compactMap { Double($0) }
                return numbers.count >= 3 && numbers[1] > numbers[2]
            }
        #expect(sizes.first == false, "page 1 is portrait")
        #expect(sizes.last == true, "the appendix is landscape")
        #expect(sizes.filter { $0 }.count < sizes.count / 2, "\(sizes)")
    }

    /// Without prose the body is the generated part as before, pointing to the appendix.
    @Test func aPlanWithoutProseKeepsTheGeneratedBody() async throws {
        var report = try await Demo.report("2024")
        report.sections[0].prose = []
        let document = try Self.documentXML(report)
        Self.expectInOrder(["I. KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2024", "1. Kết quả chung", "đạt và vượt 12/18",
                                          "(Chi tiết từng chỉ tiêu tại Phụ lục kèm theo.)", "2. Kết quả từng chỉ tiêu",
                                          "trân trọng báo cáo", ">Phụ lục<", "<w:tblHeader/>"], in: document)
        #expect(!document.contains("8.2. Nguyên nhân"))
    }

    /// Two plans: two appendices, "Phụ lục I" and "Phụ lục II", each on its own landscape section.
    @Test func twoPlansGetTwoNumberedAppendices() async throws {
        let first = try await Demo.report("2024")
        let second = try await Demo.report("2021-2025")
        let report = Report(province: first.province, sections: first.sections + second.sections, settings: Demo.settings)
        let document = try Self.documentXML(report)
        #expect(document.components(separatedBy: #"w:orient="landscape""#).count == 3)
        Self.expectInOrder(["(Chi tiết từng chỉ tiêu tại Phụ lục I kèm theo.)", "(Chi tiết từng chỉ tiêu tại Phụ lục II kèm theo.)",
                                          ">Phụ lục I<", ">Phụ lục II<"], in: document)
        let audit = try Auditor().audit(DocxReaderProbe.read(try DocxWriter.data(report)))
        #expect(audit.tables.map { $0.computedSummary.total.sentence } == ["đạt và vượt 12/18 chỉ tiêu", "đạt và vượt 14/18 chỉ tiêu"])
        #expect(audit.tables.map { $0.statedSummary?.metOrExceeded } == [12, 14])
    }

    /// Importing a report VeDich wrote gives back its prose, not the generated sentences.
    @Test func theGeneratedDocxReadsBackToTheSameSections() async throws {
        let report = try await Demo.report("2024")
        let audit = try Auditor().audit(DocxReaderProbe.read(try DocxWriter.data(report)))
        let prose = try #require(report.sections.first?.prose)
        #expect(audit.sections.map(\.key) == prose.map(\.key))
        #expect(audit.sections.map(\.heading) == prose.map(\.heading))
        #expect(audit.sections.map(\.text) == prose.map(\.text))
    }
}

/// Reads DOCX bytes through the report reader, by way of a temporary file.
enum DocxReaderProbe {
    static func read(_ data: Data) throws -> SourceDocument {
        let url = try Tools.temporaryDirectory().appendingPathComponent("probe.docx")
        try data.write(to: url)
        return try ReportReader.read(contentsOf: url)
    }
}
