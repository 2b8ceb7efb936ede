/// A number as a Vietnamese document writes it: `.` groups thousands, `,` marks decimals.
///
/// `1.029,5` is 1029.5, `4.400` is 4400, `(-4,33)` is −4.33, `95%` is 95 marked as a percentage;
/// `(4,33)` without a sign is an error (`parenthesizedWithoutSign`).
/// The count of decimals written is kept, so `7,0` prints back as `7,0`.
public struct VietnameseNumber: Sendable, Hashable, Codable {
    public var value: Double
    /// Digits written after the decimal comma.
    public var fractionDigits: Int
    public var isPercent: Bool
    /// Written inside parentheses with a sign, as in `(-4,33)`: a style some offices use for negative numbers.
    public var isParenthesized: Bool

    public init(value: Double, fractionDigits: Int = 0, isPercent: Bool = false, isParenthesized: Bool = false) {
        self.value = value
        self.fractionDigits = fractionDigits
        self.isPercent = isPercent
        self.isParenthesized = isParenthesized
    }

    /// The number written back the way it was read (grouping and decimals), without parentheses.
    public var formatted: String {
        VietnameseNumber.format(value, fractionDigits: fractionDigits) + (isPercent ? "%" : "")
    }
}

extension VietnameseNumber {
    /// Reads one number. Surrounding blanks are ignored; anything else that is not part of the
    /// number is an error that names the character and where it stands.
    public static func parse(_ text: some StringProtocol) throws(NumberFormatError) -> VietnameseNumber {
        try parse(String(text))
    }

    /// The same for a `String`, read in place (the generic entry point converts first).
    public static func parse(_ text: String) throws(NumberFormatError) -> VietnameseNumber {
        try text.withUTF8Text { (utf8) throws(NumberFormatError) in try parse(utf8, 0..<utf8.count) }
    }

    /// Reads the number in `range` of `utf8`. UTF-8 bytes, not Characters: a number is ASCII plus
    /// a few signs, and bytes need no allocation. Error texts and character offsets are built only
    /// when an error is thrown.
    static func parse(_ utf8: UTF8Text, _ range: Range<Int>) throws(NumberFormatError) -> VietnameseNumber {
        let base = range.lowerBound
        var original: String { utf8.string(range) }
        func offset(_ index: Int) -> Int { utf8.characterOffset(of: index, from: base) }
        var start = range.lowerBound
        var end = range.upperBound
        func trim() { Self.trim(utf8, &start, &end) }
        trim()

        var isParenthesized = false
        if start < end, utf8[start] == UInt8(ascii: "("), utf8[end - 1] == UInt8(ascii: ")") {
            isParenthesized = true
            start += 1
            end -= 1
            trim()
        }
        var isPercent = false
        if start < end, utf8[end - 1] == UInt8(ascii: "%") {
            isPercent = true
            end -= 1
            trim()
        }
        var isNegative = false
        var hasSign = false
        // A digit first (most numbers): no sign to decode.
        if start < end, !UTF8Text.isDigit(utf8[start]) {
            let (scalar, length) = utf8.scalar(at: start)
            if let sign = Sign(scalar) {
                isNegative = sign == .minus
                hasSign = true
                start += length
                trim()
            }
        }

        var mantissa: UInt64 = 0
        var integerDigitCount = 0
        var fractionDigitCount = 0
        var seenDecimalMark = false
        var digitsSinceSeparator = 0
        var lastGroupSeparator: Int?
        var index = start
        while index < end {
            let byte = utf8[index]
            switch byte {
            case 0x30...0x39:
                mantissa = mantissa &* 10 &+ UInt64(byte - 0x30)
                if seenDecimalMark { fractionDigitCount += 1 } else { integerDigitCount += 1 }
                digitsSinceSeparator += 1
            case UInt8(ascii: ","):
                if seenDecimalMark { throw .repeatedDecimalMark(text: original, offset: offset(index)) }
                if let separator = lastGroupSeparator, digitsSinceSeparator != 3 {
                    throw .misplacedGroupSeparator(text: original, offset: offset(separator))
                }
                if integerDigitCount == 0 { throw .unexpectedCharacter(text: original, offset: offset(index), character: ",") }
                seenDecimalMark = true
                digitsSinceSeparator = 0
            case UInt8(ascii: "."):
                if seenDecimalMark { throw .misplacedGroupSeparator(text: original, offset: offset(index)) }
                let groupIsValid = lastGroupSeparator == nil
                    ? (1...3).contains(digitsSinceSeparator)
                    : digitsSinceSeparator == 3
                guard groupIsValid else {
                    throw .misplacedGroupSeparator(text: original, offset: offset(lastGroupSeparator ?? index))
                }
                lastGroupSeparator = index
                digitsSinceSeparator = 0
            default:
                throw .unexpectedCharacter(text: original, offset: offset(index), character: Character(utf8.scalar(at: index).scalar))
            }
            index += 1
        }
        if let separator = lastGroupSeparator, !seenDecimalMark, digitsSinceSeparator != 3 {
            throw .misplacedGroupSeparator(text: original, offset: offset(separator))
        }
        if seenDecimalMark, fractionDigitCount == 0 {
            throw .unexpectedCharacter(text: original, offset: offset(end - 1), character: ",")
        }
        guard integerDigitCount > 0 else { throw .noDigits(text: original) }

        let magnitude: Double
        if integerDigitCount + fractionDigitCount <= 15 {
            // Both operands are exact doubles, so the quotient is the correctly rounded decimal.
            magnitude = Double(mantissa) / powerOfTen(fractionDigitCount)
        } else {
            var plain = ""
            for position in start..<end where utf8[position] != UInt8(ascii: ".") {
                plain.unicodeScalars.append(utf8[position] == UInt8(ascii: ",") ? "." : Unicode.Scalar(utf8[position]))
            }
            magnitude = Double(plain) ?? .infinity
        }
        guard magnitude.isFinite else { throw .tooLarge(text: original) }
        // domain rules define only "(-4,33)": a sign written inside decides. "(4,33)" alone may be
        // an accounting negative or a note in brackets, so it is refused rather than guessed.
        if isParenthesized, !hasSign { throw .parenthesizedWithoutSign(text: original) }
        return VietnameseNumber(
            value: isNegative ? -magnitude : magnitude,
            fractionDigits: fractionDigitCount,
            isPercent: isPercent,
            isParenthesized: isParenthesized
        )
    }

