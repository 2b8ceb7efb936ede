import Fluent
import Foundation
import SQLKit
import VeDichCore

/// One indicator as the catalogue of a plan keeps it: its place in the plan (group, code, order,
/// the headline it is a component of) and what the province's system says of it (name, unit,
/// direction, agencies, national code, whether it is still followed).
public struct CatalogueEntry: Sendable, Codable, Equatable {
    public var id: UUID
    public var code: String
    public var name: String
    public var unit: String?
    public var direction: Direction
    public var directionReason: String
    public var group: String?
    public var groupTitle: String?
    public var parentID: UUID?
    public var position: Int
    /// The agency that enters its values; nil: the planning office's own.
    public var agency: AgencyInfo?
    /// Agencies that take part (cơ quan phối hợp).
    public var coAgencies: [AgencyInfo]
    /// Its code in the higher-level system (QĐ 293 / QĐ 54).
    public var nationalCode: String?
    public var retiredAt: Date?
    public var retiredReason: String?
    /// Counts catalogue edits: an edit names the revision it started from.
    public var revision: Int

    public var isRetired: Bool { retiredAt != nil }

    enum CodingKeys: String, CodingKey {
        case id, code, name, unit, direction, group, position, agency, revision
        case directionReason = "direction_reason", groupTitle = "group_title", parentID = "parent_id"
        case coAgencies = "co_agencies", nationalCode = "national_code", retiredAt = "retired_at", retiredReason = "retired_reason"
    }
}

/// An indicator to add to a plan's catalogue.
public struct NewIndicator: Sendable {
    public var name: String
    public var unit: String?
    /// The group's numeral (`I`, `II`, `III`); a group the plan lacks is made.
    public var group: String
    public var groupTitle: String?
    /// Nil: the next number in its group (`II.6` after `II.5`), or its headline's code.
    public var code: String?
    public var parentID: UUID?
    public var direction: Direction
    public var directionReason: String
    public var agencyID: UUID?
    public var coAgencyIDs: [UUID]
    public var nationalCode: String?

    public init(name: String, unit: String? = nil, group: String, groupTitle: String? = nil, code: String? = nil,
                parentID: UUID? = nil, direction: Direction = .higher, directionReason: String = "",
                agencyID: UUID? = nil, coAgencyIDs: [UUID] = [], nationalCode: String? = nil) {
        self.name = name
        self.unit = unit
        self.group = group
        self.groupTitle = groupTitle
        self.code = code
        self.parentID = parentID
        self.direction = direction
        self.directionReason = directionReason
        self.agencyID = agencyID
        self.coAgencyIDs = coAgencyIDs
        self.nationalCode = nationalCode
    }
}

/// A link an edit keeps, removes or sets.
public enum LinkChange: Sendable, Equatable {
    case keep, clear, set(UUID)
}

/// What an edit changes; nil (or `.keep`) leaves a field as it is.
public struct CatalogueEdit: Sendable {
    public var basedOnRevision: Int
    public var name: String?
    /// "" removes the unit.
    public var unit: String?
    public var code: String?
    /// "" removes it.
    public var nationalCode: String?
    public var group: String?
    /// 1-based place among its siblings (the group's headlines, or the headline's components).
    public var order: Int?
    public var parent: LinkChange
    public var agency: LinkChange
    public var coAgencyIDs: [UUID]?
    public var direction: Direction?
    /// Why the direction changed: required with a new direction.
    public var directionReason: String?
    /// Why, kept in the change log beside every field changed.
    public var reason: String?

    public init(basedOnRevision: Int, name: String? = nil, unit: String? = nil, code: String? = nil, nationalCode: String? = nil,
                group: String? = nil, order: Int? = nil, parent: LinkChange = .keep, agency: LinkChange = .keep,
                coAgencyIDs: [UUID]? = nil, direction: Direction? = nil, directionReason: String? = nil, reason: String? = nil) {
        self.basedOnRevision = basedOnRevision
        self.name = name
        self.unit = unit
        self.code = code
        self.nationalCode = nationalCode
        self.group = group
        self.order = order
        self.parent = parent
        self.agency = agency
        self.coAgencyIDs = coAgencyIDs
        self.direction = direction
        self.directionReason = directionReason
        self.reason = reason
    }
}

extension Store {
    // MARK: Reading

