import Vapor
import VeDichCore
import VeDichStore

/// `/api/v1/plans`: plans, their indicators and targets, and their live evaluation (JSON, CSV).
struct PlanController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let plans = routes.grouped("plans")
        plans.get { try await $0.readablePlans() }
        let plan = plans.grouped(":planID")
        plan.get { req in try await req.store.plan(try req.planID()) }
        plan.get("indicators") { req in try await req.store.indicators(planID: try req.planID()) }
        plan.get("targets") { req in try await req.store.targets(planID: try req.planID()) }
        plan.get("evaluation", use: evaluation)
        plan.get("evaluation.csv") { req -> Response in
            let writer = try CSVWriter.requested(by: req)
            let snapshot = try await req.store.snapshot(planID: try req.planID())
            let evaluation = snapshot.evaluation(try req.version())
            return CSVWriter.response(EvaluationCSV.render(evaluation, previous: snapshot.previous, with: writer),
                                      name: "danh-gia-\(evaluation.plan.startYear)-\(evaluation.plan.endYear)")
        }
    }

    /// The evaluation as JSON, encoded once per snapshot and version: encoding took more than
    /// a third of the request.
    @Sendable func evaluation(req: Request) async throws -> Response {
        let version = try req.version()
        let snapshot = try await req.planSnapshot(try req.planID())
        let body = try snapshot.renderings.value("evaluation.json?version=\(version.rawValue)") {
            var buffer = ByteBuffer()
            var headers = HTTPHeaders()
            try ContentConfiguration.global.requireEncoder(for: .json).encode(snapshot.evaluation(version), to: &buffer, headers: &headers)
            return buffer
        }
        let response = Response(status: .ok, body: .init(buffer: body))
        response.headers.contentType = .json
        return response
    }
}

extension Request {
    func planID() throws -> UUID { try uuidParameter("planID") { .planNotFound(id: $0) } }

    /// `?version=uoc_ca_nam` (the default), `uoc_6_thang`, `so_bo`, `chinh_thuc`.
    func version() throws -> ValueVersion {
        // No query string, no version: the default, without Vapor's form decoder, which decoding
        // an empty query cost a fifth of serving a kept page (perf, `make bench`).
        guard let query = url.query, !query.isEmpty else { return .fullYearEstimate }
        guard let text = self.query[String.self, at: "version"] else { return .fullYearEstimate }
        guard let version = ValueVersion(rawValue: text) else {
            throw APIError(status: .badRequest, code: "invalid_version", userMessage: UserMessage(
                what: "Loại số liệu “\(text)” không có",
                fix: "Dùng một trong: " + ValueVersion.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        return version
    }
}
