import Fluent
import Foundation
import VeDichCore

/// A task of a plan as people see it: `status` is the effective one (overdue computed from the
/// due date and today), `recorded_status` what was last set.
public struct TaskInfo: Sendable, Codable, Equatable {
    public struct Indicator: Sendable, Codable, Equatable {
        public var id: UUID
        public var code: String
        public var name: String
    }

    public struct Note: Sendable, Codable, Equatable {
        public var text: String
        public var recordedBy: String
        public var recordedAt: Date

        enum CodingKeys: String, CodingKey {
            case text
            case recordedBy = "recorded_by", recordedAt = "recorded_at"
        }
    }

    public var id: UUID
    public var planID: UUID
    public var key: String
    public var number: Int
    public var title: String
    public var text: String
    public var owner: AgencyInfo?
    public var coAgencies: [AgencyInfo]
    /// "YYYY-MM-DD".
    public var dueDate: String?
    public var status: TaskStatus
    public var recordedStatus: TaskStatus
    public var statusLabel: String
    public var indicators: [Indicator]
    /// Oldest first.
    public var notes: [Note]
    public var revision: Int
    public var changedBy: String
    public var changedAt: Date?

    public var isOverdue: Bool { status == .overdue }
    public var due: CalendarDay? { dueDate.flatMap { CalendarDay($0) } }

    enum CodingKeys: String, CodingKey {
        case id, key, number, title, text, owner, status, indicators, notes, revision
        case planID = "plan_id", coAgencies = "co_agencies", dueDate = "due_date", recordedStatus = "recorded_status"
        case statusLabel = "status_label", changedBy = "changed_by", changedAt = "changed_at"
    }
}

/// Which tasks a list shows.
public struct TaskFilter: Sendable {
    /// Tasks this agency leads or takes part in.
    public var agencyID: UUID?
    /// The effective status.
    public var status: TaskStatus?
    public var overdueOnly: Bool

    public init(agencyID: UUID? = nil, status: TaskStatus? = nil, overdueOnly: Bool = false) {
        self.agencyID = agencyID
        self.status = status
        self.overdueOnly = overdueOnly
    }
}

/// An edit of a task: nil leaves a field as it is; `owner: .some(nil)` and `dueDate: .some(nil)`
/// clear it. A note is appended to the history, never replacing an earlier one.
public struct TaskEdit: Sendable {
    public var basedOnRevision: Int
    public var title: String?
    public var owner: UUID??
    public var coAgencies: [UUID]?
    public var dueDate: String??
    public var status: TaskStatus?
    public var indicators: [UUID]?
    public var note: String?

    public init(basedOnRevision: Int, title: String? = nil, owner: UUID?? = nil, coAgencies: [UUID]? = nil, dueDate: String?? = nil,
                status: TaskStatus? = nil, indicators: [UUID]? = nil, note: String? = nil) {
        self.basedOnRevision = basedOnRevision
        self.title = title
        self.owner = owner
        self.coAgencies = coAgencies
        self.dueDate = dueDate
        self.status = status
        self.indicators = indicators
        self.note = note
    }
}

extension Store {
    public static let taskTitleLimit = 500
    public static let taskNoteLimit = 5_000

    // MARK: Reading from the report

    /// Makes a task of every numbered item under the plan's "nhiệm vụ, giải pháp" sections that
    /// has none yet (matched by key), so reading again adds what is new and never undoes an edit.
    /// The owner is the province's agency the item names, when it names exactly one.
    /// - Returns: the tasks made.
    @discardableResult
    public func readTasks(planID: UUID, actor: String) async throws -> [TaskInfo] {
        let sections = try await sections(planID: planID)
        let found = TaskExtraction.tasks(in: sections.map { TaskExtraction.Section(key: $0.key, heading: $0.heading, level: $0.level, text: $0.text) })
        guard !found.isEmpty else { return [] }
        let existing = Set(try await PlanTaskRecord.query(on: database).filter(\.$planID == planID).all().map(\.key))
        let agencies = try await provinceAgencies(planID: planID)
        var made: [UUID] = []
        for task in found where !existing.contains(task.key) {
            let record = PlanTaskRecord()
            record.planID = planID
            record.key = task.key
            record.number = task.number
            record.title = task.title
            record.text = task.text
            record.ownerAgencyID = AgencyMention.owner(in: task.text, agencies: agencies.map(\.name))
                .flatMap { name in agencies.first { $0.name == name }?.id }
            record.status = TaskStatus.notStarted.rawValue
            record.revision = 1
            record.changedBy = actor
            record.changedAt = Date()
            try await record.create(on: database)
            let id = try record.requireID()
            made.append(id)
            try await logChange(actor: actor, entity: "task", entityID: id, planID: planID, field: "nhiệm vụ \(task.number)",
                                new: task.title, reason: "đọc từ mục “\(task.sectionKey)” của báo cáo")
        }
        let today = CalendarDay.today
        return try await tasks(planID: planID, today: today).filter { made.contains($0.id) }
    }

