import Fluent
import Foundation
import VeDichCore

extension Store {
    /// A workflow step concerns one plan's figures: the agency must be of the plan's province and
    /// answer for at least one of the plan's indicators. Else a planner of one province could
    /// submit, approve and so lock another province's agency under a plan of their own.
    func requireResponsible(agencyID: UUID, plan: PlanInfo) async throws {
        guard let agency = try await AgencyRecord.find(agencyID, on: database) else {
            throw StoreError.agencyNotInPlan(agency: agencyID.uuidString, plan: plan.title)
        }
        let planProvince = try await PlanRecord.find(plan.id, on: database)?.unitID
        guard agency.unitID == planProvince,
              try await indicatorAgencies(planID: plan.id).values.contains(agencyID) else {
            throw StoreError.agencyNotInPlan(agency: agency.name, plan: plan.title)
        }
    }
}
