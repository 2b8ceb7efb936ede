import Vapor
import VeDichCore
import VeDichStore

/// One indicator: its targets by plan and issuer, its values over periods and versions, a chart
/// with the target band, and the growth between its last two yearly values.
struct IndicatorPage: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("indicators", ":indicatorID", use: show)
    }

    /// How far the most final value of the plan's period still is from the target, by the core's
    /// rule (`Shortfall`: below the floor when higher is better, over the ceiling when lower is):
    /// "Còn thiếu 240 so với kế hoạch 4.400 (ước 6 tháng năm 2025)."
    static func stillNeeded(_ target: IndicatorTarget, direction: Direction, latest: [ObservationInfo]) -> String? {
        let order = ValueVersion.allCases
        guard let value = latest.filter({ $0.period == target.plan.period && $0.figure.form == .point })
                .max(by: { (order.firstIndex(of: $0.version) ?? 0, $0.revision) < (order.firstIndex(of: $1.version) ?? 0, $1.revision) }),
              let number = value.figure.lower,
              let shortfall = Shortfall(value: number, target: target.figure, direction: direction) else { return nil }
        let digits = (try? VietnameseNumber.parse(value.figure.text).fractionDigits) ?? 0
        let text = shortfall.text(targetText: target.figure.text, fractionDigits: digits)
        return text.prefix(1).uppercased() + text.dropFirst() + " (\(Layout.versionAndPeriod(value.version, value.periodLabel)))."
    }

    /// Kept as sent while the national stamp stays (`Request.nationalAnswer`): the page shows
    /// values, targets, the change log (the data generation) and which values are locked by a
    /// submission or approval (the workflow counter); the address (`?plan=`, `?as_of=`, `?done=`),
    /// the day in Việt Nam (the early warning is as of today) and the person and session (the
    /// forms, their CSRF token, the frame) are in the key. Only a 200 is kept, and access is
    /// decided before (`ReadAccess`), so a refused person never reaches a kept page.
    @Sendable func show(req: Request) async throws -> Response {
        try await req.nationalAnswer(html: true) { try await page(req: req) }
    }

    func page(req: Request) async throws -> Response {
        let indicatorID = try req.indicatorID()
        let indicator = try await req.store.indicator(indicatorID)
        let targets = try await req.store.targets(indicatorID: indicatorID)
        let observations = try await req.store.observations(indicatorID: indicatorID)
        // Figures are drawn and compared from values still standing: a withdrawn one is no value.
        let live = IndicatorForms.live(observations)
        let planID = req.query[String.self, at: "plan"].flatMap(UUID.init(uuidString:))
        let chosen = targets.first { $0.plan.id == planID } ?? targets.last
        let latest = Dictionary(grouping: live, by: { "\($0.period.storageKind)|\($0.period.startYear)|\($0.period.endYear)|\($0.version.rawValue)" })
            .compactMapValues { $0.max { $0.revision < $1.revision } }.values
            .sorted { ($0.period.endYear, $0.period.startYear, $0.version.rawValue) < ($1.period.endYear, $1.period.startYear, $1.version.rawValue) }
        let marks = PeriodChart.marks(live)
        // Growth compares a year with the year before it (each in its most final version), never
        // two versions of the same year.
        let yearly = marks.compactMap { mark in
            mark.period.kind == .year && mark.figure.form == .point
                ? mark.figure.lower.map { YearOnYearGrowth.Point(year: mark.period.startYear, value: $0, version: mark.version) } : nil
        }
        let growth = YearOnYearGrowth(yearly: yearly)?.sentence
        let stillNeeded = chosen.flatMap { target in Self.stillNeeded(target, direction: indicator.direction, latest: latest) }
        let changes = try await req.store.changes(indicatorID: indicatorID, limit: 50)
        let people = try await PeopleNames.load(req)
        let owner = try await req.store.owner(indicatorID: indicatorID)
        let locked = try await IndicatorForms.lockedValues(req, indicatorID: indicatorID, observations: observations)
        let composite = if let chosen { try await Self.composite(req, indicatorID: indicatorID, planID: chosen.plan.id) } else { nil as Composite? }
        let asOf = try OutlookController.asOf(req)
        // The early warning of the chosen annual plan, as the dashboard reads it.
        let outlook = if let plan = chosen?.plan, plan.startYear == plan.endYear {
            try await req.store.outlook(planID: plan.id, indicatorID: indicatorID, asOf: asOf)
        } else { nil as IndicatorOutlook? }
        let inYear = outlook == nil ? nil : try await req.store.inYearSettings(indicatorIDs: [indicatorID])[indicatorID]
        return Layout.page(req, indicator.name) {
            el("h1") { indicator.name }
            el("p", ["class": "muted"]) { "Đơn vị: \(indicator.unit ?? "không ghi") · \(Self.directionLine(indicator.direction, reason: indicator.directionReason))" }
            if let notice = IndicatorForms.notice(req) { el("p", ["class": "notice", "role": "status"]) { notice } }
            IndicatorForms.directionForm(req, indicatorID: indicatorID, current: indicator.direction, province: owner.province, plan: planID)
            if let outlook, let plan = chosen?.plan {
                OutlookView.indicatorSection(req, outlook, settings: inYear, asOf: asOf, plan: plan, province: owner.province)
            }
            if let composite { Self.parts(composite) }
            el("h2") { "Kế hoạch theo cơ quan giao" }
            el("div", ["class": "wrap"]) {
                el("table", ["class": "data"]) {
                    el("thead") { el("tr") { el("th") { "Kế hoạch" }; el("th") { "Cơ quan giao" }; el("th") { "Mục tiêu" } } }
                    el("tbody") {
                        for target in targets {
                            el("tr") { el("td") { target.plan.title }; el("td") { target.issuer }; el("td", ["class": "num"]) { target.figure.text } }
                        }
                    }
                }
            }
            el("h2") { "Số liệu theo kỳ" }
            el("div", ["class": "wrap"]) {
                PeriodChart.draw(marks, target: chosen.map { ($0.figure, $0.plan.period) }, unit: indicator.unit)
            }
            if let growth { el("p") { growth } }
            if let stillNeeded { el("p", ["id": "con-thieu"]) { stillNeeded } }
            el("div", ["class": "wrap"]) {
                el("table", ["class": "data", "id": "so-lieu"]) {
                    el("thead") { el("tr") { el("th") { "Kỳ" }; el("th") { "Loại số liệu" }; el("th") { "Giá trị" }; el("th") { "Bản sửa" }; el("th") { "Người ghi" } } }
                    el("tbody") {
                        for observation in observations {
                            el("tr") {
                                el("td") { observation.periodLabel }
                                el("td") { observation.version.label }
                                el("td", ["class": "num"]) { IndicatorForms.historyText(observation) }
                                el("td", ["class": "num"]) { "\(observation.revision)" }
                                el("td") { people[observation.recordedBy] }
                            }
                        }
                    }
                }
            }
            IndicatorForms.historyNotes(observations)
            IndicatorForms.withdrawForms(req, indicatorID: indicatorID, observations: observations, owner: owner, locked: locked, plan: planID)
            el("h2") { "Nhật ký thay đổi" }
            el("p") {
                el("a", ["href": "/api/v1/indicators/\(indicatorID.uuidString)/changes.csv"]) { "Tải toàn bộ nhật ký (CSV)" }
                " · "
                el("a", ["href": "/api/v1/indicators/\(indicatorID.uuidString)/changes.csv?sep=semicolon",
                         "title": "Phân cách bằng dấu chấm phẩy, cho Excel cài đặt tiếng Việt"]) { "CSV cho Excel (;)" }
            }
            el("div", ["class": "wrap"]) {
                el("table", ["class": "data", "id": "nhat-ky"]) {
                    el("thead") { el("tr") { el("th") { "Thời điểm" }; el("th") { "Người" }; el("th") { "Nội dung" }; el("th") { "Cũ" }; el("th") { "Mới" }; el("th") { "Lý do" } } }
                    el("tbody") {
                        for change in changes {
                            el("tr") {
                                el("td") { StoreError.vietnameseTime(change.at) }
                                el("td") { people[change.actor] }
                                el("td") { change.field }
                                // Old and new may be words (a name, a direction), not only numbers: they wrap.
                                el("td") { change.oldValue ?? "" }
                                el("td") { change.newValue ?? "" }
                                el("td") { change.reason ?? "" }
                            }
                        }
                    }
                }
            }
        }
    }
}

