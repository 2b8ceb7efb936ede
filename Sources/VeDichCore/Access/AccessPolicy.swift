/// Who may do what, decided from the person's role and scope and the data's owner. Pure, so
/// every rule is tested without a server; the web layer asks it before each read or write.
public struct AccessPolicy<ID: Hashable & Sendable>: Sendable {
    /// The person asking, with the province and agency their role is scoped to.
    public struct Person: Sendable {
        public var role: Role
        public var province: ID?
        public var agency: ID?

        public init(role: Role, province: ID? = nil, agency: ID? = nil) {
            self.role = role
            self.province = province
            self.agency = agency
        }
    }

    public enum Action: Sendable {
        /// Reading a province's plans, values, reports and history.
        case read(province: ID)
        /// Entering or submitting a value of an indicator owned by `agency` (nil: the planning office's own).
        case enterValue(province: ID, agency: ID?)
        /// Importing a report, editing targets and the report's text.
        case edit(province: ID)
        /// Approving or returning what was submitted.
        case approve(province: ID)
        /// Unlocking approved figures; managing accounts.
        case administer
        /// Keeping a province's catalogue: its agencies, which agency answers for which indicator.
        case manageAgencies(province: ID)
        /// Making, changing, resetting or deactivating an account of `role` scoped to `province`
        /// (nil: an account of no province, an admin or the ministry's).
        case manageAccount(province: ID?, role: Role)
        /// Editing a plan's task (owner, due date, status, progress notes): the planning office,
        /// and the clerk of the agency that leads the task.
        case editTask(province: ID, owner: ID?)
        /// Asking an agency to explain an indicator or a task (yêu cầu giải trình): a leader
        /// (approver) or the planning office.
        case askExplanation(province: ID)
        /// Answering a giải trình request: the asked agency's own accounts only.
        case answerExplanation(province: ID, agency: ID)
    }

    public init() {}

    public func decide(_ person: Person, _ action: Action) -> AccessDecision {
        switch (person.role, action) {
        case (.admin, _):
            return .allowed
        case (.viewer, .read):
            return .allowed
        case (.viewer, _):
            return .refused(UserMessage(what: "Tài khoản chỉ xem không được thay đổi số liệu", fix: "Liên hệ Sở Tài chính của tỉnh nếu cần sửa"))
        case (_, .administer):
            return .refused(UserMessage(what: "Chỉ quản trị hệ thống được làm việc này", fix: "Liên hệ quản trị hệ thống"))
        case (_, .read(let province)):
            return sameProvince(person, province)
        case (.planner, .enterValue(let province, _)), (.planner, .edit(let province)):
            return sameProvince(person, province)
        case (.approver, .approve(let province)):
            return sameProvince(person, province)
        case (.planner, .manageAgencies(let province)):
            return sameProvince(person, province)
        case (.planner, .manageAccount(let province, let role)):
            // The planning office gives its province's agencies their accounts; every other
            // account (its own colleagues, approvers, the ministry) is the administrator's.
            guard role == .agencyClerk, let province else {
                return .refused(UserMessage(what: "Sở Tài chính chỉ quản lý tài khoản nhập liệu của các sở, ngành trong tỉnh",
                                            fix: "Cần tài khoản vai trò khác thì liên hệ quản trị hệ thống"))
            }
            return sameProvince(person, province)
        case (.planner, .editTask(let province, _)), (.planner, .askExplanation(let province)),
             (.approver, .askExplanation(let province)):
            return sameProvince(person, province)
        case (.agencyClerk, .editTask(let province, let agency)):
            if case .refused(let message) = sameProvince(person, province) { return .refused(message) }
            guard let agency, agency == person.agency else {
                return .refused(UserMessage(what: "Nhiệm vụ này do cơ quan khác chủ trì", fix: "Chỉ cập nhật nhiệm vụ cơ quan mình chủ trì; cần sửa thì báo Sở Tài chính"))
            }
            return .allowed
        case (_, .answerExplanation(let province, let agency)):
            if case .refused(let message) = sameProvince(person, province) { return .refused(message) }
            guard person.role == .agencyClerk, agency == person.agency else {
                return .refused(UserMessage(what: "Chỉ cơ quan được yêu cầu giải trình mới trả lời được", fix: "Cán bộ của cơ quan đó đăng nhập để trả lời"))
            }
            return .allowed
        case (.agencyClerk, .enterValue(let province, let agency)):
            if case .refused(let message) = sameProvince(person, province) { return .refused(message) }
            guard let agency, agency == person.agency else {
                return .refused(UserMessage(what: "Chỉ tiêu này do cơ quan khác phụ trách", fix: "Chỉ nhập số liệu các chỉ tiêu của cơ quan mình; cần sửa thì báo Sở Tài chính"))
            }
            return .allowed
        case (.approver, _):
            return .refused(UserMessage(what: "Tài khoản phê duyệt không nhập hoặc sửa số liệu", fix: "Trả lại để cơ quan phụ trách sửa, hoặc báo chuyên viên Sở Tài chính"))
        case (.agencyClerk, _), (.planner, _):
            return .refused(UserMessage(what: "Vai trò “\(person.role.label)” không được làm việc này", fix: "Liên hệ Sở Tài chính hoặc quản trị hệ thống"))
        }
    }

    private func sameProvince(_ person: Person, _ province: ID) -> AccessDecision {
        person.province == province ? .allowed
            : .refused(UserMessage(what: "Dữ liệu này thuộc tỉnh khác", fix: "Chỉ làm việc với dữ liệu của tỉnh mình"))
    }
}

public enum AccessDecision: Sendable, Equatable {
    case allowed
    case refused(UserMessage)
}
