import Foundation
import Vapor
import VeDichCore
import VeDichStore

/// Open giải trình requests where the people who must act see them: on the dashboard a count per
/// agency (an agency's clerk: its own only), on a clerk's entry page each request of the agency
/// with a link to answer it.
enum OpenExplanationsView {
    /// The dashboard's section. `clerkAgency`: the agency of a clerk, whose count alone is shown.
    static func dashboardSection(_ counts: [OpenExplanationCount], planID: UUID, clerkAgency: UUID?) -> HTML {
        let shown = counts.filter { clerkAgency == nil || $0.agency.id == clerkAgency }
        let total = shown.reduce(0) { $0 + $1.count }
        let list = "/plans/\(planID.uuidString)/explanations"
        return el("section", ["id": "giai-trinh-chua-tra-loi"]) {
            el("h2") { "Yêu cầu giải trình chưa trả lời (\(total))" }
            if shown.isEmpty {
                el("p", ["class": "muted"]) {
                    clerkAgency == nil ? "Không có yêu cầu giải trình nào đang chờ trả lời." : "Cơ quan của bạn không có yêu cầu giải trình nào đang chờ trả lời."
                }
            } else {
                el("ul") {
                    for open in shown {
                        el("li") {
                            el("a", ["href": "\(list)?agency=\(open.agency.id.uuidString)&open=true"]) { open.agency.name }
                            ": \(open.count) yêu cầu"
                        }
                    }
                }
                if clerkAgency == nil { el("p") { el("a", ["href": "\(list)?open=true"]) { "Xem mọi yêu cầu chưa trả lời" } } }
            }
        }
    }

    /// The entry page's list for an agency's clerk: what was asked, by whom, when, and where to answer.
    static func entrySection(_ requests: [ExplanationInfo], planID: UUID, agency: UUID, people: PeopleNames) -> HTML {
        guard !requests.isEmpty else { return .fragment([]) }
        let list = "/plans/\(planID.uuidString)/explanations?agency=\(agency.uuidString)&open=true"
        return el("section", ["id": "giai-trinh-can-tra-loi", "class": "explanations-due"]) {
            el("h2") { "Yêu cầu giải trình cần trả lời (\(requests.count))" }
            el("ul") {
                for request in requests {
                    el("li") {
                        el("strong") { request.subject }
                        ": “\(request.question)” — \(people[request.askedBy]) hỏi lúc \(ExplanationPages.time(request.askedAt)). "
                        el("a", ["href": "\(list)#e-\(request.id.uuidString)"]) { "Trả lời" }
                    }
                }
            }
        }
    }
}
