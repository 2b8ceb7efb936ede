import VeDichCore

/// Where a sentence names a plan figure: "kế hoạch", "dự toán Trung ương giao", "mục tiêu đề ra",
/// "kế hoạch năm 2024".
extension ProseSentence {
    struct PlanBasis {
        var end: Int
        /// "Trung ương", "tỉnh": who set the figure, when the words say.
        var issuer: String?
    }

    func planBasis(at index: Int) -> PlanBasis? {
        guard let (_, afterBase) = match(anyOf: ClaimVocabulary.planBases, at: index) else { return nil }
        var end = afterBase
        var issuer: String?
        while end < count {
            if let (words, after) = match(anyOf: ClaimVocabulary.issuerWords, at: end) {
                issuer = issuer ?? words
                end = after
            } else if let after = match(anyOf: ["được giao", "giao", "đề ra", "đặt ra", "điều chỉnh", "cả năm", "năm", "vốn", "vụ"], at: end)?.end {
                end = after
                if word(end - 1) == "năm", let year = number(end), year.fractionDigits == 0, !year.isPercent, year.value >= 1990 { end += 1 }
            } else {
                break
            }
        }
        return PlanBasis(end: end, issuer: issuer)
    }

    /// "là 38%", ": 6,5%", "38%" right after a plan basis: the plan figure a pair gives.
    /// "kế hoạch 7,4% - 8,4%" gives a range: `number` is its first figure, `figure` the whole.
    func planFigure(after basis: PlanBasis) -> (number: VietnameseNumber, index: Int, figure: Figure?)? {
        var position = basis.end
        // "kế hoạch (KH) 16%": the abbreviation in brackets.
        if mark(position) == "(", word(position + 1) == "kh", mark(position + 2) == ")" { position += 3 }
        if match("là", at: position) != nil || mark(position) == ":" { position += 1 }
        if let after = match(anyOf: ["khoảng", "từ"], at: position)?.end { position = after }
        guard let figure = number(position) else { return nil }
        if let dash = mark(position + 1), "-–".contains(dash), let upper = number(position + 2), upper.value > figure.value {
            let range = Figure(text: text(position, position + 3), interval: Interval(lower: Bound(figure.value), upper: Bound(upper.value)),
                               form: .range, fractionDigits: max(figure.fractionDigits, upper.fractionDigits),
                               isPercent: figure.isPercent || upper.isPercent)
            return (figure, position + 2, range)
        }
        return (figure, position, nil)
    }
}
