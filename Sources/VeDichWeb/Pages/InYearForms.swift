import Vapor
import VeDichCore
import VeDichStore

/// `POST /indicators/{id}/in-year`: the indicator page's form for what kind of figure an indicator
/// is and the first half's share w; the planning office only, by the API's own rule and store calls.
struct InYearForms: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.post("indicators", ":indicatorID", "in-year", use: save)
    }

    struct Form: Content {
        var valueNature: ValueNature?
        var firstHalfShare: String?
        enum CodingKeys: String, CodingKey { case valueNature = "value_nature", firstHalfShare = "first_half_share" }
    }

    @Sendable func save(req: Request) async throws -> Response {
        let indicatorID = try req.indicatorID()
        try await DirectionController.authorize(req, indicatorID: indicatorID)
        let form = try req.content.decode(Form.self)
        do {
            // The share is read first: a share that cannot be read leaves both unchanged.
            let share = try form.firstHalfShare.flatMap { try OutlookController.share($0) }
            if let share, !(share > 0 && share < 1) {
                throw StoreError.invalidCatalogue(UserMessage(what: "Tỷ trọng 6 tháng đầu năm phải lớn hơn 0 và nhỏ hơn 1",
                                                              fix: "Ghi tỷ trọng như 0,461 (46,1% giá trị cả năm)"))
            }
            if let nature = form.valueNature { try await req.store.setValueNature(indicatorID: indicatorID, to: nature, actor: req.actor) }
            try await req.store.setFirstHalfShare(indicatorID: indicatorID, to: share, actor: req.actor)
        } catch let error as APIError {
            return IndicatorForms.refused(req, indicatorID: indicatorID, "Chưa lưu thiết lập trong năm", error.userMessage, status: error.status)
        } catch let error as StoreError {
            return IndicatorForms.refused(req, indicatorID: indicatorID, "Chưa lưu thiết lập trong năm", error.userMessage, status: .badRequest)
        }
        return req.redirect(to: IndicatorForms.back(req, indicatorID, done: "trong-nam"), redirectType: .normal)
    }
}