    /// Moves `start` and `end` past blanks at either end. A number as the figure parser hands
    /// it over has none, told by one look at each end.
    private static func trim(_ utf8: UTF8Text, _ start: inout Int, _ end: inout Int) {
        guard start < end else { return }
        @inline(__always) func maybeBlank(_ byte: UInt8) -> Bool { byte <= 0x20 || byte >= 0x80 }
        guard maybeBlank(utf8[start]) || maybeBlank(utf8[end - 1]) else { return }
        while start < end {
            let length = utf8.blankLength(at: start)
            if length == 0 { break }
            start += length
        }
        while end > start {
            let length = utf8.blankLength(before: end)
            if length == 0 { break }
            end -= length
        }
    }

    /// 10⁰ … 10¹⁵: a fraction of at most 15 digits divides by one of these exactly. Literals, not
    /// a static table: reading a global costs a check that it was made, on every number.
    private static func powerOfTen(_ exponent: Int) -> Double {
        switch exponent {
        case 0: 1
        case 1: 1e1
        case 2: 1e2
        case 3: 1e3
        case 4: 1e4
        case 5: 1e5
        case 6: 1e6
        case 7: 1e7
        case 8: 1e8
        case 9: 1e9
        case 10: 1e10
        case 11: 1e11
        case 12: 1e12
        case 13: 1e13
        case 14: 1e14
        default: 1e15
        }
    }

    /// Writes `value` with `fractionDigits` decimals, grouping thousands: `1029.5, 1` → `1.029,5`.
    public static func format(_ value: Double, fractionDigits: Int) -> String {
        let digits = max(0, min(fractionDigits, 9))
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        var scaled = abs(value) * scale
        // A spreadsheet shows a number rounded to 15 significant digits first, so 87 / 80 × 100
        // (108.74999999999999 in binary) reads 108,75 there and 108,8 at one decimal. A half
        // that is short of .5 only by that last binary digit rounds up here too, or the XLSX
        // and the page, CSV and DOCX would differ in the last digit of the same figure.
        let whole = scaled.rounded(.down)
        if scaled - whole < 0.5, 0.5 - (scaled - whole) <= scaled * 1e-14 { scaled = whole + 1 } else { scaled.round() }
        guard scaled.isFinite, scaled < 9e18 else { return value < 0 ? "-∞" : "∞" }
        let units = UInt64(scaled)
        let divisor = UInt64(scale)
        let integerPart = String(units / divisor)
        var grouped = ""
        for (offset, character) in integerPart.enumerated() {
            if offset > 0, (integerPart.count - offset) % 3 == 0 { grouped.append(".") }
            grouped.append(character)
        }
        if digits > 0 {
            let fraction = String(units % divisor)
            grouped += "," + String(repeating: "0", count: digits - fraction.count) + fraction
        }
        return (value < 0 && units != 0 ? "-" : "") + grouped
    }
}

extension VietnameseNumber {
    /// Writes `value` with at most `maxFractionDigits` decimals and no trailing zeros: a bound of
    /// `7 - 7,5` prints as `7`, not `7,00`.
    public static func formatCompact(_ value: Double, maxFractionDigits: Int) -> String {
        var text = format(value, fractionDigits: maxFractionDigits)
        guard text.contains(",") else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(",") { text.removeLast() }
        return text
    }
}

/// A leading sign. Documents use the hyphen, the minus sign and the en dash for minus.
enum Sign {
    case plus, minus

    init?(_ scalar: Unicode.Scalar) {
        switch scalar {
        case "+": self = .plus
        case "-", "−", "–": self = .minus
        default: return nil
        }
    }
}
