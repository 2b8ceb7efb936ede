import Fluent
import Foundation
import VeDichCore
import VeDichImport

/// Find-or-create of every record an import touches, noting each creation or change.
struct Loader {
    let database: any Database
    let recordedBy: String
    let source: String
    /// The phrases and the directions a planner named (`--directions FILE`) the report was read with.
    let directions: DirectionDictionary
    var changes: [ImportSummary.Change] = []

    init(database: any Database, recordedBy: String, source: String, directions: DirectionDictionary = .standard) {
        self.database = database
        self.recordedBy = recordedBy
        self.source = source
        self.directions = directions
    }

    static let defaultIssuer = "Tỉnh giao"

    mutating func note(_ action: ImportSummary.Change.Action, _ entity: String, _ description: String) {
        changes.append(.init(action: action, entity: entity, description: description))
    }

    // MARK: Units and plans

    mutating func province(_ name: String) async throws -> UUID {
        if let unit = try await AdminUnitRecord.query(on: database).filter(\.$name == name).filter(\.$level == "province").first() {
            return try unit.requireID()
        }
        // Its official code, when the name is one of the 34 (the ministry's pages line provinces up by it).
        let code = (try? ReferenceData.tables()).flatMap { ProvinceNames.registered(named: name, in: $0.provinces)?.code }
        let unit = AdminUnitRecord(name: name, level: "province", code: code)
        try await unit.create(on: database)
        note(.create, "unit", "Tỉnh \(name)")
        return try unit.requireID()
    }

    mutating func plan(unitID: UUID, horizon: String, start: Int, end: Int) async throws -> UUID {
        if let plan = try await PlanRecord.query(on: database).filter(\.$unitID == unitID).filter(\.$horizon == horizon)
            .filter(\.$startYear == start).filter(\.$endYear == end).first() {
            return try plan.requireID()
        }
        let title = horizon == "annual"
            ? "Kế hoạch phát triển kinh tế - xã hội năm \(start)"
            : "Kế hoạch phát triển kinh tế - xã hội 5 năm \(start) - \(end)"
        let plan = PlanRecord(unitID: unitID, title: title, horizon: horizon, startYear: start, endYear: end,
                              compositePolicy: CompositePolicy.strict.rawValue)
        try await plan.create(on: database)
        note(.create, "plan", title)
        return try plan.requireID()
    }

    mutating func group(planID: UUID, numeral: String, title: String, position: Int) async throws -> UUID {
        if let group = try await IndicatorGroupRecord.query(on: database).filter(\.$planID == planID).filter(\.$numeral == numeral).first() {
            return try group.requireID()
        }
        let group = IndicatorGroupRecord(planID: planID, numeral: numeral, title: title, position: position)
        try await group.create(on: database)
        note(.create, "group", "\(numeral). \(title)")
        return try group.requireID()
    }

    // MARK: Indicators

