import VeDichCore

/// The value a sentence speaks of when it names it again instead of writing it: "Tổng sản phẩm
/// trong nước (GDP) năm 2017 ước tính tăng 6,81% so với năm 2016, …. Mức tăng trưởng năm nay vượt
/// mục tiêu đề ra 6,7%". Only a rate named again ("mức tăng trưởng", "tốc độ tăng") with no figure
/// of its own takes the headline figure of the sentence just before, in the same paragraph: the
/// first growth or level that sentence states, never a quarter's or another period's.
enum EarlierValue {
    static let rateNames = ["tăng trưởng", "mức tăng", "tốc độ tăng"]

    static func find(for subject: SentenceSubject, in earlier: ArraySlice<ProseSentence>, percent: Bool) -> (number: VietnameseNumber, text: String)? {
        guard percent, subject.value == nil, let name = subject.name?.lowercased(), rateNames.contains(where: { name.contains($0) }),
              var first = earlier.indices.last, earlier[first].terminator?.mark == "." else { return nil }
        // The sentence before, whole: its clauses after ";" ("trong đó quý I tăng 5,15%; quý II …") are parts.
        while first > earlier.startIndex, earlier[first - 1].terminator?.mark == ";" { first -= 1 }
        let sentence = earlier[first]
        for index in 0..<sentence.count {
            guard let number = sentence.number(index), number.isPercent, ["tăng", "đạt"].contains(sentence.word(index - 1) ?? ""),
                  SentenceSubject.isLevel(number, at: index, in: sentence), !SentenceSubject.ofAnotherPeriod(index, in: sentence) else { continue }
            // "quý I tăng 5,15%", "6 tháng đầu năm tăng …": a part of the year, not the year.
            let phrase = sentence.phraseStart(before: index)
            if (phrase..<index).contains(where: { ["quý", "tháng"].contains(sentence.word($0) ?? "") }) { return nil }
            return (number, sentence.text(phrase, index + 1))
        }
        return nil
    }
}
