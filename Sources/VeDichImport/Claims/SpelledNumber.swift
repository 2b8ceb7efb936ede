/// A small whole number written in words, as counts of indicators often are: "hai chỉ tiêu",
/// "mười lăm chỉ tiêu", "hai mươi mốt chỉ tiêu" (1 to 99). The readers take one only right
/// before "chỉ tiêu": "năm" alone is far more often a year than five.
enum SpelledNumber {
    private static let units: [String: Int] = [
        "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
    ]
    /// Unit words as they read after "mươi" or "mười": "hai mươi mốt", "mười lăm", "ba mươi tư".
    private static let trailingUnits: [String: Int] = units.merging(["mốt": 1, "tư": 4, "lăm": 5, "nhăm": 5]) { first, _ in first }

    /// The first words a spelled number can start with.
    static let firstWords: Set<String> = Set(units.keys).union(["mười"])

    /// The number spelled from `index`, and the index after it.
    static func read(_ sentence: ProseSentence, at index: Int) -> (value: Int, end: Int)? {
        guard let first = sentence.word(index), firstWords.contains(first) else { return nil }
        if first == "mười" {
            if let unit = sentence.word(index + 1).flatMap({ trailingUnits[$0] }), unit != 1 || sentence.word(index + 1) == "một" {
                return (10 + unit, index + 2)
            }
            return (10, index + 1)
        }
        guard let tens = units[first] else { return nil }
        if sentence.word(index + 1) == "mươi" {
            if let unit = sentence.word(index + 2).flatMap({ trailingUnits[$0] }) { return (tens * 10 + unit, index + 3) }
            return (tens * 10, index + 2)
        }
        return (tens, index + 1)
    }
}
