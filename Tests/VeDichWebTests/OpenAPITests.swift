import Foundation
import Testing
import Vapor
import VaporTesting
@testable import VeDichWeb

/// The OpenAPI 3.1 document is valid and describes every route the server has, and only those.
struct OpenAPITests {
    @Test func passesOpenAPISpecValidator() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-openapi-\(UUID().uuidString).json")
        try OpenAPIDocument.data.write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-m", "openapi_spec_validator", file.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        process.waitUntilExit()
        let log = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(log)")
        #expect(log.contains("OK"))
    }

    @Test func describesEveryRouteAndOnlyThose() async throws {
        try await TestApp.with(.sqlite, seeded: false) { app in
            let document = try #require(try JSONSerialization.jsonObject(with: OpenAPIDocument.data) as? [String: Any])
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            let documented = Set(paths.flatMap { path, operations in operations.keys.map { "\($0.uppercased()) \(path)" } })
            let served = Set(app.routes.all.filter { $0.path.first?.description == "api" }.map { route in
                "\(route.method.rawValue) /" + route.path.map { component -> String in
                    if case .parameter(let name) = component { return "{\(name)}" }
                    return component.description
                }.joined(separator: "/")
            })
            #expect(served == documented)
            try await app.testing().test(.GET, "/api/openapi.json", headers: app.auth()) { response in
                #expect(response.status == .ok)
                #expect(response.object["openapi"] as? String == "3.1.0")
            }
        }
    }
}
