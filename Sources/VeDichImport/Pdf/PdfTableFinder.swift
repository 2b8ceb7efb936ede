import VeDichCore

/// Where a table stands among the lines of a PDF, and its columns. A PDF keeps no table: only
/// words at positions. A table is recognised by its header (words stacked in columns that name an
/// indicator column and a target or value column), runs until a line of prose or a heading, and
/// its columns are the x ranges its body words fill, consistently over all its lines (text in a
/// ruled cell never crosses into the next cell).
struct PdfTableLayout {
    /// Lines of the header band (column-number rows such as "(1) (2) (3)" included).
    var headerLines: [PdfLine]
    var bodyLines: [PdfLine]
    /// One x range a column, left to right.
    var columns: [ClosedRange<Double>]
    /// The header text of each column; a header printed across several columns ("Năm 2024" over
    /// "Kế hoạch | Ước TH") is added after each column's own words, as `TableInterpreter` joins them.
    var headers: [String]
    /// Index of the first line after the table.
    var end: Int
}

enum PdfTableFinder {
    /// The table whose header starts at `start`, or nil when no header starts there.
    static func table(at start: Int, in lines: [PdfLine]) -> PdfTableLayout? {
        guard let band = headerBand(at: start, in: lines) else { return nil }
        let headerWords = band.lines.flatMap(\.words).filter { !band.numberRows.contains($0.midY) }
        let left = headerWords.map(\.minX).min() ?? 0, right = headerWords.map(\.maxX).max() ?? 0
        var (body, end) = bodyLines(after: band.end, in: lines, header: band.lines, left: left, right: right)
        if let cut = firstSentenceAcrossColumns(body) {
            end = lines.firstIndex { $0.page == body[cut].page && $0.number == body[cut].number } ?? end
            body.removeSubrange(cut...)
        }
        guard !body.isEmpty else { return nil }
        let (columns, headers) = self.columns(body: body, headerWords: headerWords)
        guard columns.count >= 3 else { return nil }
        let roles = ColumnRole.classify(headers: headers)
        // A grid of figures under a header the reader does not know (a statistics table: "ĐVT |
        // 2018 | 2019 | …") is still a table: the auditor reports its rows and numbers as not
        // read, as it does for the same table in a DOCX, instead of reading them as prose.
        // The header is known by the columns the body sets (`roles`), whatever the band's own
        // clusters made of it: in a tight table (LibreOffice sizes columns to their text, a wide
        // table squeezes them) two header cells stand closer than the clusters' reach and fold
        // into one ("Đơn vị tính Kế hoạch năm 2022 Thực hiện"), while the body's columns part them.
        guard roles.contains(.name) && (roles.contains(.target) || roles.contains(.actual))
                || isGridOfFigures(body, columns: columns) else { return nil }
        return PdfTableLayout(headerLines: band.lines, bodyLines: body, columns: columns, headers: headers, end: end)
    }

    /// Two lines at least with figures in two columns or more: what makes lines under a header
    /// of cells a table rather than text set in columns.
    private static func isGridOfFigures(_ body: [PdfLine], columns: [ClosedRange<Double>]) -> Bool {
        let rows = body.filter { line in
            let figureColumns = Set(line.words.filter { word in
                word.text.contains(where: \.isNumber) && RowPattern.looksLikeFigure(word.text) && !PdfRowText.isRowNumber(word.text)
            }.compactMap { word in columns.firstIndex { $0.contains(word.midX) } })
            return figureColumns.count >= 2
        }
        return rows.count >= 2
    }

    // MARK: Header

