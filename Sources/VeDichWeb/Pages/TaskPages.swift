import Foundation
import Vapor
import VeDichCore
import VeDichStore

/// The plan's tasks ("nhiệm vụ, giải pháp"): the list with its filters (`/plans/{id}/tasks`), one
/// task with its form, progress history and giải trình threads (`/tasks/{id}`), and the office's
/// two buttons: read the tasks from the report, write the report's tasks section from them.
struct TaskPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("plans", ":planID", "tasks", use: list)
        let editors = routes.grouped(PlanAccess(need: .edit))
        editors.post("plans", ":planID", "tasks", "read", use: read)
        editors.post("plans", ":planID", "tasks", "section", use: writeSection)
        routes.get("tasks", ":taskID", use: show)
        routes.post("tasks", ":taskID", use: save)
    }

    // MARK: List

    @Sendable func list(req: Request) async throws -> Response {
        let planID = try req.planID()
        let plan = try await req.store.plan(planID)
        let filter = try req.taskFilter()
        let tasks = try await req.store.tasks(planID: planID, filter: filter, today: .today)
        let agencies = try await req.store.agencies(provinceID: try await req.province(planID: planID))
        let mayEdit = try await PlanPermissions.of(req, planID: planID).mayEdit
        let base = "/plans/\(planID.uuidString)"
        let agencyName = filter.agencyID.flatMap { id in agencies.first { $0.id == id }?.name }
        let notice: String? = switch req.query[String.self, at: "done"] {
        case "read": "Đã đọc nhiệm vụ từ nội dung báo cáo (chỉ thêm nhiệm vụ mới, không sửa nhiệm vụ đã có)."
        default: nil
        }
        return Layout.page(req, "Nhiệm vụ, giải pháp — \(plan.title)") {
            el("h1") { "Nhiệm vụ, giải pháp: \(plan.title)" + (agencyName.map { " — \($0)" } ?? "") }
            el("p") {
                el("a", ["href": base]) { "Tổng quan" }
                " · "
                el("a", ["href": "\(base)/explanations"]) { "Yêu cầu giải trình" }
                " · "
                el("a", ["href": "\(base)/sections"]) { "Nội dung báo cáo" }
            }
            if let notice { el("p", ["class": "notice", "role": "status"]) { notice } }
            el("form", ["method": "get", "action": "\(base)/tasks", "class": "filters"]) {
                el("label", ["for": "f_agency"]) { "Cơ quan" }
                el("select", ["id": "f_agency", "name": "agency"]) {
                    el("option", ["value": ""]) { "Tất cả" }
                    for agency in agencies {
                        el("option", attributes: [("value", agency.id.uuidString), ("selected", agency.id == filter.agencyID ? "selected" : nil)]) { agency.name }
                    }
                }
                el("label", ["for": "f_status"]) { "Trạng thái" }
                el("select", ["id": "f_status", "name": "status"]) {
                    el("option", ["value": ""]) { "Tất cả" }
                    for status in TaskStatus.allCases {
                        el("option", attributes: [("value", status.rawValue), ("selected", status == filter.status ? "selected" : nil)]) { status.label }
                    }
                }
                el("label") {
                    el("input", attributes: [("type", "checkbox"), ("name", "overdue"), ("value", "true"), ("checked", filter.overdueOnly ? "checked" : nil)])
                    " Chỉ nhiệm vụ quá hạn"
                }
                el("button", ["type": "submit"]) { "Lọc" }
            }
            if tasks.isEmpty {
                el("p", ["id": "no-tasks"]) {
                    filter.agencyID == nil && filter.status == nil && !filter.overdueOnly
                        ? "Kế hoạch này chưa có nhiệm vụ. Nhiệm vụ được đọc từ mục “Nhiệm vụ, giải pháp” của báo cáo khi nhập."
                        : "Không có nhiệm vụ nào khớp bộ lọc."
                }
            } else {
                el("table", ["class": "tasks"]) {
                    el("caption") { "\(tasks.count) nhiệm vụ" + (tasks.filter(\.isOverdue).isEmpty ? "" : ", \(tasks.filter(\.isOverdue).count) quá hạn") }
                    el("thead") { el("tr") {
                        el("th", ["scope": "col"]) { "TT" }
                        el("th", ["scope": "col"]) { "Nhiệm vụ" }
                        el("th", ["scope": "col"]) { "Chủ trì" }
                        el("th", ["scope": "col"]) { "Thời hạn" }
                        el("th", ["scope": "col"]) { "Trạng thái" }
                    } }
                    el("tbody") {
                        for task in tasks {
                            el("tr", ["class": task.isOverdue ? "overdue" : ""]) {
                                el("td") { String(task.number) }
                                el("td") { el("a", ["href": "/tasks/\(task.id.uuidString)"]) { task.title } }
                                el("td") { task.owner?.name ?? "Chưa giao" }
                                el("td") { task.due?.display ?? "—" }
                                el("td", ["class": "status-\(task.status.rawValue)"]) { task.status.label }
                            }
                        }
                    }
                }
            }
            if mayEdit {
                el("section", ["class": "office-actions"]) {
                    el("h2") { "Việc của Sở Tài chính" }
                    el("form", ["method": "post", "action": "\(base)/tasks/read"]) {
                        Layout.csrfField(req)
                        el("button", ["type": "submit"]) { "Đọc nhiệm vụ từ nội dung báo cáo" }
                    }
                    el("form", ["method": "post", "action": "\(base)/tasks/section"]) {
                        Layout.csrfField(req)
                        el("button", ["type": "submit"]) { "Viết mục nhiệm vụ của báo cáo từ danh sách này" }
                        el("span", ["class": "muted"]) { " Nội dung mới thành một bản sửa của mục, xem lại ở trang Nội dung báo cáo trước khi tải báo cáo." }
                    }
                }
            }
        }
    }

    @Sendable func read(req: Request) async throws -> Response {
        let planID = try req.planID()
        _ = try await req.store.readTasks(planID: planID, actor: req.actor)
        return req.redirect(to: "/plans/\(planID.uuidString)/tasks?done=read", redirectType: .normal)
    }

    /// Fills the tasks section with the tasks as they stand, as one more revision of the section.
    @Sendable func writeSection(req: Request) async throws -> Response {
        let planID = try req.planID()
        guard let key = try await req.store.tasksSectionKey(planID: planID) else {
            return Layout.page(req, "Chưa có mục nhiệm vụ") {
                el("h1") { "Báo cáo chưa có mục “Nhiệm vụ, giải pháp”" }
                el("p", ["class": "alert", "role": "alert"]) { "Nhập báo cáo có mục nhiệm vụ, giải pháp trước, rồi viết lại mục đó từ danh sách nhiệm vụ." }
                el("p") { el("a", ["href": "/plans/\(planID.uuidString)/tasks"]) { "Về danh sách nhiệm vụ" } }
            }
        }
        let section = try await req.store.section(planID: planID, key: key)
        let text = try await req.store.tasksSectionText(planID: planID, today: .today)
        _ = try await req.store.editSection(SectionDraft(planID: planID, key: key, text: text, basedOnRevision: section.revision, recordedBy: req.actor))
        return req.redirect(to: "/plans/\(planID.uuidString)/sections?saved=\(key)#\(key)", redirectType: .normal)
    }

    // MARK: One task

    @Sendable func show(req: Request) async throws -> Response {
        let task = try await req.readableTask()
        let notice: String? = req.query[String.self, at: "asked"] != nil ? "Đã gửi yêu cầu giải trình."
            : req.query[String.self, at: "saved"] != nil ? "Đã lưu." : nil
        return try await render(req, task: task, notice: notice)
    }

    /// The form: title, owner, co-agencies, due date, status, indicators served, a progress note.
    struct Form: Content {
        var revision: Int?
        var title: String?
        var owner: String?
        var co: [String]?
        var due: String?
        var status: String?
        var indicators: [String]?
        var note: String?
    }

    @Sendable func save(req: Request) async throws -> Response {
        let owner = try await req.editableTask()
        let id = try req.taskID()
        let form = try req.content.decode(Form.self)
        let isOffice = req.principal?.role != .agencyClerk
        // A clerk's form carries only what a clerk may change: status, due date's progress, notes.
        let patch = TaskController.TaskPatch(revision: form.revision, title: isOffice ? form.title : nil,
                                             ownerAgencyID: isOffice ? (form.owner ?? "") : nil,
                                             coAgencyIDs: isOffice ? (form.co ?? []) : nil, dueDate: isOffice ? (form.due ?? "") : nil,
                                             status: form.status, indicatorIDs: isOffice ? (form.indicators ?? []) : nil, note: form.note)
        do {
            let edit = try TaskController.edit(patch)
            _ = try await TaskController.refusing { try await req.store.editTask(id, edit, actor: req.actor, today: .today) }
        } catch let error as APIError {
            let task = try await req.store.task(id, today: .today)
            return try await render(req, task: task, alert: "Chưa lưu: \(error.userMessage.what). \(error.userMessage.fix).", status: error.status)
        } catch let error as TaskError {
            let task = try await req.store.task(id, today: .today)
            return try await render(req, task: task, alert: "Chưa lưu: \(error.userMessage.what). \(error.userMessage.fix).", status: .conflict)
        }
        _ = owner
        return req.redirect(to: "/tasks/\(id.uuidString)?saved=1", redirectType: .normal)
    }

    func render(_ req: Request, task: TaskInfo, notice: String? = nil, alert: String? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        let plan = try await req.store.plan(task.planID)
        let province = try await req.province(planID: task.planID)
        let agencies = try await req.store.agencies(provinceID: province)
        let indicators = try await req.store.indicators(planID: task.planID)
        let threads = try await req.store.explanations(planID: task.planID, taskID: task.id)
        let people = try await PeopleNames.load(req)
        let mayEdit = req.may(.editTask(province: province, owner: task.owner?.id))
        let isOffice = mayEdit && req.principal?.role != .agencyClerk
        let mayAsk = req.may(.askExplanation(province: province))
        let response = Layout.page(req, "Nhiệm vụ \(task.number) — \(plan.title)") {
            el("h1") { "Nhiệm vụ \(task.number). \(task.title)" }
            el("p") {
                el("a", ["href": "/plans/\(plan.id.uuidString)/tasks"]) { "Nhiệm vụ của \(plan.title)" }
                if let owner = task.owner {
                    " · "
                    el("a", ["href": "/plans/\(plan.id.uuidString)/tasks?agency=\(owner.id.uuidString)"]) { "Nhiệm vụ của \(owner.name)" }
                }
            }
            if let notice { el("p", ["class": "notice", "role": "status"]) { notice } }
            if let alert { el("p", ["class": "alert", "role": "alert"]) { alert } }
            el("dl", ["class": "task-facts"]) {
                el("dt") { "Trạng thái" }
                el("dd", ["id": "task-status", "class": "status-\(task.status.rawValue)"]) {
                    task.status.label + (task.isOverdue ? " (đã qua thời hạn, ghi nhận: \(task.recordedStatus.label.lowercased()))" : "")
                }
                el("dt") { "Cơ quan chủ trì" }
                el("dd") { task.owner?.name ?? "Chưa giao" }
                el("dt") { "Cơ quan phối hợp" }
                el("dd") { task.coAgencies.isEmpty ? "—" : task.coAgencies.map(\.name).joined(separator: ", ") }
                el("dt") { "Thời hạn" }
                el("dd") { task.due?.display ?? "Chưa đặt" }
                el("dt") { "Chỉ tiêu phục vụ" }
                el("dd") { task.indicators.isEmpty ? "—" : task.indicators.map { "\($0.code) \($0.name)" }.joined(separator: "; ") }
            }
            el("details") {
                el("summary") { "Nội dung trong báo cáo" }
                for paragraph in task.text.split(separator: "\n") { el("p") { String(paragraph) } }
            }
            if mayEdit {
                el("form", ["method": "post", "action": "/tasks/\(task.id.uuidString)", "class": "task-edit"]) {
                    Layout.csrfField(req)
                    el("input", ["type": "hidden", "name": "revision", "value": String(task.revision)])
                    if isOffice {
                        el("p") {
                            el("label", ["for": "t_title"]) { "Tên nhiệm vụ" }
                            el("input", ["id": "t_title", "name": "title", "value": task.title, "size": "80"])
                        }
                        el("p") {
                            el("label", ["for": "t_owner"]) { "Cơ quan chủ trì" }
                            el("select", ["id": "t_owner", "name": "owner"]) {
                                el("option", ["value": ""]) { "Chưa giao" }
                                for agency in agencies {
                                    el("option", attributes: [("value", agency.id.uuidString), ("selected", agency.id == task.owner?.id ? "selected" : nil)]) { agency.name }
                                }
                            }
                        }
                        el("fieldset") {
                            el("legend") { "Cơ quan phối hợp" }
                            for agency in agencies {
                                el("label", ["class": "choice"]) {
                                    el("input", attributes: [("type", "checkbox"), ("name", "co[]"), ("value", agency.id.uuidString),
                                                             ("checked", task.coAgencies.contains { $0.id == agency.id } ? "checked" : nil)])
                                    " \(agency.name)"
                                }
                            }
                        }
                        el("p") {
                            el("label", ["for": "t_due"]) { "Thời hạn" }
                            el("input", ["id": "t_due", "name": "due", "type": "date", "value": task.dueDate ?? ""])
                        }
                    }
                    el("p") {
                        el("label", ["for": "t_status"]) { "Trạng thái" }
                        el("select", ["id": "t_status", "name": "status"]) {
                            for status in TaskStatus.recordable {
                                el("option", attributes: [("value", status.rawValue), ("selected", status == task.recordedStatus ? "selected" : nil)]) { status.label }
                            }
                        }
                        el("span", ["class": "muted"]) { " “Quá hạn” tự hiện khi chưa xong mà đã qua thời hạn." }
                    }
                    if isOffice {
                        el("details") {
                            el("summary") { "Chỉ tiêu nhiệm vụ phục vụ (\(task.indicators.count))" }
                            for indicator in indicators {
                                el("label", ["class": "choice"]) {
                                    el("input", attributes: [("type", "checkbox"), ("name", "indicators[]"), ("value", indicator.id.uuidString),
                                                             ("checked", task.indicators.contains { $0.id == indicator.id } ? "checked" : nil)])
                                    " \(indicator.code) \(indicator.name)"
                                }
                            }
                        }
                    }
                    el("p") {
                        el("label", ["for": "t_note"]) { "Ghi chú tiến độ (thêm vào lịch sử, không sửa ghi chú cũ)" }
                        el("textarea", ["id": "t_note", "name": "note", "rows": "3", "class": "prose"]) { "" }
                    }
                    el("p") { el("button", ["type": "submit"]) { "Lưu nhiệm vụ" } }
                }
            }
            el("h2") { "Tiến độ" }
            if task.notes.isEmpty {
                el("p", ["class": "muted"]) { "Chưa có ghi chú tiến độ." }
            } else {
                el("ol", ["class": "task-notes"]) {
                    for note in task.notes.reversed() {
                        el("li") { "\(ExplanationPages.time(note.recordedAt)), \(people[note.recordedBy]): \(note.text)" }
                    }
                }
            }
            ExplanationPages.threads(threads, req: req, province: province, people: people)
            if mayAsk, let owner = task.owner {
                ExplanationPages.askForm(req, planID: plan.id, hidden: [("task_id", task.id.uuidString)],
                                         heading: "Yêu cầu \(owner.name) giải trình về nhiệm vụ này")
            }
        }
        response.status = status
        return response
    }
}
