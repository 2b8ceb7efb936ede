extension Figure {
    /// Reads a target or a value. Prose forms are understood: `đạt 7,5 - 8%`, `chiếm 21 - 22%`,
    /// `khoảng 40 - 41`, `trên 2.000`, `dưới 3%`, `từ 5% trở lên`, `tối thiểu 98`, `không quá 3`,
    /// `còn 2,02%`; so are comparisons `≥5`, `>=5`, `>3`, `<3`, `≤ 2`, and a trailing unit.
    public static func parse(_ text: some StringProtocol) throws(FigureParseError) -> Figure {
        try parse(String(text))
    }

    /// The same for a `String`, read in place (the generic entry point converts first).
    public static func parse(_ text: String) throws(FigureParseError) -> Figure {
        // The scan hands back plain numbers and flags (`Scanned`), never the figure: a figure, with
        // its strings, returned out of the `withUTF8` closure was copied and destroyed through
        // value witnesses on every parse. The error leaves through a variable.
        var failure: FigureParseError?
        var bytes = text
        let scanned: Scanned? = bytes.withUTF8 { buffer in
            let utf8 = UTF8Text(bytes: buffer)
            if let plain = plainNumber(utf8) { return plain }
            var scanner = FigureScanner(utf8: utf8)
            do throws(FigureParseError) { return try scanner.scan() } catch {
                failure = error
                return nil
            }
        }
        guard let scanned else { throw failure ?? .empty }
        var unit: String?
        if let range = scanned.unit {
            // Rare (a unit written after the number): the same bytes, cut out of the text.
            let utf8 = text.utf8
            unit = String(text[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)])
        }
        return Figure(text: text, interval: scanned.interval, form: scanned.form, impliedDirection: scanned.impliedDirection,
                      fractionDigits: scanned.fractionDigits, isPercent: scanned.isPercent, unit: unit,
                      hasParenthesizedNumber: scanned.hasParenthesizedNumber)
    }
}

/// A figure written as a bare number (`12.345,6`, `-1,5`, `95%`), as most values are: read as the
/// number it is, with no scan for words. The scanner reads such a text the same way (the whole
/// text is its number); anything else, or a number that does not read, is left to the scanner.
private func plainNumber(_ utf8: UTF8Text) -> Scanned? {
    let count = utf8.count
    guard count > 0 else { return nil }
    var index = 0
    let first = utf8[0]
    if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") { index = 1 }
    // A digit first and last (or a % last): a sentence's closing dot is the scanner's to drop.
    guard index < count, UTF8Text.isDigit(utf8[index]) else { return nil }
    var last = count - 1
    if utf8[last] == UInt8(ascii: "%") { last -= 1 }
    guard last >= index, UTF8Text.isDigit(utf8[last]) else { return nil }
    while index <= last {
        let byte = utf8[index]
        guard UTF8Text.isDigit(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") else { return nil }
        index += 1
    }
    guard let number = try? VietnameseNumber.parse(utf8, 0..<count) else { return nil }
    return Scanned(interval: .point(number.value), form: .point, impliedDirection: nil, fractionDigits: number.fractionDigits,
                   isPercent: number.isPercent, unit: nil, hasParenthesizedNumber: false)
}

/// A figure as scanned, before its texts are attached: plain values only, so it is returned out
/// of the scan without reference counting.
private struct Scanned {
    var interval: Interval
    var form: Figure.Form
    var impliedDirection: Direction?
    var fractionDigits: Int
    var isPercent: Bool
    /// Where the unit's words lie in the text's UTF-8 bytes.
    var unit: Range<Int>?
    var hasParenthesizedNumber: Bool
}

/// Words that may stand before a figure, longest first so that `không quá` wins over shorter ones.
private enum LeadingWord {
    case neutral
    case comparison(Figure.Form)
    case from
    case remaining

    private static let written: [(String, LeadingWord)] = [
        ("không vượt quá", .comparison(.atMost)),
        ("không thấp hơn", .comparison(.atLeast)),
        ("không quá", .comparison(.atMost)),
        ("không dưới", .comparison(.atLeast)),
        ("tối thiểu", .comparison(.atLeast)),
        ("ít nhất", .comparison(.atLeast)),
        ("tối đa", .comparison(.atMost)),
        ("cao hơn", .comparison(.greaterThan)),
        ("thấp hơn", .comparison(.lessThan)),
        ("ước đạt", .neutral),
        ("đạt", .neutral),
        ("chiếm", .neutral),
        ("khoảng", .neutral),
        ("ước", .neutral),
        ("bằng", .neutral),
        ("trên", .comparison(.greaterThan)),
        ("dưới", .comparison(.lessThan)),
        ("từ", .from),
        ("còn", .remaining),
    ]

    static let all = LeadingWords(written.map { (Phrase($0.0), $0.1) })
}

/// The leading words in a buffer kept for the life of the program, with the first letter of each
/// beside it: a figure's first word is compared only with the phrases that start with its letter,
/// found without touching the phrases (iterating an array of them cost more than matching).
private struct LeadingWords: @unchecked Sendable {
    let words: UnsafeBufferPointer<(phrase: Phrase, meaning: LeadingWord)>
    let firsts: UnsafeBufferPointer<Unicode.Scalar>

    init(_ all: [(Phrase, LeadingWord)]) {
        let words = UnsafeMutableBufferPointer<(phrase: Phrase, meaning: LeadingWord)>.allocate(capacity: all.count)
        _ = words.initialize(from: all.map { (phrase: $0.0, meaning: $0.1) })
        let firsts = UnsafeMutableBufferPointer<Unicode.Scalar>.allocate(capacity: all.count)
        _ = firsts.initialize(from: all.map { $0.0.scalars[0] })
        self.words = UnsafeBufferPointer(words)
        self.firsts = UnsafeBufferPointer(firsts)
    }
}

/// A lower-case phrase as scalars, in a buffer made once and kept for the life of the program:
/// trying a phrase retains nothing (an array of scalars per phrase cost a reference count each
/// time one was tried, a tenth of a parse). Immutable after it is made, so shared freely.
private struct Phrase: @unchecked Sendable {
    let scalars: UnsafeBufferPointer<Unicode.Scalar>
    /// The same in UTF-8, compared byte by byte first: text written in lower case (most of it)
    /// matches without decoding a scalar.
    let bytes: UnsafeBufferPointer<UInt8>

    init(_ text: String) {
        let buffer = UnsafeMutableBufferPointer<Unicode.Scalar>.allocate(capacity: text.unicodeScalars.count)
        _ = buffer.initialize(from: text.unicodeScalars)
        scalars = UnsafeBufferPointer(buffer)
        let utf8 = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: text.utf8.count)
        _ = utf8.initialize(from: text.utf8)
        bytes = UnsafeBufferPointer(utf8)
    }

    var first: Unicode.Scalar? { scalars.first }
}