    /// The plan's catalogue in plan order, retired indicators included: two queries.
    public func catalogue(planID: UUID) async throws -> [CatalogueEntry] {
        _ = try await plan(planID)
        let rows = try await database.sql.raw("""
            SELECT pi.indicator_id, pi.code, pi.parent_indicator_id, pi.position,
                   i.name, i.measure_unit, i.direction, i.direction_reason, i.national_code, i.retired_at, i.retired_reason,
                   i.revision, i.agency_id, a.name AS agency_name, g.numeral, g.title AS group_title
            FROM plan_indicators pi
            JOIN indicators i ON i.id = pi.indicator_id
            LEFT JOIN agencies a ON a.id = i.agency_id
            LEFT JOIN indicator_groups g ON g.id = pi.group_id
            WHERE pi.plan_id = \(bind: planID)
            ORDER BY pi.position
            """).all()
        let partners = try await coAgencies(planID: planID)
        return try rows.map { row in
            let id = try row.decode(column: "indicator_id", as: UUID.self)
            let agencyID: UUID? = try row.optional("agency_id")
            return CatalogueEntry(
                id: id, code: try row.decode(column: "code", as: String.self), name: try row.decode(column: "name", as: String.self),
                unit: try row.optional("measure_unit"),
                direction: Direction(rawValue: try row.decode(column: "direction", as: String.self)) ?? .higher,
                directionReason: try row.decode(column: "direction_reason", as: String.self),
                group: try row.optional("numeral"), groupTitle: try row.optional("group_title"),
                parentID: try row.optional("parent_indicator_id"), position: try row.decode(column: "position", as: Int.self),
                agency: try agencyID.map { AgencyInfo(id: $0, name: try row.optional("agency_name") ?? "") },
                coAgencies: partners[id] ?? [], nationalCode: try row.optional("national_code"),
                retiredAt: try row.optional("retired_at"), retiredReason: try row.optional("retired_reason"),
                revision: try row.optional("revision") ?? 0)
        }
    }

    /// One indicator of the plan's catalogue.
    public func catalogueEntry(planID: UUID, indicatorID: UUID) async throws -> CatalogueEntry {
        guard let entry = try await catalogue(planID: planID).first(where: { $0.id == indicatorID }) else {
            throw StoreError.indicatorNotInPlan(indicator: indicatorID.uuidString, plan: planID.uuidString)
        }
        return entry
    }

    /// The plan's indicators the planning office stopped following: copied into no new plan,
    /// offered for no entry.
    public func retiredIndicatorIDs(planID: UUID) async throws -> Set<UUID> {
        Set(try await database.sql.raw("""
            SELECT i.id FROM plan_indicators pi JOIN indicators i ON i.id = pi.indicator_id
            WHERE pi.plan_id = \(bind: planID) AND i.retired_at IS NOT NULL
            """).all().map { try $0.decode(column: "id", as: UUID.self) })
    }

    /// The indicators an agency fills in for a plan: those it answers for, less the retired ones.
    /// The fill-in workbook (page and `vedich template`) lists exactly these.
    public func indicatorsToFill(planID: UUID, agencyID: UUID) async throws -> Set<UUID> {
        let retired = try await retiredIndicatorIDs(planID: planID)
        return Set(try await indicatorAgencies(planID: planID).filter { $0.value == agencyID && !retired.contains($0.key) }.keys)
    }

    private func coAgencies(planID: UUID) async throws -> [UUID: [AgencyInfo]] {
        let rows = try await database.sql.raw("""
            SELECT c.indicator_id, a.id, a.name FROM indicator_co_agencies c
            JOIN agencies a ON a.id = c.agency_id
            JOIN plan_indicators pi ON pi.indicator_id = c.indicator_id AND pi.plan_id = \(bind: planID)
            ORDER BY a.name
            """).all()
        var partners: [UUID: [AgencyInfo]] = [:]
        for row in rows {
            partners[try row.decode(column: "indicator_id", as: UUID.self), default: []]
                .append(AgencyInfo(id: try row.decode(column: "id", as: UUID.self), name: try row.decode(column: "name", as: String.self)))
        }
        return partners
    }

    // MARK: Adding

