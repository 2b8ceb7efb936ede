import Fluent
import Foundation

/// One revision of a section of a plan's report (assessment, causes, tasks, recommendations…):
/// never overwritten; an edit adds revision n + 1. Heading, place and level travel with every
/// revision, so the latest one says all there is to say about the section.
public final class ReportSectionRecord: Model, @unchecked Sendable {
    public static let schema = "report_sections"
    @ID(key: .id) public var id: UUID?
    @Field(key: "plan_id") public var planID: UUID
    /// Stable within the plan: "nguyen-nhan".
    @Field(key: "key") public var key: String
    @Field(key: "revision") public var revision: Int
    @Field(key: "position") public var position: Int
    /// 0 a part, 1 a Roman section, 2 "1.", 3 "1.1.", …
    @Field(key: "level") public var level: Int
    /// "prose", or "figures" where the report's tables and counts go.
    @Field(key: "kind") public var kind: String
    @Field(key: "heading") public var heading: String
    /// Paragraphs, one a line.
    @Field(key: "text") public var text: String
    @Field(key: "recorded_by") public var recordedBy: String
    @Timestamp(key: "recorded_at", on: .create) public var recordedAt: Date?

    public init() {}
    public init(planID: UUID, key: String, revision: Int, position: Int, level: Int, kind: String, heading: String,
                text: String, recordedBy: String) {
        self.planID = planID
        self.key = key
        self.revision = revision
        self.position = position
        self.level = level
        self.kind = kind
        self.heading = heading
        self.text = text
        self.recordedBy = recordedBy
    }
}