/// Walks the text's UTF-8 bytes (numbers and signs are ASCII; words are decoded scalar by
/// scalar only where one may stand). Error offsets are converted to characters when thrown.
private struct FigureScanner {
    let utf8: UTF8Text
    var position = 0

    init(utf8: UTF8Text) {
        self.utf8 = utf8
    }

    /// The whole text, for error messages only: made again from the bytes when one is thrown.
    var text: String { utf8.string(0..<utf8.count) }

    mutating func scan() throws(FigureParseError) -> Scanned {
        skipBlanks()
        guard position < utf8.count else { throw .empty }

        var comparison: Figure.Form?
        var saysFrom = false
        var saysRemaining = false
        while !startsNumber(), let meaning = consumeLeadingWord() {
            switch meaning {
            case .neutral: break
            case .comparison(let form): comparison = form
            case .from: saysFrom = true
            case .remaining: saysRemaining = true
            }
        }
        if let symbol = consumeComparisonSymbol() { comparison = symbol }

        let first = try scanNumber()
        var second: VietnameseNumber?
        let beforeSeparator = position
        if consumeRangeSeparator() {
            if startsNumber() {
                second = try scanNumber()
            } else {
                position = beforeSeparator
            }
        }
        skipBlanks()
        var isPercent = first.isPercent || (second?.isPercent ?? false)
        if position < utf8.count, utf8[position] == UInt8(ascii: "%") {
            isPercent = true
            position += 1
            skipBlanks()
        }
        // "trở lên" / "trở xuống" only where a "t" stands: most figures end here.
        if position < utf8.count, utf8[position] | 0x20 == UInt8(ascii: "t") {
            if consume(phrase: Self.orMore) {
                comparison = .atLeast
            } else if consume(phrase: Self.orLess) {
                comparison = .atMost
            }
        }
        if saysFrom, comparison == nil, second == nil { comparison = .atLeast }
        let unit = try scanUnit()

        let form: Figure.Form
        let interval: Interval
        if let second {
            guard comparison == nil else { throw .comparisonWithRange(text: text) }
            guard first.value <= second.value else { throw .reversedRange(text: text) }
            form = first.value == second.value ? .point : .range
            interval = .closed(first.value, second.value)
        } else {
            form = comparison ?? .point
            interval = switch form {
            case .atLeast: Interval(lower: Bound(first.value), upper: nil)
            case .greaterThan: Interval(lower: Bound(first.value, isInclusive: false), upper: nil)
            case .atMost: Interval(lower: nil, upper: Bound(first.value))
            case .lessThan: Interval(lower: nil, upper: Bound(first.value, isInclusive: false))
            case .point, .range: .point(first.value)
            }
        }
        let impliedDirection: Direction? = switch form {
        case .atLeast, .greaterThan: .higher
        case .atMost, .lessThan: .lower
        case .point, .range: saysRemaining ? .lower : nil
        }
        return Scanned(
            interval: interval,
            form: form,
            impliedDirection: impliedDirection,
            fractionDigits: max(first.fractionDigits, second?.fractionDigits ?? 0),
            isPercent: isPercent,
            unit: unit,
            hasParenthesizedNumber: first.isParenthesized || (second?.isParenthesized ?? false)
        )
    }

