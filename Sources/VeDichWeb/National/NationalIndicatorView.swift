import Vapor
import VeDichCore
import VeDichStore

/// `/national/indicators/{code}`: one indicator across provinces, sorted by "% kế hoạch", with
/// each province's target, value, verdict and its reason, and a chart.
enum NationalIndicatorView {
    static func page(_ req: Request, indicator: IndicatorAcrossProvinces) -> Response {
        let name = indicator.provinces.first?.name ?? indicator.code
        let query = "year=\(indicator.year)&version=\(indicator.version.rawValue)"
        let path = "/national/indicators/\(indicator.code.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? indicator.code)"
        return Layout.page(req, "\(indicator.code) — \(name), năm \(indicator.year)") {
            el("p") { el("a", ["href": "/national?\(query)"]) { "← Tổng hợp cả nước" } }
            el("h1") { "Chỉ tiêu \(indicator.code) — \(name): kế hoạch và thực hiện năm \(indicator.year) theo tỉnh" }
            Layout.versionSwitch(indicator.version) { "\(path)?year=\(indicator.year)&version=\($0.rawValue)" }
            el("p") {
                "Kết quả: \(indicator.counts.sentence) trong \(indicator.provinces.count) tỉnh, thành phố. "
                el("a", ["href": "\(path)/table.xlsx?\(query)", "id": "chi-tieu-xlsx"]) { "Tải bảng (XLSX)" }
            }
            el("div", ["class": "wrap"]) {
                el("table", ["class": "data", "id": "chi-tieu-theo-tinh"]) {
                    el("thead") {
                        el("tr") {
                            for header in ["Tỉnh, thành phố", "Mã", "Đơn vị", "Kế hoạch", "Thực hiện", "% kế hoạch", "Đánh giá", "Lý do"] {
                                el("th", ["scope": "col"]) { header }
                            }
                        }
                    }
                    el("tbody") {
                        for row in indicator.provinces {
                            el("tr", ["data-province": row.province, "data-verdict": row.verdict.rawValue]) {
                                el("th", ["scope": "row"]) { el("a", ["href": "/indicators/\(row.indicatorID.uuidString)"]) { row.province } }
                                el("td") { row.localCode }
                                el("td") { row.unit ?? "" }
                                el("td", ["class": "num"]) { row.target?.text ?? "" }
                                el("td", ["class": "num"]) { row.value?.text ?? "" }
                                el("td", ["class": "num"]) { row.comparisonText }
                                el("td") { Layout.verdict(row.verdict) }
                                el("td") { row.reason }
                            }
                        }
                    }
                }
            }
            el("h2") { "Biểu đồ % kế hoạch" }
            NationalCharts.legend()
            el("div", ["class": "wrap"]) { NationalCharts.indicatorBars(indicator) }
        }
    }
}

/// One agency's indicators in a province's plan: the end of the drill-down, each indicator
/// linking to its own page (targets, values over periods, history).
enum AgencyIndicatorsView {
    static func page(_ req: Request, agency: AgencyIndicators) -> Response {
        let query = "year=\(agency.plan.startYear)&version=\(agency.version.rawValue)"
        return Layout.page(req, "\(agency.agency) — \(agency.province)") {
            el("p") {
                el("a", ["href": "/national?\(query)"]) { "← Tổng hợp cả nước" }
                " · "
                el("a", ["href": "/national/provinces/\(req.parameters.get("provinceID") ?? "")?\(query)"]) { agency.province }
            }
            el("h1") { "\(agency.agency) — \(agency.province): chỉ tiêu kế hoạch năm \(agency.plan.startYear)" }
            Layout.versionSwitch(agency.version) { "\(req.url.path)?year=\(agency.plan.startYear)&version=\($0.rawValue)" }
            el("p") {
                el("a", ["href": "\(req.url.path)/table.xlsx?\(query)", "id": "co-quan-xlsx"]) { "Tải bảng (XLSX)" }
                " · "
                el("a", ["href": "/plans/\(agency.plan.id.uuidString)?version=\(agency.version.rawValue)"]) { "Kế hoạch của tỉnh" }
            }
            if agency.indicators.isEmpty {
                el("p", ["class": "muted"]) { "Cơ quan này không phụ trách chỉ tiêu nào của kế hoạch năm \(agency.plan.startYear)." }
            } else {
                el("div", ["class": "wrap"]) {
                    el("table", ["class": "data", "id": "chi-tieu-co-quan"]) {
                        el("thead") {
                            el("tr") {
                                for header in ["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện", "% kế hoạch", "Đánh giá"] {
                                    el("th", ["scope": "col"]) { header }
                                }
                            }
                        }
                        el("tbody") {
                            for line in agency.indicators {
                                el("tr", ["data-verdict": line.verdict.rawValue]) {
                                    el("td") { line.code }
                                    el("td") { el("a", ["href": "/indicators/\(line.indicatorID.uuidString)"]) { line.name } }
                                    el("td") { line.unit ?? "" }
                                    el("td", ["class": "num"]) { line.target?.text ?? "" }
                                    el("td", ["class": "num"]) { line.value?.text ?? "" }
                                    el("td", ["class": "num"]) { line.comparisonCell }
                                    el("td") { Layout.verdict(line.verdict) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
