import VeDichCore

/// A value with its target: "812/760 ha" (actual / target, not a count), "đạt 41,2% - kế hoạch
/// là 38%", "(đạt khoảng 3% so với kế hoạch là 6,5%)".
enum PairClaimReader {
    static func read(_ sentence: ProseSentence, at index: Int) -> (claim: Claim, end: Int)? {
        slashPair(sentence, at: index) ?? planIsPair(sentence, at: index) ?? planFirst(sentence, at: index) ?? bracketPlan(sentence, at: index)
    }

    /// "đạt 92,1%, vượt kế hoạch (Kế hoạch đề ra 92%)": the plan alone in brackets after the value
    /// (the extractor gives it the sentence's value, or drops it).
    private static func bracketPlan(_ sentence: ProseSentence, at index: Int) -> (claim: Claim, end: Int)? {
        if let bare = bareBracketRate(sentence, at: index) { return bare }
        guard sentence.mark(index - 1) == "(", let basis = sentence.planBasis(at: index),
              let (target, targetIndex, range) = sentence.planFigure(after: basis) else { return nil }
        var end = targetIndex + 1
        while end < sentence.count, end - targetIndex <= 3, let word = sentence.word(end), !SentenceSubject.verbs.contains(word) { end += 1 }
        guard sentence.mark(end) == ")" else { return nil }
        var claim = Claim(kind: .pair, text: sentence.text(index - 1, end + 1), location: sentence.paragraph.location)
        claim.target = range == nil ? target : nil
        claim.targetRange = range
        claim.targetUnit = end > targetIndex + 1 ? sentence.text(targetIndex + 1, end).lowercased() : nil
        claim.valueFromSubject = true
        return (claim, end + 1)
    }

    /// "đạt 6,5%, không đạt kế hoạch (7%)": a rate alone in brackets right after the plan is named is
    /// the plan's rate (a level in brackets, "(6 tháng)", may be anything: left).
    private static func bareBracketRate(_ sentence: ProseSentence, at index: Int) -> (claim: Claim, end: Int)? {
        guard sentence.mark(index - 1) == "(", let target = sentence.number(index), target.isPercent, sentence.mark(index + 1) == ")",
              (max(0, index - 7)..<(index - 1)).contains(where: { sentence.planBasis(at: $0)?.end == index - 1 }) else { return nil }
        var claim = Claim(kind: .pair, text: sentence.text(index - 1, index + 2), location: sentence.paragraph.location)
        claim.target = target
        claim.valueFromSubject = true
        return (claim, index + 2)
    }

    /// "Kế hoạch giao 27.000 tỷ đồng, ước thực hiện 25.545 tỷ đồng", "kế hoạch 85%, thực hiện
    /// 86%": the plan opens the phrase, the value follows in the same unit.
    private static func planFirst(_ sentence: ProseSentence, at index: Int) -> (claim: Claim, end: Int)? {
        guard sentence.word(index) != nil, index == 0 || sentence.mark(index - 1) != nil || ["tổng", "theo"].contains(sentence.word(index - 1) ?? ""),
              let basis = sentence.planBasis(at: index), let (target, targetIndex, range) = sentence.planFigure(after: basis) else { return nil }
        let targetUnit = sentence.unit(after: targetIndex)
        var position = targetIndex + 1 + (targetUnit?.split(separator: " ").count ?? 0)
        if sentence.mark(position) == "," || sentence.mark(position) == "-" || sentence.mark(position) == "–" { position += 1 }
        guard let verb = sentence.match(anyOf: ["ước thực hiện", "thực hiện", "ước đạt", "kết quả", "ước", "đạt"], at: position)?.end else { return nil }
        position = verb
        if let after = sentence.match(anyOf: ["đạt", "được", "là"], at: position)?.end { position = after }
        if sentence.mark(position) == ":" { position += 1 }
        var approximate = false
        if let after = sentence.match(anyOf: ["khoảng", "gần", "trên", "hơn", "xấp xỉ"], at: position)?.end {
            approximate = true
            position = after
        }
        guard let actual = sentence.number(position), actual.isPercent == target.isPercent else { return nil }
        let actualUnit = sentence.unit(after: position)
        guard actualUnit == nil && targetUnit == nil || ClaimExtractor.sameUnit(targetUnit, actualUnit) else { return nil }
        let end = position + 1 + (actualUnit?.split(separator: " ").count ?? 0)
        var claim = Claim(kind: .pair, text: sentence.text(index, end), location: sentence.paragraph.location)
        claim.actual = actual
        claim.actualUnit = actualUnit
        claim.target = range == nil ? target : nil
        claim.targetUnit = targetUnit
        claim.targetRange = range
        claim.approximate = approximate
        return (claim, end)
    }

