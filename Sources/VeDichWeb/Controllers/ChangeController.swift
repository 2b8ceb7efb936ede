import Vapor
import VeDichStore

/// The change log of a plan or an indicator: JSON, or CSV to keep or send on.
struct ChangeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("plans", ":planID", "changes") { req in try await req.store.changes(planID: try req.planID()) }
        routes.get("plans", ":planID", "changes.csv") { req in
            Self.csv(try await req.store.changes(planID: try req.planID()), name: "thay-doi-ke-hoach", with: try CSVWriter.requested(by: req))
        }
        routes.get("indicators", ":indicatorID", "changes") { req in try await req.store.changes(indicatorID: try req.indicatorID()) }
        routes.get("indicators", ":indicatorID", "changes.csv") { req in
            Self.csv(try await req.store.changes(indicatorID: try req.indicatorID()), name: "thay-doi-chi-tieu", with: try CSVWriter.requested(by: req))
        }
    }

    /// Old and new values are mostly figures, kept as numbers when they are plain ones; who,
    /// what and why are text, neutralised against formulas (see `CSVWriter`).
    static func csv(_ changes: [ChangeInfo], name: String, with writer: CSVWriter) -> Response {
        let formatter = ISO8601DateFormatter()
        let rows: [[CSVWriter.Cell]] = changes.map { change in
            [.text(formatter.string(from: change.at)), .text(change.actor), .text(Self.entityLabel(change.entity)),
             .text(change.indicatorName ?? ""), .text(change.field),
             .figure(change.oldValue ?? ""), .figure(change.newValue ?? ""), .text(change.reason ?? "")]
        }
        let header = ["Thời điểm", "Người thay đổi", "Đối tượng", "Chỉ tiêu", "Nội dung", "Giá trị cũ", "Giá trị mới", "Lý do"]
        return CSVWriter.response(writer.render(header: header, rows: rows), name: name)
    }

    /// The log keeps what changed as a code for the API; a person reading the file reads words.
    static func entityLabel(_ entity: String) -> String {
        switch entity {
        case "value": "Giá trị"
        case "target": "Chỉ tiêu kế hoạch"
        case "indicator": "Danh mục chỉ tiêu"
        case "plan": "Kế hoạch"
        case "submission": "Quy trình gửi, phê duyệt"
        case "agency": "Cơ quan"
        case "user": "Tài khoản"
        case "task": "Nhiệm vụ"
        case "explanation": "Giải trình"
        default: entity
        }
    }
}
