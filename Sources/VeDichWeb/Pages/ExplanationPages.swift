import Foundation
import Vapor
import VeDichCore
import VeDichStore

/// Giải trình in the browser: the plan's requests with their threads (`/plans/{id}/explanations`,
/// `?agency=ID&open=true`), a leader's form to ask about an indicator or a task, and the asked
/// agency's form to answer under each open request.
struct ExplanationPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("plans", ":planID", "explanations", use: list)
        routes.post("plans", ":planID", "explanations", use: ask)
        routes.post("explanations", ":explanationID", "answer", use: answer)
    }

    @Sendable func list(req: Request) async throws -> Response {
        let planID = try req.planID()
        let plan = try await req.store.plan(planID)
        let province = try await req.province(planID: planID)
        let agency = try req.query[String.self, at: "agency"].flatMap { $0.isEmpty ? nil : try TaskController.uuid($0, what: "cơ quan") }
        let openOnly = req.query[String.self, at: "open"] == "true"
        let threads = try await req.store.explanations(planID: planID, agencyID: agency, openOnly: openOnly)
        let indicators = try await req.store.indicators(planID: planID)
        let people = try await PeopleNames.load(req)
        let asked = req.query[String.self, at: "done"]
        return Layout.page(req, "Yêu cầu giải trình — \(plan.title)") {
            el("h1") { "Yêu cầu giải trình: \(plan.title)" }
            el("p") {
                el("a", ["href": "/plans/\(planID.uuidString)"]) { "Tổng quan" }
                " · "
                el("a", ["href": "/plans/\(planID.uuidString)/tasks"]) { "Nhiệm vụ, giải pháp" }
                " · "
                el("a", ["href": "/plans/\(planID.uuidString)/explanations?open=true"]) { "Chỉ yêu cầu chưa trả lời" }
            }
            if asked == "ask" { el("p", ["class": "notice", "role": "status"]) { "Đã gửi yêu cầu giải trình." } }
            if asked == "answer" { el("p", ["class": "notice", "role": "status"]) { "Đã gửi nội dung giải trình." } }
            Self.threads(threads, req: req, province: province, people: people, emptyText: "Chưa có yêu cầu giải trình nào.")
            if req.may(.askExplanation(province: province)) {
                Self.askForm(req, planID: planID, hidden: [], heading: "Yêu cầu giải trình về một chỉ tiêu") {
                    el("p") {
                        el("label", ["for": "e_indicator"]) { "Chỉ tiêu" }
                        el("select", ["id": "e_indicator", "name": "indicator_id"]) {
                            for indicator in indicators { el("option", ["value": indicator.id.uuidString]) { "\(indicator.code) \(indicator.name)" } }
                        }
                        el("span", ["class": "muted"]) { " Gửi tới cơ quan phụ trách chỉ tiêu." }
                    }
                }
            }
        }
    }

    struct AskForm: Content {
        var indicator_id: String?
        var task_id: String?
        var question: String?
    }

    @Sendable func ask(req: Request) async throws -> Response {
        let planID = try req.planID()
        try req.requireAskingRole()
        let form = try req.content.decode(AskForm.self)
        let new = NewExplanation(planID: planID,
                                 indicatorID: form.indicator_id.flatMap { UUID(uuidString: $0) },
                                 taskID: form.task_id.flatMap { UUID(uuidString: $0) }, question: form.question ?? "")
        let back = new.taskID.map { "/tasks/\($0.uuidString)" } ?? "/plans/\(planID.uuidString)/explanations"
        do {
            _ = try await req.askExplanation(new)
        } catch let error as APIError where error.status == .unprocessableEntity {
            return Self.refused(req, error.userMessage, back: back)
        }
        return req.redirect(to: new.taskID == nil ? "\(back)?done=ask" : "\(back)?asked=1", redirectType: .normal)
    }

    @Sendable func answer(req: Request) async throws -> Response {
        let id = try req.explanationID()
        try await req.authorizeAnswer(id)
        let text = try req.content.get(String.self, at: "text")
        let owner = try await req.store.explanationOwner(id)
        let back = "/plans/\(owner.planID.uuidString)/explanations"
        do {
            _ = try await TaskController.refusing { try await req.store.answerExplanation(id, text: text, actor: req.actor) }
        } catch let error as APIError where error.status == .unprocessableEntity {
            return Self.refused(req, error.userMessage, back: back)
        }
        return req.redirect(to: "\(back)?done=answer#e-\(id.uuidString)", redirectType: .normal)
    }

    static func refused(_ req: Request, _ message: UserMessage, back: String) -> Response {
        let response = Layout.page(req, "Chưa gửi") {
            el("h1") { "Chưa gửi" }
            el("p", ["class": "alert", "role": "alert"]) { "\(message.what). \(message.fix)." }
            el("p") { el("a", ["href": back]) { "Quay lại" } }
        }
        response.status = .unprocessableEntity
        return response
    }

    // MARK: Parts shared with the task page and the entry page

    /// The threads, each with its answers and, for the asked agency's accounts, a form to answer.
    static func threads(_ threads: [ExplanationInfo], req: Request, province: UUID, people: PeopleNames, emptyText: String? = nil) -> HTML {
        .fragment([
            el("h2") { "Giải trình" },
            threads.isEmpty
                ? el("p", ["class": "muted"]) { emptyText ?? "Chưa có yêu cầu giải trình." }
                : .fragment(threads.map { thread($0, req: req, province: province, people: people) }),
        ])
    }

    static func thread(_ thread: ExplanationInfo, req: Request, province: UUID, people: PeopleNames) -> HTML {
        el("article", ["class": thread.isOpen ? "explanation open" : "explanation", "id": "e-\(thread.id.uuidString)"]) {
            el("h3") { "\(thread.subject) — \(thread.agency.name)" + (thread.isOpen ? " (chưa trả lời)" : "") }
            el("p", ["class": "question"]) {
                el("strong") { "\(people[thread.askedBy]), \(time(thread.askedAt)): " }
                thread.question
            }
            for answer in thread.answers {
                el("p", ["class": "answer"]) {
                    el("strong") { "\(people[answer.answeredBy]), \(time(answer.answeredAt)): " }
                    answer.text
                }
            }
            if req.may(.answerExplanation(province: province, agency: thread.agency.id)) {
                el("form", ["method": "post", "action": "/explanations/\(thread.id.uuidString)/answer", "class": "answer-form"]) {
                    Layout.csrfField(req)
                    el("label", ["for": "a-\(thread.id.uuidString)"]) { thread.isOpen ? "Nội dung giải trình" : "Giải trình thêm" }
                    el("textarea", ["id": "a-\(thread.id.uuidString)", "name": "text", "rows": "3", "class": "prose"]) { "" }
                    el("button", ["type": "submit"]) { "Gửi giải trình" }
                }
            }
        }
    }

    static func askForm(_ req: Request, planID: UUID, hidden: [(String, String)], heading: String,
                        @HTMLBuilder fields: () -> [HTML] = { [] }) -> HTML {
        el("form", ["method": "post", "action": "/plans/\(planID.uuidString)/explanations", "class": "ask-form"]) {
            el("h2") { heading }
            Layout.csrfField(req)
            for (name, value) in hidden { el("input", ["type": "hidden", "name": name, "value": value]) }
            fields()
            el("p") {
                el("label", ["for": "e_question"]) { "Nội dung cần giải trình" }
                el("textarea", ["id": "e_question", "name": "question", "rows": "3", "class": "prose"]) { "" }
            }
            el("p") { el("button", ["type": "submit"]) { "Gửi yêu cầu giải trình" } }
        }
    }

    /// "29/11/2026 14:05", Việt Nam time.
    static func time(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "dd/MM/yyyy HH:mm"
        formatter.timeZone = TimeZone(secondsFromGMT: 7 * 3600)
        return formatter.string(from: date)
    }
}
