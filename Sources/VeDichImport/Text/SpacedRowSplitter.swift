import VeDichCore

/// Splits a table row that a page-text extractor flattened to one line with its cells joined by
/// single spaces ("1 Tốc độ tăng GDP % Khoảng 6 - 6,5 5,91 Không đạt") back into its cells.
/// Nothing marks where a cell ends, so each cell is recognised by what it can hold: header
/// phrases by the header vocabulary, body cells from the right (figures, a verdict, a unit), the
/// name taking what is left. When two readings are equally good the line is not split (nil): a
/// row read wrong is worse than a row reported unread.
enum SpacedRowSplitter {
    // MARK: Header

    /// The header phrases of a header row typed with spaces: "TT Chỉ tiêu Đơn vị tính Kế hoạch
    /// năm 2022 Ước thực hiện 9 tháng So cùng kỳ (%)" → ["TT", "Chỉ tiêu", "Đơn vị tính", "Kế
    /// hoạch năm 2022", "Ước thực hiện 9 tháng", "So cùng kỳ (%)"]. Nil unless every phrase is a
    /// header the vocabulary knows (or a period such as "2019", "Sơ bộ 2023") and the header has an
    /// indicator column and a target, value, earlier-period or comparison column.
    static func headerCells(_ line: String) -> [String]? {
        guard let headers = phrases(line), headers.count >= 3 else { return nil }
        let roles = ColumnRole.classify(headers: headers)
        // A header opens with its number or indicator column; a line opening with "Kế hoạch …" is a sentence or a title.
        guard [.code, .name].contains(roles[0]), roles.contains(.name),
              roles.contains(where: { [.target, .actual, .previous, .comparison].contains($0) }) else { return nil }
        return headers
    }

    /// The header phrases of any header line, also a second header line under cells spanning
    /// several columns ("KH TH", "Kế hoạch Thực hiện", "2019 2020 Ước 2021"); nil unless every
    /// phrase is one the vocabulary knows or a period.
    static func phrases(_ line: String) -> [String]? {
        let tokens = HeaderToken.tokens(of: line)
        guard !tokens.isEmpty, tokens.count <= 60 else { return nil }
        // A header typed in capitals ("KẾ HOẠCH NĂM 2022"): case says nothing of where cells begin.
        let allCaps = !line.contains(where: \.isLowercase)
        var phrases: [[HeaderToken]] = []
        var depth = 0
        for (index, token) in tokens.enumerated() {
            let startsPhrase = depth == 0
                && (phrases.isEmpty || startsHeaderPhrase(at: index, tokens, current: phrases[phrases.count - 1], allCaps: allCaps))
            if startsPhrase { phrases.append([token]) } else { phrases[phrases.count - 1].append(token) }
            depth = max(0, depth + token.text.filter { $0 == "(" }.count - token.text.filter { $0 == ")" }.count)
        }
        guard phrases.allSatisfy(isHeaderWording) else { return nil }
        let headers = phrases.map { $0.map(\.text).joined(separator: " ") }
        return headers.allSatisfy(isKnownHeader) ? headers : nil
    }

    /// A header cell is a few words of the header lexicon ("Kế hoạch HĐND tỉnh giao năm 2022",
    /// "So với cùng kỳ (%)"), a bracketed remark aside; an indicator's name ("Tỷ lệ hộ nghèo")
    /// or a sentence ("Tỷ lệ lao động qua đào tạo đạt 69%.") holds other words.
    private static func isHeaderWording(_ phrase: [HeaderToken]) -> Bool {
        var depth = 0
        var outside = 0
        for token in phrase {
            let opens = token.text.filter { $0 == "(" }.count
            if depth == 0, opens == 0 {
                outside += 1
                if let last = token.text.last, ".;:,".contains(last) { return false }
                // Numbers in a header are periods ("2022", "2011-2015", "9 tháng", "N-1"), never figures ("8-10%", "650.000").
                let digits = token.text.filter(\.isNumber).count
                if digits > 0, !Cell.isYearLike(token.text), !isPartOfYear(token.text),
                   digits > 2 || token.text.contains(where: { ",.%".contains($0) }) { return false }
                let known = Words(token.text).words.allSatisfy { word in
                    headerLexicon.contains(word) || word.allSatisfy(\.isNumber) || RomanNumeral.value(word.uppercased()) != nil
                }
                if !known { return false }
            }
            depth = max(0, depth + opens - token.text.filter { $0 == ")" }.count)
        }
        return outside <= 12
    }

    /// A quarter or a month of a year written with a slash: "I/2023", "IV/2022", "6/2023".
    static func isPartOfYear(_ token: String) -> Bool {
        let parts = token.split(separator: "/")
        guard parts.count == 2, parts[1].count == 4, Cell.isYearLike(String(parts[1])) else { return false }
        let part = String(parts[0])
        if let month = Int(part) { return (1...12).contains(month) }
        return RomanNumeral.value(part.uppercased()).map { (1...4).contains($0) } ?? false
    }

