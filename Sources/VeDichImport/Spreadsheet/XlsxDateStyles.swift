import Foundation

/// Which cell styles of a workbook show a number as a date. Excel stores a typed date as a plain
/// number (days since 1900) and tells it apart only by the cell's number format, so without
/// this a date typed in the value column would be read as 45658 and judged as a figure.
struct XlsxDateStyles: Sendable, Equatable {
    /// Indexes into `cellXfs`: the `s` attribute of a cell.
    var dateStyles: Set<Int> = []
    /// A workbook saved with the 1904 date system (old Mac Excel) counts days from 1904-01-01.
    var uses1904 = false

    /// Built-in formats that are dates or times (ECMA-376 §18.8.30): 14–22 and 45–47.
    static let builtInDateFormats: Set<Int> = Set(14...22).union(45...47)

    /// From `xl/styles.xml`: each `cellXfs/xf` in order, its `numFmtId` resolved against the
    /// workbook's own `numFmts` or the built-in list.
    init(styles: XMLTree.Element?, uses1904: Bool) {
        self.uses1904 = uses1904
        guard let styles else { return }
        var customDates: [Int: Bool] = [:]
        for format in styles.child("numFmts")?.all("numFmt") ?? [] {
            guard let id = format.attributes["numFmtId"].flatMap(Int.init) else { continue }
            customDates[id] = Self.isDateCode(format.attributes["formatCode"] ?? "")
        }
        for (index, xf) in (styles.child("cellXfs")?.all("xf") ?? []).enumerated() {
            guard let id = xf.attributes["numFmtId"].flatMap(Int.init) else { continue }
            if customDates[id] ?? Self.builtInDateFormats.contains(id) { dateStyles.insert(index) }
        }
    }

    init() {}

    /// Whether a format code shows a date or a time: a d, m, y or h that is not inside quotes
    /// (`"ngày"`), brackets (`[Red]`, `[$-42A]`) or escaped (`\d`). `0.0 "ha"` is a number.
    static func isDateCode(_ code: String) -> Bool {
        var inQuotes = false
        var inBrackets = false
        var escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\\" where !inQuotes: escaped = true
            case "\"": inQuotes.toggle()
            case "[" where !inQuotes: inBrackets = true
            case "]" where !inQuotes: inBrackets = false
            // A `where` would bind to "h" alone, so the test is in the body.
            case "d", "m", "y", "h": if !inQuotes, !inBrackets { return true }
            default: continue
            }
        }
        return false
    }

    /// Serial `45658` → `01/01/2025` (the day; a time of day is left out). Nil for a serial no
    /// calendar day has.
    func day(serial raw: String) -> String? {
        guard let serial = Double(raw.trimmingCharacters(in: .whitespaces)), serial.isFinite,
              serial >= 0, serial < 2_958_466 else { return nil }
        // 1900 system: day 0 is 1899-12-30, which absorbs Lotus' false 29 February 1900.
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let origin = uses1904 ? DateComponents(year: 1904, month: 1, day: 1) : DateComponents(year: 1899, month: 12, day: 30)
        guard let start = calendar.date(from: origin),
              let date = calendar.date(byAdding: .day, value: Int(serial.rounded(.down)), to: start) else { return nil }
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
        return String(format: "%02d/%02d/%04d", day, month, year)
    }
}
