import Vapor
import VeDichCore
import VeDichStore

/// Checks access to the plan named by the route's `:planID`, from the plan's province, before
/// the handler runs. Finer checks (a clerk's own indicators) stay in the handlers.
struct PlanAccess: AsyncMiddleware {
    enum Need: Sendable { case read, edit, approve }
    let need: Need

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let province = try await request.province(planID: try request.planID())
        switch need {
        case .read: try request.authorize(.read(province: province))
        case .edit: try request.authorize(.edit(province: province))
        case .approve: try request.authorize(.approve(province: province))
        }
        return try await next.respond(to: request)
    }
}

/// Checks access to the indicator named by the route's `:indicatorID`: reading it, or entering
/// its values (its agency's clerk, the province's planning office).
struct IndicatorAccess: AsyncMiddleware {
    enum Need: Sendable { case read, enterValue }
    let need: Need

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let owner = try await request.store.owner(indicatorID: try request.indicatorID())
        switch need {
        case .read: try request.authorize(.read(province: owner.province))
        case .enterValue: try request.authorize(.enterValue(province: owner.province, agency: owner.agency))
        }
        return try await next.respond(to: request)
    }
}

/// Only these roles, whatever the data (importing a report names its province inside).
struct RequireRole: AsyncMiddleware {
    let roles: Set<Role>

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let principal = try request.requirePrincipal()
        guard roles.contains(principal.role) else {
            throw AuthError.forbidden(UserMessage(what: "Vai trò “\(principal.role.label)” không được làm việc này",
                                                  fix: "Liên hệ Sở Tài chính hoặc quản trị hệ thống"))
        }
        return try await next.respond(to: request)
    }
}

extension Request {
    /// Importing a report of `province`: an admin for any province (a new one included), the
    /// planning office for its own.
    func authorizeImport(province: String) async throws {
        let principal = try requirePrincipal()
        if principal.role == .admin { return }
        guard principal.role == .planner else {
            throw AuthError.forbidden(UserMessage(what: "Chỉ chuyên viên Sở Tài chính được nhập báo cáo",
                                                  fix: "Gửi báo cáo cho Sở Tài chính của tỉnh"))
        }
        let provinceID = try? await store.provinceID(named: province)
        try authorize(.edit(province: provinceID ?? UUID()))
    }
}

/// Every address that names a plan or an indicator is first checked for reading it: whatever
/// else a route needs comes on top.
/// Checked without a task of its own when the provinces are remembered (every plan and indicator
/// after its first request): an `AsyncMiddleware` runs in one, and the hops to it and back cost a
/// tenth of serving a kept page. The same checks either way.
struct ReadAccess: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        do {
            if try checkRemembered(request) { return next.respond(to: request) }
        } catch {
            return request.eventLoop.makeFailedFuture(error)
        }
        return request.eventLoop.makeFutureWithTask {
            if request.parameters.get("planID") != nil {
                try request.authorize(.read(province: try await request.province(planID: try request.planID())))
            }
            if request.parameters.get("indicatorID") != nil {
                try request.authorize(.read(province: try await request.province(indicatorID: try request.indicatorID())))
            }
            return try await next.respond(to: request).get()
        }
    }

    /// True when every province the address needs was remembered and the person may read it;
    /// false when one must be looked up first; throws what `authorize` throws.
    private func checkRemembered(_ request: Request) throws -> Bool {
        var provinces: [UUID] = []
        if request.parameters.get("planID") != nil {
            guard let province = request.rememberedProvince(planID: try request.planID()) else { return false }
            provinces.append(province)
        }
        if request.parameters.get("indicatorID") != nil {
            guard let province = request.rememberedProvince(indicatorID: try request.indicatorID()) else { return false }
            provinces.append(province)
        }
        for province in provinces { try request.authorize(.read(province: province)) }
        return true
    }
}

extension Request {
    /// The plans this person may read: all for an admin or the ministry, else their province's.
    func readablePlans() async throws -> [PlanInfo] {
        let plans = try await store.plans()
        let principal = try requirePrincipal()
        guard principal.role != .admin, principal.role != .viewer else { return plans }
        let provinces = try await store.planProvinces()
        return plans.filter { provinces[$0.id] == principal.provinceID }
    }
}

/// Which province a plan or indicator belongs to never changes once made, so it is remembered:
/// checking access then costs no query on the pages people open most.
final class Provinces: Sendable {
    let plans = Memo()
    let indicators = Memo()

    final class Memo: @unchecked Sendable {
        // Guarded by `lock`.
        private var known: [UUID: UUID] = [:]
        private let lock = NSLock()

        /// The province if already known, without waiting.
        func remembered(_ id: UUID) -> UUID? { lock.withLock { known[id] } }

        func province(of id: UUID, _ load: () async throws -> UUID) async throws -> UUID {
            if let province = lock.withLock({ known[id] }) { return province }
            let province = try await load()
            lock.withLock { known[id] = province }
            return province
        }
    }
}

struct ProvincesKey: StorageKey { typealias Value = Provinces }

extension Request {
    func province(planID: UUID) async throws -> UUID {
        try await provinces.plans.province(of: planID) { try await store.provinceID(planID: planID) }
    }

    func province(indicatorID: UUID) async throws -> UUID {
        try await provinces.indicators.province(of: indicatorID) { try await store.owner(indicatorID: indicatorID).province }
    }

    func rememberedProvince(planID: UUID) -> UUID? { provinces.plans.remembered(planID) }

    func rememberedProvince(indicatorID: UUID) -> UUID? { provinces.indicators.remembered(indicatorID) }

    private var provinces: Provinces {
        application.storage[ProvincesKey.self] ?? {
            let provinces = Provinces()
            application.storage[ProvincesKey.self] = provinces
            return provinces
        }()
    }
}
