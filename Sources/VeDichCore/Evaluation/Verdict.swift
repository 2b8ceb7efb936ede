/// How an indicator stands against its target. Raw values are the codes the CLI and API print.
public enum Verdict: String, Sendable, Hashable, Codable, CaseIterable {
    case exceeded = "vuot"
    case met = "dat"
    case missed = "khong_dat"
    /// The value straddles a bound of the target, so neither met nor missed can be said.
    case undetermined = "chua_xac_dinh"
    case noData = "chua_co_so_lieu"

    public var label: String {
        switch self {
        case .exceeded: "Vượt"
        case .met: "Đạt"
        case .missed: "Không đạt"
        case .undetermined: "Chưa xác định"
        case .noData: "Chưa có số liệu"
        }
    }

    /// What summaries count as "đạt và vượt".
    public var isMetOrExceeded: Bool { self == .exceeded || self == .met }

    /// Reads a label as documents write it: `Vượt`, `Đạt`, `Không đạt`, in any case, with stray blanks.
    public init?(label: some StringProtocol) {
        let words = label.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        switch words {
        case "vượt", "vượt kế hoạch", "vượt kh", "vượt mức": self = .exceeded
        case "đạt", "đạt kế hoạch", "đạt kh", "hoàn thành": self = .met
        case "không đạt", "chưa đạt", "không đạt kế hoạch", "không hoàn thành", "chưa hoàn thành": self = .missed
        case "chưa xác định", "chưa đánh giá": self = .undetermined
        case "chưa có số liệu": self = .noData
        default: return nil
        }
    }
}
