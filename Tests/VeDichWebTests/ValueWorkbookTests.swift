import Foundation
import Testing
import Vapor
import VaporTesting
import VeDichCore
import VeDichPlanModel
import VeDichStore
@testable import VeDichWeb

/// The spreadsheet round trip (issue 14): the clerk of Sở Y tế downloads the fill-in workbook of
/// the 2025 plan, fills it in LibreOffice or as CSV, uploads it; a clean file is previewed with
/// the core's verdicts and written all together and logged; a file with one bad cell changes
/// nothing and names the cell. Every test on SQLite and PostgreSQL.
@Suite(.serialized) struct ValueWorkbookTests {
    static let xlsxFilter = "Calc MS Excel 2007 XML"

    /// The 2025 plan (targets, no values) and its lines of Sở Y tế, as the workbook lists them
    /// from row 8 on.
    struct Health {
        var planID: UUID
        var agencyID: UUID
        var lines: [ValueSheetLine]
        var others: [ValueSheetLine]

        init(_ app: Application) async throws {
            let store = Store(database: app.db)
            let plan = try #require(try await store.plans().first { $0.startYear == 2025 && $0.endYear == 2025 })
            planID = plan.id
            let agencies = try await store.indicatorAgencies(planID: plan.id)
            let health = try #require(try await store.responsibleAgencies(planID: plan.id).first { $0.name == "Sở Y tế" }).id
            agencyID = health
            let all = try await store.evaluation(planID: plan.id, version: .fullYearEstimate).valueSheetLines
            lines = all.filter { agencies[$0.line.indicatorID] == health }
            others = all.filter { agencies[$0.line.indicatorID] != health }
        }

        /// The value cell of the n-th line.
        func cell(_ index: Int) -> String { "F\(8 + index)" }
    }

    static func template(_ app: Application, _ health: Health, as role: Role = .agencyClerk) async throws -> Data {
        var data = Data()
        let agency = role == .agencyClerk ? "" : "&agency=\(health.agencyID.uuidString)"
        try await app.testing().test(.GET, "/plans/\(health.planID)/entry/template.xlsx?version=uoc_ca_nam\(agency)", headers: app.auth(role)) { response in
            #expect(response.status == .ok)
            #expect(response.headers.contentType?.subType == "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            data = Data(response.body.readableBytesView)
        }
        return data
    }

    static func upload(_ app: Application, _ data: Data, name: String, query: String = "", as role: Role = .agencyClerk,
                       _ check: (TestingHTTPResponse) throws -> Void) async throws {
        var headers = app.auth(role)
        headers.contentType = .binary
        try await app.testing().test(.POST, "/api/v1/imports?filename=\(name)\(query)", headers: headers, body: ByteBuffer(data: data)) { response in
            try check(response)
        }
    }

