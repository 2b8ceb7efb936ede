import VeDichCore

/// The role of every column of a header row, with the choices made where several columns could
/// hold one role. A tie is never decided silently: each one is kept in `ties` for a finding that
/// says which column was taken and why.
struct ColumnAssignment {
    struct Tie: Hashable {
        var role: ColumnRole
        /// Every column that could hold the role, the chosen one among them.
        var candidates: [Int]
        var chosen: Int
        var why: String
    }

    private(set) var roles: [ColumnRole]
    private(set) var ties: [Tie] = []
    /// Choices made from more than the header's words (the document's date, the cells), each
    /// explained for an `ambiguous_column` note: (column, why).
    private(set) var explanations: [(column: Int, why: String)] = []
    /// Who set each target column's figures when several issuers stand side by side
    /// ("KH Quốc hội giao" | "Mục tiêu phấn đấu của Chính phủ"); empty for one target column.
    private(set) var issuers: [Int: String] = [:]
    /// The target column verdicts are judged against.
    private(set) var governingTarget: Int?
    /// The evaluation column is a note column holding verdicts among remarks: a remark there is
    /// not an unknown verdict label.
    private(set) var evaluationIsNote = false
    /// A multi-year plan beside year-by-year figures only: no column is the period's value, so
    /// the rows are read for their targets and not judged.
    private(set) var yearlyValuesUnplaced = false
    /// Target columns not used after a tie (reported as such): their figures are known, not unplaced.
    private(set) var setAside: Set<Int> = []
    /// Columns under a header merged from the left: one header, not a second candidate.
    private let continuations: Set<Int>

    /// Why the roles that a verdict rests on (target, value, verdict) were not decided with
    /// certainty: a tie between alike columns, several issuers' targets and none of them the
    /// province's. A contradiction read through such a choice may be the reader's, so it is a
    /// warning, never an error; nil when the header decided them alone.
    var doubt: String? {
        if let tie = ties.first(where: { [.target, .actual, .evaluation].contains($0.role) }) {
            return "cột \(tie.role.label) được chọn giữa \(tie.candidates.count) cột giống nhau"
        }
        if governingIsGuess { return "bảng ghi kế hoạch của nhiều cấp, không cột nào là của tỉnh, nên không chắc đối chiếu với kế hoạch nào" }
        return nil
    }
    /// The governing target was taken as the first of several issuers' columns, none of them the province's.
    private var governingIsGuess = false

    /// `title` gives the plan's year when no target column names one; `context` (the document's
    /// date) turns a result column of a year not yet begun into targets; `body` (the rows under
    /// the header) decides what a note column is.
    init(headers: [String], title: String = "", continuations: Set<Int> = [], context: DocumentContext = DocumentContext(),
         body: [[TableCell]] = []) {
        self.continuations = continuations
        roles = headers.map(ColumnRole.classify)
        resolveBareResult(headers: headers)
        resolveUnheadedNumbers(headers: headers, body: body)
        resolveVerdictColumn(headers: headers, body: body)
        resolveIndicatorNamedTargets(headers: headers)
        resolvePlannedResults(headers: headers, context: context)
        resolveUnnamedValue(headers: headers, body: body)
        resolveActual(headers: headers, title: title, context: context)
        resolveIssuers(headers: headers)
        resolveTarget(headers: headers)
        resolveNotes(headers: headers, body: body)
        for role in [ColumnRole.code, .name, .unit, .evaluation] { resolveFirst(role, headers: headers) }
        governingTarget = governingTarget ?? columns(.target).first
    }

