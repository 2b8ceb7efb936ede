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
        /// The names listed after the count, when the text lists them.
        var listed: [String]?
    }

    let sentence: ProseSentence

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
        guard speaksOfIndicators ? categorised > 0 : categorised >= 2 else { return [] }
        var claims: [(claim: Claim, range: Range<Int>)] = []
        for group in Self.groups(items) {
            if let claim = claim(for: group) { claims.append(claim) }
        }
        return claims
    }

    private func hasWholeNumber() -> Bool {
        for token in sentence.tokens {
            if let number = token.number, !number.isPercent, number.fractionDigits == 0 { return true }
        }
        return false
    }

    private func allItems() -> [Item] {
        var items: [Item] = []
        var index = 0
        while index < sentence.count {
            let token = sentence.tokens[index]
            let mayStart = token.number != nil || token.mark == "(" || token.word != nil && ClaimVocabulary.countStarts.contains(token.key)
            guard mayStart, var found = item(at: index, after: items.last) else {
                index += 1
                continue
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

    /// A count that names its indicators starts a new claim once the current one has a verdict.
    private static func groups(_ items: [Item]) -> [[Item]] {
        var groups: [[Item]] = []
        var current: [Item] = []
        var currentHasVerdict = false
        for item in items {
            if item.category != nil, item.named, !item.nested, currentHasVerdict {
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
        return (claim, first.start..<last.end)
    }

    /// One count at `index`: "N[/M] [nhóm] chỉ tiêu [a few words] category", "category
    /// [toàn bộ] N[/M] chỉ tiêu", "N category", or a total "trong (tổng số) N chỉ tiêu".
    private func item(at index: Int, after previous: Item?) -> Item? {
        // "trong đó (có) 5 vượt", "(trong đó 8 vượt)": a part of the count before it.
        if let end = sentence.match("trong đó", at: index) {
            var position = sentence.mark(end) == ":" ? end + 1 : end
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
        if let (phrase, afterPhrase) = sentence.match(anyOf: ClaimVocabulary.countCategoryPhrases, at: index) {
            var position = afterPhrase
            if let after = sentence.match(anyOf: ["toàn bộ", "cả", "được", "mức", "các"], at: position)?.end { position = after }
            if let (count, outOf, afterNumber) = whole(at: position), let end = indicatorsNoun(at: afterNumber) {
                let category = ClaimVocabulary.countCategories.first { $0.phrase == phrase }?.category
                var item = Item(category: category, count: count, outOf: outOf, nested: false, start: index, end: end)
                item.named = true
                return item
            }
        }
        // "N[/M] [chỉ tiêu [a few words]] category"
        guard let (count, outOf, afterNumber) = whole(at: index) else { return nil }
        var position = afterNumber
        let named = indicatorsNoun(at: position)
        if let named { position = named }
        let categoryAt = named == nil ? (sentence.match(anyOf: ClaimVocabulary.countCategoryPhrases, at: position) == nil ? nil : position)
            : (position..<min(sentence.count, position + 9)).lazy.prefix { sentence.word($0) != nil || sentence.mark($0).map { "–-".contains($0) } == true }
                .first { sentence.match(anyOf: ClaimVocabulary.countCategoryPhrases, at: $0) != nil }
        if let categoryAt, let (phrase, end) = sentence.match(anyOf: ClaimVocabulary.countCategoryPhrases, at: categoryAt) {
            let category = ClaimVocabulary.countCategories.first { $0.phrase == phrase }?.category
            var item = Item(category: category, count: count, outOf: outOf, nested: false, start: index, end: end)
            item.named = named != nil
            return item
        }
        // "trong 17 chỉ tiêu", "tổng số 21 chỉ tiêu", "đề ra 26 chỉ tiêu": the total.
        guard let named else { return nil }
        let totalWords = ["trong tổng số", "tổng số", "trong", "trên tổng số", "đề ra", "giao", "thực hiện", "với"]
        if totalWords.contains(where: { sentence.matchBackwards($0, endingAt: index) != nil }) || previous == nil && outOf == nil
            && (sentence.mark(named) == "," || sentence.mark(named) == ":" || sentence.match("trong đó", at: named) != nil) {
            return Item(category: nil, count: count, outOf: nil, nested: false, start: index, end: named)
        }
        return nil
    }

    /// "chỉ tiêu", "nhóm chỉ tiêu": the index after it.
    private func indicatorsNoun(at index: Int) -> Int? {
        sentence.match("chỉ tiêu", at: index) ?? sentence.match("nhóm chỉ tiêu", at: index)
    }

    /// A whole number of indicators ("5", "05", "16/20"), not a percentage nor a decimal.
    private func whole(at index: Int) -> (Int, Int?, Int)? {
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
        let opener = sentence.mark(index)
        guard opener == "(" || opener == ":" else { return nil }
        var names: [String] = []
        var nameStart = index + 1
        var position = index + 1
        func close(_ end: Int) {
            let text = sentence.text(nameStart, end).trimmed
            if !text.isEmpty { names.append(text) }
            nameStart = end + 1
        }
        while position < sentence.count {
            if opener == "(", sentence.mark(position) == ")" { break }
            if opener == ":", sentence.number(position) != nil, item(at: position, after: nil) != nil { break }
            if sentence.match("trong đó", at: position) != nil { return nil }
            if sentence.mark(position) == "," || sentence.word(position) == "và" { close(position) }
            position += 1
        }
        close(position)
        guard names.count >= 2, names.allSatisfy({ $0.split(separator: " ").count <= 14 }) else { return nil }
        return (names, opener == "(" ? min(position + 1, sentence.count) : position)
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
            counts.met = met
            counts.exceeded = exceeded
            counts.metOrExceeded = counts.metOrExceeded ?? met + exceeded
        case let (met?, nil): counts.metOrExceeded = counts.metOrExceeded ?? met
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
