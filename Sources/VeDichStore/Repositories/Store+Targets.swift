import Fluent
import Foundation
import SQLKit
import VeDichCore

/// A target someone sets: the plan, the indicator, who set it, what was typed, and the revision
/// seen when they started (nil or 0: they saw none). An empty text removes the target.
public struct TargetDraft: Sendable {
    public var planID: UUID
    public var indicatorID: UUID
    public var issuer: TargetIssuer
    public var text: String
    public var basedOnRevision: Int?
    public var recordedBy: String

    public init(planID: UUID, indicatorID: UUID, issuer: TargetIssuer, text: String, basedOnRevision: Int?, recordedBy: String) {
        self.planID = planID
        self.indicatorID = indicatorID
        self.issuer = issuer
        self.text = text
        self.basedOnRevision = basedOnRevision
        self.recordedBy = recordedBy
    }
}

/// What one draft did.
public struct TargetWrite: Sendable, Equatable {
    public enum Outcome: String, Sendable { case created, updated, removed, unchanged }
    public var outcome: Outcome
    /// The target now; nil once removed.
    public var target: TargetInfo?
}

/// Every indicator of a plan with its target from each issuer, for the table form: the five-year
/// plan's governing target beside an annual plan's.
public struct TargetTable: Sendable {
    public struct Cell: Sendable, Equatable {
        public var text: String
        public var revision: Int
    }

    public struct Row: Sendable {
        public var indicator: IndicatorInfo
        public var targets: [TargetIssuer: Cell]
        /// The five-year plan's target for the same indicator, as its verdict would use it.
        public var fiveYear: FigureValue?
        public var fiveYearIssuer: String?
    }

    public var plan: PlanInfo
    /// The province's five-year plan whose span holds this annual plan's year.
    public var fiveYearPlan: PlanInfo?
    public var rows: [Row]
}

extension Store {
    /// Sets one target (created, changed or, with an empty text, removed): see `setTargets`.
    public func setTarget(_ draft: TargetDraft) async throws -> TargetWrite {
        try await setTargets([draft])[0]
    }

    /// Sets targets, all or nothing: every text must read as a target (the core's parser, the
    /// value entry's messages), every revision must still be the current one (else 409, as for a
    /// value), and the plan must not be issued. Each change is logged with its old and new text.
    public func setTargets(_ drafts: [TargetDraft]) async throws -> [TargetWrite] {
        guard database.inTransaction else {
            return try await database.writeTransaction { try await Store(database: $0).setTargets(drafts) }
        }
        var plans: [UUID: PlanInfo] = [:]
        var writes: [TargetWrite] = []
        for draft in drafts {
            if plans[draft.planID] == nil {
                try await lockPlanRow(draft.planID)
                plans[draft.planID] = try await PlanRows.plan(draft.planID, on: database.sql)
            }
            guard let plan = plans[draft.planID] else { continue }
            if let at = plan.issuedAt { throw PlanAuthoringError.issued(plan: plan.title, by: plan.issuedBy ?? "", at: at) }
            writes.append(try await write(draft, plan: plan))
        }
        if writes.contains(where: { $0.outcome != .unchanged }) { try await bumpGeneration(plans: .plans(Set(plans.keys))) }
        return writes
    }

