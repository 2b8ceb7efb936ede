import Fluent
import Foundation
import SQLKit
import VeDichCore

/// A plan someone asks to create: its province, horizon and years, and the plan whose indicator
/// system it starts from (nil: an empty plan).
public struct PlanDraft: Sendable {
    public var province: String
    /// "annual" or "five_year".
    public var horizon: String
    public var startYear: Int
    /// Nil: the start year for an annual plan, four years on for a five-year one.
    public var endYear: Int?
    public var copyFrom: UUID?

    public init(province: String, horizon: String, startYear: Int, endYear: Int? = nil, copyFrom: UUID? = nil) {
        self.province = province
        self.horizon = horizon
        self.startYear = startYear
        self.endYear = endYear
        self.copyFrom = copyFrom
    }
}

/// A change of a plan's settings: nil leaves a setting as it is.
public struct PlanSettingsChange: Sendable {
    public var compositePolicy: CompositePolicy?
    /// `.some(nil)`: back to the default, the province's own target.
    public var governingIssuer: TargetIssuer??
    public var rangeEnd: PlanComparison.RangeEnd?
    /// A date `YYYY-MM-DD` per version; a nil date removes the version's cut-off.
    public var dataCutoffs: [ValueVersion: String?]

    public init(compositePolicy: CompositePolicy? = nil, governingIssuer: TargetIssuer?? = nil,
                rangeEnd: PlanComparison.RangeEnd? = nil, dataCutoffs: [ValueVersion: String?] = [:]) {
        self.compositePolicy = compositePolicy
        self.governingIssuer = governingIssuer
        self.rangeEnd = rangeEnd
        self.dataCutoffs = dataCutoffs
    }
}

extension Store {
    /// The years a plan may span: wide enough for history and the next strategy, narrow enough
    /// to catch a typo (20226).
    static let planYears = 1990...2100

    /// Creates a plan, empty or with the indicator system of `copyFrom` (a plan of the same
    /// province): its groups, the indicators in their order with their codes and components.
    /// Units, directions, the responsible agency and co-agencies belong to the indicator, so the new
    /// plan has them as the old one does; targets and values are not copied. Retired indicators
    /// (and their components) stay behind. The source's composite policy, governing issuer and
    /// range end come along: they are the province's way of judging, changed in the settings.
    public func createPlan(_ draft: PlanDraft, actor: String) async throws -> PlanInfo {
        guard database.inTransaction else {
            return try await database.writeTransaction { try await Store(database: $0).createPlan(draft, actor: actor) }
        }
        guard let horizon = ["annual", "five_year"].first(where: { $0 == draft.horizon }) else {
            throw PlanAuthoringError.invalidPlan(UserMessage(what: "Kỳ kế hoạch “\(draft.horizon)” không có",
                                                             fix: "Chọn annual (hằng năm) hoặc five_year (5 năm)"))
        }
        let start = draft.startYear
        let end = draft.endYear ?? (horizon == "annual" ? start : start + 4)
        guard Self.planYears.contains(start), Self.planYears.contains(end) else {
            throw PlanAuthoringError.invalidPlan(UserMessage(what: "Năm \(start)–\(end) nằm ngoài khoảng \(Self.planYears.lowerBound)–\(Self.planYears.upperBound)",
                                                             fix: "Kiểm tra lại năm bắt đầu và năm kết thúc"))
        }
        if horizon == "annual", end != start {
            throw PlanAuthoringError.invalidPlan(UserMessage(what: "Kế hoạch hằng năm phải bắt đầu và kết thúc cùng một năm (đang ghi \(start)–\(end))",
                                                             fix: "Ghi năm kết thúc bằng năm bắt đầu, hoặc chọn kế hoạch 5 năm"))
        }
        if horizon == "five_year", end != start + 4 {
            throw PlanAuthoringError.invalidPlan(UserMessage(what: "Kế hoạch 5 năm từ \(start) phải kết thúc năm \(start + 4) (đang ghi \(end))",
                                                             fix: "Sửa năm kết thúc thành \(start + 4)"))
        }
        let provinceName = draft.province.trimmed
        guard let province = try await AdminUnitRecord.query(on: database).filter(\.$name == provinceName).filter(\.$level == "province").first(),
              let provinceID = province.id else {
            throw PlanAuthoringError.provinceNotFound(name: provinceName)
        }
        let title = horizon == "annual"
            ? "Kế hoạch phát triển kinh tế - xã hội năm \(start)"
            : "Kế hoạch phát triển kinh tế - xã hội 5 năm \(start) - \(end)"
        if try await PlanRecord.query(on: database).filter(\.$unitID == provinceID).filter(\.$horizon == horizon)
            .filter(\.$startYear == start).filter(\.$endYear == end).first() != nil {
            throw PlanAuthoringError.planExists(title: title)
        }
        var source: PlanInfo?
        if let copyFrom = draft.copyFrom {
            guard let record = try await PlanRecord.find(copyFrom, on: database), record.unitID == provinceID else {
                throw PlanAuthoringError.copySourceNotFound(id: copyFrom.uuidString.lowercased(), province: provinceName)
            }
            let info = try await PlanRows.plan(copyFrom, on: database.sql)
            source = info
        }
        let plan = PlanRecord(unitID: provinceID, title: title, horizon: horizon, startYear: start, endYear: end,
                              compositePolicy: (source?.compositePolicy ?? .strict).rawValue)
        do {
            try await plan.create(on: database)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // Another person created the same plan a moment ago.
            throw PlanAuthoringError.planExists(title: title)
        }
        let planID = try plan.requireID()
        var copied = 0
        if let source {
            try await database.sql.raw("""
                UPDATE plans SET governing_issuer = \(bind: source.governingIssuer?.rawValue), range_end = \(bind: source.rangeEnd.rawValue)
                WHERE id = \(bind: planID)
                """).run()
            copied = try await copyIndicatorSystem(from: source.id, to: planID)
        }
        try await logChange(actor: actor, entity: "plan", entityID: planID, planID: planID, field: "tạo kế hoạch",
                            new: title, reason: source.map { "sao chép hệ thống \(copied) chỉ tiêu từ “\($0.title)”" } ?? "kế hoạch trống")
        try await bumpGeneration(plans: .plans([planID]))
        return try await PlanRows.plan(planID, on: database.sql)
    }

