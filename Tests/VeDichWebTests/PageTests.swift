import Foundation
import Testing
import Vapor
import VaporTesting
import VeDichCore
import VeDichImport
import VeDichStore
@testable import VeDichWeb

/// The pages answer, in Vietnamese, with a fixed number of queries whatever the plan's size.
@Suite(.serialized) struct PageTests {
    func queries(_ app: Application, _ path: String) async throws -> Int {
        var count = -1
        try await app.testing().test(.GET, path, headers: app.auth()) { response in
            #expect(response.status == .ok, "\(path)")
            #expect(response.headers.contentType?.subType == "html" || path.hasSuffix(".css"), "\(path)")
            count = Int(response.headers.first(name: "X-VeDich-Queries") ?? "") ?? -1
        }
        return count
    }

    /// Ten more indicators, with targets and values, for the 2024 plan.
    static let tenMore: String = {
        var lines = ["KẾT QUẢ BỔ SUNG NĂM 2024", "TT", "Chỉ tiêu", "Kế hoạch", "Ước TH cả năm 2024", "Đánh giá", "IV", "Các chỉ tiêu bổ sung"]
        for number in 1...10 {
            lines += ["\(number)", "Chỉ tiêu bổ sung số \(number) (%)", "\(number) - \(number + 1)", "\(number),5", "Đạt"]
        }
        return lines.joined(separator: "\n")
    }()

    /// A plan's pages share one snapshot of the plan. Read afresh: the data generation, then the
    /// plan, its indicators, its targets and its values (previous period included). Kept: the
    /// data generation only on PostgreSQL; none on SQLite, whose file's change mark (the
    /// write-ahead log's index header) says nothing was committed since. Every request also pays
    /// for finding who asks (the log-in's own).
    static let freshPlanSnapshot = 5
    /// The dashboard's early warning, read once per snapshot: the indicators' in-year settings and their values over the past years.
    static let dashboardOutlook = 2
    /// The dashboard's open giải trình requests per agency, counted once per snapshot.
    static let dashboardOpenExplanations = 1
    static func keptPlanSnapshot(_ engine: Engine) -> Int {
        switch engine {
        case .sqlite: 0
        case .postgres: 1
        }
    }

