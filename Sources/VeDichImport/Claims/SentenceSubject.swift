import VeDichCore

/// What a claim inside a sentence speaks of: the indicator the sentence names before its figures
/// ("Tổng thu ngân sách nhà nước trên địa bàn ước đạt 8.302,2 tỷ đồng, đạt 110,9% dự toán") and
/// the level figure the claim is about (8.302,2).
struct SentenceSubject {
    var name: String?
    var nameWords: Words
    /// The last level figure before the claim: not a percentage of plan, not a year, not a footnote mark.
    var value: VietnameseNumber?
    /// The unit written after that figure ("tỷ đồng", "ha"), or nil.
    var unit: String?
    /// Where that figure stands in the sentence.
    var valueIndex: Int?

    /// Words that start the figures of a phrase, not the indicator's name.
    static let verbs: Set<String> = ["đạt", "ước", "tăng", "giảm", "là", "chiếm", "bằng", "vượt", "còn", "có", "được",
                                     "thực", "khoảng", "trên", "dưới", "gần", "hơn", "so", "cao", "thấp", "hoàn", "không", "chưa"]
    /// A phrase that starts with these says when, not what: "hết năm", "tính đến", "lũy kế".
    /// "kế hoạch giao 500 tỷ đồng", "so với kế hoạch", "theo kế hoạch" name the plan, not the indicator.
    static let timeStarts: Set<String> = ["hết", "tính", "đến", "lũy", "luỹ", "từ", "tháng", "quý", "góp", "dự", "sau", "trước", "với", "nhờ",
                                          "kế", "so", "theo", "cùng"]
    static let trailingWords: Set<String> = ["năm", "tháng", "quý", "trong", "đến", "hết", "cả", "đầu", "toàn", "tỉnh", "chỉ", "đều", "cũng", "đã", "vẫn", "đang"]
    static let leadingWords: Set<String> = ["trong", "đó", "riêng", "về", "còn", "và", "với", "đối", "tổng", "các", "cả", "năm", "song", "nhưng"]

    init(_ sentence: ProseSentence, before index: Int) {
        // The name: the latest comma-separated phrase before `index` that starts with words.
        var nameRange: Range<Int>?
        var segmentEnd = index
        var position = index - 1
        while position >= -1, nameRange == nil {
            if position == -1 || sentence.mark(position) == "," || sentence.mark(position) == "(" || sentence.mark(position) == ":" {
                var start = position + 1
                while start < segmentEnd, let mark = sentence.mark(start), "-+*•".contains(mark) { start += 1 }
                var end = start
                while end < segmentEnd, let word = sentence.word(end), !Self.verbs.contains(word) || Self.isPartOfName(word, at: end, in: sentence) {
                    end += 1
                }
                if end - start >= 2, !Self.timeStarts.contains(sentence.word(start) ?? "") { nameRange = start..<end }
                segmentEnd = position
            }
            position -= 1
        }
        if let range = nameRange {
            var start = range.lowerBound
            while start < range.upperBound - 1, let word = sentence.word(start), Self.leadingWords.contains(word), word != "tổng" { start += 1 }
            var end = range.upperBound
            while end > start + 2, let word = sentence.word(end - 1), Self.trailingWords.contains(word) { end -= 1 }
            name = sentence.text(start, end)
            nameWords = Words(name ?? "")
        } else {
            nameWords = Words("")
        }
        // The value: the nearest number before the claim that is a level.
        // A figure after "tăng"/"giảm" is a growth; it is the level only when nothing else is
        // ("Tốc độ tăng trưởng tăng 7,2%, đạt kế hoạch").
        var valueIndex: Int?
        var growthIndex: Int?
        var cursor = index - 1
        while cursor >= (nameRange?.lowerBound ?? 0) {
            if let number = sentence.number(cursor), Self.isLevel(number, at: cursor, in: sentence), !Self.ofAnotherPeriod(cursor, in: sentence) {
                let previous = sentence.word(cursor - 1) ?? ""
                if previous == "tăng" || previous == "giảm" {
                    growthIndex = growthIndex ?? cursor
                } else {
                    valueIndex = cursor
                    break
                }
            }
            cursor -= 1
        }
        valueIndex = valueIndex ?? growthIndex
        if let valueIndex, let number = sentence.number(valueIndex) {
            value = number
            self.valueIndex = valueIndex
            var end = valueIndex + 1
            while end < index, end - valueIndex <= 3, let word = sentence.word(end), !Self.verbs.contains(word) { end += 1 }
            let written = sentence.text(valueIndex + 1, end)
            unit = written.isEmpty ? nil : written
        }
    }

