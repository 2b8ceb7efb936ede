import Foundation
import VeDichCore
import VeDichStore

/// The controls of the catalogue's forms (add and edit), each with its label, so both forms
/// read the same and post the same field names.
enum CatalogueFields {
    static func text(_ id: String, _ name: String, _ label: String, _ value: String?, required: Bool = false, maxLength: Int) -> HTML {
        el("p", ["class": "field"]) {
            el("label", ["for": id]) { label }
            el("input", attributes: [("type", "text"), ("id", id), ("name", name), ("value", value ?? ""),
                                     ("maxlength", String(maxLength)), ("required", required ? "required" : nil)])
        }
    }

    static func groupSelect(_ groups: [(numeral: String, title: String)], selected: String?) -> HTML {
        el("p", ["class": "field"]) {
            el("label", ["for": "nhom"]) { "Nhóm" }
            el("select", ["id": "nhom", "name": "group"]) {
                for group in groups {
                    el("option", attributes: [("value", group.numeral), ("selected", group.numeral == selected ? "selected" : nil)]) {
                        "\(group.numeral). \(group.title)"
                    }
                }
            }
        }
    }

    /// The headline an indicator is a component of; "" makes it a headline.
    static func parentSelect(_ headlines: [CatalogueEntry], selected: String?) -> HTML {
        el("p", ["class": "field"]) {
            el("label", ["for": "chi-tieu-chinh"]) { "Là thành phần của (chỉ tiêu tổng hợp)" }
            el("select", ["id": "chi-tieu-chinh", "name": "parent"]) {
                el("option", attributes: [("value", ""), ("selected", (selected ?? "").isEmpty ? "selected" : nil)]) { "— Không: chỉ tiêu chính —" }
                for headline in headlines {
                    el("option", attributes: [("value", headline.id.uuidString),
                                              ("selected", selected == headline.id.uuidString ? "selected" : nil)]) {
                        "\(headline.code) \(headline.name)"
                    }
                }
            }
        }
    }

    static func directionSelect(_ current: Direction) -> HTML {
        el("p", ["class": "field"]) {
            el("label", ["for": "huong"]) { "Hướng đánh giá" }
            el("select", ["id": "huong", "name": "direction"]) {
                for direction in Direction.allCases {
                    el("option", attributes: [("value", direction.rawValue), ("selected", direction == current ? "selected" : nil)]) { direction.label }
                }
            }
        }
    }

    /// The responsible agency; "" leaves the indicator with the planning office.
    static func agencySelect(_ agencies: [AgencyListing], selected: String?, id: String = "co-quan", name: String = "agency",
                             label: String = "Cơ quan phụ trách (nhập số liệu)") -> HTML {
        el("p", ["class": "field"]) {
            el("label", ["for": id]) { label }
            el("select", ["id": id, "name": name]) {
                el("option", attributes: [("value", ""), ("selected", (selected ?? "").isEmpty ? "selected" : nil)]) { "Sở Tài chính (tự nhập)" }
                for agency in agencies {
                    el("option", attributes: [("value", agency.id.uuidString), ("selected", selected == agency.id.uuidString ? "selected" : nil)]) {
                        agency.name
                    }
                }
            }
        }
    }

    static func coAgencies(_ agencies: [AgencyListing], checked: Set<UUID>) -> HTML {
        el("fieldset", ["class": "checks"]) {
            el("legend") { "Cơ quan phối hợp" }
            if agencies.isEmpty { el("p", ["class": "muted"]) { "Tỉnh chưa có cơ quan nào." } }
            for agency in agencies {
                let id = "phoi-hop-\(agency.id.uuidString)"
                el("label", ["for": id]) {
                    el("input", attributes: [("type", "checkbox"), ("id", id), ("name", "co_agencies[]"), ("value", agency.id.uuidString),
                                             ("checked", checked.contains(agency.id) ? "checked" : nil)])
                    " \(agency.name)"
                }
            }
        }
    }
}
