import Foundation
import Testing
import Vapor
import VaporTesting
import VeDichStore
@testable import VeDichWeb

/// The account form is used in the browser and the API as well as the command line: a clerk
/// without an agency is refused with a fix a person at a browser can follow, not a CLI flag.
@Suite(.serialized) struct AccountMessageTests {
    @Test(arguments: Engine.allCases)
    func aClerkWithoutAnAgencyIsRefusedWithAFixThatNamesNoCommandLineFlag(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let clerk = #"{"login": "soyte-3", "display_name": "Nguyễn Văn C", "email": "", "role": "agency_clerk", "agency": ""}"#
            try await AccountAdminTests.send(app, .POST, "/api/v1/users", clerk, headers: app.auth(.planner)) { response in
                #expect(response.status == .badRequest, "\(response.text)")
                let fix = response.object["fix"] as? String ?? ""
                #expect(!fix.isEmpty && !fix.contains("--"), "the fix speaks to the browser, not the CLI: \(fix)")
            }
        }
    }
}
