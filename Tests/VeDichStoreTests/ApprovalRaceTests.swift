import FluentKit
import Foundation
import Testing
import VeDichCore
import VeDichStore

/// An approver approves an agency's submitted figures at the moment its clerk saves one more
/// value. One of the two must lose: either the value came first (the figures go back to draft and
/// the approval, made from the submitted revision, is stale) or the approval came first (the
/// figures are locked and the value is refused). Both succeeding means approved figures hold a
/// value the approver never saw, or a reopening that was silently undone. On PostgreSQL, whose
/// transactions read what others committed meanwhile, this happened before writers waited for
/// each other at their first statement.
@Suite(.serialized)
struct ApprovalRaceTests {
    static let trials = 12

    @Test(arguments: Engine.allCases)
    func anApprovalAndAValueSavedAtTheSameMomentNeverBothSucceed(_ engine: Engine) async throws {
        try await TestDatabase.withDatabase(engine) { database, _ in
            let (plan, indicator, revision) = try await ObservationTests.seeded(database)
            let store = Store(database: database)
            try await store.assign(indicatorID: indicator.id, toAgency: "Sở Y tế", actor: "test")
            let agency = try #require(try await store.responsibleAgencies(planID: plan.id).first { $0.name == "Sở Y tế" })
            var valueRevision = revision
            var bothWon: [String] = []
            for trial in 1...Self.trials {
                let status = try await store.submission(planID: plan.id, agencyID: agency.id, version: .fullYearEstimate)
                let submitted = try await store.advance(planID: plan.id, agencyID: agency.id, version: .fullYearEstimate, step: .submit,
                                                        reason: nil, basedOnRevision: status.revision, actor: "so-y-te",
                                                        confirmingMissing: true)
                let draft = ObservationTests.draft(indicator, "9\(trial % 10),5", basedOn: valueRevision)
                async let saving: ObservationInfo? = try? store.record(draft)
                async let approving: SubmissionInfo? = try? store.advance(planID: plan.id, agencyID: agency.id, version: .fullYearEstimate,
                                                                          step: .approve, reason: nil, basedOnRevision: submitted.revision,
                                                                          actor: "lanh-dao")
                let (saved, approved) = await (saving, approving)
                if let saved, approved != nil {
                    bothWon.append("lần \(trial): giá trị “\(saved.figure.text)” (bản sửa \(saved.revision)) và phê duyệt cùng thành công")
                }
                valueRevision = try await store.latestObservation(indicatorID: indicator.id, period: ObservationTests.fiveYears,
                                                                  version: .fullYearEstimate)?.revision
                let now = try await store.submission(planID: plan.id, agencyID: agency.id, version: .fullYearEstimate)
                if now.status == .approved {
                    _ = try await store.advance(planID: plan.id, agencyID: agency.id, version: .fullYearEstimate, step: .unlock,
                                                reason: "thử lại", basedOnRevision: now.revision, actor: "quan-tri")
                }
            }
            #expect(bothWon.isEmpty, "“\(indicator.name)” of Sở Y tế on \(engine): \(bothWon.joined(separator: "; "))")
        }
    }
}
