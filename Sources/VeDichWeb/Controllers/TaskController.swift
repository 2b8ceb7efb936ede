import Vapor
import VeDichCore
import VeDichStore

extension TaskInfo: Content {}
extension ExplanationInfo: Content {}

/// `/api/v1/plans/{planID}/tasks` (filters `agency`, `status`, `overdue=true`) and
/// `/api/v1/tasks/{taskID}`: the plan's tasks ("nhiệm vụ, giải pháp"). An edit names the revision
/// it started from: a stale one gets 409 with the task as it now stands, a wrong field 422 with a
/// Vietnamese message; nothing is written either way. A task of another province is not found (404).
struct TaskController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("plans", ":planID", "tasks", use: list)
        let task = routes.grouped("tasks", ":taskID")
        task.get { req in try await Self.refusing { try await req.readableTask() } }
        task.patch(use: edit)
    }

    @Sendable func list(req: Request) async throws -> [TaskInfo] {
        let filter = try req.taskFilter()
        return try await Self.refusing { try await req.store.tasks(planID: try req.planID(), filter: filter, today: .today) }
    }

    /// `{ "revision": 1, "title": …, "owner_agency_id": "…" | "", "co_agency_ids": […], "due_date": "2025-09-30" | "",
    /// "status": "dang_thuc_hien", "indicator_ids": […], "note": "…" }`; every field but the revision optional.
    struct TaskPatch: Content {
        var revision: Int?
        var basedOnRevision: Int?
        var title: String?
        var ownerAgencyID: String?
        var coAgencyIDs: [String]?
        var dueDate: String?
        var status: String?
        var indicatorIDs: [String]?
        var note: String?

        enum CodingKeys: String, CodingKey {
            case revision, title, status, note
            case basedOnRevision = "based_on_revision", ownerAgencyID = "owner_agency_id", coAgencyIDs = "co_agency_ids"
            case dueDate = "due_date", indicatorIDs = "indicator_ids"
        }
    }

    struct Conflict: Content {
        var code: String
        var message: String
        var fix: String
        var current: TaskInfo
    }

    @Sendable func edit(req: Request) async throws -> Response {
        let owner = try await req.editableTask()
        let id = try req.taskID()
        let patch: TaskPatch
        do {
            patch = try req.content.decode(TaskPatch.self)
        } catch {
            throw Self.unprocessable(UserMessage(what: "Nội dung sửa nhiệm vụ không đọc được (JSON thiếu hoặc sai kiểu)",
                                                 fix: "Gửi JSON có trường revision và các trường cần sửa"))
        }
        let edit = try Self.edit(patch)
        // A clerk updates progress of the tasks its agency leads; who leads them is the office's call.
        if req.principal?.role == .agencyClerk, edit.owner != nil, edit.owner! != owner.agency {
            throw AuthError.forbidden(UserMessage(what: "Chỉ Sở Tài chính giao lại cơ quan chủ trì", fix: "Báo Sở Tài chính nếu cần đổi cơ quan chủ trì"))
        }
        do {
            let saved = try await Self.refusing { try await req.store.editTask(id, edit, actor: req.actor, today: .today) }
            let response = Response(status: .ok)
            try response.content.encode(saved, as: .json)
            return response
        } catch let error as TaskError {
            guard case .staleRevision = error else { throw error }
            let message = error.userMessage
            let response = Response(status: .conflict)
            try response.content.encode(Conflict(code: error.code, message: message.what, fix: message.fix,
                                                 current: try await req.store.task(id, today: .today)), as: .json)
            return response
        }
    }

    /// The patch as a store edit; an id or status that is not one is refused here, by name.
    static func edit(_ patch: TaskPatch) throws -> TaskEdit {
        guard let revision = patch.revision ?? patch.basedOnRevision else {
            throw unprocessable(UserMessage(what: "Thiếu số bản sửa (revision) của nhiệm vụ",
                                            fix: "Đọc nhiệm vụ tại GET /api/v1/tasks/{id}, gửi kèm revision đang có"))
        }
        var edit = TaskEdit(basedOnRevision: revision, title: patch.title, note: patch.note)
        if let owner = patch.ownerAgencyID { edit.owner = .some(owner.trimmed.isEmpty ? nil : try uuid(owner, what: "cơ quan chủ trì")) }
        if let due = patch.dueDate { edit.dueDate = .some(due.trimmed.isEmpty ? nil : due) }
        if let co = patch.coAgencyIDs { edit.coAgencies = try co.map { try uuid($0, what: "cơ quan phối hợp") } }
        if let indicators = patch.indicatorIDs { edit.indicators = try indicators.map { try uuid($0, what: "chỉ tiêu") } }
        if let status = patch.status {
            guard let value = TaskStatus(rawValue: status) else {
                throw unprocessable(UserMessage(what: "Trạng thái “\(status)” không có",
                                                fix: "Dùng một trong: " + TaskStatus.recordable.map(\.rawValue).joined(separator: ", ")))
            }
            edit.status = value
        }
        return edit
    }

    static func uuid(_ text: String, what: String) throws -> UUID {
        guard let id = UUID(uuidString: text.trimmed) else {
            throw unprocessable(UserMessage(what: "Mã \(what) “\(text)” không đúng dạng", fix: "Dùng mã (id) lấy từ API"))
        }
        return id
    }

    /// A filter in the address is a bad request (400), as the status filter is; a body's field is 422.
    static func filterID(_ text: String, what: String) throws -> UUID {
        guard let id = UUID(uuidString: text.trimmed) else {
            throw APIError(status: .badRequest, code: "invalid_filter",
                           userMessage: UserMessage(what: "Mã \(what) “\(text)” không đúng dạng", fix: "Dùng mã (id) lấy từ API"))
        }
        return id
    }

    static func unprocessable(_ message: UserMessage) -> APIError {
        APIError(status: .unprocessableEntity, code: "invalid_task", userMessage: message)
    }

    /// Task and giải trình refusals as HTTP answers: not found 404, stale 409, invalid 422.
    static func refusing<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as TaskError {
            switch error {
            case .taskNotFound, .explanationNotFound: throw APIError(status: .notFound, code: error.code, userMessage: error.userMessage)
            case .staleRevision: throw error
            case .invalid: throw APIError(status: .unprocessableEntity, code: error.code, userMessage: error.userMessage)
            }
        }
    }
}

