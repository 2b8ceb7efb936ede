/// A header row whose cells a page's text lost the spaces between: "Chỉ tiêuĐơn vị tínhKết
/// quảMục tiêu năm", as an extractor gives a row of header cells laid out side by side with no
/// whitespace in the page's source. Every cell starts with a capital, so a capital right after a
/// lower-case letter is a cell's edge. The line is given back with its cells parted by spaces,
/// as a header split by spaces is read; only when every part is a column's header and the parts
/// name an indicator column and a figure column (prose never reads so: "iPhone", "TP.HCM").
enum GluedHeaderLine {
    static func unglued(_ text: String) -> String? {
        guard text.utf8.count <= 200 else { return nil }
        // By scalars, not characters: every line of a text comes here, and a line with no such
        // edge costs one pass over its scalars.
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        var previousLower = false
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            if previousLower, properties.isUppercase {
                parts.append(String(current))
                current = String.UnicodeScalarView()
            }
            current.append(scalar)
            previousLower = properties.isLowercase
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
}