    /// "Kết quả" alone before a target column, no value column ("Chỉ tiêu | Đơn vị tính | Kết quả
    /// | Mục tiêu năm": a ministry's progress box) is the value reached, not a verdict: read as a
    /// verdict column, its figures fitted no cell and the table was not found. A verdict column
    /// never stands before the plan it judges against, so one after the target stays a verdict
    /// column; should its cells be verdict words after all, `resolveVerdictColumn` turns it back.
    private mutating func resolveBareResult(headers: [String]) {
        guard !roles.contains(.actual), let firstTarget = roles.firstIndex(of: .target) else { return }
        let bare = roles.indices.filter { roles[$0] == .evaluation && Words(headers[$0]) == Words("kết quả") }
        guard bare.count == 1, bare[0] < firstTarget, roles.filter({ $0 == .evaluation }).count == 1 else { return }
        roles[bare[0]] = .actual
        explanations.append((bare[0], "bảng không có cột “thực hiện”; cột “Kết quả” đứng trước cột kế hoạch nên đọc là số đã đạt được, không phải cột đánh giá"))
    }

    /// A first column with an empty header over the rows' numbers ("" | "Chỉ tiêu" | …, then "1",
    /// "2", "3"): a page's number column left unheaded. Read as `other`, its numbers were counted
    /// as figures not placed, though every row's number was read.
    private mutating func resolveUnheadedNumbers(headers: [String], body: [[TableCell]]) {
        guard !roles.contains(.code), roles.count > 2, roles[0] == .other, roles[1] == .name,
              headers[0].trimmed.isEmpty, !continuations.contains(0) else { return }
        let cells = body.compactMap { $0.first?.text.trimmed }.filter { !$0.isEmpty }
        guard cells.count >= 2, cells.allSatisfy({ cell in
            switch RowNumber(cell) {
            case .number, .group, .letter: true
            default: false
            }
        }) else { return }
        roles[0] = .code
        explanations.append((0, "cột đầu không có tên, các ô là số thứ tự của hàng, nên đọc là cột số thứ tự"))
    }

    /// A column whose cells are verdict words ("Hoàn thành", "Không đạt", "Vượt") is where the
    /// table states them, whatever its header: "Kết quả thực hiện", "Kết quả so với mục tiêu",
    /// "So với Nghị quyết" read as a value or a comparison would lose every stated verdict. Only
    /// when no column is headed as an evaluation, and only when no cell of it is a figure.
    private mutating func resolveVerdictColumn(headers: [String], body: [[TableCell]]) {
        guard !roles.contains(.evaluation), !body.isEmpty else { return }
        // A row numbering the columns ("(1)" … "(7)") under the header is no row of figures.
        let rows = body.filter { !RowReader.isColumnNumbering($0) }
        for column in roles.indices where [.actual, .previous, .comparison, .other].contains(roles[column]) && !continuations.contains(column) {
            let cells = rows.compactMap { $0.indices.contains(column) ? $0[column].text : nil }.filter { !$0.isEmpty }
            guard StatedVerdict.isVerdictColumn(cells) else { continue }
            let verdicts = cells.filter { StatedVerdict.read($0) != nil }.count
            let was = roles[column]
            roles[column] = .evaluation
            explanations.removeAll { $0.column == column }
            explanations.append((column, "\(verdicts)/\(cells.count) ô của cột ghi đạt hay không đạt, không có số liệu, nên đọc là cột đánh giá (không phải \(was.label))"))
            return
        }
    }

    /// A second column headed "Chỉ tiêu …" that names a period or a plan ("Chỉ tiêu 2016-2020",
    /// "Chỉ tiêu KH 5 năm", "Chỉ tiêu nhiệm kỳ") holds the targets: the indicators' names are in
    /// the first one.
    private mutating func resolveIndicatorNamedTargets(headers: [String]) {
        let names = columns(.name)
        guard names.count > 1 else { return }
        let planWords = ["kh", "kế hoạch", "nhiệm kỳ", "giai đoạn", "đại hội", "nghị quyết", "nq", "mục tiêu", "đến năm"].map { Words($0) }
        for column in names.dropFirst() where !continuations.contains(column) && Words(headers[column]) != Words(headers[names[0]]) {
            let words = Words(headers[column])
            let namesSpan = (2...10).contains { words.contains(Words("\($0) năm")) }
            guard !Years.in(headers[column]).isEmpty || namesSpan || planWords.contains(where: { words.contains($0) }) else { continue }
            roles[column] = .target
            explanations.append((column, "tên chỉ tiêu đã ở cột \(names[0] + 1); cột này ghi kỳ hoặc kế hoạch nên đọc là kế hoạch (mục tiêu)"))
        }
    }