    // MARK: Lists

    /// The plan's tasks in the report's order, filtered.
    public func tasks(planID: UUID, filter: TaskFilter = TaskFilter(), today: CalendarDay) async throws -> [TaskInfo] {
        _ = try await plan(planID)
        let records = try await PlanTaskRecord.query(on: database).filter(\.$planID == planID).all()
        var infos = try await infos(records, today: today)
        if let agency = filter.agencyID {
            infos = infos.filter { $0.owner?.id == agency || $0.coAgencies.contains { $0.id == agency } }
        }
        if let status = filter.status { infos = infos.filter { $0.status == status } }
        if filter.overdueOnly { infos = infos.filter(\.isOverdue) }
        return infos
    }

    public func task(_ id: UUID, today: CalendarDay) async throws -> TaskInfo {
        guard let record = try await PlanTaskRecord.find(id, on: database) else { throw TaskError.taskNotFound(id: id.uuidString) }
        return try await infos([record], today: today)[0]
    }

    /// The province a task belongs to, and the agency leading it: who may read and edit it.
    public func taskOwner(_ id: UUID) async throws -> (planID: UUID, province: UUID, agency: UUID?) {
        guard let record = try await PlanTaskRecord.find(id, on: database) else { throw TaskError.taskNotFound(id: id.uuidString) }
        return (record.planID, try await provinceID(planID: record.planID), record.ownerAgencyID)
    }

    // MARK: Editing

