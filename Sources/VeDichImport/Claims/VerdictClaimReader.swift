import VeDichCore

/// A verdict stated in words: "vượt kế hoạch", "hoàn thành vượt", "đạt thấp hơn kế hoạch" (not
/// met, although it says "đạt"), "không đạt dự toán tỉnh giao", "chưa có số liệu" (not
/// evaluable). A bare "đạt" or "vượt" is a verdict only where a phrase ends ("…, đạt.",
/// "(vượt)"), never before a figure or a noun ("đạt 7,2%", "đạt chuẩn").
enum VerdictClaimReader {
    static func read(_ sentence: ProseSentence, at index: Int) -> (claim: Claim, end: Int)? {
        guard let (phrase, end) = sentence.match(anyOf: ClaimVocabulary.verdictWordPhrases, at: index),
              let verdict = ClaimVocabulary.verdictWords.first(where: { $0.phrase == phrase })?.verdict else { return nil }
        // "không đạt" is read whole; the "đạt" inside it is not a second claim.
        if ["không", "chưa", "đạt", "hoàn", "thành", "hiện"].contains(sentence.word(index - 1) ?? ""), phrase.hasPrefix("đạt") || phrase.hasPrefix("vượt") || phrase.hasPrefix("thực") {
            return nil
        }
        // A sentence that starts with it gives an order ("Hoàn thành mục tiêu …"), not a result.
        guard (0..<index).contains(where: { sentence.word($0) != nil || sentence.number($0) != nil }) else { return nil }
        if isWish(sentence, before: index) { return nil }
        // The plan it is measured against: "không đạt (so với) dự toán tỉnh giao".
        var phraseEnd = end
        // "thấp hơn rất nhiều so với mục tiêu": how much, before the plan it is measured against.
        let measured = ["cao hơn", "thấp hơn", "đạt thấp hơn", "đạt thấp"].contains(phrase)
            ? sentence.match(anyOf: Self.degreeWords, at: end)?.end ?? end : end
        let compared = sentence.match("so với", at: measured) ?? sentence.match("so", at: measured) ?? end
        let basis = sentence.planBasis(at: compared)
        if let basis { phraseEnd = basis.end }
        if let after = sentence.match(anyOf: ["đề ra", "được giao", "giao", "đặt ra"], at: phraseEnd)?.end { phraseEnd = after }
        // "đạt 100% (vượt so với Nghị quyết đề ra là 40%)": the verdict names the plan's figure, so
        // with the value before it the sentence gives a pair.
        if let basis, sentence.match("là", at: basis.end) != nil || sentence.mark(basis.end) == ":",
           let (target, targetIndex, range) = sentence.planFigure(after: basis) {
            var end = targetIndex + 1
            if sentence.mark(end) == ")", (0..<index).contains(where: { sentence.mark($0) == "(" }) { end += 1 }
            var claim = Claim(kind: .pair, text: sentence.text(index, end), location: sentence.paragraph.location)
            claim.target = range == nil ? target : nil
            claim.targetRange = range
            claim.stated = verdict
            claim.valueFromSubject = true
            return (claim, end)
        }
        // "thấp hơn rất nhiều so với mục tiêu Đại hội … đề ra (mục tiêu: tăng trưởng GRDP bình quân
        // 7-8% mỗi năm)": the plan's figure in brackets at the end of the phrase makes a pair.
        if let basis, let plan = sentence.bracketedPlan(after: phraseEnd), plan.start > basis.end {
            var claim = Claim(kind: .pair, text: sentence.text(index, plan.end), location: sentence.paragraph.location)
            claim.target = plan.figure == nil ? plan.number : nil
            claim.targetRange = plan.figure
            claim.stated = verdict
            claim.valueFromSubject = true
            return (claim, plan.end)
        }
        // "cao hơn cùng kỳ" is a growth, not a verdict: these need the plan named.
        if basis == nil, ["cao hơn", "thấp hơn", "đạt thấp hơn", "đạt thấp"].contains(phrase) { return nil }
        // The phrase ends there, else it is a task ("hoàn thành kế hoạch sử dụng đất") or a figure
        // follows ("vượt kế hoạch 80 USD": a difference).
        var closes = phraseEnd >= sentence.count || sentence.mark(phraseEnd).map({ ",)–-(:".contains($0) }) == true
            || sentence.match(anyOf: ["là", "do", "vì", "nhưng", "song", "như"], at: phraseEnd) != nil
        // "Năm 2021 không đạt chỉ tiêu che phủ rừng": the indicator named after "chỉ tiêu".
        var named: String?
        if !closes, let basis, sentence.match("chỉ tiêu", at: compared) == basis.end, let name = nameAfter(sentence, basis.end) {
            named = sentence.text(basis.end, name)
            phraseEnd = name
            closes = true
        }
        guard closes else { return nil }
        // "Các chỉ tiêu A, B và C đều vượt kế hoạch": one verdict said of every name listed.
        let list = listBefore(sentence, verdictAt: index)
        if basis == nil, ClaimVocabulary.bareVerdicts.contains(phrase), list == nil {
            // "…, đạt.", "(vượt)", or right after a figure and its unit: "12 xã hoàn thành".
            let standsAlone = sentence.mark(index - 1).map { "(:-–,".contains($0) } == true
            let afterFigure = (max(0, index - 3)..<index).contains { sentence.number($0) != nil }
            guard standsAlone || afterFigure else { return nil }
        }
        var claim = Claim(kind: .verdict, text: sentence.text(list?.start ?? index, phraseEnd), location: sentence.paragraph.location)
        claim.stated = verdict
        claim.subjects = list?.names ?? named.map { [$0] } ?? []
        return (claim, phraseEnd)
    }

