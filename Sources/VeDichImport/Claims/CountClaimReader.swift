import VeDichCore

/// Reads a count of indicators by verdict from one sentence: "hoàn thành 16/20 chỉ tiêu, trong
/// đó 5 vượt"; "19 chỉ tiêu đạt (trong đó 8 vượt), 2 không đạt" (nested: Đạt includes Vượt);
/// "6 vượt, 9 đạt, 2 chưa đạt" (disjoint); "Trong 17 chỉ tiêu, 12 đạt và vượt, 3 không đạt, 2
/// chưa có số liệu"; a named list after a count ("3 chỉ tiêu không đạt: A, B, C") is counted too.
struct CountClaimReader {
    struct Item {
        var category: ClaimVocabulary.CountCategory?
        var count: Int
        var outOf: Int?
        var nested: Bool
        /// Says "chỉ tiêu": a count of its own, not a part of the one before.
        var named = false
        var start: Int
        var end: Int
        /// Where the count itself ends, before a list of names: claims inside the list ("(đạt
        /// khoảng 2% so với kế hoạch là 6,8%)") are still read.
        var countEnd: Int
        /// The names listed after the count, when the text lists them.
        var listed: [String]?
        /// "8 chỉ tiêu khác": the rest of a count the sentence before began.
        var others = false

        init(category: ClaimVocabulary.CountCategory?, count: Int, outOf: Int?, nested: Bool, start: Int, end: Int) {
            self.category = category
            self.count = count
            self.outOf = outOf
            self.nested = nested
            self.start = start
            self.end = end
            self.countEnd = end
        }
    }

    let sentence: ProseSentence
    /// The sentence goes on a count of the sentence before it ("… đạt và vượt 15/18 chỉ tiêu.
    /// Trong đó, vượt 5 chỉ tiêu …"): its counts are parts of that one.
    var continuing = false

    init(sentence: ProseSentence, continuing: Bool = false) {
        self.sentence = sentence
        self.continuing = continuing
    }

    /// "Trong đó, …", "Trong số đó …" at the start of a sentence: a part of what the sentence
    /// before counted.
    static func startsWithPart(_ sentence: ProseSentence) -> Bool {
        sentence.match("trong đó", at: 0) != nil || sentence.match("trong số đó", at: 0) != nil
    }

    /// "(có) 02 chỉ tiêu không đạt" at the start of a clause: after "…14/16 chỉ tiêu đạt và vượt
    /// kế hoạch đề ra;" it is the rest of that count, written after a semicolon.
    static func startsWithBareCount(_ sentence: ProseSentence) -> Bool {
        var position = 0
        while position < 2, let word = sentence.word(position), ["có", "còn", "và", "chỉ"].contains(word) { position += 1 }
        if let (_, end) = SpelledNumber.read(sentence, at: position) { return sentence.match("chỉ tiêu", at: end) != nil }
        guard let number = sentence.number(position), !number.isPercent, number.fractionDigits == 0, sentence.mark(position + 1) != "/" else { return false }
        return sentence.match("chỉ tiêu", at: position + 1) != nil
    }

    /// "Năm 2023 có 20 chỉ tiêu chủ yếu.", "Nghị quyết HĐND tỉnh đề ra 26 chỉ tiêu.": a sentence that
    /// states only how many indicators there are, the total of the count a later sentence of the
    /// paragraph makes ("… đạt và vượt 16 chỉ tiêu, 4 chỉ tiêu không đạt"). One such number only.
    static func statedTotal(_ sentence: ProseSentence) -> (count: Int, start: Int, end: Int)? {
        var found: (count: Int, start: Int, end: Int)?
        for index in 0..<sentence.count {
            guard let number = sentence.number(index), !number.isPercent, number.fractionDigits == 0, number.value > 0, number.value < 1000,
                  sentence.mark(index - 1) != "/", sentence.mark(index + 1) != "/", let end = sentence.match("chỉ tiêu", at: index + 1),
                  Self.totalVerbs.contains(where: { sentence.matchBackwards($0, endingAt: index) != nil }) else { continue }
            guard found == nil else { return nil }
            found = (Int(number.value), sentence.phraseStart(before: index), end)
        }
        return found
    }

    private static let totalVerbs = ["có", "gồm", "gồm có", "đề ra", "giao", "đặt ra", "xác định", "với", "tổng số", "tổng cộng", "thực hiện"]

