import Vapor
import VeDichCore
import VeDichStore

/// `/national`: every province's verdict counts for a year and version, "đạt và vượt" share,
/// a chart, and the indicators that line up across provinces.
enum NationalSummaryView {
    static func page(_ req: Request, summary: NationalSummary, years: [Int], codes: [NationalChoices.Code]) -> Response {
        let query = "year=\(summary.year)&version=\(summary.version.rawValue)"
        return Layout.page(req, "Tổng hợp cả nước năm \(summary.year)") {
            el("h1") { "Tổng hợp kết quả thực hiện kế hoạch năm \(summary.year) theo tỉnh, thành phố" }
            NationalNavigation.switches(year: summary.year, years: years, version: summary.version, path: "/national")
            el("p") {
                "Cả nước: \(summary.total.sentence) (\(NationalText.percent(summary.total.total == 0 ? nil : Double(summary.total.metOrExceeded) / Double(summary.total.total)))). "
                el("a", ["href": "/national/summary.xlsx?\(query)", "id": "tong-hop-xlsx"]) { "Tải bảng (XLSX)" }
                " · "
                el("a", ["href": "/national/status?\(query)"]) { "Tình hình gửi số liệu" }
            }
            el("div", ["class": "wrap"]) {
                el("table", ["class": "data", "id": "tong-hop"]) {
                    el("thead") {
                        el("tr") {
                            el("th", ["scope": "col"]) { "Tỉnh, thành phố" }
                            for verdict in Verdict.allCases { el("th", ["scope": "col"]) { verdict.label } }
                            el("th", ["scope": "col"]) { "Tổng số" }
                            el("th", ["scope": "col"]) { "Đạt và vượt" }
                        }
                    }
                    el("tbody") {
                        for province in summary.provinces {
                            el("tr", ["data-province": province.province]) {
                                el("th", ["scope": "row"]) {
                                    el("a", ["href": "/national/provinces/\(province.provinceID.uuidString)?\(query)"]) { province.province }
                                }
                                if let counts = province.counts {
                                    for verdict in Verdict.allCases { el("td", ["class": "num"]) { "\(counts[verdict])" } }
                                    el("td", ["class": "num"]) { "\(counts.total)" }
                                    el("td", ["class": "num"]) { NationalText.percent(province.metOrExceededShare) }
                                } else {
                                    el("td", ["colspan": "\(Verdict.allCases.count + 2)", "class": "muted"]) { "Chưa có kế hoạch năm \(summary.year)" }
                                }
                            }
                        }
                    }
                }
            }
            el("h2") { "Biểu đồ" }
            NationalCharts.legend()
            el("div", ["class": "wrap"]) { NationalCharts.summaryBars(summary) }
            el("h2") { "Chỉ tiêu so sánh giữa các tỉnh" }
            if codes.isEmpty {
                el("p", ["class": "muted"]) { "Chưa có chỉ tiêu nào của kế hoạch năm \(summary.year) được gắn mã hệ thống cấp trên (QĐ 293 / QĐ 54)." }
            } else {
                el("ul", ["class": "codes", "id": "chi-tieu-ca-nuoc"]) {
                    for entry in codes {
                        el("li") {
                            el("a", ["href": "/national/indicators/\(entry.code.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? entry.code)?\(query)"]) {
                                "\(entry.code) — \(entry.name)"
                            }
                            " (\(entry.provinces) tỉnh)"
                        }
                    }
                }
            }
        }
    }
}

/// The year and version switches every national page carries.
enum NationalNavigation {
    static func switches(year: Int, years: [Int], version: ValueVersion, path: String) -> HTML {
        .fragment([
            el("nav", ["class": "versions", "aria-label": "Năm kế hoạch"]) {
                for other in years.sorted() {
                    if other == year {
                        el("span", ["aria-current": "true"]) { "Năm \(other)" }
                    } else {
                        el("a", ["href": "\(path)?year=\(other)&version=\(version.rawValue)"]) { "Năm \(other)" }
                    }
                }
            },
            Layout.versionSwitch(version) { "\(path)?year=\(year)&version=\($0.rawValue)" },
        ])
    }
}