    /// A few lines close together whose words stand in three columns or more, with wide gaps:
    /// a header, if the columns the body sets below it name an indicator and a figure column.
    static func headerBand(at start: Int, in lines: [PdfLine]) -> (lines: [PdfLine], numberRows: Set<Double>, end: Int)? {
        let first = lines[start]
        // A header's lines have their words in separate cells: wide gaps, which a line of prose
        // never has. Its first line may be one short word ("Kế" over "hoạch") centred in a cell.
        func hasWideGap(_ line: PdfLine) -> Bool {
            zip(line.words, line.words.dropFirst()).contains { $1.minX - $0.maxX >= 0.6 * line.height }
        }
        // Or a phrase centred over several columns ("Kế hoạch năm 2023" over "KH QH giao | CP
        // phấn đấu"), with the header's other cells, merged down, starting further left below it.
        func spansColumnsBelow() -> Bool {
            guard first.words.count <= 8, start + 1 < lines.count else { return false }
            let next = lines[start + 1]
            return next.page == first.page && next.midY - first.midY <= 1.6 * max(next.height, first.height)
                && hasWideGap(next) && next.minX < first.minX - 2 * first.height && next.maxX > first.maxX
        }
        guard hasWideGap(first) || first.words.count <= 3 || spansColumnsBelow() else { return nil }
        var band = [first]
        var numberRows: Set<Double> = []
        var index = start + 1
        while index < lines.count, band.count < 8 {
            let line = lines[index], previous = band[band.count - 1]
            // The row of column numbers is a row of cells of its own, a cell's padding below.
            let reach = isColumnNumberRow(line) ? 3.2 : 1.6
            guard line.page == previous.page, line.midY - previous.midY <= reach * max(line.height, previous.height) else { break }
            if isColumnNumberRow(line) {
                band.append(line)
                numberRows.insert(line.midY)
                index += 1
                break
            }
            if startsBody(line, next: index + 1 < lines.count ? lines[index + 1] : nil) { break }
            band.append(line)
            index += 1
        }
        guard band.contains(where: hasWideGap) else { return nil }
        let words = band.flatMap(\.words).filter { !numberRows.contains($0.midY) }
        // A narrow table's header cells may stand little more than a space apart ("ĐVT KH 2019
        // Ước TH 2019 Đánh giá" beside a long "Chỉ tiêu" column): counted a space and a bit
        // apart, they are still three cells or more; the body's columns decide the rest.
        guard columnClusters(words).count >= 3 || columnClusters(words, reach: 0.3).count >= 3 else { return nil }
        return (band, numberRows, index)
    }

    /// "(1) (2) (3) …" or "1 2 3 …" under a header: the columns' numbers, not a row.
    private static func isColumnNumberRow(_ line: PdfLine) -> Bool {
        let numbers = line.words.map { word in
            Int(word.text.trimmingCharacters(in: .init(charactersIn: "()[]")))
        }
        guard numbers.count >= 3, numbers.allSatisfy({ $0 != nil }) else { return false }
        let values = numbers.compactMap { $0 }
        // Years under a spanning header ("2011 2012 … 2015") are sub-headers, not numbers.
        return values[0] < 100 && values == Array(values[0]..<(values[0] + values.count))
    }

    /// A line that begins the body: a row number or group numeral in front, or a figure that is
    /// not a year (headers hold years: "Giai đoạn 2021 - 2025").
    private static func startsBody(_ line: PdfLine, next: PdfLine?) -> Bool {
        if let first = line.words.first?.text, PdfRowText.isRowNumber(first) { return true }
        // A count of periods is header text too: "Kế hoạch" / "5 năm" / "2011-2015", "9 tháng",
        // the period word maybe wrapped to the next line of the cell ("Thực hiện 5" / "năm").
        let periods: Set<String> = ["năm", "tháng", "quý"]
        let wrappedPeriods = next.map { next in
            next.midY - line.midY <= 1.6 * max(next.height, line.height) ? next.words.filter { periods.contains($0.text.lowercased()) } : []
        } ?? []
        // "Kế hoạch 5" / "năm 2011-2015", the period word two lines down in a narrow cell: a
        // count of periods right after the words of a header phrase, a space apart.
        let periodCounters: Set<String> = ["hoạch", "hiện", "th", "kh", "ước", "đầu", "cuối"]
        return line.words.indices.contains { index in
            let word = line.words[index]
            let counted = index > 0 && periodCounters.contains(line.words[index - 1].text.lowercased())
                && Int(word.text).map { (1...12).contains($0) } == true
                && word.minX - line.words[index - 1].maxX <= 0.5 * word.height
            let period = counted || (index + 1 < line.words.count ? periods.contains(line.words[index + 1].text.lowercased())
                : wrappedPeriods.contains { $0.maxX > word.minX - 10 * word.height && $0.minX < word.maxX + word.height })
            return RowPattern.looksLikeFigure(word.text) && Years.in(word.text).isEmpty && word.text.contains(where: \.isNumber)
                && !word.text.hasPrefix("(") && !period
        }
    }

