extension Figure {
    /// Reads a target or a value. Prose forms are understood: `đạt 7,5 - 8%`, `chiếm 21 - 22%`,
    /// `khoảng 40 - 41`, `trên 2.000`, `dưới 3%`, `từ 5% trở lên`, `tối thiểu 98`, `không quá 3`,
    /// `còn 2,02%`; so are comparisons `≥5`, `>=5`, `>3`, `<3`, `≤ 2`, and a trailing unit.
    public static func parse(_ text: some StringProtocol) throws(FigureParseError) -> Figure {
        var scanner = FigureScanner(text: String(text))
        return try scanner.scan()
    }
}

/// Words that may stand before a figure, longest first so that `không quá` wins over shorter ones.
private enum LeadingWord {
    case neutral
    case comparison(Figure.Form)
    case from
    case remaining

    static let all: [(phrase: String, meaning: LeadingWord)] = [
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
}

private struct FigureScanner {
    let text: String
    let characters: [Character]
    var position = 0

    init(text: String) {
        self.text = text
        self.characters = Array(text)
    }

    mutating func scan() throws(FigureParseError) -> Figure {
        skipBlanks()
        guard position < characters.count else { throw .empty }

        var comparison: Figure.Form?
        var saysFrom = false
        var saysRemaining = false
        while let meaning = consumeLeadingWord() {
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
        if peek() == "%" {
            isPercent = true
            position += 1
            skipBlanks()
        }
        if consume(phrase: "trở lên") {
            comparison = .atLeast
        } else if consume(phrase: "trở xuống") {
            comparison = .atMost
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
        return Figure(
            text: text,
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

    mutating func skipBlanks() {
        while position < characters.count, characters[position].isWhitespace { position += 1 }
    }

    func peek(_ offset: Int = 0) -> Character? {
        let index = position + offset
        return index < characters.count ? characters[index] : nil
    }

    /// Matches `phrase` case-insensitively at the current position, as a whole word.
    mutating func consume(phrase: String) -> Bool {
        let wanted = Array(phrase)
        guard position + wanted.count <= characters.count else { return false }
        for (offset, character) in wanted.enumerated()
        where characters[position + offset].lowercased() != String(character) {
            return false
        }
        if let next = peek(wanted.count), next.isLetter { return false }
        position += wanted.count
        skipBlanks()
        return true
    }

    mutating func consumeLeadingWord() -> LeadingWord? {
        for (phrase, meaning) in LeadingWord.all where consume(phrase: phrase) { return meaning }
        return nil
    }

    mutating func consumeComparisonSymbol() -> Figure.Form? {
        let symbols: [(String, Figure.Form)] = [
            (">=", .atLeast), ("=>", .atLeast), ("<=", .atMost), ("=<", .atMost),
            ("≥", .atLeast), ("≤", .atMost), (">", .greaterThan), ("<", .lessThan),
        ]
        for (symbol, form) in symbols {
            let wanted = Array(symbol)
            if position + wanted.count <= characters.count,
               Array(characters[position..<position + wanted.count]) == wanted {
                position += wanted.count
                skipBlanks()
                return form
            }
        }
        if peek() == "=" {
            position += 1
            skipBlanks()
        }
        return nil
    }

    func startsNumber() -> Bool {
        guard let character = peek() else { return false }
        if character.isASCII, character.isNumber || character == "(" { return true }
        if Sign(character) != nil, let next = peek(1), next.isASCII, next.isNumber || next == "(" { return true }
        return false
    }

    /// A range separator between two numbers: a dash of any kind, `đến`, `tới` or `÷`.
    mutating func consumeRangeSeparator() -> Bool {
        skipBlanks()
        guard let character = peek() else { return false }
        if ["-", "–", "—", "−", "÷"].contains(character) {
            position += 1
            skipBlanks()
            return true
        }
        return consume(phrase: "đến") || consume(phrase: "tới")
    }

    mutating func scanNumber() throws(FigureParseError) -> VietnameseNumber {
        guard startsNumber() else { throw .missingNumber(text: text, offset: position) }
        let start = position
        if peek() == "(" {
            while let character = peek(), character != ")" { position += 1 }
            if peek() == ")" { position += 1 }
        } else {
            if let character = peek(), Sign(character) != nil { position += 1 }
            while let character = peek(), character.isASCII, character.isNumber || character == "." || character == "," {
                position += 1
            }
        }
        // A sentence may end right after the number (`… 9.000.`): a number never ends in a separator.
        var end = position
        while end > start + 1, characters[end - 1] == "." || characters[end - 1] == "," { end -= 1 }
        position = end
        if peek() == "%" { position += 1 }
        let token = String(characters[start..<position])
        do {
            return try VietnameseNumber.parse(token)
        } catch {
            throw .malformedNumber(text: text, offset: start, cause: error)
        }
    }

    /// What is left after the figure: a unit in words, or nothing. Digits there mean it is not a unit.
    mutating func scanUnit() throws(FigureParseError) -> String? {
        skipBlanks()
        var end = characters.count
        while end > position, characters[end - 1].isWhitespace || [".", ";", ","].contains(characters[end - 1]) {
            end -= 1
        }
        guard position < end else { return nil }
        let fragment = String(characters[position..<end])
        if fragment.contains(where: { $0.isNumber || "<>≥≤=%".contains($0) }) {
            throw .unexpectedText(text: text, offset: position, fragment: fragment)
        }
        return fragment
    }
}
