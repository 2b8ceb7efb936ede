import Foundation
import VeDichCore
import VeDichImport

/// What a filled-in workbook would write: every value with the verdict it would get, and every
/// problem (by sheet, row and column). Only a preview without problems can be applied, and
/// then all of it or nothing.
public struct ValueImportPreview: Sendable, Codable, Equatable {
    public struct Row: Sendable, Codable, Equatable {
        /// The value cell.
        public var location: CellLocation
        public var indicatorID: UUID
        public var agencyID: UUID?
        public var code: String
        public var name: String
        public var unit: String?
        public var target: String?
        /// The value stored now, and its revision: the import writes on top of that revision.
        public var current: String?
        public var currentRevision: Int?
        public var text: String
        /// The same text as stored: nothing to write.
        public var unchanged: Bool
        public var verdict: Verdict
        public var label: String
        public var reason: String
        /// Plausibility warnings: confirming the preview confirms them; they are kept with the value.
        public var warnings: [String]

        enum CodingKeys: String, CodingKey {
            case location, code, name, unit, target, current, text, unchanged, verdict, label, reason, warnings
            case indicatorID = "indicator_id", agencyID = "agency_id", currentRevision = "current_revision"
        }
    }

    public var kind = "values"
    public var source: String
    public var planID: UUID
    public var planTitle: String
    public var agency: String?
    public var version: ValueVersion
    public var period: Period
    public var periodLabel: String
    public var rows: [Row]
    public var problems: [ValueSheetProblem]

    /// The values that differ from what is stored.
    public var changes: [Row] { rows.filter { !$0.unchanged } }

    /// "12 giá trị, 10 thay đổi".
    public var sentence: String {
        "\(rows.count) giá trị đọc được, \(changes.count) giá trị mới hoặc thay đổi"
    }

    enum CodingKeys: String, CodingKey {
        case kind, source, agency, version, period, rows, problems
        case planID = "plan_id", planTitle = "plan_title", periodLabel = "period_label"
    }
}

/// Why a workbook's values cannot be taken.
public enum ValueImportError: Error, Equatable, Sendable {
    /// The file does not say which plan (a bare CSV) and none was given.
    case missingPlan(source: String)
    case missingVersion(source: String)
    /// Some cells cannot be used: nothing is written.
    case refused(source: String, problems: [ValueSheetProblem])
    case unknownVersion(text: String)
    /// The agency has no indicator in the plan, so it has no workbook.
    case agencyWithoutIndicators(agency: String, plan: String)
}

extension ValueImportError: UserFacingError {
    public var userMessage: UserMessage {
        switch self {
        case .missingPlan(let source):
            UserMessage(what: "Tệp “\(source)” không cho biết số liệu thuộc kế hoạch nào (không có ô “\(ValueSheetLayout.planLabel)”)",
                        fix: "Dùng mẫu tải từ trang Nhập số liệu, hoặc chọn kế hoạch khi tải lên (--plan)")
        case .missingVersion(let source):
            UserMessage(what: "Tệp “\(source)” không cho biết loại số liệu (không có ô “\(ValueSheetLayout.versionLabel)”)",
                        fix: "Dùng mẫu tải từ trang Nhập số liệu, hoặc ghi loại số liệu khi tải lên (tham số version, ví dụ uoc_ca_nam)")
        case .unknownVersion(let text):
            UserMessage(what: "Không có loại số liệu “\(text)”",
                        fix: "Dùng một trong: " + ValueVersion.allCases.map { "\($0.rawValue) (\($0.label))" }.joined(separator: ", "))
        case .agencyWithoutIndicators(let agency, let plan):
            UserMessage(what: "Cơ quan “\(agency)” không phụ trách chỉ tiêu nào của \(plan)",
                        fix: "Ghi đúng tên một cơ quan phụ trách chỉ tiêu của kế hoạch, ví dụ \"Sở Y tế\"")
        case .refused(let source, let problems):
            UserMessage(what: "Không nhập giá trị nào từ “\(source)”: \(problems.count) ô có vấn đề — " + problems.prefix(20).map(\.description).joined(separator: "; ")
                        + (problems.count > 20 ? "; …" : ""),
                        fix: "Sửa các ô đã nêu trong tệp rồi tải lên lại")
        }
    }
}
