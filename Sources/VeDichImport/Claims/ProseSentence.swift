import VeDichCore

/// A sentence of a paragraph (ended by ".", ";", "!" or "?"), as tokens, with the helpers the
/// claim readers share: phrase matching on whole words, spans back to the text as written.
struct ProseSentence: Sendable {
    var paragraph: Paragraph
    var tokens: [ProseToken]
    /// The mark that ended it (".", ";", "!", "?"), nil at the end of the paragraph.
    var terminator: ProseToken? = nil

    /// The sentences of a paragraph. A "." inside a number (`5.422,93`) is part of the number.
    static func sentences(of paragraph: Paragraph) -> [ProseSentence] {
        var sentences: [ProseSentence] = []
        var current: [ProseToken] = []
        for token in ProseToken.tokens(of: paragraph.text) {
            if let mark = token.mark, ".;!?".contains(mark) {
                if !current.isEmpty { sentences.append(ProseSentence(paragraph: paragraph, tokens: current, terminator: token)) }
                current = []
            } else {
                current.append(token)
            }
        }
        if !current.isEmpty { sentences.append(ProseSentence(paragraph: paragraph, tokens: current)) }
        return sentences
    }

    var count: Int { tokens.count }

    func word(_ index: Int) -> String? {
        index >= 0 && index < tokens.count ? tokens[index].word : nil
    }

    func number(_ index: Int) -> VietnameseNumber? {
        index >= 0 && index < tokens.count ? tokens[index].number : nil
    }

    func mark(_ index: Int) -> Character? {
        index >= 0 && index < tokens.count ? tokens[index].mark : nil
    }

    /// The index just after `phrase` (words separated by spaces) when it starts at `index`.
    /// Called for every token with every phrase of the vocabulary: it folds each word of the
    /// phrase as it goes and compares it with the token's key, allocating nothing.
    func match(_ phrase: String, at index: Int) -> Int? {
        var position = index
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        for byte in phrase.utf8 {
            if byte == UInt8(ascii: " ") {
                guard inWord else { continue }
                guard position < tokens.count, tokens[position].key == hash, tokens[position].word != nil else { return nil }
                position += 1
                hash = 0xcbf2_9ce4_8422_2325
                inWord = false
            } else {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
                inWord = true
            }
        }
        if inWord {
            guard position < tokens.count, tokens[position].key == hash, tokens[position].word != nil else { return nil }
            position += 1
        }
        return position
    }

    /// The first of `phrases` that starts at `index` (list the longer ones first), with its end.
    func match(anyOf phrases: [String], at index: Int) -> (phrase: String, end: Int)? {
        for phrase in phrases {
            if let end = match(phrase, at: index) { return (phrase, end) }
        }
        return nil
    }

    /// The index just before `phrase` when it ends right before `index`.
    func matchBackwards(_ phrase: String, endingAt index: Int) -> Int? {
        let start = index - (phrase.utf8.filter { $0 == UInt8(ascii: " ") }.count + 1)
        guard start >= 0, match(phrase, at: start) != nil else { return nil }
        return start
    }

    /// The paragraph's text from token `start` through token `end - 1`, as written.
    func text(_ start: Int, _ end: Int) -> String {
        guard start < end, start >= 0, end <= tokens.count else { return "" }
        return String(paragraph.text[tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound])
    }

    /// The words (and numbers, as written) from `start` to `end`, for matching an indicator's name.
    func words(_ start: Int, _ end: Int) -> Words {
        Words(text(max(0, start), min(end, count)))
    }
}
