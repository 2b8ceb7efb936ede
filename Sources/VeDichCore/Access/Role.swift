/// What a person does in VeDich. The scope (province, agency) is data kept beside the role.
public enum Role: String, Sendable, Codable, CaseIterable {
    /// Runs the system: accounts, unlocking approved figures.
    case admin
    /// Planning office (Sở Tài chính) staff of a province: enters and imports its figures,
    /// edits the report's text.
    case planner
    /// Planning office leader of a province: approves or returns what agencies submitted.
    case approver
    /// A sở, ngành or UBND cấp xã: enters the values of its own indicators and submits them.
    case agencyClerk = "agency_clerk"
    /// Reads every province's plans and results (the ministry).
    case viewer

    public var label: String {
        switch self {
        case .admin: "Quản trị hệ thống"
        case .planner: "Chuyên viên Sở Tài chính (biên tập)"
        case .approver: "Lãnh đạo Sở Tài chính (phê duyệt)"
        case .agencyClerk: "Cán bộ nhập liệu của sở, ngành"
        case .viewer: "Người xem (Bộ, ngành trung ương)"
        }
    }
}