    /// Words grouped into columns by overlapping x ranges (or a space apart: "Chỉ tiêu" on one line).
    private static func columnClusters(_ words: [PdfWord], reach: Double = 0.4) -> [[PdfWord]] {
        var clusters: [(range: ClosedRange<Double>, words: [PdfWord])] = []
        for word in words.sorted(by: { $0.minX < $1.minX }) {
            if let last = clusters.indices.last, word.minX <= clusters[last].range.upperBound + reach * word.height {
                clusters[last].range = clusters[last].range.lowerBound...max(clusters[last].range.upperBound, word.maxX)
                clusters[last].words.append(word)
            } else {
                clusters.append((word.minX...word.maxX, [word]))
            }
        }
        return clusters.map(\.words)
    }

    /// Words of one cell in reading order: by line, then left to right.
    static func text(of words: [PdfWord]) -> String {
        let sorted = words.sorted { abs($0.midY - $1.midY) > 0.3 * $0.height ? $0.midY < $1.midY : $0.minX < $1.minX }
        return PdfRowText.join(sorted.map(\.text))
    }

    // MARK: Body

    /// The table's lines after its header: up to a line of prose, a heading, a wide blank, or the
    /// end of the text. A header printed again at the top of a new page is left out.
    static func bodyLines(after start: Int, in lines: [PdfLine], header: [PdfLine], left: Double, right: Double)
        -> ([PdfLine], Int) {
        var body: [PdfLine] = []
        var index = start
        let headerTexts = header.flatMap(\.words).map(\.text)
        var tableLeft = left, tableRight = right
        while index < lines.count {
            let line = lines[index]
            if let previous = body.last ?? header.last {
                if line.page != previous.page {
                    let skipped = repeatedHeader(at: index, in: lines, headerTexts: headerTexts)
                    index += skipped
                    if skipped > 0 { continue }
                } else if line.minY - previous.maxY > 3 * line.height {
                    break
                }
            }
            if isProse(line, left: tableLeft, right: tableRight) { break }
            body.append(line)
            tableLeft = min(tableLeft, line.minX)
            tableRight = max(tableRight, line.maxX)
            index += 1
        }
        return (body, index)
    }

    /// Lines at the top of a page that hold the header's words again: how many to skip.
    private static func repeatedHeader(at start: Int, in lines: [PdfLine], headerTexts: [String]) -> Int {
        var remaining: [String: Int] = [:]
        for text in headerTexts { remaining[text, default: 0] += 1 }
        var consumed = 0, index = start
        while index < lines.count, lines[index].page == lines[start].page {
            let texts = lines[index].words.map(\.text)
            guard texts.allSatisfy({ (remaining[$0] ?? 0) > 0 }) else { break }
            for text in texts { remaining[text]! -= 1 }
            consumed += texts.count
            index += 1
        }
        return consumed * 10 >= headerTexts.count * 6 ? index - start : 0
    }

    /// A line of prose or a heading: one run of words with ordinary spaces reaching across most of
    /// the table, or a numbered heading ("III. KẾ HOẠCH …") running across its columns.
    private static func isProse(_ line: PdfLine, left: Double, right: Double) -> Bool {
        let width = max(right - left, 1)
        var runStart = line.words[0].minX, runEnd = line.words[0].maxX, longest = runEnd - runStart
        for (previous, word) in zip(line.words, line.words.dropFirst()) {
            if word.minX - previous.maxX > 0.5 * line.height { runStart = word.minX }
            runEnd = word.maxX
            longest = max(longest, runEnd - runStart)
        }
        if longest >= 0.7 * width { return true }
        let single = longest >= line.maxX - line.minX - 0.1
        return single && line.minX <= left + 0.5 * line.height && isHeading(line.text)
    }

