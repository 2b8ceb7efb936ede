/// A workbook as read: its sheets, each cell as typed (a number, text, a formula …), nothing
/// interpreted yet. XLSX, CSV, and XLS/ODS after conversion all come to this.
public struct Spreadsheet: Sendable, Equatable {
    public var name: String
    public var sheets: [Sheet]
    /// Whether cells say what they are: an XLSX tells a number from text typed with a leading `'`;
    /// a CSV has only text.
    public var typedCells: Bool

    public init(name: String, sheets: [Sheet], typedCells: Bool) {
        self.name = name
        self.sheets = sheets
        self.typedCells = typedCells
    }

    public struct Sheet: Sendable, Equatable {
        public var name: String
        /// Row → column → cell, 0-based; empty cells are absent.
        public var rows: [Int: [Int: Cell]]

        public init(name: String, rows: [Int: [Int: Cell]]) {
            self.name = name
            self.rows = rows
        }

        public func cell(row: Int, column: Int) -> Cell { rows[row]?[column] ?? .empty }
    }

    public enum Cell: Sendable, Hashable {
        case empty
        /// A numeric cell, as stored (`5.2`, `4400`, `1E-3`).
        case number(String)
        /// A numeric cell whose style shows it as a date: the day's serial number as stored, and
        /// the day as the program shows it (`01/01/2025`). A date is never a figure.
        case date(serial: String, day: String)
        case text(String)
        /// A cell computed by a formula, with the value the program that saved it computed.
        case formula(String, cached: String?)
        case boolean(Bool)
        /// An error value such as `#DIV/0!`.
        case error(String)

        /// What a person sees in it, for headers, codes and labels.
        public var shown: String {
            switch self {
            case .empty: ""
            case .number(let raw): raw
            case .date(_, let day): day
            case .text(let text): text.trimmingCharacters(in: .whitespacesAndNewlines)
            case .formula(_, let cached): cached ?? ""
            case .boolean(let value): value ? "TRUE" : "FALSE"
            case .error(let code): code
            }
        }

        public var isEmpty: Bool {
            if case .empty = self { return true }
            if case .text(let text) = self { return text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
            return false
        }
    }
}

/// A cell's place as a person finds it in the program: the sheet's name, the row number, the
/// column letter.
public struct CellLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    public var sheet: String
    /// 1-based, as the program numbers rows.
    public var row: Int
    /// "A", "F", "AB".
    public var column: String

    /// A CSV has no sheets: its one sheet is the file, and is named so.
    public var isWholeFile = false

    public init(sheet: String, row: Int, column: Int, isWholeFile: Bool = false) {
        self.sheet = sheet
        self.row = row + 1
        self.column = Self.letter(column)
        self.isWholeFile = isWholeFile
    }

    enum CodingKeys: String, CodingKey { case sheet, row, column }

    /// "Trang “Số liệu”, hàng 7, cột F"; "Tệp “so-lieu.csv”, hàng 7, cột C".
    public var description: String { "\(isWholeFile ? "Tệp" : "Trang") “\(sheet)”, hàng \(row), cột \(column)" }

    public static func letter(_ column: Int) -> String {
        var index = column
        var name = ""
        repeat {
            name = String(UnicodeScalar(UInt8(65 + index % 26))) + name
            index = index / 26 - 1
        } while index >= 0
        return name
    }

    /// "F" → 5, "AB" → 27; nil for anything else.
    static func column(_ letters: Substring) -> Int? {
        guard !letters.isEmpty, letters.count <= 3 else { return nil }
        var value = 0
        for scalar in letters.unicodeScalars {
            guard scalar.value >= 65, scalar.value <= 90 else { return nil }
            value = value * 26 + Int(scalar.value - 64)
        }
        return value - 1
    }
}