    // MARK: Pieces

    static let orMore = Phrase("trở lên")
    static let orLess = Phrase("trở xuống")
    static let to = Phrase("đến")
    static let until = Phrase("tới")

    mutating func skipBlanks() {
        while position < utf8.count {
            let length = utf8.blankLength(at: position)
            if length == 0 { return }
            position += length
        }
    }

    func characterOffset(_ index: Int) -> Int { utf8.characterOffset(of: index) }

    /// The scalar at `index` in lower case: ASCII by arithmetic, others by their property.
    func loweredScalar(at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let byte = utf8[index]
        if byte < 0x80 {
            let lowered = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
            return (Unicode.Scalar(lowered), 1)
        }
        let (scalar, length) = utf8.scalar(at: index)
        return (Self.lowercased(scalar), length)
    }

    /// Lower case for the letters Vietnamese writes, by their code-point pattern (no Unicode table
    /// lookup, which costs more than the rest of a parse); anything else by its property.
    static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        // ASCII by arithmetic: digits, blanks and signs reach here on every mismatch of a phrase.
        if value < 0x80 { return value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value + 0x20)) : scalar }
        let lowered: UInt32? = switch value {
        case 0xC0...0xDE where value != 0xD7: value + 0x20
        case 0xDF...0xFF: value
        case 0x100...0x137, 0x168...0x177, 0x1EA0...0x1EF9: value | 1
        case 0x1A0: 0x1A1
        case 0x1A1: 0x1A1
        case 0x1AF: 0x1B0
        case 0x1B0: 0x1B0
        default: nil
        }
        if let lowered, let result = Unicode.Scalar(lowered) { return result }
        return scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
    }

    func isLetter(at index: Int) -> Bool {
        guard index < utf8.count else { return false }
        let byte = utf8[index]
        if byte < 0x80 { return (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        let scalar = utf8.scalar(at: index).scalar
        // Vietnamese letters lie in Latin-1, Latin Extended-A/B and Latin Extended Additional.
        switch scalar.value {
        case 0xC0...0xFF where scalar.value != 0xD7 && scalar.value != 0xF7: return true
        case 0x100...0x24F, 0x1E00...0x1EFF: return true
        case 0x2000...0x2BFF: return false  // punctuation, arrows, maths (≥ ≤ − –)
        default: return scalar.properties.isAlphabetic
        }
    }

    /// Matches `phrase` (lower case) at the current position, as a whole word.
    mutating func consume(phrase: Phrase) -> Bool {
        guard position < utf8.count else { return false }
        // Byte by byte, ASCII letters in either case. Only a non-ASCII byte that differs (a
        // capital such as "Đ" or "Ô") needs the scalars compared; an ASCII one rules it out.
        var index = position
        for expected in phrase.bytes {
            guard index < utf8.count else { return false }
            let byte = utf8[index]
            if byte == expected || (byte | 0x20 == expected && expected >= 0x61 && expected <= 0x7A) {
                index += 1
                continue
            }
            if byte < 0x80 { return false }
            // A capital ("Đ", "Ô") compares again in lower case; a small letter that differs
            // ("ố" for "ừ", apart only in a later byte of the letter) rules it out as well.
            var start = index
            while start > position, utf8[start] & 0xC0 == 0x80 { start -= 1 }
            let scalar = utf8.scalar(at: start).scalar
            if Self.lowercased(scalar) == scalar { return false }
            return consume(scalarsOf: phrase)
        }
        if isLetter(at: index) { return false }
        position = index
        skipBlanks()
        return true
    }

    /// `consume(phrase:)` scalar by scalar, each in lower case.
    private mutating func consume(scalarsOf phrase: Phrase) -> Bool {
        var index = position
        for expected in phrase.scalars {
            guard index < utf8.count else { return false }
            let (scalar, length) = utf8.scalar(at: index)
            guard scalar == expected || Self.lowercased(scalar) == expected else { return false }
            index += length
        }
        if isLetter(at: index) { return false }
        position = index
        skipBlanks()
        return true
    }

    mutating func consumeLeadingWord() -> LeadingWord? {
        guard isLetter(at: position) else { return nil }
        let first = loweredScalar(at: position).scalar
        let all = LeadingWord.all
        for index in 0..<all.firsts.count where all.firsts[index] == first {
            if consume(phrase: all.words[index].phrase) { return all.words[index].meaning }
        }
        return nil
    }

    mutating func consumeComparisonSymbol() -> Figure.Form? {
        guard position < utf8.count else { return nil }
        let first = utf8[position]
        let second = position + 1 < utf8.count ? utf8[position + 1] : 0
        var form: Figure.Form?
        var width = 1
        switch (first, second) {
        case (UInt8(ascii: ">"), UInt8(ascii: "=")), (UInt8(ascii: "="), UInt8(ascii: ">")): form = .atLeast; width = 2
        case (UInt8(ascii: "<"), UInt8(ascii: "=")), (UInt8(ascii: "="), UInt8(ascii: "<")): form = .atMost; width = 2
        case (UInt8(ascii: ">"), _): form = .greaterThan
        case (UInt8(ascii: "<"), _): form = .lessThan
        case (UInt8(ascii: "="), _): form = nil
        default:
            guard first >= 0x80 else { return nil }
            let (scalar, length) = utf8.scalar(at: position)
            switch scalar {
            case "≥": form = .atLeast
            case "≤": form = .atMost
            default: return nil
            }
            width = length
        }
        position += width
        skipBlanks()
        return form
    }

    func startsNumber() -> Bool {
        guard position < utf8.count else { return false }
        let byte = utf8[position]
        if UTF8Text.isDigit(byte) || byte == UInt8(ascii: "(") { return true }
        let (scalar, length) = utf8.scalar(at: position)
        if Sign(scalar) != nil, position + length < utf8.count {
            let next = utf8[position + length]
            return UTF8Text.isDigit(next) || next == UInt8(ascii: "(")
        }
        return false
    }

    /// A range separator between two numbers: a dash of any kind, `đến`, `tới` or `÷`.
    mutating func consumeRangeSeparator() -> Bool {
        skipBlanks()
        guard position < utf8.count else { return false }
        if utf8[position] == UInt8(ascii: "-") {
            position += 1
            skipBlanks()
            return true
        }
        if utf8[position] >= 0x80 {
            let (scalar, length) = utf8.scalar(at: position)
            if scalar == "–" || scalar == "—" || scalar == "−" || scalar == "÷" {
                position += length
                skipBlanks()
                return true
            }
        }
        return consume(phrase: Self.to) || consume(phrase: Self.until)
    }

    mutating func scanNumber() throws(FigureParseError) -> VietnameseNumber {
        guard startsNumber() else { throw .missingNumber(text: text, offset: characterOffset(position)) }
        let start = position
        if utf8[position] == UInt8(ascii: "(") {
            while position < utf8.count, utf8[position] != UInt8(ascii: ")") { position += 1 }
            if position < utf8.count { position += 1 }
        } else {
            let (scalar, length) = utf8.scalar(at: position)
            if Sign(scalar) != nil { position += length }
            while position < utf8.count, UTF8Text.isDigit(utf8[position]) || utf8[position] == UInt8(ascii: ".") || utf8[position] == UInt8(ascii: ",") {
                position += 1
            }
        }
        // A sentence may end right after the number (`… 9.000.`): a number never ends in a separator.
        while position > start + 1, utf8[position - 1] == UInt8(ascii: ".") || utf8[position - 1] == UInt8(ascii: ",") { position -= 1 }
        if position < utf8.count, utf8[position] == UInt8(ascii: "%") { position += 1 }
        do {
            return try VietnameseNumber.parse(utf8, start..<position)
        } catch {
            throw .malformedNumber(text: text, offset: characterOffset(start), cause: error)
        }
    }

    /// What is left after the figure: a unit in words, or nothing. Digits there mean it is not a unit.
    mutating func scanUnit() throws(FigureParseError) -> Range<Int>? {
        skipBlanks()
        var end = utf8.count
        while end > position {
            let byte = utf8[end - 1]
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ",") {
                end -= 1
                continue
            }
            let blank = utf8.blankLength(before: end)
            if blank == 0 { break }
            end -= blank
        }
        guard position < end else { return nil }
        var fragment: String { utf8.string(position..<end) }
        // "điểm %" (percentage points) is the one unit written with a sign.
        let isPoints = fragment.lowercased().hasPrefix("điểm")
        var index = position
        while index < end {
            let byte = utf8[index]
            let (scalar, length) = byte < 0x80 ? (Unicode.Scalar(byte), 1) : utf8.scalar(at: index)
            if UTF8Text.isDigit(byte) || "<>≥≤=".unicodeScalars.contains(scalar) || (scalar == "%" && !isPoints) {
                throw .unexpectedText(text: text, offset: characterOffset(position), fragment: fragment)
            }
            index += length
        }
        return position..<end
    }
}