    /// The groups and placements of `sourceID` into `planID`, retired indicators left out: how
    /// many indicators were placed.
    private func copyIndicatorSystem(from sourceID: UUID, to planID: UUID) async throws -> Int {
        var groups: [UUID: UUID] = [:]
        for group in try await IndicatorGroupRecord.query(on: database).filter(\.$planID == sourceID).sort(\.$position).all() {
            let copy = IndicatorGroupRecord(planID: planID, numeral: group.numeral, title: group.title, position: group.position)
            try await copy.create(on: database)
            groups[try group.requireID()] = try copy.requireID()
        }
        let placements = try await database.sql.raw("""
            SELECT pi.indicator_id, pi.group_id, pi.code, pi.parent_indicator_id, pi.position, pi.outside_verdict
            FROM plan_indicators pi JOIN indicators i ON i.id = pi.indicator_id
            WHERE pi.plan_id = \(bind: sourceID) AND i.retired_at IS NULL
            ORDER BY pi.position
            """).all()
        let kept = Set(try placements.map { try $0.decode(column: "indicator_id", as: UUID.self) })
        var count = 0
        for row in placements {
            let parent: UUID? = try row.optional("parent_indicator_id")
            // A component of a retired headline goes with it.
            if let parent, !kept.contains(parent) { continue }
            let group: UUID? = try row.optional("group_id")
            let placement = PlanIndicatorRecord(planID: planID, indicatorID: try row.decode(column: "indicator_id", as: UUID.self),
                                                groupID: group.flatMap { groups[$0] }, code: try row.decode(column: "code", as: String.self),
                                                parentIndicatorID: parent, position: try row.decode(column: "position", as: Int.self))
            // A breakdown stays outside its row's verdict in the copy (see `ComponentOutsideVerdict`).
            placement.outsideVerdict = try row.optional("outside_verdict", as: Bool.self)
            try await placement.create(on: database)
            count += 1
        }
        return count
    }

    /// Changes a plan's settings, each change logged with its old and new value; the evaluation
    /// of every page, CSV and report follows at once.
    public func updatePlanSettings(planID: UUID, _ change: PlanSettingsChange, actor: String) async throws -> PlanInfo {
        guard database.inTransaction else {
            return try await database.writeTransaction { try await Store(database: $0).updatePlanSettings(planID: planID, change, actor: actor) }
        }
        try await lockPlanRow(planID)
        let plan = try await PlanRows.plan(planID, on: database.sql)
        var cutoffs = plan.dataCutoffs
        for (version, date) in change.dataCutoffs {
            if let date = date?.trimmed, !date.isEmpty {
                guard Self.isCalendarDate(date) else {
                    throw PlanAuthoringError.invalidSetting(UserMessage(
                        what: "Ngày chốt số liệu \(version.label.lowercased()) “\(date)” không đúng dạng năm-tháng-ngày",
                        fix: "Ghi ngày dạng 2026-06-15 (hoặc chọn trên lịch)"))
                }
                cutoffs[version] = date
            } else {
                cutoffs[version] = nil
            }
        }
        let policy = change.compositePolicy ?? plan.compositePolicy
        let issuer = change.governingIssuer ?? plan.governingIssuer
        let rangeEnd = change.rangeEnd ?? plan.rangeEnd
        var logged: [(field: String, old: String?, new: String?)] = []
        if policy != plan.compositePolicy { logged.append(("cách đánh giá chỉ tiêu tổng hợp", plan.compositePolicy.label, policy.label)) }
        if issuer != plan.governingIssuer {
            logged.append(("kế hoạch dùng để đánh giá", Self.governingLabel(plan.governingIssuer), Self.governingLabel(issuer)))
        }
        if rangeEnd != plan.rangeEnd { logged.append(("tỷ lệ % kế hoạch của chỉ tiêu khoảng", plan.rangeEnd.label, rangeEnd.label)) }
        for version in ValueVersion.allCases where cutoffs[version] != plan.dataCutoffs[version] {
            logged.append(("ngày chốt số liệu \(version.label.lowercased())", plan.dataCutoffs[version], cutoffs[version]))
        }
        guard !logged.isEmpty else { return plan }
        try await database.sql.raw("""
            UPDATE plans SET composite_policy = \(bind: policy.rawValue), governing_issuer = \(bind: issuer?.rawValue),
                range_end = \(bind: rangeEnd.rawValue), data_cutoffs = \(bind: PlanRows.storedCutoffs(cutoffs))
            WHERE id = \(bind: planID)
            """).run()
        for entry in logged {
            try await logChange(actor: actor, entity: "plan", entityID: planID, planID: planID, field: entry.field, old: entry.old, new: entry.new)
        }
        try await bumpGeneration(plans: .plans([planID]))
        return try await PlanRows.plan(planID, on: database.sql)
    }

