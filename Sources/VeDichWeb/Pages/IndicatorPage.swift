import Vapor
import VeDichCore
import VeDichStore

/// One indicator: its targets by plan and issuer, its values over periods and versions, a chart
/// with the target band, and the growth between its last two yearly values.
struct IndicatorPage: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("indicators", ":indicatorID", use: show)
    }

    /// For a level target (higher is better, a point or range), the amount still missing from the
    /// latest value of the plan's period: "Còn thiếu 240 so với kế hoạch 4.400 (ước 6 tháng năm 2025)".
    static func stillNeeded(_ target: IndicatorTarget, latest: [ObservationInfo]) -> String? {
        guard target.figure.form == .point || target.figure.form == .range, let goal = target.figure.lower,
              let value = latest.last(where: { $0.period.endYear == target.plan.endYear && $0.figure.form == .point }),
              let reached = value.figure.lower, reached < goal else { return nil }
        let digits = (try? VietnameseNumber.parse(value.figure.text).fractionDigits) ?? 0
        let missing = VietnameseNumber.format(Growth.amountStillNeeded(target: goal, soFar: reached), fractionDigits: digits)
        return "Còn thiếu \(missing) so với kế hoạch \(target.figure.text) (\(value.version.label.lowercased()) \(value.periodLabel))."
    }

    @Sendable func show(req: Request) async throws -> Response {
        let indicatorID = try req.indicatorID()
        let indicator = try await req.store.indicator(indicatorID)
        let targets = try await req.store.targets(indicatorID: indicatorID)
        let observations = try await req.store.observations(indicatorID: indicatorID)
        let planID = req.query[String.self, at: "plan"].flatMap(UUID.init(uuidString:))
        let chosen = targets.first { $0.plan.id == planID } ?? targets.last
        let latest = Dictionary(grouping: observations, by: { "\($0.period.kind.rawValue)|\($0.period.startYear)|\($0.period.endYear)|\($0.version.rawValue)" })
            .compactMapValues { $0.max { $0.revision < $1.revision } }.values
            .sorted { ($0.period.endYear, $0.period.startYear, $0.version.rawValue) < ($1.period.endYear, $1.period.startYear, $1.version.rawValue) }
        let points = latest.compactMap { observation -> Charts.Point? in
            guard observation.figure.form == .point, let value = observation.figure.lower else { return nil }
            return Charts.Point(label: observation.period.endYear == observation.period.startYear ? "\(observation.period.startYear)" : "\(observation.period.startYear)-\(observation.period.endYear % 100)", value: value)
        }
        let yearly = latest.filter { $0.period.kind == .year && $0.figure.form == .point }
        let growth: String? = yearly.count >= 2 ? {
            let last = yearly[yearly.count - 1], before = yearly[yearly.count - 2]
            guard let value = last.figure.lower, let base = before.figure.lower else { return nil }
            return Growth.sentence(value: value, base: base, baseName: "năm \(before.period.startYear)").map { "Năm \(last.period.startYear) \($0)." }
        }() : nil
        let stillNeeded = chosen.flatMap { target in Self.stillNeeded(target, latest: latest) }
        let changes = try await req.store.changes(indicatorID: indicatorID, limit: 50)
        return Layout.page(req, indicator.name) {
            el("h1") { indicator.name }
            el("p", ["class": "muted"]) { "Đơn vị: \(indicator.unit ?? "không ghi") · hướng: \(indicator.direction.label) (\(indicator.directionReason))" }
            el("h2") { "Kế hoạch theo cơ quan giao" }
            el("table", ["class": "data"]) {
                el("thead") { el("tr") { el("th") { "Kế hoạch" }; el("th") { "Cơ quan giao" }; el("th") { "Mục tiêu" } } }
                el("tbody") {
                    for target in targets {
                        el("tr") { el("td") { target.plan.title }; el("td") { target.issuer }; el("td", ["class": "num"]) { target.figure.text } }
                    }
                }
            }
            el("h2") { "Số liệu theo kỳ" }
            Charts.series(points, band: chosen.map { ($0.figure.lower, $0.figure.upper) }, unit: indicator.unit)
            if let growth { el("p") { growth } }
            if let stillNeeded { el("p", ["id": "con-thieu"]) { stillNeeded } }
            el("table", ["class": "data", "id": "so-lieu"]) {
                el("thead") { el("tr") { el("th") { "Kỳ" }; el("th") { "Loại số liệu" }; el("th") { "Giá trị" }; el("th") { "Bản sửa" }; el("th") { "Người ghi" } } }
                el("tbody") {
                    for observation in observations {
                        el("tr") {
                            el("td") { observation.periodLabel }
                            el("td") { observation.version.label }
                            el("td", ["class": "num"]) { observation.figure.text }
                            el("td", ["class": "num"]) { "\(observation.revision)" }
                            el("td") { observation.recordedBy }
                        }
                    }
                }
            }
            el("h2") { "Nhật ký thay đổi" }
            el("p") {
                el("a", ["href": "/api/v1/indicators/\(indicatorID.uuidString)/changes.csv"]) { "Tải toàn bộ nhật ký (CSV)" }
                " · "
                el("a", ["href": "/api/v1/indicators/\(indicatorID.uuidString)/changes.csv?sep=semicolon",
                         "title": "Phân cách bằng dấu chấm phẩy, cho Excel cài đặt tiếng Việt"]) { "CSV cho Excel (;)" }
            }
            el("table", ["class": "data", "id": "nhat-ky"]) {
                el("thead") { el("tr") { el("th") { "Thời điểm" }; el("th") { "Người" }; el("th") { "Nội dung" }; el("th") { "Cũ" }; el("th") { "Mới" }; el("th") { "Lý do" } } }
                el("tbody") {
                    for change in changes {
                        el("tr") {
                            el("td") { StoreError.vietnameseTime(change.at) }
                            el("td") { change.actor }
                            el("td") { change.field }
                            el("td", ["class": "num"]) { change.oldValue ?? "" }
                            el("td", ["class": "num"]) { change.newValue ?? "" }
                            el("td") { change.reason ?? "" }
                        }
                    }
                }
            }
        }
    }
}