extension IndicatorPage {
    /// Where this indicator stands among composites in a plan: its parts (if it is a composite)
    /// with their targets, values and verdicts, or the composite it is part of.
    struct Composite {
        var plan: PlanInfo
        var version: ValueVersion
        var headline: IndicatorEvaluation?
        var parts: [IndicatorEvaluation]
        var isPart: Bool
    }

    /// Read from the indicator's lines of the plan, judged as the plan's snapshot judges them
    /// (`Store.indicatorSlice`), in the most final version that has any value of it.
    static func composite(_ req: Request, indicatorID: UUID, planID: UUID) async throws -> Composite? {
        let snapshot = try await req.store.indicatorSlice(planID: planID, indicatorID: indicatorID)
        let versions = ValueVersion.allCases.reversed()
        func headline(in evaluation: PlanEvaluation) -> IndicatorEvaluation? {
            evaluation.indicators.first { $0.indicatorID == indicatorID || $0.components.contains { $0.indicatorID == indicatorID } }
        }
        let version = versions.first { version in
            headline(in: snapshot.evaluation(version)).map { ([$0] + $0.components).contains { $0.value != nil } } ?? false
        } ?? .official
        guard let line = headline(in: snapshot.evaluation(version)), !line.components.isEmpty else { return nil }
        return Composite(plan: snapshot.plan, version: version, headline: line, parts: line.components, isPart: line.indicatorID != indicatorID)
    }

