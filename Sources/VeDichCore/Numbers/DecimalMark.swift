/// The mark a table writes decimals with. Vietnamese documents write `9,06` and group thousands
/// with a dot (`4.400` is four thousand four hundred); tables taken from statistical yearbooks or
/// English-language sources write `9.06`, `98.6`, `89.10`. One number alone cannot always tell
/// (`4.400`, `1,230`): the other numbers of the same table decide, and only when they are clear.
public enum DecimalMark: Sendable, Hashable {
    /// `9,06`, `1.029,5`: the Vietnamese way, and the way whenever the evidence is not clear.
    case comma
    /// `9.06`, `1,029.5`.
    case point

    /// The mark the figures `texts` (the target and value cells of one table) are written with.
    /// A point is the decimal mark only when some figure shows it beyond doubt (a dot followed by
    /// 1, 2 or 4 and more digits: `98.6`, `9.06`, `0.7625`, or a comma group before a dot:
    /// `1,230.5`) and no figure writes a decimal comma (`9,06`) or groups with dots before a comma
    /// (`1.029,5`). Otherwise `.comma`: `4.400` alone stays four thousand four hundred.
    public static func evidence(in texts: some Sequence<String>) -> DecimalMark {
        var point = 0
        var comma = 0
        for text in texts {
            for run in numberRuns(text) {
                switch Self.decimalMark(of: run) {
                case .point?: point += 1
                case .comma?: comma += 1
                case nil: break
                }
            }
        }
        return point > 0 && comma == 0 ? .point : .comma
    }

    /// `text` written the Vietnamese way, ready for `Figure.parse`: under `.point` the dots and
    /// commas that stand between two digits trade places (`98.6` → `98,6`, `1,230.5` → `1.230,5`,
    /// `≥ 95.5` → `≥ 95,5`); a dot ending a sentence stays. Under `.comma` the text is unchanged.
    public func vietnamese(_ text: String) -> String {
        guard self == .point, text.contains(where: { $0 == "." || $0 == "," }) else { return text }
        let characters = Array(text)
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for (index, character) in characters.enumerated() {
            guard character == "." || character == ",", index > 0, index + 1 < characters.count,
                  Self.isDigit(characters[index - 1]), Self.isDigit(characters[index + 1]) else {
                result.append(character)
                continue
            }
            result.append(character == "." ? "," : ".")
        }
        return result
    }

    // MARK: Evidence

    private static func isDigit(_ character: Character) -> Bool {
        character.isASCII && character.isNumber
    }

    /// The runs of digits with the dots and commas between them in `text`: "6.5-7.5%" → "6.5", "7.5".
    private static func numberRuns(_ text: String) -> [[Character]] {
        var runs: [[Character]] = []
        var current: [Character] = []
        for character in text {
            if isDigit(character) || (!current.isEmpty && (character == "." || character == ",")) {
                current.append(character)
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        // A separator ending a run ("2020." closing a sentence) belongs to no number.
        return runs.map { run in
            var run = run
            while let last = run.last, !isDigit(last) { run.removeLast() }
            return run
        }
    }

    /// What one number says about the decimal mark, or nil when it could be written either way
    /// (`4.400`, `1,230`, `95`).
    private static func decimalMark(of run: [Character]) -> DecimalMark? {
        // The separators and the count of digits after each.
        var separators: [(mark: Character, digitsAfter: Int)] = []
        for character in run {
            if isDigit(character) {
                if !separators.isEmpty { separators[separators.count - 1].digitsAfter += 1 }
            } else {
                separators.append((character, 0))
            }
        }
        guard let last = separators.last else { return nil }
        let marks = Set(separators.map(\.mark))
        // "1.029,5" and "1,029.5": both marks, the last one is the decimal one.
        if marks.count == 2 { return last.mark == "," ? .comma : .point }
        // One kind of mark: a decimal one unless every group after it is of three digits.
        if separators.count == 1, last.digitsAfter != 3 { return last.mark == "," ? .comma : .point }
        return nil
    }
}
