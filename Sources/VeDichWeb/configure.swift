import Fluent
import Vapor
import VeDichStore

/// Sets up the server: the database (SQLite file or PostgreSQL), its migrations, errors as JSON
/// with Vietnamese messages, and the routes.
public func configure(_ app: Application, location: DatabaseLocation) async throws {
    try location.configure(databases: app.databases, migrations: app.migrations)
    try await app.autoMigrate()
    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .iso8601
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    ContentConfiguration.global.use(encoder: encoder, for: .json)
    app.middleware = Middlewares()
    app.middleware.use(APIErrorMiddleware())
    if Environment.get("VEDICH_COUNT_QUERIES") == "1" || app.environment == .testing {
        app.middleware.use(QueryCounter())
    }
    app.routes.defaultMaxBodySize = "16mb"
    app.storage[PendingImportsKey.self] = PendingImports()
    app.storage[PlanSnapshotsKey.self] = PlanSnapshots()
    try routes(app)
}

func routes(_ app: Application) throws {
    let api = app.grouped("api")
    api.get("openapi.json") { _ in OpenAPIDocument.response() }
    let v1 = api.grouped("v1")
    v1.get("health") { _ in "ok" }
    try v1.register(collection: PlanController())
    try v1.register(collection: ObservationController())
    try v1.register(collection: ImportController())
    try v1.register(collection: SectionController())

    try app.register(collection: StaticFiles())
    try app.register(collection: PlanPages())
    try app.register(collection: IndicatorPage())
    try app.register(collection: EntryPage())
    try app.register(collection: ImportPage())
    try app.register(collection: ReportDownloads())
    try app.register(collection: SectionsPage())
}

extension Request {
    var store: Store { Store(database: db, snapshots: application.planSnapshots) }

    /// Who made a change. Until log-in exists (issue: accountability), the client may name
    /// itself in `X-VeDich-User`; otherwise "api".
    var actor: String {
        headers.first(name: "X-VeDich-User").flatMap { $0.isEmpty ? nil : String($0.prefix(100)) } ?? "api"
    }

    func uuidParameter(_ name: String, notFound: (String) -> StoreError) throws -> UUID {
        let text = parameters.get(name) ?? ""
        guard let id = UUID(uuidString: text) else { throw notFound(text) }
        return id
    }
}