    static func problems(_ response: TestingHTTPResponse) -> [String] {
        (response.object["problems"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
    }

    @Test(arguments: Engine.allCases)
    func theWorkbookOpensInLibreOfficeWithOnlyTheValueCellsUnlockedAndFilledThereItIsStoredAndLogged(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let health = try await Health(app)
            try #require(health.lines.count >= 2, "Sở Y tế has at least two lines with a target in the 2025 plan")
            let saved = try Workbooks.libreOffice(try await Self.template(app, health), to: "xlsx", filter: Self.xlsxFilter)

            // Protection survives LibreOffice: the sheet is protected, the value cells are not locked, the rest is.
            let sheet = try Workbooks.part("xl/worksheets/sheet1.xml", of: saved)
            let styles = try Workbooks.part("xl/styles.xml", of: saved)
            #expect(sheet.contains("<sheetProtection"), "the value sheet is protected after LibreOffice saved it")
            for index in health.lines.indices {
                let line = health.lines[index]
                #expect(try !Workbooks.isLocked(health.cell(index), sheet: sheet, styles: styles), "\(line.sheetCode) \(line.line.name): value cell unlocked")
                for column in ["A", "B", "D"] {
                    #expect(try Workbooks.isLocked("\(column)\(8 + index)", sheet: sheet, styles: styles), "\(line.sheetCode): \(column) locked")
                }
            }
            #expect(try Workbooks.isLocked("B3", sheet: sheet, styles: styles), "the plan's id is locked")

            let filled = try Workbooks.setting([(health.cell(0), "99.5"), (health.cell(1), "11.2")], in: saved)
            var token = ""
            try await Self.upload(app, filled, name: "so-y-te.xlsx") { response in
                #expect(response.status == .ok, "\(response.text)")
                #expect(response.object["kind"] as? String == "values")
                token = response.object["token"] as? String ?? ""
                let preview = response.object["preview"] as? [String: Any] ?? [:]
                let rows = preview["rows"] as? [[String: Any]] ?? []
                #expect(rows.map { $0["text"] as? String } == ["99,5", "11,2"])
                for (row, line) in zip(rows, health.lines) {
                    // The verdict the core gives this value against the line's target.
                    let target = try #require(line.line.target.map { try Figure.parse($0.text) })
                    let expected = IndicatorLine(name: line.line.name, unit: line.line.unit, target: target,
                                                 value: try Figure.parse(row["text"] as? String ?? ""), direction: line.line.direction).evaluate()
                    #expect(row["verdict"] as? String == expected?.verdict.rawValue, "\(line.sheetCode) \(line.line.name): verdict")
                    #expect((row["location"] as? [String: Any])?["column"] as? String == "F")
                }
            }
            try await app.testing().test(.POST, "/api/v1/imports/\(token)/confirm", headers: app.auth(.agencyClerk)) { response in
                #expect(response.status == .ok, "\(response.text)")
                #expect(response.object["saved"] as? Int == 2)
            }
            let store = Store(database: app.db)
            let period = Period(kind: .year, startYear: 2025, endYear: 2025)
            for (index, text) in ["99,5", "11,2"].enumerated() {
                let line = health.lines[index]
                let stored = try await store.latestObservation(indicatorID: line.line.indicatorID, period: period, version: .fullYearEstimate)
                #expect(stored?.figure.text == text, "\(line.sheetCode) \(line.line.name): stored")
                #expect(stored?.recordedBy == People.logins[.agencyClerk])
                let logged = try await store.changes(indicatorID: line.line.indicatorID).first { $0.entity == "value" }
                #expect(logged?.actor == People.logins[.agencyClerk] && logged?.newValue == text, "\(line.sheetCode): change log")
                #expect(logged?.reason?.contains("so-y-te.xlsx") == true && logged?.reason?.contains("hàng \(8 + index), cột F") == true,
                        "\(line.sheetCode): the log says which file and cell: \(logged?.reason ?? "")")
            }

            // Saved as CSV by LibreOffice, the workbook keeps its labelled cells and reads back. A CSV
            // has only text, read as Vietnamese writes numbers: LibreOffice's English "99.5" is
            // reported, never guessed (1.029 would be a thousand and twenty-nine).
            let toCSV = { (data: Data) in try Workbooks.libreOffice(data, to: "csv", filter: "Text - txt - csv (StarCalc):44,34,76") }
            try await Self.upload(app, try toCSV(filled), name: "so-y-te.csv") { response in
                #expect(response.status == .unprocessableEntity)
                #expect(Self.problems(response).first?.hasPrefix("Tệp “so-y-te.csv”, hàng 8, cột F: “99.5” không phải là số") == true, "\(Self.problems(response))")
            }
            try await Self.upload(app, try toCSV(try Workbooks.setting([(health.cell(0), "100"), (health.cell(1), "12")], in: saved)), name: "so-y-te.csv") { response in
                #expect(response.status == .ok, "\(response.text)")
                let rows = (response.object["preview"] as? [String: Any])?["rows"] as? [[String: Any]] ?? []
                #expect(rows.map { $0["text"] as? String } == ["100", "12"] && rows.allSatisfy { $0["unchanged"] as? Bool == false }, "\(rows)")
            }
        }
    }

