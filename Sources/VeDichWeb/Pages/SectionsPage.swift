import Foundation
import Vapor
import VeDichCore
import VeDichStore

/// The prose of a plan's report, section by section (assessment, causes, lessons, tasks,
/// recommendations), each with a form to edit it and its history. A save adds a revision on top
/// of the one the person saw; a refused one keeps what they typed and says why, next to the field.
struct SectionsPage: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("plans", ":planID", "sections", use: show)
        routes.grouped(PlanAccess(need: .edit)).post("plans", ":planID", "sections", ":key", use: save)
    }

    /// What to show in one section's form after a refused save.
    struct Refusal {
        var key: String
        var typed: String
        var error: String
        /// Set when someone saved in between: the revision now current, for the next save.
        var current: ReportSectionInfo?
    }

    @Sendable func show(req: Request) async throws -> Response {
        let saved = req.query[String.self, at: "saved"]
        return try await render(req, refusal: nil, notice: saved.map { _ in "Đã lưu. Báo cáo tải về từ bây giờ dùng nội dung mới." })
    }

    @Sendable func save(req: Request) async throws -> Response {
        let planID = try req.planID()
        let key = try req.sectionKey()
        let form = try req.content.decode([String: String].self)
        let typed = form["text"] ?? ""
        guard let revision = form["revision"].flatMap({ Int($0) }) else { throw Abort(.badRequest) }
        do {
            let draft = SectionDraft(planID: planID, key: key, text: typed, basedOnRevision: revision, recordedBy: req.actor)
            _ = try await req.store.editSection(draft)
        } catch let error as SectionError {
            let message = error.userMessage
            switch error {
            case .sectionNotFound:
                throw Abort(.notFound)
            case .staleRevision:
                let current = try await req.store.section(planID: planID, key: key)
                return try await render(req, refusal: Refusal(key: key, typed: typed, error: "Chưa lưu: \(message.what). \(message.fix).", current: current),
                                        status: .conflict,
                                        alert: "Chưa lưu: có người đã sửa mục này trong lúc bạn soạn. Nội dung bạn gõ vẫn còn trong ô; nội dung hiện tại hiển thị ngay bên dưới.")
            case .textTooLong, .unprintableCharacter:
                return try await render(req, refusal: Refusal(key: key, typed: typed, error: "\(message.what). \(message.fix)."),
                                        status: .badRequest, alert: "Chưa lưu: nội dung chưa hợp lệ, xem thông báo cạnh ô soạn thảo.")
            }
        }
        return req.redirect(to: "/plans/\(planID.uuidString)/sections?saved=\(key)#\(key)", redirectType: .normal)
    }

    func render(_ req: Request, refusal: Refusal?, status: HTTPResponseStatus = .ok, notice: String? = nil,
                alert: String? = nil) async throws -> Response {
        let planID = try req.planID()
        let plan = try await req.store.plan(planID)
        let sections = try await req.store.sections(planID: planID)
        let histories = try await req.store.sectionHistories(planID: planID)
        let base = "/plans/\(plan.id.uuidString)"
        let mayEdit = try await PlanPermissions.of(req, planID: planID).mayEdit
        let people = try await PeopleNames.load(req)
        let response = Layout.page(req, PlanPermissions.title("Nội dung báo cáo — \(plan.title)", readOnly: !mayEdit)) {
            el("h1") { PlanPermissions.title("Nội dung báo cáo: \(plan.title)", readOnly: !mayEdit) }
            el("p") {
                el("a", ["href": base]) { "Tổng quan" }
                " · "
                el("a", ["href": "\(base)/table"]) { "Bảng chỉ tiêu" }
                " · "
                el("a", ["href": "\(base)/report.docx"]) { "Tải báo cáo (DOCX)" }
            }
            el("p", ["class": "muted"]) {
                "Các phần người viết trong báo cáo: đánh giá từng lĩnh vực, nguyên nhân, bài học, nhiệm vụ và giải pháp, kiến nghị. "
                if mayEdit {
                    "Mỗi đoạn một dòng. Số liệu, đánh giá và số chỉ tiêu đạt do VeDich tính và đặt vào báo cáo, không nhập ở đây."
                } else {
                    "Tài khoản của bạn chỉ xem được nội dung này; chuyên viên Sở Tài chính soạn và sửa."
                }
            }
            if let notice { el("p", ["class": "notice", "role": "status"]) { notice } }
            if let alert { el("p", ["class": "alert", "role": "alert"]) { alert } }
            if sections.isEmpty {
                el("p") {
                    "Kế hoạch này chưa có nội dung báo cáo. "
                    el("a", ["href": "/import"]) { "Nhập báo cáo đã có" }
                    " để lấy các phần đánh giá, nhiệm vụ, kiến nghị."
                }
            }
            for section in sections {
                Self.section(section, base: base, history: histories[section.key] ?? [],
                             refusal: refusal?.key == section.key ? refusal : nil, csrf: mayEdit ? Layout.csrfField(req) : nil, people: people)
            }
        }
        response.status = status
        return response
    }

    /// One section: with its form when `csrf` is given (the person may edit), else its text to read.
    static func section(_ section: ReportSectionInfo, base: String, history: [ReportSectionRevision], refusal: Refusal?,
                        csrf: HTML?, people: PeopleNames) -> HTML {
        let id = section.key
        let title = section.heading.isEmpty ? "Mở đầu" : section.heading.replacingOccurrences(of: "\n", with: " — ")
        let level = min(max(section.level, 0), 3)
        return el("section", ["class": "report-section", "id": id]) {
            el("h\(level + 2)") { title }
            if section.isFigures {
                el("p", ["class": "muted"]) {
                    "Tại mục này báo cáo đặt câu tổng hợp, đánh giá từng chỉ tiêu do VeDich tính, và dẫn tới bảng chỉ tiêu ở phụ lục. Đoạn nhập dưới đây (nếu có) đứng trước phần đó."
                }
            }
            if let csrf {
                el("form", ["class": "section-edit", "method": "post", "action": "\(base)/sections/\(id)", "novalidate": "novalidate"]) {
                    csrf
                    el("input", ["type": "hidden", "name": "revision", "value": String(refusal?.current?.revision ?? section.revision)])
                    el("label", ["for": "t_\(id)"]) { "Nội dung (bản sửa \(section.revision), \(people[section.recordedBy]))" }
                    // Full width and growing with its text by CSS (field-sizing); the rows are the
                    // height where that is not supported.
                    el("textarea", attributes: [("id", "t_\(id)"), ("name", "text"), ("class", "prose"),
                                                ("rows", String(min(30, max(4, section.text.count / 110 + section.paragraphs.count + 2)))),
                                                ("aria-invalid", refusal == nil ? nil : "true"), ("aria-describedby", refusal == nil ? nil : "e_\(id)")]) {
                        refusal?.typed ?? section.text
                    }
                    if let refusal { el("span", ["class": "error", "id": "e_\(id)"]) { refusal.error } }
                    if let current = refusal?.current {
                        el("div", ["class": "current"]) {
                            el("p") { el("strong") { "Nội dung hiện tại (bản sửa \(current.revision), \(people[current.recordedBy])):" } }
                            for paragraph in current.paragraphs { el("p") { paragraph } }
                        }
                    }
                    el("p") { el("button", ["type": "submit"]) { "Lưu mục này" } }
                }
            } else {
                el("div", ["class": "section-text"]) {
                    el("p", ["class": "muted"]) { "Bản sửa \(section.revision), \(people[section.recordedBy])" }
                    for paragraph in section.paragraphs { el("p") { paragraph } }
                }
            }
            if !history.isEmpty {
                el("details", ["class": "history"]) {
                    el("summary") { "Lịch sử (\(history.count) bản sửa)" }
                    el("ol", ["reversed": "reversed"]) {
                        for revision in history {
                            el("li") {
                                el("p", ["class": "muted"]) {
                                    "Bản sửa \(revision.revision) — \(people[revision.recordedBy])\(revision.recordedAt.map { ", " + Self.time($0) } ?? "")"
                                }
                                for paragraph in revision.text.split(separator: "\n") { el("p") { String(paragraph) } }
                            }
                        }
                    }
                }
            }
        }
    }

    /// "25/11/2026 17:30" in Vietnam's time (UTC+7).
    static func time(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 7 * 3600)!
        let parts = calendar.dateComponents([.day, .month, .year, .hour, .minute], from: date)
        func two(_ number: Int?) -> String { (number ?? 0) < 10 ? "0\(number ?? 0)" : "\(number ?? 0)" }
        return "\(two(parts.day))/\(two(parts.month))/\(parts.year ?? 0) \(two(parts.hour)):\(two(parts.minute))"
    }
}
