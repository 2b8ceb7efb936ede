import Foundation

/// Starting inputs drawn from the seed report: its numbers and targets, runs of its flattened
/// tables, and those runs laid out as DOCX tables; plus the words each parser treats specially,
/// which the mutator splices in.
struct Corpus {
    var inputs: [[UInt8]]
    var dictionary: [[UInt8]]

    init(target: FuzzTarget, seedText: String) {
        let lines = seedText.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let shortLines = lines.filter { $0.count <= 40 }
        let tokens = lines.flatMap { $0.split(whereSeparator: { $0 == " " || $0 == ";" }) }
            .map(String.init).filter { $0.contains(where: \.isNumber) && $0.count <= 24 }
        switch target {
        case .number:
            inputs = Array(Set(tokens)).sorted().map { Array($0.utf8) }
                + ["0", "1.029,5", "(4,72)", "98%", "-3,5", "9,15,0", "1.000.000.000.000.000.000.000", ",5", "5,"].map { Array($0.utf8) }
            dictionary = Self.numberWords
        case .figure:
            inputs = Array(Set(shortLines.filter { $0.contains(where: \.isNumber) } + tokens)).sorted().map { Array($0.utf8) }
                + ["7 - 7,5", "≥5", "<3", "dưới 3%", "từ 3% trở lên", "đạt 90%", "còn 2,02%", "2.900 - 3.000", "trên 95"].map { Array($0.utf8) }
            dictionary = Self.numberWords + Self.figureWords
        case .text:
            inputs = Self.windows(of: lines, sizes: [8, 20, 45]).map { Array($0.joined(separator: "\n").utf8) }
            dictionary = Self.numberWords + Self.figureWords + Self.tableWords
        case .docx:
            inputs = Self.windows(of: lines, sizes: [12, 30]).map { Array(Self.documentXML($0).utf8) }
            dictionary = Self.xmlWords + Self.tableWords + Self.numberWords
        }
    }

    /// Runs of consecutive lines, shorter lines only (table cells), each at most 4 KB.
    static func windows(of lines: [String], sizes: [Int]) -> [[String]] {
        var result: [[String]] = []
        for size in sizes {
            var start = 0
            while start + size <= lines.count {
                let window = Array(lines[start..<(start + size)]).map { String($0.prefix(160)) }
                result.append(window)
                start += max(size / 2, 1)
            }
        }
        return result
    }

    /// A body with a title paragraph and the lines as a five-column table, spans and merges included.
    static func documentXML(_ lines: [String]) -> String {
        func escaped(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        func paragraph(_ text: String) -> String { "<w:p><w:r><w:t xml:space=\"preserve\">\(escaped(text))</w:t></w:r></w:p>" }
        var rows: [String] = []
        var index = 1
        while index < lines.count {
            let cells = lines[index..<min(index + 5, lines.count)].enumerated().map { offset, text in
                let properties = offset == 0 && rows.count % 3 == 1 ? "<w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>"
                    : offset == 1 && rows.count % 4 == 2 ? "<w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>" : ""
                return "<w:tc>\(properties)\(paragraph(text))</w:tc>"
            }
            rows.append("<w:tr>\(cells.joined())</w:tr>")
            index += 5
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>\
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\
            \(paragraph(lines.first ?? ""))<w:tbl><w:tblGrid><w:gridCol w:w="500"/></w:tblGrid>\(rows.joined())</w:tbl>\
            <w:sectPr/></w:body></w:document>
            """
    }

    static let numberWords: [[UInt8]] = [
        "0", "1", "9", ",", ".", "-", "–", "—", "%", "(", ")", " ", "\u{00A0}", "+", "e", "E", "∞", "NaN", "\u{0301}", "\u{0}",
        "999999999999999999999999999999", "0,000000000000000000001", ".000", ",,", "..", "1.0", "1.00", "1.0000",
        "١٢٣", "①", "½", "\u{FEFF}", "\u{200B}", "😀",
    ].map { Array($0.utf8) }

    static let figureWords: [[UInt8]] = [
        "≥", "≤", ">", "<", ">=", "<=", "từ", "trở lên", "trở xuống", "dưới", "trên", "đạt", "còn", "khoảng", "tối thiểu",
        "tối đa", "không quá", "ít nhất", "giảm", "tăng", "bình quân", "-", " - ", "/", "±", "trên 100%", "%/năm",
    ].map { Array($0.utf8) }

    static let tableWords: [[UInt8]] = [
        "\n", "\nTT\n", "\nChỉ tiêu\n", "\nKế hoạch\n", "\nĐánh giá thực hiện\n", "\nI\n", "\nII\n", "\n1\n", "\n- ", "\nĐạt\n",
        "\nVượt\n", "\nKhông đạt\n", "\nƯớc TH cả năm 2024\n", " NĂM 2024", " GIAI ĐOẠN 2021 - 2025", " (%)", " (tỷ đồng)",
        "\nTrong đó:\n", "\nGiai đoạn 2021 - 2023\n", "\r", "\t",
    ].map { Array($0.utf8) }

    static let xmlWords: [[UInt8]] = [
        "<w:tr>", "</w:tr>", "<w:tc>", "</w:tc>", "<w:p>", "</w:p>", "<w:t>", "</w:t>", "<w:tbl>", "</w:tbl>",
        "<w:gridSpan w:val=\"3\"/>", "<w:gridSpan w:val=\"-1\"/>", "<w:gridSpan w:val=\"99999999999\"/>", "<w:vMerge/>",
        "<w:vMerge w:val=\"restart\"/>", "<w:tcPr>", "</w:tcPr>", "<w:br/>", "<w:tab/>", "<w:del><w:r><w:delText>x</w:delText></w:r></w:del>",
        "<mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><mc:Fallback>",
        "</mc:Fallback></mc:AlternateContent>", "&amp;", "&lt;", "&#x1F600;", "&#0;", "&undefined;", "<![CDATA[x]]>",
        "<!-- c -->", "<?pi x?>", "</w:body>", "<w:body>", "xmlns:w=\"urn:other\"",
    ].map { Array($0.utf8) }
}