    /// A value column headed with no result word: "Kết quả đạt được" beside "Mục tiêu Nghị
    /// quyết"; "2020" among year columns beside "Mục tiêu đến năm 2020" in a table that states
    /// verdicts (a plan's annual targets stand under years too, and state none). Only when no
    /// column is headed as a value, and only for a column of figures.
    private mutating func resolveUnnamedValue(headers: [String], body: [[TableCell]]) {
        guard !roles.contains(.actual), !columns(.target).isEmpty, !body.isEmpty else { return }
        func holdsFigures(_ column: Int) -> Bool {
            let cells = body.compactMap { $0.indices.contains(column) ? $0[column].text : nil }.filter { !$0.isEmpty }
            return !cells.isEmpty && cells.filter { RowPattern.looksLikeFigure($0) }.count * 2 > cells.count
        }
        let others = columns(.other).filter { !continuations.contains($0) && holdsFigures($0) }
        let results = others.filter { column in
            let words = Words(headers[column])
            return words.hasPrefix("kết quả") || words.contains("đạt được")
        }
        if results.count == 1 {
            roles[results[0]] = .actual
            explanations.append((results[0], "bảng không có cột “thực hiện”; cột này ghi kết quả bằng số liệu nên đọc là số thực hiện"))
            return
        }
        let planYears = Set(columns(.target).compactMap { Self.period(headers[$0]) }.filter { $0.count == 1 }.map(\.lowerBound))
        guard planYears.count == 1, let year = planYears.first, roles.contains(.evaluation) else { return }
        let sameYear = others.filter { TableInterpreter.isPeriod(headers[$0]) && Self.period(headers[$0]) == year...year }
        guard sameYear.count == 1 else { return }
        roles[sameYear[0]] = .actual
        explanations.append((sameYear[0], "kế hoạch là của năm \(year) và bảng ghi đánh giá; cột năm \(year) đọc là số thực hiện, các cột năm khác là số từng năm"))
    }

    /// "Ước TH năm 2026" in a document written in 2025: the year had not begun, so the column
    /// holds what it is to reach.
    private mutating func resolvePlannedResults(headers: [String], context: DocumentContext) {
        guard let written = context.year else { return }
        for column in columns(.actual) {
            // The period's first year: an estimate for 2021 - 2025 written in 2024 is a result.
            guard let year = Years.in(headers[column]).first, context.isBeforeYear(year) else { continue }
            roles[column] = .target
            explanations.append((column, "tài liệu đề ngày năm \(written), trước năm \(year), nên cột này ghi mục tiêu (kế hoạch) chứ không phải số thực hiện"))
        }
    }

    /// Target columns set by different bodies are all kept; verdicts go by the province's own
    /// (HĐND, UBND, "tỉnh giao"), else by the first column.
    private mutating func resolveIssuers(headers: [String]) {
        let candidates = columns(.target).filter { !continuations.contains($0) }
        guard candidates.count > 1 else { return }
        let named = candidates.map { (column: $0, issuer: IssuerName.of(headers[$0])) }
        guard named.allSatisfy({ $0.issuer != nil }), Set(named.compactMap(\.issuer)).count == named.count else { return }
        for entry in named { issuers[entry.column] = entry.issuer }
        let own = named.filter { IssuerName.isProvince($0.issuer ?? "") }
            .min { IssuerName.provinceRank($0.issuer ?? "") < IssuerName.provinceRank($1.issuer ?? "") }
        // A national table (no province among the issuers): the plan the Quốc hội set is the one
        // results are reported against; the Government's "phấn đấu" figure is its own aim.
        let national = own == nil ? named.first { $0.issuer == IssuerName.nationalAssembly } : nil
        let chosen = own ?? national ?? named[0]
        governingTarget = chosen.column
        governingIsGuess = own == nil && national == nil
        let others = named.filter { $0.column != chosen.column }.map { "“\($0.issuer ?? "")”" }.joined(separator: ", ")
        explanations.append((chosen.column, own != nil
            ? "bảng ghi kế hoạch của nhiều cấp; đánh giá theo kế hoạch của tỉnh “\(chosen.issuer ?? "")”, vẫn giữ \(others)"
            : national != nil
            ? "bảng ghi kế hoạch của nhiều cấp, không cột nào là của tỉnh; đánh giá theo kế hoạch Quốc hội giao, vẫn giữ \(others)"
            : "bảng ghi kế hoạch của nhiều cấp, không cột nào là của tỉnh; đánh giá theo cột đầu tiên “\(chosen.issuer ?? "")”, vẫn giữ \(others)"))
    }