    /// The claims and the token ranges they cover; none when the sentence counts no indicators.
    /// Each count that names its indicators ("10/26 chỉ tiêu đạt kế hoạch, 03/26 chỉ tiêu không
    /// đạt") is a claim of its own; a bare count ("2 không đạt") or a nested one ("trong đó 8
    /// vượt") belongs to the one before it, a total ("Trong 17 chỉ tiêu,") to the one after it.
    func read() -> [(claim: Claim, range: Range<Int>)] {
        guard hasWholeNumber() else { return [] }
        let items = allItems()
        var categorised = 0
        for item in items where item.category != nil { categorised += 1 }
        // Without "chỉ tiêu", only a list of counts by verdict ("6 vượt, 9 đạt, 2 chưa đạt") is one.
        let speaksOfIndicators = (0..<sentence.count).contains { sentence.match("chỉ tiêu", at: $0) != nil }
        guard speaksOfIndicators || continuing ? categorised > 0 : categorised >= 2 else { return [] }
        var claims: [(claim: Claim, range: Range<Int>)] = []
        // A sentence that goes on the count before is one part of it, whatever it names.
        for group in continuing ? [items] : Self.groups(items) {
            if let claim = claim(for: group) { claims.append(claim) }
        }
        return claims
    }

    private func hasWholeNumber() -> Bool {
        for (index, token) in sentence.tokens.enumerated() {
            if let number = token.number, !number.isPercent, number.fractionDigits == 0 { return true }
            if let word = token.word, SpelledNumber.firstWords.contains(word), SpelledNumber.read(sentence, at: index) != nil { return true }
        }
        return false
    }

    private func allItems() -> [Item] {
        var items: [Item] = []
        var index = 0
        while index < sentence.count {
            let token = sentence.tokens[index]
            let mayStart = token.number != nil || token.mark == "(" || token.word.map { SpelledNumber.firstWords.contains($0) } == true
                || token.word != nil && ClaimVocabulary.countStarts.contains(token.key)
            guard mayStart, var found = item(at: index, after: items.last) else {
                index += 1
                continue
            }
            found.countEnd = found.end
            // "trong đó có 15 chỉ tiêu vượt KH, 9 chỉ tiêu đạt KH": the parts after a nested part
            // are nested too, under a verdict ("19 chỉ tiêu đạt, trong đó …"); under a bare total
            // ("27 chỉ tiêu, trong đó 14 vượt, 12 đạt, 1 không đạt") they are side by side.
            if let last = items.last, last.nested, !found.nested, found.category == .exceeded || found.category == .met,
               items.contains(where: { $0.category != nil && !$0.nested }) {
                found.nested = true
                found.named = false
            }
            if let names = list(after: found.end) {
                found.listed = names.names
                found.end = names.end
            }
            items.append(found)
            index = found.end
        }
        return items
    }

    /// A count that names its indicators out of a total of its own ("đạt và vượt 15/18 chỉ tiêu, có
    /// 03/18 chỉ tiêu không đạt") starts a new claim once the current one has a verdict; one without
    /// ("13 chỉ tiêu đạt, vượt và 1 chỉ tiêu không đạt") is the next part of the same count.
    private static func groups(_ items: [Item]) -> [[Item]] {
        var groups: [[Item]] = []
        var current: [Item] = []
        var currentHasVerdict = false
        for item in items {
            if item.category != nil, item.named, !item.nested, item.outOf != nil, currentHasVerdict {
                groups.append(current)
                current = []
                currentHasVerdict = false
            }
            current.append(item)
            if item.category != nil { currentHasVerdict = true }
        }
        if currentHasVerdict { groups.append(current) }
        return groups
    }

    private func claim(for group: [Item]) -> (claim: Claim, range: Range<Int>)? {
        guard let first = group.first, let last = group.last else { return nil }
        var claim = Claim(kind: .count, text: sentence.text(first.start, last.end), location: sentence.paragraph.location)
        claim.counts = Self.counts(group)
        var mismatches: [String] = []
        for item in group {
            if claim.leadText == nil, item.category != nil { claim.leadText = sentence.text(item.start, item.end) }
            guard let listed = item.listed, listed.count != item.count, let category = item.category else { continue }
            mismatches.append("\(item.count) chỉ tiêu \(Self.label(category)) nhưng kể tên \(listed.count): \(listed.joined(separator: "; "))")
        }
        claim.listMismatches = mismatches
        claim.continuesCount = continuing || first.others
        return (claim, first.start..<last.countEnd)
    }

