import Vapor
import VeDichCore
import VeDichStore

/// "Danh mục chỉ tiêu" of a plan: every indicator with what the catalogue keeps of it, retired
/// ones marked; for the planning office a link to edit each and a form to add one.
enum CatalogueView {
    struct Model {
        var plan: PlanInfo
        var entries: [CatalogueEntry]
        var agencies: [AgencyListing]
        var mayEdit: Bool
        var mayAssign: Bool
        var notice: String?
        var alert: UserMessage?
        /// What was typed in the add form, shown again when it was refused.
        var draft: CataloguePages.AddForm?
    }

    static func page(_ req: Request, model: Model) async throws -> Response {
        let base = "/plans/\(model.plan.id.uuidString)"
        let title = PlanPermissions.title("Danh mục chỉ tiêu", readOnly: !model.mayEdit)
        return Layout.page(req, "\(title) — \(model.plan.title)") {
            el("h1") { title }
            el("p", ["class": "muted"]) {
                el("a", ["href": base]) { model.plan.title }
                " · \(model.plan.province) · \(model.entries.filter { !$0.isRetired }.count) chỉ tiêu đang theo dõi"
                let retired = model.entries.filter(\.isRetired).count
                if retired > 0 { ", \(retired) đã thôi theo dõi" }
            }
            if let notice = model.notice { el("p", ["class": "notice", "role": "status"]) { notice } }
            if let alert = model.alert { el("p", ["class": "alert", "role": "alert", "id": "loi"]) { "\(alert.what). \(alert.fix)." } }
            if model.mayAssign {
                el("p", ["class": "actions"]) { el("a", ["class": "button", "href": "\(base)/assignments"]) { "Giao chỉ tiêu cho cơ quan" } }
            }
            table(model, base: base)
            if model.mayEdit { addForm(req, model, base: base) }
        }
    }

    static func table(_ model: Model, base: String) -> HTML {
        el("div", ["class": "wrap"]) {
            el("table", ["class": "data", "id": "danh-muc"]) {
                el("thead") {
                    el("tr") {
                        el("th", ["scope": "col"]) { "Mã số" }
                        el("th", ["scope": "col"]) { "Chỉ tiêu" }
                        el("th", ["scope": "col"]) { "Đơn vị" }
                        el("th", ["scope": "col", "class": "hide-narrow"]) { "Hướng" }
                        el("th", ["scope": "col"]) { "Cơ quan phụ trách" }
                        el("th", ["scope": "col", "class": "hide-narrow"]) { "Phối hợp" }
                        el("th", ["scope": "col", "class": "hide-narrow"]) { "Mã cấp trên" }
                        el("th", ["scope": "col"]) { "Tình trạng" }
                    }
                }
                el("tbody") {
                    for (entry, newGroup) in zip(model.entries, startsGroup(model.entries)) {
                        if newGroup, let numeral = entry.group {
                            el("tr", ["class": "group"]) { el("td") { numeral }; el("td", ["colspan": "7"]) { entry.groupTitle ?? "Nhóm \(numeral)" } }
                        }
                        row(entry, model: model, base: base)
                    }
                }
            }
        }
    }

    static func row(_ entry: CatalogueEntry, model: Model, base: String) -> HTML {
        el("tr", attributes: [("id", "chi-tieu-\(entry.id.uuidString)"), ("class", entry.parentID != nil ? "component" : nil)]) {
            el("td") { entry.parentID == nil ? entry.code : "" }
            el("td", ["class": "name"]) {
                el("a", ["href": "/indicators/\(entry.id.uuidString)?plan=\(model.plan.id.uuidString)"]) { entry.name }
            }
            el("td") { entry.unit ?? "" }
            el("td", ["class": "hide-narrow"]) { entry.direction.label }
            el("td") { entry.agency?.name ?? "Sở Tài chính (tự nhập)" }
            el("td", ["class": "hide-narrow"]) { entry.coAgencies.map(\.name).joined(separator: "; ") }
            el("td", ["class": "hide-narrow"]) { entry.nationalCode ?? "" }
            el("td") {
                if let retired = entry.retiredAt {
                    el("span", ["class": "status s-retired"]) { "Thôi theo dõi từ \(StoreError.vietnameseTime(retired))" }
                } else {
                    "Đang theo dõi"
                }
                if model.mayEdit {
                    " · "
                    el("a", ["href": "\(base)/catalogue/\(entry.id.uuidString)", "aria-label": "Sửa \(entry.name)"]) { "Sửa" }
                }
            }
        }
    }

    static func addForm(_ req: Request, _ model: Model, base: String) -> HTML {
        let draft = model.draft
        let groups = groups(model.entries)
        return el("section", ["id": "them-chi-tieu"]) {
            el("h2") { "Thêm chỉ tiêu" }
            el("form", ["method": "post", "action": "\(base)/catalogue", "class": "catalogue", "id": "them"]) {
                Layout.csrfField(req)
                CatalogueFields.text("ten", "name", "Tên chỉ tiêu (bắt buộc)", draft?.name, required: true, maxLength: 300)
                CatalogueFields.text("don-vi", "unit", "Đơn vị tính (ví dụ %, tỷ đồng, người)", draft?.unit, maxLength: 60)
                CatalogueFields.groupSelect(groups, selected: draft?.group)
                CatalogueFields.text("ma-so", "code", "Mã số trong kế hoạch (để trống: số tiếp theo của nhóm)", draft?.code, maxLength: 20)
                CatalogueFields.parentSelect(model.entries.filter { $0.parentID == nil && !$0.isRetired }, selected: draft?.parent)
                CatalogueFields.directionSelect(draft?.direction ?? .higher)
                CatalogueFields.text("ly-do-huong", "direction_reason", "Lý do chọn hướng đánh giá", draft?.directionReason, maxLength: 2000)
                CatalogueFields.agencySelect(model.agencies, selected: draft?.agency)
                CatalogueFields.coAgencies(model.agencies, checked: Set(draft?.coAgencies ?? []))
                CatalogueFields.text("ma-cap-tren", "national_code", "Mã số ở hệ thống cấp cao hơn (QĐ 293/QĐ-TTg, QĐ 54/2016/QĐ-TTg)", draft?.nationalCode, maxLength: 40)
                el("button", ["type": "submit", "id": "them-nut"]) { "Thêm chỉ tiêu" }
            }
        }
    }

    /// The plan's groups in their order, then the usual three it lacks.
    static func groups(_ entries: [CatalogueEntry]) -> [(numeral: String, title: String)] {
        var groups: [(numeral: String, title: String)] = []
        for entry in entries {
            if let numeral = entry.group, !groups.contains(where: { $0.numeral == numeral }) {
                groups.append((numeral, entry.groupTitle ?? ""))
            }
        }
        for numeral in ["I", "II", "III"] where !groups.contains(where: { $0.numeral == numeral }) {
            groups.append((numeral, CatalogueText.defaultGroupTitle(numeral) ?? ""))
        }
        return groups
    }

    static func startsGroup(_ entries: [CatalogueEntry]) -> [Bool] {
        var seen = Set<String>()
        return entries.map { entry in entry.group.map { seen.insert($0).inserted } ?? false }
    }
}
