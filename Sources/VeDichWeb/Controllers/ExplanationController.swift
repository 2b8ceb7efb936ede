import Vapor
import VeDichCore
import VeDichStore

/// Giải trình: `POST /api/v1/explanations` (a leader or the planning office asks an agency about
/// an indicator or a task), `POST /api/v1/explanations/{id}/answers` (the asked agency answers:
/// its accounts only, others 403, another province 404), `GET /api/v1/plans/{planID}/explanations`
/// (`?agency=ID&open=true`).
struct ExplanationController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("plans", ":planID", "explanations", use: list)
        routes.post("explanations", use: ask)
        routes.post("explanations", ":explanationID", "answers", use: answer)
    }

    @Sendable func list(req: Request) async throws -> [ExplanationInfo] {
        let agency = try req.query[String.self, at: "agency"].flatMap { $0.isEmpty ? nil : try TaskController.filterID($0, what: "cơ quan") }
        let open = ["true", "1", "on"].contains(req.query[String.self, at: "open"] ?? "")
        return try await req.store.explanations(planID: try req.planID(), agencyID: agency, openOnly: open)
    }

    /// `{ "plan_id": "…", "indicator_id": "…" }` or `{ "task_id": "…" }`, with `"question"`, and
    /// `"agency_id"` when another agency than the responsible one is asked.
    struct Ask: Content {
        var planID: String?
        var indicatorID: String?
        var taskID: String?
        var agencyID: String?
        var question: String?

        enum CodingKeys: String, CodingKey {
            case question
            case planID = "plan_id", indicatorID = "indicator_id", taskID = "task_id", agencyID = "agency_id"
        }
    }

    @Sendable func ask(req: Request) async throws -> Response {
        try req.requireAskingRole()
        let body = try req.content.decode(Ask.self)
        func id(_ text: String?, _ what: String) throws -> UUID? {
            guard let text, !text.trimmed.isEmpty else { return nil }
            return try TaskController.uuid(text, what: what)
        }
        let new = NewExplanation(planID: try id(body.planID, "kế hoạch"), indicatorID: try id(body.indicatorID, "chỉ tiêu"),
                                 taskID: try id(body.taskID, "nhiệm vụ"), agencyID: try id(body.agencyID, "cơ quan"),
                                 question: body.question ?? "")
        let saved = try await req.askExplanation(new)
        let response = Response(status: .created)
        try response.content.encode(saved, as: .json)
        return response
    }

    /// `{ "text": "…" }`.
    struct Answer: Content { var text: String? }

    @Sendable func answer(req: Request) async throws -> Response {
        let id = try req.explanationID()
        try await req.authorizeAnswer(id)
        let body = try req.content.decode(Answer.self)
        let saved = try await TaskController.refusing { try await req.store.answerExplanation(id, text: body.text ?? "", actor: req.actor) }
        let response = Response(status: .created)
        try response.content.encode(saved, as: .json)
        return response
    }
}

extension Request {
    func explanationID() throws -> UUID {
        let text = parameters.get("explanationID") ?? ""
        guard let id = UUID(uuidString: text) else {
            throw APIError(status: .notFound, code: "explanation_not_found", userMessage: TaskError.explanationNotFound(id: text).userMessage)
        }
        return id
    }

    /// Asks, when this person may ask in the province of what is asked about; another
    /// province's plan, task or indicator is not found (404).
    /// Refused by role before anything is read: a clerk or the ministry learns nothing of the request.
    func requireAskingRole() throws {
        let principal = try requirePrincipal()
        guard [.admin, .planner, .approver].contains(principal.role) else {
            throw AuthError.forbidden(UserMessage(what: "Chỉ lãnh đạo Sở hoặc Sở Tài chính được yêu cầu giải trình",
                                                  fix: "Đề nghị lãnh đạo hoặc chuyên viên Sở Tài chính gửi yêu cầu"))
        }
    }

    func askExplanation(_ new: NewExplanation) async throws -> ExplanationInfo {
        try requireAskingRole()
        // The province of the task or plan named comes first: another province's is not found,
        // whatever else is wrong with the request (a task without an owner, an indicator not in
        // that plan), so its answers tell nothing of what that province holds.
        let named: UUID? = try await TaskController.refusing {
            do {
                if let task = new.taskID { return try await store.taskOwner(task).province }
                if let plan = new.planID { return try await store.provinceID(planID: plan) }
                return nil
            } catch StoreError.planNotFound {
                return nil
            }
        }
        if let named, !may(.read(province: named)) { throw Self.notFoundHere }
        let target = try await TaskController.refusing {
            do { return try await store.explanationTarget(new) } catch StoreError.planNotFound(let id) {
                throw APIError(status: .notFound, code: "plan_not_found", userMessage: StoreError.planNotFound(id: id).userMessage)
            } catch StoreError.indicatorNotInPlan(let indicator, let plan) {
                throw APIError(status: .unprocessableEntity, code: "indicator_not_in_plan",
                               userMessage: StoreError.indicatorNotInPlan(indicator: indicator, plan: plan).userMessage)
            }
        }
        guard may(.read(province: target.province)) else { throw Self.notFoundHere }
        try authorize(.askExplanation(province: target.province))
        return try await TaskController.refusing { try await store.askExplanation(new, actor: actor) }
    }

    static var notFoundHere: APIError {
        APIError(status: .notFound, code: "not_found", userMessage: UserMessage(
            what: "Không có kế hoạch, chỉ tiêu hay nhiệm vụ này", fix: "Chọn lại từ danh sách của tỉnh mình"))
    }

    /// Only the asked agency's accounts answer (and an admin); another province's request is not found.
    func authorizeAnswer(_ id: UUID) async throws {
        let owner = try await TaskController.refusing { try await store.explanationOwner(id) }
        guard may(.read(province: owner.province)) else {
            throw APIError(status: .notFound, code: "explanation_not_found", userMessage: TaskError.explanationNotFound(id: id.uuidString).userMessage)
        }
        try authorize(.answerExplanation(province: owner.province, agency: owner.agency))
    }
}