    /// "III. KẾ HOẠCH NĂM 2025", "2. NHIỆM VỤ", "Nơi nhận:": not a row label ("1. Tốc độ tăng …"
    /// is one, typed numbering, so a numbered line must also be written in capitals).
    private static func isHeading(_ text: String) -> Bool {
        if text.hasPrefix("Nơi nhận") { return true }
        let head = text.prefix(while: { $0 != " " })
        guard head.count >= 2, head.hasSuffix(".") else { return false }
        let stem = head.dropLast()
        let letters = text.dropFirst(head.count).filter(\.isLetter)
        let capitals = !letters.isEmpty && Double(letters.filter(\.isUppercase).count) >= 0.8 * Double(letters.count)
        if RomanNumeral.value(stem) != nil, stem == stem.uppercased() { return capitals || letters.count > 30 }
        return capitals && stem.split(separator: ".").allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }

    /// A sentence right under the table that the first pass let in (short, so not recognised as
    /// prose by its width): it is the only line whose words bridge a gap every other line leaves
    /// between two columns. A group row merged across the columns bridges too, but is no sentence.
    private static func firstSentenceAcrossColumns(_ body: [PdfLine]) -> Int? {
        guard body.count >= 3, let low = body.map(\.minX).min(), let high = body.map(\.maxX).max() else { return nil }
        let origin = Int(low.rounded(.down))
        let width = Int(high.rounded(.up)) - origin + 1
        func cover(_ line: PdfLine) -> [Bool] {
            var covered = Array(repeating: false, count: width)
            for word in line.words {
                let from = max(0, Int(word.minX.rounded(.down)) - origin), to = min(width - 1, Int(word.maxX.rounded(.up)) - origin)
                if from <= to { for x in from...to { covered[x] = true } }
            }
            return covered
        }
        let covers = body.map(cover)
        var counts = Array(repeating: 0, count: width)
        for covered in covers { for x in 0..<width where covered[x] { counts[x] += 1 } }
        for (index, line) in body.enumerated() where index >= 2 {
            let text = line.text
            guard let last = text.last, ".;:".contains(last) || line.words.count > 12 else { continue }
            let covered = covers[index]
            // Runs of x only this line covers, with other lines' ink on both sides.
            var x = 0
            while x < width {
                guard covered[x], counts[x] == 1 else { x += 1; continue }
                let start = x
                while x < width, covered[x], counts[x] == 1 { x += 1 }
                // Wider than a word's edge: a gap between cells is a few points at least.
                if Double(x - start) >= max(3, 0.25 * line.height), start > 0, x < width, counts[start - 1] > 1 || (counts[start - 1] == 1 && !covered[start - 1]),
                   counts[x] > 1 || (counts[x] == 1 && !covered[x]) {
                    return index
                }
            }
            if bridgesAGap(line, covered: covered, counts: counts, origin: origin) { return index }
        }
        return nil
    }

    /// A sentence whose words, all a plain space apart, run over a gap every other line leaves
    /// between two columns, with the others' ink on both sides of the gap inside it ("Trên đây là
    /// …" under the last row, its first word over the row numbers). A row's cells stand further
    /// apart than a space somewhere, even in LibreOffice's tight padding ("đồng" | "45").
    private static func bridgesAGap(_ line: PdfLine, covered: [Bool], counts: [Int], origin: Int) -> Bool {
        guard line.words.count >= 5,
              zip(line.words, line.words.dropFirst()).allSatisfy({ $1.minX - $0.maxX <= 0.3 * line.height }) else { return false }
        let width = counts.count
        let from = max(0, Int(line.minX.rounded(.down)) - origin), to = min(width - 1, Int(line.maxX.rounded(.up)) - origin)
        guard from < to else { return false }
        let others = (from...to).map { counts[$0] - (covered[$0] ? 1 : 0) }
        var x = 0
        while x < others.count {
            guard others[x] == 0 else { x += 1; continue }
            let start = x
            while x < others.count, others[x] == 0 { x += 1 }
            if Double(x - start) >= max(3, 0.25 * line.height), start > 0, x < others.count { return true }
        }
        return false
    }

    // MARK: Columns