    /// The folded name indicators are matched on across plans and imports.
    static func key(_ name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A component is matched with its headline: "Nông, lâm nghiệp" under "Cơ cấu kinh tế" is not
    /// "Nông, lâm nghiệp" under a growth rate. A direction found from the name never overwrites
    /// a known indicator's (a planner may have corrected it); one a planner `named` does, logged.
    mutating func indicator(unitID: UUID, name: String, parentName: String? = nil, unit: String?, direction: Direction,
                            reason: String, named: Bool = false) async throws -> UUID {
        let key = Self.key(parentName.map { "\($0) / \(name)" } ?? name)
        if let existing = try await IndicatorRecord.query(on: database).filter(\.$unitID == unitID).filter(\.$key == key).first() {
            if let unit, let known = existing.measureUnit, known.lowercased() != unit.lowercased() {
                throw StoreError.conflictingIndicator(name: name, existingUnit: known, importedUnit: unit)
            }
            if let unit, existing.measureUnit == nil {
                existing.measureUnit = unit
                try await existing.update(on: database)
                try await Store(database: database).logChange(actor: recordedBy, entity: "indicator", entityID: existing.id,
                                                              indicatorID: existing.id, field: "đơn vị", new: unit, reason: source)
                note(.update, "indicator", "\(name): đơn vị \(unit)")
            }
            if named, existing.direction != direction.rawValue {
                let old = Direction(rawValue: existing.direction)?.label ?? existing.direction
                existing.direction = direction.rawValue
                existing.directionReason = reason
                try await existing.update(on: database)
                try await Store(database: database).logChange(actor: recordedBy, entity: "indicator", entityID: existing.id,
                                                              indicatorID: existing.id, field: "hướng đánh giá", old: old,
                                                              new: direction.label, reason: "\(source): \(reason)")
                note(.update, "indicator", "\(name): hướng \(direction.label)")
            }
            return try existing.requireID()
        }
        let record = IndicatorRecord(unitID: unitID, key: key, name: name, measureUnit: unit,
                                     direction: direction.rawValue, directionReason: reason)
        // A headline recognised as an indicator of the higher-level system carries its code from
        // the start (components are parts of a figure, not the national indicator itself).
        let national = parentName == nil
            ? NationalIndicator.recognise(name: name, unit: unit, among: (try? ReferenceData.tables())?.nationalIndicators ?? [])
            : nil
        record.nationalCode = national?.code
        try await record.create(on: database)
        try await Store(database: database).logChange(actor: recordedBy, entity: "indicator", entityID: record.id, indicatorID: record.id,
                                                      field: "chỉ tiêu", new: unit.map { name.hasSuffix("(\($0))") ? name : "\(name) (\($0))" } ?? name, reason: source)
        if let national {
            try await Store(database: database).logChange(actor: recordedBy, entity: "indicator", entityID: record.id, indicatorID: record.id,
                                                          field: "mã số ở hệ thống cấp cao hơn", new: national.code,
                                                          reason: "\(source): nhận là chỉ tiêu “\(national.name)” của hệ thống cấp cao hơn")
        }
        // A sub-row is a component of its headline, not an indicator of the plan's count.
        note(.create, parentName == nil ? "indicator" : "component", parentName.map { "\($0) / \(name)" } ?? name)
        return try record.requireID()
    }

    /// - Parameter outsideVerdict: a sub-row the reader leaves out of its row's verdict (a
    ///   breakdown printed without a verdict of its own), kept so the app judges the row alike.
    mutating func place(planID: UUID, indicatorID: UUID, groupID: UUID?, code: String, parent: UUID?, position: Int,
                        describing name: String, outsideVerdict: Bool = false) async throws {
        if try await PlanIndicatorRecord.query(on: database).filter(\.$planID == planID).filter(\.$indicatorID == indicatorID).first() != nil {
            return
        }
        let placement = PlanIndicatorRecord(planID: planID, indicatorID: indicatorID, groupID: groupID, code: code,
                                            parentIndicatorID: parent, position: position)
        placement.outsideVerdict = outsideVerdict ? true : nil
        try await placement.create(on: database)
        note(.create, "placement", parent == nil ? "\(code). \(name)"
             : outsideVerdict ? "\(code). (thành phần, không tính vào đánh giá của chỉ tiêu) \(name)" : "\(code). (thành phần) \(name)")
    }

    /// - Parameter issuer: who set it; a table with one target column is the province's ("Tỉnh
    ///   giao"), one with several keeps each column's issuer ("Trung ương giao", "HĐND tỉnh giao").
    mutating func target(planID: UUID, indicatorID: UUID, figure: Figure, note remark: String? = nil, describing name: String,
                         issuer: String = Self.defaultIssuer) async throws {
        // The figure's note is kept with it, never judged; a note alone changing is no new target.
        let remark = remark?.trimmingCharacters(in: .whitespaces).isEmpty == false ? remark?.trimmingCharacters(in: .whitespaces) : nil
        let printed = remark.map { "\(figure.text.trimmingCharacters(in: .whitespaces)) " + ($0.hasPrefix("(") ? $0 : "(\($0))") } ?? figure.text
        if let existing = try await TargetRecord.query(on: database).filter(\.$planID == planID)
            .filter(\.$indicatorID == indicatorID).filter(\.$issuer == issuer).first() {
            guard existing.figure.text != figure.text else { return }
            try await Store(database: database).refuseIfIssued(planID: planID)
            let old = existing.figure.text
            existing.figure.set(figure)
            existing.note = remark
            existing.recordedBy = recordedBy
            // A planner's edit based on the revision before this import is then refused as stale.
            existing.revision = (existing.revision ?? 1) + 1
            try await existing.update(on: database)
            try await Store(database: database).logChange(actor: recordedBy, entity: "target", entityID: existing.id, planID: planID,
                                                          indicatorID: indicatorID, field: "kế hoạch (\(issuer))",
                                                          old: old, new: printed, reason: source)
            note(.update, "target", "\(name) (\(issuer)): \(printed)")
            return
        }
        // An issued plan's targets are locked for imports too: the whole import is refused, naming the plan.
        try await Store(database: database).refuseIfIssued(planID: planID)
        let record = TargetRecord()
        record.planID = planID
        record.indicatorID = indicatorID
        record.issuer = issuer
        record.figure.set(figure)
        record.note = remark
        record.recordedBy = recordedBy
        try await record.create(on: database)
        try await Store(database: database).logChange(actor: recordedBy, entity: "target", entityID: record.id, planID: planID,
                                                      indicatorID: indicatorID, field: "kế hoạch (\(issuer))",
                                                      new: printed, reason: source)
        note(.create, "target", issuer == Self.defaultIssuer ? "\(name): \(printed)" : "\(name) (\(issuer)): \(printed)")
    }

    /// A value: a new revision only when no revision of the series already holds this text, so
    /// importing the same report again never undoes what someone entered since.
    mutating func observation(indicatorID: UUID, period: Period, version: ValueVersion, figure: Figure,
                              note remark: String?, describing name: String) async throws {
        let store = Store(database: database)
        let periodID = try await store.ensurePeriod(period, on: database)
        let series = try await ObservationRecord.query(on: database).filter(\.$indicatorID == indicatorID)
            .filter(\.$periodID == periodID).filter(\.$version == version.rawValue).all()
        if series.contains(where: { $0.figure.text == figure.text }) { return }
        // An approved value is locked for imports too: the whole import is refused, naming it.
        if let lock = try await store.lock(indicatorID: indicatorID, period: period, version: version) {
            throw StoreError.locked(agency: lock.agency, by: lock.changedBy ?? "", at: lock.changedAt)
        }
        let latest = series.max { $0.revision < $1.revision }
        let record = ObservationRecord()
        record.indicatorID = indicatorID
        record.periodID = periodID
        record.version = version.rawValue
        record.revision = (latest?.revision ?? 0) + 1
        record.figure.set(figure)
        record.note = remark
        record.recordedBy = recordedBy
        try await record.create(on: database)
        try await store.logChange(actor: recordedBy, entity: "value", entityID: record.id, indicatorID: indicatorID,
                                  field: "\(period.description) · \(version.label)", old: latest?.figure.text, new: figure.text, reason: source)
        note(latest == nil ? .create : .update, "observation", "\(name), \(period), \(version.label): \(figure.text)")
    }

    // MARK: Tables and target lists

    mutating func table(_ table: IndicatorTable, unitID: UUID) async throws {
        guard let planPeriod = Self.period(of: table) else { return }
        let planID = try await plan(unitID: unitID, horizon: table.kind == .fiveYear ? "five_year" : "annual",
                                    start: planPeriod.startYear, end: planPeriod.endYear)
        var groups: [String: UUID] = [:]
        for (position, heading) in table.groups.enumerated() {
            groups[heading.numeral] = try await group(planID: planID, numeral: heading.numeral, title: heading.title, position: position)
        }
        let version = Self.actualVersion(table)
        // "Ước TH 6 tháng" is the first half's value, not a version of the year's: judged against
        // the annual target it would read "Không đạt" for every level and flow.
        let actualPeriod = version == .firstHalfEstimate && planPeriod.kind == .year ? Period.half(1, planPeriod.startYear) : planPeriod
        let previousColumns = table.roles.indices.filter { table.roles[$0] == .previous }
        let previousPeriods = previousColumns.map { Self.previousPeriod(table.columns[$0]) }
        // "Ước TH năm 2025" beside a 2026 plan is an estimate of that year, not its official figure.
        let previousVersions = previousColumns.map { Words(table.columns[$0]).contains("ước") ? ValueVersion.fullYearEstimate : .official }
        var position = 0
        for indicator in table.indicators {
            // The reader's one rule for which sub-rows decide their row's verdict.
            let judged = Set(indicator.judgedComponents)
            var headlineID: UUID?
            for line in indicator.lines {
                position += 1
                let parentName = headlineID == nil ? nil : indicator.line.name
                let named = directions.assignments.find(code: parentName == nil ? indicator.code : nil, name: line.name) != nil
                let id = try await self.indicator(unitID: unitID, name: line.name, parentName: parentName, unit: line.unit,
                                                  direction: line.direction, reason: line.directionReason, named: named)
                try await place(planID: planID, indicatorID: id, groupID: groups[indicator.code.group],
                                code: indicator.code.description, parent: headlineID, position: position, describing: line.name,
                                outsideVerdict: headlineID != nil && !judged.contains(line))
                headlineID = headlineID ?? id
                if line.targets.isEmpty, let figure = line.target?.figure {
                    try await target(planID: planID, indicatorID: id, figure: figure, note: line.target?.note, describing: line.name)
                }
                // Several issuers' targets side by side: each is kept under its issuer.
                for issued in line.targets {
                    guard let figure = issued.figure.figure else { continue }
                    try await target(planID: planID, indicatorID: id, figure: figure, note: issued.figure.note, describing: line.name,
                                     issuer: issued.issuer)
                }
                if let figure = line.actual?.figure {
                    try await observation(indicatorID: id, period: actualPeriod, version: version, figure: figure,
                                          note: line.actual?.note, describing: line.name)
                }
                for ((cell, period), previousVersion) in zip(zip(line.previous, previousPeriods), previousVersions) {
                    guard let cell, let figure = cell.figure, let period else { continue }
                    try await observation(indicatorID: id, period: period, version: previousVersion, figure: figure,
                                          note: cell.note, describing: line.name)
                }
            }
        }
    }

    mutating func targetList(_ targets: [PlanTarget], period: String, unitID: UUID) async throws {
        let years = period.split(separator: "-").compactMap { Int($0) }
        guard let start = years.first, let end = years.last else { return }
        let planID = try await plan(unitID: unitID, horizon: end - start >= 3 ? "five_year" : "annual", start: start, end: end)
        var groups: [String: UUID] = [:]
        var headlines: [String: UUID] = [:]
        var position = 0
        for target in targets {
            position += 1
            let code = target.code?.description ?? "\(position)"
            let numeral = target.code?.group ?? ""
            if groups[numeral] == nil, !numeral.isEmpty {
                groups[numeral] = try await group(planID: planID, numeral: numeral, title: target.groupTitle ?? numeral, position: groups.count)
            }
            // "Cơ cấu kinh tế: …" names a headline with no target of its own; other compound bullets
            // make their first figure the headline, as tables do.
            if let parentName = target.parentName, headlines[code] == nil {
                let (direction, reason) = directions.resolve(name: parentName, parentName: nil, target: nil, code: target.code)
                let parentID = try await indicator(unitID: unitID, name: parentName, unit: target.unit, direction: direction, reason: reason,
                                                   named: directions.assignments.find(code: target.code, name: parentName) != nil)
                try await place(planID: planID, indicatorID: parentID, groupID: groups[numeral], code: code, parent: nil, position: position,
                                describing: parentName)
                headlines[code] = parentID
                position += 1
            }
            let named = directions.assignments.find(code: target.parentName == nil ? target.code : nil, name: target.name) != nil
            let id = try await indicator(unitID: unitID, name: target.name, parentName: target.parentName, unit: target.unit,
                                         direction: target.direction, reason: target.directionReason, named: named)
            try await place(planID: planID, indicatorID: id, groupID: groups[numeral], code: code,
                            parent: headlines[code], position: position, describing: target.name)
            if headlines[code] == nil { headlines[code] = id }
            try await self.target(planID: planID, indicatorID: id, figure: target.figure, describing: target.name)
        }
    }

    // MARK: Periods

    static func period(of table: IndicatorTable) -> Period? {
        let years = (table.period ?? "").split(separator: "-").compactMap { Int($0) }
        guard let start = years.first, let end = years.last else { return nil }
        return table.kind == .fiveYear ? Period(kind: .span, startYear: start, endYear: end) : .year(start)
    }

    /// "Ước TH …" is an estimate; "Thực hiện …" or "chính thức" is the official figure.
    static func actualVersion(_ table: IndicatorTable) -> ValueVersion {
        guard let column = table.roles.firstIndex(of: .actual) else { return .fullYearEstimate }
        let header = table.columns[column].lowercased()
        if header.contains("6 tháng") { return .firstHalfEstimate }
        if header.contains("ước") { return .fullYearEstimate }
        if header.contains("sơ bộ") { return .preliminary }
        return .official
    }

    /// "Thực hiện năm 2023" → 2023; "Giai đoạn 2021 - 2023" → the span, whose rows say themselves
    /// whether they are averages or totals, unless the header says "bình quân" or "tổng".
    static func previousPeriod(_ header: String) -> Period? {
        let years = Years.all(in: header)
        guard let first = years.first, let last = years.last else { return nil }
        if first == last { return .year(first) }
        let lowered = header.lowercased()
        let kind: Period.Kind = lowered.contains("bình quân") || lowered.contains("trung bình") ? .spanAverage
            : lowered.contains("tổng") ? .spanTotal : .span
        return Period(kind: kind, startYear: first, endYear: last)
    }
}
