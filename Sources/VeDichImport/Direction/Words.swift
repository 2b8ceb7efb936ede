/// A text as a list of normalised words, for matching whole words and phrases. "Thực hiện năm
/// trước" holds the word "trước", not "ước"; searching substrings confused the two.
///
/// Normalising: lower case; old and new tone placement read alike ("hoá" = "hóa", "thuỷ" =
/// "thủy"); a few spellings offices use interchangeably read alike ("tỉ" = "tỷ", "sỹ" = "sĩ",
/// "lí" = "lý"); every run of letters or digits is a word, "%" is a word of its own, anything
/// else separates words ("N-1" is "n 1", "(GRDP)" is "grdp").
public struct Words: Sendable, Hashable, CustomStringConvertible {
    public private(set) var words: [String]

    public init(_ text: some StringProtocol, droppingParentheses: Bool = false) {
        var words: [String] = []
        var current = ""
        var depth = 0
        func flush() {
            guard !current.isEmpty else { return }
            words.append(Self.canonical(current))
            current = ""
        }
        for character in text.lowercased() {
            if droppingParentheses, character == "(" || character == ")" {
                flush()
                depth = max(0, depth + (character == "(" ? 1 : -1))
                continue
            }
            if depth > 0 { continue }
            if character.isLetter || character.isNumber {
                current.append(character)
            } else {
                flush()
                if character == "%" { words.append("%") }
            }
        }
        flush()
        self.words = words
    }

    public var isEmpty: Bool { words.isEmpty }
    public var count: Int { words.count }
    public var description: String { words.joined(separator: " ") }

    /// Whether `phrase` occurs as consecutive whole words.
    public func contains(_ phrase: Words) -> Bool {
        guard !phrase.isEmpty, phrase.count <= count else { return phrase.isEmpty }
        for start in 0...(count - phrase.count) where words[start] == phrase.words[0] {
            if words[start..<(start + phrase.count)].elementsEqual(phrase.words) { return true }
        }
        return false
    }

    public func hasPrefix(_ phrase: Words) -> Bool {
        phrase.count <= count && words.prefix(phrase.count).elementsEqual(phrase.words)
    }

    public func hasSuffix(_ phrase: Words) -> Bool {
        phrase.count <= count && words.suffix(phrase.count).elementsEqual(phrase.words)
    }

    public func contains(_ phrase: String) -> Bool { contains(Words(phrase)) }
    public func hasPrefix(_ phrase: String) -> Bool { hasPrefix(Words(phrase)) }
    public func hasSuffix(_ phrase: String) -> Bool { hasSuffix(Words(phrase)) }
    public func equals(_ phrase: String) -> Bool { self == Words(phrase) }

    // MARK: Spelling

    /// Old-style tone marks on the second vowel of "oa", "oe", "uy" at the end of a syllable
    /// ("hoá", "thuỷ") moved to where the new style puts them ("hóa", "thủy"); "hoàn" is the same
    /// in both styles and stays.
    private static let tonePlacement: [String: String] = {
        var table: [String: String] = [:]
        let pairs: [(String, [(Character, Character)])] = [
            ("o", [("à", "ò"), ("á", "ó"), ("ả", "ỏ"), ("ã", "õ"), ("ạ", "ọ")]),
            ("u", [("ỳ", "ù"), ("ý", "ú"), ("ỷ", "ủ"), ("ỹ", "ũ"), ("ỵ", "ụ")]),
        ]
        for (first, marks) in pairs {
            for (old, new) in marks {
                let plain: Character = first == "o" ? (["à", "á", "ả", "ã", "ạ"].contains(old) ? "a" : "e") : "y"
                table[first + String(old)] = String(new) + String(plain)
            }
        }
        // "oè" etc.: the same for "oe".
        for (old, new) in [("è", "ò"), ("é", "ó"), ("ẻ", "ỏ"), ("ẽ", "õ"), ("ẹ", "ọ")] as [(Character, Character)] {
            table["o" + String(old)] = String(new) + "e"
        }
        return table
    }()

    private static let variants: [String: String] = ["tỉ": "tỷ", "sỹ": "sĩ", "lí": "lý", "kĩ": "kỹ", "mĩ": "mỹ", "qui": "quy"]

    private static func canonical(_ word: String) -> String {
        if let variant = variants[word] { return variant }
        guard word.count >= 2 else { return word }
        let tail = String(word.suffix(2))
        if let moved = tonePlacement[tail] { return String(word.dropLast(2)) + moved }
        return word
    }
}
