import Fluent
import Foundation

public final class PlanTaskRecord: Model, @unchecked Sendable {
    public static let schema = "plan_tasks"
    @ID(key: .id) public var id: UUID?
    @Field(key: "plan_id") public var planID: UUID
    @Field(key: "key") public var key: String
    @Field(key: "number") public var number: Int
    @Field(key: "title") public var title: String
    @Field(key: "text") public var text: String
    @OptionalField(key: "owner_agency_id") public var ownerAgencyID: UUID?
    @OptionalField(key: "due_date") public var dueDate: String?
    @Field(key: "status") public var status: String
    @Field(key: "revision") public var revision: Int
    @Field(key: "changed_by") public var changedBy: String
    @OptionalField(key: "changed_at") public var changedAt: Date?

    public init() {}
}

public final class PlanTaskAgencyRecord: Model, @unchecked Sendable {
    public static let schema = "plan_task_agencies"
    @ID(key: .id) public var id: UUID?
    @Field(key: "task_id") public var taskID: UUID
    @Field(key: "agency_id") public var agencyID: UUID

    public init() {}
    init(taskID: UUID, agencyID: UUID) {
        self.taskID = taskID
        self.agencyID = agencyID
    }
}

public final class PlanTaskIndicatorRecord: Model, @unchecked Sendable {
    public static let schema = "plan_task_indicators"
    @ID(key: .id) public var id: UUID?
    @Field(key: "task_id") public var taskID: UUID
    @Field(key: "indicator_id") public var indicatorID: UUID

    public init() {}
    init(taskID: UUID, indicatorID: UUID) {
        self.taskID = taskID
        self.indicatorID = indicatorID
    }
}

public final class PlanTaskNoteRecord: Model, @unchecked Sendable {
    public static let schema = "plan_task_notes"
    @ID(key: .id) public var id: UUID?
    @Field(key: "task_id") public var taskID: UUID
    @Field(key: "text") public var text: String
    @Field(key: "recorded_by") public var recordedBy: String
    @Field(key: "recorded_at") public var recordedAt: Date

    public init() {}
}

public final class ExplanationRecord: Model, @unchecked Sendable {
    public static let schema = "explanations"
    @ID(key: .id) public var id: UUID?
    @Field(key: "plan_id") public var planID: UUID
    @Field(key: "agency_id") public var agencyID: UUID
    @OptionalField(key: "indicator_id") public var indicatorID: UUID?
    @OptionalField(key: "task_id") public var taskID: UUID?
    @Field(key: "question") public var question: String
    @Field(key: "asked_by") public var askedBy: String
    @Field(key: "asked_at") public var askedAt: Date
    @OptionalField(key: "answered_at") public var answeredAt: Date?

    public init() {}
}

public final class ExplanationAnswerRecord: Model, @unchecked Sendable {
    public static let schema = "explanation_answers"
    @ID(key: .id) public var id: UUID?
    @Field(key: "explanation_id") public var explanationID: UUID
    @Field(key: "text") public var text: String
    @Field(key: "answered_by") public var answeredBy: String
    @Field(key: "answered_at") public var answeredAt: Date

    public init() {}
}