    /// One count at `index`: "N[/M] [nhóm] chỉ tiêu [a few words] category", "category
    /// [toàn bộ] N[/M] chỉ tiêu", "N category", or a total "trong (tổng số) N chỉ tiêu".
    private func item(at index: Int, after previous: Item?) -> Item? {
        // "trong đó (có) 5 vượt", "(trong đó 8 vượt)": a part of the count before it.
        if let end = sentence.match("trong đó", at: index) {
            var position = sentence.mark(end) == ":" || sentence.mark(end) == "," ? end + 1 : end
            if sentence.word(position) == "có" { position += 1 }
            return item(at: position, after: nil).map {
                var item = $0
                item.nested = previous != nil
                item.named = false
                item.start = index
                return item
            }
        }
        if sentence.mark(index) == "(", previous != nil, let inner = item(at: index + 1, after: nil), inner.category != nil {
            var item = inner
            item.nested = true
            item.named = false
            item.start = index
            if sentence.mark(item.end) == ")" { item.end += 1 }
            return item
        }
        // "category [toàn bộ] N[/M] chỉ tiêu"
        if let (category, afterPhrase) = self.category(at: index) {
            var position = afterPhrase
            // "đạt và vượt kế hoạch 24/25 chỉ tiêu": the plan named between the verdict and the count.
            if let after = sentence.match(anyOf: ["kế hoạch", "kh"], at: position)?.end, whole(at: after) != nil { position = after }
            let all = sentence.match(anyOf: ["toàn bộ", "tất cả"], at: position) != nil
            if let after = sentence.match(anyOf: ["toàn bộ", "tất cả", "cả", "được", "mức", "các"], at: position)?.end { position = after }
            if let (count, outOf, afterNumber) = whole(at: position), let end = indicatorsNoun(at: afterNumber) ?? bareInContinuation(afterNumber) {
                var item = Item(category: category, count: count, outOf: outOf ?? (all ? count : nil), nested: false, start: index, end: end)
                item.named = end > afterNumber
                return item
            }
        }
        // "N[/M] [chỉ tiêu [a few words]] category"
        guard let (count, outOf, afterNumber) = whole(at: index) else { return nil }
        var position = afterNumber
        let named = indicatorsNoun(at: position)
        if let named { position = named }
        let categoryAt = named == nil ? (category(at: position) == nil ? nil : position) : categoryAfterNoun(from: position)
        if let categoryAt, let (category, end) = category(at: categoryAt) {
            // "Toàn bộ 33 chỉ tiêu … đều hoàn thành": all of them, so 33 is the total too.
            let all = sentence.matchBackwards("toàn bộ", endingAt: index) != nil || sentence.matchBackwards("tất cả", endingAt: index) != nil
            var item = Item(category: category, count: count, outOf: outOf ?? (all ? count : nil), nested: false, start: index, end: end)
            item.named = named != nil
            item.others = named.map { sentence.word($0) == "khác" } ?? false
            return item
        }
        // "trong 17 chỉ tiêu", "tổng số 21 chỉ tiêu", "đề ra 26 chỉ tiêu": the total.
        guard let named else { return nil }
        let totalWords = ["trong tổng số", "tổng số", "trong số", "trong", "trên tổng số", "đề ra", "giao", "thực hiện", "với"]
        if totalWords.contains(where: { sentence.matchBackwards($0, endingAt: index) != nil }) || previous == nil && outOf == nil
            && (sentence.mark(named) == "," || sentence.mark(named) == ":" || sentence.match("trong đó", at: named) != nil) {
            return Item(category: nil, count: count, outOf: nil, nested: false, start: index, end: named)
        }
        return nil
    }

    /// "chỉ tiêu", "nhóm chỉ tiêu": the index after it. "chi tiêu" (spending) is taken for the
    /// common typo only in a sentence that says "chỉ tiêu" elsewhere ("27 chi tiêu …, có 14 chi
    /// tiêu vượt kế hoạch, 12 chỉ tiêu đạt kế hoạch").
    private func indicatorsNoun(at index: Int) -> Int? {
        if let end = sentence.match("chỉ tiêu", at: index) ?? sentence.match("nhóm chỉ tiêu", at: index) { return end }
        guard let end = sentence.match("chi tiêu", at: index), speaksOfIndicators else { return nil }
        return end
    }

    private var speaksOfIndicators: Bool {
        (0..<sentence.count).contains { sentence.match("chỉ tiêu", at: $0) != nil }
    }

    /// "Trong đó vượt 5, …" after a count: the noun is understood.
    private func bareInContinuation(_ index: Int) -> Int? {
        continuing ? index : nil
    }