    /// Adds a new indicator of the plan's province and places it in the plan: at the end of its
    /// group, or of its headline's components. Logged; every kept snapshot of the plan renews.
    public func addIndicator(planID: UUID, _ new: NewIndicator, actor: String) async throws -> CatalogueEntry {
        let name = try Self.checked { () throws(CatalogueText.Problem) in try CatalogueText.name(new.name) }
        let numeral = try Self.checked { () throws(CatalogueText.Problem) in try CatalogueText.numeral(new.group) }
        let nationalCode = try Self.checked { () throws(CatalogueText.Problem) in try CatalogueText.nationalCode(new.nationalCode) }
        let typedCode = try new.code.flatMap { $0.trimmed.isEmpty ? nil : $0 }
            .map { code in try Self.checked { () throws(CatalogueText.Problem) in try CatalogueText.code(code) } }
        let unit = Self.tidyUnit(new.unit)
        let id = try await database.writeTransaction { database in
            let store = Store(database: database)
            guard let plan = try await PlanRecord.find(planID, on: database) else { throw StoreError.planNotFound(id: planID.uuidString) }
            let placements = try await PlanIndicatorRecord.query(on: database).filter(\.$planID == planID).all()
            var parentName: String?
            var parentPlacement: PlanIndicatorRecord?
            if let parentID = new.parentID {
                guard let placement = placements.first(where: { $0.indicatorID == parentID }), placement.parentIndicatorID == nil,
                      let parent = try await IndicatorRecord.find(parentID, on: database) else {
                    throw StoreError.invalidCatalogue(UserMessage(what: "Chỉ tiêu chính đã chọn không phải chỉ tiêu chính của kế hoạch này",
                                                                  fix: "Chọn một chỉ tiêu chính (không phải chỉ tiêu thành phần) trong danh mục"))
                }
                parentName = parent.name
                parentPlacement = placement
            }
            let key = Loader.key(parentName.map { "\($0) / \(name)" } ?? name)
            if let existing = try await IndicatorRecord.query(on: database).filter(\.$unitID == plan.unitID).filter(\.$key == key).first() {
                let here = placements.contains { $0.indicatorID == existing.id }
                throw StoreError.invalidCatalogue(UserMessage(
                    what: "Đã có chỉ tiêu “\(existing.name)” trong hệ thống chỉ tiêu của tỉnh\(here ? " và trong kế hoạch này" : "")",
                    fix: here ? "Sửa chỉ tiêu đã có thay vì thêm mới" : "Đặt tên khác, hoặc sao chép chỉ tiêu từ kế hoạch có nó"))
            }
            try await store.checkAgencies([new.agencyID].compactMap { $0 } + new.coAgencyIDs, province: plan.unitID)
            let groupID = try await store.group(planID: planID, numeral: numeral, title: new.groupTitle)
            let direction = new.direction
            let reason = new.directionReason.trimmed.isEmpty ? "đặt khi thêm chỉ tiêu" : "đặt tay: \(new.directionReason.trimmed)"
            let indicator = IndicatorRecord(unitID: plan.unitID, key: key, name: name, measureUnit: unit,
                                            direction: direction.rawValue, directionReason: reason)
            indicator.nationalCode = nationalCode
            indicator.agencyID = new.agencyID
            try await indicator.create(on: database)
            let id = try indicator.requireID()
            let code = typedCode ?? parentPlacement?.code ?? Self.nextCode(numeral: numeral, groupID: groupID, placements: placements)
            let placement = PlanIndicatorRecord(planID: planID, indicatorID: id, groupID: parentPlacement?.groupID ?? groupID, code: code,
                                                parentIndicatorID: new.parentID, position: placements.count)
            try await placement.create(on: database)
            try await store.setCoAgencies(indicatorID: id, Set(new.coAgencyIDs))
            try await store.renumber(planID: planID)
            try await store.logChange(actor: actor, entity: "indicator", entityID: id, planID: planID, indicatorID: id,
                                      field: "thêm chỉ tiêu", new: "\(code) \(name)\(unit.map { " (\($0))" } ?? "")")
            if let nationalCode {
                try await store.logChange(actor: actor, entity: "indicator", entityID: id, planID: planID, indicatorID: id,
                                          field: "mã số ở hệ thống cấp cao hơn", new: nationalCode)
            }
            try await store.bumpGeneration(plans: .plans([planID]))
            return id
        }
        return try await catalogueEntry(planID: planID, indicatorID: id)
    }

    // MARK: Editing

