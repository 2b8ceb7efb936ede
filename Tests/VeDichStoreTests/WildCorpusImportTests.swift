import FluentKit
import Foundation
import Testing
import VeDichCore
import VeDichImport
@testable import VeDichStore

/// Other provinces' real reports imported as they read (issue 13, item 5): every dev document of
/// the public corpus with a numbered table, as text and as the DOCX and PDF made from its layout.
/// What is stored is checked against the document's hand-written reading (expected.json): each row
/// at the code the reader gives it, its targets under their issuers, values only where the table
/// has them, sub-rows as components of their row, the version the table's column names; and the
/// app's own evaluation of the plan agrees with the audit row by row. A document the reader cannot
/// place completely is refused with every reason, and nothing is written.
@Suite struct WildCorpusImportTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var format: WildDocuments.Format
        var province: String
        /// The version of the table's values ("Ước thực hiện năm 2019": the year's estimate);
        /// nil for a plan's table, which holds targets only.
        var version: ValueVersion?
        /// For a document refused: words its reasons must hold, naming what could not be placed.
        var refusedFor: [String] = []
        var testDescription: String { "\(name).\(format.rawValue)" }
    }

    static let imported: [Case] = [
        // Word's list numbering kept (1 … 12); two rows with a "Trong đó" sub-row.
        Case(name: "quoc-gia-2019-ket-qua-12-chi-tieu", format: .docx, province: "Cả nước", version: .fullYearEstimate),
        // The web page lost Word's numbering: every row reads "1.", and the reader counts them 1 … 12.
        Case(name: "quoc-gia-2019-ket-qua-12-chi-tieu", format: .txt, province: "Cả nước", version: .fullYearEstimate),
        Case(name: "quoc-gia-2019-ket-qua-12-chi-tieu", format: .pdf, province: "Cả nước", version: .fullYearEstimate),
        // "Ước TH năm 2021" in a report of 04/12/2020: the 2021 plan's targets, no values.
        Case(name: "thua-thien-hue-2021-chi-tieu-ke-hoach", format: .txt, province: "Thừa Thiên Huế", version: nil),
        Case(name: "thua-thien-hue-2021-chi-tieu-ke-hoach", format: .docx, province: "Thừa Thiên Huế", version: nil),
        Case(name: "thua-thien-hue-2021-chi-tieu-ke-hoach", format: .pdf, province: "Thừa Thiên Huế", version: nil),
        // A yearbook's bilingual web table with no number column: the number sits in the name cell
        // ("1. Số bác sỹ …"), decimal points ("9.81"), "Thực hiện 2020" beside "Mục tiêu đến năm 2020".
        Case(name: "quoc-gia-2020-y-te-chi-tieu-muc-tieu", format: .txt, province: "Cả nước", version: .official),
    ]

    static let refused: [Case] = [
        // "(3,26)": a fall written in parentheses, or a note? Never guessed into the database.
        Case(name: "thua-thien-hue-2022-thuc-hien-ke-hoach", format: .txt, province: "Thừa Thiên Huế", refusedFor: ["(3,26)"]),
        Case(name: "thua-thien-hue-2022-thuc-hien-ke-hoach", format: .docx, province: "Thừa Thiên Huế", refusedFor: ["(3,26)"]),
        Case(name: "thua-thien-hue-2022-thuc-hien-ke-hoach", format: .pdf, province: "Thừa Thiên Huế", refusedFor: ["(3,26)"]),
        // Results to May against the year's targets: the store keeps a year's and a half-year's
        // values, and has no place for May's; refused, saying so, rather than stored as the year's.
        Case(name: "quoc-gia-2020-nong-nghiep-chi-tieu-thang-5", format: .txt, province: "Cả nước", refusedFor: ["tháng 5"]),
        Case(name: "quoc-gia-2020-nong-nghiep-chi-tieu-thang-5", format: .docx, province: "Cả nước", refusedFor: ["tháng 5"]),
        Case(name: "quoc-gia-2020-nong-nghiep-chi-tieu-thang-5", format: .pdf, province: "Cả nước", refusedFor: ["tháng 5"]),
    ]

    /// Every dev document with a numbered table is here, in every format it has: a new one is not
    /// silently left out.
    @Test func everyDocumentWithANumberedTableIsImportedOrRefused() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: WildDocuments.folder.path)
            .filter { $0.hasSuffix(".expected.json") }.map { String($0.dropLast(".expected.json".count)) }
        for name in names where try !WildDocuments.expected(name).rows.isEmpty {
            let hasLayout = FileManager.default.fileExists(atPath: WildDocuments.folder.appendingPathComponent("\(name).layout.html").path)
            for format in hasLayout ? WildDocuments.Format.allCases : [.txt] {
                let cases = (Self.imported + Self.refused).filter { $0.name == name && $0.format == format }
                #expect(cases.count == 1, "\(name).\(format.rawValue): không có trong danh sách nhập hay từ chối")
            }
        }
    }

    @Test(arguments: Engine.allCases, imported)
    func importedAsTheDocumentReads(_ engine: Engine, _ document: Case) async throws {
        let report = try Auditor().audit(contentsOf: WildDocuments.file(document.name, document.format))
        let expected = try WildDocuments.expected(document.name)
        try await TestDatabase.withDatabase(engine) { database, _ in
            let importer = ReportImporter(database: database)
            try await importer.apply(report, province: document.province, recordedBy: "test")
            let plan = try #require(try await PlanRecord.query(on: database).filter(\.$startYear == expected.year)
                .filter(\.$horizon == "annual").first(), "\(document): kế hoạch năm \(expected.year)")
            let planID = try plan.requireID()
            let placements = try await PlanIndicatorRecord.query(on: database).filter(\.$planID == planID).sort(\.$position).all()
            let indicators = Dictionary(uniqueKeysWithValues: try await IndicatorRecord.query(on: database).all().map { (try $0.requireID(), $0) })
            let headlines = placements.filter { $0.parentIndicatorID == nil }
            #expect(headlines.map { WildCompare.rowNumber($0.code) } == expected.rows.map { WildCompare.rowNumber($0.code) },
                    "\(document): chỉ tiêu đặt ở \(headlines.map(\.code))")

            let targets = Dictionary(grouping: try await TargetRecord.query(on: database).filter(\.$planID == planID).all(), by: \.indicatorID)
            let observations = Dictionary(grouping: try await ObservationRecord.query(on: database).all(), by: \.indicatorID)
            let periodID = try await Store(database: database).periodID(.year(expected.year))
            let previousYearID = try await Store(database: database).periodID(.year(expected.year - 1))
            // A yearbook's table writes "9.81": the store keeps it the Vietnamese way, "9,81".
            let mark = DecimalMark.evidence(in: expected.rows.flatMap { [$0.target, $0.actual].compactMap { $0 } })
            func check(_ indicatorID: UUID, name: String, target writtenTarget: String?, issued: [WildDocuments.Expected.Issued]?, actual writtenActual: String?) {
                let target = writtenTarget.map(mark.vietnamese), actual = writtenActual.map(mark.vietnamese)
                let stored = indicators[indicatorID]?.name ?? ""
                #expect(WildCompare.sameName(stored, name), "\(document) “\(name)”: lưu tên “\(stored)”")
                let kept = (targets[indicatorID] ?? []).map { (issuer: $0.issuer, numbers: WildCompare.numbers($0.figure.text)) }
                if let issued {
                    // Several issuers' targets, each kept as a target of its own.
                    #expect(kept.count == issued.count, "\(document) “\(name)”: \(kept.count) kế hoạch thay vì \(issued.count)")
                    for one in issued {
                        #expect(kept.contains { WildCompare.sameName($0.issuer, one.issuer) && $0.numbers == WildCompare.numbers(one.text) },
                                "\(document) “\(name)”: thiếu kế hoạch “\(one.text)” (\(one.issuer)); có \(kept)")
                    }
                } else {
                    #expect(kept.map(\.numbers) == (target.map { [WildCompare.numbers($0)] } ?? []),
                            "\(document) “\(name)”: kế hoạch lưu \(kept) thay vì “\(target ?? "—")”")
                    // What the cell printed beside the target ("575 (tăng 15%)") is kept with it: no number lost.
                    let printed = (targets[indicatorID] ?? []).map { "\($0.figure.text) \($0.note ?? "")" }.joined()
                    #expect(WildCompare.numbers(printed, notes: true) == WildCompare.numbers(target, notes: true),
                            "\(document) “\(name)”: lưu “\(printed)” thay vì “\(target ?? "—")”")
                }
                // Values only where the table has one in figures ("Xuất siêu" is no figure to store).
                // The plan year's value; a column of the year before ("Thực hiện 2019") is that year's.
                let all = observations[indicatorID] ?? []
                #expect(all.allSatisfy { $0.periodID == periodID || ($0.periodID == previousYearID && previousYearID != nil) },
                        "\(document) “\(name)”: số liệu lưu vào kỳ khác năm \(expected.year) và năm trước")
                let values = all.filter { $0.periodID == periodID }
                let printed = WildCompare.numbers(actual)
                if printed.isEmpty {
                    #expect(values.isEmpty, "\(document) “\(name)”: lưu số liệu \(values.map(\.figure.text)) mà bảng không có")
                } else {
                    #expect(values.map { WildCompare.numbers($0.figure.text) } == [printed],
                            "\(document) “\(name)”: số liệu \(values.map(\.figure.text)) thay vì “\(actual ?? "")”")
                    #expect(values.allSatisfy { $0.version == document.version?.rawValue && $0.periodID == periodID },
                            "\(document) “\(name)”: số liệu phải là \(document.version?.label ?? "—") năm \(expected.year)")
                }
            }
            for row in expected.rows {
                guard let headline = headlines.first(where: { WildCompare.rowNumber($0.code) == WildCompare.rowNumber(row.code) }) else { continue }
                check(headline.indicatorID, name: row.name, target: row.target, issued: row.targets, actual: row.actual)
                // Sub-rows are components of their row, in the document's order.
                let parts = placements.filter { $0.parentIndicatorID == headline.indicatorID }
                let wanted = row.components ?? []
                #expect(parts.count == wanted.count, "\(document) chỉ tiêu \(row.code) “\(row.name)”: \(parts.count) chỉ tiêu thành phần thay vì \(wanted.count)")
                for (part, component) in zip(parts, wanted) {
                    #expect(part.code == headline.code, "\(document) “\(component.name)”: thành phần phải mang mã của chỉ tiêu \(headline.code)")
                    check(part.indicatorID, name: component.name, target: component.target, issued: nil, actual: component.actual)
                }
            }
            if document.version == nil {
                #expect(observations.isEmpty, "\(document): bảng chỉ ghi kế hoạch mà lưu số liệu")
            }

            // The same file again changes nothing.
            let again = try await importer.preview(report, province: document.province, recordedBy: "test")
            #expect(again.isEmpty, "\(document): nhập lại thay đổi \(again.changes.map(\.description))")

            // The app judges the plan as the audit did, row by row.
            guard let version = document.version else { return }
            let evaluation = try await Store(database: database).evaluation(planID: planID, version: version)
            for row in report.tables.flatMap(\.rows) {
                let judged = evaluation.indicators.first { $0.code == row.indicator.code.description }
                #expect(judged?.verdict == row.computed,
                        "\(document) chỉ tiêu \(row.indicator.code) “\(row.indicator.line.name)”: ứng dụng đánh giá \(judged?.label ?? "—"), kiểm tra báo cáo \(row.computed.label)")
            }
        }
    }

    @Test(arguments: Engine.allCases, refused)
    func refusedWithEveryReasonAndNothingWritten(_ engine: Engine, _ document: Case) async throws {
        let report = try Auditor().audit(contentsOf: WildDocuments.file(document.name, document.format))
        try await TestDatabase.withDatabase(engine) { database, _ in
            // A province already holding a plan: the refused file must leave it exactly as it was.
            let plan = try Auditor().audit(contentsOf: WildDocuments.file("thua-thien-hue-2021-chi-tieu-ke-hoach", .txt))
            try await ReportImporter(database: database).apply(plan, province: document.province, recordedBy: "test")
            let before = try await TestDatabase.snapshot(database)
            let error = await #expect(throws: StoreError.self) {
                try await ReportImporter(database: database).apply(report, province: document.province, recordedBy: "test")
            }
            guard case .unreadableReport(let reasons) = error else {
                Issue.record("\(document): phải từ chối với lý do, nhận \(String(describing: error))")
                return
            }
            for words in document.refusedFor {
                #expect(reasons.contains { $0.contains(words) }, "\(document): không nêu “\(words)” trong \(reasons)")
            }
            for reason in reasons {
                #expect(WildCompare.isVietnamese(reason), "\(document): lý do không viết bằng tiếng Việt: \(reason)")
            }
            #expect(try await TestDatabase.snapshot(database) == before, "\(document): đã ghi một phần vào cơ sở dữ liệu")
        }
    }

    /// Nine months' values beside the year's targets: the store holds a year's and its first half's
    /// values, so they would become the year's and be judged against its targets. Refused.
    @Test(arguments: Engine.allCases)
    func valuesOfNineMonthsAreRefused(_ engine: Engine) async throws {
        let cells: [[String]] = [["TT", "Chỉ tiêu", "Kế hoạch năm 2024", "Ước thực hiện 9 tháng năm 2024"],
                                 ["1", "Thu ngân sách nhà nước (tỷ đồng)", "3.000", "2.100"],
                                 ["2", "Số xã đạt chuẩn nông thôn mới (xã)", "12", "9"]]
        let raw = RawTable(rows: cells.enumerated().map { row, texts in
            texts.enumerated().map { TableCell(text: $1, location: SourceLocation(table: 1, row: row + 1, cell: $0 + 1)) }
        }, location: SourceLocation(table: 1))
        let report = Auditor().audit(SourceDocument(name: "chin-thang.docx", blocks: [.table(raw)]))
        try #require(report.tables.first?.table.valuesForPartOfYear == "9 tháng", "\(report.findings.map(\.message))")
        try await TestDatabase.withDatabase(engine) { database, _ in
            let before = try await TestDatabase.snapshot(database)
            let error = await #expect(throws: StoreError.self) {
                try await ReportImporter(database: database).apply(report, province: "Hà Giang", recordedBy: "test")
            }
            guard case .unreadableReport(let reasons) = error else {
                Issue.record("expected unreadableReport, got \(String(describing: error))")
                return
            }
            #expect(reasons.contains { $0.contains("số liệu 9 tháng") && $0.contains("Ước thực hiện 9 tháng năm 2024") }, "\(reasons)")
            #expect(try await TestDatabase.snapshot(database) == before)
        }
    }

    /// Two rows of one plan with the same number (a DOCX typed by hand): neither is stored, and the
    /// reason names both.
    @Test(arguments: Engine.allCases)
    func aCodeGivenToTwoRowsIsRefused(_ engine: Engine) async throws {
        let cells: [[String]] = [["TT", "Chỉ tiêu", "Kế hoạch năm 2024", "Ước thực hiện năm 2024"],
                                 ["1", "Tốc độ tăng trưởng GRDP (%)", "7", "7,2"],
                                 ["2", "Thu ngân sách nhà nước (tỷ đồng)", "3.000", "3.100"],
                                 ["2", "Tỷ lệ hộ nghèo (%)", "dưới 5", "4,8"]]
        let raw = RawTable(rows: cells.enumerated().map { row, texts in
            texts.enumerated().map { TableCell(text: $1, location: SourceLocation(table: 1, row: row + 1, cell: $0 + 1)) }
        }, location: SourceLocation(table: 1))
        let report = Auditor().audit(SourceDocument(name: "trung-so.docx", blocks: [.table(raw)]))
        try #require(report.tables.flatMap(\.rows).map(\.indicator.code.description) == ["1", "2", "2"],
                     "the reader keeps the printed numbers: \(report.findings.map(\.message))")
        try await TestDatabase.withDatabase(engine) { database, _ in
            let before = try await TestDatabase.snapshot(database)
            let error = await #expect(throws: StoreError.self) {
                try await ReportImporter(database: database).apply(report, province: "Hà Giang", recordedBy: "test")
            }
            guard case .unreadableReport(let reasons) = error else {
                Issue.record("expected unreadableReport, got \(String(describing: error))")
                return
            }
            #expect(reasons.contains { $0.contains("số thứ tự 2 ghi cho 2 chỉ tiêu") && $0.contains("Thu ngân sách") && $0.contains("Tỷ lệ hộ nghèo") },
                    "\(reasons)")
            #expect(try await TestDatabase.snapshot(database) == before)
        }
    }
}
