import Vapor
import VeDichCore
import VeDichStore

/// `/api/v1/agencies`: a province's sở, ngành and UBND cấp xã; added and renamed by an admin or
/// the province's planning office, every change logged.
struct AgencyController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let agencies = routes.grouped("agencies")
        agencies.get(use: list)
        agencies.post(use: add)
        agencies.patch(":agencyID", use: rename)
    }

    struct NewAgency: Content {
        /// The province's name; the person's own when absent.
        var province: String?
        var name: String
    }

    struct Rename: Content {
        var name: String
        var reason: String?
    }

    @Sendable func list(req: Request) async throws -> [AgencyListing] {
        try await req.store.agencies(provinceID: try await req.managedProvince(named: req.query[String.self, at: "province"]))
    }

    @Sendable func add(req: Request) async throws -> Response {
        // Who asks first: a person who may not add learns that, not what the body lacks.
        _ = try await req.managedProvince(named: nil)
        let body = try req.content.decode(NewAgency.self)
        guard let province = try await req.managedProvince(named: body.province) else {
            throw APIError(status: .badRequest, code: "province_required", userMessage: UserMessage(
                what: "Chưa ghi tỉnh của cơ quan", fix: "Ghi \"province\", ví dụ \"Lạng Sơn\""))
        }
        let agency = try await req.store.addAgency(provinceID: province, name: body.name, actor: req.actor)
        return try await agency.encodeResponse(status: .created, for: req)
    }

    @Sendable func rename(req: Request) async throws -> AgencyListing {
        let agency = try await req.managedAgency(try req.agencyID())
        let body = try req.content.decode(Rename.self)
        try CatalogueController.limit(body.reason)
        return try await req.store.renameAgency(agency.id, to: body.name, reason: body.reason, actor: req.actor)
    }
}
