import Vapor
import VeDichCore
import VeDichStore

/// The plans list, a plan's dashboard and its indicator table.
struct PlanPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(use: plans)
        routes.get("plans", ":planID", use: dashboard)
        routes.get("plans", ":planID", "table", use: table)
    }

    @Sendable func plans(req: Request) async throws -> Response {
        let plans = try await req.readablePlans()
        return Layout.page(req, "Kế hoạch") {
            el("h1") { "Kế hoạch phát triển kinh tế - xã hội" }
            if let role = req.principal?.role, [.admin, .planner].contains(role) {
                el("p", ["class": "actions"]) { el("a", ["class": "button", "href": "/plans/new", "id": "tao-ke-hoach-moi"]) { "Tạo kế hoạch" } }
            }
            if plans.isEmpty {
                if let role = req.principal?.role, [.admin, .planner].contains(role) {
                    el("p") { "Chưa có kế hoạch nào. "; el("a", ["href": "/import"]) { "Nhập một báo cáo" }; " để bắt đầu." }
                } else {
                    el("p") { "Chưa có kế hoạch nào." }
                }
            }
            el("ul") {
                for plan in plans {
                    el("li") {
                        el("a", ["href": "/plans/\(plan.id.uuidString)"]) { plan.title }
                        el("span", ["class": "muted"]) { " — \(plan.province)" }
                    }
                }
            }
        }
    }

    @Sendable func dashboard(req: Request) async throws -> Response {
        let planID = try req.planID()
        let version = try req.version()
        // One snapshot holds every version, so comparing with the earlier one reads nothing more.
        let snapshot = try await req.planSnapshot(planID)
        let permissions = try await PlanPermissions.of(req, planID: planID)
        // An annual plan's early warning comes first; kept with the snapshot, per day asked (`?as_of=`, today).
        let asOf = try OutlookController.asOf(req)
        let outlooks = snapshot.plan.startYear == snapshot.plan.endYear ? try await req.store.outlooks(snapshot: snapshot, asOf: asOf) : nil
        // Kept with the snapshot too (asking and answering move the data generation on).
        let openExplanations = try await req.store.openExplanationCounts(snapshot: snapshot)
        return req.cachedPage("dashboard?version=\(version.rawValue)&as_of=\(asOf.iso)", of: snapshot) {
            Self.dashboard(req, snapshot: snapshot, version: version, permissions: permissions, outlooks: outlooks.map { ($0, asOf) },
                           openExplanations: openExplanations)
        }
    }

    /// The dashboard as sent, for `PageCache`.
    static func dashboard(_ req: Request, snapshot: PlanSnapshot, version: ValueVersion, permissions: PlanPermissions,
                          outlooks: (items: [IndicatorOutlook], asOf: CalendarDay)? = nil,
                          openExplanations: [OpenExplanationCount] = []) -> ByteBuffer {
        let evaluation = snapshot.evaluation(version)
        // Verdicts change between versions of the year's value; "ước 6 tháng" is the first half's
        // value (another period), never compared with the year's.
        let earlier = version == .firstHalfEstimate ? nil : ValueVersion.allCases.prefix { $0 != version }.last { $0 != .firstHalfEstimate }
        let before = earlier.map(snapshot.evaluation)
        let plan = evaluation.plan
        let base = "/plans/\(plan.id.uuidString)"
        // Everything below the header is the same for everyone who may read the plan: rendered
        // once per snapshot and version; who is logged in is rendered per request by Layout.
        let summary = snapshot.renderings.value("page:dashboard-summary?version=\(version.rawValue)") { HTML.fragment(Self.build {
            el("h1") { plan.title }
            el("p", ["class": "muted"]) {
                "\(plan.province) · số liệu \(Layout.versionAndPeriod(version, evaluation.periodLabel))"
                    + (plan.dataCutoffs[version].map { " tính đến ngày \(PlanFormsView.dayMonthYear($0))" } ?? "")
                    + " · chỉ tiêu tổng hợp đánh giá theo \(Layout.compositePolicyName(plan.compositePolicy))"
            }
            Layout.versionSwitch(version) { "\(base)?version=\($0.rawValue)" }
        }).render() }
        let counts = snapshot.renderings.value("page:dashboard-counts?version=\(version.rawValue)") { HTML.fragment(Self.build {
            el("div", ["class": "cards"]) {
                el("div", ["class": "card", "id": "tong-hop"]) {
                    el("div", ["class": "big"]) { "\(evaluation.summary.total.metOrExceeded)/\(evaluation.summary.total.total)" }
                    el("div") { "chỉ tiêu đạt và vượt" }
                }
                for group in evaluation.summary.groups {
                    el("div", ["class": "card"]) {
                        el("div", ["class": "big"]) { "\(group.counts.metOrExceeded)/\(group.counts.total)" }
                        el("div") { "nhóm \(group.group)" }
                    }
                }
            }
            el("p", ["id": "cau-tong-hop"]) { "Tổng hợp: \(evaluation.summaryText) (vượt \(evaluation.summary.total.exceeded), đạt \(evaluation.summary.total.met), không đạt \(evaluation.summary.total.missed))." }
            el("h2") { "Số chỉ tiêu theo đánh giá" }
            Charts.verdictBars(evaluation.summary.total)
        }).render() }
        // The links depend on what this person may do, so they are rendered per request.
        let links = el("p", ["class": "actions"]) {
            el("a", ["class": "button", "href": "\(base)/table?version=\(version.rawValue)"]) { "Xem bảng chỉ tiêu" }
            " "
            el("a", ["class": "button", "href": "\(base)/entry?version=\(version.rawValue)"]) { permissions.mayEnter ? "Nhập số liệu" : "Xem số liệu đã nhập" }
            " "
            el("a", ["class": "button", "href": "\(base)/sections"]) { "Nội dung báo cáo" }
            " "
            el("a", ["class": "button", "href": "\(base)/workflow?version=\(version.rawValue)"]) {
                permissions.mayTakeWorkflowSteps ? "Gửi và phê duyệt" : "Tình trạng phê duyệt"
            }
            " "
            el("a", ["class": "button", "href": "\(base)/targets", "id": "chi-tieu-ke-hoach"]) {
                permissions.mayEdit && !plan.isIssued ? "Sửa chỉ tiêu kế hoạch" : "Chỉ tiêu kế hoạch"
            }
            if permissions.mayEdit {
                " "
                el("a", ["class": "button", "href": "\(base)/settings", "id": "cai-dat"]) { "Cài đặt kế hoạch" }
            }
            " "
            el("a", ["class": "button", "href": "\(base)/catalogue", "id": "danh-muc-chi-tieu"]) { "Danh mục chỉ tiêu" }
            if permissions.mayEdit {
                " "
                el("a", ["class": "button", "href": "\(base)/assignments", "id": "giao-chi-tieu-link"]) { "Giao chỉ tiêu" }
            }
        }
        let details = snapshot.renderings.value("page:dashboard-details?version=\(version.rawValue)") { () -> String in
            // Worked out only when rendered, once per snapshot and version.
            let changed = before.map { evaluation.verdictChanges(since: $0) } ?? []
            let missing = evaluation.withoutData
            return HTML.fragment(Self.build {
            el("h2") { "Chỉ tiêu chưa có số liệu (\(missing.count))" }
            if missing.isEmpty {
                el("p", ["class": "muted"]) { "Mọi chỉ tiêu đều đã có số liệu \(version.label.lowercased())." }
            } else {
                el("ul", ["id": "chua-co-so-lieu"]) {
                    for line in missing {
                        el("li") {
                            el("a", ["href": "/indicators/\(line.indicatorID.uuidString)?plan=\(plan.id.uuidString)"]) { "\(line.code) \(line.name)" }
                            let parts = line.partsWithoutValue.map(\.name)
                            if !parts.isEmpty { el("span", ["class": "muted"]) { " — thiếu: " + parts.joined(separator: "; ") } }
                        }
                    }
                }
            }
            el("h2") { "Đổi đánh giá so với \(earlier?.label.lowercased() ?? "loại số liệu trước")" }
            if let earlier, before != nil, !changed.isEmpty {
                el("ul") {
                    for (now, old) in changed {
                        el("li") { "\(now.code) \(now.name): \(old.label) (\(earlier.label.lowercased())) → "; Layout.verdict(now.verdict) }
                    }
                }
            } else {
                el("p", ["class": "muted"]) { earlier == nil ? "Đây là loại số liệu đầu tiên trong kỳ." : "Không có chỉ tiêu nào đổi đánh giá." }
            }
            }).render()
        }
        let warning = outlooks.map { OutlookView.dashboardSection($0.items, asOf: $0.asOf, planID: plan.id) }
        // Per person (a clerk sees the agency's own count); the page cache keeps it per person.
        let clerkAgency = req.principal?.role == .agencyClerk ? req.principal?.agencyID : nil
        let explanations = OpenExplanationsView.dashboardSection(openExplanations, planID: plan.id, clerkAgency: clerkAgency)
        return Layout.bytes(req, plan.title) {
            HTML.raw(summary); if let warning { warning }; explanations; HTML.raw(counts); links; HTML.raw(details)
        }
    }

    @Sendable func table(req: Request) async throws -> Response {
        let planID = try req.planID()
        let version = try req.version()
        let snapshot = try await req.planSnapshot(planID)
        return req.cachedPage("table?version=\(version.rawValue)", of: snapshot) {
            Self.table(req, snapshot: snapshot, version: version)
        }
    }

    /// The indicator table as sent, for `PageCache`.
    static func table(_ req: Request, snapshot: PlanSnapshot, version: ValueVersion) -> ByteBuffer {
        let evaluation = snapshot.evaluation(version)
        let previous = snapshot.previous
        let plan = evaluation.plan
        let base = "/plans/\(plan.id.uuidString)"
        // Group rows go before the first indicator of each group.
        var seen = Set<String>()
        let startsGroup = evaluation.indicators.map { indicator in indicator.group.map { seen.insert($0).inserted } ?? false }
        let main = snapshot.renderings.value("page:table?version=\(version.rawValue)") { HTML.fragment(Self.build {
            el("h1") { "Bảng chỉ tiêu: \(plan.title)" }
            Layout.versionSwitch(version) { "\(base)/table?version=\($0.rawValue)" }
            el("p") {
                "Tải về: "
                el("a", ["href": "\(base)/report.docx?version=\(version.rawValue)"]) { "Báo cáo (DOCX)" }
                " · "
                el("a", ["href": "\(base)/report.pdf?version=\(version.rawValue)"]) { "PDF" }
                " · "
                el("a", ["href": "\(base)/report.xlsx?version=\(version.rawValue)"]) { "Phụ lục (XLSX)" }
                " · "
                el("a", ["href": "\(base)/sections"]) { "Nội dung báo cáo" }
                " · "
                el("a", ["href": "\(base)/table.xlsx?version=\(version.rawValue)", "id": "bang-xlsx"]) { "Bảng (XLSX)" }
                " · "
                el("a", ["href": "/api/v1/plans/\(plan.id.uuidString)/evaluation.csv?version=\(version.rawValue)"]) { "CSV" }
                " · "
                el("a", ["href": "/api/v1/plans/\(plan.id.uuidString)/evaluation.csv?version=\(version.rawValue)&sep=semicolon",
                         "title": "Phân cách bằng dấu chấm phẩy, cho Excel cài đặt tiếng Việt"]) { "CSV cho Excel (;)" }
                " · "
                el("a", ["href": base + "?version=\(version.rawValue)"]) { "Tổng quan" }
            }
            el("div", ["class": "wrap"]) {
                el("table", ["class": "data", "id": "bang-chi-tieu"]) {
                    el("caption", ["class": "muted"]) { "Chỉ tiêu tổng hợp đánh giá theo \(Layout.compositePolicyName(plan.compositePolicy)): \(evaluation.summaryText)" }
                    el("thead") {
                        el("tr") {
                            el("th", ["scope": "col"]) { "TT" }
                            el("th", ["scope": "col"]) { "Chỉ tiêu" }
                            el("th", ["scope": "col"]) { "Kế hoạch" }
                            el("th", ["scope": "col", "class": "hide-narrow"]) { previous.map { "Thực hiện \($0.period)" } ?? "Kỳ trước" }
                            el("th", ["scope": "col"]) { Layout.versionAndPeriod(version, evaluation.periodLabel, capitalized: true) }
                            el("th", ["scope": "col", "class": "hide-narrow"]) { "% kế hoạch" }
                            el("th", ["scope": "col"]) { "Đánh giá" }
                        }
                    }
                    el("tbody") {
                        for (indicator, newGroup) in zip(evaluation.indicators, startsGroup) {
                            if newGroup, let numeral = indicator.group {
                                el("tr", ["class": "group"]) { el("td") { numeral }; el("td", ["colspan": "6"]) { Self.groupTitle(numeral, indicator.groupTitle, evaluation) } }
                            }
                            Self.row(indicator, code: indicator.code, previous: previous?.values, plan: plan, isComponent: false)
                            for component in indicator.components {
                                Self.row(component, code: "", previous: previous?.values, plan: plan, isComponent: true)
                            }
                        }
                    }
                }
            }
        }).render() }
        return Layout.bytes(req, "Bảng chỉ tiêu — \(plan.title)") { HTML.raw(main) }
    }

    /// The content of a page as nodes, to render once and keep.
    static func build(@HTMLBuilder _ content: () -> [HTML]) -> [HTML] { content() }

    static func groupTitle(_ numeral: String, _ title: String?, _ evaluation: PlanEvaluation) -> String {
        let counts = evaluation.summary.groups.first { $0.group == numeral }?.counts
        return (title ?? "Nhóm \(numeral)") + (counts.map { " — \($0.sentence)" } ?? "")
    }

    static func row(_ line: IndicatorEvaluation, code: String, previous: [UUID: FigureValue]?, plan: PlanInfo, isComponent: Bool) -> HTML {
        el("tr", attributes: [("class", isComponent ? "component" : nil), ("data-code", isComponent ? nil : code)]) {
            el("td") { code }
            el("td", ["class": "name"]) {
                el("a", ["href": "/indicators/\(line.indicatorID.uuidString)?plan=\(plan.id.uuidString)"]) { line.name }
            }
            el("td", ["class": "num"]) { line.target?.text ?? "" }
            el("td", ["class": "num hide-narrow"]) { previous?[line.indicatorID]?.text ?? "" }
            el("td", ["class": "num"]) { line.value?.text ?? "" }
            // The core's one rule for "% kế hoạch", printed as the CSV and the reports print it.
            el("td", ["class": "num comparison hide-narrow"]) { line.comparisonCell }
            el("td") {
                if line.target != nil || !line.components.isEmpty {
                    el("details") {
                        el("summary") { Layout.verdict(line.verdict) }
                        el("p") { line.reason }
                    }
                }
                if let deciding = line.decidingComponent, deciding.indicatorID != line.indicatorID { Layout.deciding(deciding) }
            }
        }
    }
}
