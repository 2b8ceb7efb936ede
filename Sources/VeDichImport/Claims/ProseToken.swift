import VeDichCore

/// One token of a sentence, with where it stands in the paragraph: a word (lower case), a
/// number as Vietnamese documents write it (`5.422,93`, `118,2%`), or one punctuation mark.
/// Claims are read from tokens, not with `Regex`: a report has hundreds of long paragraphs and
/// the readers look at every one.
struct ProseToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case word(String)
        case number(VietnameseNumber)
        case mark(Character)
    }

    var kind: Kind
    var range: Range<String.Index>
    /// The word's bytes folded to a number (FNV-1a), so phrase matching, which runs for every
    /// token with every phrase of the vocabulary, compares integers, not Unicode strings.
    var key: UInt64 = 0

    var word: String? {
        if case .word(let word) = kind { return word }
        return nil
    }

    var number: VietnameseNumber? {
        if case .number(let number) = kind { return number }
        return nil
    }

    var mark: Character? {
        if case .mark(let mark) = kind { return mark }
        return nil
    }

    /// Tokens of `text`. A number is a digit, then digits, dots and commas ending in a digit,
    /// then an optional `%` (also after one space: "118,2 %"). A token that does not parse as a
    /// number (`9,15,0`) is left out: NarrativeChecker reports it as malformed.
    /// Walks Unicode scalars, not Characters: grapheme breaking and Character properties cost
    /// more than the rest of claim reading. A combining mark (text in decomposed form) stays in
    /// its word.
    static func tokens(of text: String) -> [ProseToken] {
        var tokens: [ProseToken] = []
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if isLetter(scalar) {
                var end = scalars.index(after: index)
                var upper = changesWhenLowercased(scalar)
                while end < scalars.endIndex, isLetter(scalars[end]) || isCombining(scalars[end]) {
                    if !upper, changesWhenLowercased(scalars[end]) { upper = true }
                    end = scalars.index(after: end)
                }
                // Most words are written in lower case already: copying is cheaper than lowercasing.
                let written = text[index..<end]
                let word = upper ? written.lowercased() : String(written)
                tokens.append(ProseToken(kind: .word(word), range: index..<end, key: Self.key(word.utf8)))
                index = end
            } else if scalar.isASCII, isDigit(scalar) {
                var end = scalars.index(after: index)
                var lastDigitEnd = end
                // "400 000 ha": thousands set apart by spaces, read as one number (written "400.000").
                var groups: [Range<String.Index>] = []
                if let grouped = spacedThousands(scalars, from: index, after: tokens.last) {
                    groups = grouped.groups
                    end = grouped.end
                    lastDigitEnd = end
                }
                while end < scalars.endIndex, isDigit(scalars[end]) || scalars[end] == "." || scalars[end] == "," {
                    if isDigit(scalars[end]) { lastDigitEnd = scalars.index(after: end) }
                    end = scalars.index(after: end)
                }
                var numberEnd = lastDigitEnd
                var spaced = false
                if numberEnd < scalars.endIndex, scalars[numberEnd] == "%" {
                    numberEnd = scalars.index(after: numberEnd)
                } else if numberEnd < scalars.endIndex, scalars[numberEnd] == " ",
                          let next = scalars.index(numberEnd, offsetBy: 1, limitedBy: scalars.endIndex), next < scalars.endIndex, scalars[next] == "%" {
                    numberEnd = scalars.index(after: next)
                    spaced = true
                }
                var written = spaced ? String(text[index..<lastDigitEnd]) + "%" : String(text[index..<numberEnd])
                if let last = groups.last {
                    written = groups.map { String(text[$0]) }.joined(separator: ".") + String(text[last.upperBound..<(spaced ? lastDigitEnd : numberEnd)])
                        + (spaced ? "%" : "")
                }
                if let number = try? VietnameseNumber.parse(written) {
                    tokens.append(ProseToken(kind: .number(number), range: index..<numberEnd))
                }
                index = numberEnd
            } else {
                let after = scalars.index(after: index)
                if !scalar.properties.isWhitespace {
                    tokens.append(ProseToken(kind: .mark(Character(scalar)), range: index..<after))
                }
                index = after
            }
        }
        return tokens
    }

    /// "400 000", "1 250 000,5": one to three digits, then groups of exactly three set apart by one
    /// space (or a no-break space), as some offices and most copied tables write thousands. Not
    /// after a word that counts days, months or items ("tháng 10 100 lao động"), nor after a
    /// number or a mark that joins numbers ("12/400 000").
    private static let spacedGroupBlockers: Set<String> = ["tháng", "ngày", "quý", "năm", "thứ", "số", "khoản", "điều", "mục", "điểm", "lần"]

    private static func spacedThousands(_ scalars: String.UnicodeScalarView, from start: String.Index,
                                        after previous: ProseToken?) -> (groups: [Range<String.Index>], end: String.Index)? {
        if let previous {
            if previous.number != nil || previous.mark.map({ "/.,-–".contains($0) }) == true { return nil }
            if let word = previous.word, spacedGroupBlockers.contains(word) { return nil }
        }
        var end = start
        var digits = 0
        while end < scalars.endIndex, isDigit(scalars[end]) {
            digits += 1
            end = scalars.index(after: end)
        }
        guard (1...3).contains(digits) else { return nil }
        var groups = [start..<end]
        while end < scalars.endIndex, [0x20, 0xA0, 0x202F].contains(scalars[end].value) {
            var position = scalars.index(after: end)
            let groupStart = position
            var count = 0
            while position < scalars.endIndex, isDigit(scalars[position]), count < 4 {
                count += 1
                position = scalars.index(after: position)
            }
            guard count == 3 else { break }
            groups.append(groupStart..<position)
            end = position
        }
        return groups.count > 1 ? (groups, end) : nil
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    /// ASCII and the Latin blocks Vietnamese is written in are decided without a property look-up.
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x61 && value <= 0x7A || value >= 0x41 && value <= 0x5A }
        if value >= 0xC0 && value <= 0x24F { return value != 0xD7 && value != 0xF7 }
        if value >= 0x1E00 && value <= 0x1EFF { return true }
        return scalar.properties.isAlphabetic
    }

    private static func isCombining(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x300 && scalar.value <= 0x36F
    }

    /// Upper-case letters of ASCII and of the Vietnamese blocks without a property look-up (in
    /// Latin Extended Additional the upper case is the even code point); others asked.
    private static func changesWhenLowercased(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        if value >= 0xC0 && value <= 0xDE { return value != 0xD7 }
        if value >= 0xDF && value <= 0xFF { return false }
        if value >= 0x1EA0 && value <= 0x1EFF { return value % 2 == 0 }
        return scalar.properties.changesWhenLowercased
    }

    /// FNV-1a over the bytes of one word.
    static func key(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
