import VeDichCore

/// Words that stand on one line of a page, left to right. Table cells side by side share a line;
/// a cell's text centred between two lines of its neighbour is a line of its own.
struct PdfLine: Sendable {
    let words: [PdfWord]
    let page: Int
    /// 1-based line on its page, counting every line printed there.
    let number: Int
    // Measured once: the table finder asks for them many times over.
    let minX: Double, maxX: Double, minY: Double, maxY: Double
    /// The height of its text (the tallest word box).
    let height: Double
    let text: String

    /// - Parameter words: left to right.
    init(words: [PdfWord], page: Int, number: Int) {
        self.words = words
        self.page = page
        self.number = number
        minX = words.first?.minX ?? 0
        maxX = words.map(\.maxX).max() ?? 0
        minY = words.map(\.minY).min() ?? 0
        maxY = words.map(\.maxY).max() ?? 0
        height = words.map(\.height).max() ?? 0
        text = words.map(\.text).joined(separator: " ")
    }

    var midY: Double { (minY + maxY) / 2 }

    var location: SourceLocation { SourceLocation(line: number, page: page) }
}

enum PdfLines {
    /// The lines of every page in reading order, without running headers, footers and page numbers.
    static func lines(of pages: [PdfPage]) -> [PdfLine] {
        let perPage = pages.map(lines(on:))
        let furniture = repeatedMarginTexts(perPage, pages: pages)
        var all: [PdfLine] = []
        for (page, lines) in zip(pages, perPage) {
            all += lines.enumerated().filter { index, line in
                !isFurniture(line, index: index, in: lines, page: page, repeated: furniture)
            }.map(\.element)
        }
        return all
    }

    /// Words grouped by their vertical middle: a word within a third of its height of a line's
    /// middle belongs to it.
    static func lines(on page: PdfPage) -> [PdfLine] {
        let words = page.words.sorted { $0.midY == $1.midY ? $0.minX < $1.minX : $0.midY < $1.midY }
        var groups: [(midY: Double, words: [PdfWord])] = []
        for word in words {
            if let last = groups.indices.last, abs(word.midY - groups[last].midY) <= max(1, 0.3 * min(word.height, groups[last].words[0].height)) {
                groups[last].words.append(word)
            } else {
                groups.append((word.midY, [word]))
            }
        }
        return groups.enumerated().map { index, group in
            PdfLine(words: group.words.sorted { $0.minX < $1.minX }, page: page.number, number: index + 1)
        }
    }

    /// The margin zone: the top and bottom tenth of a page, where offices put running heads and
    /// page numbers.
    private static func inMargin(_ line: PdfLine, page: PdfPage) -> Bool {
        line.maxY < page.height * 0.1 || line.minY > page.height * 0.9
    }

    /// A running head or foot: the same text (digits aside) in the margin of a third of the pages
    /// or more, two at least (odd and even pages may carry different ones).
    private static func repeatedMarginTexts(_ perPage: [[PdfLine]], pages: [PdfPage]) -> Set<String> {
        guard pages.count >= 3 else { return [] }
        var seen: [String: Int] = [:]
        for (page, lines) in zip(pages, perPage) {
            var onPage: Set<String> = []
            // A few words: a table row cut by the page foot can repeat too, digits aside.
            for line in [lines.first, lines.last].compactMap({ $0 }) where inMargin(line, page: page) && line.words.count <= 10 {
                onPage.insert(withoutDigits(line.text))
            }
            for text in onPage { seen[text, default: 0] += 1 }
        }
        return Set(seen.filter { $0.value >= max(2, pages.count / 3) && !$0.key.isEmpty }.keys)
    }

    /// A running head or foot stands apart from the body by a blank; a table header repeated at
    /// the top of every page (several lines, close together) is not one.
    private static func isFurniture(_ line: PdfLine, index: Int, in lines: [PdfLine], page: PdfPage, repeated: Set<String>) -> Bool {
        let count = lines.count
        guard index == 0 || index == count - 1, inMargin(line, page: page) else { return false }
        let neighbour = index == 0 ? (count > 1 ? lines[1] : nil) : (count > 1 ? lines[count - 2] : nil)
        let apart = neighbour.map { abs($0.midY - line.midY) >= 1.5 * line.height } ?? true
        if apart, repeated.contains(withoutDigits(line.text)) { return true }
        // A page number: "12", "- 12 -", "Trang 12", "12/30", centred or at the right, never at
        // the left edge where a table's row number would stand.
        guard isPageNumber(line.text) else { return false }
        return line.minX > page.width * 0.3
    }

    static func isPageNumber(_ text: String) -> Bool {
        var rest = Substring(text.lowercased())
        for prefix in ["trang ", "page "] where rest.hasPrefix(prefix) { rest = rest.dropFirst(prefix.count) }
        let core = rest.filter { !" -–—/".contains($0) }
        return !core.isEmpty && core.count <= 7 && core.allSatisfy { $0.isASCII && $0.isNumber }
    }

    private static func withoutDigits(_ text: String) -> String {
        String(text.filter { !$0.isNumber })
    }
}
