import VeDichCore

/// A statement a report makes in its prose about how its indicators did, with the figures it
/// gives and what checking them found: "hoàn thành 16/20 chỉ tiêu, trong đó 5 vượt" (a count),
/// "đạt 118,2% kế hoạch" (a ratio), "812/760 ha" (a pair: value / target), "không đạt" (a verdict),
/// "vượt 80 USD so với kế hoạch" (a difference).
public struct Claim: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case count, ratio, pair, verdict, difference
    }

    public var kind: Kind
    /// The span as written, with its figures.
    public var text: String
    public var location: SourceLocation
    /// The table row it speaks of (its name), else the subject the sentence names, else nil.
    public var indicator: String?
    /// True when `indicator` is a row of one of the document's tables.
    public var matchedRow: Bool = false
    public var target: VietnameseNumber?
    public var actual: VietnameseNumber?
    /// The verdict the words state ("vượt kế hoạch", "đạt thấp hơn kế hoạch" → missed), or
    /// that a stated ratio implies (118,2% → exceeded), or nil.
    public var stated: Verdict?
    /// The % of plan as the text states it: "vượt 21,4% dự toán" is 121,4 with one decimal.
    public var statedPercent: VietnameseNumber?
    /// The % of plan from the figures, by the core's rule (`PercentOfTarget`).
    public var computedPercent: Double?
    /// The difference to the plan as stated ("vượt 80 USD" → +80; "thấp hơn … 0,5" → −0,5).
    public var difference: VietnameseNumber?
    /// For a count: the numbers of indicators stated for each verdict.
    public var counts: ClaimCounts?
    /// For a count: each named list that does not have as many names as its count says.
    public var listMismatches: [String] = []
    /// True or false when the figures (its own or the tables') confirm or refute it; nil when
    /// nothing can check it.
    public var consistent: Bool?
    /// Why the claim cannot be read one way ("tăng 0,5% kế hoạch": points or a ratio), or nil.
    public var ambiguity: String?
    /// What the check compared, in Vietnamese, when it could check.
    public var check: String?

    /// "đạt khoảng 3%": checked only to the nearest whole percent.
    var approximate = false
    /// Who set the plan the ratio names ("dự toán Trung ương giao"), when the words say.
    var basisIssuer: String?
    /// "vượt 21,4%", "tăng 0,5%": the excess as written, when a ratio was read from one.
    var excessWritten: VietnameseNumber?
    /// "0,5 điểm %": a difference stated in percentage points.
    var differenceInPoints = false
    /// "vượt 80 USD so với kế hoạch" (the amount before the plan) rather than "vượt kế hoạch 80 USD".
    var amountFirst = false
    /// The target and actual come from the sentence itself (a pair, a difference), not a table.
    var ownFigures = false
    /// The target is a plan figure the sentence named in an earlier phrase ("kế hoạch vốn 4.417,2
    /// tỷ đồng, …"): likely the ratio's base, not surely, so a mismatch is a warning.
    var planEarlier = false
    /// "đạt 104%" with no base after it, in a sentence that named its plan before ("Kế hoạch giao
    /// 500 tỷ đồng, …, đạt 104%"): kept only when the plan's figures or the comparison are found.
    var basisBefore = false
    /// The plan's figure is written in the ratio's own phrase ("đạt 104% so với kế hoạch giao 500
    /// tỷ đồng"): checked against the sentence's value.
    var planInSentence = false
    /// For a verdict said of several indicators at once ("A, B và C đều vượt kế hoạch"): their names.
    public var subjects: [String] = []
    /// The plan's figure is printed beside the difference ("thấp hơn 0,4% so với chỉ tiêu … (35,5%)"):
    /// the difference is checked against it, not derived from it.
    var explicitTarget = false
    /// "vượt mục tiêu đề ra 6,7%": the figure follows the plan's participle ("đề ra", "giao"), so
    /// it may be the plan itself rather than the margin; the value it is said of decides.
    var planParticiple = false
    /// The value was taken from an earlier sentence of the paragraph ("GDP … tăng 6,81%. Mức tăng
    /// trưởng năm nay vượt …"): likely, not surely, the one meant.
    var valueEarlier = false
    /// A pair whose value is the sentence's figure before it ("đạt 92,1%, vượt kế hoạch (Kế hoạch đề
    /// ra 92%)"): kept only when the sentence has one.
    var valueFromSubject = false
    /// Where the value the claim is said of stands in its sentence, when it came from there.
    var valueTokenIndex: Int?
    /// The words of the subject the sentence names, to find the table row.
    var subjectWords = Words("")
    /// For a count: it goes on the count of the sentence before ("Trong đó, vượt 5 chỉ tiêu",
    /// "8 chỉ tiêu khác đều đạt"), so the two are checked as one.
    var continuesCount = false
    /// For a count: its first part as written ("đạt và vượt 15/18 chỉ tiêu"), which a table's
    /// summary quotes.
    var leadText: String?
    /// A plan given as a range ("kế hoạch 7,4% - 8,4%"): then `target` is nil.
    var targetRange: Figure?
    /// The unit words written after the value ("nghìn tỷ đồng", "triệu lượt"), or nil.
    var actualUnit: String?
    /// The unit words written after the plan's figure ("tỷ đồng", "triệu USD"), or nil.
    var targetUnit: String?
    /// Which sentence of its paragraph it stands in: the counts of one sentence are checked together.
    var sentence = 0
    /// Token range in its sentence, to link claims of one sentence.
    var tokenRange: Range<Int> = 0..<0

    public init(kind: Kind, text: String, location: SourceLocation) {
        self.kind = kind
        self.text = text
        self.location = location
    }
}
