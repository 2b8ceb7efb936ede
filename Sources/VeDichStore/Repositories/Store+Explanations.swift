import Fluent
import Foundation
import VeDichCore

/// A giải trình thread: the question asked of an agency about an indicator or a task, and the
/// agency's answers, oldest first. Open until the first answer.
public struct ExplanationInfo: Sendable, Codable, Equatable {
    public struct Subject: Sendable, Codable, Equatable {
        public var id: UUID
        /// "Chỉ tiêu II.3 Tốc độ tăng …" or "Nhiệm vụ 4 Tổ chức thực hiện …".
        public var label: String
    }

    public struct Answer: Sendable, Codable, Equatable {
        public var text: String
        public var answeredBy: String
        public var answeredAt: Date

        enum CodingKeys: String, CodingKey {
            case text
            case answeredBy = "answered_by", answeredAt = "answered_at"
        }
    }

    public var id: UUID
    public var planID: UUID
    public var agency: AgencyInfo
    public var indicator: Subject?
    public var task: Subject?
    public var question: String
    public var askedBy: String
    public var askedAt: Date
    public var isOpen: Bool
    public var answers: [Answer]

    /// What the request is about, for lists and e-mails.
    public var subject: String { indicator?.label ?? task?.label ?? "" }

    enum CodingKeys: String, CodingKey {
        case id, agency, indicator, task, question, answers
        case planID = "plan_id", askedBy = "asked_by", askedAt = "asked_at", isOpen = "open"
    }
}

/// A request to ask: about an indicator of a plan, or a task; the agency asked is the one
/// responsible for it unless named.
public struct NewExplanation: Sendable {
    public var planID: UUID?
    public var indicatorID: UUID?
    public var taskID: UUID?
    public var agencyID: UUID?
    public var question: String

    public init(planID: UUID? = nil, indicatorID: UUID? = nil, taskID: UUID? = nil, agencyID: UUID? = nil, question: String) {
        self.planID = planID
        self.indicatorID = indicatorID
        self.taskID = taskID
        self.agencyID = agencyID
        self.question = question
    }
}

extension Store {
    public static let explanationTextLimit = 5_000

    /// Where a request would go, before it is written: its plan's province and the agency asked.
    /// Refuses what cannot be asked (no subject, no agency responsible, an agency of another province).
    public func explanationTarget(_ new: NewExplanation) async throws -> (planID: UUID, province: UUID, agency: UUID) {
        var planID = new.planID
        var agency = new.agencyID
        if let taskID = new.taskID {
            guard let task = try await PlanTaskRecord.find(taskID, on: database) else { throw TaskError.taskNotFound(id: taskID.uuidString) }
            if let asked = planID, asked != task.planID {
                throw TaskError.invalid(UserMessage(what: "Nhiệm vụ không thuộc kế hoạch đã chọn", fix: "Bỏ plan_id hoặc chọn đúng kế hoạch của nhiệm vụ"))
            }
            planID = task.planID
            agency = agency ?? task.ownerAgencyID
        } else if let indicatorID = new.indicatorID {
            guard let plan = planID else {
                throw TaskError.invalid(UserMessage(what: "Chưa chọn kế hoạch của chỉ tiêu cần giải trình", fix: "Gửi kèm plan_id của kế hoạch"))
            }
            guard try await PlanIndicatorRecord.query(on: database).filter(\.$planID == plan).filter(\.$indicatorID == indicatorID).first() != nil else {
                throw StoreError.indicatorNotInPlan(indicator: indicatorID.uuidString, plan: plan.uuidString)
            }
            if agency == nil { agency = try await indicatorAgencies(planID: plan)[indicatorID] }
        } else {
            throw TaskError.invalid(UserMessage(what: "Yêu cầu giải trình chưa nói về chỉ tiêu hay nhiệm vụ nào",
                                                fix: "Gửi kèm indicator_id (cùng plan_id) hoặc task_id"))
        }
        guard let planID else { throw StoreError.planNotFound(id: "") }
        let province = try await provinceID(planID: planID)
        guard let agency else {
            throw TaskError.invalid(UserMessage(what: "Chưa có cơ quan phụ trách để hỏi giải trình",
                                                fix: "Giao chỉ tiêu hoặc nhiệm vụ cho một cơ quan trước, hoặc gửi kèm agency_id"))
        }
        guard let record = try await AgencyRecord.find(agency, on: database), record.unitID == province else {
            throw TaskError.invalid(UserMessage(what: "Cơ quan được hỏi không thuộc tỉnh của kế hoạch", fix: "Chọn một cơ quan của tỉnh"))
        }
        return (planID, province, agency)
    }