    /// Columns from the x ranges the body words fill. A range no header word stands over is part
    /// of its neighbour (words that happen to leave a gap at the same place in every line),
    /// except a first column of row numbers under a blank header.
    static func columns(body: [PdfLine], headerWords: [PdfWord]) -> ([ClosedRange<Double>], [String]) {
        var ranges = inkRanges(body)
        // Two ranges under one header phrase ("Đánh giá", its words a space apart on one line) are
        // one column: a phrase in the body ("Không đạt") whose space no other line covers. (Body
        // words of two columns can stand a space apart in a tight table; a centred header's cannot.)
        // So are two ranges that a body line crosses with one plain space ("2.900 - 3.000" where no
        // other line reaches): a space is a fifth of a line's height, the padding of two cells more.
        var merged = true
        let headerLines = Dictionary(grouping: headerWords) { ($0.midY / max($0.height * 0.3, 1)).rounded() }.values
            .map { ($0.sorted { $0.minX < $1.minX }, 0.3) }
        let bodyLines = body.map { ($0.words, 0.22) }
        // A body line's space joins two ranges only under one header cell: LibreOffice pads cells
        // so little that "đào" | "65" in two columns stand a space apart too.
        // A phrase centred over two columns with sub-headers of their own does not join them.
        let overSubHeaders = spanningPhrases(headerWords, ranges: ranges)
        // A phrase over sub-headers is a cluster of its own: with it, the sub-headers' columns
        // would stand under one header cell and merge ("Thực hiện" over "2011 | 2012 | …").
        let clusters = columnClusters(headerWords.filter { overSubHeaders[$0] == nil })
            + columnClusters(headerWords.filter { overSubHeaders[$0] != nil })
        func headerCells(over range: ClosedRange<Double>) -> Set<Int> {
            Set(clusters.indices.filter { clusters[$0].contains { $0.minX < range.upperBound && range.lowerBound < $0.maxX } })
        }
        while merged {
            merged = false
            for (index, (line, space)) in (headerLines + bodyLines).enumerated() {
                for (left, right) in zip(line, line.dropFirst()) where right.minX - left.maxX <= space * left.height
                    && overSubHeaders[left] == nil {
                    guard let a = ranges.firstIndex(where: { $0.contains(left.midX) }),
                          let b = ranges.firstIndex(where: { $0.contains(right.midX) }), b == a + 1 else { continue }
                    if index >= headerLines.count {
                        let (overA, overB) = (headerCells(over: ranges[a]), headerCells(over: ranges[b]))
                        guard overA == overB || overA.isEmpty || overB.isEmpty else { continue }
                    } else if figuresSideBySide(body, ranges[a], ranges[b]) {
                        continue
                    }
                    ranges[a] = ranges[a].lowerBound...ranges[b].upperBound
                    ranges.remove(at: b)
                    merged = true
                }
            }
        }
        ranges = splitRowNumbers(ranges, body: body, clusters: clusters)
        // Header words by the body ranges they stand over. A word over none goes with the words it
        // is stacked with ("Ước thực" / "hiện"): to the nearest range its header cell covers.
        // A header word over no column's figures, in a header line whose cells stand a space apart
        // ("TH năm 2019 KH năm 2020"): it belongs to the side of the widest gap between the last
        // word over one column and the first over the next, where the cell border is.
        func sideOfWidestGap(_ word: PdfWord) -> Int? {
            guard let a = ranges.lastIndex(where: { $0.upperBound <= word.minX }), a + 1 < ranges.count else { return nil }
            let line = headerWords.filter { abs($0.midY - word.midY) < 0.3 * word.height }.sorted { $0.minX < $1.minX }
            guard let start = line.lastIndex(where: { $0.minX < ranges[a].upperBound && $0.maxX > ranges[a].lowerBound }),
                  let end = line.firstIndex(where: { $0.maxX > ranges[a + 1].lowerBound && $0.minX < ranges[a + 1].upperBound }),
                  start < end else { return nil }
            let run = Array(line[start...end])
            guard let widest = zip(run, run.dropFirst()).enumerated().max(by: { ($0.element.1.minX - $0.element.0.maxX) < ($1.element.1.minX - $1.element.0.maxX) }) else { return nil }
            return word.maxX <= run[widest.offset].maxX ? a : a + 1
        }
        // A header word past the edge of the figures below it, a plain space from words of its
        // cell that stand over one column only ("Ước thực hiện năm" over a narrower value column,
        // "năm" nearer the verdict column's "Đánh giá" on the line below): that column's.
        func columnOfPhrase(_ word: PdfWord) -> Int? {
            let line = headerWords.filter { abs($0.midY - word.midY) < 0.3 * word.height }.sorted { $0.minX < $1.minX }
            guard let at = line.firstIndex(of: word) else { return nil }
            var phrase = [word]
            var low = at, high = at
            while low > 0, line[low].minX - line[low - 1].maxX <= 0.25 * word.height { low -= 1; phrase.append(line[low]) }
            while high + 1 < line.count, line[high + 1].minX - line[high].maxX <= 0.25 * word.height { high += 1; phrase.append(line[high]) }
            let under = Set(phrase.flatMap { part in
                ranges.indices.filter { ranges[$0].lowerBound < part.maxX && part.minX < ranges[$0].upperBound }
            })
            return under.count == 1 ? under.first : nil
        }
        func assign() -> (own: [[PdfWord]], spanning: [[PdfWord]]) {
            var own: [[PdfWord]] = Array(repeating: [], count: ranges.count)
            var spanning: [[PdfWord]] = Array(repeating: [], count: ranges.count)
            func overlapping(_ word: PdfWord) -> [Int] {
                ranges.indices.filter { ranges[$0].lowerBound < word.maxX && word.minX < ranges[$0].upperBound }
            }
            let phrases = spanningPhrases(headerWords, ranges: ranges)
            for cluster in clusters {
                var candidates = Array(Set(cluster.flatMap(overlapping))).sorted()
                if candidates.isEmpty {
                    let middle = (cluster.map(\.minX).min()! + cluster.map(\.maxX).max()!) / 2
                    candidates = ranges.indices.min { distance(middle, ranges[$0]) < distance(middle, ranges[$1]) }.map { [$0] } ?? []
                }
                for word in cluster {
                    if let columns = phrases[word] {
                        for column in columns { spanning[column].append(word) }
                        continue
                    }
                    let hit = overlapping(word)
                    if hit.count > 1 {
                        for column in hit { spanning[column].append(word) }
                    } else if let column = hit.first ?? sideOfWidestGap(word) ?? columnOfPhrase(word)
                                ?? candidates.min(by: { distance(word.midX, ranges[$0]) < distance(word.midX, ranges[$1]) }) {
                        own[column].append(word)
                    }
                }
            }
            return (own, spanning)
        }
        // Merge unnamed ranges into the closer neighbour until every range has a header word.
        while ranges.count > 1 {
            let own = assign().own
            let firstIsNumbers = body.allSatisfy { line in
                line.words.filter { $0.maxX <= ranges[0].upperBound }.allSatisfy { PdfRowText.isRowNumber($0.text) }
            }
            guard let unnamed = ranges.indices.first(where: { own[$0].isEmpty && !($0 == 0 && firstIsNumbers) }) else { break }
            let gapLeft = unnamed > 0 ? ranges[unnamed].lowerBound - ranges[unnamed - 1].upperBound : .infinity
            let gapRight = unnamed + 1 < ranges.count ? ranges[unnamed + 1].lowerBound - ranges[unnamed].upperBound : .infinity
            let other = gapLeft <= gapRight ? unnamed - 1 : unnamed + 1
            let (low, high) = (min(unnamed, other), max(unnamed, other))
            ranges[low] = ranges[low].lowerBound...ranges[high].upperBound
            ranges.remove(at: high)
        }
        let (own, spanning) = assign()
        let headers = ranges.indices.map { column in
            let (below, above) = (text(of: own[column]), text(of: spanning[column]))
            // A year under "Thực hiện" reads "Thực hiện 2020", as `TableInterpreter` joins a DOCX's two header rows.
            let parts = TableInterpreter.isPeriod(below) ? [above, below] : [below, above]
            return rejoined(parts.filter { !$0.isEmpty }.joined(separator: " "))
        }
        return (ranges, headers)
    }