    /// The verdict a count names at `index`: a phrase of the vocabulary, or "đạt, vượt" (the
    /// comma standing for "và": "13 chỉ tiêu đạt, vượt và 1 chỉ tiêu không đạt").
    private func category(at index: Int) -> (ClaimVocabulary.CountCategory, Int)? {
        guard let (phrase, end) = sentence.match(anyOf: ClaimVocabulary.countCategoryPhrases, at: index),
              let category = ClaimVocabulary.countCategories.first(where: { $0.phrase == phrase })?.category else { return nil }
        if phrase == "đạt", sentence.mark(end) == ",", sentence.word(end + 1) == "vượt" { return (.metOrExceeded, end + 2) }
        return (category, end)
    }

    /// The verdict after "N chỉ tiêu" and a few words saying which ("chỉ tiêu phát triển kinh tế -
    /// xã hội năm 2022 đạt và vượt", "chỉ tiêu khác đều đạt"): within 14 tokens of words, dashes
    /// and the year, never past a comma or another figure.
    private func categoryAfterNoun(from index: Int) -> Int? {
        var position = index
        while position < min(sentence.count, index + 14) {
            if category(at: position) != nil { return position }
            if sentence.word(position) != nil || sentence.mark(position).map({ "–-".contains($0) }) == true {
                position += 1
            } else if let year = sentence.number(position), year.fractionDigits == 0, !year.isPercent, (1990...2100).contains(year.value),
                      sentence.word(position - 1) == "năm" {
                position += 1
            } else {
                return nil
            }
        }
        return nil
    }

    /// A whole number of indicators ("5", "05", "16/20"), not a percentage nor a decimal.
    private func whole(at index: Int) -> (Int, Int?, Int)? {
        // "hai chỉ tiêu", "mười lăm chỉ tiêu": only right before the noun.
        if let (value, end) = SpelledNumber.read(sentence, at: index), indicatorsNoun(at: end) != nil { return (value, nil, end) }
        guard let number = sentence.number(index), !number.isPercent, number.fractionDigits == 0,
              number.value >= 0, number.value < 1000, sentence.mark(index - 1) != "/" else { return nil }
        if sentence.mark(index + 1) == "/" {
            guard let total = sentence.number(index + 2), !total.isPercent, total.fractionDigits == 0,
                  total.value >= number.value, sentence.mark(index + 3) != "/" else { return nil }
            return (Int(number.value), Int(total.value), index + 3)
        }
        return (Int(number.value), nil, index + 1)
    }

    /// The names listed after a count: "(A, B và C)" or ": A, B, C" up to the next count or the
    /// end of the sentence. Nil when what follows is not a list of at least two names.
    private func list(after index: Int) -> (names: [String], end: Int)? {
        // "(A, B và C)", ": A, B, C", "là A, B và C", "gồm: A, B", "đó là A; …".
        var opener = sentence.mark(index)
        var first = index + 1
        var colon = opener == ":"
        if opener == nil, let after = sentence.match(anyOf: ["gồm có", "bao gồm", "gồm", "đó là", "là"], at: index)?.end,
           sentence.match(anyOf: ["do", "vì", "bởi", "nhờ"], at: after) == nil {
            opener = ":"
            colon = sentence.mark(after) == ":"
            first = colon ? after + 1 : after
        }
        guard opener == "(" || opener == ":" else { return nil }
        var names: [String] = []
        var nameStart = first
        var position = first
        var depth = 0
        func close(_ end: Int) {
            let text = sentence.text(nameStart, end).trimmed
            if !text.isEmpty { names.append(text) }
            nameStart = end + 1
        }
        while position < sentence.count {
            let mark = sentence.mark(position)
            if depth == 0, opener == "(", mark == ")" { break }
            if opener == ":", depth == 0, sentence.number(position) != nil, item(at: position, after: nil) != nil { break }
            if sentence.match("trong đó", at: position) != nil { return nil }
            // A name's own brackets ("tăng trưởng GDP (đạt khoảng 2% …)") are part of it.
            if mark == "(" { depth += 1 } else if mark == ")", depth > 0 { depth -= 1 }
            if depth == 0, mark == "," || sentence.word(position) == "và" { close(position) }
            position += 1
        }
        // Items that hold commas of their own, separated by semicolons ("Doanh thu … 1.763 tỷ
        // đồng/1.922 tỷ đồng, đạt 91,72%NQ; Tỷ lệ dân số …"), run on past this sentence: how many
        // names the list holds is not known here, so it is not counted. A list of bare names
        // ending a bullet with ";" ("gồm: A, B, C;") is whole, and counted.
        if position >= sentence.count, sentence.terminator?.mark == ";", (first..<position).contains(where: { sentence.number($0) != nil }) { return nil }
        close(position)
        // "có 2 chỉ tiêu không đạt là: tỷ lệ hộ nghèo.": one short name after a colon, ending the
        // sentence, is a list too (shorter than its count); a longer phrase is an explanation.
        let oneName = names.count == 1 && colon && position >= sentence.count && Self.wordsOutsideBrackets(names[0]) <= 8
            && !names[0].lowercased().split(separator: " ").contains(where: { ["do", "vì", "bởi", "nhờ", "nguyên", "nhưng", "đã", "đang", "được"].contains($0) })
            && !(first..<position).contains(where: { sentence.number($0) != nil })
        guard names.count >= 2 || oneName, names.allSatisfy({ Self.wordsOutsideBrackets($0) <= 14 }) else { return nil }
        return (names, opener == "(" && sentence.mark(index) == "(" ? min(position + 1, sentence.count) : position)
    }

