import VeDichCore

/// "đạt 118,2% kế hoạch" (value / target = 118,2%), "bằng 99,5% dự toán", "vượt 21,4% dự toán"
/// (121,4%), "tương đương với 94,34% kế hoạch", "gấp 2,46 lần so kế hoạch" (246%), and the
/// ambiguous "tăng 0,5% kế hoạch" (points or a ratio: reported, not guessed).
enum RatioClaimReader {
    static func read(_ sentence: ProseSentence, at index: Int) -> (claim: Claim, end: Int)? {
        if sentence.number(index)?.isPercent == true { return continued(sentence, at: index) }
        guard var verb = sentence.word(index) else { return nil }
        var position = index + 1
        if verb == "tương", sentence.word(index + 1) == "đương" {
            verb = "bằng"
            position = sentence.match("với", at: index + 2) ?? index + 2
        }
        if verb == "gấp" { return times(sentence, at: index) }
        guard ["đạt", "bằng", "vượt", "tăng"].contains(verb) else { return nil }
        var approximate = false
        if let after = sentence.match(anyOf: ["khoảng", "gần", "trên", "hơn", "xấp xỉ"], at: position)?.end {
            approximate = true
            position = after
        }
        // "đạt tỷ lệ 112,5% so với kế hoạch", "đạt mức 105% kế hoạch".
        if let after = sentence.match(anyOf: ["tỷ lệ", "mức"], at: position)?.end, sentence.number(after)?.isPercent == true { position = after }
        guard let percent = sentence.number(position), percent.isPercent else { return nil }
        let percentIndex = position
        position += 1
        let compared = sentence.match("so với", at: position) ?? sentence.match("so", at: position)
        if let compared { position = compared }
        guard let basis = sentence.planBasis(at: position) else {
            if verb == "tăng", compared == nil { return growthAfterPlan(sentence, at: index, percentIndex: percentIndex) }
            return compared == nil ? basisBefore(sentence, verb: verb, at: index, percentIndex: percentIndex, approximate: approximate) : nil
        }
        var end = basis.end
        var planLevel: (number: VietnameseNumber, end: Int, unit: String?)?
        if let (figure, figureIndex, range) = sentence.planFigure(after: basis) {
            // "so với kế hoạch là 6,5%" gives the plan figure: a pair, not a ratio. "đạt 104% so với
            // kế hoạch giao 500 tỷ đồng" gives the plan's level: still a ratio, now with its base.
            guard !figure.isPercent, range == nil, verb != "tăng" else { return nil }
            var unitEnd = figureIndex + 1
            while unitEnd < sentence.count, unitEnd - figureIndex <= 3, let word = sentence.word(unitEnd), !SentenceSubject.verbs.contains(word) { unitEnd += 1 }
            planLevel = (figure, unitEnd, unitEnd > figureIndex + 1 ? sentence.text(figureIndex + 1, unitEnd).lowercased() : nil)
            end = unitEnd
        }

        var claim = Claim(kind: .ratio, text: sentence.text(index, end), location: sentence.paragraph.location)
        if let planLevel {
            claim.target = planLevel.number
            claim.targetUnit = planLevel.unit
            claim.planInSentence = true
        }
        claim.approximate = approximate
        claim.basisIssuer = basis.issuer
        claim.amountFirst = compared != nil
        switch verb {
        case "vượt":
            // "vượt 21,4% dự toán": the plan plus 21,4% of it. Of a rate ("tăng trưởng 7,35%, vượt
            // 0,35% so với kế hoạch") it may be points: the extractor decides from the value.
            claim.statedPercent = VietnameseNumber(value: 100 + percent.value, fractionDigits: percent.fractionDigits, isPercent: true)
            claim.excessWritten = percent
            // The verdict is written, not only implied: it holds in a half-year report too.
            claim.stated = .exceeded
        case "tăng":
            claim.excessWritten = percent
            if compared == nil {
                claim.ambiguity = "“\(claim.text)” có thể là tăng \(VietnameseNumber(value: percent.value, fractionDigits: percent.fractionDigits).formatted) điểm phần trăm hoặc bằng \(VietnameseNumber(value: 100 + percent.value, fractionDigits: percent.fractionDigits).formatted)% kế hoạch"
            } else {
                claim.statedPercent = VietnameseNumber(value: 100 + percent.value, fractionDigits: percent.fractionDigits, isPercent: true)
            }
        default:
            claim.statedPercent = percent
        }
        return (claim, end)
    }

