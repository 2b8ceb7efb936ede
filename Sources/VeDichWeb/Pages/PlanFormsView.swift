import Foundation
import VeDichCore
import VeDichPlanModel

/// The "Tạo kế hoạch" form: its choices and what was typed. Plain data; `PlanFormsView` lays it out.
struct NewPlanModel {
    struct Source { var id: UUID; var title: String; var province: String }

    /// The provinces this person may create a plan for (one, for a planning office).
    var provinces: [String]
    var sources: [Source]
    var province: String?
    var horizon = "annual"
    var startYear: String
    var endYear = ""
    var copyFrom: String?
    var alert: String?
}

/// The settings form of one plan.
struct PlanSettingsModel {
    var plan: PlanInfo
    var mayEdit: Bool
    var notice: String?
    var alert: String?
}

enum PlanFormsView {
    /// "2026-06-15" (as stored and as a date field sends it) → "15/06/2026", as people there write a date.
    static func dayMonthYear(_ date: String) -> String {
        let parts = date.split(separator: "-")
        return parts.count == 3 ? "\(parts[2])/\(parts[1])/\(parts[0])" : date
    }

    static func newPlan(_ model: NewPlanModel, csrf: HTML) -> [HTML] {
        PlanPages.build {
            el("h1") { "Tạo kế hoạch" }
            el("p", ["class": "muted"]) {
                "Kế hoạch mới có thể trống hoặc sao chép hệ thống chỉ tiêu (nhóm, thứ tự, mã, chỉ tiêu thành phần, đơn vị tính, hướng đánh giá, cơ quan phụ trách) của một kế hoạch có sẵn; chỉ tiêu kế hoạch và số liệu không được sao chép."
            }
            if let alert = model.alert { el("p", ["class": "alert", "role": "alert"]) { alert } }
            el("form", ["method": "post", "action": "/plans/new", "class": "direction plan-form", "id": "tao-ke-hoach"]) {
                csrf
                el("fieldset") {
                    el("legend") { "Kế hoạch mới" }
                    el("label", ["for": "tinh"]) { "Tỉnh" }
                    el("select", ["id": "tinh", "name": "province"]) {
                        for province in model.provinces {
                            el("option", attributes: [("value", province), ("selected", province == model.province ? "selected" : nil)]) { province }
                        }
                    }
                    el("label", ["for": "ky-han"]) { "Kỳ kế hoạch" }
                    el("select", ["id": "ky-han", "name": "horizon"]) {
                        el("option", attributes: [("value", "annual"), ("selected", model.horizon == "annual" ? "selected" : nil)]) { "Hằng năm" }
                        el("option", attributes: [("value", "five_year"), ("selected", model.horizon == "five_year" ? "selected" : nil)]) { "5 năm" }
                    }
                    el("label", ["for": "nam-dau"]) { "Năm bắt đầu" }
                    el("input", ["type": "number", "id": "nam-dau", "name": "start_year", "min": "1990", "max": "2100",
                                 "required": "required", "value": model.startYear])
                    el("label", ["for": "nam-cuoi"]) { "Năm kết thúc (để trống: cùng năm với kế hoạch hằng năm, thêm 4 năm với kế hoạch 5 năm)" }
                    el("input", ["type": "number", "id": "nam-cuoi", "name": "end_year", "min": "1990", "max": "2100", "value": model.endYear])
                    el("label", ["for": "sao-chep"]) { "Hệ thống chỉ tiêu" }
                    el("select", ["id": "sao-chep", "name": "copy_from"]) {
                        el("option", ["value": ""]) { "Kế hoạch trống" }
                        for source in model.sources {
                            el("option", attributes: [("value", source.id.uuidString),
                                                      ("selected", source.id.uuidString == model.copyFrom ? "selected" : nil)]) {
                                "Sao chép từ: \(source.title) (\(source.province))"
                            }
                        }
                    }
                    el("button", ["type": "submit"]) { "Tạo kế hoạch" }
                }
            }
        }
    }

    static func settings(_ model: PlanSettingsModel, csrf: HTML) -> [HTML] {
        let plan = model.plan
        let base = "/plans/\(plan.id.uuidString)"
        return PlanPages.build {
            el("h1") { PlanPermissions.title("Cài đặt kế hoạch: \(plan.title)", readOnly: !model.mayEdit) }
            el("p", ["class": "actions"]) {
                el("a", ["href": base]) { "Tổng quan" }
                " · "
                el("a", ["href": "\(base)/targets"]) { "Chỉ tiêu kế hoạch" }
            }
            if let notice = model.notice { el("p", ["class": "notice", "role": "status"]) { notice } }
            if let alert = model.alert { el("p", ["class": "alert", "role": "alert"]) { alert } }
            el("form", ["method": "post", "action": "\(base)/settings", "class": "direction plan-form", "id": "cai-dat-ke-hoach"]) {
                csrf
                el("fieldset", attributes: [("disabled", model.mayEdit ? nil : "disabled")]) {
                    el("legend") { "Cách đánh giá" }
                    el("label", ["for": "cach-tinh"]) { "Chỉ tiêu tổng hợp (có chỉ tiêu thành phần)" }
                    el("select", ["id": "cach-tinh", "name": "composite_policy"]) {
                        for policy in CompositePolicy.allCases {
                            el("option", attributes: [("value", policy.rawValue), ("selected", policy == plan.compositePolicy ? "selected" : nil)]) { policy.label }
                        }
                    }
                    el("label", ["for": "cap-giao"]) { "Kế hoạch dùng để đánh giá khi chỉ tiêu có nhiều cấp giao" }
                    el("select", ["id": "cap-giao", "name": "governing_issuer"]) {
                        el("option", attributes: [("value", ""), ("selected", plan.governingIssuer == nil ? "selected" : nil)]) {
                            "Của tỉnh (mặc định): Tỉnh giao, HĐND tỉnh giao, rồi UBND tỉnh phấn đấu, rồi Trung ương giao"
                        }
                        for issuer in TargetIssuer.allCases {
                            el("option", attributes: [("value", issuer.rawValue), ("selected", issuer == plan.governingIssuer ? "selected" : nil)]) { issuer.label }
                        }
                    }
                    el("label", ["for": "can-khoang"]) { "Tỷ lệ % kế hoạch của chỉ tiêu giao theo khoảng (7 - 7,5)" }
                    el("select", ["id": "can-khoang", "name": "range_end"]) {
                        for end in PlanComparison.RangeEnd.allCases {
                            el("option", attributes: [("value", end.rawValue), ("selected", end == plan.rangeEnd ? "selected" : nil)]) { end.label }
                        }
                    }
                }
                el("fieldset", attributes: [("disabled", model.mayEdit ? nil : "disabled")]) {
                    el("legend") { "Ngày chốt số liệu của từng loại số liệu" }
                    for version in ValueVersion.allCases {
                        el("label", ["for": "chot-\(version.rawValue)"]) { version.label }
                        el("input", ["type": "date", "id": "chot-\(version.rawValue)", "name": "cutoff_\(version.rawValue)",
                                     "value": plan.dataCutoffs[version] ?? ""])
                    }
                }
                if model.mayEdit { el("button", ["type": "submit", "id": "luu-cai-dat"]) { "Lưu cài đặt" } }
            }
        }
    }
}