    /// Changes what `edit` names, each field logged with its old and new text and the reason.
    /// Refused whole (`staleCatalogue`) when the entry changed since `edit.basedOnRevision`.
    public func editIndicator(planID: UUID, indicatorID: UUID, _ edit: CatalogueEdit, actor: String) async throws -> CatalogueEntry {
        let reason = edit.reason?.trimmed.isEmpty == false ? edit.reason?.trimmed : nil
        try await database.writeTransaction { database in
            let store = Store(database: database)
            guard let plan = try await PlanRecord.find(planID, on: database) else { throw StoreError.planNotFound(id: planID.uuidString) }
            guard let indicator = try await IndicatorRecord.find(indicatorID, on: database),
                  let placement = try await PlanIndicatorRecord.query(on: database).filter(\.$planID == planID)
                    .filter(\.$indicatorID == indicatorID).first() else {
                throw StoreError.indicatorNotInPlan(indicator: indicatorID.uuidString, plan: plan.title)
            }
            guard indicator.revision == edit.basedOnRevision else {
                throw StoreError.staleCatalogue(indicator: indicator.name, expected: edit.basedOnRevision, current: indicator.revision)
            }
            var changes: [(field: String, old: String?, new: String?, placement: Bool)] = []
            if let typed = edit.name {
                let name = try Self.checked { () throws(CatalogueText.Problem) in try CatalogueText.name(typed) }
                if name != indicator.name {
                    let parentName = try await placement.parentIndicatorID.asyncMap { try await IndicatorRecord.find($0, on: database)?.name } ?? nil
                    let key = Loader.key(parentName.map { "\($0) / \(name)" } ?? name)
                    if let other = try await IndicatorRecord.query(on: database).filter(\.$unitID == indicator.unitID).filter(\.$key == key).first(),
                       other.id != indicatorID {
                        throw StoreError.invalidCatalogue(UserMessage(what: "Đã có chỉ tiêu “\(other.name)” trong hệ thống chỉ tiêu của tỉnh",
                                                                      fix: "Đặt tên khác cho chỉ tiêu"))
                    }
                    changes.append(("tên chỉ tiêu", indicator.name, name, false))
                    indicator.name = name
                    indicator.key = key
                }
            }
            if let typed = edit.unit {
                let unit = Self.tidyUnit(typed)
                if unit != indicator.measureUnit {
                    changes.append(("đơn vị tính", indicator.measureUnit, unit, false))
                    indicator.measureUnit = unit
                }
            }
            if let typed = edit.nationalCode {
                let code = try Self.checked { () throws(CatalogueText.Problem) in try CatalogueText.nationalCode(typed) }
                if code != indicator.nationalCode {
                    changes.append(("mã số ở hệ thống cấp cao hơn", indicator.nationalCode, code, false))
                    indicator.nationalCode = code
                }
            }
            if case .set(let agencyID) = edit.agency, agencyID != indicator.agencyID {
                try await store.checkAgencies([agencyID], province: indicator.unitID)
                changes.append(("cơ quan phụ trách", try await store.agencyName(indicator.agencyID), try await store.agencyName(agencyID), false))
                indicator.agencyID = agencyID
            } else if edit.agency == .clear, indicator.agencyID != nil {
                changes.append(("cơ quan phụ trách", try await store.agencyName(indicator.agencyID), "Sở Tài chính (tự nhập)", false))
                indicator.agencyID = nil
            }
            if let partners = edit.coAgencyIDs {
                try await store.checkAgencies(partners, province: indicator.unitID)
                let old = try await store.coAgencyIDs(indicatorID: indicatorID)
                if old != Set(partners) {
                    changes.append(("cơ quan phối hợp", try await store.agencyNames(old), try await store.agencyNames(Set(partners)), false))
                    try await store.setCoAgencies(indicatorID: indicatorID, Set(partners))
                }
            }
            if let direction = edit.direction, direction.rawValue != indicator.direction {
                guard let why = edit.directionReason?.trimmed, !why.isEmpty else {
                    throw StoreError.reasonRequired(UserMessage(what: "Cần ghi lý do đổi hướng đánh giá",
                                                                fix: "Ghi lý do (ví dụ: chỉ tiêu đo lượng được xử lý, càng cao càng tốt) rồi lưu lại"))
                }
                changes.append(("hướng đánh giá", (Direction(rawValue: indicator.direction) ?? .higher).label, direction.label, false))
                indicator.direction = direction.rawValue
                indicator.directionReason = "đặt tay: \(why)"
            }
            try await store.replace(placement, of: indicator, with: edit, changes: &changes)
            guard !changes.isEmpty else { return }
            indicator.revision += 1
            try await indicator.save(on: database)
            try await store.renumber(planID: planID, moving: edit.order.map { (indicatorID, $0) })
            for change in changes {
                let why = change.field == "hướng đánh giá" ? edit.directionReason?.trimmed : reason
                try await store.logChange(actor: actor, entity: "indicator", entityID: indicatorID,
                                          planID: planID, indicatorID: indicatorID,
                                          field: change.field, old: change.old, new: change.new, reason: why)
            }
            try await store.bumpGeneration(plans: .holding([indicatorID]))
        }
        return try await catalogueEntry(planID: planID, indicatorID: indicatorID)
    }

