import Vapor
import VeDichStore

/// The change log of a plan or an indicator: JSON, or CSV to keep or send on.
struct ChangeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("plans", ":planID", "changes") { req in try await req.store.changes(planID: try req.planID()) }
        routes.get("plans", ":planID", "changes.csv") { req in
            Self.csv(try await req.store.changes(planID: try req.planID()), name: "thay-doi-ke-hoach")
        }
        routes.get("indicators", ":indicatorID", "changes") { req in try await req.store.changes(indicatorID: try req.indicatorID()) }
        routes.get("indicators", ":indicatorID", "changes.csv") { req in
            Self.csv(try await req.store.changes(indicatorID: try req.indicatorID()), name: "thay-doi-chi-tieu")
        }
    }

    static func csv(_ changes: [ChangeInfo], name: String) -> Response {
        let formatter = ISO8601DateFormatter()
        var lines = [["Thời điểm", "Người thay đổi", "Đối tượng", "Nội dung", "Giá trị cũ", "Giá trị mới", "Lý do"].joined(separator: ",")]
        for change in changes {
            lines.append([formatter.string(from: change.at), change.actor, change.entity, change.field,
                          change.oldValue ?? "", change.newValue ?? "", change.reason ?? ""].map(EvaluationCSV.escape).joined(separator: ","))
        }
        // A byte-order mark so that Excel opens the Vietnamese text as UTF-8.
        let response = Response(status: .ok, body: .init(string: "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        response.headers.contentDisposition = .init(.attachment, filename: "\(name).csv")
        return response
    }
}