    /// A "Ghi chú" column whose cells state verdicts ("Đạt", "Không đạt") is where this table
    /// writes them; with an evaluation column of its own it stays a note. A "Kết quả" column of
    /// figures beside no result column is the result.
    private mutating func resolveNotes(headers: [String], body: [[TableCell]]) {
        func texts(_ column: Int) -> [String] {
            body.compactMap { $0.indices.contains(column) ? $0[column].text : nil }.filter { !$0.isEmpty }
        }
        if !roles.contains(.actual), let column = columns(.evaluation).first {
            let cells = texts(column)
            let figures = cells.filter { RowPattern.looksLikeFigure($0) && StatedVerdict.read($0) == nil }.count
            if figures > 0, figures * 2 > cells.count {
                roles[column] = .actual
                explanations.append((column, "\(figures)/\(cells.count) ô của cột là số liệu, không phải nhận xét đạt hay không đạt, nên đọc là số thực hiện"))
            }
        }
        guard !roles.contains(.evaluation) else { return }
        for column in columns(.note) {
            let cells = texts(column)
            let verdicts = cells.filter { StatedVerdict.read($0) != nil }.count
            guard verdicts > 0, verdicts * 2 >= cells.count || verdicts >= 3 else { continue }
            roles[column] = .evaluation
            evaluationIsNote = true
            explanations.append((column, "\(verdicts)/\(cells.count) ô của cột ghi nhận xét đạt hay không đạt, nên đọc cột này là cột đánh giá"))
            return
        }
    }

    private func columns(_ role: ColumnRole) -> [Int] { roles.indices.filter { roles[$0] == role } }