    /// Two body lines at least with a figure in each of the two ranges: two columns, however
    /// close their header cells stand. A narrow table squeezes its header cells to their text, so
    /// "KH 2019" and "Ước TH 2019" stand barely more than a space apart; read as one header
    /// phrase they would fold the target and the value into one column ("16 17,17").
    private static func figuresSideBySide(_ body: [PdfLine], _ a: ClosedRange<Double>, _ b: ClosedRange<Double>) -> Bool {
        func isFigure(_ word: PdfWord) -> Bool {
            word.text.contains(where: \.isNumber) && RowPattern.looksLikeFigure(word.text) && !PdfRowText.isRowNumber(word.text)
        }
        let both = body.filter { line in
            line.words.contains { isFigure($0) && a.contains($0.midX) } && line.words.contains { isFigure($0) && b.contains($0.midX) }
        }
        return both.count >= 2
    }

    /// Header words of a phrase printed across several columns, each with header words of its
    /// own below the phrase ("Kế hoạch năm 2023" over "KH QH giao | CP phấn đấu"): the columns it
    /// names, as `TableInterpreter` joins a cell merged across over a second header row. Its
    /// single words may each stand over one column only; the phrase as a whole does not.
    private static func spanningPhrases(_ headerWords: [PdfWord], ranges: [ClosedRange<Double>]) -> [PdfWord: [Int]] {
        var result: [PdfWord: [Int]] = [:]
        let lines = Dictionary(grouping: headerWords) { ($0.midY / max($0.height * 0.3, 1)).rounded() }.values
        for line in lines {
            let sorted = line.sorted { $0.minX < $1.minX }
            var phrases: [[PdfWord]] = []
            // Two cells' first lines a little more than a space apart ("Bình quân" | "Đánh" in a
            // narrow table, a column border between them) are no phrase: a phrase's words stand
            // a plain space apart wherever the columns below part.
            // Nor are two left-aligned cells' first lines ("So dự toán HĐND" | "So dự toán HĐND"),
            // the second starting where its column's figures start, more than a space after the first.
            func bordersBetween(_ left: PdfWord, _ right: PdfWord) -> Bool {
                let gap = right.minX - left.maxX
                let startsColumn = gap > 0.25 * right.height
                    && ranges.contains { $0.lowerBound >= left.maxX && abs($0.lowerBound - right.minX) <= 1 }
                return startsColumn || gap > 0.3 * right.height && zip(ranges, ranges.dropFirst()).contains { a, b in
                    a.upperBound <= right.minX && b.lowerBound >= left.maxX
                }
            }
            for word in sorted {
                if let last = phrases.last?.last, word.minX - last.maxX <= 0.4 * word.height, !bordersBetween(last, word) {
                    phrases[phrases.count - 1].append(word)
                } else {
                    phrases.append([word])
                }
            }
            for phrase in phrases where phrase.count >= 2 {
                let low = phrase[0].minX, high = phrase[phrase.count - 1].maxX, bottom = phrase.map(\.maxY).max()!
                let columns = ranges.indices.filter { ranges[$0].lowerBound < high && low < ranges[$0].upperBound }
                guard columns.count >= 2, columns.allSatisfy({ column in
                    headerWords.contains { $0.minY >= bottom - 0.2 * $0.height && ranges[column].lowerBound < $0.maxX && $0.minX < ranges[column].upperBound }
                }) else { continue }
                // The merged cell reaches over the neighbours whose header words all stand below
                // it (its text is centred: "Thực hiện" over "2011 | … | 2015" covers 2013 only).
                func onlyBelow(_ column: Int) -> Bool {
                    let over = headerWords.filter { ranges[column].lowerBound < $0.maxX && $0.minX < ranges[column].upperBound }
                    return !over.isEmpty && over.allSatisfy { $0.minY >= bottom - 0.2 * $0.height }
                }
                var first = columns[0], last = columns[columns.count - 1]
                while first > 0, onlyBelow(first - 1) { first -= 1 }
                while last + 1 < ranges.count, onlyBelow(last + 1) { last += 1 }
                for word in phrase { result[word] = Array(first...last) }
            }
        }
        return result
    }

