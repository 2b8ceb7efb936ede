import Fluent

/// The plan's tasks ("nhiệm vụ, giải pháp"), read from its report and kept by the office.
/// `revision` counts edits so an edit from a stale page is refused (409); `status` is what was
/// recorded (never "qua_han": overdue follows from `due_date`, see `TaskStatus.effective`);
/// `due_date` is "YYYY-MM-DD".
struct CreatePlanTasks: AsyncMigration {
    var name: String { "tasks_01_create_plan_tasks" }
    func prepare(on database: any Database) async throws {
        try await database.schema("plan_tasks")
            .id()
            .field("plan_id", .uuid, .required, .references("plans", "id"))
            .field("key", .string, .required)
            .field("number", .int, .required)
            .field("title", .string, .required)
            .field("text", .string, .required)
            .field("owner_agency_id", .uuid, .references("agencies", "id"))
            .field("due_date", .string)
            .field("status", .string, .required)
            .field("revision", .int, .required)
            .field("changed_by", .string, .required)
            .field("changed_at", .datetime)
            .unique(on: "plan_id", "key")
            .create()
        // Co-agencies (cơ quan phối hợp) and the indicators a task serves: one row per pair.
        try await database.schema("plan_task_agencies")
            .id()
            .field("task_id", .uuid, .required, .references("plan_tasks", "id"))
            .field("agency_id", .uuid, .required, .references("agencies", "id"))
            .unique(on: "task_id", "agency_id")
            .create()
        try await database.schema("plan_task_indicators")
            .id()
            .field("task_id", .uuid, .required, .references("plan_tasks", "id"))
            .field("indicator_id", .uuid, .required, .references("indicators", "id"))
            .unique(on: "task_id", "indicator_id")
            .create()
        // Progress notes: append-only, so the history of what was reported stays as written.
        try await database.schema("plan_task_notes")
            .id()
            .field("task_id", .uuid, .required, .references("plan_tasks", "id"))
            .field("text", .string, .required)
            .field("recorded_by", .string, .required)
            .field("recorded_at", .datetime, .required)
            .create()
        try await AppendOnly.protect(table: "plan_task_notes", on: database)
    }
    func revert(on database: any Database) async throws {
        try await database.schema("plan_task_notes").delete()
        try await database.schema("plan_task_indicators").delete()
        try await database.schema("plan_task_agencies").delete()
        try await database.schema("plan_tasks").delete()
    }
}

/// Giải trình: a leader asks an agency to explain an indicator or a task; the agency answers.
/// Questions and answers are append-only; `answered_at` on the request is set once, at the first
/// answer (an open request is one without it).
struct CreateExplanations: AsyncMigration {
    var name: String { "tasks_02_create_explanations" }
    func prepare(on database: any Database) async throws {
        try await database.schema("explanations")
            .id()
            .field("plan_id", .uuid, .required, .references("plans", "id"))
            .field("agency_id", .uuid, .required, .references("agencies", "id"))
            .field("indicator_id", .uuid, .references("indicators", "id"))
            .field("task_id", .uuid, .references("plan_tasks", "id"))
            .field("question", .string, .required)
            .field("asked_by", .string, .required)
            .field("asked_at", .datetime, .required)
            .field("answered_at", .datetime)
            .create()
        try await database.schema("explanation_answers")
            .id()
            .field("explanation_id", .uuid, .required, .references("explanations", "id"))
            .field("text", .string, .required)
            .field("answered_by", .string, .required)
            .field("answered_at", .datetime, .required)
            .create()
        try await AppendOnly.protect(table: "explanation_answers", on: database)
    }
    func revert(on database: any Database) async throws {
        try await database.schema("explanation_answers").delete()
        try await database.schema("explanations").delete()
    }
}
