import VeDichCore

/// A value beside its plan by a difference: "vượt 80 USD so với kế hoạch" (target = value − 80),
/// "vượt mục tiêu 0,35%" (points), "thấp hơn kế hoạch 0,5 điểm %". A percentage over a level
/// ("vượt dự toán 12%" of revenue) is a ratio; over an unknown value it is ambiguous.
enum DifferenceClaimReader {
    static let verbs: [(phrase: String, sign: Double)] = [("cao hơn", 1), ("thấp hơn", -1), ("vượt", 1), ("hụt", -1)]
    static let verbPhrases = verbs.map(\.phrase)

    static func read(_ sentence: ProseSentence, at index: Int) -> (claim: Claim, end: Int)? {
        guard let (phrase, afterVerb) = sentence.match(anyOf: verbPhrases, at: index),
              let sign = verbs.first(where: { $0.phrase == phrase })?.sign else { return nil }
        var amountIndex: Int
        var end: Int
        var amountFirst: Bool
        var explicitTarget: VietnameseNumber?
        var compared = afterVerb
        if let after = sentence.match("so với", at: afterVerb) ?? sentence.match("so", at: afterVerb) { compared = after }
        if let basis = sentence.planBasis(at: compared), let amount = amountAfter(basis.end, in: sentence) {
            // "vượt mục tiêu 0,35%", "thấp hơn kế hoạch 0,5 điểm %"
            (amountIndex, end, amountFirst) = (amount.index, amount.end, false)
        } else if let number = sentence.number(afterVerb) {
            // "vượt 80 USD so với kế hoạch", "thấp hơn 0,5 điểm % so với mục tiêu"
            var position = afterVerb + 1
            // "80 USD/người": a unit may be written per something.
            while position < sentence.count, position - afterVerb <= 5, sentence.word(position) != "so",
                  sentence.word(position) != nil || sentence.mark(position) == "%" || sentence.mark(position) == "/" && sentence.word(position + 1) != nil { position += 1 }
            guard let afterCompared = sentence.match("so với", at: position) ?? sentence.match("so", at: position),
                  let basis = sentence.planBasis(at: afterCompared) else { return nil }
            end = basis.end
            // "thấp hơn 0,4% so với chỉ tiêu UBND tỉnh giao (35,5%)", "… so với kế hoạch là 38%": the
            // plan's own figure, which settles what the difference is of.
            if let (figure, figureIndex, range) = sentence.planFigure(after: basis) {
                guard range == nil else { return nil }
                explicitTarget = figure
                end = figureIndex + 1
                if sentence.mark(end) == ")", (index..<end).contains(where: { sentence.mark($0) == "(" }) { end += 1 }
            } else if let bracketed = sentence.bracketedFigure(after: basis.end) {
                explicitTarget = bracketed.number
                end = bracketed.end
            }
            // "vượt 21,4% so với dự toán" of a level reads as a ratio: left to the ratio reader's rule below.
            _ = number
            (amountIndex, amountFirst) = (afterVerb, true)
        } else {
            return nil
        }
        guard let amount = sentence.number(amountIndex) else { return nil }
        let points = sentence.match("điểm", at: amountIndex + 1) != nil || sentence.match("điểm phần trăm", at: amountIndex + 1) != nil
        var claim = Claim(kind: .difference, text: sentence.text(index, end), location: sentence.paragraph.location)
        claim.difference = VietnameseNumber(value: sign * amount.value, fractionDigits: amount.fractionDigits, isPercent: amount.isPercent || points)
        claim.stated = sign > 0 ? .exceeded : .missed
        claim.differenceInPoints = points
        claim.amountFirst = amountFirst
        claim.planParticiple = !amountFirst && !points && ["ra", "giao"].contains(sentence.word(amountIndex - 1) ?? "")
        if let explicitTarget {
            claim.target = explicitTarget
            claim.explicitTarget = true
        }
        return (claim, end)
    }

    /// "tỷ lệ bao phủ BHYT đạt 93,5%, vượt 0,3%;" in a paragraph that named the plan before ("hàng năm
    /// vượt chỉ tiêu kế hoạch"): a margin over the plan with the plan left unsaid. The extractor
    /// keeps it only after a rate, where it is ambiguous (points or a share of the plan).
    static func planLeftOut(_ sentence: ProseSentence, at index: Int) -> (claim: Claim, end: Int)? {
        guard sentence.word(index) == "vượt", let amount = sentence.number(index + 1), amount.isPercent,
              sentence.number(index - 1) == nil, sentence.mark(index - 1) == ",",
              index + 2 >= sentence.count || sentence.mark(index + 2).map({ ",;)".contains($0) }) == true else { return nil }
        var claim = Claim(kind: .difference, text: sentence.text(index, index + 2), location: sentence.paragraph.location)
        claim.difference = amount
        claim.stated = .exceeded
        claim.amountFirst = true
        return (claim, index + 2)
    }

    /// The amount after a plan basis: "0,35%", "80 USD", "0,5 điểm %".
    private static func amountAfter(_ index: Int, in sentence: ProseSentence) -> (index: Int, end: Int)? {
        guard let number = sentence.number(index), !(sentence.mark(index + 1) == "/") else { return nil }
        _ = number
        var end = index + 1
        if let after = sentence.match("điểm phần trăm", at: end) ?? sentence.match("điểm", at: end) {
            end = after
            if sentence.mark(end) == "%" { end += 1 }
        } else {
            while end < sentence.count, end - index <= 3, let word = sentence.word(end), !SentenceSubject.verbs.contains(word),
                  !["so", "với", "và", "nhưng", "do", "của"].contains(word) { end += 1 }
        }
        return (index, end)
    }
}