    /// The x ranges where the body lines have ink, a point apart at least. In a long table one
    /// stray line (a running head the page margins did not catch) does not join two columns: there
    /// a range needs two lines' ink.
    private static func inkRanges(_ body: [PdfLine]) -> [ClosedRange<Double>] {
        let words = body.flatMap(\.words)
        guard let low = words.map(\.minX).min(), let high = words.map(\.maxX).max() else { return [] }
        let origin = low.rounded(.down)
        let width = Int(high.rounded(.up) - origin) + 2
        var counts = Array(repeating: 0, count: width)
        for line in body {
            var covered = Array(repeating: false, count: width)
            for word in line.words {
                for x in Int((word.minX - origin).rounded(.down))...Int((word.maxX - origin).rounded(.up)) { covered[x] = true }
            }
            for x in 0..<width where covered[x] { counts[x] += 1 }
        }
        let needed = body.count >= 20 ? 2 : 1
        var ranges: [ClosedRange<Double>] = []
        var x = 0
        while x < width {
            guard counts[x] >= needed else { x += 1; continue }
            let start = x
            while x < width, counts[x] >= needed { x += 1 }
            // Word edges are whole points here; the words' own edges give the range back exactly.
            let inside = words.filter { $0.midX >= origin + Double(start) - 0.5 && $0.midX <= origin + Double(x) + 0.5 }
            let from = max(origin + Double(start), inside.map(\.minX).min() ?? 0)
            let to = min(origin + Double(x), inside.map(\.maxX).max() ?? .infinity)
            if let last = ranges.last, from <= last.upperBound + 1 {
                ranges[ranges.count - 1] = last.lowerBound...max(last.upperBound, to)
            } else if from <= to {
                ranges.append(from...to)
            }
        }
        return ranges
    }