    /// "812/760 ha": a value over its target, with a unit after it. Dates, document numbers,
    /// ranks ("thứ 13/63 tỉnh") and counts of indicators are not pairs; a part of a whole ("12/15
    /// huyện") is one only when the sentence speaks of a plan.
    private static func slashPair(_ sentence: ProseSentence, at index: Int) -> (claim: Claim, end: Int)? {
        if let pair = unitSlashPair(sentence, at: index) { return pair }
        guard let actual = sentence.number(index), sentence.mark(index + 1) == "/", let target = sentence.number(index + 2),
              sentence.mark(index - 1) != "/", sentence.mark(index + 3) != "/", let unit = sentence.word(index + 3),
              !(index + 3...index + 5).contains(where: { sentence.match("chỉ tiêu", at: $0) != nil }) else { return nil }
        // "thứ 13/63 tỉnh", "ngày 6/12", "tính đến 6/12 đạt 105% kế hoạch": a rank or a date.
        if let before = sentence.word(index - 1), ["thứ", "hạng", "số", "ngày", "xếp", "đến", "tới", "từ", "hết"].contains(before) { return nil }
        if SentenceSubject.verbs.contains(unit) { return nil }
        let speaksOfPlan = (0..<sentence.count).contains { sentence.match(anyOf: ["kế hoạch", "kh", "dự toán", "mục tiêu"], at: $0) != nil }
        guard actual.value > target.value || speaksOfPlan, target.value != 0 else { return nil }
        var end = index + 4
        while end < sentence.count, end - index < 6, let word = sentence.word(end), !SentenceSubject.verbs.contains(word), unitWords.contains(word) { end += 1 }
        // "320/411 xã đạt chuẩn nông thôn mới", "12/15 trường học được công nhận đạt chuẩn": the share
        // of units that reached a standard, not a value over its plan.
        if (end..<min(sentence.count, end + 6)).contains(where: { sentence.match(anyOf: ["đạt chuẩn", "đạt tiêu chí"], at: $0) != nil }) { return nil }
        var claim = Claim(kind: .pair, text: sentence.text(index, end), location: sentence.paragraph.location)
        claim.actual = actual
        claim.target = target
        // "812/760 ha": one unit for both.
        claim.actualUnit = sentence.text(index + 3, end).lowercased()
        claim.targetUnit = claim.actualUnit
        return (claim, end)
    }

    /// "369.882,4 ha/392.069 ha": the unit written on both sides of the slash, in a sentence that
    /// speaks of a plan.
    private static func unitSlashPair(_ sentence: ProseSentence, at index: Int) -> (claim: Claim, end: Int)? {
        guard let actual = sentence.number(index), sentence.mark(index - 1) != "/" else { return nil }
        var slash = index + 1
        while slash < sentence.count, slash - index <= 3, sentence.word(slash) != nil { slash += 1 }
        let unitLength = slash - index - 1
        guard unitLength > 0, sentence.mark(slash) == "/", let target = sentence.number(slash + 1), target.value != 0,
              sentence.mark(slash + 2) != "/",
              (0..<unitLength).allSatisfy({ sentence.word(slash + 2 + $0) == sentence.word(index + 1 + $0) }),
              (0..<sentence.count).contains(where: { sentence.match(anyOf: ["kế hoạch", "kh", "dự toán", "mục tiêu"], at: $0) != nil })
        else { return nil }
        let end = slash + 2 + unitLength
        var claim = Claim(kind: .pair, text: sentence.text(index, end), location: sentence.paragraph.location)
        claim.actual = actual
        claim.target = target
        claim.actualUnit = sentence.text(index + 1, slash).lowercased()
        claim.targetUnit = claim.actualUnit
        return (claim, end)
    }