    /// Records the request; logged.
    public func askExplanation(_ new: NewExplanation, actor: String) async throws -> ExplanationInfo {
        let question = try Self.explanationText(new.question, what: "Nội dung yêu cầu giải trình")
        let target = try await explanationTarget(new)
        let id = try await database.writeTransaction { database in
            let record = ExplanationRecord()
            record.planID = target.planID
            record.agencyID = target.agency
            record.indicatorID = new.taskID == nil ? new.indicatorID : nil
            record.taskID = new.taskID
            record.question = question
            record.askedBy = actor
            record.askedAt = Date()
            try await record.create(on: database)
            let id = try record.requireID()
            try await Store(database: database).logChange(actor: actor, entity: "explanation", entityID: id, planID: target.planID,
                                                          indicatorID: record.indicatorID, field: "yêu cầu giải trình", new: question)
            // The open requests' counts are kept with the plan's snapshot (the dashboard's): a
            // new generation makes the next read count them again.
            try await Store(database: database).bumpGeneration(plans: .nothing)
            return id
        }
        return try await explanation(id)
    }

    /// Adds the agency's answer (the first closes the request); logged.
    public func answerExplanation(_ id: UUID, text: String, actor: String) async throws -> ExplanationInfo {
        let answer = try Self.explanationText(text, what: "Nội dung giải trình")
        try await database.writeTransaction { database in
            guard let record = try await ExplanationRecord.find(id, on: database) else { throw TaskError.explanationNotFound(id: id.uuidString) }
            let row = ExplanationAnswerRecord()
            row.explanationID = id
            row.text = answer
            row.answeredBy = actor
            row.answeredAt = Date()
            try await row.create(on: database)
            if record.answeredAt == nil {
                record.answeredAt = row.answeredAt
                try await record.save(on: database)
                // One open request fewer: see askExplanation.
                try await Store(database: database).bumpGeneration(plans: .nothing)
            }
            try await Store(database: database).logChange(actor: actor, entity: "explanation", entityID: id, planID: record.planID,
                                                          indicatorID: record.indicatorID, field: "giải trình", new: answer)
        }
        return try await explanation(id)
    }

    /// The plan and agency of a request: who may answer it, and from which province.
    public func explanationOwner(_ id: UUID) async throws -> (planID: UUID, province: UUID, agency: UUID) {
        guard let record = try await ExplanationRecord.find(id, on: database) else { throw TaskError.explanationNotFound(id: id.uuidString) }
        return (record.planID, try await provinceID(planID: record.planID), record.agencyID)
    }

    public func explanation(_ id: UUID) async throws -> ExplanationInfo {
        guard let record = try await ExplanationRecord.find(id, on: database) else { throw TaskError.explanationNotFound(id: id.uuidString) }
        return try await explanationInfos([record])[0]
    }

    /// Requests of a plan (or of every plan), newest first; only open ones, or one agency's, when asked.
    public func explanations(planID: UUID?, agencyID: UUID? = nil, openOnly: Bool = false, taskID: UUID? = nil,
                             indicatorID: UUID? = nil) async throws -> [ExplanationInfo] {
        var query = ExplanationRecord.query(on: database)
        if let planID { query = query.filter(\.$planID == planID) }
        if let agencyID { query = query.filter(\.$agencyID == agencyID) }
        if let taskID { query = query.filter(\.$taskID == taskID) }
        if let indicatorID { query = query.filter(\.$indicatorID == indicatorID) }
        if openOnly { query = query.filter(\.$answeredAt == nil) }
        return try await explanationInfos(try await query.sort(\.$askedAt, .descending).all())
    }

