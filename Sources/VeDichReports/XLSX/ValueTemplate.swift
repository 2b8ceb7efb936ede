import Foundation
import VeDichCore
import VeDichPlanModel

/// What the fill-in workbook of one agency holds: its indicators in the plan with code, name,
/// unit, target and the previous period's value, and a column for the value of one version.
/// Plain data, made from a plan's evaluation; `ValueTemplateWriter` lays it out.
public struct ValueTemplate: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var code: String
        public var name: String
        public var unit: String?
        public var target: FigureValue?
        public var previous: FigureValue?
        public var isComponent: Bool
    }

    public var planID: UUID
    public var planTitle: String
    public var province: String
    public var agency: String
    public var version: ValueVersion
    public var periodLabel: String
    /// "Thực hiện 2025": the previous period the fourth column shows, when there is one.
    public var previousLabel: String
    public var rows: [Row]

    /// - Parameter indicatorIDs: the agency's indicators; lines of other agencies are left out.
    public init(evaluation: PlanEvaluation, previous: PreviousPeriodValues?, agency: String, indicatorIDs: Set<UUID>) {
        planID = evaluation.plan.id
        planTitle = evaluation.plan.title
        province = evaluation.plan.province
        self.agency = agency
        version = evaluation.version
        periodLabel = evaluation.periodLabel
        previousLabel = previous.map { "Thực hiện \($0.period)" } ?? "Thực hiện kỳ trước"
        rows = evaluation.valueSheetLines.filter { indicatorIDs.contains($0.line.indicatorID) }.map { sheetLine in
            Row(code: sheetLine.sheetCode, name: sheetLine.line.name, unit: sheetLine.line.unit, target: sheetLine.line.target,
                previous: previous?.values[sheetLine.line.indicatorID], isComponent: sheetLine.isComponent)
        }
    }

    /// "mau-so-lieu-so-y-te-uoc-ca-nam-2026.xlsx": ASCII, so every browser keeps it.
    public var fileName: String {
        let slug = "\(agency) \(version.rawValue) \(periodLabel)".folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .replacingOccurrences(of: "đ", with: "d")
            .map { $0.isASCII && ($0.isLetter || $0.isNumber) ? String($0) : "-" }.joined()
            .split(separator: "-").joined(separator: "-")
        return "mau-so-lieu-\(slug).xlsx"
    }
}
