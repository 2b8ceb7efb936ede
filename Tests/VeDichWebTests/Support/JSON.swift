import Foundation
import Testing
import Vapor
import VaporTesting

/// Reads a response body as loose JSON, the way a client that knows only the contract would.
extension TestingHTTPResponse {
    var json: Any { (try? JSONSerialization.jsonObject(with: Data(body.readableBytesView))) ?? NSNull() }
    var object: [String: Any] { json as? [String: Any] ?? [:] }
    var array: [[String: Any]] { json as? [[String: Any]] ?? [] }
    var text: String { String(buffer: body) }
}

extension Application {
    /// The id of the demo plan that covers `start`-`end`.
    func planID(_ start: Int, _ end: Int) async throws -> String {
        var id = ""
        try await testing().test(.GET, "/api/v1/plans", headers: auth()) { response in
            id = response.array.first { $0["start_year"] as? Int == start && $0["end_year"] as? Int == end }?["id"] as? String ?? ""
        }
        return id
    }
}