    /// Every word header cells are written with: the heads, periods, issuers, what is compared.
    private static let headerLexicon: Set<String> = Set(Words("""
        tt stt số thứ tự chỉ tiêu chủ yếu nội dung tên sản phẩm mặt hàng danh mục lĩnh vực cây trồng vật nuôi ngành hàng \
        loại đơn vị tính đvt đv kế hoạch kh mục dự toán nghị quyết nq điều chỉnh được giao phấn đấu đề ra của quốc hội \
        chính phủ qh cp hđnd ubnd tỉnh huyện thành phố thị xã trung ương tw đại đh đảng bộ lần thứ nhiệm kỳ ước thực hiện th \
        đạt lũy luỹ cộng dồn kết quả cùng trước so sánh với tỷ tỉ lệ tăng giảm % đánh giá mức độ hoàn thành khả năng \
        tình hình ghi chú cơ quan chủ trì phối hợp nguyên nhân lý do nhận xét năm tháng quý giai đoạn bình quân cả đầu \
        cuối sơ bộ đến từ n và hoặc không
        """).words)

    /// A header phrase the vocabulary places, a period column ("2019", "Năm 2022", "Sơ bộ 2023"),
    /// or "ĐV tính", the unit column's short form statistics tables use.
    private static func isKnownHeader(_ header: String) -> Bool {
        ColumnRole.classify(header) != .other || TableInterpreter.isPeriod(header) || knownOther.contains(Words(header))
            || isMonthsPeriod(header)
    }

    /// "Tháng 9 năm 2021", "9 tháng năm 2021", "6 tháng đầu năm": a part of a year, over its columns.
    private static func isMonthsPeriod(_ header: String) -> Bool {
        let words = Words(header).words
        let periodWords: Set<String> = ["tháng", "năm", "quý", "đầu", "cuối", "cả"]
        return words.contains("tháng") && words.contains(where: { $0.allSatisfy(\.isNumber) })
            && words.allSatisfy { periodWords.contains($0) || $0.allSatisfy(\.isNumber) }
    }

    /// Headers the column roles leave as `other` but a table plainly has: the unit column's
    /// short form in statistics tables, the whole period beside its years.
    private static let knownOther: Set<Words> = [Words("đv tính"), Words("cả giai đoạn"), Words("cả nhiệm kỳ")]

    /// One word of a header line, with its normalised words ("(%)" → ["%"], "2011-2015" →
    /// ["2011", "2015"]).
    private struct HeaderToken {
        var text: String
        var key: String

        static func tokens(of line: String) -> [HeaderToken] {
            line.split(whereSeparator: \.isWhitespace).map { HeaderToken(text: String($0), key: Words($0).description) }
        }

        var isCapitalized: Bool {
            guard let first = text.first(where: \.isLetter) else { return false }
            return first.isUppercase && text.first?.isLetter == true
        }

        /// "KH", "TH", "NQ", "ĐVT": written in capitals whatever the cell's place.
        var isAbbreviation: Bool {
            let letters = text.filter(\.isLetter)
            return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
        }

        var isYear: Bool { text.first?.isNumber == true && !Years.in(text).isEmpty && !text.contains(",") }
    }

    private enum HeadKind { case code, name, unit, target, actual, previous, comparison, evaluation, note, period, issuer }

    /// Words a header cell starts with, longest first where one begins another ("ước thực hiện"
    /// before "ước"). Heads met inside a cell ("Nội dung chỉ tiêu", "Tỷ lệ % so KH") are told
    /// apart by their case and the words before them (`startsHeaderPhrase`).
    private static let heads: [(words: [String], kind: HeadKind)] = {
        let written: [(String, HeadKind)] = [
            ("số thứ tự", .code), ("số tt", .code), ("stt", .code), ("tt", .code),
            ("tên chỉ tiêu", .name), ("chỉ tiêu", .name), ("nội dung", .name), ("tên sản phẩm", .name), ("sản phẩm", .name),
            ("mặt hàng", .name), ("danh mục", .name), ("lĩnh vực", .name), ("cây trồng", .name), ("vật nuôi", .name),
            ("ngành hàng", .name), ("loại cây", .name),
            ("đơn vị tính", .unit), ("đơn vị", .unit), ("đvt", .unit), ("đv tính", .unit),
            ("kế hoạch", .target), ("kh", .target), ("mục tiêu", .target), ("dự toán", .target),
            ("quốc hội giao", .issuer), ("chính phủ phấn đấu", .issuer), ("nghị quyết", .issuer), ("nq", .issuer),
            ("kết quả thực hiện", .actual), ("ước thực hiện", .actual), ("ước th", .actual), ("ước tính", .actual),
            ("ước đạt", .actual), ("ước", .actual), ("thực hiện", .actual), ("th", .actual), ("lũy kế", .actual),
            ("luỹ kế", .actual), ("cộng dồn", .actual),
            ("cùng kỳ", .previous), ("cả giai đoạn", .previous), ("giai đoạn", .previous), ("bình quân", .previous),
            ("so sánh", .comparison), ("so với", .comparison), ("so", .comparison), ("tỷ lệ", .comparison), ("tăng giảm", .comparison),
            ("đánh giá", .evaluation), ("mức độ hoàn thành", .evaluation), ("kết quả", .evaluation),
            ("tình hình thực hiện", .evaluation),
            ("ghi chú", .note), ("cơ quan chủ trì", .note), ("cơ quan", .note), ("nguyên nhân", .note), ("nhận xét", .note),
            ("lý do", .note),
            ("năm", .period), ("tháng", .period), ("quý", .period), ("sơ bộ", .period),
        ]
        return written.map { (words: Words($0.0).words, kind: $0.1) }.sorted { $0.words.count > $1.words.count }
    }()

