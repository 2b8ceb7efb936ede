import VeDichCore

/// Joins the lines of prose back into paragraphs, as the DOCX and text readers give them: a line
/// goes on the paragraph above unless a gap, an indented first line, a short line above (the end
/// of a paragraph) or a heading or list mark says a new one begins. The paragraph is located at
/// its first line.
struct PdfParagraphs {
    private var lines: [PdfLine] = []

    var isEmpty: Bool { lines.isEmpty }

    mutating func append(_ line: PdfLine) { lines.append(line) }

    /// The paragraphs gathered so far, and none kept.
    mutating func flush() -> [Paragraph] {
        defer { lines = [] }
        guard !lines.isEmpty else { return [] }
        let left = lines.map(\.minX).min() ?? 0
        let right = lines.map(\.maxX).max() ?? 0
        var paragraphs: [(text: [String], location: SourceLocation)] = []
        var previous: PdfLine?
        for line in lines {
            if let previous, continues(line, after: previous, left: left, right: right) {
                paragraphs[paragraphs.count - 1].text.append(line.text)
            } else {
                paragraphs.append(([line.text], line.location))
            }
            previous = line
        }
        return paragraphs.map { Paragraph(text: PdfRowText.join($0.text), location: $0.location) }
    }

    private func continues(_ line: PdfLine, after previous: PdfLine, left: Double, right: Double) -> Bool {
        let text = line.text
        if startsBlock(text), !continuesAfterDash(text, previous: previous, left: left, right: right) { return false }
        if line.page == previous.page, line.minY - previous.maxY > 0.5 * line.height { return false }
        // The line above stopped short of the right margin: its paragraph ended there.
        let previousFull = previous.maxX >= right - 0.1 * max(right - left, 1)
        if !previousFull { return false }
        // An indented first line begins a paragraph; a continuation starts at the margin.
        if line.minX > left + 1.5 * line.height, line.minX > previous.minX + line.height { return false }
        return true
    }

    /// "… phát triển kinh tế" + "- xã hội …": a line broken before the dash of a compound, not
    /// a list item — the line above ran to the margin without ending its clause, and the word
    /// after the dash is in lower case.
    private func continuesAfterDash(_ text: String, previous: PdfLine, left: Double, right: Double) -> Bool {
        guard text.hasPrefix("- ") || text.hasPrefix("– "), let last = previous.text.last, !".;:!?".contains(last),
              previous.maxX >= right - 0.1 * max(right - left, 1) else { return false }
        return text.dropFirst(2).first?.isLowercase == true
    }

    /// A heading, a list item or a note mark: "II. …", "2.1. …", "a) …", "- …", "+ …", "[1] …".
    private func startsBlock(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        if "-–+•*[".contains(first) { return true }
        if let head = text.split(separator: " ").first, head.count >= 2, head.hasSuffix(".") || head.hasSuffix(")") {
            return PdfRowText.isRowNumber(String(head))
        }
        return false
    }
}