    /// The plan's own period is the actual column; other "thực hiện" columns are previous periods.
    /// A column of a year before the plan's ("Thực hiện năm 2023" beside "Kế hoạch 2024") is a
    /// previous period even when it is the only one. Among the rest: the plan's year, then an
    /// estimate ("ước"), then the latest year; a tie goes to the rightmost column (reports put
    /// the latest period last) and is reported.
    private mutating func resolveActual(headers: [String], title: String, context: DocumentContext) {
        let targetYears = columns(.target).flatMap { Years.in(headers[$0]) }
        let planEnds = columns(.target).compactMap { Years.in(headers[$0]).last }
        let titleYears = Years.in(title)
        for column in columns(.actual) {
            guard let last = Years.in(headers[column]).last else { continue }
            // Before the end of every plan the table names ("Kế hoạch 2024", "Kế hoạch 2021 -
            // 2025"); without one, before every year of the title (which may name two plans:
            // "năm 2024 và kế hoạch năm 2025").
            if let earliestEnd = planEnds.min() {
                if last < earliestEnd { roles[column] = .previous }
            } else if let titleStart = titleYears.min(), last < titleStart {
                roles[column] = .previous
            }
        }
        if let span = Self.planSpan(headers: headers, targets: columns(.target), titles: [title, context.title, context.heading]) {
            resolveSpanValue(span, headers: headers)
        }
        let candidates = columns(.actual)
        guard candidates.count > 1 else { return }
        // The plan's own period: the column of exactly that period ("Ước TH 2020" for "KH 2020",
        // "Ước TH 5 năm 2011-2015" for "KH 2011-2015") before one that only ends with it.
        let targetPeriods = Set(columns(.target).compactMap { Self.period(headers[$0]) })
        let undatedPlans = Set(columns(.target).filter { Years.in(headers[$0]).isEmpty }.compactMap { Self.undatedSpan(Words(headers[$0])) })
        func score(_ column: Int) -> [Int] {
            let words = Words(headers[column])
            let years = Years.in(headers[column])
            let samePeriod = Self.period(headers[column]).map(targetPeriods.contains) == true
            let matchesPlan = !targetYears.isEmpty && years.last.map(targetYears.contains) == true
            // "Kế hoạch 5 năm" beside "Thực hiện 5 năm" and "Thực hiện 2006-2010": the plan and its
            // value name the period alike, undated; the earlier period had to be named by its years.
            let sameUndatedSpan = years.isEmpty && Self.undatedSpan(words) != nil
                && undatedPlans.contains(Self.undatedSpan(words) ?? "")
            return [samePeriod ? 2 : matchesPlan ? 1 : 0, sameUndatedSpan ? 1 : 0, words.contains("ước") ? 1 : 0, years.last ?? 0]
        }
        let best = candidates.map(score).max { $0.lexicographicallyPrecedes($1) } ?? []
        let tied = candidates.filter { score($0) == best && !continuations.contains($0) }
        let chosen = tied.last ?? candidates[0]
        for column in candidates where column != chosen { roles[column] = .previous }
        if tied.count == 1, best.first == 2, let period = Self.period(headers[chosen]) {
            let others = candidates.filter { $0 != chosen && !continuations.contains($0) }.map { "cột \($0 + 1)" }
            if !others.isEmpty {
                explanations.append((chosen, "kế hoạch là của \(Self.describe(period)), nên số thực hiện lấy ở cột cùng kỳ này; \(others.joined(separator: ", ")) đọc là kỳ khác"))
            }
        }
        if tied.count > 1 {
            ties.append(Tie(role: .actual, candidates: tied, chosen: chosen,
                            why: "các cột này như nhau về năm và cách ghi (ước hay thực hiện), nên lấy cột bên phải nhất vì báo cáo thường xếp kỳ mới nhất sau cùng; các cột còn lại đọc là kỳ trước"))
        }
    }

    /// The years a header names as its period: "KH 2020" → 2020…2020, "Ước TH 5 năm 2011-2015"
    /// → 2011…2015; nil without a year.
    static func period(_ header: String) -> ClosedRange<Int>? {
        let years = Years.in(header)
        guard let first = years.first, let last = years.last, first <= last else { return nil }
        return first...last
    }

    /// The words a header names a period by without its years: "5 năm", "giai đoạn", "nhiệm kỳ".
    static func undatedSpan(_ words: Words) -> String? {
        if let length = (2...10).first(where: { words.contains(Words("\($0) năm")) }) { return "\(length) năm" }
        return ["giai đoạn", "nhiệm kỳ"].first { words.contains($0) }
    }

    static func describe(_ period: ClosedRange<Int>) -> String {
        period.count == 1 ? "năm \(period.lowerBound)" : "giai đoạn \(period.lowerBound)-\(period.upperBound)"
    }

    /// The span of years a multi-year plan covers: the target columns' when one names a span
    /// ("KH 5 năm 2011-2015") and none names a single year; the table's or the document's title
    /// ("… 5 năm 2011-2015") when no target column names a year at all ("Mục tiêu NQ ĐH"). Nil
    /// for an annual plan.
    static func planSpan(headers: [String], targets: [Int], titles: [String]) -> ClosedRange<Int>? {
        let periods = targets.compactMap { period(headers[$0]) }
        if periods.contains(where: { $0.count == 1 }) { return nil }
        if let span = periods.first(where: { $0.count >= 3 }), periods.allSatisfy({ $0 == span }) { return span }
        guard periods.isEmpty, !targets.isEmpty else { return nil }
        return titles.lazy.compactMap(firstSpan).first ?? spanOfYearColumns(headers: headers)
    }

