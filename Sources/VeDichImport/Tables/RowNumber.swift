import VeDichCore

/// What a table row's number cell says, in every way reports write it: "1", "1.", "1)", "01"
/// number an indicator; "I", "II.", "A" a group; "a)", "b." a lettered line; "-", "+", "•",
/// "1.1", "Tr.đó:", "Trong đó:" or nothing at all a sub-row.
enum RowNumber: Equatable {
    case number(Int)
    case group(String)
    /// "a)", "b.", "c": a sub-row under numbered indicators, an indicator where nothing is numbered.
    case letter(Character)
    case subRow
    case none
    case unknown

    init(_ text: String) {
        let trimmed = text.trimmed
        guard !trimmed.isEmpty else { self = .none; return }
        if Self.subRowWords.contains(Words(trimmed)) || ["-", "+", "•", "*", "–", "−", "o"].contains(trimmed) {
            self = .subRow
            return
        }
        // "1.", "1)", "(1)", "1/": the mark after the number says nothing more.
        var stem = Substring(trimmed)
        if stem.hasPrefix("("), stem.hasSuffix(")") { stem = stem.dropFirst().dropLast() }
        while let last = stem.last, ".):/".contains(last), stem.count > 1 { stem = stem.dropLast() }
        if !stem.isEmpty, stem.count <= 3, stem.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(stem) {
            self = .number(number)
            return
        }
        // "I.1", "II.3": the group's numeral, then the indicator's number within it.
        if let dot = stem.firstIndex(of: "."), RomanNumeral.value(stem[..<dot]) != nil, stem[..<dot] == stem[..<dot].uppercased(),
           let number = Int(stem[stem.index(after: dot)...]), number > 0, stem.count - stem.distance(from: stem.startIndex, to: dot) <= 4 {
            self = .number(number)
            return
        }
        // "1.1", "2.3.1": a numbered sub-row.
        if stem.contains("."), stem.split(separator: ".").allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) {
            self = .subRow
            return
        }
        if stem.count <= 5, stem == stem.uppercased(), RomanNumeral.value(stem) != nil {
            self = .group(String(stem))
            return
        }
        if stem.count == 1, let letter = stem.first, letter.isLetter {
            self = letter.isUppercase ? .group(String(letter)) : .letter(letter)
            return
        }
        // Lower-case Roman numerals ("i", "ii", "iv") number sub-rows.
        if stem.count <= 4, stem == stem.lowercased(), RomanNumeral.value(stem) != nil {
            self = .subRow
            return
        }
        self = .unknown
    }

    /// A number cell read in its table's sequence: a number of four to six digits ("1000", "1001")
    /// is a row's number when the row before was numbered one less; alone it may be a year or a
    /// figure, so it is none by its size. Otherwise as `RowNumber(text)`.
    init(_ text: String, after previous: Int?) {
        self.init(text)
        guard self == .unknown, let previous, let number = Self.longNumber(text), number == previous + 1 else { return }
        self = .number(number)
    }

    /// "1000", "1000.", "1000)": four to six digits with the marks a row number takes.
    static func longNumber(_ text: String) -> Int? {
        // Every line of a web text's table body is asked, once per reading of its header: a
        // look at the bytes, nothing allocated, settles all but a cell padded with a non-ASCII space.
        guard text.utf8.count <= 32 else { return nil }
        if let settled = asciiLongNumber(text.utf8) { return settled }
        var stem = Substring(text.trimmed)
        while let last = stem.last, ".)".contains(last), stem.count > 1 { stem = stem.dropLast() }
        guard (4...6).contains(stem.count), stem.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(stem)
    }

    /// `longNumber` read from the bytes: spaces, four to six digits, "." or ")" marks, spaces.
    /// `.some(nil)` when settled as no long number; nil when a non-ASCII byte (a no-break space,
    /// a letter) leaves it to the reading by characters.
    private static func asciiLongNumber(_ bytes: String.UTF8View) -> Int?? {
        var value = 0, digits = 0, marked = false, closed = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard !marked, !closed, digits < 6 else { return .some(nil) }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            case UInt8(ascii: "."), UInt8(ascii: ")"):
                guard digits > 0, !closed else { return .some(nil) }
                marked = true
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                if digits > 0 { closed = true }
            case 0x80...:
                return nil
            default:
                return .some(nil)
            }
        }
        return .some(digits >= 4 ? value : nil)
    }

    /// The group numeral written before an indicator's number: "II" of "II.3", nil for "3".
    static func groupNumeral(_ text: String) -> String? {
        let stem = text.trimmed
        guard case .number = RowNumber(stem), let dot = stem.firstIndex(of: "."), RomanNumeral.value(stem[..<dot]) != nil else { return nil }
        return String(stem[..<dot])
    }

    /// The row under a header that numbers its columns, "(1) (2) (3) (4)", "1 2 3 4 5", "A B 1 2 3",
    /// "(5)=(4)/(3)": no indicator, whatever its first cell says. Every filled cell is such a label
    /// (a name cell holding only "2" names nothing), at least three of them, the numbers counting up
    /// one by one from cell to cell and the letters likewise.
    static func isColumnNumbering(_ texts: [String]) -> Bool {
        let filled = texts.map(\.trimmed).filter { !$0.isEmpty }
        guard filled.count >= 3 else { return false }
        var numbers: [Int] = []
        var letters: [UInt8] = []
        for text in filled {
            guard let label = columnLabel(text) else { return false }
            switch label {
            case .number(let number): numbers.append(number)
            case .letter(let letter): letters.append(letter)
            }
        }
        return zip(numbers, numbers.dropFirst()).allSatisfy { $1 == $0 + 1 }
            && zip(letters, letters.dropFirst()).allSatisfy { $1 == $0 + 1 }
    }

    private enum ColumnLabel { case number(Int), letter(UInt8) }

    /// "(3)", "3", "C", or a formula over labels whose first label is the column's own:
    /// "(5)=(4)/(3)", "6=5/4*100", "(4)/(3) (%)".
    private static func columnLabel(_ text: String) -> ColumnLabel? {
        let allowed = Set("()=/*×x+-–%. ")
        guard text.allSatisfy({ ($0.isASCII && ($0.isNumber || $0.isUppercase)) || allowed.contains($0) }) else { return nil }
        let tokens = text.split { !($0.isASCII && ($0.isNumber || $0.isUppercase)) }
        guard let first = tokens.first else { return nil }
        // A formula is labels joined by signs: "x" between them, never in one.
        guard tokens.allSatisfy({ token in (token.count <= 2 && token.allSatisfy(\.isNumber)) || (token.count == 1 && token.first!.isUppercase) })
        else { return nil }
        if tokens.count > 1, !text.contains("=") && !text.contains("/") { return nil }
        if first.allSatisfy(\.isNumber) { return Int(first).map(ColumnLabel.number) }
        return first.first?.asciiValue.map(ColumnLabel.letter)
    }

    /// "Trong đó", "Tr.đó", "Tđ", "Bao gồm": the rows below break the one above down.
    static let subRowWords: Set<Words> = [Words("trong đó"), Words("tr đó"), Words("tđ"), Words("bao gồm"), Words("gồm")]

    /// A number written at the head of a name cell when the table has no number column, or Word's
    /// list numbering rendered there: "1. Tốc độ tăng…" → (1, "Tốc độ tăng…"). Only a number
    /// followed by "." or ")" and a space counts ("5 năm" is a name).
    static func leading(_ name: String) -> (number: RowNumber, rest: String)? {
        let head = name.prefix { $0 != " " }
        guard head.count >= 2, head.count <= 5, let last = head.last, ".)".contains(last) else {
            // "Trong đó: Nông nghiệp", "Tr.đó: …".
            if let colon = name.firstIndex(of: ":"), name.distance(from: name.startIndex, to: colon) <= 9,
               subRowWords.contains(Words(name[..<colon])) {
                return (.subRow, name[name.index(after: colon)...].trimmed)
            }
            return nil
        }
        let number = RowNumber(String(head))
        let rest = name.dropFirst(head.count).trimmed
        guard !rest.isEmpty else { return nil }
        switch number {
        case .number, .letter: return (number, rest)
        // "A. Chỉ tiêu kinh tế": a lettered part of the table, as "I." is a numbered one.
        case .group(let numeral) where RomanNumeral.value(numeral) != nil || numeral.count == 1: return (number, rest)
        default: return nil
        }
    }
}
