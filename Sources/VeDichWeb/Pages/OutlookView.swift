import Vapor
import VeDichCore
import VeDichStore

/// The early warning as pages show it: on the dashboard every indicator at risk first, on the
/// indicator page its own. Lays out `IndicatorOutlook`s; the rule is the core's (`Outlook.assess`).
enum OutlookView {
    static func status(_ status: Outlook.Status) -> HTML {
        el("span", ["class": "verdict o-\(status.rawValue)"]) { status.label }
    }

    /// The dashboard's section: counts, then a row per indicator judged (at risk first), and those
    /// that cannot be judged yet folded below with why.
    static func dashboardSection(_ outlooks: [IndicatorOutlook], asOf: CalendarDay, planID: UUID) -> HTML {
        let judged = outlooks.filter { $0.outlook.status != .cannotJudge }
        let waiting = outlooks.filter { $0.outlook.status == .cannotJudge }
        let count = { (status: Outlook.Status) in outlooks.filter { $0.outlook.status == status }.count }
        return el("section", ["id": "canh-bao-som"]) {
            el("h2") { "Cảnh báo sớm (tính đến ngày \(asOf.display))" }
            el("p", ["id": "canh-bao-tong"]) {
                "Nguy cơ không đạt: \(count(.atRisk)) · Dự kiến đạt: \(count(.onTrack)) · Chưa thể đánh giá: \(count(.cannotJudge))"
            }
            if judged.isEmpty {
                el("p", ["class": "muted"]) { "Chưa có số liệu trong năm (6 tháng, quý, tháng) để dự báo chỉ tiêu nào." }
            } else {
                el("div", ["class": "wrap"]) {
                    el("table", ["class": "data", "id": "canh-bao"]) {
                        el("thead") { el("tr") { el("th") { "Mã số" }; el("th") { "Chỉ tiêu" }; el("th") { "Dự báo" }; el("th") { "Căn cứ" } } }
                        el("tbody") {
                            for item in judged { row(item, planID: planID) }
                        }
                    }
                }
            }
            if !waiting.isEmpty {
                el("details", ["id": "chua-the-danh-gia"]) {
                    el("summary") { "\(waiting.count) chỉ tiêu chưa thể đánh giá" }
                    el("ul") {
                        for item in waiting {
                            el("li") {
                                el("a", ["href": "/indicators/\(item.indicatorID.uuidString)?plan=\(planID.uuidString)"]) { "\(item.code) \(item.name)" }
                                ": \(item.outlook.reason)"
                            }
                        }
                    }
                }
            }
        }
    }

    static func row(_ item: IndicatorOutlook, planID: UUID) -> HTML {
        el("tr", ["data-status": item.outlook.status.rawValue]) {
            el("td") { item.code }
            el("td") { el("a", ["href": "/indicators/\(item.indicatorID.uuidString)?plan=\(planID.uuidString)"]) { item.name } }
            el("td") { status(item.outlook.status) }
            el("td") { el("span", ["class": "muted"]) { item.outlook.method.label + ": " }; item.outlook.reason }
        }
    }

    /// The indicator page's section: its outlook in the plan, what kind of figure it is, and for
    /// the planning office the form that sets the kind and the first half's share.
    static func indicatorSection(_ req: Request, _ item: IndicatorOutlook, settings: InYearSettings?, asOf: CalendarDay,
                                 plan: PlanInfo, province: UUID) -> HTML {
        el("section", ["id": "canh-bao-chi-tieu"]) {
            el("h2") { "Cảnh báo sớm — \(plan.title) (tính đến ngày \(asOf.display))" }
            el("p", ["id": "du-bao"]) { status(item.outlook.status); " — "; item.outlook.reason }
            let share = (settings?.firstHalfShare).map { "; tỷ trọng 6 tháng đầu năm: \(VietnameseNumber.formatCompact($0, maxFractionDigits: 4))" } ?? ""
            el("p", ["class": "muted"]) {
                "Cách tính: \(item.outlook.method.label). Loại số liệu: \(item.nature.label)\(item.natureSet ? "" : " (đoán theo tên chỉ tiêu)")\(share)."
            }
            if req.may(.edit(province: province)) { form(req, item, settings: settings, plan: plan) }
        }
    }

    static func form(_ req: Request, _ item: IndicatorOutlook, settings: InYearSettings?, plan: PlanInfo) -> HTML {
        el("form", ["method": "post", "action": "/indicators/\(item.indicatorID.uuidString)/in-year", "id": "thiet-lap-trong-nam"]) {
            Layout.csrfField(req)
            el("input", ["type": "hidden", "name": "plan", "value": plan.id.uuidString])
            el("fieldset") {
                el("legend") { "Loại số liệu và tỷ trọng 6 tháng đầu năm" }
                el("label", ["for": "loai-so-lieu"]) { "Loại số liệu" }
                el("select", ["id": "loai-so-lieu", "name": "value_nature"]) {
                    for nature in ValueNature.allCases {
                        el("option", attributes: [("value", nature.rawValue), ("selected", nature == item.nature ? "selected" : nil)]) { nature.label }
                    }
                }
                el("label", ["for": "ty-trong"]) { "Tỷ trọng 6 tháng đầu năm trong cả năm gốc (w), ví dụ 0,461; để trống nếu không dùng" }
                el("input", ["type": "text", "id": "ty-trong", "name": "first_half_share", "inputmode": "decimal", "maxlength": "20",
                             "value": (settings?.firstHalfShare).map { VietnameseNumber.formatCompact($0, maxFractionDigits: 4) } ?? ""])
                el("button", ["type": "submit"]) { "Lưu" }
            }
        }
    }
}