    /// "Tốc độ tăng tổng sản phẩm", "Tỷ lệ giảm nghèo", "Tổng …": words that start figures
    /// elsewhere but here name the indicator.
    static func isPartOfName(_ word: String, at index: Int, in sentence: ProseSentence) -> Bool {
        if word == "tổng", index == 0 || sentence.word(index - 1) == nil { return true }
        if word == "đạt", sentence.word(index + 1) == "chuẩn" || sentence.word(index + 1) == "bộ" { return true }
        // "Sản lượng lương thực", "cây lương thực".
        if word == "thực", sentence.word(index - 1) == "lương" { return true }
        guard word == "tăng" || word == "giảm" else { return false }
        return ["độ", "lệ", "mức"].contains(sentence.word(index - 1) ?? "") || sentence.word(index + 1) == "trưởng"
    }

    /// Words that name another period than the one the plan is for: a figure said of it is a
    /// comparison ("cao hơn năm 2022 (6,5%)", "(năm 2016 tăng 0,72%)", "cùng kỳ năm trước đạt
    /// 6,5%"), never the value set against the plan.
    static let otherPeriods = ["cùng kỳ", "năm trước", "năm ngoái", "kỳ trước", "năm liền kề"]

    static func ofAnotherPeriod(_ index: Int, in sentence: ProseSentence) -> Bool {
        // A year is another period when the sentence names a later one ("năm 2023 đạt 7,2%, cao hơn
        // năm 2022 (6,5%)"); a sentence naming one year speaks of it.
        func namesPeriod(at position: Int) -> Bool {
            if sentence.match(anyOf: otherPeriods, at: position) != nil { return true }
            guard let year = year(at: position, in: sentence) else { return false }
            return (0..<sentence.count).contains { (Self.year(at: $0, in: sentence) ?? 0) > year }
        }
        // The phrase holding the figure: back to a comma, a bracket or the sentence's start.
        var start = index
        while start > 0, sentence.mark(start - 1) == nil || sentence.mark(start - 1) == "%" { start -= 1 }
        if sentence.mark(start - 1) == "(" {
            // "(năm 2016 tăng 0,72%)", "(cùng kỳ 6,5%)"; "cao hơn năm 2022 (6,5%)", "so cùng kỳ (6,5%)".
            if namesPeriod(at: start) { return true }
            return (max(0, start - 4)..<(start - 1)).contains { namesPeriod(at: $0) }
        }
        // "cùng kỳ năm trước đạt 6,5%": a year alone is the sentence's own ("năm 2023 đạt 7,2%").
        return (start..<index).contains { sentence.match(anyOf: otherPeriods, at: $0) != nil }
    }

    /// "năm 2022" at `position`: the year.
    static func year(at position: Int, in sentence: ProseSentence) -> Double? {
        guard sentence.word(position) == "năm", let year = sentence.number(position + 1), year.fractionDigits == 0, !year.isPercent,
              (1990...2100).contains(year.value) else { return nil }
        return year.value
    }

    /// A number a sentence gives as an indicator's level: not a year ("năm 2024"), not a
    /// footnote mark ("[3]"), not part of a date or a document number ("11/6/2024"), not a % of plan.
    static func isLevel(_ number: VietnameseNumber, at index: Int, in sentence: ProseSentence) -> Bool {
        if sentence.mark(index - 1) == "[" || sentence.mark(index + 1) == "]" { return false }
        if sentence.mark(index - 1) == "/" || sentence.mark(index + 1) == "/" { return false }
        if number.fractionDigits == 0, !number.isPercent, (1990...2100).contains(number.value),
           ["năm", "đến", "từ", "giai", "đoạn"].contains(sentence.word(index - 1) ?? "") || sentence.word(index + 1) == nil || sentence.mark(index + 1) == "," || sentence.mark(index - 1) == "-" {
            return false
        }
        if ["tháng", "quý", "số", "ngày"].contains(sentence.word(index - 1) ?? "") { return false }
        if ["tháng", "quý", "năm"].contains(sentence.word(index + 1) ?? "") { return false }
        if number.isPercent, sentence.match(anyOf: ClaimVocabulary.planBases, at: index + 1) != nil
            || sentence.match("so với", at: index + 1).map({ sentence.match(anyOf: ClaimVocabulary.planBases, at: $0) != nil }) == true { return false }
        return true
    }
}
