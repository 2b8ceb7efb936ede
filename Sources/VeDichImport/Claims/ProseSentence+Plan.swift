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

    /// The last plan figure the sentence names before `index` as a level of its own: "kế hoạch vốn
    /// 4.417,2 tỷ đồng, khối lượng thực hiện 2.313 tỷ đồng, đạt 52,4% kế hoạch". Only where a
    /// phrase starts with the plan (after a mark, or "tổng", "có", "theo"), so "vượt kế hoạch 2.660
    /// ha" (a difference) and "đạt 52,4% kế hoạch" (a ratio) are not taken for one.
    func planStatedBefore(_ index: Int) -> (number: VietnameseNumber, index: Int, unit: String?)? {
        var found: (number: VietnameseNumber, index: Int, unit: String?)?
        var position = 0
        while position < index {
            let opensPhrase = position == 0 || mark(position - 1) != nil || ["tổng", "có", "theo"].contains(word(position - 1) ?? "")
            guard opensPhrase, tokens[position].word != nil, let basis = planBasis(at: position) else {
                position += 1
                continue
            }
            var figureIndex = basis.end
            if match("là", at: figureIndex) != nil || mark(figureIndex) == ":" { figureIndex += 1 }
            if figureIndex < index, let figure = number(figureIndex), !figure.isPercent {
                var end = figureIndex + 1
                while end < index, end - figureIndex <= 3, let unitWord = word(end), !SentenceSubject.verbs.contains(unitWord) { end += 1 }
                let unit = text(figureIndex + 1, end)
                found = (figure, figureIndex, unit.isEmpty ? nil : unit.lowercased())
            }
            position = basis.end
        }
        return found
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