    /// How much higher or lower, between the verdict and "so với": "rất nhiều", "khá nhiều".
    static let degreeWords = ["rất nhiều", "khá nhiều", "nhiều", "không nhiều", "một chút", "chút ít", "khá", "rất"]

    /// The end of an indicator's name running to the end of the phrase: words only, no figure,
    /// no verb, at most 12.
    private static func nameAfter(_ sentence: ProseSentence, _ start: Int) -> Int? {
        var end = start
        while end < sentence.count, end - start <= 12, let word = sentence.word(end),
              !SentenceSubject.verbs.contains(word) || SentenceSubject.isPartOfName(word, at: end, in: sentence) { end += 1 }
        let closes = end >= sentence.count || sentence.mark(end).map { ",;(".contains($0) } == true
        return closes && end > start ? end : nil
    }

    /// The names a verdict is said of together: "(các chỉ tiêu) A, B và C đều …", "cả A và B
    /// cùng …". Nil unless "đều" or "cùng" stands right before the verdict and at least two names
    /// are listed; a leading time ("Năm 2023, …") is not a name.
    static func listBefore(_ sentence: ProseSentence, verdictAt index: Int) -> (start: Int, names: [String])? {
        var together = index - 1
        if ["đã", "cũng"].contains(sentence.word(together) ?? "") { together -= 1 }
        guard ["đều", "cùng"].contains(sentence.word(together) ?? "") else { return nil }
        if ["cũng"].contains(sentence.word(together - 1) ?? "") { together -= 1 }
        var start = together
        while start > 0, sentence.mark(start - 1).map({ ":(;".contains($0) }) != true { start -= 1 }
        var first = start
        for opener in ["các chỉ tiêu", "chỉ tiêu", "cả", "các"] {
            if let after = sentence.match(opener, at: first) { first = after; break }
        }
        var names: [String] = []
        var nameStart = first
        var listStart: Int?
        func close(_ end: Int) {
            defer { nameStart = end + 1 }
            guard end > nameStart, sentence.word(nameStart) != nil else { return }
            if SentenceSubject.timeStarts.contains(sentence.word(nameStart) ?? "") || sentence.word(nameStart) == "năm" { return }
            names.append(sentence.text(nameStart, end))
            listStart = listStart ?? nameStart
        }
        var position = first
        while position < together {
            if sentence.mark(position) == "," || sentence.word(position) == "và" { close(position) }
            position += 1
        }
        close(together)
        guard names.count >= 2, let listStart else { return nil }
        return (first == start ? listStart : start, names)
    }

    /// "phấn đấu (thu ngân sách) đạt kế hoạch", "để hoàn thành", "nguy cơ không đạt": a goal or a
    /// risk, not a result. The wish may stand anywhere earlier in the same phrase.
    static func isWish(_ sentence: ProseSentence, before index: Int) -> Bool {
        var start = index
        while start > 0, sentence.mark(start - 1) != ",", sentence.mark(start - 1) != "(" { start -= 1 }
        return (start..<index).contains { position in
            ClaimVocabulary.aspirations.contains { sentence.match($0, at: position) != nil }
        }
    }
}
