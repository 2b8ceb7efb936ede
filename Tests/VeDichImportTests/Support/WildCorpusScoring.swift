import Foundation

/// Scores one audit (its JSON output) against a document's expected reading: numbered rows read
/// right, prose claims extracted, errors raised where the document is consistent. Rules in
/// Fixtures/wild/README.md.
struct WildScore {
    var rowsRight = 0
    var rowsExpected = 0
    var checkableExtracted = 0
    var checkableExpected = 0
    var claimsExtracted = 0
    var claimsExpected = 0
    /// Extracted claims whose `consistent` agrees with the expected one (where both say).
    var consistencyAgreed = 0
    var consistencyComparable = 0
    var falseErrors = 0
    /// Why the document could not be audited at all (its expected rows and claims still count).
    var failure: String?
    /// What the audit says it read (`coverage`), printed beside the score; nil until the key exists.
    var coverage: String?
    /// For the dev set's print-out: what was not read right, and the false errors.
    var misses: [String] = []

    static func + (lhs: WildScore, rhs: WildScore) -> WildScore {
        var sum = lhs
        sum.rowsRight += rhs.rowsRight
        sum.rowsExpected += rhs.rowsExpected
        sum.checkableExtracted += rhs.checkableExtracted
        sum.checkableExpected += rhs.checkableExpected
        sum.claimsExtracted += rhs.claimsExtracted
        sum.claimsExpected += rhs.claimsExpected
        sum.consistencyAgreed += rhs.consistencyAgreed
        sum.consistencyComparable += rhs.consistencyComparable
        sum.falseErrors += rhs.falseErrors
        sum.failure = nil
        sum.coverage = nil
        sum.misses = []
        return sum
    }

    /// Nothing could be read: every expected row and claim is missed.
    init(unreadable expected: WildCorpus.Expectation, reason: String) {
        rowsExpected = expected.rows.count
        checkableExpected = expected.claims.filter(\.checkable).count
        claimsExpected = expected.claims.count
        failure = reason
    }

    init() {}

    init(_ expected: WildCorpus.Expectation, audit json: [String: Any]) {
        scoreRows(expected.rows, output: Self.outputRows(json))
        scoreClaims(expected.claims, output: json["claims"] as? [[String: Any]] ?? [])
        scoreErrors(json["findings"] as? [[String: Any]] ?? [], expected: expected)
        if let read = json["coverage"] as? [String: Any] {
            let count = { (key: String) in (read[key] as? Int).map(String.init) ?? "?" }
            coverage = "tự báo: \(count("tables")) bảng, \(count("rows_read")) hàng đọc, \(count("rows_unread")) hàng bỏ, "
                + "\(count("numbers_unplaced")) số chưa đặt, \(count("claims")) ý"
        }
    }

    // MARK: Rows

    private static func outputRows(_ json: [String: Any]) -> [[String: Any]] {
        (json["tables"] as? [[String: Any]] ?? []).flatMap { $0["rows"] as? [[String: Any]] ?? [] }
    }

    private mutating func scoreRows(_ expected: [WildCorpus.ExpectedRow], output: [[String: Any]]) {
        var used = Swift.Set<Int>()
        for row in expected {
            rowsExpected += 1
            let wanted = WildText.words(row.name)
            // The output row holding most of the expected name's words; a tie goes to the one whose
            // code ends with the expected number, then to the one with fewest other words (a parent
            // "Tỷ lệ lao động qua đào tạo" before its sub-row "… có văn bằng, chứng chỉ").
            let candidates = output.indices.filter { !used.contains($0) }.compactMap { index -> (Int, Double, Int, Int)? in
                let words = WildText.words(output[index]["name"] as? String ?? "")
                let overlap = Double(wanted.filter(words.contains).count) / Double(max(wanted.count, 1))
                guard overlap >= 0.6 else { return nil }
                let sameNumber = WildText.lastNumber(output[index]["code"] as? String) == WildText.lastNumber(row.code)
                return (index, overlap, sameNumber ? 1 : 0, -words.filter { !wanted.contains($0) }.count)
            }
            guard let best = candidates.max(by: { ($0.1, $0.2, $0.3) < ($1.1, $1.2, $1.3) }) else {
                misses.append("hàng \(row.code) “\(row.name)”: không đọc được")
                continue
            }
            used.insert(best.0)
            let found = output[best.0]
            let problems = Self.differences(row, found)
            if problems.isEmpty { rowsRight += 1 } else { misses.append("hàng \(row.code) “\(row.name)”: \(problems.joined(separator: "; "))") }
        }
    }