extension Request {
    func taskID() throws -> UUID {
        let text = parameters.get("taskID") ?? ""
        guard let id = UUID(uuidString: text) else {
            throw APIError(status: .notFound, code: "task_not_found", userMessage: TaskError.taskNotFound(id: text).userMessage)
        }
        return id
    }

    /// The task, if this person may read its province's data; another province's is not found,
    /// so an id reveals nothing.
    func readableTask() async throws -> TaskInfo {
        let id = try taskID()
        let owner = try await TaskController.refusing { try await store.taskOwner(id) }
        guard may(.read(province: owner.province)) else {
            throw APIError(status: .notFound, code: "task_not_found", userMessage: TaskError.taskNotFound(id: id.uuidString).userMessage)
        }
        return try await store.task(id, today: .today)
    }

    /// Who the task belongs to, once this person is known to be allowed to edit it: 404 for
    /// another province, 403 for a role or agency that may not.
    func editableTask() async throws -> (planID: UUID, province: UUID, agency: UUID?) {
        let id = try taskID()
        let owner = try await TaskController.refusing { try await store.taskOwner(id) }
        guard may(.read(province: owner.province)) else {
            throw APIError(status: .notFound, code: "task_not_found", userMessage: TaskError.taskNotFound(id: id.uuidString).userMessage)
        }
        try authorize(.editTask(province: owner.province, owner: owner.agency))
        return owner
    }

    /// `?agency=ID&status=qua_han&overdue=true`.
    func taskFilter() throws -> TaskFilter {
        var filter = TaskFilter()
        if let agency = query[String.self, at: "agency"], !agency.isEmpty {
            filter.agencyID = try TaskController.filterID(agency, what: "cơ quan")
        }
        if let status = query[String.self, at: "status"], !status.isEmpty {
            guard let value = TaskStatus(rawValue: status) else {
                throw APIError(status: .badRequest, code: "invalid_filter", userMessage: UserMessage(
                    what: "Trạng thái “\(status)” không có", fix: "Dùng một trong: " + TaskStatus.allCases.map(\.rawValue).joined(separator: ", ")))
            }
            filter.status = value
        }
        filter.overdueOnly = ["true", "1", "on"].contains(query[String.self, at: "overdue"] ?? "")
        return filter
    }
}