    /// A span no target names: a header over the year columns that names it ("Thực hiện giai đoạn
    /// 2021 - 2025" over "2021 | 2022 | Ước 2023": half way through, the plan still ends in 2025);
    /// else "KH 5 năm" or "Ước TH 5 năm" beside year columns "2016" … "Ước 2020" is the five years
    /// ending with the latest of them; "giai đoạn" or "nhiệm kỳ" with no years, the unbroken run
    /// of the year columns. Nil without such a column.
    static func spanOfYearColumns(headers: [String]) -> ClosedRange<Int>? {
        let undated = headers.filter { Years.in($0).isEmpty }.map { Words($0) }
        let lengths = undated.compactMap { words -> Int? in (2...10).first { words.contains(Words("\($0) năm")) } }
        let years = headers.compactMap(yearOfColumn)
        guard let latest = years.max(), let earliest = years.min() else { return nil }
        // The span a header names that holds every year column, of the length an undated header gives.
        let named = headers.compactMap { firstSpan(in: $0) }.first { span in
            span.contains(earliest) && span.contains(latest) && lengths.allSatisfy { $0 == span.count }
        }
        if let named { return named }
        if let length = lengths.first {
            return lengths.allSatisfy({ $0 == length }) ? (latest - length + 1)...latest : nil
        }
        // "KH giai đoạn", "Bình quân giai đoạn" beside "Năm 2016" … "Năm 2020": the run of years.
        guard undated.contains(where: { $0.contains("giai đoạn") || $0.contains("nhiệm kỳ") }), let first = years.min(),
              Set(years) == Set(first...latest), (3...10).contains(latest - first + 1) else { return nil }
        return first...latest
    }

    /// The one year a column is for: "2016", "Thực hiện 2022", "Ước 2023", and a year under a
    /// span's header ("Thực hiện giai đoạn 2021 - 2025" over "2022", joined as "… 2021 - 2025 2022");
    /// nil for a span's own column.
    static func yearOfColumn(_ header: String) -> Int? {
        if let period = period(header), period.count == 1 { return period.lowerBound }
        let years = Years.in(header)
        guard years.count == 3, let span = firstSpan(in: header), span.lowerBound == years[0], span.upperBound == years[1], span.contains(years[2]) else { return nil }
        return years[2]
    }

    /// The first span of years a title names: "… 5 năm 2011-2015 và kế hoạch 5 năm 2016-2020"
    /// → 2011…2015, not 2011…2020.
    static func firstSpan(in text: String) -> ClosedRange<Int>? {
        let years = Years.in(text)
        return zip(years, years.dropFirst()).first { (3...10).contains($1 - $0 + 1) }.map { $0...$1 }
    }

    /// A header of the whole span without its years: "Ước TH 5 năm", "Bình quân cả giai đoạn".
    static func namesWholeSpan(_ header: String, _ span: ClosedRange<Int>) -> Bool {
        guard Years.in(header).isEmpty else { return period(header) == span }
        let words = Words(header)
        return words.contains(Words("\(span.count) năm")) || words.contains(Words("giai đoạn")) || words.contains(Words("nhiệm kỳ"))
    }

