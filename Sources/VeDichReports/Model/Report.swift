import Foundation
import VeDichCore
import VeDichPlanModel

/// Everything a report shows, as values: one section per plan, each with its live evaluation.
/// Writers (DOCX, XLSX, Markdown) read only this, so they are pure functions of it.
public struct Report: Sendable {
    public var province: String
    public var sections: [PlanReport]
    public var settings: ReportSettings

    public init(province: String, sections: [PlanReport], settings: ReportSettings = ReportSettings()) {
        self.province = province
        self.sections = sections
        self.settings = settings
    }

    /// The report of plans read from the store (`Store.planReports`), titled by the first one's
    /// province. No plan: nothing to report.
    public init(plans sections: [PlanReport], settings: ReportSettings = ReportSettings()) throws {
        guard let first = sections.first else { throw ReportError.nothingToReport }
        self.init(province: first.evaluation.plan.province, sections: sections, settings: settings)
    }

    /// Trích yếu: "Tình hình thực hiện các chỉ tiêu chủ yếu kế hoạch phát triển kinh tế - xã hội năm 2024".
    public var subject: String {
        if let subject = settings.subject { return subject }
        let titles = sections.map { $0.evaluation.plan.title.lowercasedFirst }
        return "Tình hình thực hiện các chỉ tiêu chủ yếu " + titles.joined(separator: "; ")
    }

    /// The name a download or a file gets: "bao-cao-ke-hoach-2024-uoc-ca-nam.docx",
    /// "bao-cao-ke-hoach-2021-2025-chinh-thuc.xlsx" (plain letters and hyphens, safe everywhere).
    public func fileName(extension ext: String) -> String {
        guard let first = sections.first?.evaluation else { return "bao-cao-ke-hoach.\(ext)" }
        let plan = first.plan
        let years = plan.startYear == plan.endYear ? "\(plan.startYear)" : "\(plan.startYear)-\(plan.endYear)"
        return "bao-cao-ke-hoach-\(years)-\(first.version.rawValue.replacingOccurrences(of: "_", with: "-")).\(ext)"
    }

    /// The year of the date line when no date is set: the latest plan year reported on.
    public var year: Int {
        sections.map { $0.evaluation.plan.endYear }.max() ?? 0
    }
}

extension PreviousPeriodValues {
    /// A column header the report reader takes for an earlier period: "Giai đoạn 2021 - 2023",
    /// "Cùng kỳ năm 2023". ("Năm trước" would not do: "trước" contains "ước", an estimate.)
    public var header: String {
        period.startYear == period.endYear ? "Cùng kỳ năm \(period.startYear)" : "Giai đoạn \(period.startYear) - \(period.endYear)"
    }
}

extension String {
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }

    /// Precomposed (NFC) text, as the decree's Unicode font standard and every reader expect.
    var nfc: String { precomposedStringWithCanonicalMapping }
}
