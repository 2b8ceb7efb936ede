import Fluent
import Foundation
import VeDichCore
import VeDichImport
import VeDichPlanModel

/// Values from a filled-in workbook: the preview checks each row the way value entry does
/// (the code belongs to the plan and to the workbook's agency, the agency's figures are not
/// approved, the text is a figure) and judges it with the core; applying writes every value in
/// one transaction through `record`, so revisions, locks, the change log and the workflow act
/// as they do for a value typed on the entry page.
extension Store {
    /// What the workbook says, or what the caller says for a file that does not (a bare CSV).
    public struct ValueImportScope: Sendable {
        public var planID: UUID?
        public var agency: String?
        public var version: ValueVersion?
        /// A clerk's agency: a workbook of another agency is refused.
        public var onlyAgency: UUID?

        public init(planID: UUID? = nil, agency: String? = nil, version: ValueVersion? = nil, onlyAgency: UUID? = nil) {
            self.planID = planID
            self.agency = agency
            self.version = version
            self.onlyAgency = onlyAgency
        }
    }

    public func previewValueImport(_ sheet: ValueSheet, scope: ValueImportScope = ValueImportScope()) async throws -> ValueImportPreview {
        var problems = sheet.problems
        if let given = scope.planID, let named = sheet.planID, given != named {
            problems.append(ValueSheetProblem(nil, "Tệp là mẫu của một kế hoạch khác (mã \(named.uuidString.lowercased())) — tải mẫu của kế hoạch này ở trang Nhập số liệu"))
        }
        guard let planID = sheet.planID ?? scope.planID else { throw ValueImportError.missingPlan(source: sheet.source) }
        guard let version = sheet.version ?? scope.version else { throw ValueImportError.missingVersion(source: sheet.source) }
        let evaluation = try await self.evaluation(planID: planID, version: version)
        let plan = evaluation.plan
        let agencies = try await indicatorAgencies(planID: planID)
        let provinceID = try await self.provinceID(planID: planID)
        let agencyNames = Dictionary(try await AgencyRecord.query(on: database).filter(\.$unitID == provinceID).all()
            .compactMap { record in record.id.map { ($0, record.name) } }, uniquingKeysWith: { first, _ in first })
        let agencyName = sheet.agency ?? scope.agency
        var agencyID: UUID?
        if let agencyName {
            agencyID = agencyNames.first { $0.value == agencyName.trimmed }?.key
            if agencyID == nil {
                problems.append(ValueSheetProblem(nil, "Không có cơ quan “\(agencyName)” trong \(plan.province) — không sửa ô “\(ValueSheetLayout.agencyLabel)” của mẫu"))
            }
        } else {
            agencyID = scope.onlyAgency
        }
        if let only = scope.onlyAgency, let agencyID, agencyID != only {
            problems.append(ValueSheetProblem(nil, "Tệp là số liệu của \(agencyNames[agencyID] ?? "cơ quan khác"); tài khoản của bạn chỉ nhập số liệu của \(agencyNames[only] ?? "cơ quan của mình") — tải mẫu của cơ quan mình ở trang Nhập số liệu"))
        }
        let locks = try await self.locks(planID: planID, version: version)
        // A workbook downloaded before an indicator was retired still has its row: `record` would
        // refuse the value at confirm, so the preview names the cell now.
        let retired = try await retiredIndicatorIDs(planID: planID)
        var byCode: [String: ValueSheetLine] = [:]
        for line in evaluation.valueSheetLines where byCode[line.sheetCode] == nil { byCode[line.sheetCode] = line }

        var rows: [ValueImportPreview.Row] = []
        for entry in sheet.entries {
            guard let sheetLine = byCode[entry.code] else {
                problems.append(ValueSheetProblem(entry.codeLocation, "mã “\(entry.code)” không có trong \(plan.title) — không sửa cột “\(ValueSheetLayout.codeHeader)”; dùng mẫu tải từ VeDich"))
                continue
            }
            let line = sheetLine.line
            let owner = agencies[line.indicatorID]
            if let agencyID, owner != agencyID {
                let other = owner.flatMap { agencyNames[$0] } ?? "Sở Tài chính (chưa giao cơ quan)"
                problems.append(ValueSheetProblem(entry.location, "chỉ tiêu \(entry.code) “\(line.name)” do \(other) phụ trách, không phải \(agencyNames[agencyID] ?? "cơ quan của tệp") — xóa số liệu ở hàng này"))
                continue
            }
            if let owner, let lock = locks[owner] {
                let message = StoreError.locked(agency: lock.agency, by: lock.changedBy ?? "", at: lock.changedAt).userMessage
                problems.append(ValueSheetProblem(entry.location, "chỉ tiêu \(entry.code): \(message.what) — \(message.fix)"))
                continue
            }
            if retired.contains(line.indicatorID), line.value?.text != entry.text {
                problems.append(ValueSheetProblem(entry.location, "chỉ tiêu \(entry.code) “\(line.name)” đã thôi theo dõi, không nhận số liệu mới — xóa số liệu ở hàng này"))
                continue
            }
            let figure: Figure
            do { figure = try Figure.parse(entry.text) } catch {
                problems.append(ValueSheetProblem(entry.location, "“\(entry.text)” không phải là số: \(error.userMessage.what) — \(error.userMessage.fix)"))
                continue
            }
            let target = line.target.flatMap { try? Figure.parse($0.text) }
            let judged = IndicatorLine(name: line.name, unit: line.unit, target: target, value: figure, direction: line.direction).evaluate()
            let verdict = judged?.verdict ?? .noData
            let unchanged = line.value?.text == entry.text
            let warnings = unchanged ? [] : try await plausibilityWarnings(indicatorID: line.indicatorID, period: evaluation.period, figure: figure).map(\.message)
            rows.append(ValueImportPreview.Row(
                location: entry.location, indicatorID: line.indicatorID, agencyID: owner, code: entry.code, name: line.name,
                unit: line.unit, target: line.target?.text, current: line.value?.text, currentRevision: line.revision, text: entry.text,
                unchanged: unchanged, verdict: verdict, label: verdict.label,
                reason: judged?.reason.explanation ?? "Không có kế hoạch để đánh giá", warnings: warnings))
        }
        return ValueImportPreview(source: sheet.source, planID: planID, planTitle: plan.title,
                                  agency: agencyID.flatMap { agencyNames[$0] } ?? agencyName, version: version,
                                  period: evaluation.period, periodLabel: evaluation.periodLabel, rows: rows,
                                  problems: Self.listed(problems))
    }

