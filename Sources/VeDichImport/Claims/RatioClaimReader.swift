import VeDichCore

/// "đạt 118,2% kế hoạch" (value / target = 118,2%), "bằng 99,5% dự toán", "vượt 21,4% dự toán"
/// (121,4%), and the ambiguous "tăng 0,5% kế hoạch" (points or a ratio: reported, not guessed).
enum RatioClaimReader {
    static func read(_ sentence: ProseSentence, at index: Int) -> (claim: Claim, end: Int)? {
        guard let verb = sentence.word(index), ["đạt", "bằng", "vượt", "tăng"].contains(verb) else { return nil }
        var position = index + 1
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
}
