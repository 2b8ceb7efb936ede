import Foundation
import Vapor

/// The OpenAPI 3.1 description of every route, kept beside the code as JSON and served as is.
/// The tests check it against the routes and validate it with openapi-spec-validator.
public enum OpenAPIDocument {
    public static let data: Data = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json"),
              let data = try? Data(contentsOf: url) else { return Data("{}".utf8) }
        return data
    }()

    static func response() -> Response {
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.contentType = .json
        return response
    }
}
