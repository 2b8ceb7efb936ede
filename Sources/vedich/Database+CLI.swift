import Fluent
import Vapor
import VeDichStore
import VeDichWeb

/// A Vapor application configured on the data folder's database (or `DATABASE_URL`), for the
/// commands that read or write data; shut down when `body` returns.
enum ServerApplication {
    static func with<T>(_ body: (Application) async throws -> T) async throws -> T {
        let app = try await Application.make(Environment(name: "production", arguments: ["vedich"]))
        app.logger.logLevel = .warning
        do {
            try await configure(app, location: .fromEnvironment())
            let result = try await body(app)
            try await app.asyncShutdown()
            return result
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }
}