    /// Applies the edit when the task is still at `basedOnRevision`, else `staleRevision` and
    /// nothing is written. Each changed field is logged (who, when, old, new); a note is kept in
    /// the task's history.
    public func editTask(_ id: UUID, _ edit: TaskEdit, actor: String, today: CalendarDay) async throws -> TaskInfo {
        try await transaction { store in
            guard let record = try await PlanTaskRecord.find(id, on: store.database) else { throw TaskError.taskNotFound(id: id.uuidString) }
            guard record.revision == edit.basedOnRevision else {
                throw TaskError.staleRevision(expected: edit.basedOnRevision, current: record.revision)
            }
            let before = try await store.infos([record], today: today)[0]
            let agencies = try await store.provinceAgencies(planID: record.planID)
            func agencyName(_ id: UUID?) -> String? { id.flatMap { id in agencies.first { $0.id == id }?.name } }
            func checkAgency(_ id: UUID) throws {
                guard agencies.contains(where: { $0.id == id }) else {
                    throw TaskError.invalid(UserMessage(what: "Cơ quan “\(id.uuidString)” không thuộc tỉnh của kế hoạch",
                                                        fix: "Chọn một cơ quan trong danh sách Cơ quan của tỉnh"))
                }
            }
            var changes: [(field: String, old: String?, new: String?)] = []
            if let title = edit.title?.trimmed, title != record.title {
                guard !title.isEmpty else {
                    throw TaskError.invalid(UserMessage(what: "Tên nhiệm vụ đang để trống", fix: "Ghi tên nhiệm vụ, ví dụ câu đầu của đoạn trong báo cáo"))
                }
                if let scalar = title.firstUnprintableScalar { throw TaskError.invalid(Self.unprintable(scalar, in: "Tên nhiệm vụ")) }
                guard title.count <= Self.taskTitleLimit else {
                    throw TaskError.invalid(UserMessage(what: "Tên nhiệm vụ dài \(title.count) ký tự, quá \(Self.taskTitleLimit) ký tự",
                                                        fix: "Rút gọn tên; nội dung đầy đủ vẫn giữ trong báo cáo"))
                }
                changes.append(("tên", record.title, title))
                record.title = title
            }
            if let owner = edit.owner, owner != record.ownerAgencyID {
                if let owner { try checkAgency(owner) }
                changes.append(("cơ quan chủ trì", agencyName(record.ownerAgencyID), agencyName(owner)))
                record.ownerAgencyID = owner
            }
            if let due = edit.dueDate {
                let stored: String?
                if let text = due?.trimmed, !text.isEmpty {
                    guard let day = CalendarDay(text) else {
                        throw TaskError.invalid(UserMessage(what: "Thời hạn “\(text)” không phải ngày hợp lệ",
                                                            fix: "Ghi ngày theo dạng ngày/tháng/năm, ví dụ 30/09/2025"))
                    }
                    stored = day.iso
                } else {
                    stored = nil
                }
                if stored != record.dueDate {
                    changes.append(("thời hạn", record.dueDate.flatMap { CalendarDay($0)?.display }, stored.flatMap { CalendarDay($0)?.display }))
                    record.dueDate = stored
                }
            }
            if let status = edit.status, status.rawValue != record.status {
                guard TaskStatus.recordable.contains(status) else {
                    throw TaskError.invalid(UserMessage(what: "Không ghi trạng thái “Quá hạn” bằng tay: nhiệm vụ chưa xong mà đã qua thời hạn tự chuyển sang quá hạn",
                                                        fix: "Chọn Chưa triển khai, Đang thực hiện, Hoàn thành hoặc Không hoàn thành; đổi thời hạn nếu được gia hạn"))
                }
                changes.append(("trạng thái", TaskStatus(rawValue: record.status)?.label, status.label))
                record.status = status.rawValue
            }
            if let co = edit.coAgencies {
                let wanted = Set(co).subtracting(record.ownerAgencyID.map { [$0] } ?? [])
                for agency in wanted { try checkAgency(agency) }
                let current = Set(before.coAgencies.map(\.id))
                if wanted != current {
                    try await PlanTaskAgencyRecord.query(on: store.database).filter(\.$taskID == id).delete()
                    for agency in wanted { try await PlanTaskAgencyRecord(taskID: id, agencyID: agency).create(on: store.database) }
                    changes.append(("cơ quan phối hợp", before.coAgencies.map(\.name).joined(separator: ", "),
                                    wanted.compactMap(agencyName).sorted().joined(separator: ", ")))
                }
            }
            if let indicators = edit.indicators {
                let wanted = Set(indicators)
                let inPlan = Set(try await PlanIndicatorRecord.query(on: store.database).filter(\.$planID == record.planID).all().map(\.indicatorID))
                if let stranger = wanted.subtracting(inPlan).first {
                    throw TaskError.invalid(UserMessage(what: "Chỉ tiêu “\(stranger.uuidString)” không thuộc kế hoạch của nhiệm vụ",
                                                        fix: "Chọn chỉ tiêu trong danh sách chỉ tiêu của kế hoạch"))
                }
                let current = Set(before.indicators.map(\.id))
                if wanted != current {
                    try await PlanTaskIndicatorRecord.query(on: store.database).filter(\.$taskID == id).delete()
                    for indicator in wanted { try await PlanTaskIndicatorRecord(taskID: id, indicatorID: indicator).create(on: store.database) }
                    changes.append(("chỉ tiêu phục vụ", before.indicators.map(\.code).joined(separator: ", "), "\(wanted.count) chỉ tiêu"))
                }
            }
            let note = edit.note?.trimmed ?? ""
            if !note.isEmpty {
                if let scalar = note.firstUnprintableScalar { throw TaskError.invalid(Self.unprintable(scalar, in: "Ghi chú tiến độ")) }
                guard note.count <= Self.taskNoteLimit else {
                    throw TaskError.invalid(UserMessage(what: "Ghi chú dài \(note.count) ký tự, quá \(Self.taskNoteLimit) ký tự",
                                                        fix: "Tóm tắt tiến độ; văn bản dài gửi kèm theo đường công văn"))
                }
                let row = PlanTaskNoteRecord()
                row.taskID = id
                row.text = note
                row.recordedBy = actor
                row.recordedAt = Date()
                try await row.create(on: store.database)
                changes.append(("tiến độ", nil, note))
            }
            guard !changes.isEmpty else { return before }
            record.revision += 1
            record.changedBy = actor
            record.changedAt = Date()
            try await record.save(on: store.database)
            for change in changes {
                try await store.logChange(actor: actor, entity: "task", entityID: id, planID: record.planID,
                                          field: "nhiệm vụ \(record.number) · \(change.field)", old: change.old, new: change.new)
            }
            return try await store.infos([record], today: today)[0]
        }
    }

    /// The tasks as the report's tasks section: one paragraph each, for the office to review.
    public func tasksSectionText(planID: UUID, today: CalendarDay) async throws -> String {
        let tasks = try await tasks(planID: planID, today: today)
        return TaskSectionWriter.text(tasks.map { task in
            TaskSectionWriter.Line(number: task.number, title: task.title, owner: task.owner?.name, coAgencies: task.coAgencies.map(\.name),
                                   due: task.due, status: task.status, latestNote: task.notes.last?.text)
        })
    }

