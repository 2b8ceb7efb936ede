/// Something the audit has to say about a document: what, where, and what the numbers give instead.
public struct Finding: Sendable, Hashable, Codable {
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case error, warning, info

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
        private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }

        public var label: String {
            switch self {
            case .error: "LỖI"
            case .warning: "CẢNH BÁO"
            case .info: "GHI CHÚ"
            }
        }
    }

    public enum Kind: String, Sendable, Hashable, Codable {
        /// The stated label says met where the values say missed, or the reverse.
        case statedVerdictContradictsValues = "stated_verdict_contradicts_values"
        /// A composite's stated label matches another composite policy, not the one in use.
        case statedVerdictDependsOnPolicy = "stated_verdict_depends_on_policy"
        /// Vượt written where the values give Đạt, or the reverse: offices differ in when they write Vượt.
        case statedVerdictDiffersInDegree = "stated_verdict_differs_in_degree"
        /// A label the values cannot confirm (a value that straddles a bound, no value).
        case statedVerdictUnverifiable = "stated_verdict_unverifiable"
        case unknownVerdictLabel = "unknown_verdict_label"
        case summaryCountMismatch = "summary_count_mismatch"
        case malformedNumber = "malformed_number"
        case missingPercentSign = "missing_percent_sign"
        case missingUnit = "missing_unit"
        case negativeInParentheses = "negative_in_parentheses"
        case valueInWords = "value_in_words"
        case unparsedRow = "unparsed_row"
        case narrativeFigureMismatch = "narrative_figure_mismatch"
        /// A verdict written in prose ("vượt kế hoạch") that its figures or the table's row contradict.
        case proseVerdictContradictsValues = "prose_verdict_contradicts_values"
        /// A count claim at odds with itself: parts that do not add up, a named list of another length.
        case claimCountInconsistent = "claim_count_inconsistent"
        /// A claim that reads two ways ("tăng 0,5% kế hoạch": points or a ratio): reported, not guessed.
        case ambiguousClaim = "ambiguous_claim"
        /// A document with figures of which nothing was understood: never a silent "0 lỗi".
        case nothingRead = "nothing_read"
        /// Several columns could hold one role (two "thực hiện" columns alike): which was taken, why.
        case ambiguousColumn = "ambiguous_column"
    }

    public var severity: Severity
    public var kind: Kind
    public var location: SourceLocation
    /// In Vietnamese: what, where, and what the numbers give instead.
    public var message: String

    public init(_ severity: Severity, _ kind: Kind, at location: SourceLocation, _ message: String) {
        self.severity = severity
        self.kind = kind
        self.location = location
        self.message = message
    }
}
