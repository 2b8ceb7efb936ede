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
    /// Text made only of characters that are NFC on their own and combine with nothing (ASCII,
    /// precomposed Vietnamese letters, common punctuation) is already NFC and is returned as it
    /// is: Foundation's normalisation bridges through UTF-16 and was a third of writing a DOCX.
    var nfc: String { isStableUnderNFC ? self : precomposedStringWithCanonicalMapping }

    /// True when every scalar has NFC_Quick_Check=Yes and combining class 0, so the string is
    /// NFC by UAX #15's quick check. Ranges checked against Unicode 14's data: Latin-1 and
    /// Latin Extended-A/B with spacing modifiers (U+0000–02FF), Latin Extended Additional (the
    /// precomposed Vietnamese letters, U+1E00–1EFF), general punctuation without the two
    /// singleton spaces U+2000/2001 (U+2010–205E), currency signs and arrows to mathematical
    /// operators (U+20A0–20BF, U+2190–22FF). Anything else takes the full normalisation.
    /// Read in UTF-8 bytes: ASCII at a byte each, others decoded from their two or three bytes.
    var isStableUnderNFC: Bool {
        var copy = self
        return copy.withUTF8 { utf8 in
            var index = 0
            while index < utf8.count {
                let lead = utf8[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                let value: UInt32
                if lead < 0xE0 {
                    guard index + 1 < utf8.count else { return false }
                    value = UInt32(lead & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F)
                    index += 2
                } else if lead < 0xF0 {
                    guard index + 2 < utf8.count else { return false }
                    value = UInt32(lead & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
                    index += 3
                } else {
                    return false
                }
                switch value {
                case 0...0x2FF, 0x1E00...0x1EFF, 0x2010...0x205E, 0x20A0...0x20BF, 0x2190...0x22FF: continue
                default: return false
                }
            }
            return true
        }
    }
}