    private static func differences(_ row: WildCorpus.ExpectedRow, _ found: [String: Any]) -> [String] {
        let target = cellText(found["target"]), actual = cellText(found["actual"])
        var problems = row.lines.map { linesDifferences($0, found, target: target, actual: actual) }
            ?? targetDifferences(row, found, target: target) + valueDifferences(row, actual: actual)
        let stated = found["stated"] as? String
        if stated != row.stated { problems.append("đánh giá ghi \(stated ?? "—") thay vì \(row.stated ?? "—")") }
        return problems
    }

    /// One target, or several issuers' targets (all of them, in order; the row's own target is any one).
    private static func targetDifferences(_ row: WildCorpus.ExpectedRow, _ found: [String: Any], target: String?) -> [String] {
        guard let several = row.targets else {
            return WildText.figure(target ?? "") == WildText.figure(row.target ?? "")
                ? [] : ["kế hoạch “\(target ?? "—")” thay vì “\(row.target ?? "—")”"]
        }
        var problems: [String] = []
        if !several.map({ WildText.figure($0.text) }).contains(WildText.figure(target ?? "")) {
            problems.append("kế hoạch “\(target ?? "—")” thay vì “\(row.target ?? "—")”")
        }
        let read = (found["targets"] as? [[String: Any]] ?? []).map { ($0["text"] as? String ?? "", $0["issuer"] as? String ?? "") }
        let same = read.count == several.count && zip(several, read).allSatisfy { expected, got in
            let issuer = WildText.loose(expected.issuer), gotIssuer = WildText.loose(got.1)
            return WildText.figure(expected.text) == WildText.figure(got.0)
                && !gotIssuer.isEmpty && (gotIssuer.contains(issuer) || issuer.contains(gotIssuer))
        }
        if !same { problems.append("kế hoạch của các cấp \(read.map { "“\($0.0)” (\($0.1))" }) thay vì \(several.map { "“\($0.text)” (\($0.issuer))" })") }
        return problems
    }

    private static func valueDifferences(_ row: WildCorpus.ExpectedRow, actual: String?) -> [String] {
        WildText.figure(actual ?? "") == WildText.figure(row.actual ?? "")
            ? [] : ["thực hiện “\(actual ?? "—")” thay vì “\(row.actual ?? "—")”"]
    }

    /// Cells holding several values: the indicator's lines are its own line (when it has figures)
    /// followed by its components, each a target and a value.
    private static func linesDifferences(_ lines: [WildCorpus.ExpectedLine], _ found: [String: Any], target: String?, actual: String?) -> [String] {
        let components = (found["components"] as? [[String: Any]] ?? []).map { (cellText($0["target"]), cellText($0["actual"])) }
        let read = (target == nil && actual == nil ? [] : [(target, actual)]) + components
        let same = read.count == lines.count && zip(lines, read).allSatisfy { expected, got in
            WildText.figure(expected.target ?? "") == WildText.figure(got.0 ?? "")
                && WildText.figure(expected.actual ?? "") == WildText.figure(got.1 ?? "")
        }
        return same ? [] : ["các dòng \(read.map { "“\($0.0 ?? "—")”/“\($0.1 ?? "—")”" }) thay vì \(lines.map { "“\($0.target ?? "—")”/“\($0.actual ?? "—")”" })"]
    }

    private static func cellText(_ cell: Any?) -> String? {
        (cell as? [String: Any])?["text"] as? String
    }

    // MARK: Claims