    /// The head starting at `index` (nil when the word starts none).
    private static func head(at index: Int, _ tokens: [HeaderToken]) -> (length: Int, kind: HeadKind)? {
        for head in heads where index + head.words.count <= tokens.count {
            if tokens[index..<(index + head.words.count)].map(\.key).elementsEqual(head.words) { return (head.words.count, head.kind) }
        }
        return nil
    }

    /// Words after which a head word continues the cell: "Tỷ lệ % so KH", "Kết quả so với mục
    /// tiêu", "Mục tiêu phấn đấu của Chính phủ", "Đánh giá khả năng thực hiện".
    private static let linkers: Set<String> = ["so", "với", "của", "đến", "và", "theo", "%", "năng"]

    /// Words a year directly after belongs to: "Kế hoạch năm 2022", "Thực hiện 2001 - 2005", "Ước
    /// TH 9 tháng 2022", "Sơ bộ 2023".
    private static let yearBinders: Set<String> = ["năm", "-", "–", "đến", "đoạn", "kỳ", "bộ", "tháng", "quý"]

    /// Whether the word at `index` begins a new header cell. A cell begins at a head word typed
    /// with a capital (offices capitalise each header cell: "… năm 2022 Ước thực hiện …"); a head
    /// in lower case continues the cell ("Nội dung chỉ tiêu", "Đơn vị thực hiện"). Abbreviations
    /// carry no case: "KH", "TH" begin a cell unless a linker or a bare plan word precedes ("So
    /// KH", "Mục tiêu NQ", "KH Quốc hội giao"). A year begins a cell after another year or after a
    /// word no period follows ("ĐVT 2016 2017", "… Đại hội XII 2016").
    private static func startsHeaderPhrase(at index: Int, _ tokens: [HeaderToken], current: [HeaderToken], allCaps: Bool) -> Bool {
        let token = tokens[index]
        let previous = tokens[index - 1]
        if token.text.first == "(" { return false }
        // "% so với KH", "% so cùng kỳ" begin a ratio's cell ("Tỷ lệ % so KH" is one cell).
        if token.text == "%", index + 1 < tokens.count, tokens[index + 1].key == "so", previous.key != "lệ" { return true }
        // Inside a head of several words ("Ước TH", "Số TT", "Ước thực hiện").
        for back in 1...3 where index - back >= 0 {
            if let covering = head(at: index - back, tokens), covering.length > back { return false }
        }
        if token.isYear {
            if previous.key.hasSuffix("-") || previous.text.hasSuffix("-") || previous.text.hasSuffix("–") { return false }
            if current.contains(where: \.isYear) { return true }
            if let last = previous.key.split(separator: " ").last, yearBinders.contains(String(last)) { return false }
            guard let first = head(at: index - current.count, tokens) else { return true }
            // Right after a plan or result head: "Kế hoạch 2023", "Ước 2020", "KH 2022".
            return !(current.count == first.length && [.target, .actual, .previous, .issuer].contains(first.kind))
        }
        // "Tháng 9 năm 2021 9 tháng năm 2021": a count of months after a cell's year begins the next cell.
        if token.text.allSatisfy(\.isNumber), token.text.count <= 2, current.contains(where: \.isYear) { return true }
        guard let found = head(at: index, tokens) else {
            // "Kế hoạch năm 2022 Số liệu tham khảo": a capital after a cell's period begins a
            // cell the vocabulary does not know (and the header is then not read).
            return token.isCapitalized && current.contains(where: \.isYear)
        }
        // "(%)" closes its cell; a bare "%" links ("Tỷ lệ % so KH").
        if linkers.contains(previous.key), !previous.text.hasSuffix(")") { return false }
        let currentHead = head(at: index - current.count, tokens)
        let currentIsBareHead = currentHead.map { $0.length == current.count } ?? false
        switch found.kind {
        case .issuer:
            // "KH Quốc hội giao", "Mục tiêu Nghị quyết Đại hội", "Mục tiêu NQ": who set the plan.
            if currentIsBareHead, currentHead?.kind == .target { return false }
        case .name:
            // "Nội dung chỉ tiêu", "Tên chỉ tiêu".
            if currentIsBareHead, currentHead?.kind == .name, !token.isCapitalized || allCaps { return false }
        case .period where allCaps:
            // "KẾ HOẠCH NĂM 2022": the period of the plan or result before it, until it has a year.
            if let kind = currentHead?.kind, [.target, .actual, .previous, .comparison, .issuer].contains(kind),
               !current.contains(where: \.isYear) { return false }
        default: break
        }
        if token.isAbbreviation { return true }
        return token.isCapitalized
    }