    /// "Kế hoạch giao 500 tỷ đồng, ước thực hiện 520 tỷ đồng, đạt 104%", "So với kế hoạch, thu
    /// ngân sách ước đạt 104%": a bare percentage that the sentence has set against its plan
    /// before. Only where the phrase ends with it ("đạt 104%." "đạt 104%, tăng 8% so với cùng kỳ"),
    /// not before a noun ("đạt 35% GRDP") or another base ("bằng 105% so với cùng kỳ"); the
    /// extractor keeps it only when it finds the plan's figures or the comparison with the plan.
    private static func basisBefore(_ sentence: ProseSentence, verb: String, at index: Int, percentIndex: Int, approximate: Bool) -> (claim: Claim, end: Int)? {
        guard verb == "đạt" || verb == "bằng" || verb == "vượt", let percent = sentence.number(percentIndex) else { return nil }
        let after = percentIndex + 1
        let closes = after >= sentence.count || sentence.mark(after).map { ",)".contains($0) } == true
            || sentence.word(after) == "và" && sentence.number(after + 1) == nil
        guard closes, (0..<index).contains(where: { sentence.match(anyOf: planWords, at: $0) != nil }) else { return nil }
        var claim = Claim(kind: .ratio, text: sentence.text(index, after), location: sentence.paragraph.location)
        claim.approximate = approximate
        claim.basisBefore = true
        if verb == "vượt" {
            claim.statedPercent = VietnameseNumber(value: 100 + percent.value, fractionDigits: percent.fractionDigits, isPercent: true)
            claim.excessWritten = percent
        } else {
            claim.statedPercent = percent
        }
        return (claim, after)
    }

    /// "vượt kế hoạch, tăng 7%": a growth with no object right after a verdict against the plan may
    /// be 107% of the plan or 7% over the same period last year. Reported as ambiguous, not guessed.
    private static func growthAfterPlan(_ sentence: ProseSentence, at index: Int, percentIndex: Int) -> (claim: Claim, end: Int)? {
        let after = percentIndex + 1
        guard sentence.mark(index - 1) == ",", after >= sentence.count || sentence.mark(after).map({ ",)".contains($0) }) == true,
              let percent = sentence.number(percentIndex),
              (max(0, index - 5)..<(index - 1)).contains(where: { sentence.planBasis(at: $0)?.end == index - 1 }),
              // After "vượt 4,16% kế hoạch, tăng 1,04%" the plan was measured already: the growth is another.
              !(sentence.phraseStart(before: index - 1)..<(index - 1)).contains(where: { sentence.number($0) != nil }) else { return nil }
        var claim = Claim(kind: .ratio, text: sentence.text(index, after), location: sentence.paragraph.location)
        claim.ambiguity = "“\(claim.text)” không nói tăng so với kế hoạch (bằng \(VietnameseNumber(value: 100 + percent.value, fractionDigits: percent.fractionDigits).formatted)% kế hoạch) hay so với cùng kỳ"
        return (claim, after)
    }

    /// "đạt 143% dự toán Trung ương giao, 135% dự toán HĐND tỉnh giao": a second ratio sharing the
    /// verb of the one before, after a comma or "và".
    private static func continued(_ sentence: ProseSentence, at index: Int) -> (claim: Claim, end: Int)? {
        guard sentence.mark(index - 1) == "," || sentence.word(index - 1) == "và",
              (1..<max(1, index)).contains(where: { ["đạt", "bằng"].contains(sentence.word($0 - 1) ?? "") && sentence.number($0)?.isPercent == true }),
              let percent = sentence.number(index) else { return nil }
        let position = sentence.match("so với", at: index + 1) ?? index + 1
        guard let basis = sentence.planBasis(at: position), sentence.planFigure(after: basis) == nil else { return nil }
        var claim = Claim(kind: .ratio, text: sentence.text(index, basis.end), location: sentence.paragraph.location)
        claim.basisIssuer = basis.issuer
        claim.statedPercent = percent
        return (claim, basis.end)
    }

    /// The words that name a plan (not "chỉ tiêu", which counts indicators as often).
    static let planWords = ["kế hoạch", "kh", "dự toán", "mục tiêu", "nghị quyết"]

    /// "gấp 2,46 lần so kế hoạch": 246% of it, to the precision written (2 decimals of the times
    /// are whole percents).
    private static func times(_ sentence: ProseSentence, at index: Int) -> (claim: Claim, end: Int)? {
        guard let factor = sentence.number(index + 1), !factor.isPercent, sentence.word(index + 2) == "lần" else { return nil }
        let position = sentence.match("so với", at: index + 3) ?? sentence.match("so", at: index + 3) ?? index + 3
        guard let basis = sentence.planBasis(at: position), sentence.planFigure(after: basis) == nil else { return nil }
        var claim = Claim(kind: .ratio, text: sentence.text(index, basis.end), location: sentence.paragraph.location)
        claim.basisIssuer = basis.issuer
        claim.statedPercent = VietnameseNumber(value: factor.value * 100, fractionDigits: max(0, factor.fractionDigits - 2), isPercent: true)
        return (claim, basis.end)
    }
}
