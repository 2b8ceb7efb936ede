import VeDichCore

/// "đạt 118,2% kế hoạch" (value / target = 118,2%), "bằng 99,5% dự toán", "vượt 21,4% dự toán"
/// (121,4%), "tương đương với 94,34% kế hoạch", "gấp 2,46 lần so kế hoạch" (246%), and the
/// ambiguous "tăng 0,5% kế hoạch" (points or a ratio: reported, not guessed).
enum RatioClaimReader {
    static func read(_ sentence: ProseSentence, at index: Int) -> (claim: Claim, end: Int)? {
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
        guard let percent = sentence.number(position), percent.isPercent else { return nil }
        position += 1
        let compared = sentence.match("so với", at: position) ?? sentence.match("so", at: position)
        if let compared { position = compared }
        guard let basis = sentence.planBasis(at: position) else { return nil }
        // "so với kế hoạch là 6,5%" gives the plan figure: a pair, not a ratio.
        if sentence.planFigure(after: basis) != nil { return nil }

        var claim = Claim(kind: .ratio, text: sentence.text(index, basis.end), location: sentence.paragraph.location)
        claim.approximate = approximate
        claim.basisIssuer = basis.issuer
        claim.amountFirst = compared != nil
        switch verb {
        case "vượt":
            // "vượt 21,4% dự toán": the plan plus 21,4% of it. Of a rate ("tăng trưởng 7,35%, vượt
            // 0,35% so với kế hoạch") it may be points: the extractor decides from the value.
            claim.statedPercent = VietnameseNumber(value: 100 + percent.value, fractionDigits: percent.fractionDigits, isPercent: true)
            claim.excessWritten = percent
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
        return (claim, basis.end)
    }

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