    static func explanationText(_ text: String, what: String) throws -> String {
        let trimmed = text.trimmed
        guard !trimmed.isEmpty else {
            throw TaskError.invalid(UserMessage(what: "\(what) đang để trống", fix: "Ghi rõ nội dung rồi gửi lại"))
        }
        if let scalar = trimmed.firstUnprintableScalar {
            throw TaskError.invalid(unprintable(scalar, in: what))
        }
        guard trimmed.count <= explanationTextLimit else {
            throw TaskError.invalid(UserMessage(what: "\(what) dài \(trimmed.count) ký tự, quá \(explanationTextLimit) ký tự",
                                                fix: "Tóm tắt lại; tài liệu dài gửi kèm theo đường công văn"))
        }
        return trimmed
    }

    /// A control character in a free text (a giải trình, a task's name or note): refused, not
    /// stripped, so what is kept is what the person sees.
    static func unprintable(_ scalar: Unicode.Scalar, in what: String) -> UserMessage {
        UserMessage(what: "\(what) có ký tự điều khiển không in được (mã \(unicodeName(scalar)))",
                    fix: "Gõ lại phần đó, hoặc dán dưới dạng văn bản thuần (không định dạng)")
    }

    private func explanationInfos(_ records: [ExplanationRecord]) async throws -> [ExplanationInfo] {
        guard !records.isEmpty else { return [] }
        let ids = try records.map { try $0.requireID() }
        let answers = try await ExplanationAnswerRecord.query(on: database).filter(\.$explanationID ~~ ids).sort(\.$answeredAt).all()
        let agencyIDs = Array(Set(records.map(\.agencyID)))
        let agencies = Dictionary(uniqueKeysWithValues: try await AgencyRecord.query(on: database).filter(\.$id ~~ agencyIDs).all()
            .map { (try $0.requireID(), AgencyInfo(id: try $0.requireID(), name: $0.name)) })
        let taskIDs = Array(Set(records.compactMap(\.taskID)))
        let tasks = taskIDs.isEmpty ? [:] : Dictionary(uniqueKeysWithValues: try await PlanTaskRecord.query(on: database).filter(\.$id ~~ taskIDs).all()
            .map { (try $0.requireID(), $0) })
        let indicatorIDs = Array(Set(records.compactMap(\.indicatorID)))
        var indicatorLabels: [UUID: String] = [:]
        if !indicatorIDs.isEmpty {
            let placements = try await PlanIndicatorRecord.query(on: database).filter(\.$indicatorID ~~ indicatorIDs)
                .filter(\.$planID ~~ Array(Set(records.map(\.planID)))).all()
            let codes = Dictionary(placements.map { ($0.indicatorID, $0.code) }, uniquingKeysWith: { first, _ in first })
            for indicator in try await IndicatorRecord.query(on: database).filter(\.$id ~~ indicatorIDs).all() {
                let id = try indicator.requireID()
                indicatorLabels[id] = "Chỉ tiêu " + [codes[id], indicator.name].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            }
        }
        return try records.map { record in
            let id = try record.requireID()
            return ExplanationInfo(id: id, planID: record.planID,
                                   agency: agencies[record.agencyID] ?? AgencyInfo(id: record.agencyID, name: ""),
                                   indicator: record.indicatorID.map { ExplanationInfo.Subject(id: $0, label: indicatorLabels[$0] ?? "Chỉ tiêu") },
                                   task: record.taskID.map { taskID in
                                       ExplanationInfo.Subject(id: taskID, label: tasks[taskID].map { "Nhiệm vụ \($0.number). \($0.title)" } ?? "Nhiệm vụ")
                                   },
                                   question: record.question, askedBy: record.askedBy, askedAt: record.askedAt, isOpen: record.answeredAt == nil,
                                   answers: answers.filter { $0.explanationID == id }
                                       .map { ExplanationInfo.Answer(text: $0.text, answeredBy: $0.answeredBy, answeredAt: $0.answeredAt) })
        }
    }
}