    /// How many problems a preview names: a pasted-over or wrong file can have a problem in every
    /// one of 100 000 rows, and a list that long helps nobody and costs megabytes per answer.
    static let problemsListed = 200

    /// The first `problemsListed` problems, and a line saying how many more there are.
    static func listed(_ problems: [ValueSheetProblem]) -> [ValueSheetProblem] {
        guard problems.count > problemsListed else { return problems }
        return Array(problems.prefix(problemsListed)) + [ValueSheetProblem(nil,
            "… và \(problems.count - problemsListed) vấn đề khác (chỉ nêu \(problemsListed) vấn đề đầu; tệp có thể không phải mẫu của VeDich, hoặc đã bị dán thêm hàng) — sửa các vấn đề đã nêu, hoặc tải mẫu mới ở trang Nhập số liệu")]
    }

    /// Writes every changed value of a preview without problems, all in one transaction, each on
    /// top of the revision the preview saw: a value changed since, or figures approved since,
    /// refuse the whole import (`staleRevision`, `locked`) and nothing is written.
    /// - Returns: how many values were written.
    @discardableResult
    public func applyValueImport(_ preview: ValueImportPreview, actor: String) async throws -> Int {
        guard preview.problems.isEmpty else { throw ValueImportError.refused(source: preview.source, problems: preview.problems) }
        let drafts = preview.changes.map { row in
            ObservationDraft(indicatorID: row.indicatorID, period: preview.period, version: preview.version, text: row.text,
                             basedOnRevision: row.currentRevision, note: "Nhập từ tệp “\(preview.source)”, \(row.location)",
                             recordedBy: actor, confirmedWarnings: row.warnings)
        }
        guard !drafts.isEmpty else { return 0 }
        try await database.writeTransaction { database in
            let store = Store(database: database)
            for draft in drafts { _ = try await store.record(draft) }
        }
        return drafts.count
    }
}
