import Fluent
import Vapor
import VeDichStore

/// Sets up the server: the database (SQLite file or PostgreSQL), its migrations, errors as JSON
/// with Vietnamese messages, and the routes.
public func configure(_ app: Application, location: DatabaseLocation) async throws {
    try location.configure(databases: app.databases, migrations: app.migrations)
    try await app.autoMigrate()
    try await location.prepare(app.databases, on: app.eventLoopGroup, logger: app.logger)
    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .iso8601
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    ContentConfiguration.global.use(encoder: encoder, for: .json)
    app.middleware = Middlewares()
    // Outermost of all: the request id and the timing cover every answer, errors included.
    app.middleware.use(RequestTelemetry())
    // Outermost, so error pages carry them too.
    app.middleware.use(SecurityHeaders())
    app.middleware.use(NoStore())
    app.middleware.use(APIErrorMiddleware())
    if Environment.get("VEDICH_COUNT_QUERIES") == "1" || app.environment == .testing {
        app.middleware.use(QueryCounter())
    }
    // Before Authentication, which reads a form's body for its CSRF field.
    app.middleware.use(BodyLimit())
    app.middleware.use(Authentication())
    // bcrypt's cost 12 is a quarter second per log-in; tests make many accounts.
    app.passwords.use(.bcrypt(cost: app.environment == .testing ? 4 : 12))
    // Uploads and log-in set their own (`BodyLimit`).
    app.routes.defaultMaxBodySize = BodyLimit.form
    app.storage[LoginThrottleKey.self] = LoginThrottle()
    app.storage[StandInHashKey.self] = StandInHash()
    await app.storage.setWithAsyncShutdown(HeavyWorkKey.self, to: HeavyWork(), onShutdown: { await $0.shutdown() })
    app.storage[PdfCacheKey.self] = PdfCache()
    app.storage[PendingImportsKey.self] = PendingImports()
    app.storage[ProvincesKey.self] = Provinces()
    app.storage[PlanSnapshotsKey.self] = PlanSnapshots()
    app.storage[NationalRollupsKey.self] = NationalRollups()
    app.storage[PageCacheKey.self] = PageCache()
    app.storage[NationalPageCacheKey.self] = NationalPageCache()
    // Tests count each request's queries, finding who asks included; the cache's own tests turn it on.
    app.storage[PrincipalCacheKey.self] = PrincipalCache(lifetime: app.environment == .testing ? 0 : PrincipalCache.defaultLifetime)
    try routes(app)
    // After the last route: each gets its latency histogram.
    app.storage[HTTPMetricsKey.self] = HTTPMetrics(routes: app.routes)
}

func routes(_ app: Application) throws {
    // Open to everyone: the API's description, health, the stylesheet, logging in.
    let api = app.grouped("api")
    api.get("openapi.json") { _ in OpenAPIDocument.response() }
    api.grouped("v1").get("health") { _ in "ok" }
    try app.register(collection: MetricsEndpoint())
    try app.register(collection: StaticFiles())
    try app.register(collection: LoginPage())

    // Everything else: a logged-in person who may read the plan or indicator the address names;
    // writes check more in their own collections.
    let people = app.grouped(RequireLogin(), ReadAccess())
    let v1 = people.grouped("api", "v1")
    try v1.register(collection: PlanController())
    try v1.register(collection: PlanAuthoringController())
    try v1.register(collection: ObservationController())
    try v1.register(collection: ImportController())
    try v1.register(collection: SectionController())
    try v1.register(collection: WorkflowController())
    try v1.register(collection: ChangeController())
    try v1.register(collection: DirectionController())
    try v1.register(collection: OutlookController())
    try v1.register(collection: CatalogueController())
    try v1.register(collection: AgencyController())
    try v1.register(collection: AccountController())
    try v1.register(collection: TaskController())
    try v1.register(collection: ExplanationController())
    try v1.register(collection: ExchangeController())
    try v1.register(collection: NationalController())

    try people.register(collection: PlanPages())
    try people.register(collection: IndicatorPage())
    try people.register(collection: EntryPage())
    try people.register(collection: ImportPage())
    try people.register(collection: ReportDownloads())
    try people.register(collection: SectionsPage())
    try people.register(collection: WorkflowPage())
    try people.register(collection: ValueWorkbookPages())
    try people.register(collection: IndicatorForms())
    try people.register(collection: InYearForms())
    try people.register(collection: PlanAuthoringPages())
    try people.register(collection: CataloguePages())
    try people.register(collection: AccountPages())
    try people.register(collection: TaskPages())
    try people.register(collection: ExplanationPages())
    try people.register(collection: NationalPages())
}

extension Request {
    var store: Store { Store(database: db, snapshots: application.planSnapshots) }

    func uuidParameter(_ name: String, notFound: (String) -> StoreError) throws -> UUID {
        let text = parameters.get(name) ?? ""
        guard let id = UUID(uuidString: text) else { throw notFound(text) }
        return id
    }
}