    /// The plan-side fields of an edit: code, group, headline.
    private func replace(_ placement: PlanIndicatorRecord, of indicator: IndicatorRecord, with edit: CatalogueEdit,
                         changes: inout [(field: String, old: String?, new: String?, placement: Bool)]) async throws {
        var moved = false
        if let typed = edit.code {
            let code = try Self.checked { () throws(CatalogueText.Problem) in try CatalogueText.code(typed) }
            if code != placement.code {
                changes.append(("mã số", placement.code, code, true))
                placement.code = code
                moved = true
            }
        }
        if let typed = edit.group {
            let numeral = try Self.checked { () throws(CatalogueText.Problem) in try CatalogueText.numeral(typed) }
            let groupID = try await group(planID: placement.planID, numeral: numeral, title: nil)
            if groupID != placement.groupID {
                guard placement.parentIndicatorID == nil else {
                    throw StoreError.invalidCatalogue(UserMessage(what: "Chỉ tiêu thành phần “\(indicator.name)” thuộc nhóm của chỉ tiêu chính",
                                                                  fix: "Đổi nhóm của chỉ tiêu chính, hoặc bỏ chọn chỉ tiêu chính trước"))
                }
                let old = try await placement.groupID.asyncMap { try await IndicatorGroupRecord.find($0, on: database)?.numeral } ?? nil
                changes.append(("nhóm", old, numeral, true))
                placement.groupID = groupID
                moved = true
                // Its components go with it.
                for component in try await PlanIndicatorRecord.query(on: database).filter(\.$planID == placement.planID)
                    .filter(\.$parentIndicatorID == placement.indicatorID).all() {
                    component.groupID = groupID
                    try await component.save(on: database)
                }
            }
        }
        let newParent: UUID?? = switch edit.parent {
        case .keep: nil
        case .clear: .some(nil)
        case .set(let id): .some(id)
        }
        if let newParent, newParent != placement.parentIndicatorID {
            let indicatorID = placement.indicatorID
            var newName: String?
            if let parentID = newParent {
                guard parentID != indicatorID,
                      let parentPlacement = try await PlanIndicatorRecord.query(on: database).filter(\.$planID == placement.planID)
                        .filter(\.$indicatorID == parentID).first(), parentPlacement.parentIndicatorID == nil,
                      let parent = try await IndicatorRecord.find(parentID, on: database) else {
                    throw StoreError.invalidCatalogue(UserMessage(what: "Chỉ tiêu chính đã chọn không phải chỉ tiêu chính của kế hoạch này",
                                                                  fix: "Chọn một chỉ tiêu chính (không phải chỉ tiêu thành phần, không phải chính nó)"))
                }
                let hasComponents = try await PlanIndicatorRecord.query(on: database).filter(\.$planID == placement.planID)
                    .filter(\.$parentIndicatorID == indicatorID).count() > 0
                guard !hasComponents else {
                    throw StoreError.invalidCatalogue(UserMessage(what: "Chỉ tiêu “\(indicator.name)” đang có chỉ tiêu thành phần, không thể làm thành phần của chỉ tiêu khác",
                                                                  fix: "Chuyển các chỉ tiêu thành phần của nó đi trước"))
                }
                newName = parent.name
                placement.groupID = parentPlacement.groupID
                if edit.code == nil { placement.code = parentPlacement.code }
            }
            let oldName = try await placement.parentIndicatorID.asyncMap { try await IndicatorRecord.find($0, on: database)?.name } ?? nil
            changes.append(("là thành phần của", oldName ?? "(chỉ tiêu chính)", newName ?? "(chỉ tiêu chính)", true))
            placement.parentIndicatorID = newParent
            moved = true
        }
        if let order = edit.order {
            let siblings = try await PlanIndicatorRecord.query(on: database).filter(\.$planID == placement.planID).all()
                .filter { $0.parentIndicatorID == placement.parentIndicatorID && ($0.parentIndicatorID != nil || $0.groupID == placement.groupID) }
                .sorted { $0.position < $1.position }
            let current = (siblings.firstIndex { $0.indicatorID == placement.indicatorID } ?? siblings.count) + 1
            if moved || order != current { changes.append(("thứ tự", String(current), String(order), true)) }
        }
        if moved { try await placement.save(on: database) }
    }

