import Vapor
import VeDichCore
import VeDichStore

/// The ministry's server receives provinces' packets (QCVN 125:2021/BTTTT); any server gives a
/// province's packet to whoever may read that province.
struct ExchangeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        // Only an administrator of the receiving server: a sending province's server logs in with
        // an API token made for it there (`vedich user token`), so every import names who sent it.
        routes.post("exchange", "packets", bodyLimit: BodyLimit.exchange) { req async throws -> Response in
            try req.authorize(.administer)
            guard let buffer = req.body.data else { throw ExchangeError.unreadable(detail: "gói tin trống") }
            let packet = try ExchangePacket.decode(Data(buffer: buffer))
            let source = "API (địa chỉ \(req.remoteAddress?.ipAddress ?? "không rõ"))"
            let summary = try await req.store.importExchange(packet, actor: req.actor, source: source)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let response = Response(status: .ok, body: .init(data: try encoder.encode(summary)))
            response.headers.contentType = .json
            return response
        }
        routes.get("exchange", "packets") { req async throws -> Response in
            guard let name = req.query[String.self, at: "province"], !name.isEmpty else {
                throw ExchangeError.provinceNotFound(name: "")
            }
            guard let provinceID = try await req.store.exchangeProvinceID(named: name) else { throw ExchangeError.provinceNotFound(name: name) }
            try req.authorize(.read(province: provinceID))
            let data = try await req.store.exchangePacket(province: name).encoded()
            let response = Response(status: .ok, body: .init(data: data))
            response.headers.contentType = .json
            return response
        }
    }
}
