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

    static let all: [(phrase: [Unicode.Scalar], meaning: LeadingWord)] = written.map { (Array($0.0.unicodeScalars), $0.1) }
}

/// Walks the text as Unicode scalars (cheap to compare; offsets equal character offsets for the
/// precomposed NFC text documents carry).
private struct FigureScanner {
    let text: String
    let scalars: [Unicode.Scalar]
    /// `scalars` in lower case, for matching words; made on the first word, since most figures
    /// (`7 - 7,5`, `≥5`) have none.
    private var loweredScalars: [Unicode.Scalar]?
    var position = 0

    init(text: String) {
        self.text = text
        self.scalars = Array(text.unicodeScalars)
    }

    private mutating func lowered() -> [Unicode.Scalar] {
        if let loweredScalars { return loweredScalars }
        let made = scalars.map { scalar in
            if scalar.isASCII { return scalar.properties.isUppercase ? Unicode.Scalar(scalar.value + 32)! : scalar }
            return scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
        }
        loweredScalars = made
        return made
    }

    mutating func scan() throws(FigureParseError) -> Figure {
        skipBlanks()
        guard position < scalars.count else { throw .empty }

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
        if peek() == "%" {
            isPercent = true
            position += 1
            skipBlanks()
        }
        if consume(phrase: Self.orMore) {
            comparison = .atLeast
        } else if consume(phrase: Self.orLess) {
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

    static let orMore = Array("trở lên".unicodeScalars)
    static let orLess = Array("trở xuống".unicodeScalars)
    static let to = Array("đến".unicodeScalars)
    static let until = Array("tới".unicodeScalars)

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }

    mutating func skipBlanks() {
        while position < scalars.count, scalars[position].properties.isWhitespace { position += 1 }
    }

    func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let index = position + offset
        return index < scalars.count ? scalars[index] : nil
    }

    /// Matches `phrase` (lower case) at the current position, as a whole word.
    mutating func consume(phrase: [Unicode.Scalar]) -> Bool {
        guard position + phrase.count <= scalars.count, scalars[position].properties.isAlphabetic else { return false }
        let lowered = lowered()
        for offset in phrase.indices where lowered[position + offset] != phrase[offset] { return false }
        if let next = peek(phrase.count), next.properties.isAlphabetic { return false }
        position += phrase.count
        skipBlanks()
        return true
    }

    mutating func consumeLeadingWord() -> LeadingWord? {
        for (phrase, meaning) in LeadingWord.all where consume(phrase: phrase) { return meaning }
        return nil
    }

    mutating func consumeComparisonSymbol() -> Figure.Form? {
        guard let first = peek() else { return nil }
        let second = peek(1)
        var form: Figure.Form?
        var width = 1
        switch (first, second) {
        case (">", "="), ("=", ">"): form = .atLeast; width = 2
        case ("<", "="), ("=", "<"): form = .atMost; width = 2
        case ("≥", _): form = .atLeast
        case ("≤", _): form = .atMost
        case (">", _): form = .greaterThan
        case ("<", _): form = .lessThan
        case ("=", _): form = nil
        default: return nil
        }
        position += width
        skipBlanks()
        return form
    }

    func startsNumber() -> Bool {
        guard let scalar = peek() else { return false }
        if Self.isDigit(scalar) || scalar == "(" { return true }
        if Sign(scalar) != nil, let next = peek(1), Self.isDigit(next) || next == "(" { return true }
        return false
    }

    /// A range separator between two numbers: a dash of any kind, `đến`, `tới` or `÷`.
    mutating func consumeRangeSeparator() -> Bool {
        skipBlanks()
        guard let scalar = peek() else { return false }
        if scalar == "-" || scalar == "–" || scalar == "—" || scalar == "−" || scalar == "÷" {
            position += 1
            skipBlanks()
            return true
        }
        return consume(phrase: Self.to) || consume(phrase: Self.until)
    }

    mutating func scanNumber() throws(FigureParseError) -> VietnameseNumber {
        guard startsNumber() else { throw .missingNumber(text: text, offset: position) }
        let start = position
        if peek() == "(" {
            while let scalar = peek(), scalar != ")" { position += 1 }
            if peek() == ")" { position += 1 }
        } else {
            if let scalar = peek(), Sign(scalar) != nil { position += 1 }
            while let scalar = peek(), Self.isDigit(scalar) || scalar == "." || scalar == "," { position += 1 }
        }
        // A sentence may end right after the number (`… 9.000.`): a number never ends in a separator.
        while position > start + 1, scalars[position - 1] == "." || scalars[position - 1] == "," { position -= 1 }
        if peek() == "%" { position += 1 }
        do {
            return try VietnameseNumber.parse(scalars: scalars[start..<position])
        } catch {
            throw .malformedNumber(text: text, offset: start, cause: error)
        }
    }

    /// What is left after the figure: a unit in words, or nothing. Digits there mean it is not a unit.
    mutating func scanUnit() throws(FigureParseError) -> String? {
        skipBlanks()
        var end = scalars.count
        while end > position, scalars[end - 1].properties.isWhitespace || scalars[end - 1] == "." || scalars[end - 1] == ";" || scalars[end - 1] == "," {
            end -= 1
        }
        guard position < end else { return nil }
        var fragment = ""
        fragment.unicodeScalars.append(contentsOf: scalars[position..<end])
        // "điểm %" (percentage points) is the one unit written with a sign.
        let isPoints = fragment.lowercased().hasPrefix("điểm")
        if scalars[position..<end].contains(where: { Self.isDigit($0) || "<>≥≤=".unicodeScalars.contains($0) || ($0 == "%" && !isPoints) }) {
            throw .unexpectedText(text: text, offset: position, fragment: fragment)
        }
        return fragment
    }
}
