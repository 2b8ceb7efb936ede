import VeDichCore

/// Where a table row begins in text whose line breaks fall anywhere. A page's text (what an
/// HTML-to-text extractor gives) joins a row's cells by spaces and breaks the line wherever a cell
/// holds a paragraph, a `<br>` or a block: a row may be broken at any cell boundary and inside a
/// cell, its empty cells gone or left as lines of spaces. What does not move is the row's number:
/// a row begins at a line opening with the number that comes next in the table's numbering ("2."
/// after "1.", "II" after a group, "-" or "a)" under a numbered row), followed by a name. A line
/// opening with a figure ("8 Không đạt", "9,55 8,22") carries on the row above.
struct RowOpening {
    /// The last indicator number read. Its mark may change from row to row ("1", "2.", "3)").
    private var lastNumber: Int?
    private var rowSeen = false

    /// The line's row number when the line opens the table's next row; nil otherwise. A number
    /// alone on its line ("2." over "Thu nhập bình quân đầu người") opens a row when the line
    /// after it (`next`) begins a name.
    func code(opening text: String, next: String? = nil) -> String? {
        var (code, rest) = Self.split(text)
        if code == nil, let next, case let trimmed = text.trimmed, trimmed.count <= 8, WebTextTableReader.isCodeCell(trimmed) {
            (code, rest) = (trimmed, Substring(next.trimmed))
        }
        guard let code, let first = rest.first else { return nil }
        // A name follows ("Tỷ lệ", "GRDP", "Bác sỹ/vạn dân"; "thu tiền sử dụng đất" after
        // "Tr.đó:"), not a verdict or a figure's word ("8 Không đạt", "5 Trên 8").
        let subRowWords = RowNumber.subRowWords.contains(Words(code.hasSuffix(":") ? String(code.dropLast()) : code))
        guard first.isLetter, subRowWords || Self.namesARow(String(rest)) else { return nil }
        switch RowNumber(code) {
        case .number(let value):
            // The next number, or a group's numbering starting again; "7" after "2" is a figure.
            guard let last = lastNumber else { return code }
            return value == last + 1 || value == 1 ? code : nil
        case .group: return code
        case .letter, .subRow: return rowSeen ? code : nil
        case .none, .unknown: return nil
        }
    }

    /// "Doanh thu du lịch", "Tỷ lệ hộ nghèo % 8,5": text opening with a name in capitals; not a
    /// unit before figures ("Tỷ đồng 25.700"), a figure's word ("Trên 87") or a verdict.
    static func opensName(_ text: String) -> Bool {
        let words = text.split(separator: " ").map(String.init)
        // "15-20", "Trên 8", "≥ 42"; not "Giảm số hộ nghèo", "Tăng trưởng".
        func figureAt(_ index: Int) -> Bool {
            guard index < words.count, let first = words[index].first else { return false }
            if first.isNumber || ("<>≥≤".contains(first) && index + 1 < words.count) { return true }
            return SpacedRowSplitter.beginsFigureCell(words[index]) && index + 1 < words.count && words[index + 1].first?.isNumber == true
        }
        guard let first = words.first, first.first?.isLetter == true, first.first?.isUppercase == true, !figureAt(0),
              StatedVerdict.read(first) == nil, StatedVerdict.read(words.prefix(2).joined(separator: " ")) == nil else { return false }
        // "Thôn 15-20", "Tỷ đồng Trên 8", or a unit alone; not "Thôn đạt khu dân cư".
        return !(1...min(3, words.count)).contains { count in
            SpacedRowSplitter.isUnit(words.prefix(count).joined(separator: " ")) && (count == words.count || figureAt(count))
        }
    }

    /// The words after a row's number: a name, in capitals or not ("4 nhập khẩu phấn đấu" is a
    /// row an office typed so), even one that reads like a unit ("8 Bác sỹ/vạn dân 13-14": a
    /// unit cell stands before a row's figures, never after the figure a row number would be).
    /// Not a verdict, a figure's word before a figure ("Trên 8"), nor a unit in lower case
    /// before figures ("tấn 575": the figure before it was the row's).
    private static func namesARow(_ text: String) -> Bool {
        let capitalized = text.prefix(1).uppercased() + text.dropFirst()
        if opensName(capitalized) { return true }
        let words = capitalized.split(separator: " ").map(String.init)
        guard text.first?.isUppercase == true, let first = words.first, StatedVerdict.read(first) == nil,
              StatedVerdict.read(words.prefix(2).joined(separator: " ")) == nil else { return false }
        return !(SpacedRowSplitter.beginsFigureCell(first) && words.count > 1 && words[1].first?.isNumber == true)
    }

    /// "a) Thu nội địa", "2. Tỷ lệ": a row number with its mark, then a word.
    static func opensWithMarkedNumber(_ text: String) -> Bool {
        let (code, rest) = split(text)
        guard let code, code.hasSuffix(")") || code.hasSuffix("."), rest.first?.isLetter == true else { return false }
        switch RowNumber(code) {
        case .number, .letter, .group: return true
        default: return false
        }
    }

    /// Records the row a line opened (the line-by-line reading's rows too).
    mutating func note(_ text: String) {
        let alone = text.trimmed
        guard let code = Self.split(text).0 ?? (alone.count <= 8 && WebTextTableReader.isCodeCell(alone) ? alone : nil) else { return }
        if case .number(let value) = RowNumber(code) { lastNumber = value }
        rowSeen = true
    }

    /// The line's first token when it is a row number cell ("1.", "II", "-", "Tr.đó:", "Trong
    /// đó:"), and the text after it.
    private static func split(_ text: String) -> (String?, Substring) {
        let trimmed = text.trimmed
        for words in ["Trong đó:", "trong đó:", "Trong đó", "Bao gồm:"] where trimmed.hasPrefix(words + " ") {
            return (words, trimmed.dropFirst(words.count).drop(while: { $0 == " " }))
        }
        guard let space = trimmed.firstIndex(of: " ") else { return (nil, "") }
        let code = String(trimmed[..<space])
        guard code.count <= 8, WebTextTableReader.isCodeCell(code) else { return (nil, "") }
        return (code, trimmed[space...].drop(while: { $0 == " " }))
    }
}