    /// The words of a listed name, its bracketed note left out.
    private static func wordsOutsideBrackets(_ name: String) -> Int {
        var depth = 0
        var outside = ""
        for character in name {
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) } else if depth == 0 { outside.append(character) }
        }
        return outside.split(separator: " ").count
    }

    /// Puts the items together: a Vượt nested in an Đạt makes that Đạt "Đạt and Vượt"; Vượt and
    /// Đạt side by side are disjoint and add up.
    static func counts(_ items: [Item]) -> ClaimCounts {
        var counts = ClaimCounts()
        var topMet: Int?
        var topExceeded: Int?
        var parent: ClaimVocabulary.CountCategory?
        for item in items {
            counts.total = counts.total ?? item.outOf
            guard let category = item.category else {
                counts.total = counts.total ?? item.count
                continue
            }
            if item.nested, let parent {
                switch (parent, category) {
                case (.met, .exceeded):
                    counts.metOrExceeded = topMet
                    topMet = nil
                    counts.exceeded = item.count
                case (.met, .met):
                    counts.metOrExceeded = counts.metOrExceeded ?? topMet
                    topMet = nil
                    counts.met = item.count
                case (.metOrExceeded, .exceeded): counts.exceeded = item.count
                case (.metOrExceeded, .met): counts.met = item.count
                default: break
                }
                continue
            }
            parent = category
            switch category {
            case .metOrExceeded: counts.metOrExceeded = item.count
            case .exceeded: topExceeded = item.count
            case .met: topMet = item.count
            case .missed: counts.missed = item.count
            case .noData: counts.noData = item.count
            }
        }
        switch (topMet, topExceeded) {
        case let (met?, exceeded?):
            counts.exceeded = exceeded
            // "Toàn bộ 33 chỉ tiêu đều hoàn thành, có 25 chỉ tiêu vượt": when Đạt alone makes up the
            // total, Vượt is a part of it; otherwise the two are side by side ("6 vượt, 9 đạt").
            let rest = (counts.missed ?? 0) + (counts.noData ?? 0)
            if let total = counts.total, met + rest == total, met + exceeded + rest != total, exceeded <= met {
                counts.metOrExceeded = counts.metOrExceeded ?? met
            } else {
                counts.met = met
                counts.metOrExceeded = counts.metOrExceeded ?? met + exceeded
            }
        case let (met?, nil):
            // "20 chỉ tiêu đạt và vượt, 3 chỉ tiêu ước đạt, 2 chỉ tiêu không đạt" of 25: side by side.
            if let metOrExceeded = counts.metOrExceeded, let total = counts.total,
               metOrExceeded + met + (counts.missed ?? 0) + (counts.noData ?? 0) == total {
                counts.met = met
                counts.metOrExceeded = metOrExceeded + met
            }
            counts.metOrExceeded = counts.metOrExceeded ?? met
        case let (nil, exceeded?): counts.exceeded = exceeded
        case (nil, nil): break
        }
        return counts
    }

    static func label(_ category: ClaimVocabulary.CountCategory) -> String {
        switch category {
        case .metOrExceeded: "đạt và vượt"
        case .exceeded: "vượt"
        case .met: "đạt"
        case .missed: "không đạt"
        case .noData: "chưa có số liệu"
        }
    }
}