    @Test(arguments: Engine.allCases)
    func everyPageAnswersWithAFixedNumberOfQueries(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let plan = try await app.planID(2024, 2024)
            let whoAsks = try await queries(app, "/styles.css")
            let (dashboard, table, entry) = ("/plans/\(plan)", "/plans/\(plan)/table", "/plans/\(plan)/entry")
            // The first visit also checks access to the plan, whose answer the server remembers.
            let first = try await queries(app, dashboard), next = try await queries(app, table), again = try await queries(app, dashboard)
            #expect(first >= whoAsks + Self.freshPlanSnapshot, "the first page of the plan reads it")
            #expect(next == whoAsks + Self.keptPlanSnapshot(engine) && again == next, "the next ones use the kept snapshot (\(next) queries)")
            let entryQueries = try await queries(app, entry)
            let plansQueries = try await queries(app, "/")

            // An import is a write: the snapshot is read afresh once, by whichever page comes first.
            let report = Auditor().audit(TextReportReader.read(text: Self.tenMore, name: "bo-sung.txt"))
            _ = try await ReportImporter(database: app.db).apply(report, province: "Lạng Sơn", recordedBy: "test")
            let afresh = try await queries(app, dashboard)
            #expect(afresh == whoAsks + Self.freshPlanSnapshot + Self.dashboardOutlook + Self.dashboardOpenExplanations, "read afresh with 28 indicators: as many queries as with 18")
            try await app.testing().test(.GET, "/api/v1/plans/\(plan)/evaluation", headers: app.auth()) { response in
                #expect((response.object["indicators"] as? [Any])?.count == 28)
                #expect(response.headers.first(name: "X-VeDich-Queries") == "\(next)")
            }
            let after = try await queries(app, table)
            #expect(after == next, "28 indicators, kept since the dashboard above")
            let entryAfter = try await queries(app, entry), plansAfter = try await queries(app, "/")
            #expect(entryAfter == entryQueries, "the entry page: as many queries with 28 indicators as with 18")
            #expect(plansAfter == plansQueries)
            let importPage = try await queries(app, "/import")
            #expect(importPage == whoAsks)
        }
    }

    @Test(arguments: Engine.allCases)
    func theDashboardSaysHowThePlanStands(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let plan = try await app.planID(2021, 2025)
            try await app.testing().test(.GET, "/plans/\(plan)", headers: app.auth()) { response in
                #expect(response.text.contains("<html lang=\"vi\">"))
                #expect(response.text.contains("đạt và vượt 14/18 chỉ tiêu"))
                #expect(response.text.contains("Chỉ tiêu chưa có số liệu (0)"))
            }
            try await app.testing().test(.GET, "/plans/\(plan)?version=chinh_thuc", headers: app.auth()) { response in
                #expect(response.text.contains("Chỉ tiêu chưa có số liệu ("))
                #expect(response.text.contains("0/18"))
            }
        }
    }

    @Test(arguments: Engine.allCases)
    func entryRefusesABadValueAndKeepsWhatWasTyped(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let plan = try await app.planID(2024, 2024)
            var field = ""
            try await app.testing().test(.GET, "/plans/\(plan)/entry", headers: app.auth()) { response in
                let html = response.text
                let marker = try #require(html.range(of: "data-name=\"Trồng rừng mới (ha)\""))
                let idStart = try #require(html.range(of: "id=\"v_", range: marker.upperBound..<html.endIndex))
                field = String(html[idStart.upperBound...].prefix(36))
            }
            try await app.testing().test(.POST, "/plans/\(plan)/entry", headers: app.auth(), beforeRequest: { request in
                try request.content.encode(["version": "uoc_ca_nam", "v_\(field)": "9,15,0", "r_\(field)": "1"], as: .urlEncodedForm)
            }, afterResponse: { response in
                #expect(response.status == .badRequest)
                #expect(response.text.contains("value=\"9,15,0\""))
                #expect(response.text.contains("hơn một dấu phẩy thập phân"))
                #expect(response.text.contains("aria-invalid=\"true\""))
            })
            try await app.testing().test(.POST, "/plans/\(plan)/entry", headers: app.auth(), beforeRequest: { request in
                try request.content.encode(["version": "uoc_ca_nam", "v_\(field)": "9.700", "r_\(field)": "1"], as: .urlEncodedForm)
            }, afterResponse: { response in
                #expect(response.status == .seeOther)
                #expect(response.headers.first(name: .location)?.hasSuffix("saved=1") == true)
            })
            try await app.testing().test(.GET, "/indicators/\(field)?plan=\(plan)", headers: app.auth()) { response in
                #expect(response.text.contains("9.700"))
                #expect(response.text.contains("9.600"))
            }
        }
    }

    @Test func theIndicatorPageSaysWhatIsStillMissing() async throws {
        try await TestApp.with(.sqlite) { app in
            let plan = try await app.planID(2024, 2024)
            var income = ""
            try await app.testing().test(.GET, "/api/v1/plans/\(plan)/indicators", headers: app.auth()) { response in
                income = response.array.first { ($0["name"] as? String)?.hasPrefix("Tổng sản phẩm trên địa bàn bình quân") == true }?["id"] as? String ?? ""
            }
            try await app.testing().test(.GET, "/indicators/\(income)?plan=\(plan)", headers: app.auth()) { response in
                #expect(response.text.contains("Còn thiếu 2,8 so với kế hoạch 65 - 66 (ước cả năm 2024)."))
            }
        }
    }

    /// Each role's pages: a form only for whoever may send it (the server's own policy), a
    /// read-only page titled so, and no inline style anywhere (the CSP would block it).
    @Test func eachRoleSeesOnlyTheFormsItMaySend() async throws {
        try await TestApp.with(.sqlite) { app in
            let plan = try await app.planID(2024, 2024)
            var indicator = ""
            try await app.testing().test(.GET, "/api/v1/plans/\(plan)/indicators", headers: app.auth()) { response in
                indicator = response.array.first { ($0["name"] as? String)?.hasPrefix("Duy trì số xã đạt") == true }?["id"] as? String ?? ""
            }
            let pages = ["/", "/plans/\(plan)", "/plans/\(plan)/table", "/plans/\(plan)/entry", "/plans/\(plan)/sections",
                         "/plans/\(plan)/workflow", "/indicators/\(indicator)?plan=\(plan)", "/account"]
            for role in Role.allCases {
                for page in pages {
                    try await app.testing().test(.GET, page, headers: app.auth(role)) { response in
                        #expect(response.status == .ok, "\(page) as \(role)")
                        #expect(!response.text.contains(" style="), "\(page) as \(role) has an inline style")
                        #expect(!response.text.contains("strict"), "\(page) as \(role) names the composite rule in English")
                        #expect(!response.text.contains("năm năm"), "\(page) as \(role)")
                        #expect(response.text.contains("/api/openapi.json") == (role == .admin), "\(page) as \(role): the API link")
                    }
                }
                let edits = role == .admin || role == .planner, enters = edits || role == .agencyClerk
                try await app.testing().test(.GET, "/plans/\(plan)/sections", headers: app.auth(role)) { response in
                    #expect(response.text.contains("Lưu mục này") == edits, "the report's text as \(role)")
                    #expect(response.text.contains("(chỉ xem)") == !edits, "the report's text as \(role)")
                }
                try await app.testing().test(.GET, "/plans/\(plan)/entry", headers: app.auth(role)) { response in
                    #expect(response.text.contains("<h1>Nhập số liệu") == enters, "the entry page as \(role)")
                    #expect(response.text.contains("class=\"entry\"") == enters, "the entry form as \(role)")
                }
                try await app.testing().test(.GET, "/plans/\(plan)", headers: app.auth(role)) { response in
                    #expect(response.text.contains(">Nhập số liệu<") == enters, "the dashboard's entry link as \(role)")
                }
            }
        }
    }

    @Test func theIndicatorPageComparesAYearWithTheYearBefore() async throws {
        try await TestApp.with(.sqlite) { app in
            let plan = try await app.planID(2024, 2024)
            var grdp = ""
            try await app.testing().test(.GET, "/api/v1/plans/\(plan)/indicators", headers: app.auth()) { response in
                grdp = response.array.first { ($0["name"] as? String)?.hasPrefix("Tốc độ tăng tổng sản phẩm") == true }?["id"] as? String ?? ""
            }
            try await app.testing().test(.GET, "/indicators/\(grdp)?plan=\(plan)", headers: app.auth()) { response in
                let sentences = response.text.split(separator: ".").map(String.init)
                for year in 2015...2030 {
                    let sameYear = sentences.filter { $0.contains("Năm \(year) ") && $0.contains("so với năm \(year)") }
                    #expect(sameYear.isEmpty, "a year is compared with the year before, never with itself: \(sameYear)")
                }
                #expect(response.text.contains("class=\"chart\""))
            }
        }
    }

    @Test func aMissingPlanIsAVietnamese404() async throws {
        try await TestApp.with(.sqlite, seeded: false) { app in
            try await app.testing().test(.GET, "/plans/\(UUID().uuidString)", headers: app.auth()) { response in
                #expect(response.status == .notFound)
                #expect(response.text.contains("Không có kế hoạch mã"))
            }
        }
    }
}

