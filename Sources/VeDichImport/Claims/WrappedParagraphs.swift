import VeDichCore

/// A sentence copied from a PDF or a page keeps its line breaks: "… hiện trạng tăng trưởng kinh tế
/// đang thấp hơn" / "rất nhiều so với mục tiêu … (mục tiêu: … 7-8% mỗi năm)." The text reader makes
/// each line a paragraph (a table's cells are lines too), so the claim reader joins them back: a
/// paragraph that ends without a sentence's mark, followed right after by one that starts with a
/// lower-case letter, goes on in it. A heading ends without a mark too, but the line after it
/// starts with a capital or a number.
enum WrappedParagraphs {
    static func joined(_ prose: [(paragraph: Paragraph, blockIndex: Int)]) -> [(paragraph: Paragraph, blockIndex: Int)] {
        var joined: [(paragraph: Paragraph, blockIndex: Int)] = []
        joined.reserveCapacity(prose.count)
        var lastBlock = -2
        for entry in prose {
            if let last = joined.last, entry.blockIndex == lastBlock + 1, continues(last.paragraph.text, with: entry.paragraph.text) {
                joined[joined.count - 1].paragraph.text = last.paragraph.text + " " + entry.paragraph.text.drop { $0 == " " }
            } else {
                joined.append(entry)
            }
            lastBlock = entry.blockIndex
        }
        return joined
    }

    static func continues(_ text: String, with next: String) -> Bool {
        guard let end = text.unicodeScalars.last(where: { !$0.properties.isWhitespace }),
              let start = next.unicodeScalars.first(where: { !$0.properties.isWhitespace }) else { return false }
        guard !".;:!?…)]\"”".unicodeScalars.contains(end), start.properties.isLowercase else { return false }
        // A line long enough to have been wrapped, not a short label or heading.
        return text.unicodeScalars.count >= 40
    }
}