    private func write(_ draft: TargetDraft, plan: PlanInfo) async throws -> TargetWrite {
        guard let indicator = try await IndicatorRecord.find(draft.indicatorID, on: database) else {
            throw StoreError.indicatorNotFound(id: draft.indicatorID.uuidString)
        }
        guard let placement = try await PlanIndicatorRecord.query(on: database)
            .filter(\.$planID == draft.planID).filter(\.$indicatorID == draft.indicatorID).first() else {
            throw StoreError.indicatorNotInPlan(indicator: indicator.name, plan: plan.title)
        }
        let text = draft.text.trimmed
        let figure: Figure?
        if text.isEmpty {
            figure = nil
        } else {
            do { figure = try Figure.parse(text) } catch {
                throw PlanAuthoringError.invalidTarget(code: placement.code, issuer: draft.issuer, text: text, cause: error)
            }
        }
        let existing = try await TargetRecord.query(on: database)
            .filter(\.$planID == draft.planID).filter(\.$indicatorID == draft.indicatorID).all()
            .first { TargetIssuer(stored: $0.issuer) == draft.issuer }
        let current = existing.map { $0.revision ?? 1 }
        // A client that saw no target may say revision 0.
        let basedOn = draft.basedOnRevision == 0 ? nil : draft.basedOnRevision
        guard basedOn == current else {
            throw PlanAuthoringError.staleTarget(code: placement.code, issuer: draft.issuer, expected: draft.basedOnRevision ?? 0, current: current ?? 0)
        }
        let field = "kế hoạch (\(draft.issuer.label))"
        switch (existing, figure) {
        case (nil, nil):
            return TargetWrite(outcome: .unchanged, target: nil)
        case (let existing?, nil):
            let old = existing.figure.text
            try await existing.delete(on: database)
            try await logChange(actor: draft.recordedBy, entity: "target", entityID: existing.id, planID: draft.planID,
                                indicatorID: draft.indicatorID, field: field, old: old, new: nil)
            return TargetWrite(outcome: .removed, target: nil)
        case (let existing?, let figure?):
            guard existing.figure.text != figure.text else {
                return TargetWrite(outcome: .unchanged, target: try Self.info(existing, code: placement.code))
            }
            let old = existing.figure.text
            existing.figure.set(figure)
            // The note a report printed beside the old figure ("(tăng 15%)") does not describe the new one.
            existing.note = nil
            existing.revision = (current ?? 1) + 1
            existing.recordedBy = draft.recordedBy
            try await existing.update(on: database)
            try await logChange(actor: draft.recordedBy, entity: "target", entityID: existing.id, planID: draft.planID,
                                indicatorID: draft.indicatorID, field: field, old: old, new: figure.text)
            return TargetWrite(outcome: .updated, target: try Self.info(existing, code: placement.code))
        case (nil, let figure?):
            let record = TargetRecord()
            record.planID = draft.planID
            record.indicatorID = draft.indicatorID
            record.issuer = draft.issuer.label
            record.figure.set(figure)
            record.recordedBy = draft.recordedBy
            record.revision = 1
            do {
                try await record.create(on: database)
            } catch let error as any DatabaseError where error.isConstraintFailure {
                // Someone set the same target first: the unique key refused ours.
                throw PlanAuthoringError.staleTarget(code: placement.code, issuer: draft.issuer, expected: draft.basedOnRevision ?? 0, current: 1)
            }
            try await logChange(actor: draft.recordedBy, entity: "target", entityID: record.id, planID: draft.planID,
                                indicatorID: draft.indicatorID, field: field, new: figure.text)
            return TargetWrite(outcome: .created, target: try Self.info(record, code: placement.code))
        }
    }

    static func info(_ target: TargetRecord, code: String) throws -> TargetInfo {
        TargetInfo(id: try target.requireID(), indicatorID: target.indicatorID, code: code, issuer: target.issuer,
                   figure: FigureValue(try target.figure.figure()), revision: target.revision ?? 1)
    }

    /// The plan's indicators, each with its targets by issuer and, for an annual plan, the
    /// governing target of the five-year plan that holds its year.
    public func targetTable(planID: UUID) async throws -> TargetTable {
        let sql = try database.sql
        let plan = try await PlanRows.plan(planID, on: sql)
        let indicators = try await PlanRows.indicators(planID: planID, on: sql)
        var cells: [UUID: [TargetIssuer: TargetTable.Cell]] = [:]
        for row in try await sql.raw("SELECT indicator_id, issuer, figure_text, revision FROM targets WHERE plan_id = \(bind: planID)").all() {
            guard let issuer = TargetIssuer(stored: try row.decode(column: "issuer", as: String.self)) else { continue }
            cells[try row.decode(column: "indicator_id", as: UUID.self), default: [:]][issuer] =
                .init(text: try row.decode(column: "figure_text", as: String.self), revision: try row.optional("revision") ?? 1)
        }
        var fiveYearPlan: PlanInfo?
        var fiveYear: [UUID: (issuer: String, figure: FigureValue)] = [:]
        if plan.horizon == "annual", let id = try await sql.raw("""
            SELECT p.id FROM plans p JOIN plans a ON a.unit_id = p.unit_id
            WHERE a.id = \(bind: planID) AND p.horizon = 'five_year' AND p.start_year <= \(bind: plan.startYear) AND p.end_year >= \(bind: plan.startYear)
            ORDER BY p.start_year DESC
            """).first()?.decode(column: "id", as: UUID.self) {
            let five = try await PlanRows.plan(id, on: sql)
            fiveYearPlan = five
            for (indicatorID, issued) in Dictionary(grouping: try await PlanRows.targets(planID: id, on: sql), by: \.indicatorID) {
                guard let issuer = TargetIssuer.governing(among: issued.map(\.issuer), preferred: five.governingIssuer),
                      let target = issued.first(where: { $0.issuer == issuer }) else { continue }
                fiveYear[indicatorID] = (issuer, FigureValue(try Figure.parse(target.text)))
            }
        }
        return TargetTable(plan: plan, fiveYearPlan: fiveYearPlan, rows: indicators.map { indicator in
            TargetTable.Row(indicator: indicator, targets: cells[indicator.id] ?? [:],
                            fiveYear: fiveYear[indicator.id]?.figure, fiveYearIssuer: fiveYear[indicator.id]?.issuer)
        })
    }
}