    /// A word a narrow header cell broke over two lines ("St" / "t"): read with one of its spaces
    /// taken out when that is what makes it a header the reader knows ("Stt").
    static func rejoined(_ header: String) -> String {
        guard ColumnRole.classify(header) == .other else { return header }
        let parts = header.split(separator: " ")
        for index in parts.indices.dropLast() {
            let joined = (parts[..<index] + [parts[index] + parts[index + 1]] + parts[(index + 2)...]).joined(separator: " ")
            if ColumnRole.classify(joined) != .other { return joined }
        }
        return header
    }

    /// Word's list numbering prints "1." a few points left of the label, closer than a cell's
    /// padding keeps two columns apart elsewhere, so the row numbers and the labels fill one x
    /// range. Under a "TT" header and a "Chỉ tiêu" header that range is two columns: split where
    /// the labels begin, when everything left of that is a row number.
    private static func splitRowNumbers(_ ranges: [ClosedRange<Double>], body: [PdfLine], clusters: [[PdfWord]]) -> [ClosedRange<Double>] {
        guard let first = ranges.first else { return ranges }
        let over = clusters.filter { cluster in cluster.contains { $0.minX < first.upperBound && first.lowerBound < $0.maxX } }
        let roles = over.map { ColumnRole.classify(text(of: $0)) }
        let words = body.flatMap(\.words).filter { first.contains($0.midX) }
        // Beside the numbers stand the marks of sub-rows ("+", "-") and the ")" of a "10)" the
        // narrow cell wrapped.
        func inNumberColumn(_ text: String) -> Bool {
            PdfRowText.isRowNumber(text) || (!text.isEmpty && text.count <= 2 && text.allSatisfy { "+-–•).".contains($0) })
        }
        guard let start = words.filter({ !inNumberColumn($0.text) }).map(\.minX).min(), start - 0.5 > first.lowerBound else { return ranges }
        // "TT Chỉ tiêu" a space apart on one header line is one cluster: its words left of where
        // the labels begin name the numbers, the rest the labels.
        let overWords = over.joined()
        let namedApart = ColumnRole.classify(text(of: overWords.filter { $0.midX < start })) == .code
            && ColumnRole.classify(text(of: overWords.filter { $0.midX >= start })) == .name
        guard roles.contains(.code) && roles.contains(.name) || namedApart else { return ranges }
        let numbers = words.filter { $0.midX < start }
        guard numbers.contains(where: { PdfRowText.isRowNumber($0.text) }), numbers.allSatisfy({ inNumberColumn($0.text) }) else { return ranges }
        return [first.lowerBound...(start - 0.5), start...first.upperBound] + ranges.dropFirst()
    }

    private static func distance(_ x: Double, _ range: ClosedRange<Double>) -> Double {
        range.contains(x) ? 0 : min(abs(x - range.lowerBound), abs(x - range.upperBound))
    }
}