    // MARK: Retiring

    /// Stops following an indicator, with the reason: it stays in every plan that has it, with
    /// its values and history, but no new value is taken for it and no new plan copies it. Its
    /// components in the plan are retired with it.
    public func retireIndicator(planID: UUID, indicatorID: UUID, reason: String, basedOnRevision: Int?, actor: String,
                                at now: Date = Date()) async throws -> CatalogueEntry {
        let reason = reason.trimmed
        guard !reason.isEmpty else {
            throw StoreError.reasonRequired(UserMessage(what: "Cần ghi lý do thôi theo dõi chỉ tiêu",
                                                        fix: "Ghi lý do (ví dụ: Trung ương bỏ chỉ tiêu này từ năm 2026) rồi gửi lại"))
        }
        guard reason.count <= 2000 else {
            throw StoreError.invalidCatalogue(UserMessage(what: "Lý do dài quá 2.000 ký tự", fix: "Rút gọn lý do rồi gửi lại"))
        }
        try await database.writeTransaction { database in
            let store = Store(database: database)
            let entry = try await store.catalogueEntry(planID: planID, indicatorID: indicatorID)
            if let basedOnRevision, basedOnRevision != entry.revision {
                throw StoreError.staleCatalogue(indicator: entry.name, expected: basedOnRevision, current: entry.revision)
            }
            guard !entry.isRetired else {
                throw StoreError.invalidCatalogue(UserMessage(what: "Chỉ tiêu “\(entry.name)” đã thôi theo dõi từ trước",
                                                              fix: "Tải lại danh mục để xem tình trạng hiện tại"))
            }
            let components = try await PlanIndicatorRecord.query(on: database).filter(\.$planID == planID)
                .filter(\.$parentIndicatorID == indicatorID).all().map(\.indicatorID)
            for id in [indicatorID] + components {
                guard let indicator = try await IndicatorRecord.find(id, on: database), indicator.retiredAt == nil else { continue }
                indicator.retiredAt = now
                indicator.retiredReason = reason
                indicator.revision += 1
                try await indicator.save(on: database)
                try await store.logChange(actor: actor, entity: "indicator", entityID: id, planID: planID, indicatorID: id,
                                          field: "tình trạng theo dõi", old: "đang theo dõi", new: "thôi theo dõi", reason: reason, at: now)
            }
            try await store.bumpGeneration(plans: .holding([indicatorID]))
        }
        return try await catalogueEntry(planID: planID, indicatorID: indicatorID)
    }

    /// Follows a retired indicator again, with the reason.
    public func reinstateIndicator(planID: UUID, indicatorID: UUID, reason: String, actor: String) async throws -> CatalogueEntry {
        let reason = reason.trimmed
        guard !reason.isEmpty else {
            throw StoreError.reasonRequired(UserMessage(what: "Cần ghi lý do theo dõi lại chỉ tiêu", fix: "Ghi lý do rồi gửi lại"))
        }
        try await database.writeTransaction { database in
            let store = Store(database: database)
            _ = try await store.catalogueEntry(planID: planID, indicatorID: indicatorID)
            guard let indicator = try await IndicatorRecord.find(indicatorID, on: database), indicator.retiredAt != nil else { return }
            indicator.retiredAt = nil
            indicator.retiredReason = nil
            indicator.revision += 1
            try await indicator.save(on: database)
            try await store.logChange(actor: actor, entity: "indicator", entityID: indicatorID, planID: planID, indicatorID: indicatorID,
                                      field: "tình trạng theo dõi", old: "thôi theo dõi", new: "đang theo dõi", reason: reason)
            try await store.bumpGeneration(plans: .holding([indicatorID]))
        }
        return try await catalogueEntry(planID: planID, indicatorID: indicatorID)
    }

    // MARK: Assigning in bulk

