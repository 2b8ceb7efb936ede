import Foundation
import Testing
import Vapor
import VaporTesting
import VeDichCore
@testable import VeDichWeb

/// CSV exports that are safe to open in Excel (issue 12, item 4): a cell a spreadsheet would run
/// as a formula is written as text, a figure stays a number, and a `;` variant for Excel set to
/// Vietnamese.
@Suite(.serialized) struct CSVExportTests {
    static let comma = CSVWriter(separator: .comma)
    static let semicolon = CSVWriter(separator: .semicolon)

    @Test(arguments: [("=HYPERLINK(\"http://evil.example\",\"Xem\")", "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Xem\"\")\""),
                      ("@SUM(A1:A9)", "'@SUM(A1:A9)"), ("+84 912", "'+84 912"), ("-2+3", "'-2+3"),
                      ("\tcmd", "'\tcmd"), ("\r=1", "\"'\r=1\""), ("Sở Y tế", "Sở Y tế"), ("a=1", "a=1")])
    func aTextCellThatCouldRunIsWrittenAsText(_ cell: (String, String)) {
        #expect(Self.comma.field(.text(cell.0)) == cell.1, "\(cell.0.debugDescription)")
    }

    @Test func aPlainFigureStaysANumber() {
        #expect(Self.semicolon.field(.figure("-4,33")) == "-4,33")
        #expect(Self.comma.field(.figure("-4,33")) == "\"-4,33\"", "quoted for its comma, not prefixed")
        #expect(Self.semicolon.field(.figure("8.302,2")) == "8.302,2")
        #expect(Self.semicolon.field(.figure("100")) == "100")
        #expect(Self.semicolon.field(.figure("(-4,33)")) == "(-4,33)")
        #expect(Self.semicolon.field(.figure("7 - 7,5")) == "7 - 7,5")
    }

    @Test func aFigureCellThatIsNotAPlainNumberIsNeutralisedLikeText() {
        #expect(Self.semicolon.field(.figure("-4 - 5")) == "'-4 - 5", "Excel would compute it")
        #expect(Self.semicolon.field(.figure("=1+1")) == "'=1+1")
        #expect(Self.semicolon.field(.figure("-")) == "'-")
        #expect(Self.semicolon.field(.figure("-1,")) == "'-1,")
        #expect(Self.semicolon.field(.text("-4,33")) == "'-4,33", "in a text column a leading minus is prefixed")
    }

    @Test func theSemicolonVariantQuotesSemicolonsNotCommas() {
        let csv = Self.semicolon.render(header: ["A", "B"], rows: [[.text("x; y"), .figure("6,33")]])
        #expect(csv == "\u{FEFF}A;B\r\n\"x; y\";6,33\r\n")
    }

    @Test(arguments: Engine.allCases)
    func aClerksFormulaNoteIsExportedAsText(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let plan = try await app.planID(2021, 2025)
            var insurance = ""
            try await app.testing().test(.GET, "/api/v1/plans/\(plan)/indicators", headers: app.auth()) { response in
                insurance = response.array.first { $0["name"] as? String == "Tỷ lệ người dân tham gia bảo hiểm y tế (%)" }?["id"] as? String ?? ""
            }
            let note = #"=HYPERLINK(\"http://evil.example\",\"Xem\")"#
            let body = #"{"period": {"kind": "span", "start_year": 2021, "end_year": 2025}, "version": "uoc_ca_nam", "text": "98,2", "based_on_revision": 1, "note": "\#(note)"}"#
            try await app.testing().test(.POST, "/api/v1/indicators/\(insurance)/observations", headers: app.auth(.agencyClerk), beforeRequest: { request in
                request.headers.contentType = .json
                request.body = ByteBuffer(string: body)
            }) { #expect($0.status == .created) }
            try await app.testing().test(.GET, "/api/v1/indicators/\(insurance)/changes.csv", headers: app.auth()) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains(#""'=HYPERLINK(""http://evil.example"",""Xem"")""#), "the note as text")
                #expect(!response.text.contains(#","=HYPERLINK"#) && !response.text.contains(#"",=HYPERLINK"#), "never as a formula")
                #expect(response.text.contains(#","98,2","#), "the value stays a number, quoted for its comma")
            }
            try await app.testing().test(.GET, "/api/v1/indicators/\(insurance)/changes.csv?sep=semicolon", headers: app.auth()) { response in
                #expect(response.text.hasPrefix("\u{FEFF}Thời điểm;Người thay đổi;Đối tượng;Chỉ tiêu;Nội dung;Giá trị cũ;Giá trị mới;Lý do\r\n"))
                #expect(response.text.contains(";Giá trị;Tỷ lệ người dân tham gia bảo hiểm y tế (%);"), "what changed, in words, and which indicator")
                #expect(response.text.contains(";98,2;"), "a decimal comma needs no quotes with ;")
                #expect(response.text.contains(#";"'=HYPERLINK(""http://evil.example"",""Xem"")""#))
            }
        }
    }

    @Test func theEvaluationComesInBothVariants() async throws {
        try await TestApp.with(.sqlite) { app in
            let plan = try await app.planID(2021, 2025)
            try await app.testing().test(.GET, "/api/v1/plans/\(plan)/evaluation.csv?version=uoc_ca_nam&sep=semicolon", headers: app.auth()) { response in
                #expect(response.status == .ok)
                #expect(response.headers.contentType?.subType == "csv")
                #expect(response.text.hasPrefix("\u{FEFF}TT;Chỉ tiêu;Đơn vị;Kế hoạch;"))
                #expect(response.text.contains(";(-4,33);"), "I.6's five-year value as printed, unquoted")
            }
            try await app.testing().test(.GET, "/api/v1/plans/\(plan)/evaluation.csv?version=uoc_ca_nam", headers: app.auth()) { response in
                #expect(response.text.hasPrefix("\u{FEFF}TT,Chỉ tiêu,Đơn vị,Kế hoạch,"))
                #expect(response.text.contains(#","(-4,33)","#))
            }
            try await app.testing().test(.GET, "/api/v1/plans/\(plan)/evaluation.csv?sep=tab", headers: app.auth()) { response in
                #expect(response.status == .badRequest)
                #expect(response.object["code"] as? String == "invalid_separator")
            }
            let (cookie, _) = try await SessionTests.logIn(app)
            try await app.testing().test(.GET, "/plans/\(plan)/table?version=uoc_ca_nam", headers: cookie) { response in
                #expect(response.text.contains("evaluation.csv?version=uoc_ca_nam&amp;sep=semicolon"), "the table links the ; variant")
            }
        }
    }
}
