import Vapor
import VeDichCore
import VeDichStore

/// `/national/status`: where each province's agencies stand (entered, submitted, approved,
/// missing values; late against the cut-off); `/national/provinces/{id}`: one province's agencies,
/// the first step of the drill-down.
enum ReportingStatusView {
    static func page(_ req: Request, status: ReportingStatus, years: [Int]) -> Response {
        let query = "year=\(status.year)&version=\(status.version.rawValue)"
        return Layout.page(req, "Tình hình gửi số liệu năm \(status.year)") {
            el("p") { el("a", ["href": "/national?\(query)"]) { "← Tổng hợp cả nước" } }
            el("h1") { "Tình hình gửi số liệu kế hoạch năm \(status.year) theo tỉnh" }
            NationalNavigation.switches(year: status.year, years: years, version: status.version, path: "/national/status")
            el("p") {
                "Trễ hạn: chưa gửi khi đã qua ngày chốt số liệu, hoặc gửi, phê duyệt sau ngày đó. "
                el("a", ["href": "/national/status.xlsx?\(query)", "id": "tinh-hinh-xlsx"]) { "Tải bảng (XLSX)" }
            }
            el("div", ["class": "wrap"]) {
                el("table", ["class": "data", "id": "tinh-hinh"]) {
                    el("thead") {
                        el("tr") {
                            for header in ["Tỉnh, thành phố", "Số cơ quan", "Chưa gửi", "Đã gửi", "Đã phê duyệt", "Bị trả lại",
                                           "Số liệu đã nhập", "Còn thiếu", "Ngày chốt", "Trễ hạn"] {
                                el("th", ["scope": "col"]) { header }
                            }
                        }
                    }
                    el("tbody") {
                        for province in status.provinces {
                            el("tr", ["data-province": province.province]) {
                                el("th", ["scope": "row"]) {
                                    el("a", ["href": "/national/provinces/\(province.provinceID.uuidString)?\(query)"]) { province.province }
                                }
                                if province.planID == nil {
                                    el("td", ["colspan": "9", "class": "muted"]) { "Chưa có kế hoạch năm \(status.year)" }
                                } else {
                                    el("td", ["class": "num"]) { "\(province.agencies.count)" }
                                    el("td", ["class": "num"]) { "\(province.count(nil) + province.count(.draft))" }
                                    el("td", ["class": "num"]) { "\(province.count(.submitted))" }
                                    el("td", ["class": "num"]) { "\(province.count(.approved))" }
                                    el("td", ["class": "num"]) { "\(province.count(.returned))" }
                                    el("td", ["class": "num"]) { "\(province.entered)" }
                                    el("td", ["class": "num"]) { "\(province.missing)" }
                                    el("td") { province.cutoff.map(NationalText.day) ?? "Chưa đặt" }
                                    el("td", ["class": "num"]) { "\(province.late)" }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func provincePage(_ req: Request, province: ReportingStatus.Province, status: ReportingStatus) -> Response {
        let query = "year=\(status.year)&version=\(status.version.rawValue)"
        let base = "/national/provinces/\(province.provinceID.uuidString)"
        return Layout.page(req, "\(province.province) — năm \(status.year)") {
            el("p") { el("a", ["href": "/national?\(query)"]) { "← Tổng hợp cả nước" } }
            el("h1") { "\(province.province): các cơ quan và số liệu kế hoạch năm \(status.year)" }
            Layout.versionSwitch(status.version) { "\(base)?year=\(status.year)&version=\($0.rawValue)" }
            if let planID = province.planID {
                el("p") {
                    el("a", ["href": "/plans/\(planID.uuidString)?version=\(status.version.rawValue)"]) { province.planTitle ?? "Kế hoạch" }
                    " · Ngày chốt số liệu: \(province.cutoff.map(NationalText.day) ?? "chưa đặt")"
                }
            } else {
                el("p", ["class": "muted"]) { "\(province.province) chưa có kế hoạch năm \(status.year) trong hệ thống." }
            }
            if province.planID != nil, province.agencies.isEmpty {
                el("p", ["class": "muted"]) { "Chưa phân công cơ quan phụ trách chỉ tiêu nào." }
            }
            if !province.agencies.isEmpty {
                el("div", ["class": "wrap"]) {
                    el("table", ["class": "data", "id": "co-quan"]) {
                        el("thead") {
                            el("tr") {
                                for header in ["Cơ quan", "Trạng thái", "Cập nhật lúc", "Số chỉ tiêu", "Đã nhập", "Còn thiếu", "Trễ hạn"] {
                                    el("th", ["scope": "col"]) { header }
                                }
                            }
                        }
                        el("tbody") {
                            for agency in province.agencies {
                                el("tr", ["data-agency": agency.agency, "data-status": agency.status?.rawValue ?? "none"]) {
                                    el("th", ["scope": "row"]) {
                                        el("a", ["href": "\(base)/agencies/\(agency.agencyID.uuidString)?\(query)"]) { agency.agency }
                                    }
                                    el("td") { agency.statusLabel }
                                    el("td") { agency.changedAt.map(StoreError.vietnameseTime) ?? "" }
                                    el("td", ["class": "num"]) { "\(agency.indicators)" }
                                    el("td", ["class": "num"]) { "\(agency.entered)" }
                                    el("td", ["class": "num"]) { "\(agency.missing)" }
                                    el("td") { agency.late ? "Trễ hạn" : "" }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