    /// The key of the plan's section the tasks were read from ("nhiem-vu-va-giai-phap-chu-yeu"), if any.
    public func tasksSectionKey(planID: UUID) async throws -> String? {
        try await sections(planID: planID).first { TaskExtraction.isTaskHeading($0.heading) }?.key
    }

    // MARK: Helpers

    /// The agencies of the plan's province, by name.
    func provinceAgencies(planID: UUID) async throws -> [AgencyInfo] {
        let province = try await provinceID(planID: planID)
        return try await AgencyRecord.query(on: database).filter(\.$unitID == province).sort(\.$name).all()
            .map { AgencyInfo(id: try $0.requireID(), name: $0.name) }
    }

    /// A write transaction (`writeTransaction`) with a store on it.
    func transaction<T: Sendable>(_ body: @escaping @Sendable (Store) async throws -> T) async throws -> T {
        try await database.writeTransaction { database in try await body(Store(database: database)) }
    }

    private func infos(_ records: [PlanTaskRecord], today: CalendarDay) async throws -> [TaskInfo] {
        guard !records.isEmpty else { return [] }
        let ids = try records.map { try $0.requireID() }
        let partners = try await PlanTaskAgencyRecord.query(on: database).filter(\.$taskID ~~ ids).all()
        let served = try await PlanTaskIndicatorRecord.query(on: database).filter(\.$taskID ~~ ids).all()
        let notes = try await PlanTaskNoteRecord.query(on: database).filter(\.$taskID ~~ ids).sort(\.$recordedAt).all()
        let agencyIDs = Set(partners.map(\.agencyID) + records.compactMap(\.ownerAgencyID))
        let agencies = agencyIDs.isEmpty ? [:] : Dictionary(uniqueKeysWithValues: try await AgencyRecord.query(on: database)
            .filter(\.$id ~~ Array(agencyIDs)).all().map { (try $0.requireID(), AgencyInfo(id: try $0.requireID(), name: $0.name)) })
        let indicatorIDs = Set(served.map(\.indicatorID))
        var indicators: [UUID: TaskInfo.Indicator] = [:]
        if !indicatorIDs.isEmpty {
            let names = try await IndicatorRecord.query(on: database).filter(\.$id ~~ Array(indicatorIDs)).all()
            let placements = try await PlanIndicatorRecord.query(on: database).filter(\.$indicatorID ~~ Array(indicatorIDs))
                .filter(\.$planID ~~ Array(Set(records.map(\.planID)))).all()
            let codes = Dictionary(placements.map { ($0.indicatorID, $0.code) }, uniquingKeysWith: { first, _ in first })
            for indicator in names {
                let id = try indicator.requireID()
                indicators[id] = TaskInfo.Indicator(id: id, code: codes[id] ?? "", name: indicator.name)
            }
        }
        return try records.sorted { ($0.planID.uuidString, $0.number, $0.key) < ($1.planID.uuidString, $1.number, $1.key) }.map { record in
            let id = try record.requireID()
            let recorded = TaskStatus(rawValue: record.status) ?? .notStarted
            let due = record.dueDate.flatMap { CalendarDay($0) }
            let status = TaskStatus.effective(recorded: recorded, due: due, today: today)
            return TaskInfo(id: id, planID: record.planID, key: record.key, number: record.number, title: record.title, text: record.text,
                            owner: record.ownerAgencyID.flatMap { agencies[$0] },
                            coAgencies: partners.filter { $0.taskID == id }.compactMap { agencies[$0.agencyID] }.sorted { $0.name < $1.name },
                            dueDate: record.dueDate, status: status, recordedStatus: recorded, statusLabel: status.label,
                            indicators: served.filter { $0.taskID == id }.compactMap { indicators[$0.indicatorID] }.sorted { $0.code < $1.code },
                            notes: notes.filter { $0.taskID == id }.map { TaskInfo.Note(text: $0.text, recordedBy: $0.recordedBy, recordedAt: $0.recordedAt) },
                            revision: record.revision, changedBy: record.changedBy, changedAt: record.changedAt)
        }
    }
}

extension CalendarDay {
    /// Today in Việt Nam (UTC+7), where due dates and cut-offs are set.
    public static var today: CalendarDay { day(of: Date()) }

    public static func day(of date: Date) -> CalendarDay {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 7 * 3600) ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return CalendarDay(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1) ?? CalendarDay(year: 2000, month: 1, day: 1)!
    }
}
