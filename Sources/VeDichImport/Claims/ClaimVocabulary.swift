import VeDichCore

/// The words claims are written with (docs/reports-in-the-wild.md, "Prose"), lower case, the
/// longer phrase first so "không đạt" is not read as "đạt".
enum ClaimVocabulary {
    /// What a plan figure is called: "đạt 118,2% kế hoạch", "vượt 21,4% dự toán".
    static let planBases = ["kế hoạch", "kh", "dự toán", "mục tiêu", "chỉ tiêu kế hoạch", "chỉ tiêu nghị quyết", "chỉ tiêu", "nghị quyết"]

    /// Words after a plan base that name who set it: a ratio against "dự toán Trung ương giao"
    /// may use another figure than the table's.
    static let issuerWords = ["trung ương", "tw", "hđnd tỉnh", "hđnd huyện", "hđnd", "ubnd tỉnh", "tỉnh", "quốc hội", "chính phủ", "thủ tướng",
                              "thành phố", "huyện", "nghị quyết"]

    /// The words of a verdict, before the plan they may name ("không đạt" + "dự toán tỉnh giao").
    static let verdictWords: [(phrase: String, verdict: Verdict)] = [
        // "đạt thấp so với kế hoạch", "đạt thấp hơn kế hoạch": not met, although they say "đạt".
        ("đạt thấp hơn", .missed), ("đạt thấp", .missed), ("thấp hơn", .missed),
        ("không thực hiện đạt", .missed), ("chưa thực hiện đạt", .missed),
        ("không đạt", .missed), ("chưa đạt", .missed), ("chưa hoàn thành", .missed), ("không hoàn thành", .missed),
        ("chưa có số liệu đánh giá", .noData), ("chưa có số liệu", .noData), ("chưa đủ cơ sở đánh giá", .noData),
        ("chưa đủ số liệu", .noData), ("chưa đánh giá", .noData),
        ("hoàn thành và hoàn thành vượt", .met), ("hoàn thành vượt mức", .exceeded), ("hoàn thành vượt", .exceeded),
        ("vượt mức", .exceeded), ("cao hơn", .exceeded),
        ("đạt và vượt mức", .met), ("đạt và vượt", .met), ("hoàn thành và vượt", .met),
        ("đạt cao", .met), ("thực hiện đạt", .met), ("đạt", .met), ("hoàn thành", .met), ("vượt", .exceeded),
    ]

    static let verdictWordPhrases = verdictWords.map(\.phrase)

    /// Verdicts that are a word or two and stand for a claim only at the end of a phrase
    /// ("…, đạt.", "(vượt)"), never before a figure ("đạt 7,2%") or a noun ("đạt chuẩn").
    static let bareVerdicts: Set<String> = ["đạt", "hoàn thành", "vượt", "đạt cao", "đạt và vượt", "thực hiện đạt", "vượt mức"]

    /// Words before a verdict that make it a wish, a goal or a risk, not a result.
    static let aspirations = ["phấn đấu", "để", "nhằm", "phải", "cần", "bảo đảm", "đảm bảo", "nguy cơ", "khó đạt", "khó hoàn thành",
                              "có thể", "khả năng", "nếu", "quyết tâm", "kỳ vọng"]

    /// Count categories: "15 chỉ tiêu đạt và vượt", "5 vượt", "2 chưa có số liệu".
    enum CountCategory: Sendable, Hashable { case metOrExceeded, exceeded, met, missed, noData }

    static let countCategories: [(phrase: String, category: CountCategory)] = [
        // "hoàn thành đạt và vượt 15/18 chỉ tiêu" is read from "đạt và vượt": the summary quotes that.
        ("hoàn thành và hoàn thành vượt", .metOrExceeded), ("hoàn thành và vượt", .metOrExceeded),
        ("đạt và vượt mức", .metOrExceeded), ("đạt và vượt", .metOrExceeded), ("đạt hoặc vượt", .metOrExceeded),
        ("đạt trở lên", .metOrExceeded),
        ("chưa có số liệu đánh giá", .noData), ("chưa có số liệu", .noData), ("chưa đánh giá", .noData),
        ("chưa đủ cơ sở đánh giá", .noData),
        ("không thực hiện đạt", .missed), ("chưa thực hiện đạt", .missed),
        ("không đạt", .missed), ("chưa đạt", .missed), ("chưa hoàn thành", .missed), ("không hoàn thành", .missed),
        ("hoàn thành vượt mức", .exceeded), ("hoàn thành vượt", .exceeded), ("vượt mức", .exceeded),
        ("vượt kế hoạch", .exceeded), ("vượt", .exceeded),
        ("cơ bản đạt", .met), ("đạt kế hoạch", .met), ("đạt", .met), ("hoàn thành", .met),
    ]

    static let countCategoryPhrases = countCategories.map(\.phrase)

    /// The first words that can start a figure or verdict claim: at any other word no reader
    /// needs to look (most words of a report start none).
    static let claimStarts: Set<UInt64> = Set(
        (verdictWordPhrases + DifferenceClaimReader.verbPhrases + ["đạt", "bằng", "vượt", "tăng", "ước", "là", "thêm", "hiện", "được", "còn", "tương", "gấp",
                                                                           "kế", "kh", "dự", "mục"])
            .map { ProseToken.key($0.split(separator: " ")[0].utf8) })

    /// The first words that can start a count: a category or "trong đó".
    static let countStarts: Set<UInt64> = Set((countCategoryPhrases + ["trong"]).map { ProseToken.key($0.split(separator: " ")[0].utf8) })
}