    // MARK: Body

    /// The cells of a body row, one per role (empty strings for empty cells); a dash ("-", "–",
    /// "x") is a written cell and kept as written. Nil when the line cannot be split with
    /// certainty: two readings fit equally well (fewer figures than figure columns and nothing
    /// says which is empty; a word that may begin a figure or end the name), the name would be
    /// empty, a year stands between a name ending "năm", "chuẩn", "giai đoạn" and the figures (it
    /// may be the name's), or the roles put something other than the row number before the name.
    /// A row with no figure at all ("I Kinh tế", "Trồng trọt") comes back with its figure cells
    /// empty: whether it is a group row or not a row is the caller's to decide.
    static func cells(_ line: String, roles: [ColumnRole]) -> [String]? {
        var tokens = line.split(whereSeparator: \.isWhitespace).map(String.init)
        guard !tokens.isEmpty, tokens.count <= 120, let nameColumn = roles.firstIndex(of: .name) else { return nil }
        let before = roles[..<nameColumn]
        guard before.count <= 1, before.allSatisfy({ $0 == .code }) else { return nil }
        let after = Array(roles[(nameColumn + 1)...])
        guard !after.contains(where: { [.name, .code].contains($0) }) else { return nil }
        // "3.Cơ cấu kinh tế": the row number glued to the name.
        if before.count == 1, let glued = RowNumberToken.gluedNumber(tokens[0]) {
            tokens[0] = String(tokens[0].dropFirst(glued.count))
            tokens.insert(glued, at: 0)
        }
        var nameStart = 0
        if before.count == 1, tokens.count > 1, RowNumberToken.isRowNumber(tokens[0]) { nameStart = 1 }
        var parser = BodyParser(tokens: tokens, nameStart: nameStart, roles: after)
        guard let (trailing, nameEnd) = parser.best() else { return nil }
        let name = tokens[nameStart..<nameEnd].joined(separator: " ")
        // A figure column left empty while the name holds a figure: the figure may be the
        // column's ("Thu ngân sách 2.000 2.100 2.150 Vượt" under two figure columns).
        let figureRoles: Set<ColumnRole> = [.target, .actual, .previous, .comparison, .other]
        let emptyFigure = zip(after, trailing).contains { figureRoles.contains($0.0) && $0.1.isEmpty }
        if emptyFigure, tokens[nameStart..<nameEnd].contains(where: { Cell.isFigureToken($0) && !Cell.isYearLike($0) }) { return nil }
        if let first = trailing.first(where: { !$0.isEmpty }), yearMayBelongToName(first, name: tokens[nameStart..<nameEnd]) { return nil }
        var result: [String] = before.isEmpty ? [] : [nameStart == 1 ? tokens[0] : ""]
        result.append(name)
        result.append(contentsOf: trailing)
        return result
    }

    /// A unit cell's text ("%", "Tỷ đồng", "Triệu USD", "Ng/km2"), as the body's unit column reads it.
    static func isUnit(_ text: String) -> Bool { Cell.isKnownUnit(text) }

    /// "Trên 87", "Khoảng 2.300", "Tăng 6,8": a word a figure cell may begin with.
    static func beginsFigureCell(_ word: String) -> Bool {
        Cell.leadingWords.contains { $0.first == Words(word).description }
    }

    /// "Tỷ lệ hộ nghèo theo chuẩn 2021-2025", "Dân số đến năm 2025": a year after such a word is
    /// as likely the name's as a figure.
    private static func yearMayBelongToName(_ cell: String, name: ArraySlice<String>) -> Bool {
        guard let last = name.last, periodWords.contains(Words(last).description) else { return false }
        return !Years.in(cell).isEmpty && !cell.contains(",") && Words(cell).words.allSatisfy { $0.count == 4 || !$0.allSatisfy(\.isNumber) }
    }

    private static let periodWords: Set<String> = ["năm", "chuẩn", "đoạn", "đến", "kỳ", "sánh", "từ", "giá"]
}

