import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import VeDichStore
import VeDichWeb
import VeDichImport
import SQLKit

/// The two engines every API test runs on.
enum Engine: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite, postgres
    var testDescription: String { rawValue }
}

/// A server on a fresh database of its own: an SQLite file in a temp folder, or a PostgreSQL
/// schema made for the test and dropped after it.
enum TestApp {
    static let seedURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("VeDichImportTests/Fixtures/lang-son-2025.txt")

    static var postgresURL: String {
        get throws {
            guard let url = ProcessInfo.processInfo.environment["VEDICH_TEST_POSTGRES_URL"], !url.isEmpty else {
                throw SetupError(description: "VEDICH_TEST_POSTGRES_URL chưa đặt: chạy `make test`, hoặc `export VEDICH_TEST_POSTGRES_URL=$(bash scripts/postgres.sh)`")
            }
            return url
        }
    }

    struct SetupError: Error, CustomStringConvertible { var description: String }

    static func with(_ engine: Engine, seeded: Bool = true, _ body: (Application) async throws -> Void) async throws {
        let location: DatabaseLocation
        var schema: String?
        switch engine {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-web-\(UUID().uuidString)")
            location = .sqlite(path: folder.appendingPathComponent("vedich.sqlite").path)
        case .postgres:
            let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
            try await execute(on: try postgresURL, "CREATE SCHEMA \(name)")
            schema = name
            location = .postgres(url: try postgresURL, searchPath: name)
        }
        let app = try await Application.make(.testing)
        app.logger.logLevel = .error
        do {
            try await configure(app, location: location)
            if seeded {
                let report = try Auditor().audit(contentsOf: seedURL)
                _ = try await ReportImporter(database: app.db).apply(report, province: "Lạng Sơn", recordedBy: "test")
            }
            try await People.make(app, province: seeded ? "Lạng Sơn" : nil)
            try await body(app)
        } catch {
            try? await app.asyncShutdown()
            if let schema { try? await execute(on: try postgresURL, "DROP SCHEMA \(schema) CASCADE") }
            throw error
        }
        try await app.asyncShutdown()
        if let schema { try await execute(on: try postgresURL, "DROP SCHEMA \(schema) CASCADE") }
    }

    /// One statement on the test database, outside any test's schema.
    static func execute(on url: String, _ statement: String) async throws {
        let app = try await Application.make(.testing)
        app.logger.logLevel = .error
        do {
            try DatabaseLocation.postgres(url: url).configure(databases: app.databases, migrations: Migrations())
            try await (app.db as! any SQLDatabase).raw(SQLQueryString(statement)).run()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}
