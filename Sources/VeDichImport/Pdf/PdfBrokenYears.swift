/// A year a narrow header cell broke over two lines: Word and LibreOffice wrap "2011" in a
/// column of a wide table (ten columns and more, five of them years) as "201" over "1". Read as
/// printed, the top half is a figure (so the header seems to end there) and the bottom halves
/// make a row "1 2 3 4 5" that looks like column numbers. Joined, the header reads "2011 | 2012 | …"
/// as the DOCX of the same table does.
enum PdfBrokenYears {
    static func joined(_ lines: [PdfLine]) -> [PdfLine] {
        var words = lines.map(\.words)
        var changed = false
        for index in lines.indices {
            for (position, top) in words[index].enumerated() where isHead(top.text) {
                // The rest of the year: on one of the next lines of the same page, right under
                // the head's box, the cell's own line spacing away. A figure a row further down
                // ("20" over the next row's "80", both targets) is another cell, not a year's tail.
                for next in (index + 1)..<min(lines.count, index + 4) where lines[next].page == lines[index].page {
                    guard lines[next].midY - lines[index].midY <= 2.6 * max(lines[index].height, top.height) else { break }
                    guard let tail = words[next].firstIndex(where: { word in
                        word.text.count + top.text.count == 4 && word.text.allSatisfy(\.isNumber)
                            && word.midX >= top.minX && word.midX <= top.maxX && word.minY >= top.maxY - 0.2 * top.height
                            && word.midY - top.midY <= 1.3 * top.height
                    }), let year = Int(top.text + words[next][tail].text), (1990...2100).contains(year) else { continue }
                    var whole = top
                    whole.text = String(year)
                    whole.maxX = max(top.maxX, words[next][tail].maxX)
                    words[index][position] = whole
                    words[next].remove(at: tail)
                    changed = true
                    break
                }
            }
        }
        guard changed else { return lines }
        return lines.indices.compactMap { index in
            words[index].isEmpty ? nil : PdfLine(words: words[index], page: lines[index].page, number: lines[index].number)
        }
    }

    /// "201", "20": the first digits of a year of this century or the last.
    private static func isHead(_ text: String) -> Bool {
        (2...3).contains(text.count) && text.allSatisfy(\.isNumber) && (text.hasPrefix("20") || text.hasPrefix("19"))
    }
}