    /// Words that continue a unit: "tỷ đồng", "nghìn lượt khách", "triệu USD".
    private static let unitWords: Set<String> = ["đồng", "usd", "lượt", "khách", "người", "tấn", "ha", "km", "m", "dân", "lao", "động", "hộ", "xã", "căn", "nhà"]

    /// "đạt 41,2% - kế hoạch là 38%": a value, then a plan basis and its figure.
    private static func planIsPair(_ sentence: ProseSentence, at index: Int) -> (claim: Claim, end: Int)? {
        var position = index + 1
        if sentence.number(index) != nil, sentence.mark(index - 1) == "(" {
            // "(64,5% so với kế hoạch là 65%)": the value alone in brackets, then its plan.
            position = index
        } else {
            guard let verb = sentence.word(index), ["đạt", "ước", "là", "thêm", "hiện", "được", "còn"].contains(verb) else { return nil }
        }
        if sentence.word(position) == "đạt" { position += 1 }
        var approximate = false
        if let after = sentence.match(anyOf: ["khoảng", "gần", "trên", "hơn", "xấp xỉ"], at: position)?.end {
            approximate = true
            position = after
        }
        guard let actual = sentence.number(position) else { return nil }
        let actualIndex = position
        position += 1
        // Unit words, then "-", ",", "(" and "so với" before the plan.
        var steps = 0
        while position < sentence.count, steps < 5, sentence.planBasis(at: position) == nil {
            if let word = sentence.word(position), SentenceSubject.verbs.contains(word), word != "so" { return nil }
            if sentence.number(position) != nil { return nil }
            if let mark = sentence.mark(position), !"-–,(/".contains(mark) { return nil }
            position += 1
            steps += 1
        }
        guard let basis = sentence.planBasis(at: position), let (target, targetIndex, range) = sentence.planFigure(after: basis),
              target.isPercent == actual.isPercent else { return nil }
        // "Năm 2022 tăng trưởng đạt 6,5%, kế hoạch năm 2023 là 7%": a value of another year than the plan's.
        let planYear = (position..<basis.end).lazy.compactMap { SentenceSubject.year(at: $0, in: sentence) }.first
        let valueYear = (0..<index).reversed().lazy.compactMap { SentenceSubject.year(at: $0, in: sentence) }.first
        if let planYear, let valueYear, planYear != valueYear { return nil }
        if SentenceSubject.ofAnotherPeriod(position - 1 - steps, in: sentence) { return nil }
        var end = targetIndex + 1
        // The plan's unit after its figure ("(kế hoạch 2.300 USD)") and the closing bracket.
        while end < sentence.count, end - targetIndex <= 3, let word = sentence.word(end), !SentenceSubject.verbs.contains(word) { end += 1 }
        let targetUnit = end > targetIndex + 1 ? sentence.text(targetIndex + 1, end).lowercased() : nil
        if sentence.mark(end) == ")", (index..<end).contains(where: { sentence.mark($0) == "(" }) { end += 1 }
        var claim = Claim(kind: .pair, text: sentence.text(index, end), location: sentence.paragraph.location)
        claim.actual = actual
        claim.actualUnit = sentence.unit(after: actualIndex)
        claim.target = range == nil ? target : nil
        claim.targetUnit = targetUnit
        claim.targetRange = range
        claim.approximate = approximate
        return (claim, end)
    }
}
