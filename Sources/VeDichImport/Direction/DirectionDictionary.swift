import VeDichCore

/// Which way an indicator is better when its target does not say: phrases of indicator names a
/// planning office can extend (`--directions FILE`, one `phrase<TAB>higher|lower|band` a line).
public struct DirectionDictionary: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var phrase: String
        public var direction: Direction
        /// True when the phrase must start the name ("giảm …" measures a reduction).
        public var atStart: Bool

        public init(phrase: String, direction: Direction, atStart: Bool = false) {
            self.phrase = phrase.lowercased()
            self.direction = direction
            self.atStart = atStart
        }
    }

    /// Consulted in order: the first entry that matches decides.
    public var entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// The rules of domain.md. Reductions come first: "Giảm tai nạn giao thông" measures how much
    /// accidents fell, so more is better even though accidents themselves are lower-is-better.
    public static let standard = DirectionDictionary(entries: [
        Entry(phrase: "mức giảm", direction: .higher, atStart: true),
        Entry(phrase: "giảm", direction: .higher, atStart: true),
        Entry(phrase: "tốc độ giảm", direction: .higher, atStart: true),
        Entry(phrase: "cơ cấu", direction: .band),
        Entry(phrase: "tỷ trọng", direction: .band),
        Entry(phrase: "chỉ số giá tiêu dùng", direction: .lower),
        Entry(phrase: "cpi", direction: .lower),
        Entry(phrase: "lạm phát", direction: .lower),
        Entry(phrase: "hộ nghèo", direction: .lower),
        Entry(phrase: "hộ cận nghèo", direction: .lower),
        Entry(phrase: "thất nghiệp", direction: .lower),
        Entry(phrase: "nhập siêu", direction: .lower),
        Entry(phrase: "tai nạn", direction: .lower),
        Entry(phrase: "tội phạm", direction: .lower),
        Entry(phrase: "phạm pháp", direction: .lower),
        Entry(phrase: "suy dinh dưỡng", direction: .lower),
        Entry(phrase: "tử vong", direction: .lower),
        Entry(phrase: "nợ xấu", direction: .lower),
        Entry(phrase: "ô nhiễm", direction: .lower),
    ])

    /// Reads `phrase<TAB>direction` lines; `#` starts a comment. Added entries come before the
    /// standard ones, so an office's own words win.
    public static func parse(_ text: String) throws(DirectionDictionaryError) -> [Entry] {
        var entries: [Entry] = []
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmed
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: "\t").map(\.trimmed)
            guard parts.count == 2, let direction = Direction(rawValue: parts[1].lowercased()) else {
                throw .malformedLine(line: offset + 1, text: line)
            }
            let atStart = parts[0].hasPrefix("^")
            entries.append(Entry(phrase: atStart ? String(parts[0].dropFirst()) : parts[0], direction: direction, atStart: atStart))
        }
        return entries
    }

    /// The direction for an indicator line and a reason a person can check and correct.
    /// `parentName` is the numbered indicator a component belongs to.
    public func resolve(name: String, parentName: String?, target: Figure?) -> (Direction, String) {
        if let target, let implied = target.impliedDirection {
            return (implied, "theo cách viết kế hoạch “\(target.text)”")
        }
        for candidate in [name, parentName].compactMap({ $0 }) {
            let lowered = candidate.lowercased().drop(while: { $0 == "-" || $0 == "+" || $0 == " " })
            if let entry = entries.first(where: { lowered.hasPrefix($0.phrase) || (!$0.atStart && lowered.includes($0.phrase)) }) {
                let whose = candidate == name ? "tên chỉ tiêu" : "chỉ tiêu cha “\(candidate)”"
                return (entry.direction, "\(whose) có cụm “\(entry.phrase)” trong từ điển hướng")
            }
        }
        return (.higher, "mặc định: cao hơn là tốt")
    }
}

public enum DirectionDictionaryError: Error, Sendable, Hashable, UserFacingError {
    case malformedLine(line: Int, text: String)

    public var userMessage: UserMessage {
        switch self {
        case .malformedLine(let line, let text):
            UserMessage(what: "Dòng \(line) của từ điển hướng “\(text)” không đúng dạng",
                        fix: "Mỗi dòng gồm cụm từ, một dấu tab, rồi higher, lower hoặc band; thêm ^ trước cụm từ nếu phải đứng đầu tên")
        }
    }
}
