import Foundation
import Testing
import Vapor
import VaporTesting
import VeDichStore
@testable import VeDichWeb

/// A workbook downloaded before the planning office retired one of its indicators still holds
/// that row. The preview must name the cell (a retired indicator takes no new value), not offer a
/// clean preview whose confirm is then refused with 409. Both engines.
@Suite(.serialized) struct ValueImportRetiredTests {
    @Test(arguments: Engine.allCases)
    func aValueForAnIndicatorRetiredSinceTheWorkbookWasDownloadedIsNamedInThePreview(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let health = try await ValueWorkbookTests.Health(app)
            try #require(health.lines.count >= 2, "Sở Y tế has at least two lines with a target in the 2025 plan")
            let workbook = try await ValueWorkbookTests.template(app, health)
            let last = health.lines.count - 1
            let retiredLine = health.lines[last]
            _ = try await Store(database: app.db).retireIndicator(
                planID: health.planID, indicatorID: retiredLine.line.indicatorID,
                reason: "Trung ương bỏ chỉ tiêu này", basedOnRevision: nil, actor: "quantri")

            let filled = try Workbooks.setting([(health.cell(0), "99.5"), (health.cell(last), "12")], in: workbook)
            try await ValueWorkbookTests.upload(app, filled, name: "so-y-te.xlsx") { response in
                #expect(response.status == .unprocessableEntity, "\(retiredLine.sheetCode) \(retiredLine.line.name) retired: \(response.text)")
                let problems = ValueWorkbookTests.problems(response)
                #expect(problems.count == 1, "\(problems)")
                let named = problems.first ?? ""
                #expect(named.contains("hàng \(8 + last), cột F") && named.contains("thôi theo dõi"),
                        "\(retiredLine.sheetCode) \(retiredLine.line.name): the problem names the cell and says why: \(named)")
            }
        }
    }
}