    static func parts(_ composite: Composite) -> HTML {
        let planLink = "?plan=\(composite.plan.id.uuidString)"
        return el("section", ["id": "thanh-phan"]) {
            if composite.isPart, let headline = composite.headline {
                el("p") {
                    "Thành phần của chỉ tiêu tổng hợp "
                    el("a", ["href": "/indicators/\(headline.indicatorID.uuidString)\(planLink)"]) { "\(headline.code) \(headline.name)" }
                    ": "
                    Layout.verdict(headline.verdict)
                }
            } else {
                el("h2") { "Các thành phần (\(composite.version.label.lowercased()))" }
                el("div", ["class": "wrap"]) {
                    el("table", ["class": "data"]) {
                        el("thead") { el("tr") { el("th") { "Thành phần" }; el("th") { "Kế hoạch" }; el("th") { "Giá trị" }; el("th") { "Đánh giá" } } }
                        el("tbody") {
                            for part in composite.parts {
                                el("tr") {
                                    el("td") { el("a", ["href": "/indicators/\(part.indicatorID.uuidString)\(planLink)"]) { part.name } }
                                    el("td", ["class": "num"]) { part.target?.text ?? "" }
                                    el("td", ["class": "num"]) { part.value?.text ?? "" }
                                    el("td") { Layout.verdict(part.verdict) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// "hướng: cao hơn là tốt (lý do)", but the reason alone when it already ends with the direction
    /// in words (reasons from the dictionary and the defaults do), so the label is not said twice.
    static func directionLine(_ direction: Direction, reason: String) -> String {
        if reason.isEmpty { return "hướng: \(direction.label)" }
        if reason.contains(direction.label) { return "hướng: \(reason)" }
        return "hướng: \(direction.label) (\(reason))"
    }
}
