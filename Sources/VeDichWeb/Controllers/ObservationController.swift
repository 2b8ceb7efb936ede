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
        observations.grouped(IndicatorAccess(need: .enterValue)).post("withdrawals", use: withdraw)
    }

    /// `{ "period": {…}, "version": "uoc_ca_nam", "based_on_revision": 2, "reason": "nhập nhầm dòng" }`
    struct Withdrawal: Content {
        var period: Period
        var version: ValueVersion
        var basedOnRevision: Int
        var reason: String

        enum CodingKeys: String, CodingKey {
            case period, version, reason
            case basedOnRevision = "based_on_revision"
        }
    }

    /// Withdraws the current value: 201 with the new revision (marked withdrawn), 409 with the
    /// current value when stale, 409 when locked or when there is nothing to withdraw.
    @Sendable func withdraw(req: Request) async throws -> Response {
        let indicatorID = try req.indicatorID()
        let body = try req.content.decode(Withdrawal.self)
        guard body.reason.count <= 2000 else {
            throw APIError(status: .badRequest, code: "field_too_long", userMessage: UserMessage(
                what: "Lý do quá dài", fix: "Ghi lý do tối đa 2.000 ký tự"))
        }
        do {
            let saved = try await req.store.withdraw(indicatorID: indicatorID, period: body.period, version: body.version,
                                                     basedOnRevision: body.basedOnRevision, reason: body.reason, actor: req.actor)
            let response = Response(status: .created)
            try response.content.encode(saved, as: .json)
            return response
        } catch let error as StoreError {
            guard case .staleRevision = error else { throw error }
            return try await Self.conflict(error, req: req, indicatorID: indicatorID, period: body.period, version: body.version)
        }
    }

    /// 409 with the value as it is now, so the client can show it and try again from there.
    static func conflict(_ error: StoreError, req: Request, indicatorID: UUID, period: Period, version: ValueVersion) async throws -> Response {
        let current = try await req.store.latestObservation(indicatorID: indicatorID, period: period, version: version)
        let response = Response(status: .conflict)
        try response.content.encode(APIErrorBody(code: error.code, error.userMessage, current: current), as: .json)
        return response
    }

    /// `{ "period": {"kind": "year", "start_year": 2024, "end_year": 2024}, "version": "uoc_ca_nam",
    ///    "text": "6,5", "based_on_revision": 1, "note": "…", "confirm_warnings": true }`: a value
    /// with plausibility warnings is 422 with them unless `confirm_warnings`, then kept with them.
    struct NewObservation: Content {
        var period: Period
        var version: ValueVersion
        var text: String
        var basedOnRevision: Int?
        var note: String?
        var confirmWarnings: Bool?

        enum CodingKeys: String, CodingKey {
            case period, version, text, note
            case basedOnRevision = "based_on_revision", confirmWarnings = "confirm_warnings"
        }
    }

    @Sendable func create(req: Request) async throws -> Response {
        let indicatorID = try req.indicatorID()
        let body = try req.content.decode(NewObservation.self)
        guard body.text.count <= 200, (body.note?.count ?? 0) <= 2000 else {
            throw APIError(status: .badRequest, code: "field_too_long", userMessage: UserMessage(
                what: "Giá trị hoặc ghi chú quá dài", fix: "Giá trị tối đa 200 ký tự, ghi chú tối đa 2.000 ký tự"))
        }
        let current = try await req.store.latestObservation(indicatorID: indicatorID, period: body.period, version: body.version)
        let warnings = try await PlausibilityCheck.warnings(req, indicatorID: indicatorID, period: body.period, text: body.text,
                                                            current: current.flatMap { $0.withdrawn ? nil : $0.figure.text })
        if !warnings.isEmpty, body.confirmWarnings != true { return try PlausibilityCheck.unconfirmed(body.text, warnings) }
        let draft = ObservationDraft(indicatorID: indicatorID, period: body.period, version: body.version, text: body.text,
                                     basedOnRevision: body.basedOnRevision, note: body.note, recordedBy: req.actor,
                                     confirmedWarnings: warnings)
        do {
            let saved = try await req.store.record(draft)
            let response = Response(status: .created)
            try response.content.encode(saved, as: .json)
            return response
        } catch let error as StoreError {
            guard case .staleRevision = error else { throw error }
            return try await Self.conflict(error, req: req, indicatorID: indicatorID, period: body.period, version: body.version)
        }
    }
}


extension Request {
    func indicatorID() throws -> UUID { try uuidParameter("indicatorID") { .indicatorNotFound(id: $0) } }
}
