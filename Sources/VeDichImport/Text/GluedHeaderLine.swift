/// A header row whose cells a page's text lost the spaces between: "Chỉ tiêuĐơn vị tínhKết
/// quảMục tiêu năm", as an extractor gives a row of header cells laid out side by side with no
/// whitespace in the page's source. Every cell starts with a capital, so a cell's edge is a
/// capital right after a lower-case letter, a digit or a closing bracket ("năm 2020Ước", "(%)Kế"),
/// or the last capital of an abbreviation before a word ("TTChỉ tiêu", "ĐVTKế hoạch"). The line is
/// given back with its cells parted by spaces, as a header split by spaces is read; only when
/// every part is a column's header and the parts name an indicator column and a figure column
/// (prose never reads so: "iPhone", "TP.HCM", "GRDPbình quân").
enum GluedHeaderLine {
    static func unglued(_ text: String) -> String? {
        guard text.utf8.count <= 200, edgeCount(text) >= 2 else { return nil }
        let scalars = Array(text.unicodeScalars)
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if index > 0, scalar.properties.isUppercase, isEdge(before: index, in: scalars) {
                parts.append(String(current))
                current = String.UnicodeScalarView()
            }
            current.append(scalar)
        }
        guard !parts.isEmpty else { return nil }
        parts.append(String(current))
        // Two edges at least: a glued pair alone is a word's odd capital, not a row of cells.
        guard parts.count >= 3 else { return nil }
        let cells = parts.map(\.trimmed)
        let roles = cells.map(ColumnRole.classify)
        guard !roles.contains(.other), roles.contains(.name),
              roles.contains(where: { [.target, .actual, .evaluation].contains($0) }) else { return nil }
        return cells.joined(separator: " ")
    }

    /// How many cell edges the line holds, counted in one pass over its scalars with nothing
    /// allocated: every line of a text comes here, and almost none holds two.
    private static func edgeCount(_ text: String) -> Int {
        var count = 0
        var beforePrevious: Unicode.Scalar?
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            // `previous` is a capital: an edge after a lower-case letter, a digit or a bracket, or
            // between two capitals when a lower-case letter follows it.
            if let previous, previous.properties.isUppercase, let before = beforePrevious {
                if endsCell(before) || (before.properties.isUppercase && scalar.properties.isLowercase) { count += 1 }
            }
            beforePrevious = previous
            previous = scalar
        }
        return count
    }

    /// Whether a capital right after this scalar starts a new cell: a word's lower-case letter,
    /// a year's digit, a unit's closing bracket or "%" ("tínhKết", "2020Ước", "(%)Kế").
    private static func endsCell(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isLowercase || ("0"..."9").contains(scalar) || scalar == ")" || scalar == "%"
    }

    /// Whether a cell may start at the capital at `index`.
    private static func isEdge(before index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        let previous = scalars[index - 1]
        if endsCell(previous) { return true }
        // "TTChỉ": a capital after a capital and before a lower-case letter starts a word.
        guard previous.properties.isUppercase, index + 1 < scalars.count else { return false }
        return scalars[index + 1].properties.isLowercase
    }
}
