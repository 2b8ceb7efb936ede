import VeDichCore

/// Which way an indicator is better when its target does not say: a table of phrases of indicator
/// names, each with a direction and the reason in words a clerk can check. A planning office can
/// add its own (`vedich audit --directions FILE`, see `parse`) and name an indicator's direction
/// outright (`vedich import --directions FILE`, see `DirectionAssignments`).
///
/// Phrases match whole words of the name, its parenthesised parts left out ("(%)", "(GRDP)").
/// When several match, the most specific wins: a phrase tied to the start or the end of the name
/// ("giảm …", "… giảm") says what the whole name measures, so it beats one found inside it; then
/// the phrase of more words ("được xử lý" beats "ô nhiễm"); then the earlier entry (an office's
/// own entries come before the standard ones).
public struct DirectionDictionary: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public enum Place: String, Sendable, Hashable {
            case anywhere, start, end
        }

        /// As written, for messages.
        public var phrase: String
        public var words: Words
        public var direction: Direction
        public var place: Place
        /// Why, in plain words: "tai nạn càng ít càng tốt".
        public var reason: String

        public init(phrase: String, direction: Direction, place: Place = .anywhere, reason: String) {
            self.phrase = phrase
            self.words = Words(phrase)
            self.direction = direction
            self.place = place
            self.reason = reason
        }

        func matches(_ name: Words) -> Bool {
            switch place {
            case .anywhere: name.contains(words)
            case .start: name.hasPrefix(words)
            case .end: name.hasSuffix(words)
            }
        }

        /// Larger is more specific.
        var specificity: (Int, Int) { (place == .anywhere ? 0 : 1, words.count) }

        /// "tên chỉ tiêu bắt đầu bằng “giảm”".
        func found(in whose: String) -> String {
            switch place {
            case .anywhere: "\(whose) có cụm “\(phrase)”"
            case .start: "\(whose) bắt đầu bằng “\(phrase)”"
            case .end: "\(whose) kết thúc bằng “\(phrase)”"
            }
        }
    }

    public var entries: [Entry]
    /// Directions a planner named for given indicators; they win over every phrase.
    public var assignments: DirectionAssignments

    public init(entries: [Entry], assignments: DirectionAssignments = DirectionAssignments()) {
        self.entries = entries
        self.assignments = assignments
    }

    public static let standard = DirectionDictionary(entries: StandardDirections.entries)

    /// The entry that decides for a name, by the rule above; nil when none matches.
    public func match(_ name: String) -> Entry? {
        let words = Words(name, droppingParentheses: true)
        var best: Entry?
        for entry in entries where entry.matches(words) {
            if let current = best, entry.specificity <= current.specificity { continue }
            best = entry
        }
        return best
    }

    /// The direction for an indicator line and a reason a person can check and correct, in this
    /// order: the target's own form ("<3", "còn 2,02%"), a direction a planner named for the
    /// indicator, a phrase of its name, a phrase of its parent's name, else higher-is-better.
    /// `code` is given for a numbered indicator's own line, not for its components.
    public func resolve(name: String, parentName: String?, target: Figure?, code: IndicatorCode? = nil) -> (Direction, String) {
        if let target, let implied = target.impliedDirection {
            return (implied, "theo cách viết kế hoạch “\(target.text)”: \(implied.label)")
        }
        if let assigned = assignments.find(code: code, name: name) {
            return (assigned.direction, "\(assigned.reason): \(assigned.direction.label)")
        }
        for candidate in [name, parentName].compactMap({ $0 }) {
            if let entry = match(candidate) {
                let whose = candidate == name ? "tên chỉ tiêu" : "chỉ tiêu cha “\(candidate)”"
                return (entry.direction, "\(entry.found(in: whose)): \(entry.reason), nên \(entry.direction.label)")
            }
        }
        return (.higher, Self.defaultReason)
    }

    /// Why a line is judged "higher is better" when nothing said so: a guess, which an error
    /// finding may not rest on when the name hints otherwise (`ContradictionDoubt`).
    public static let defaultReason = "tên chỉ tiêu và cách viết kế hoạch không cho biết hướng, nên tính theo mặc định: \(Direction.higher.label)"

    /// Reads an office's phrases, one a line: `phrase<TAB>higher|lower|band[<TAB>reason]`; `^`
    /// before the phrase ties it to the start of the name, `$` after it to the end; `#` starts a
    /// comment. Every bad line is reported, with its number.
    public static func parse(_ text: String) throws(DirectionDictionaryError) -> [Entry] {
        var entries: [Entry] = []
        var problems: [DirectionFileProblem] = []
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmed
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(\.trimmed)
            guard (2...3).contains(parts.count), let direction = Direction(rawValue: parts[1].lowercased()) else {
                problems.append(DirectionFileProblem(line: offset + 1, text: line,
                    problem: "cần cụm từ, một dấu tab, rồi higher, lower hoặc band (và lý do nếu muốn)"))
                continue
            }
            var phrase = parts[0]
            var place = Entry.Place.anywhere
            if phrase.hasPrefix("^") { phrase.removeFirst(); place = .start }
            if phrase.hasSuffix("$") { phrase.removeLast(); place = place == .start ? .anywhere : .end }
            phrase = phrase.trimmed
            guard !Words(phrase).isEmpty else {
                problems.append(DirectionFileProblem(line: offset + 1, text: line, problem: "cụm từ để trống"))
                continue
            }
            let reason = parts.count == 3 && !parts[2].isEmpty ? parts[2] : "theo danh sách cụm từ của cơ quan"
            entries.append(Entry(phrase: phrase, direction: direction, place: place, reason: reason))
        }
        if !problems.isEmpty { throw .badLines(problems) }
        return entries
    }
}

/// One bad line of a directions file.
public struct DirectionFileProblem: Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var text: String
    public var problem: String

    public var description: String { "dòng \(line) “\(text.count > 80 ? String(text.prefix(79)) + "…" : text)”: \(problem)" }
}

public enum DirectionDictionaryError: Error, Sendable, Hashable, UserFacingError {
    case badLines([DirectionFileProblem])

    public var userMessage: UserMessage {
        switch self {
        case .badLines(let problems):
            UserMessage(what: "Danh sách cụm từ chỉ hướng có \(problems.count) dòng sai: " + problems.map(\.description).joined(separator: "; "),
                        fix: "Mỗi dòng gồm cụm từ, một dấu tab, rồi higher (cao hơn là tốt), lower (thấp hơn là tốt) hoặc band (nằm trong khoảng là đạt), thêm một tab và lý do nếu muốn; thêm ^ trước cụm từ nếu phải đứng đầu tên, $ sau cụm từ nếu phải đứng cuối tên")
        }
    }
}
