import VeDichCore

/// A verdict as a report writes it in a table cell, in all its wordings: "Vượt", "Hoàn thành
/// vượt kế hoạch", "Đạt cao", "Đạt", "Hoàn thành", "Không đạt", "Chưa đạt", "Chưa hoàn thành",
/// "Đạt thấp hơn kế hoạch" (a miss, although it says "đạt"), "Cao hơn kế hoạch", "Cơ bản hoàn
/// thành" (counted as met, as "Cơ bản đạt" is), "Chưa có số liệu"; followed or not by a remark ("Đạt (vượt 0,5%)", "Không đạt, do …").
enum StatedVerdict {
    /// Longest first, so "không đạt" is never read as "đạt" and "đạt thấp hơn" never as "đạt".
    private static let written: [(String, Verdict)] = [
        ("đạt thấp hơn kế hoạch", .missed), ("đạt thấp hơn", .missed), ("thấp hơn kế hoạch", .missed),
        ("hoàn thành vượt mức", .exceeded), ("hoàn thành vượt kế hoạch", .exceeded), ("hoàn thành vượt", .exceeded),
        ("vượt kế hoạch", .exceeded), ("vượt kh", .exceeded), ("vượt mức", .exceeded), ("vượt chỉ tiêu", .exceeded),
        ("cao hơn kế hoạch", .exceeded), ("vượt", .exceeded),
        ("không đạt kế hoạch", .missed), ("không đạt", .missed), ("chưa đạt", .missed),
        ("không hoàn thành", .missed), ("chưa hoàn thành", .missed),
        ("chưa có số liệu", .noData), ("chưa có số liệu đánh giá", .noData),
        ("chưa đánh giá", .undetermined), ("chưa xác định", .undetermined),
        ("đạt cao", .met), ("đạt kế hoạch", .met), ("đạt kh", .met), ("đạt chỉ tiêu", .met), ("đạt", .met),
        ("hoàn thành kế hoạch", .met), ("hoàn thành", .met), ("cơ bản đạt", .met), ("cơ bản hoàn thành", .met),
    ]
    private static let phrases: [(words: Words, verdict: Verdict)] = written
        .map { (words: Words($0.0), verdict: $0.1) }
        .sorted { $0.words.count > $1.words.count }

    /// Words that may follow a verdict phrase in the same clause without changing it: the plan
    /// named ("Vượt kế hoạch năm 2024", "Vượt dự toán" for a budget's plan, "Đạt NQ").
    private static let trailing: Set<String> = ["kế", "hoạch", "kh", "mục", "tiêu", "chỉ", "đề", "ra", "giao", "năm", "so", "với",
                                                "dự", "toán", "nghị", "quyết", "nq"]

    /// The words of an exceeding margin: "3,5%", "0,35 điểm %", "1,2 lần".
    private static let margin: Set<String> = ["%", "điểm", "phần", "trăm", "lần"]

    private static func isYear(_ word: String) -> Bool {
        word.count == 4 && Int(word).map { (1990...2100).contains($0) } == true
    }

    /// Cells of one column that state verdicts, not figures: at least two verdicts, verdicts in at
    /// least half the cells, no figure. Such a column holds the table's verdicts whatever its header.
    static func isVerdictColumn(_ cells: [String]) -> Bool {
        let written = cells.filter { !$0.isEmpty }
        let verdicts = written.filter { read($0) != nil }.count
        let figures = written.filter { RowPattern.looksLikeFigure($0) && read($0) == nil }.count
        return verdicts >= 2 && figures == 0 && verdicts * 2 >= written.count
    }

    /// The verdict the cell states, nil when it states none (a remark, a figure).
    static func read(_ text: String) -> Verdict? {
        if let exact = Verdict(label: text) { return exact }
        // The first line, up to a remark: "Đạt (vượt 0,5%)", "Không đạt, do giá giảm".
        let firstLine = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
        // A comma or point between digits is a decimal ("Đạt 98,5%"), not the end of the clause.
        let characters = Array(firstLine)
        let end = characters.indices.first { index in
            let character = characters[index]
            guard "(,;:.".contains(character) else { return false }
            let decimal = ",.".contains(character) && index > 0 && index + 1 < characters.count
                && characters[index - 1].isNumber && characters[index + 1].isNumber
            return !decimal
        } ?? characters.count
        let clause = String(characters[..<end])
        let words = Words(clause)
        guard !words.isEmpty else { return nil }
        for (phrase, verdict) in phrases where words.hasPrefix(phrase) {
            let rest = words.words.dropFirst(phrase.count)
            // "Đạt được nhờ …" is a sentence, not a verdict; "Vượt kế hoạch năm 2024" is one.
            // A number after it is a year ("Đạt năm 2024"); "Đạt 98,5" or "Đạt 98" is a ratio.
            if rest.allSatisfy({ trailing.contains($0) || Self.isYear($0) }) { return verdict }
            // "Vượt 3,5%", "Vượt 0,35 điểm %": by how much it exceeded. "Đạt 98,5%" is a ratio to
            // the plan (a miss, as likely as not), so only "vượt" takes a margin.
            if verdict == .exceeded, rest.allSatisfy({ trailing.contains($0) || margin.contains($0) || $0.allSatisfy(\.isNumber) }) {
                return verdict
            }
            return nil
        }
        return nil
    }
}
