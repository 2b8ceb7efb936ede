import Vapor
import VeDichCore

/// The one CSV writer of every export (changes.csv, evaluation.csv): RFC 4180 quoting, CRLF
/// lines, a UTF-8 byte-order mark (Excel reads Vietnamese as UTF-8 only with it), and cells a
/// spreadsheet would run as a formula made harmless.
///
/// Formula injection: a text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
/// is written with a leading `'`, so Excel and LibreOffice show it as text instead of running it
/// (a clerk's note `=HYPERLINK(…)` must not run on a planner's machine). A figure cell is data: a
/// plain number as VeDich prints it (`-4,33`, `8.302,2`) stays as it is, so a spreadsheet still reads
/// it as a number; anything else in a figure column (`7 - 7,5`, `<5`, or text that only pretends to
/// be a figure) gets the same treatment as text.
struct CSVWriter {
    /// `,` (the default, for programs) or `;`, which Excel expects where the decimal mark is a
    /// comma, as in Vietnamese settings: `?sep=semicolon`.
    enum Separator: String, CaseIterable {
        case comma, semicolon

        var character: Character { self == .comma ? "," : ";" }
    }

    enum Cell: ExpressibleByStringLiteral {
        /// Free text: names, notes, reasons, who and what.
        case text(String)
        /// A figure as printed; kept as data only when it is a plain number.
        case figure(String)

        init(stringLiteral value: String) { self = .text(value) }
    }

    var separator: Separator

    func render(header: [String], rows: [[Cell]]) -> String {
        let lines = [header.map(Cell.text)] + rows
        return "\u{FEFF}" + lines.map { $0.map(field).joined(separator: String(separator.character)) }.joined(separator: "\r\n") + "\r\n"
    }

    /// One cell as written: neutralised, then quoted if it holds the separator, a quote or a line break.
    func field(_ cell: Cell) -> String {
        let value = Self.neutralised(cell)
        // By scalar: "\r\n" is one Character that equals neither "\r" nor "\n".
        let separator = separator.character.unicodeScalars.first!
        guard value.unicodeScalars.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func neutralised(_ cell: Cell) -> String {
        switch cell {
        case .figure(let value) where isPlainNumber(value): value
        case .text(let value), .figure(let value):
            value.unicodeScalars.first.map { "=+-@\t\r".unicodeScalars.contains($0) } == true ? "'" + value : value
        }
    }

    /// `-4,33`, `8.302,2`, `100`: an optional minus, digits with `.` between thousands, an optional
    /// decimal comma. Nothing a spreadsheet could read as a formula.
    static func isPlainNumber(_ value: String) -> Bool {
        var scalars = Substring(value).unicodeScalars[...]
        if scalars.first == "-" { scalars = scalars.dropFirst() }
        guard let first = scalars.first, ("0"..."9").contains(first) else { return false }
        var seenComma = false
        var previousWasDigit = false
        for scalar in scalars {
            switch scalar {
            case "0"..."9": previousWasDigit = true
            case "." where previousWasDigit && !seenComma, "," where previousWasDigit && !seenComma:
                if scalar == "," { seenComma = true }
                previousWasDigit = false
            default: return false
            }
        }
        return previousWasDigit
    }

    /// The writer a request asks for with `?sep=`; an unknown separator is a 400 that lists both.
    static func requested(by req: Request) throws -> CSVWriter {
        guard let name = req.query[String.self, at: "sep"] else { return CSVWriter(separator: .comma) }
        guard let separator = Separator(rawValue: name) else {
            throw APIError(status: .badRequest, code: "invalid_separator", userMessage: UserMessage(
                what: "Không có kiểu phân cách “\(String(name.prefix(40)))” cho tệp CSV",
                fix: "Dùng ?sep=comma (dấu phẩy, mặc định) hoặc ?sep=semicolon (dấu chấm phẩy, cho Excel cài đặt tiếng Việt)"))
        }
        return CSVWriter(separator: separator)
    }

    /// A CSV download named `name`.csv.
    static func response(_ body: String, name: String) -> Response {
        let response = Response(status: .ok, body: .init(string: body))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        response.headers.contentDisposition = .init(.attachment, filename: "\(name).csv")
        return response
    }
}