/// The formal report downloads from the table page: a DOCX the auditor reads back, an XLSX.
@Suite(.serialized) struct ReportDownloadTests {
    @Test func docxAndXlsxDownload() async throws {
        try await TestApp.with(.sqlite) { app in
            let plan = try await app.planID(2021, 2025)
            try await app.testing().test(.GET, "/plans/\(plan)/table", headers: app.auth()) { response in
                #expect(response.text.contains("/plans/\(plan)/report.docx?version=uoc_ca_nam"))
            }
            try await app.testing().test(.GET, "/plans/\(plan)/report.docx", headers: app.auth()) { response in
                #expect(response.status == .ok)
                #expect(response.headers.contentDisposition?.filename == "bao-cao-ke-hoach-2021-2025-uoc-ca-nam.docx")
                let file = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-\(UUID().uuidString).docx")
                try Data(response.body.readableBytesView).write(to: file)
                let audit = try Auditor().audit(contentsOf: file)
                #expect(audit.tables.first?.computedSummary.total.sentence == "đạt và vượt 14/18 chỉ tiêu")
                #expect(!audit.findings.contains { $0.kind == .statedVerdictContradictsValues })
            }
            try await app.testing().test(.GET, "/plans/\(plan)/report.xlsx", headers: app.auth()) { response in
                #expect(response.status == .ok)
                #expect(Array(response.body.readableBytesView.prefix(2)) == [0x50, 0x4B])
            }
            try await app.testing().test(.GET, "/plans/\(UUID().uuidString)/report.docx", headers: app.auth()) { response in
                #expect(response.status == .notFound)
            }
        }
    }
}

struct HTMLEscapingTests {
    @Test func aQuoteWithACombiningMarkCannotCloseAnAttribute() {
        let quote = String(UnicodeScalar(34))
        let mark = String(UnicodeScalar(0x0301)!)
        let hostile = "x" + quote + mark + " onfocus=alert(1) y"
        let html = el("tr", ["data-name": hostile]) { hostile }.render()
        let raw = quote + mark
        let escaped = "&quot;" + mark
        #expect(!html.contains(raw))
        #expect(html.contains(escaped))
    }
}