    /// "đã ban hành": the plan's targets are locked from now on, for everyone, until an admin unlocks it.
    public func issuePlan(planID: UUID, actor: String) async throws -> PlanInfo {
        guard database.inTransaction else {
            return try await database.writeTransaction { try await Store(database: $0).issuePlan(planID: planID, actor: actor) }
        }
        try await lockPlanRow(planID)
        let plan = try await PlanRows.plan(planID, on: database.sql)
        if let at = plan.issuedAt { throw PlanAuthoringError.issued(plan: plan.title, by: plan.issuedBy ?? "", at: at) }
        let now = Date()
        try await database.sql.raw("UPDATE plans SET issued_at = \(bind: now), issued_by = \(bind: actor) WHERE id = \(bind: planID)").run()
        try await logChange(actor: actor, entity: "plan", entityID: planID, planID: planID, field: "ban hành kế hoạch",
                            old: "chưa ban hành", new: "đã ban hành", at: now)
        try await bumpGeneration(plans: .plans([planID]))
        return try await PlanRows.plan(planID, on: database.sql)
    }

    /// Unlocks an issued plan's targets; only with a reason, which the change log keeps. The web
    /// layer lets only an admin ask.
    public func unlockPlan(planID: UUID, reason: String, actor: String) async throws -> PlanInfo {
        guard database.inTransaction else {
            return try await database.writeTransaction { try await Store(database: $0).unlockPlan(planID: planID, reason: reason, actor: actor) }
        }
        let reason = reason.trimmed
        guard !reason.isEmpty else { throw PlanAuthoringError.reasonRequired }
        try await lockPlanRow(planID)
        let plan = try await PlanRows.plan(planID, on: database.sql)
        guard let issuedAt = plan.issuedAt else { throw PlanAuthoringError.notIssued(plan: plan.title) }
        try await database.sql.raw("UPDATE plans SET issued_at = NULL, issued_by = NULL WHERE id = \(bind: planID)").run()
        try await logChange(actor: actor, entity: "plan", entityID: planID, planID: planID, field: "mở khóa kế hoạch đã ban hành",
                            old: "đã ban hành (\(plan.issuedBy ?? ""), \(StoreError.vietnameseTime(issuedAt)))", new: "chưa ban hành", reason: reason)
        try await bumpGeneration(plans: .plans([planID]))
        return try await PlanRows.plan(planID, on: database.sql)
    }

    /// Refuses a change of an issued plan's targets (an import's included), naming who issued it.
    func refuseIfIssued(planID: UUID) async throws {
        let plan = try await PlanRows.plan(planID, on: database.sql)
        if let at = plan.issuedAt { throw PlanAuthoringError.issued(plan: plan.title, by: plan.issuedBy ?? "", at: at) }
    }

    /// The provinces a plan may be created for, by name: all of them, or the one with `id`.
    public func planProvinceChoices(only id: UUID? = nil) async throws -> [(id: UUID, name: String)] {
        var query = AdminUnitRecord.query(on: database).filter(\.$level == "province")
        if let id { query = query.filter(\.$id == id) }
        return try await query.sort(\.$name).all().map { (try $0.requireID(), $0.name) }
    }

    /// Makes the writers of one plan's settings and targets take turns on PostgreSQL, so a check
    /// (issued? which revision?) still holds when the write lands. SQLite writers already take
    /// turns (`writeTransaction`).
    func lockPlanRow(_ planID: UUID) async throws {
        let sql = try database.sql
        guard sql.dialect.name == "postgresql" else { return }
        guard try await sql.raw("SELECT id FROM plans WHERE id = \(bind: planID) FOR UPDATE").first() != nil else {
            throw StoreError.planNotFound(id: planID.uuidString)
        }
    }

    static func governingLabel(_ issuer: TargetIssuer?) -> String {
        issuer.map { "kế hoạch \($0.label)" } ?? "kế hoạch của tỉnh (mặc định)"
    }

    /// `2026-06-15`, a day that exists.
    static func isCalendarDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return false }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        guard let date = calendar.date(from: DateComponents(year: year, month: month, day: day)) else { return false }
        let back = calendar.dateComponents([.year, .month, .day], from: date)
        return back.year == year && back.month == month && back.day == day
    }
}
