import Vapor
import VeDichCore
import VeDichStore

/// `/api/v1/plans/{id}/submissions`: each responsible agency's workflow state for a value
/// version, and the steps: submit, approve, return (with a reason), unlock (admin, with a reason).
struct WorkflowController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let submissions = routes.grouped("plans", ":planID", "submissions")
        submissions.get { req in try await req.store.submissions(planID: try req.planID(), version: try req.version()) }
        submissions.post(":agencyID", use: step)
    }

    /// `{ "version": "uoc_ca_nam", "step": "submit|approve|return|unlock", "reason": "…", "based_on_revision": 0,
    ///    "confirm_missing": true }`: submitting while values are missing is 422 with the list
    /// unless `confirm_missing` says the agency sends them anyway.
    struct Step: Content {
        var version: ValueVersion
        var step: SubmissionStep
        var reason: String?
        var basedOnRevision: Int
        var confirmMissing: Bool?

        enum CodingKeys: String, CodingKey {
            case version, step, reason
            case basedOnRevision = "based_on_revision", confirmMissing = "confirm_missing"
        }
    }

    @Sendable func step(req: Request) async throws -> SubmissionInfo {
        let body = try req.content.decode(Step.self)
        guard (body.reason?.count ?? 0) <= 2000 else {
            throw APIError(status: .badRequest, code: "field_too_long", userMessage: UserMessage(
                what: "Lý do quá dài", fix: "Ghi lý do tối đa 2.000 ký tự"))
        }
        return try await Self.take(body.step, req: req, planID: try req.planID(), agencyID: try req.agencyID(),
                                   version: body.version, reason: body.reason, basedOnRevision: body.basedOnRevision,
                                   confirmingMissing: body.confirmMissing ?? false)
    }

    /// Checks who may take the step, then takes it: shared by the API and the workflow page.
    static func take(_ step: SubmissionStep, req: Request, planID: UUID, agencyID: UUID, version: ValueVersion,
                     reason: String?, basedOnRevision: Int, confirmingMissing: Bool = false) async throws -> SubmissionInfo {
        let province = try await req.province(planID: planID)
        switch step {
        case .submit: try req.authorize(.enterValue(province: province, agency: agencyID))
        case .approve, .giveBack: try req.authorize(.approve(province: province))
        case .unlock: try req.authorize(.administer)
        }
        return try await req.store.advance(planID: planID, agencyID: agencyID, version: version, step: step,
                                           reason: reason, basedOnRevision: basedOnRevision, actor: req.actor,
                                           confirmingMissing: confirmingMissing)
    }
}

extension Request {
    func agencyID() throws -> UUID {
        guard let id = parameters.get("agencyID").flatMap(UUID.init(uuidString:)) else {
            throw APIError(status: .notFound, code: "agency_not_found", userMessage: UserMessage(
                what: "Không có cơ quan mã “\(parameters.get("agencyID") ?? "")”", fix: "Xem các cơ quan tại /api/v1/plans/{id}/submissions"))
        }
        return id
    }
}
