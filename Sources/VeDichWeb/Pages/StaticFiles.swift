import Foundation
import Vapor

/// The stylesheet, served from the target's resources (no build step, no CDN).
struct StaticFiles: RouteCollection {
    static let stylesheet: Data = {
        guard let url = Bundle.module.url(forResource: "styles", withExtension: "css", subdirectory: "Public"),
              let data = try? Data(contentsOf: url) else { return Data() }
        return data
    }()

    func boot(routes: any RoutesBuilder) throws {
        routes.get("styles.css") { _ -> Response in
            let response = Response(status: .ok, body: .init(data: Self.stylesheet))
            response.headers.contentType = HTTPMediaType(type: "text", subType: "css", parameters: ["charset": "utf-8"])
            response.headers.cacheControl = .init(maxAge: 3600)
            return response
        }
    }
}