/// A row number token: "1", "2.", "I", "a)", "-", "1.1", "II.3".
private enum RowNumberToken {
    static func isRowNumber(_ token: String) -> Bool {
        switch RowNumber(token) {
        case .number, .group, .letter, .subRow: true
        case .none, .unknown: false
        }
    }

    /// "3." of "3.Cơ", "a)" of "a)Trồng": a number or letter and its mark, a letter right after.
    static func gluedNumber(_ token: String) -> String? {
        guard let mark = token.firstIndex(where: { $0 == "." || $0 == ")" }), mark != token.startIndex else { return nil }
        let number = String(token[...mark])
        let rest = token[token.index(after: mark)...]
        guard rest.first?.isLetter == true, number.count <= 4 else { return nil }
        switch RowNumber(number) {
        case .number, .letter, .group: return number
        default: return nil
        }
    }
}

/// Costs in tenths: a figure column left empty is dear (a missing figure is not guessed
/// away: two ways to leave one empty are a tie, no reading), a word
/// in lower case read as the start of a figure ("tăng 6,8") is dearer than leaving it to the
/// name, a unit column left empty costs less than a missing figure.
private enum Cost {
    static let emptyFigure = 10
    static let emptyUnit = 5
    static let figureInEvaluation = 5
    static let lowerCaseLeadingWord = 2
    static let nameEndsInYear = 3
    static let verdictLeftToName = 1
}

/// The right-to-left reading of a body line: each column after the name takes a cell that its
/// role can hold, at a cost; the cheapest reading wins, a tie is no reading.
private struct BodyParser {
    let tokens: [String]
    let nameStart: Int
    let roles: [ColumnRole]

    private struct Best {
        var cost: Int
        /// How many readings reach the cost (capped at 2: a tie is all that matters).
        var ways: Int
        /// The choice for this column: where its cell starts.
        var start: Int
    }

    private var memo: [Int: Best?] = [:]
    /// The cells that may end at a token, found once whichever column asks (`options`).
    private var figures: [Int: [(start: Int, cost: Int)]] = [:]
    private var verdicts: [Int: Int?] = [:]
    private var units: [Int: Int?] = [:]

    /// The table has a column for verdicts or remarks.
    private let verdictsHaveAColumn: Bool

    /// Each token's normalised words ("Tối" → "tối", "(%)" → "%").
    let keys: [String]

    init(tokens: [String], nameStart: Int, roles: [ColumnRole]) {
        self.tokens = tokens
        keys = tokens.map { Words($0).description }
        self.nameStart = nameStart
        self.roles = roles
        verdictsHaveAColumn = roles.contains(.evaluation) || roles.contains(.note)
    }

    /// The trailing cells and where the name ends; nil on a tie or when nothing fits.
    mutating func best() -> ([String], Int)? {
        guard let best = solve(column: roles.count, end: tokens.count), best.ways == 1 else { return nil }
        var cells: [String] = []
        var end = tokens.count
        for column in stride(from: roles.count, to: 0, by: -1) {
            guard let choice = solve(column: column, end: end) else { return nil }
            cells.append(tokens[choice.start..<end].joined(separator: " "))
            end = choice.start
        }
        return (cells.reversed(), end)
    }

    /// The cheapest reading of columns `0..<column` (of `roles`) and the name, within tokens
    /// `nameStart..<end`.
    private mutating func solve(column: Int, end: Int) -> Best? {
        let key = column * 10_000 + end
        if let known = memo[key] { return known }
        var result: Best?
        if column == 0 {
            result = end > nameStart && tokens[nameStart..<end].contains(where: { $0.contains(where: \.isLetter) })
                ? nameCost(end: end).map { Best(cost: $0, ways: 1, start: end) } : nil
        } else {
            for option in options(role: roles[column - 1], end: end) {
                guard let rest = solve(column: column - 1, end: option.start) else { continue }
                let cost = rest.cost + option.cost
                if result == nil || cost < result!.cost {
                    result = Best(cost: cost, ways: rest.ways, start: option.start)
                } else if cost == result!.cost {
                    result!.ways = min(2, result!.ways + rest.ways)
                }
            }
        }
        memo[key] = result
        return result
    }

    /// A name ending in a year ("theo chuẩn 2021-2025") is possible but less likely than a
    /// figure cell; one ending in any other figure or a dash ("… 2,8 -", "… 49") is no name: a
    /// cell was lost to it (more figures than figure columns), so that reading is refused.
    private func nameCost(end: Int) -> Int? {
        guard let last = tokens[..<end].last else { return 0 }
        if Cell.isDash(last) { return nil }
        guard Cell.isFigureToken(last) else { return 0 }
        return Cell.isYearLike(last) ? Cost.nameEndsInYear : nil
    }

