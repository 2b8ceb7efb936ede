import VeDichCore

/// What a figure cell of a table holds.
enum FigureCell {
    case figure(Figure, note: String?)
    /// Letters and no digits: "Hoàn thành", "chín".
    case words
    case malformed(FigureParseError)
    /// "(4,33)": parentheses without a minus sign. Only "(-4,33)" means a negative number; the
    /// sign is not guessed.
    case unsignedParentheses(number: String)

    static func read(_ text: String) -> FigureCell {
        if let number = unsignedParenthesized(text) { return .unsignedParentheses(number: number) }
        // "1.230 (ước)", "46*": a figure and a word or a mark about it; the figure counts.
        if let (main, note) = remarked(text), case .figure(let figure, nil) = read(main) { return .figure(figure, note: note) }
        do {
            return .figure(try Figure.parse(text), note: nil)
        } catch let error {
            // "0,86% (còn 4,17%)", "430 (tăng 12%)": a value and a remark in one cell.
            var main = Substring(text)
            var note: String?
            if let open = text.firstIndex(of: "("), open != text.startIndex {
                main = text[..<open]
                let rest = text[text.index(after: open)...].trimmed
                note = rest.hasSuffix(")") ? String(rest.dropLast()) : rest
            }
            if let figure = try? Figure.parse(main) { return .figure(figure, note: note) }
            // "tăng 6,8 - 7,5%" (a growth rate's target), "gần 120,5": the word says how the
            // figure came about, the figure is what counts.
            if let figure = withoutLeadingWord(main) { return .figure(figure, note: note) }
            if !text.contains(where: \.isNumber) { return .words }
            return .malformed(error)
        }
    }

    /// Words that say how sure a figure is, written after it in brackets: "1.230 (ước)", "5,6 (sơ
    /// bộ)". Not a unit, though the figure reader would take a bracketed word for one.
    private static let remarks = ["ước", "ước tính", "ước thực hiện", "ước th", "ước đạt", "sơ bộ", "số sơ bộ", "dự kiến",
                                  "dự ước", "tạm tính", "chưa chính thức"]

    /// The figure and its remark: "1.230 (ước)" → ("1.230", "ước"); "46*", "46 (*)", "18,37[2]"
    /// (a footnote mark) → ("46", "*"). Nil when nothing follows the figure.
    private static func remarked(_ text: String) -> (main: String, note: String)? {
        let trimmed = text.trimmed
        if let open = trimmed.lastIndex(of: "("), trimmed.hasSuffix(")"), open != trimmed.startIndex {
            let inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)].trimmed
            let words = Words(inside)
            if remarks.contains(where: { words.hasPrefix($0) }) || inside.allSatisfy({ $0 == "*" }) && !inside.isEmpty
                || isSourceRemark(words) {
                return (trimmed[..<open].trimmed, inside)
            }
        }
        if let open = trimmed.lastIndex(of: "["), trimmed.hasSuffix("]"), open != trimmed.startIndex,
           trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)].allSatisfy({ $0.isASCII && $0.isNumber }) {
            return (trimmed[..<open].trimmed, String(trimmed[open...]))
        }
        let stars = trimmed.reversed().prefix { $0 == "*" }.count
        if stars > 0, stars < trimmed.count, trimmed.dropLast(stars).last?.isNumber == true || trimmed.dropLast(stars).last == "%" {
            return (String(trimmed.dropLast(stars)), String(repeating: "*", count: stars))
        }
        return nil
    }

    /// "4.500 (Theo số liệu của Cục Thống kê)", "(do giá giảm)": a remark that says where the
    /// figure comes from or why, never a unit, which is a word or three ("(tỷ đồng)").
    private static func isSourceRemark(_ words: Words) -> Bool {
        let all = words.words
        guard let first = all.first else { return false }
        return all.count >= 4 || ["theo", "do", "nguồn"].contains(first)
    }

    /// Words a person reads past at the head of a figure; the figure itself is kept as written.
    private static let leadingWords = ["tăng", "gần", "xấp xỉ", "dự kiến", "phấn đấu", "ước tính", "trên dưới", "hơn"]

    private static func withoutLeadingWord(_ text: Substring) -> Figure? {
        let trimmed = text.trimmed
        let lowered = trimmed.lowercased()
        for word in leadingWords where lowered.hasPrefix(word + " ") {
            let rest = trimmed.dropFirst(word.count).trimmed
            // "tăng từ 8-10%": the rest may itself begin with a word the figure reader knows.
            guard rest.contains(where: \.isNumber) else { continue }
            // "hơn 85" is more than 85; the others are the figure itself.
            return try? Figure.parse(word == "hơn" ? "trên " + rest : rest)
        }
        // "05 - 08": leading zeros as offices type counts.
        if trimmed.hasPrefix("0"), trimmed.count > 1, trimmed.dropFirst().first?.isNumber == true {
            let unpadded = trimmed.split(separator: " ").map { part -> String in
                var part = Substring(part)
                while part.count > 1, part.first == "0", part.dropFirst().first?.isNumber == true { part = part.dropFirst() }
                return String(part)
            }.joined(separator: " ")
            return try? Figure.parse(unpadded)
        }
        return nil
    }

    /// The number inside "(4,33)" or "(4,33%)"; nil when there is a sign or anything else.
    static func unsignedParenthesized(_ text: String) -> String? {
        let trimmed = text.trimmed
        guard trimmed.hasPrefix("("), trimmed.hasSuffix(")"), trimmed.count > 2 else { return nil }
        let inside = trimmed.dropFirst().dropLast().trimmed
        guard let first = inside.first, first.isASCII, first.isNumber,
              inside.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "," || $0 == "." || $0 == "%" || $0 == " " }) else { return nil }
        return String(inside)
    }
}

/// Units as reports write them in an indicator's name: "… (tỷ đồng)", "… (%)".
enum UnitText {
    static let known = ["%", "tỷ đồng", "triệu đồng", "nghìn tỷ đồng", "nghìn lượt", "triệu usd", "usd", "ha",
                        "xã", "trường", "bác sỹ", "bác sĩ", "giường", "giường bệnh", "người", "lao động",
                        "doanh nghiệp", "km", "tấn", "nghìn tấn", "lượt", "hộ", "công trình", "dự án"]

    /// The last parenthesised group of a name when it reads as a unit: "(GRDP) (%)" → "%".
    static func fromName(_ name: String) -> String? {
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "(") else { return nil }
        let inside = name[name.index(after: open)..<name.index(before: name.endIndex)].trimmed
        if known.contains(inside.lowercased()) { return inside }
        guard let first = inside.first, first.isLowercase, inside.count <= 20, !inside.contains(where: \.isNumber) else { return nil }
        return inside
    }
}
