import VeDichCore

/// Reads every claim a paragraph makes (counts, ratios, pairs, verdicts, differences), gives each
/// the indicator and the value its sentence names, and links the claims of one sentence: a ratio
/// or a verdict takes the value and target of a pair beside it ("812/760 ha, đạt 118,2% kế hoạch").
public struct ClaimExtractor: Sendable {
    /// The document reports on part of a year ("BÁO CÁO … 6 THÁNG ĐẦU NĂM", by
    /// `DocumentContext.partOfYear`): a ratio against the year's plan ("đạt 49,17% kế hoạch")
    /// then says how far the year has come, not whether the plan was met.
    var partOfYear = false

    public init() {}

    init(partOfYear: Bool) {
        self.partOfYear = partOfYear
    }

    public func claims(in paragraph: Paragraph) -> [Claim] {
        read(paragraph).claims
    }

    /// The claims, and how many "% kế hoạch" figures of the paragraph no claim took.
    func read(_ paragraph: Paragraph) -> (claims: [Claim], unplaced: Int) {
        // Cheap test first: most paragraphs of a report state no result.
        let text = paragraph.text
        guard text.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) || text.includes("đạt") || text.includes("vượt") || text.includes("hoàn thành")
            || text.includes("số liệu") || text.includes("hơn") || text.includes("đánh giá") else { return ([], 0) }
        var claims: [Claim] = []
        var unplaced = 0
        let sentences = Self.joiningCountClauses(ProseSentence.sentences(of: paragraph))
        var statedTotal: (count: Int, start: Int, sentence: Int)?
        // "6 tháng đầu năm 2023, kinh tế … Sản xuất vụ xuân đạt 100,1% kế hoạch": a paragraph that
        // opens with the months gone by speaks of progress (not "tháng 12", a date). Named later
        // on, they may be one figure's ("6 tháng đầu năm đạt 73,2% kế hoạch; hết năm … 102,5%").
        let withinYear = partOfYear || PartOfYear.named(in: String(text.prefix(30)))?.first?.isNumber == true
        for (ordinal, sentence) in sentences.enumerated() {
            let continuing = CountClaimReader.startsWithPart(sentence) && claims.contains { $0.kind == .count && $0.sentence == ordinal - 1 }
            var found = self.claims(in: sentence, continuingCount: continuing, earlier: sentences[..<ordinal], withinYear: withinYear).map { claim in
                var numbered = claim
                numbered.sentence = ordinal
                return numbered
            }
            if let first = found.firstIndex(where: { $0.kind == .count }) {
                if let total = statedTotal, !continuing { Self.give(total, to: &found[first], sentences: sentences, at: ordinal) }
                statedTotal = nil
            } else if let total = CountClaimReader.statedTotal(sentence) {
                statedTotal = (total.count, total.start, ordinal)
            }
            claims += found
            unplaced += Self.unplacedPlanFigures(in: sentence, claims: found)
        }
        return (claims, unplaced)
    }

    /// "Năm 2023 có 20 chỉ tiêu chủ yếu. … đạt và vượt 16 chỉ tiêu, 4 chỉ tiêu không đạt": the count
    /// takes the total stated before it when it states none and its parts do not exceed it (then
    /// the total is of something else). Its text quotes the total too.
    static func give(_ total: (count: Int, start: Int, sentence: Int), to claim: inout Claim, sentences: [ProseSentence], at ordinal: Int) {
        guard var counts = claim.counts, counts.total == nil else { return }
        let parts = [counts.metOrExceeded ?? (counts.exceeded ?? 0) + (counts.met ?? 0), counts.missed ?? 0, counts.noData ?? 0].reduce(0, +)
        guard parts > 0, parts <= total.count else { return }
        counts.total = total.count
        claim.counts = counts
        let totalSentence = sentences[total.sentence], paragraph = totalSentence.paragraph.text
        let from = totalSentence.tokens[total.start].range.lowerBound
        if ordinal - total.sentence <= 2, let last = sentences[ordinal].tokens[claim.tokenRange].last {
            // Close by: the text as written, from the total to the count's end.
            claim.text = String(paragraph[from..<last.range.upperBound])
        } else {
            claim.text = String(paragraph[from..<totalSentence.tokens[totalSentence.count - 1].range.upperBound]) + " … " + claim.text
        }
    }

    /// "có 14/16 chỉ tiêu đạt và vượt kế hoạch đề ra; có 02 chỉ tiêu không đạt": a count goes on
    /// past a semicolon when the next clause starts with a bare count of indicators, so the two
    /// are read as one.
    static func joiningCountClauses(_ sentences: [ProseSentence]) -> [ProseSentence] {
        var joined: [ProseSentence] = []
        for sentence in sentences {
            if let last = joined.last, last.terminator?.mark == ";", CountClaimReader.startsWithBareCount(sentence),
               (0..<last.count).contains(where: { last.match("chỉ tiêu", at: $0) != nil }), let semicolon = last.terminator {
                joined[joined.count - 1] = ProseSentence(paragraph: last.paragraph, tokens: last.tokens + [semicolon] + sentence.tokens,
                                                         terminator: sentence.terminator)
            } else {
                joined.append(sentence)
            }
        }
        return joined
    }

    /// Percentages written against a plan ("89% kế hoạch", "12% so với dự toán") that no claim read.
    static func unplacedPlanFigures(in sentence: ProseSentence, claims: [Claim]) -> Int {
        (0..<sentence.count).filter { index in
            guard sentence.number(index)?.isPercent == true else { return false }
            let afterCompared = sentence.match("so với", at: index + 1) ?? index + 1
            guard sentence.planBasis(at: afterCompared) != nil else { return false }
            return !claims.contains { $0.tokenRange.contains(index) }
        }.count
    }

    func claims(in sentence: ProseSentence, continuingCount: Bool = false, earlier: ArraySlice<ProseSentence> = [], withinYear: Bool = false) -> [Claim] {
        var claims: [Claim] = []
        var index = 0
        var countRanges: [Range<Int>] = []
        for (claim, range) in CountClaimReader(sentence: sentence, continuing: continuingCount).read() {
            var count = claim
            count.tokenRange = range
            claims.append(count)
            countRanges.append(range)
        }
        var readers: [(ProseSentence, Int) -> (claim: Claim, end: Int)?] = [
            PairClaimReader.read, DifferenceClaimReader.read, RatioClaimReader.read, VerdictClaimReader.read,
        ]
        // "… hàng năm vượt chỉ tiêu kế hoạch. Cụ thể, … đạt 93,5%, vượt 0,3%": the plan named in a sentence before.
        // Looked for only where "vượt X%" stands: most sentences have none, and a paragraph may be long.
        let marginWritten = (0..<sentence.count).contains { sentence.word($0) == "vượt" && sentence.number($0 + 1)?.isPercent == true }
        if marginWritten, earlier.contains(where: { before in (0..<before.count).contains { before.match(anyOf: RatioClaimReader.planWords, at: $0) != nil } }) {
            readers.append(DifferenceClaimReader.planLeftOut)
        }
        while index < sentence.count {
            if let countRange = countRanges.first(where: { $0.contains(index) }) { index = countRange.upperBound; continue }
            let token = sentence.tokens[index]
            guard token.number != nil || ClaimVocabulary.claimStarts.contains(token.key) && token.word != nil,
                  let (found, end) = readers.lazy.compactMap({ $0(sentence, index) }).first else { index += 1; continue }
            var claim = found
            claim.tokenRange = index..<end
            // A pair's value may be its first figure ("đạt 41,2% - kế hoạch là 38%"); a plan in brackets
            // ("(7%)", "(Kế hoạch đề ra 92%)") or after a verdict takes the value before it.
            let subject = SentenceSubject(sentence, before: claim.kind == .pair && !claim.valueFromSubject ? index + 1 : index)
            // A margin with its plan left unsaid is kept only after a rate, where it is reported ambiguous.
            if claim.kind == .difference, claim.amountFirst, claim.target == nil,
               !(index..<end).contains(where: { sentence.planBasis(at: $0) != nil }), subject.value?.isPercent != true {
                index = max(end, index + 1)
                continue
            }
            if claim.subjects.isEmpty {
                claim.indicator = subject.name
                claim.subjectWords = subject.nameWords
            } else if claim.subjects.count == 1 {
                claim.indicator = claim.subjects[0]
            }
            if claim.actual == nil, claim.kind != .count {
                if let valueIndex = subject.valueIndex, let earlier = claims.last(where: { $0.tokenRange.contains(valueIndex) }) {
                    // "86,25%, thấp hơn 5,25% so với … (91,5%) và thấp hơn 5,75% so với … (92%)": a
                    // figure inside the claim before is its plan; the value is the one it was said of.
                    claim.actual = earlier.actual
                    claim.actualUnit = earlier.actualUnit
                } else {
                    claim.actual = subject.value
                    claim.actualUnit = subject.unit?.lowercased()
                    claim.valueTokenIndex = subject.valueIndex
                    // "38,05%, vượt 0,05% so với …": the claim quotes the value it is said of.
                    if claim.kind == .difference || claim.valueFromSubject, let valueIndex = subject.valueIndex, valueIndex < index {
                        claim.text = sentence.text(valueIndex, sentence.closingBracket(from: valueIndex, to: end))
                    }
                }
                let planIsPercent = claim.target?.isPercent ?? claim.targetRange?.isPercent ?? claim.difference?.isPercent
                if claim.actual == nil, claim.valueFromSubject || claim.kind == .difference, let planIsPercent,
                   let before = EarlierValue.find(for: subject, in: earlier, percent: planIsPercent) {
                    // "GDP … tăng 6,81% …. Mức tăng trưởng năm nay vượt mục tiêu đề ra 6,7%".
                    claim.actual = before.number
                    claim.valueEarlier = true
                    claim.text = before.text + " … " + claim.text
                }
                if claim.valueFromSubject {
                    if let actual = claim.actual, actual.isPercent != (planIsPercent ?? actual.isPercent) {
                        claim.actual = nil
                        claim.text = found.text
                    }
                    // A plan in brackets with no value and no verdict says nothing about a result.
                    guard claim.actual != nil || claim.stated != nil else {
                        index = max(end, index + 1)
                        continue
                    }
                }
            }
            // "kế hoạch vốn 4.417,2 tỷ đồng, … thực hiện 2.313 tỷ đồng, đạt 52,4% kế hoạch": the plan
            // the sentence named before its value, in the same unit.
            if claim.kind == .ratio, !claim.planInSentence, let valueIndex = subject.valueIndex, let unit = subject.unit?.lowercased(),
               let plan = sentence.planStatedBefore(valueIndex), Self.sameUnit(plan.unit, unit), claim.basisIssuer == nil {
                claim.target = plan.number
                claim.targetUnit = plan.unit
                claim.ownFigures = true
                claim.planEarlier = true
                if claim.basisBefore { claim.text = sentence.text(sentence.phraseStart(before: plan.index), end) }
            }
            // "đạt 104% so với kế hoạch giao 500 tỷ đồng": the plan in the phrase, the value before it.
            if claim.planInSentence, let actual = claim.actual, !actual.isPercent, claim.target != nil {
                claim.ownFigures = true
                claim.planEarlier = !Self.sameUnit(subject.unit?.lowercased(), sentence.unit(after: end - 1))
            }
            // "So với kế hoạch, thu ngân sách ước đạt 104%": the comparison opens the sentence.
            if claim.basisBefore, !claim.ownFigures, let opener = sentence.comparedWithPlan(before: index) {
                claim.basisBefore = false
                if index - opener <= 20 { claim.text = sentence.text(opener, end) }
            }
            claims.append(claim)
            index = max(end, index + 1)
        }
        // A bare "đạt 104%" that neither a pair nor a plan of the sentence explains is a level, not a ratio.
        // After a ratio with its base written ("đạt 105% kế hoạch, bằng 112%") a bare one is
        // likely against another base (the year before), left unsaid.
        let linked = Self.link(claims, in: sentence, withinYear: withinYear)
        return linked.enumerated().filter { offset, claim in
            guard claim.basisBefore else { return true }
            return claim.ownFigures && !linked[..<offset].contains { $0.kind == .ratio && !$0.basisBefore }
        }.map(\.element)
    }

    /// "tỷ đồng" and "tỷ đồng", or "tỷ" beside "tỷ đồng" (the currency left out once): one unit.
    static func sameUnit(_ lhs: String?, _ rhs: String?) -> Bool {
        guard let lhs, let rhs else { return false }
        if lhs == rhs { return true }
        let left = lhs.split(separator: " "), right = rhs.split(separator: " ")
        guard let first = left.first, first == right.first else { return false }
        return left.count == 1 || right.count == 1
    }

    /// Within one sentence: a ratio, a verdict or a difference takes the figures of the pair
    /// nearest to it; a pair takes the verdict said of it; a percentage difference reads as
    /// points or a ratio from the value it is said of.
    static func link(_ claims: [Claim], in sentence: ProseSentence, withinYear: Bool = false) -> [Claim] {
        guard !claims.isEmpty else { return claims }
        let pairs = claims.filter { $0.kind == .pair }
        // Only a ratio asks whether the sentence speaks of progress within the year.
        let progress = claims.contains { $0.kind == .ratio } && (withinYear && !speaksOfTheWholeYear(sentence) || ["tháng", "quý", "lũy", "luỹ", "đến nay", "tiến độ"].contains { phrase in
            (0..<sentence.count).contains { sentence.match(phrase, at: $0) != nil }
        })
        var linked = claims
        for index in linked.indices {
            var claim = linked[index]
            // "đạt 23% so với dự toán …, trong đó, 7/16 khoản thu đạt …": a pair after "trong đó"
            // counts the parts of what the ratio measured; it is not the ratio's figures.
            let nearestPair = pairs.filter { !separatedByParts($0, claim, in: sentence) }.min { distance($0, claim) < distance($1, claim) }
            switch claim.kind {
            case .ratio, .verdict:
                if let pair = nearestPair, distance(pair, claim) <= 12 {
                    claim.actual = pair.actual
                    claim.actualUnit = pair.actualUnit
                    claim.target = pair.target
                    claim.targetUnit = pair.targetUnit
                    claim.targetRange = pair.targetRange
                    claim.ownFigures = true
                }
                if claim.kind == .ratio, let excess = claim.excessWritten, claim.actual?.isPercent == true, claim.ambiguity == nil {
                    if claim.amountFirst {
                        // "(tốc độ tăng đạt 10,7%) tăng 0,5% so với kế hoạch": 0,5 points over the plan's
                        // rate, or 0,5% of it; the page does not say.
                        claim.kind = .difference
                        claim.statedPercent = nil
                        if let value = claim.valueTokenIndex, value < claim.tokenRange.lowerBound {
                            claim.text = sentence.text(value, claim.tokenRange.upperBound)
                        }
                        claim.difference = VietnameseNumber(value: excess.value, fractionDigits: excess.fractionDigits, isPercent: true)
                        claim.stated = .exceeded
                        resolve(&claim)
                        linked[index] = claim
                        continue
                    }
                    claim.ambiguity = "“\(claim.text)” nói về một tỷ lệ (%): có thể là vượt \(excess.formatted.dropLast()) điểm phần trăm hoặc bằng \(claim.statedPercent?.formatted ?? "") kế hoạch"
                    claim.statedPercent = nil
                }
                if claim.kind == .ratio, claim.stated == nil, !progress, let percent = claim.statedPercent {
                    claim.stated = percent.value > 100 ? .exceeded : percent.value == 100 ? .met : .missed
                }
            case .difference:
                resolve(&claim)
            case .pair:
                claim.ownFigures = true
                let verdicts = claims.filter { $0.kind == .verdict && distance($0, claim) <= 12 }
                claim.stated = verdicts.min { distance($0, claim) < distance($1, claim) }?.stated ?? claim.stated
                // "5.200/5.000 tỷ đồng, bằng 104% kế hoạch": the pair is checked by the ratio said of it.
                let ratios = claims.filter { $0.kind == .ratio && $0.statedPercent != nil && $0.ambiguity == nil && distance($0, claim) <= 12 }
                if let ratio = ratios.min(by: { distance($0, claim) < distance($1, claim) }) {
                    claim.statedPercent = ratio.statedPercent
                    claim.approximate = claim.approximate || ratio.approximate
                }
            case .count:
                break
            }
            linked[index] = claim
        }
        return linked
    }

    /// "hết năm 2024, ước thu hút 4.160 nghìn lượt khách, đạt 102,5% kế hoạch": in a report on the
    /// first half "và ước thực hiện năm", a sentence about the whole year judges the plan.
    static func speaksOfTheWholeYear(_ sentence: ProseSentence) -> Bool {
        (0..<sentence.count).contains { index in
            if sentence.match(anyOf: ["hết năm", "cả năm", "ước năm", "thực hiện năm", "dự ước", "ước thực hiện"], at: index) != nil { return true }
            guard sentence.word(index) == "năm", let year = sentence.number(index + 1) else { return false }
            return year.fractionDigits == 0 && (1990...2100).contains(year.value)
        }
    }

    /// "vượt 80 USD so với kế hoạch" → target = value − 80. A difference in % is in points when
    /// the value is a rate; over a level it is a ratio ("vượt dự toán 12%" = 112% of it).
    static func resolve(_ claim: inout Claim) {
        guard let difference = claim.difference else { return }
        let inPercent = difference.isPercent && !claim.differenceInPoints
        // The plan's figure printed beside it: checked, not derived.
        if claim.explicitTarget {
            claim.ownFigures = claim.actual != nil
            return
        }
        // "vượt mục tiêu đề ra 6,7%" of 6,81%: the set plan's figure, not a margin of 6,7 points
        // (a plan of 0,11%); "vượt dự toán giao 5.000 tỷ đồng" of 5.200 likewise. A figure far
        // below the value stays a margin ("vượt kế hoạch giao 80 tỷ đồng" of 5.080).
        if claim.planParticiple, let actual = claim.actual, actual.isPercent == difference.isPercent, actual.value > 0 {
            let amount = abs(difference.value)
            if amount >= actual.value / 2, amount <= actual.value * 2 {
                claim.kind = .pair
                claim.target = VietnameseNumber(value: amount, fractionDigits: difference.fractionDigits, isPercent: difference.isPercent)
                claim.difference = nil
                claim.ownFigures = true
                return
            }
        }
        // "Quý IV tăng 7,65%. Mức tăng trưởng năm nay vượt mục tiêu đề ra 6,7%": without the value,
        // 6,7% may be the plan or the margin.
        if claim.planParticiple, claim.actual == nil, inPercent {
            claim.ambiguity = "“\(claim.text)”: \(VietnameseNumber(value: abs(difference.value), fractionDigits: difference.fractionDigits).formatted)% có thể là chính mục tiêu hoặc mức vượt (điểm phần trăm); câu không nêu giá trị thực hiện"
            return
        }
        if inPercent, let actual = claim.actual, actual.isPercent, let reason = ambiguity(of: claim, actual: actual, difference: difference) {
            claim.ambiguity = reason
            return
        }
        if inPercent, let actual = claim.actual, !actual.isPercent {
            claim.kind = .ratio
            claim.statedPercent = VietnameseNumber(value: 100 + difference.value, fractionDigits: difference.fractionDigits, isPercent: true)
            claim.difference = nil
            return
        }
        if inPercent, claim.actual == nil, claim.amountFirst {
            claim.kind = .ratio
            claim.statedPercent = VietnameseNumber(value: 100 + difference.value, fractionDigits: difference.fractionDigits, isPercent: true)
            claim.difference = nil
            return
        }
        guard let actual = claim.actual, actual.isPercent == (difference.isPercent || claim.differenceInPoints) else { return }
        let digits = max(actual.fractionDigits, difference.fractionDigits)
        claim.target = VietnameseNumber(value: actual.value - difference.value, fractionDigits: digits, isPercent: actual.isPercent)
        claim.ownFigures = true
    }

    /// A difference in % said of a rate with no plan figure beside it. "tăng 0,5% so với kế
    /// hoạch" may be 0,5 points or 0,5% of the plan; "vượt kế hoạch 1,34%" (of 1,55%) may even
    /// give the plan itself. "vượt mục tiêu 0,35%" of 25,35% is read as points: a plan of 0,35% or
    /// 25,26% is not what a person reads there.
    static func ambiguity(of claim: Claim, actual: VietnameseNumber, difference: VietnameseNumber) -> String? {
        let amount = abs(difference.value)
        let points = VietnameseNumber.format(amount, fractionDigits: difference.fractionDigits)
        if claim.amountFirst {
            let relative = actual.value / (1 + difference.value / 100)
            return "“\(claim.text)” nói về một tỷ lệ (\(actual.formatted)): có thể là \(points) điểm phần trăm (kế hoạch \(VietnameseNumber.format(actual.value - difference.value, fractionDigits: max(actual.fractionDigits, difference.fractionDigits)))%) hoặc \(points)% của kế hoạch (kế hoạch \(VietnameseNumber.format(relative, fractionDigits: 2))%)"
        }
        guard amount >= actual.value / 2, amount < actual.value else { return nil }
        return "“\(claim.text)”: \(points)% có thể là chính kế hoạch (\(actual.formatted) so với kế hoạch \(points)%) hoặc mức vượt kế hoạch (\(points) điểm phần trăm)"
    }

    /// "trong đó" stands between the two claims: what follows it speaks of a part.
    private static func separatedByParts(_ lhs: Claim, _ rhs: Claim, in sentence: ProseSentence) -> Bool {
        guard !lhs.tokenRange.overlaps(rhs.tokenRange) else { return false }
        let between = min(lhs.tokenRange.upperBound, rhs.tokenRange.upperBound)..<max(lhs.tokenRange.lowerBound, rhs.tokenRange.lowerBound)
        return between.contains { sentence.match("trong đó", at: $0) != nil }
    }

    private static func distance(_ lhs: Claim, _ rhs: Claim) -> Int {
        if lhs.tokenRange.overlaps(rhs.tokenRange) { return 0 }
        return lhs.tokenRange.lowerBound < rhs.tokenRange.lowerBound
            ? rhs.tokenRange.lowerBound - lhs.tokenRange.upperBound
            : lhs.tokenRange.lowerBound - rhs.tokenRange.upperBound
    }
}
