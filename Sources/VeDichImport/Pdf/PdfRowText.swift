import VeDichCore

/// The small text rules of a PDF table: which words number a row, which line starts a new label,
/// and how the lines of one cell are joined back into its text.
enum PdfRowText {
    /// A row number as printed: "1", "1.", "1)", "a)", "12.3", a group numeral "IV", "IV.".
    static func isRowNumber(_ text: String) -> Bool {
        var stem = Substring(text)
        if stem.hasSuffix(".") || stem.hasSuffix(")") { stem = stem.dropLast() }
        guard !stem.isEmpty, stem.count <= 6 else { return false }
        if RomanNumeral.value(stem) != nil, stem == stem.uppercased() { return true }
        if text.hasSuffix(")"), stem.count == 1, stem.first?.isLetter == true, stem == stem.lowercased() { return true }
        return stem.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && part.count <= 3 && part.allSatisfy { $0.isASCII && $0.isNumber }
        }
    }

    /// A line of a label that begins a new row rather than going on the one above: a dash or plus
    /// (a component), a capital letter, a typed number, "Trong đó".
    static func startsLabel(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        if "-–+•*".contains(first) { return true }
        if let head = text.split(separator: " ").first, isRowNumber(String(head)), text.count > head.count { return true }
        let lowered = text.lowercased()
        if lowered.hasPrefix("trong đó") || lowered.hasPrefix("tr.đó") || lowered.hasPrefix("tr. đó") { return true }
        return first.isUppercase
    }

    /// A line that goes on the label above: it starts in lower case, with a bracket ("(USD)"
    /// carried over a page break) or punctuation.
    static func continuesLabel(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return first.isLowercase || "()]},.;:%".contains(first)
    }

    /// Lines of one cell joined with spaces, except before closing punctuation and after an
    /// opening bracket: "(GRDP" + ")" is "(GRDP)", as the line break fell inside the word.
    static func join(_ pieces: [String]) -> String {
        var text = ""
        for piece in pieces where !piece.isEmpty {
            // "12,5-" + "13%": a range cut at its dash.
            let cutAtDash = text.hasSuffix("-") && text.dropLast().last.map { !$0.isWhitespace } == true
            if text.isEmpty || text.hasSuffix("(") || text.hasSuffix("/") || cutAtDash
                || piece.first.map({ ")]},.;:".contains($0) }) == true {
                text += piece
            } else {
                text += " " + piece
            }
        }
        return text
    }

    /// Two figure lines of one cell: a second figure or a note in brackets stands on its own
    /// ("8,2" / "11,5"; "0,9%" / "(còn 3,85%)"), as the DOCX reader keeps a cell's paragraphs;
    /// anything else is a wrapped line ("Khoảng" / "38-40").
    static func joinFigure(_ pieces: [String]) -> String {
        var text = ""
        for piece in pieces where !piece.isEmpty {
            let open = text.filter { $0 == "(" }.count > text.filter { $0 == ")" }.count
            let complete = !text.isEmpty && !open && (text.last?.isNumber == true || text.hasSuffix("%") || text.hasSuffix(")"))
            if complete, piece.hasPrefix("(") || RowPattern.looksLikeFigure(piece) {
                text += "\n" + piece
            } else {
                text = join([text, piece])
            }
        }
        return text
    }
}