    /// A plan for several years is judged on the figure of the same span: the period's estimate
    /// ("Ước TH 5 năm 2011-2015") or its average ("Bình quân 2011-2015"), not the last year's.
    /// Year-by-year columns are the path to it. With no column of the span, which figure stands
    /// for the period is not said (a rate's average, a level's last year): the targets are read,
    /// the year columns' figures are reported as not placed, and nothing is judged.
    private mutating func resolveSpanValue(_ span: ClosedRange<Int>, headers: [String]) {
        let sameSpan = headers.indices.filter { column in
            guard Self.namesWholeSpan(headers[column], span), !continuations.contains(column) else { return false }
            if [.actual, .previous].contains(roles[column]) { return true }
            // "Cả giai đoạn", "Tổng 5 năm", "Lũy kế cả nhiệm kỳ": the whole period under no result word.
            let words = Words(headers[column])
            return roles[column] == .other && ["cả", "tổng", "lũy kế", "luỹ kế"].contains { words.contains($0) }
        }
        let yearly = columns(.actual).filter { Self.yearOfColumn(headers[$0]) != nil }
        if let chosen = sameSpan.max(by: { a, b in
            (roles[a] == .actual ? 1 : 0, a) < (roles[b] == .actual ? 1 : 0, b)
        }) {
            let wasPrevious = roles[chosen] != .actual
            for column in columns(.actual) where column != chosen { roles[column] = .previous }
            roles[chosen] = .actual
            if wasPrevious || !yearly.isEmpty {
                explanations.append((chosen, "kế hoạch là của cả \(Self.describe(span)), nên số thực hiện lấy ở cột cùng giai đoạn này, không lấy số của năm cuối; các cột từng năm đọc là kỳ trước"))
            }
            return
        }
        // A column with no year ("Ước TH") beside the year columns is the period's own.
        guard !yearly.isEmpty, yearly.count == columns(.actual).count else {
            for column in yearly { roles[column] = .previous }
            return
        }
        for column in yearly { roles[column] = .other }
        yearlyValuesUnplaced = true
        explanations.append((yearly[yearly.count - 1], "kế hoạch là của cả \(Self.describe(span)) nhưng bảng chỉ ghi số từng năm, không có số của cả giai đoạn: không rõ số nào so với kế hoạch (bình quân hay năm cuối), nên chỉ đọc kế hoạch; số các năm không được đặt và không đánh giá"))
    }

    /// Several target columns: the one of the actual column's year, else the latest year; a tie
    /// goes to the rightmost (an adjusted plan stands after the first one) and is reported.
    private mutating func resolveTarget(headers: [String]) {
        let candidates = columns(.target)
        guard candidates.count > 1, issuers.isEmpty else { return }
        let actualYear = columns(.actual).first.flatMap { Years.in(headers[$0]).last }
        func score(_ column: Int) -> [Int] {
            let years = Years.in(headers[column])
            return [actualYear.map(years.contains) == true ? 1 : 0, years.last ?? 0]
        }
        let best = candidates.map(score).max { $0.lexicographicallyPrecedes($1) } ?? []
        let tied = candidates.filter { score($0) == best && !continuations.contains($0) }
        let chosen = tied.last ?? candidates[0]
        for column in candidates where column != chosen {
            roles[column] = .other
            setAside.insert(column)
        }
        governingTarget = chosen
        if tied.count > 1 {
            ties.append(Tie(role: .target, candidates: tied, chosen: chosen,
                            why: "không cột nào ghi năm khớp với cột thực hiện, nên lấy cột bên phải nhất (kế hoạch điều chỉnh thường đứng sau); các cột còn lại không dùng để đánh giá"))
        }
    }

    /// Two name, code, unit or evaluation columns: the first is read, and the report says so.
    private mutating func resolveFirst(_ role: ColumnRole, headers: [String]) {
        let candidates = columns(role)
        guard let chosen = candidates.first, candidates.count > 1,
              // A header merged across columns names each of them: one column, not a tie.
              Set(candidates.map { Words(headers[$0]) }).count > 1 else { return }
        ties.append(Tie(role: role, candidates: candidates, chosen: chosen,
                        why: "cột đầu tiên được đọc; các cột sau bị bỏ qua"))
    }
}

extension ColumnRole {
    /// "số thực hiện của kỳ kế hoạch", for messages.
    var label: String {
        switch self {
        case .code: "số thứ tự"
        case .name: "tên chỉ tiêu"
        case .unit: "đơn vị"
        case .target: "kế hoạch"
        case .actual: "số thực hiện của kỳ kế hoạch"
        case .previous: "số của kỳ trước"
        case .comparison: "so sánh"
        case .evaluation: "đánh giá"
        case .note: "ghi chú"
        case .other: "khác"
        }
    }
}