    private mutating func scoreClaims(_ expected: [WildCorpus.ExpectedClaim], output: [[String: Any]]) {
        var used = Swift.Set<Int>()
        for claim in expected {
            claimsExpected += 1
            if claim.checkable { checkableExpected += 1 }
            let found = output.indices.first { index in
                !used.contains(index) && output[index]["kind"] as? String == claim.kind
                    && claim.match.allSatisfy { WildText.contains(output[index]["text"] as? String ?? "", $0) }
            }
            guard let found else {
                if claim.checkable { misses.append("ý \(claim.kind) “\(claim.text)”: không trích được") }
                continue
            }
            used.insert(found)
            claimsExtracted += 1
            if claim.checkable { checkableExtracted += 1 }
            if let wanted = claim.consistent, let said = output[found]["consistent"] as? Bool {
                consistencyComparable += 1
                if wanted == said { consistencyAgreed += 1 } else { misses.append("ý “\(claim.text)”: kiểm tra ra \(said), đúng ra \(wanted)") }
            }
        }
    }

    // MARK: Errors

    /// An error is false unless its message names something the expected reading says is wrong.
    private mutating func scoreErrors(_ findings: [[String: Any]], expected: WildCorpus.Expectation) {
        let wrongClaims = expected.claims.filter { $0.consistent == false }
        let wrongRows = expected.rows.filter { $0.consistent == false }
        for finding in findings where finding["severity"] as? String == "error" {
            let message = finding["message"] as? String ?? ""
            let explained = wrongClaims.contains { claim in claim.match.allSatisfy { WildText.contains(message, $0) } }
                || wrongRows.contains { WildText.contains(message, WildText.words($0.name).prefix(4).joined(separator: " ")) }
            if !explained {
                falseErrors += 1
                misses.append("lỗi sai: \(message)")
            }
        }
    }
}

/// Text compared the way a person compares printed figures and names.
enum WildText {
    /// A printed figure: case, spaces, no-break spaces, dash variants, footnote marks ("18,37[2]") and
    /// a note in parentheses beside the figure ("0,7% (còn 4,33%)": the figure is kept, the note may be
    /// kept apart) do not matter. A figure that is all parentheses ("(-4,33)") stays as it is.
    static func figure(_ text: String) -> String {
        let plain = loose(text).replacingOccurrences(of: #"\[\d+\]"#, with: "", options: .regularExpression)
        let withoutNotes = plain.replacingOccurrences(of: #"\([^()]*\)"#, with: "", options: .regularExpression)
        let kept = withoutNotes.trimmingCharacters(in: .whitespaces).isEmpty ? plain : withoutNotes
        return kept.replacingOccurrences(of: " ", with: "")
    }

    /// Lower case, one space between words, every dash a hyphen.
    static func loose(_ text: String) -> String {
        var result = text.precomposedStringWithCanonicalMapping.lowercased()
        for dash in ["\u{2013}", "\u{2014}", "\u{2212}"] { result = result.replacingOccurrences(of: dash, with: "-") }
        return result.split(whereSeparator: { $0.isWhitespace || $0 == "\u{00A0}" }).joined(separator: " ")
    }

    static func words(_ text: String) -> [String] {
        loose(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    static func lastNumber(_ code: String?) -> String? {
        guard let code else { return nil }
        return code.split(whereSeparator: { !$0.isNumber }).last.map { String(Int($0) ?? -1) }
    }

    /// `needle` occurs in `haystack` as whole words: "3 chỉ tiêu" is not found in "13 chỉ tiêu".
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        let text = loose(haystack), part = loose(needle)
        guard !part.isEmpty else { return true }
        var searchFrom = text.startIndex
        while let range = text.range(of: part, range: searchFrom..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            let startsWord = !(part.first!.isLetter || part.first!.isNumber) || !(before?.isLetter == true || before?.isNumber == true)
            let endsWord = !(part.last!.isLetter || part.last!.isNumber) || !(after?.isLetter == true || after?.isNumber == true)
            if startsWord && endsWord { return true }
            searchFrom = text.index(after: range.lowerBound)
        }
        return false
    }
}
