import Vapor
import VeDichCore
import VeDichStore

/// `/api/v1/national/…`: the ministry's reads across provinces. Only the ministry's roles (the
/// viewer, and admins) get past `RequireRole`; a province's accounts are refused with 403.
struct NationalController: RouteCollection {
    static let ministry: Set<Role> = [.admin, .viewer]

    func boot(routes: any RoutesBuilder) throws {
        let national = routes.grouped(RequireRole(roles: Self.ministry)).grouped("national")
        national.get("summary", use: summary)
        national.get("indicators", ":code", use: indicator)
        national.get("status", use: status)
    }

    // Each answer kept as sent while the national stamp stays (`NationalPageCache`).
    @Sendable func summary(req: Request) async throws -> Response {
        try await req.nationalData {
            try await req.store.nationalSummary(year: try await req.nationalYear(), version: try req.version(), rollups: req.nationalRollups)
        }
    }

    @Sendable func indicator(req: Request) async throws -> Response {
        try await req.nationalData { try await req.nationalIndicator() }
    }

    @Sendable func status(req: Request) async throws -> Response {
        try await req.nationalData {
            try await req.store.reportingStatus(year: try await req.nationalYear(), version: try req.version(), today: Store.vietnameseDay(Date()),
                                                rollups: req.nationalRollups)
        }
    }
}

extension NationalSummary: Content {}
extension IndicatorAcrossProvinces: Content {}
extension ReportingStatus: Content {}

extension Request {
    /// `?year=`: a year; without it, the newest year some province has an annual plan of.
    func nationalYear() async throws -> Int {
        if let text = query[String.self, at: "year"] {
            guard let year = Int(text), (1990...2100).contains(year) else {
                throw APIError(status: .badRequest, code: "invalid_year", userMessage: UserMessage(
                    what: "Năm “\(text)” không hợp lệ", fix: "Ghi năm bằng bốn chữ số, ví dụ year=2024"))
            }
            return year
        }
        return try await store.annualPlanYears(rollups: nationalRollups).first ?? Calendar(identifier: .gregorian).component(.year, from: Date())
    }

    /// The indicator named by `:code` across provinces; an unknown code is 404.
    func nationalIndicator() async throws -> IndicatorAcrossProvinces {
        let code = parameters.get("code") ?? ""
        do {
            return try await store.nationalIndicator(code: code, year: try await nationalYear(), version: try version(), rollups: nationalRollups)
        } catch let error as NationalError {
            throw error.apiError
        }
    }
}

/// The national views this server keeps between requests (`NationalRollups`).
struct NationalRollupsKey: StorageKey { typealias Value = NationalRollups }

extension Request {
    var nationalRollups: NationalRollups {
        application.storage[NationalRollupsKey.self] ?? {
            let rollups = NationalRollups()
            application.storage[NationalRollupsKey.self] = rollups
            return rollups
        }()
    }
}

extension NationalError {
    /// Every national error names something that is not there.
    var apiError: APIError { APIError(status: .notFound, code: code, userMessage: userMessage) }
}
