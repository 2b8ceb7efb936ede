import Vapor
import VeDichCore
import VeDichStore

/// `/api/v1/indicators/{id}/observations`: every revision of an indicator's values; a new value
/// carries the revision it was based on, and a stale one gets 409 with the current value.
struct ObservationController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let observations = routes.grouped("indicators", ":indicatorID", "observations")
        observations.get { req in try await req.store.observations(indicatorID: try req.indicatorID()) }
        observations.grouped(IndicatorAccess(need: .enterValue)).post(use: create)
    }

    /// `{ "period": {"kind": "year", "start_year": 2024, "end_year": 2024}, "version": "uoc_ca_nam",
    ///    "text": "6,5", "based_on_revision": 1, "note": "…" }`
    struct NewObservation: Content {
        var period: Period
        var version: ValueVersion
        var text: String
        var basedOnRevision: Int?
        var note: String?

        enum CodingKeys: String, CodingKey {
            case period, version, text, note
            case basedOnRevision = "based_on_revision"
        }
    }

    @Sendable func create(req: Request) async throws -> Response {
        let indicatorID = try req.indicatorID()
        let body = try req.content.decode(NewObservation.self)
        guard body.text.count <= 200, (body.note?.count ?? 0) <= 2000 else {
            throw APIError(status: .badRequest, code: "field_too_long", userMessage: UserMessage(
                what: "Giá trị hoặc ghi chú quá dài", fix: "Giá trị tối đa 200 ký tự, ghi chú tối đa 2.000 ký tự"))
        }
        let draft = ObservationDraft(indicatorID: indicatorID, period: body.period, version: body.version, text: body.text,
                                     basedOnRevision: body.basedOnRevision, note: body.note, recordedBy: req.actor)
        do {
            let saved = try await req.store.record(draft)
            let response = Response(status: .created)
            try response.content.encode(saved, as: .json)
            return response
        } catch let error as StoreError {
            guard case .staleRevision = error else { throw error }
            let current = try await req.store.latestObservation(indicatorID: indicatorID, period: body.period, version: body.version)
            let response = Response(status: .conflict)
            try response.content.encode(APIErrorBody(code: error.code, error.userMessage, current: current), as: .json)
            return response
        }
    }
}


extension Request {
    func indicatorID() throws -> UUID { try uuidParameter("indicatorID") { .indicatorNotFound(id: $0) } }
}
