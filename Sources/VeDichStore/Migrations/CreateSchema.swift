import Fluent

// One change per migration, with a fixed name: Fluent's default is the type's qualified name,
// so moving or renaming a type would make it run again. Literal field names, never the model's.

struct CreateAdminUnits: AsyncMigration {
    var name: String { "001_create_admin_units" }
    func prepare(on database: any Database) async throws {
        try await database.schema("admin_units")
            .id()
            .field("code", .string)
            .field("name", .string, .required)
            .field("level", .string, .required)
            .field("parent_id", .uuid, .references("admin_units", "id"))
            .unique(on: "name", "level")
            .create()
    }
    func revert(on database: any Database) async throws { try await database.schema("admin_units").delete() }
}

struct CreateAgencies: AsyncMigration {
    var name: String { "002_create_agencies" }
    func prepare(on database: any Database) async throws {
        try await database.schema("agencies")
            .id()
            .field("unit_id", .uuid, .required, .references("admin_units", "id"))
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .unique(on: "unit_id", "name")
            .create()
    }
    func revert(on database: any Database) async throws { try await database.schema("agencies").delete() }
}

struct CreatePlans: AsyncMigration {
    var name: String { "003_create_plans" }
    func prepare(on database: any Database) async throws {
        try await database.schema("plans")
            .id()
            .field("unit_id", .uuid, .required, .references("admin_units", "id"))
            .field("title", .string, .required)
            .field("horizon", .string, .required)
            .field("start_year", .int, .required)
            .field("end_year", .int, .required)
            .field("composite_policy", .string, .required)
            .unique(on: "unit_id", "horizon", "start_year", "end_year")
            .create()
    }
    func revert(on database: any Database) async throws { try await database.schema("plans").delete() }
}

struct CreateIndicatorGroups: AsyncMigration {
    var name: String { "004_create_indicator_groups" }
    func prepare(on database: any Database) async throws {
        try await database.schema("indicator_groups")
            .id()
            .field("plan_id", .uuid, .required, .references("plans", "id"))
            .field("numeral", .string, .required)
            .field("title", .string, .required)
            .field("position", .int, .required)
            .unique(on: "plan_id", "numeral")
            .create()
    }
    func revert(on database: any Database) async throws { try await database.schema("indicator_groups").delete() }
}

struct CreateIndicators: AsyncMigration {
    var name: String { "005_create_indicators" }
    func prepare(on database: any Database) async throws {
        try await database.schema("indicators")
            .id()
            .field("unit_id", .uuid, .required, .references("admin_units", "id"))
            .field("key", .string, .required)
            .field("name", .string, .required)
            .field("measure_unit", .string)
            .field("direction", .string, .required)
            .field("direction_reason", .string, .required)
            .field("agency_id", .uuid, .references("agencies", "id"))
            .field("national_code", .string)
            .unique(on: "unit_id", "key")
            .create()
    }
    func revert(on database: any Database) async throws { try await database.schema("indicators").delete() }
}

struct CreatePlanIndicators: AsyncMigration {
    var name: String { "006_create_plan_indicators" }
    func prepare(on database: any Database) async throws {
        try await database.schema("plan_indicators")
            .id()
            .field("plan_id", .uuid, .required, .references("plans", "id"))
            .field("indicator_id", .uuid, .required, .references("indicators", "id"))
            .field("group_id", .uuid, .references("indicator_groups", "id"))
            .field("code", .string, .required)
            .field("parent_indicator_id", .uuid, .references("indicators", "id"))
            .field("position", .int, .required)
            .unique(on: "plan_id", "indicator_id")
            .create()
    }
    func revert(on database: any Database) async throws { try await database.schema("plan_indicators").delete() }
}

extension SchemaBuilder {
    /// The columns of a `FigureFields` group named "figure".
    func figureFields() -> SchemaBuilder {
        field("figure_text", .string, .required)
            .field("figure_form", .string, .required)
            .field("figure_lower", .double)
            .field("figure_lower_inclusive", .bool)
            .field("figure_upper", .double)
            .field("figure_upper_inclusive", .bool)
    }
}

struct CreateTargets: AsyncMigration {
    var name: String { "007_create_targets" }
    func prepare(on database: any Database) async throws {
        try await database.schema("targets")
            .id()
            .field("plan_id", .uuid, .required, .references("plans", "id"))
            .field("indicator_id", .uuid, .required, .references("indicators", "id"))
            .field("issuer", .string, .required)
            .figureFields()
            .field("recorded_by", .string, .required)
            .field("recorded_at", .datetime)
            .unique(on: "plan_id", "indicator_id", "issuer")
            .create()
    }
    func revert(on database: any Database) async throws { try await database.schema("targets").delete() }
}

struct CreatePeriods: AsyncMigration {
    var name: String { "008_create_periods" }
    func prepare(on database: any Database) async throws {
        try await database.schema("periods")
            .id()
            .field("kind", .string, .required)
            .field("start_year", .int, .required)
            .field("end_year", .int, .required)
            .unique(on: "kind", "start_year", "end_year")
            .create()
    }
    func revert(on database: any Database) async throws { try await database.schema("periods").delete() }
}

struct CreateObservations: AsyncMigration {
    var name: String { "009_create_observations" }
    func prepare(on database: any Database) async throws {
        try await database.schema("observations")
            .id()
            .field("indicator_id", .uuid, .required, .references("indicators", "id"))
            .field("period_id", .uuid, .required, .references("periods", "id"))
            .field("version", .string, .required)
            .field("revision", .int, .required)
            .figureFields()
            .field("agency_id", .uuid, .references("agencies", "id"))
            .field("note", .string)
            .field("recorded_by", .string, .required)
            .field("recorded_at", .datetime)
            .unique(on: "indicator_id", "period_id", "version", "revision")
            .create()
    }
    func revert(on database: any Database) async throws { try await database.schema("observations").delete() }
}

/// Every migration, in order. Append; never reorder or rename.
public enum StoreMigrations {
    public static let all: [any Migration] = [
        CreateAdminUnits(), CreateAgencies(), CreatePlans(), CreateIndicatorGroups(), CreateIndicators(),
        CreatePlanIndicators(), CreateTargets(), CreatePeriods(), CreateObservations(),
        CreateReportSections(),
        CreateDataGeneration(),
        CreateUsers(), CreateUserTokens(), CreateSubmissions(), CreateChangeLog(),
        AddObservationMarks(),
        CreateDataChanges(),
        CatalogueIndicatorMarks(), CatalogueCoAgencies(), AccountEmail(),
        PlanAuthoringColumns(), TargetRevisions(),
        CreatePlanTasks(), CreateExplanations(),
        CreateProvinceRegistry(), CreateFormerProvinces(), CreateCommuneRegistry(), CreateNationalIndicators(), LoadReferenceData(),
        AddNationalIndexes(),
        InYearIndicatorNature(), InYearFirstHalfEstimates(),
        CreateWorkflowGeneration(), AddAgencyIndicatorIndex(), AddDrillDownIndexes(),
        CreatePlanRollups(), AddPlanRollupRules(),
        ComponentOutsideVerdict(), TargetNote(),
    ]
}