    private mutating func figureStarts(_ end: Int) -> [(start: Int, cost: Int)] {
        if let known = figures[end] { return known }
        let found = Cell.figureStarts(tokens, keys: keys, from: nameStart, end: end)
        figures[end] = found
        return found
    }

    private mutating func verdictStart(_ end: Int) -> Int? {
        if let known = verdicts[end] { return known }
        let found = Cell.verdictStart(tokens, keys: keys, from: nameStart, end: end)
        verdicts[end] = found
        return found
    }

    private mutating func unitStart(_ end: Int) -> Int? {
        if let known = units[end] { return known }
        let found = Cell.unitStart(tokens, keys: keys, nameStart: nameStart, end: end)
        units[end] = found
        return found
    }

    /// The cells a column may take ending at `end`: (where the cell starts, cost).
    private mutating func options(role: ColumnRole, end: Int) -> [(start: Int, cost: Int)] {
        var found: [(start: Int, cost: Int)] = []
        switch role {
        case .unit:
            found.append((end, Cost.emptyUnit))
            if let start = unitStart(end) { found.append((start, 0)) }
        case .note:
            found.append((end, 0))
            // Any words after the figures: "Sở Công Thương", "Đạt (vượt 0,5%)"; not a figure first.
            for start in stride(from: end - 1, through: nameStart + 1, by: -1) where !Cell.startsFigure(tokens[start]) {
                found.append((start, 0))
            }
        case .evaluation:
            // A verdict written at the line's end is the column's: left to a row's name ("Cơ cấu
            // kinh tế (%) Không đạt", a parent row with no figure of its own) it would tie.
            let verdict = verdictStart(end)
            found.append((end, verdict == nil ? 0 : Cost.verdictLeftToName))
            if let start = verdict { found.append((start, 0)) }
            found += figureStarts(end).map { ($0.start, $0.cost + Cost.figureInEvaluation) }
        default:
            // Target, value, earlier period, comparison, a period column. An empty comparison is
            // no more likely than an empty value ("Thực hiện tháng 5 | Lũy kế | So cùng kỳ" with
            // the month's figure missing reads "56.200 102,6"): which is empty is not guessed.
            found.append((end, Cost.emptyFigure))
            found += figureStarts(end)
            // "So cùng kỳ" holding "Đạt" / "Không đạt" where no ratio was worked out; beside an
            // evaluation or note column the verdict is that column's.
            if role == .comparison || role == .other, !verdictsHaveAColumn, let start = verdictStart(end) {
                found.append((start, 0))
            }
        }
        // One option per start, the cheapest: two ways to the same cell are not a tie.
        var cheapest: [Int: Int] = [:]
        for option in found where option.start >= nameStart { cheapest[option.start] = min(cheapest[option.start] ?? .max, option.cost) }
        return cheapest.map { (start: $0.key, cost: $0.value) }
    }
}

/// What one cell of a body line can be, read from its right end.
private enum Cell {
    /// "2015", "2021-2025": a year or a span of years, which names often end with.
    static func isYearLike(_ token: String) -> Bool {
        !Years.in(token).isEmpty && Words(token).words.allSatisfy { $0.count == 4 }
    }

    static func isDash(_ token: String) -> Bool { ["-", "–", "—", "x", "X", "…", "..."].contains(token) }

    /// One token that is a whole figure: "2,99", "6-6,5", "≥42", "46*", "99%", "(3,26)". A figure
    /// glued to letters or to one bracket ("PM2.5", "2010)") is a name's.
    static func isFigureToken(_ token: String) -> Bool {
        guard startsFigure(token), let last = token.last else { return false }
        guard last.isNumber || "%*‰".contains(last) || (last == ")" && token.first == "(") else { return false }
        if token.contains(where: { $0.isLetter }) { return false }
        return isFigureCell(token)
    }

    /// The token could begin a figure: a digit, a sign or comparison before a digit, "(" before one.
    static func startsFigure(_ token: String) -> Bool {
        guard let first = token.first else { return false }
        if first.isASCII, first.isNumber { return true }
        let rest = token.dropFirst().drop { $0 == "=" }
        // "(-4,33)": a fall written in brackets with its sign.
        if first == "(", let sign = rest.first, "+-−–".contains(sign) { return rest.dropFirst().first?.isNumber == true }
        return "<>≥≤+-−–(".contains(first) && rest.first.map { $0.isNumber || $0 == "(" } == true
    }

    private static let comparisonSymbols: Set<String> = ["≥", "≤", ">", "<", ">=", "<=", "=>", "=<"]
    private static let rangeSeparators: Set<String> = ["-", "–", "÷", "đến"]

