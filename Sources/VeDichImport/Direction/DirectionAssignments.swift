import VeDichCore

/// Directions a planner names for given indicators (`vedich import --directions FILE.tsv`), one a
/// line: `code or name<TAB>higher|lower|band[<TAB>reason]`. A code ("II.7") names the numbered
/// indicator with that code in every table and target list of the report; a name names every
/// line so called (whole words, parenthesised parts such as "(%)" left out). `#` starts a comment;
/// a first line headed "chỉ tiêu / hướng" is a header.
public struct DirectionAssignments: Sendable, Hashable {
    public struct Assignment: Sendable, Hashable {
        public enum Key: Sendable, Hashable {
            case code(IndicatorCode)
            case name(Words)
        }

        public var key: Key
        /// The first column as written.
        public var written: String
        public var direction: Direction
        /// "tệp hướng dòng 3: …", shown as the direction's reason.
        public var reason: String
        public var line: Int

        func matches(code: IndicatorCode?, words: Words) -> Bool {
            switch key {
            case .code(let assigned): code == assigned
            case .name(let assigned): assigned == words
            }
        }
    }

    public private(set) var assignments: [Assignment] = []

    public init() {}

    public var isEmpty: Bool { assignments.isEmpty }

    /// A code is checked for a numbered indicator's own line; a name for every line.
    public func find(code: IndicatorCode?, name: String) -> Assignment? {
        guard !assignments.isEmpty else { return nil }
        let words = Words(name, droppingParentheses: true)
        return assignments.first { $0.matches(code: code, words: words) }
    }

    // MARK: Reading

    public static func parse(_ text: String, source: String) throws(DirectionAssignmentError) -> DirectionAssignments {
        var result = DirectionAssignments()
        var problems: [DirectionFileProblem] = []
        var seen: [Assignment.Key: Assignment] = [:]
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            // Spaces only: a tab at the start is an empty first column, said as such.
            let line = String(raw.drop { $0 == " " || $0 == "\r" }.reversed().drop { $0 == " " || $0 == "\r" }.reversed())
            if line.trimmed.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(\.trimmed)
            if result.assignments.isEmpty, problems.isEmpty, parts.count >= 2, Self.isHeader(parts) { continue }
            guard (2...3).contains(parts.count) else {
                problems.append(DirectionFileProblem(line: number, text: line,
                    problem: "cần 2 hoặc 3 cột cách nhau bằng dấu tab (mã hoặc tên chỉ tiêu, hướng, lý do), có \(parts.count) cột"))
                continue
            }
            guard !parts[0].isEmpty, !Words(parts[0], droppingParentheses: true).isEmpty else {
                problems.append(DirectionFileProblem(line: number, text: line, problem: "thiếu mã hoặc tên chỉ tiêu ở cột đầu"))
                continue
            }
            guard let direction = Direction(rawValue: parts[1].lowercased()) else {
                problems.append(DirectionFileProblem(line: number, text: line,
                    problem: "hướng “\(parts[1])” không hiểu; viết higher (cao hơn là tốt), lower (thấp hơn là tốt) hoặc band (nằm trong khoảng là đạt)"))
                continue
            }
            let key = Self.key(parts[0])
            if let earlier = seen[key] {
                if earlier.direction != direction {
                    problems.append(DirectionFileProblem(line: number, text: line,
                        problem: "“\(parts[0])” đã được ghi là \(earlier.direction.label) ở dòng \(earlier.line)"))
                }
                continue
            }
            let stated = parts.count == 3 && !parts[2].isEmpty ? parts[2] : "do người lập kế hoạch chỉ định"
            let assignment = Assignment(key: key, written: parts[0], direction: direction,
                                        reason: "\(stated) (tệp \(source), dòng \(number))", line: number)
            seen[key] = assignment
            result.assignments.append(assignment)
        }
        if !problems.isEmpty { throw .badLines(problems) }
        return result
    }

    /// "II.7", "I.12" are codes; anything else is a name.
    static func key(_ text: String) -> Assignment.Key {
        let pieces = text.split(separator: ".")
        if pieces.count == 2, RomanNumeral.value(pieces[0]) != nil, pieces[0] == pieces[0].uppercased(),
           let number = Int(pieces[1]) {
            return .code(IndicatorCode(group: String(pieces[0]), number: number))
        }
        return .name(Words(text, droppingParentheses: true))
    }

    private static func isHeader(_ parts: [String]) -> Bool {
        Direction(rawValue: parts[1].lowercased()) == nil
            && ["hướng", "direction", "chiều"].contains { Words(parts[1]).hasPrefix($0) }
    }

    // MARK: Checking against a report

    /// Lines that would do nothing or contradict the report: a code or name no indicator of the
    /// report has, and a direction the target's own form contradicts ("Tỷ lệ hộ nghèo" with
    /// "còn 2,02%" is lower-is-better whatever the file says).
    public func problems(in report: AuditReport) -> [DirectionFileProblem] {
        var problems: [DirectionFileProblem] = []
        for assignment in assignments {
            var matched = false
            func check(code: IndicatorCode?, name: String, target: Figure?, plan: String) {
                guard assignment.matches(code: code, words: Words(name, droppingParentheses: true)) else { return }
                matched = true
                if let target, let implied = target.impliedDirection, implied != assignment.direction {
                    problems.append(DirectionFileProblem(line: assignment.line, text: assignment.written,
                        problem: "kế hoạch \(plan) của chỉ tiêu “\(name)” viết “\(target.text)”, tức là \(implied.label), trái với \(assignment.direction.label); sửa dòng này hoặc bỏ đi"))
                }
            }
            for audited in report.tables {
                let plan = audited.table.period ?? ""
                for row in audited.rows {
                    let read = row.indicator
                    check(code: read.code, name: read.line.name, target: read.line.target?.figure, plan: plan)
                    for component in read.components {
                        check(code: nil, name: component.name, target: component.target?.figure, plan: plan)
                    }
                }
            }
            for target in report.targets {
                check(code: target.parentName == nil ? target.code : nil, name: target.name, target: target.figure, plan: target.plan ?? "")
            }
            if !matched {
                let what = if case .code = assignment.key { "mã" } else { "tên" }
                problems.append(DirectionFileProblem(line: assignment.line, text: assignment.written,
                    problem: "không có chỉ tiêu nào trong báo cáo có \(what) “\(assignment.written)”; kiểm tra lại chính tả hoặc mã"))
            }
        }
        return problems.sorted { $0.line < $1.line }
    }
}

public enum DirectionAssignmentError: Error, Sendable, Hashable, UserFacingError {
    case badLines([DirectionFileProblem])

    public var userMessage: UserMessage {
        switch self {
        case .badLines(let problems):
            UserMessage(what: "Tệp hướng chỉ tiêu có \(problems.count) dòng sai, không nhập gì cả: "
                            + problems.map(\.description).joined(separator: "; "),
                        fix: "Mỗi dòng gồm mã (ví dụ II.7) hoặc tên chỉ tiêu, một dấu tab, hướng higher (cao hơn là tốt), lower (thấp hơn là tốt) hoặc band (nằm trong khoảng là đạt), rồi một tab và lý do nếu muốn; sửa các dòng trên rồi nhập lại")
        }
    }
}