    /// Makes `agencyID` (nil: the planning office itself) responsible for each of the plan's
    /// `indicatorIDs`, all or none, each change logged. Returns how many changed hands.
    public func assign(planID: UUID, indicatorIDs: [UUID], toAgency agencyID: UUID?, actor: String) async throws -> Int {
        guard !indicatorIDs.isEmpty else {
            throw StoreError.invalidCatalogue(UserMessage(what: "Chưa chọn chỉ tiêu nào để giao", fix: "Đánh dấu các chỉ tiêu cần giao rồi gửi lại"))
        }
        return try await database.writeTransaction { database in
            let store = Store(database: database)
            guard let plan = try await PlanRecord.find(planID, on: database) else { throw StoreError.planNotFound(id: planID.uuidString) }
            if let agencyID { try await store.checkAgencies([agencyID], province: plan.unitID) }
            let placed = Set(try await PlanIndicatorRecord.query(on: database).filter(\.$planID == planID).all().map(\.indicatorID))
            if let stranger = indicatorIDs.first(where: { !placed.contains($0) }) {
                throw StoreError.indicatorNotInPlan(indicator: stranger.uuidString, plan: plan.title)
            }
            let newName = try await store.agencyName(agencyID) ?? "Sở Tài chính (tự nhập)"
            var changed = 0
            for indicator in try await IndicatorRecord.query(on: database).filter(\.$id ~~ Set(indicatorIDs)).all()
            where indicator.agencyID != agencyID {
                let old = try await store.agencyName(indicator.agencyID) ?? "Sở Tài chính (tự nhập)"
                indicator.agencyID = agencyID
                indicator.revision += 1
                try await indicator.save(on: database)
                try await store.logChange(actor: actor, entity: "indicator", entityID: indicator.id, planID: planID, indicatorID: indicator.id,
                                          field: "cơ quan phụ trách", old: old, new: newName, reason: "giao chỉ tiêu")
                changed += 1
            }
            if changed > 0 { try await store.bumpGeneration(plans: .plans([planID])) }
            return changed
        }
    }

    // MARK: Helpers

    static func checked<T>(_ body: () throws(CatalogueText.Problem) -> T) throws -> T {
        do { return try body() } catch { throw StoreError.invalidCatalogue(error.userMessage) }
    }

    /// "(%)" and "%" are the same unit; an empty one is none.
    static func tidyUnit(_ text: String?) -> String? {
        guard var unit = text?.trimmed, !unit.isEmpty else { return nil }
        if unit.hasPrefix("("), unit.hasSuffix(")"), unit.count >= 2 { unit = String(unit.dropFirst().dropLast()).trimmed }
        return unit.isEmpty ? nil : String(unit.prefix(60))
    }

    /// The group of the plan with this numeral, made when missing (with its usual title).
    func group(planID: UUID, numeral: String, title: String?) async throws -> UUID {
        let groups = try await IndicatorGroupRecord.query(on: database).filter(\.$planID == planID).all()
        if let group = groups.first(where: { $0.numeral == numeral }) { return try group.requireID() }
        guard let title = title?.trimmed.isEmpty == false ? title?.trimmed : CatalogueText.defaultGroupTitle(numeral) else {
            throw StoreError.invalidCatalogue(UserMessage(what: "Kế hoạch chưa có nhóm \(numeral)", fix: "Ghi tên nhóm mới, hoặc chọn nhóm I, II, III"))
        }
        let group = IndicatorGroupRecord(planID: planID, numeral: numeral, title: title, position: (groups.map(\.position).max() ?? 0) + 1)
        try await group.create(on: database)
        return try group.requireID()
    }

    /// `II.6` after the group's highest `II.n`; `II.1` in an empty group.
    static func nextCode(numeral: String, groupID: UUID, placements: [PlanIndicatorRecord]) -> String {
        let numbers = placements.filter { $0.groupID == groupID && $0.parentIndicatorID == nil }.compactMap { placement -> Int? in
            let parts = placement.code.split(separator: ".")
            return parts.count == 2 && parts[0] == numeral ? Int(parts[1]) : nil
        }
        return "\(numeral).\((numbers.max() ?? 0) + 1)"
    }