    /// Words a figure cell may begin with, as the figure reader understands them ("Khoảng 6 - 6,5",
    /// "Trên 50", "Tối thiểu 3", "tăng 6,8 - 7,5%").
    static let leadingWords: [[String]] = [
        ["không", "vượt", "quá"], ["không", "thấp", "hơn"], ["không", "quá"], ["không", "dưới"], ["tối", "thiểu"],
        ["ít", "nhất"], ["tối", "đa"], ["ước", "đạt"], ["xấp", "xỉ"], ["trên", "dưới"],
        ["khoảng"], ["trên"], ["dưới"], ["từ"], ["còn"], ["đạt"], ["tăng"], ["giảm"], ["gần"], ["hơn"], ["bằng"],
    ]

    /// Where a figure cell ending at `end` may start, with its cost: a figure token, a bound
    /// ("≥ 42"), a range with spaces ("2,8 - 3"), a figure and its percent sign ("99 %"), "từ 5%
    /// trở lên", each perhaps behind leading words. A dash alone is a written empty cell.
    static func figureStarts(_ tokens: [String], keys: [String], from lower: Int, end: Int) -> [(start: Int, cost: Int)] {
        guard end > lower else { return [] }
        let last = tokens[end - 1]
        if isDash(last) { return [(end - 1, 0)] }
        // The figure's core, right to left.
        var cores: [Int] = []
        var coreEnd = end
        if end - 2 >= lower, tokens[end - 1] == "lên" || tokens[end - 1] == "xuống", tokens[end - 2].lowercased() == "trở" { coreEnd = end - 2 }
        if coreEnd - 1 >= lower, tokens[coreEnd - 1] == "%" { coreEnd -= 1 }
        guard coreEnd - 1 >= lower, isFigureToken(tokens[coreEnd - 1]) else { return [] }
        var start = coreEnd - 1
        cores.append(start)
        // "2,8 - 3" is a range, or "3" alone after a dash cell and "2,8": both are offered.
        if start - 2 >= lower, rangeSeparators.contains(tokens[start - 1].lowercased()), isFigureToken(tokens[start - 2]) {
            start -= 2
            cores.append(start)
        }
        if start - 1 >= lower, comparisonSymbols.contains(tokens[start - 1]) {
            start -= 1
            cores = [start]
        }
        var found: [(start: Int, cost: Int)] = []
        for core in cores {
            let text = tokens[core..<end].joined(separator: " ")
            guard isFigureCell(text) else { continue }
            var coreCost = 0
            for words in leadingWords where core - words.count >= lower {
                let before = tokens[(core - words.count)..<core]
                guard keys[(core - words.count)..<core].elementsEqual(words) else { continue }
                // The words are a figure's ("Giảm 1 - 1,5" is a target even where the figure
                // reader has no word for it): the cell is split as written, read downstream.
                // A cell begins with a capital ("Khoảng 6", "Từ 90% trở lên"); a word in lower case
                // more likely ends the name ("Tốc độ tăng 6,5").
                let capitalized = before.first?.first?.isUppercase == true
                found.append((core - words.count, capitalized ? 0 : Cost.lowerCaseLeadingWord))
                if capitalized { coreCost = Cost.lowerCaseLeadingWord }
            }
            found.append((core, coreCost))
        }
        return found
    }

    /// "58.2" in a table written with decimal points is a figure too: the table's reading decides
    /// the mark from all its figures (RowReader); parting a row only needs to know the text is a
    /// figure, which a point with one, two or four and more digits after it shows beyond doubt.
    private static func isFigureCell(_ text: String) -> Bool {
        if reads(text) { return true }
        return text.contains(".") && DecimalMark.evidence(in: CollectionOfOne(text)) == .point
            && reads(DecimalMark.point.vietnamese(text))
    }

    private static func reads(_ text: String) -> Bool {
        switch FigureCell.read(text) {
        case .figure, .unsignedParentheses: true
        case .words, .malformed: false
        }
    }

    /// The words verdicts begin with (`StatedVerdict` reads the rest).
    private static let verdictHeads: Set<String> = ["vượt", "đạt", "không", "chưa", "hoàn", "cơ", "cao", "thấp"]

    /// Where the longest verdict cell ending at `end` starts: "Không đạt" (not "đạt"), "Hoàn
    /// thành vượt kế hoạch", "Đạt (vượt 0,5%)", "Không đạt, do giá giảm".
    static func verdictStart(_ tokens: [String], keys: [String], from lower: Int, end: Int) -> Int? {
        var found: Int?
        for length in 1...8 where end - length >= lower {
            let start = end - length
            guard let head = keys[start].split(separator: " ").first, verdictHeads.contains(String(head)) else { continue }
            if StatedVerdict.read(tokens[start..<end].joined(separator: " ")) != nil { found = start }
        }
        return found
    }

