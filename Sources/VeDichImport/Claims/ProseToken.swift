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
    static func tokens(of text: String) -> [ProseToken] {
        var tokens: [ProseToken] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isLetter {
                var end = text.index(after: index)
                while end < text.endIndex, text[end].isLetter { end = text.index(after: end) }
                // Most words are written in lower case already: copying is cheaper than lowercasing.
                let written = text[index..<end]
                let word = written.unicodeScalars.contains(where: \.properties.changesWhenLowercased) ? written.lowercased() : String(written)
                tokens.append(ProseToken(kind: .word(word), range: index..<end, key: Self.key(word.utf8)))
                index = end
            } else if character.isASCII, character.isNumber {
                var end = text.index(after: index)
                var lastDigitEnd = end
                while end < text.endIndex, text[end].isASCII, text[end].isNumber || text[end] == "." || text[end] == "," {
                    if text[end].isNumber { lastDigitEnd = text.index(after: end) }
                    end = text.index(after: end)
                }
                var numberEnd = lastDigitEnd
                if numberEnd < text.endIndex, text[numberEnd] == "%" {
                    numberEnd = text.index(after: numberEnd)
                } else if numberEnd < text.endIndex, text[numberEnd] == " ",
                          let next = text.index(numberEnd, offsetBy: 1, limitedBy: text.endIndex), next < text.endIndex, text[next] == "%" {
                    numberEnd = text.index(after: next)
                }
                let written = text[index..<numberEnd].replacingOccurrences(of: " ", with: "")
                if let number = try? VietnameseNumber.parse(written) {
                    tokens.append(ProseToken(kind: .number(number), range: index..<numberEnd))
                }
                index = numberEnd
            } else {
                if !character.isWhitespace {
                    tokens.append(ProseToken(kind: .mark(character), range: index..<text.index(after: index)))
                }
                index = text.index(after: index)
            }
        }
        return tokens
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