    /// .xls and .ods go through LibreOffice on the server; their cells read as the .xlsx's did.
    @Test(arguments: Engine.allCases)
    func aRetiredIndicatorIsNotInTheWorkbook(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let store = Store(database: app.db)
            let health = try await Health(app)
            let agencies = try await store.indicatorAgencies(planID: health.planID)
            let lines = try await store.evaluation(planID: health.planID, version: .fullYearEstimate).valueSheetLines.filter { !$0.isComponent }
            // An agency answering for two headline indicators: one is retired, the other stays.
            let byAgency = Dictionary(grouping: lines) { agencies[$0.line.indicatorID] }
            let (agencyID, own) = try #require(byAgency.compactMap { key, value in key.map { ($0, value) } }.first { $0.1.count >= 2 })
            let (retired, kept) = (own[0], own[1])
            _ = try await store.retireIndicator(planID: health.planID, indicatorID: retired.line.indicatorID,
                                                reason: "Trung ương bỏ chỉ tiêu", basedOnRevision: nil, actor: "planner")
            var agencyHealth = health
            agencyHealth.agencyID = agencyID
            let strings = try Workbooks.part("xl/sharedStrings.xml", of: try await Self.template(app, agencyHealth, as: .planner))
            #expect(!strings.contains("<t>\(retired.sheetCode)</t>"), "\(retired.sheetCode) \(retired.line.name): retired, so not offered for filling in")
            #expect(strings.contains("<t>\(kept.sheetCode)</t>"), "\(kept.sheetCode) \(kept.line.name): still in the workbook")
        }
    }

    @Test(arguments: Engine.allCases)
    func anXlsOrOdsWorkbookIsReadThroughLibreOffice(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let health = try await Health(app)
            let filled = try Workbooks.setting([(health.cell(0), "99.5"), (health.cell(1), "'khoảng 5")], in: try await Self.template(app, health))
            for (ext, filter) in [("ods", "calc8"), ("xls", "MS Excel 97")] {
                let converted = try Workbooks.libreOffice(filled, to: ext, filter: filter)
                try await Self.upload(app, converted, name: "so-y-te.\(ext)") { response in
                    #expect(response.status == .unprocessableEntity, "\(ext): \(response.text)")
                    #expect(Self.problems(response) == ["Trang “Số liệu”, hàng 9, cột F: “khoảng 5” không phải là số — ghi số, ví dụ 5,2"], "\(ext)")
                }
            }
            let fixed = try Workbooks.setting([(health.cell(1), "11.2")], in: filled)
            try await Self.upload(app, try Workbooks.libreOffice(fixed, to: "xls", filter: "MS Excel 97"), name: "so-y-te.xls") { response in
                #expect(response.status == .ok, "\(response.text)")
                let rows = (response.object["preview"] as? [String: Any])?["rows"] as? [[String: Any]] ?? []
                #expect(rows.map { $0["text"] as? String } == ["99,5", "11,2"])
            }
        }
    }

    @Test(arguments: Engine.allCases)
    func aWorkbookWithOneBadCellChangesNothingAndNamesTheCell(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let health = try await Health(app)
            let filled = try Workbooks.setting([(health.cell(0), "99.5"), (health.cell(1), "'khoảng 5")], in: try await Self.template(app, health))
            let generation = try await Store(database: app.db).generation()
            try await Self.upload(app, filled, name: "so-y-te.xlsx") { response in
                #expect(response.status == .unprocessableEntity)
                #expect(response.object["code"] as? String == "value_import_refused")
                #expect(Self.problems(response) == ["Trang “Số liệu”, hàng 9, cột F: “khoảng 5” không phải là số — ghi số, ví dụ 5,2"])
                #expect(response.object["token"] == nil)
            }
            // The entry page says the same, with nothing to confirm.
            let (body, contentType) = Self.multipart(file: filled, name: "so-y-te.xlsx", version: "uoc_ca_nam")
            var headers = app.auth(.agencyClerk)
            headers.replaceOrAdd(name: .contentType, value: contentType)
            try await app.testing().test(.POST, "/plans/\(health.planID)/entry/import", headers: headers, body: body) { response in
                #expect(response.status == .unprocessableEntity)
                #expect(response.text.contains("id=\"loi-tep\""))
                #expect(response.text.contains("Trang “Số liệu”, hàng 9, cột F: “khoảng 5”"))
                #expect(!response.text.contains("xac-nhan-nhap"))
            }
            let store = Store(database: app.db)
            #expect(try await store.generation() == generation, "nothing was written")
            for line in health.lines {
                #expect(try await store.observations(indicatorID: line.line.indicatorID).isEmpty, "\(line.sheetCode) \(line.line.name): no value")
            }
        }
    }

    @Test(arguments: Engine.allCases)
    func aFormulaAnotherAgencysIndicatorAWrongCodeAndApprovedFiguresAreReportedNotGuessed(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let health = try await Health(app)
            let other = try #require(health.others.first { !$0.isComponent })
            let template = try await Self.template(app, health)
            try #require(health.lines.count >= 4, "Sở Y tế has four lines with a target in the 2025 plan")
            let cells = [(health.cell(0), "=1+98"), ("A9", other.sheetCode), (health.cell(1), "5"),
                         ("A10", "IX.99"), (health.cell(2), "3"), (health.cell(3), "'5,2")]
            try await Self.upload(app, try Workbooks.setting(cells, in: template), name: "so-y-te.xlsx") { response in
                #expect(response.status == .unprocessableEntity)
                let problems = Self.problems(response)
                #expect(problems.contains("Trang “Số liệu”, hàng 8, cột F: ô có công thức “=1+98” — ghi thẳng con số, không dùng công thức"), "\(problems)")
                #expect(problems.contains { $0.hasPrefix("Trang “Số liệu”, hàng 9, cột F: chỉ tiêu \(other.sheetCode)") && $0.contains("do Sở Tài chính phụ trách, không phải Sở Y tế") }, "\(problems)")
                #expect(problems.contains { $0.hasPrefix("Trang “Số liệu”, hàng 10, cột A: mã “IX.99” không có trong") }, "\(problems)")
                #expect(problems.contains("Trang “Số liệu”, hàng 11, cột F: số “5,2” được gõ dạng chữ — xóa dấu ' ở đầu (hoặc đổi định dạng ô thành Số) rồi gõ lại số"), "\(problems)")
                #expect(problems.count == 4)
            }
            // Approved figures are locked for imports as for typing.
            let store = Store(database: app.db)
            _ = try await store.advance(planID: health.planID, agencyID: health.agencyID, version: .fullYearEstimate, step: .submit,
                                        reason: nil, basedOnRevision: 0, actor: "soyte", confirmingMissing: true)
            _ = try await store.advance(planID: health.planID, agencyID: health.agencyID, version: .fullYearEstimate, step: .approve,
                                        reason: nil, basedOnRevision: 1, actor: "pheduyet")
            try await Self.upload(app, try Workbooks.setting([(health.cell(0), "99")], in: template), name: "so-y-te.xlsx") { response in
                #expect(response.status == .unprocessableEntity)
                #expect(Self.problems(response).first?.hasPrefix("Trang “Số liệu”, hàng 8, cột F: chỉ tiêu \(health.lines[0].sheetCode): Số liệu của Sở Y tế") == true,
                        "\(Self.problems(response))")
            }
        }
    }

    @Test(arguments: Engine.allCases)
    func aFileWithAProblemInEveryOneOfThousandsOfRowsNamesTheFirst200AndCountsTheRest(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let health = try await Health(app)
            let rows = (1...5_000).map { "IX.\($0);\($0)" }.joined(separator: "\r\n")
            try await Self.upload(app, Data("Mã;Số liệu\r\n\(rows)\r\n".utf8), name: "dan-them.csv",
                                  query: "&plan=\(health.planID.uuidString)&version=uoc_ca_nam&agency=S%E1%BB%9F%20Y%20t%E1%BA%BF") { response in
                #expect(response.status == .unprocessableEntity)
                let problems = Self.problems(response)
                #expect(problems.count == 201, "200 problems named, then one line counting the rest: \(problems.count)")
                #expect(problems.last?.contains("và 4800 vấn đề khác") == true, "\(problems.last ?? "")")
            }
        }
    }

    @Test(arguments: Engine.allCases)
    func aCSVWithSemicolonsOrCommasInUTF8WithOrWithoutBOMOrUTF16IsRead(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let health = try await Health(app)
            let first = health.lines[0], second = health.lines[1]
            func csv(_ separator: String) -> String {
                let rows = [["\(ValueSheetLayout.planLabel)", health.planID.uuidString], ["Cơ quan", "Sở Y tế"], ["Loại số liệu", "uoc_ca_nam"], [],
                            ["Mã", "Chỉ tiêu", "Số liệu"], [first.sheetCode, first.line.name, "99,5"], [second.sheetCode, "\"\(second.line.name); x\"", "1.029,5"]]
                // A field holding the separator is quoted, as every spreadsheet writes it.
                let quoted = rows.map { row in row.map { $0.contains(separator) && !$0.hasPrefix("\"") ? "\"\($0)\"" : $0 } }
                return quoted.map { $0.joined(separator: separator) }.joined(separator: "\r\n") + "\r\n"
            }
            var utf16 = Data([0xFF, 0xFE])
            utf16.append(csv(",").data(using: .utf16LittleEndian)!)
            let files: [(String, Data)] = [("bom-champhay.csv", Data([0xEF, 0xBB, 0xBF]) + Data(csv(";").utf8)),
                                           ("phay.csv", Data(csv(",").utf8)), ("utf16.csv", utf16)]
            for (name, data) in files {
                try await Self.upload(app, data, name: name) { response in
                    #expect(response.status == .ok, "\(name): \(response.text)")
                    let rows = (response.object["preview"] as? [String: Any])?["rows"] as? [[String: Any]] ?? []
                    #expect(rows.map { $0["text"] as? String } == ["99,5", "1.029,5"], "\(name)")
                }
            }
            // A bare CSV says in the query what it is for; a CSV has only text, so "99,5" is a number there.
            let bare = "Mã;Số liệu\r\n\(first.sheetCode);99,5\r\n"
            try await Self.upload(app, Data(bare.utf8), name: "tran.csv",
                                  query: "&plan=\(health.planID.uuidString)&version=uoc_ca_nam&agency=S%E1%BB%9F%20Y%20t%E1%BA%BF") { response in
                #expect(response.status == .ok, "\(response.text)")
                #expect((response.object["preview"] as? [String: Any])?["agency"] as? String == "Sở Y tế")
            }
        }
    }

    @Test(arguments: Engine.allCases)
    func theEntryPageOffersTheWorkbookAndItsUploadPreviewsThenConfirms(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let health = try await Health(app)
            try await app.testing().test(.GET, "/plans/\(health.planID)/entry", headers: app.auth(.agencyClerk)) { response in
                #expect(response.text.contains("id=\"tai-mau\"") && response.text.contains("id=\"nhap-tep\""))
            }
            try await app.testing().test(.GET, "/plans/\(health.planID)/entry", headers: app.auth(.planner)) { response in
                #expect(response.text.contains("id=\"mau-co-quan\"") && response.text.contains(">Sở Y tế</option>"))
            }
            // The planning office chooses the agency; its workbook is the clerk's.
            let planners = try await Self.template(app, health, as: .planner)
            let filled = try Workbooks.setting([(health.cell(0), "99.5")], in: planners)
            let (body, contentType) = Self.multipart(file: filled, name: "so-y-te.xlsx", version: "uoc_ca_nam")
            var headers = app.auth(.agencyClerk)
            headers.replaceOrAdd(name: .contentType, value: contentType)
            var confirm = ""
            try await app.testing().test(.POST, "/plans/\(health.planID)/entry/import", headers: headers, body: body) { response in
                #expect(response.status == .ok, "\(response.text)")
                let rows = ReadBack.pageRows(response.text, tableID: "xem-truoc-so-lieu")
                #expect(rows.count == 1 && rows.first?.cells[1] == health.lines[0].sheetCode && rows.first?.cells[5] == "99,5")
                confirm = response.text.firstMatch(of: /action="([^"]*\/confirm)"/).map { String($0.1) } ?? ""
            }
            try await app.testing().test(.POST, confirm, headers: app.auth(.agencyClerk)) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers.first(name: .location) == "/plans/\(health.planID.uuidString)/entry?version=uoc_ca_nam&saved=1")
            }
            let stored = try await Store(database: app.db).latestObservation(indicatorID: health.lines[0].line.indicatorID,
                                                                             period: Period(kind: .year, startYear: 2025, endYear: 2025), version: .fullYearEstimate)
            #expect(stored?.figure.text == "99,5")
        }
    }

    static func multipart(file: Data, name: String, version: String) -> (ByteBuffer, String) {
        let boundary = "----vedich\(UUID().uuidString)"
        var body = Data()
        body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"version\"\r\n\r\n\(version)\r\n".utf8))
        body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8))
        body.append(file)
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        return (ByteBuffer(data: body), "multipart/form-data; boundary=\(boundary)")
    }
}
