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
            } else if let after = match(anyOf: ["được giao", "giao", "đề ra", "đặt ra", "điều chỉnh", "cả năm", "năm", "vốn", "vụ", "phấn đấu"], at: end)?.end {
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

    /// Where the phrase holding `index` starts: after the last mark before it, or the sentence's start.
    func phraseStart(before index: Int) -> Int {
        var start = index
        while start > 0, mark(start - 1) == nil { start -= 1 }
        return start
    }

    /// `end`, or just past the ")" there when the span from `start` opened a bracket it did not close.
    func closingBracket(from start: Int, to end: Int) -> Int {
        var depth = 0
        for position in start..<min(end, count) {
            if mark(position) == "(" { depth += 1 } else if mark(position) == ")" { depth -= 1 }
        }
        return depth > 0 && mark(end) == ")" ? end + 1 : end
    }

    /// The unit words after the figure at `index` ("tỷ đồng", "ha"), lower case, or nil.
    func unit(after index: Int) -> String? {
        var end = index + 1
        while end < count, end - index <= 3, let word = word(end), !SentenceSubject.verbs.contains(word) { end += 1 }
        return end > index + 1 ? text(index + 1, end).lowercased() : nil
    }

    /// "So với kế hoạch, …", "So với dự toán năm, …" opening the sentence (or a phrase of it) before
    /// `index`, and closed by a comma: where it starts.
    func comparedWithPlan(before index: Int) -> Int? {
        for position in 0..<index where position == 0 || mark(position - 1) != nil {
            // "Nếu so với kế hoạch …, tỷ lệ giải ngân đạt 58,33%"; "…, so dự toán giao đạt 42%".
            let start = word(position) == "nếu" ? position + 1 : position
            guard let afterCompared = match("so với", at: start) ?? match("so", at: start),
                  let basis = planBasis(at: afterCompared), basis.end <= index else { continue }
            if mark(basis.end) == "," && basis.end < index || (basis.end..<index).allSatisfy({ ["thì", "ước", "đã", "chỉ", "mới"].contains(word($0) ?? "") }) {
                return position
            }
        }
        return nil
    }

    /// "(38%)" closing the plan's reference: "so với chỉ tiêu đề ra tại Nghị quyết số 03-NQ/TU ngày
    /// 10/12/2021 của Tỉnh ủy (38%)". Within the phrase (no comma, no other claim's verb).
    func bracketedFigure(after index: Int) -> (number: VietnameseNumber, end: Int)? {
        guard let plan = bracketedPlan(after: index), plan.figure == nil else { return nil }
        return (plan.number, plan.end)
    }

    /// The plan printed in brackets at the end of the phrase, with its unit or its own words:
    /// "(38%)", "(2.000 USD)", "(mục tiêu: tăng trưởng GRDP bình quân 7-8% mỗi năm)", "(kế hoạch
    /// là 7%)". `figure` is set for a range or a bound. `start` is where the bracket opens.
    func bracketedPlan(after index: Int) -> (number: VietnameseNumber, figure: Figure?, start: Int, end: Int)? {
        var position = index
        while position < count, position - index <= 25 {
            if mark(position) == "(", let plan = planInBrackets(at: position + 1) { return (plan.number, plan.figure, position, plan.end) }
            if let mark = mark(position), ",;:".contains(mark) { return nil }
            if let word = word(position), Self.phraseBreaks.contains(word) { return nil }
            position += 1
        }
        return nil
    }

    /// Inside a bracket: a figure with a few unit words, or a plan basis, a few words naming the
    /// indicator and the figure; then ")". Nil for anything else (a note, a growth, a year).
    private func planInBrackets(at inner: Int) -> (number: VietnameseNumber, figure: Figure?, end: Int)? {
        var start = inner
        if let basis = planBasis(at: inner) {
            start = basis.end
            if match("là", at: start) != nil || mark(start) == ":" { start += 1 }
            // "tăng trưởng GRDP bình quân": the indicator's words before the figure.
            var words = 0
            while words < 8, let word = word(start), match(anyOf: Self.thresholdWords, at: start) == nil, word != "khoảng", word != "từ" {
                start += 1
                words += 1
            }
        }
        guard let (figure, figureIndex, range) = planFigure(after: PlanBasis(end: start)), figureIndex - start <= 3 else { return nil }
        // "(2021-2025)", "(năm 2023)": a period, not a plan.
        if !figure.isPercent, figure.fractionDigits == 0, (1990...2100).contains(figure.value), !text(figureIndex, figureIndex + 1).contains(".") { return nil }
        var end = figureIndex + 1
        // "2.000 USD", "7-8% mỗi năm", "500 tỷ đồng/năm".
        while end < count, end - figureIndex <= 4, word(end) != nil || mark(end) == "/" && word(end + 1) != nil { end += 1 }
        guard mark(end) == ")" else { return nil }
        return (figure, range, end + 1)
    }

    private static let phraseBreaks: Set<String> = ["và", "nhưng", "song", "thấp", "cao", "vượt", "đạt", "tăng", "giảm", "bằng", "trong", "còn"]

    /// Words that make a plan figure a minimum or a maximum.
    static let thresholdWords = ["không dưới", "không thấp hơn", "không quá", "không vượt quá", "tối thiểu", "ít nhất", "tối đa", "trên", "dưới"]

    /// "là 38%", ": 6,5%", "38%" right after a plan basis: the plan figure a pair gives.
    /// "kế hoạch 7,4% - 8,4%" gives a range: `number` is its first figure, `figure` the whole.
    func planFigure(after basis: PlanBasis) -> (number: VietnameseNumber, index: Int, figure: Figure?)? {
        var position = basis.end
        // "kế hoạch (KH) 16%": the abbreviation in brackets.
        if mark(position) == "(", word(position + 1) == "kh", mark(position + 2) == ")" { position += 3 }
        if match("là", at: position) != nil || mark(position) == ":" { position += 1 }
        // "kế hoạch là trên 85%", "(kế hoạch: không dưới 40%)", "từ 85% trở lên": a threshold.
        if let (_, after) = match(anyOf: Self.thresholdWords, at: position), let figure = number(after) {
            var end = after + 1
            if let orMore = match("trở lên", at: end) ?? match("trở xuống", at: end) { end = orMore }
            if let threshold = try? Figure.parse(text(position, end)), threshold.form.isThreshold {
                return (figure, after, threshold)
            }
        }
        if let after = match(anyOf: ["khoảng", "từ"], at: position)?.end { position = after }
        guard let figure = number(position) else { return nil }
        if let orMore = match("trở lên", at: position + 1) ?? match("trở xuống", at: position + 1),
           let threshold = try? Figure.parse(text(position, orMore)), threshold.form.isThreshold {
            return (figure, position, threshold)
        }
        if let dash = mark(position + 1), "-–".contains(dash), let upper = number(position + 2), upper.value > figure.value {
            let range = Figure(text: text(position, position + 3), interval: Interval(lower: Bound(figure.value), upper: Bound(upper.value)),
                               form: .range, fractionDigits: max(figure.fractionDigits, upper.fractionDigits),
                               isPercent: figure.isPercent || upper.isPercent)
            return (figure, position + 2, range)
        }
        return (figure, position, nil)
    }
}