    /// Units as unit columns write them beyond the core's vocabulary (which knows money, people,
    /// area, mass, length, percent): counted things.
    private static let countedUnits: Set<String> = Set(UnitText.known.map { Words($0).description }).union([
        "con", "hộ", "xã", "phường", "huyện", "quận", "doanh nghiệp", "dn", "hợp tác xã", "htx", "trường", "giường", "giường bệnh",
        "bác sĩ", "cơ sở", "dự án", "công trình", "thôn", "bản", "làng", "sản phẩm", "kwh", "m3", "lít", "cái", "chiếc",
        "thuê bao", "điểm", "năm", "tuổi", "tiêu chí", "vụ", "lượt", "trạm", "‰", "ng", "km2", "cụm", "khu", "tàu", "xe",
        "căn", "căn hộ", "nhà", "tổ chức", "hồ sơ", "hợp đồng", "chợ", "cây", "tổ", "đơn vị", "µg", "mg", "g",
        "đảng viên", "đoàn viên", "hội viên", "học sinh", "sinh viên", "giáo viên", "bệnh viện", "trạm y tế", "hộ gia đình",
        "gia đình", "khu dân cư", "mô hình", "lớp", "cuộc", "vụ việc", "tác phẩm", "di tích", "làng nghề", "sự kiện",
    ].map { Words($0).description }).union(["‰"])

    private static let scaleWords: Set<String> = ["nghìn", "ngàn", "vạn", "triệu", "tr", "tỷ"]

    /// The last words of the units above and of the core's (money, people, visits, area, length,
    /// mass, percent, times), and any counted word after a scale ("Triệu viên"): checked first.
    private static let unitEndings: Set<String> = Set(countedUnits.compactMap { $0.split(separator: " ").last.map(String.init) })
        .union(["đồng", "đ", "vnd", "vnđ", "usd", "la", "mỹ", "đôla", "người", "động", "lượt", "khách", "ha", "ta", "hécta",
                "hecta", "km2", "km²", "m2", "m²", "km", "m", "tấn", "tạ", "kg", "%", "trăm", "lần", "‰", "viên"])

    /// Words before which a unit word is the name's: "Số lao động", "bình quân đầu người", "cho lao động".
    private static let nameWordsBeforeUnit: Set<String> = ["đầu", "cho", "của", "các", "những", "số", "mỗi", "từng", "với", "và",
                                                           "đến", "trong", "cả", "hàng", "tại", "theo"]

    /// Where the longest unit cell ending at `end` starts: "%", "Tỷ đồng", "Triệu USD", "Người",
    /// "triệu đồng/người", "Ng/km2", "‰", "Xã".
    static func unitStart(_ tokens: [String], keys: [String], nameStart: Int, end: Int) -> Int? {
        // Most cells end in no unit word: the vocabulary is asked only when one could.
        guard end > nameStart, let last = keys[end - 1].split(separator: " ").last.map(String.init) ?? (tokens[end - 1] == "‰" ? "‰" : nil),
              unitEndings.contains(last) || tokens[end - 1].contains("/") else { return nil }
        for length in stride(from: 4, through: 1, by: -1) where end - length > nameStart {
            let start = end - length
            let text = tokens[start..<end].joined(separator: " ")
            guard !text.hasPrefix("("), !tokens[start..<end].contains(where: { isFigureToken($0) || isDash($0) }), isKnownUnit(text) else { continue }
            // "Người/km2", "Tỷ đồng" with a capital begin a cell; "người" after "đầu" ends a name.
            let capitalized = tokens[start].first?.isUppercase == true
            if !capitalized, tokens[start].first?.isLetter == true, nameWordsBeforeUnit.contains(keys[start - 1]) { return nil }
            return start
        }
        return nil
    }

    static func isKnownUnit(_ text: String) -> Bool {
        if text == "%" || text == "‰" { return true }
        if let slash = text.firstIndex(of: "/") {
            let per = text[text.index(after: slash)...]
            return !per.isEmpty && isKnownUnit(String(text[..<slash]))
        }
        if let unit = MeasureUnit(text), unit.dimension != .opaque { return true }
        var words = Words(text).words
        var scaled = false
        while words.count > 1, let first = words.first, scaleWords.contains(first) {
            words.removeFirst()
            scaled = true
        }
        // "Triệu viên", "Nghìn con": a scale and one word of what is counted.
        if scaled, words.count == 1, words[0].contains(where: \.isLetter) { return true }
        let base = words.joined(separator: " ")
        // "năm", "điểm" in lower case end names ("bình quân năm"); a unit column writes them "Năm", "Điểm".
        if capitalOnly.contains(base) { return text.first?.isUppercase == true }
        return countedUnits.contains(base)
    }

    private static let capitalOnly: Set<String> = ["huyện", "quận", "năm", "điểm", "tuổi", "cây", "tổ", "nhà", "khu", "bản", "xe", "đơn vị", "sản phẩm",
                                                   "dự án", "công trình", "cơ sở", "tàu", "cụm", "chợ"]
}