    /// Writes the plan's order again: groups in their order, each headline followed by its
    /// components; `moving` puts one indicator at a 1-based place among its siblings first.
    func renumber(planID: UUID, moving: (UUID, Int)? = nil) async throws {
        let placements = try await PlanIndicatorRecord.query(on: database).filter(\.$planID == planID).all()
        let groups = try await IndicatorGroupRecord.query(on: database).filter(\.$planID == planID).all()
        let groupOrder = Dictionary(uniqueKeysWithValues: groups.compactMap { group in group.id.map { ($0, group.position) } })
        let rows = placements.map { CatalogueOrder.Row(id: $0.indicatorID, group: $0.groupID.flatMap { groupOrder[$0] },
                                                        parent: $0.parentIndicatorID, position: $0.position) }
        let order = CatalogueOrder.arranged(rows, moving: moving)
        let place = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        for placement in placements where place[placement.indicatorID] != placement.position {
            placement.position = place[placement.indicatorID] ?? placement.position
            try await placement.save(on: database)
        }
    }

    func checkAgencies(_ ids: [UUID], province: UUID) async throws {
        guard !ids.isEmpty else { return }
        let found = try await AgencyRecord.query(on: database).filter(\.$id ~~ Set(ids)).filter(\.$unitID == province).all()
        if let missing = Set(ids).subtracting(found.compactMap(\.id)).first {
            throw StoreError.agencyNotFound(id: missing.uuidString)
        }
    }

    func agencyName(_ id: UUID?) async throws -> String? {
        guard let id else { return nil }
        return try await AgencyRecord.find(id, on: database)?.name
    }

    func agencyNames(_ ids: Set<UUID>) async throws -> String? {
        guard !ids.isEmpty else { return nil }
        return try await AgencyRecord.query(on: database).filter(\.$id ~~ ids).all().map(\.name).sorted().joined(separator: "; ")
    }

    func coAgencyIDs(indicatorID: UUID) async throws -> Set<UUID> {
        Set(try await database.sql.raw("SELECT agency_id FROM indicator_co_agencies WHERE indicator_id = \(bind: indicatorID)")
            .all().map { try $0.decode(column: "agency_id", as: UUID.self) })
    }

    func setCoAgencies(indicatorID: UUID, _ ids: Set<UUID>) async throws {
        try await database.sql.raw("DELETE FROM indicator_co_agencies WHERE indicator_id = \(bind: indicatorID)").run()
        for id in ids.sorted(by: { $0.uuidString < $1.uuidString }) {
            try await database.sql.raw("""
                INSERT INTO indicator_co_agencies (id, indicator_id, agency_id) VALUES (\(bind: UUID()), \(bind: indicatorID), \(bind: id))
                """).run()
        }
    }
}

/// The order of a plan's indicators as the catalogue keeps it: groups in their order, headlines
/// in theirs, each followed by its components. Pure, so moving one is a matter of lists.
enum CatalogueOrder {
    struct Row: Sendable {
        var id: UUID
        /// The group's position; nil sorts last.
        var group: Int?
        var parent: UUID?
        var position: Int
    }

    /// Every row's id in the new order; `moving` puts one at a 1-based place among its siblings.
    static func arranged(_ rows: [Row], moving: (UUID, Int)? = nil) -> [UUID] {
        let byPosition = rows.sorted { $0.position < $1.position }
        let ids = Set(rows.map(\.id))
        // A component whose headline is not in the plan stands as a headline.
        var headlines = byPosition.filter { $0.parent.map { !ids.contains($0) } ?? true }
        var components = Dictionary(grouping: byPosition.filter { $0.parent.map(ids.contains) ?? false }, by: { $0.parent! })
        if let (id, place) = moving {
            if let index = headlines.firstIndex(where: { $0.id == id }) {
                let row = headlines.remove(at: index)
                let siblings = headlines.indices.filter { headlines[$0].group == row.group }
                let target = place <= 1 ? siblings.first : siblings.count >= place ? siblings[place - 1] : siblings.last.map { $0 + 1 }
                headlines.insert(row, at: min(target ?? headlines.count, headlines.count))
            } else if let row = rows.first(where: { $0.id == id }), let parent = row.parent, var list = components[parent],
                      let index = list.firstIndex(where: { $0.id == id }) {
                list.remove(at: index)
                list.insert(row, at: max(0, min(place - 1, list.count)))
                components[parent] = list
            }
        }
        // Stable by group: within a group the headlines keep the order reached above.
        let grouped = headlines.enumerated().sorted { ($0.element.group ?? Int.max, $0.offset) < ($1.element.group ?? Int.max, $1.offset) }
        return grouped.flatMap { [$0.element.id] + (components[$0.element.id] ?? []).map(\.id) }
    }
}
