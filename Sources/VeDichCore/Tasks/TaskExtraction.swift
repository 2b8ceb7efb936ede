/// Finds the plan's tasks in its report sections: under a heading naming "nhiệm vụ" and "giải
/// pháp" ("III. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU", "IV. NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN TRONG 6 THÁNG
/// CUỐI NĂM 2024"), each numbered item is one task: a numbered paragraph ("1.  Các cấp, các ngành
/// tập trung …") or a numbered sub-heading ("3. Về phát triển kinh tế") with the paragraphs under
/// it. Paragraphs that follow an item without a number of their own ("- Đẩy mạnh …") belong to it.
public enum TaskExtraction {
    /// A report section as stored: what the reader keeps of it.
    public struct Section: Sendable, Hashable {
        public var key: String
        public var heading: String
        public var level: Int
        public var text: String

        public init(key: String, heading: String, level: Int, text: String) {
            self.key = key
            self.heading = heading
            self.level = level
            self.text = text
        }
    }

    public struct Task: Sendable, Hashable {
        /// Stable within the plan: the tasks section's key and the item's number ("nhiem-vu-va-giai-phap-chu-yeu/3").
        public var key: String
        public var number: Int
        public var title: String
        /// The item's whole text as the report wrote it, paragraphs one a line.
        public var text: String
        public var sectionKey: String
    }

    /// The longest title kept: a task named by its first sentence, cut at a word when longer.
    public static let titleLimit = 200

    public static func tasks(in sections: [Section]) -> [Task] {
        var tasks: [Task] = []
        var block: (key: String, level: Int)?
        for section in sections {
            if let current = block, section.level <= current.level { block = nil }
            if block == nil {
                guard isTaskHeading(section.heading) else { continue }
                block = (section.key, section.level)
                addParagraphs(of: section, blockKey: section.key, to: &tasks)
                continue
            }
            guard let current = block else { continue }
            if section.level == current.level + 1, let numbered = numbered(section.heading) {
                let body = paragraphs(section.text)
                // A heading is a title already ("7. Công tác thanh tra, kiểm tra; giải quyết khiếu nại, …"): kept whole.
                tasks.append(Task(key: "\(current.key)/\(numbered.number)", number: numbered.number, title: shortened(numbered.rest),
                                  text: ([numbered.rest] + body).joined(separator: "\n"), sectionKey: section.key))
            } else if !tasks.isEmpty, tasks[tasks.count - 1].key.hasPrefix(current.key + "/") {
                // A deeper heading ("3.1. …") and its text stay with the item above it.
                let extra = ([section.heading] + paragraphs(section.text)).filter { !$0.isEmpty }
                tasks[tasks.count - 1].text += "\n" + extra.joined(separator: "\n")
            }
        }
        return tasks
    }

    /// "IV. NHIỆM VỤ, GIẢI PHÁP …", "III. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU".
    public static func isTaskHeading(_ heading: String) -> Bool {
        let lowered = heading.lowercased()
        return lowered.contains("nhiệm vụ") && lowered.contains("giải pháp")
    }

    private static func addParagraphs(of section: Section, blockKey: String, to tasks: inout [Task]) {
        var current: Task?
        for paragraph in paragraphs(section.text) {
            if let numbered = numbered(paragraph) {
                if let current { tasks.append(current) }
                current = Task(key: "\(blockKey)/\(numbered.number)", number: numbered.number, title: title(numbered.rest),
                               text: numbered.rest, sectionKey: section.key)
            } else if current != nil {
                current?.text += "\n" + paragraph
            }
        }
        if let current { tasks.append(current) }
    }

    private static func paragraphs(_ text: String) -> [String] {
        text.split(separator: "\n").map { String($0).trimmed }.filter { !$0.isEmpty }
    }

    /// "12.  Tiếp tục …" → (12, "Tiếp tục …"); "1.1. …" and "2024." are not items.
    static func numbered(_ line: String) -> (number: Int, rest: String)? {
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 2, let number = Int(digits) else { return nil }
        let after = line.dropFirst(digits.count)
        guard after.first == "." || after.first == ")" else { return nil }
        let rest = after.dropFirst()
        guard let next = rest.first, next == " " || next == "\u{00A0}" else { return nil }
        let text = String(rest).trimmed
        return text.isEmpty ? nil : (number, text)
    }

    /// The item's first sentence, or its first words when the sentence runs long.
    static func title(_ text: String) -> String {
        var sentence = ""
        var previous: Character?
        for character in text {
            if character == " ", previous == "." || previous == ";" || previous == ":" { break }
            sentence.append(character)
            previous = character
        }
        return shortened(sentence)
    }

    /// The text without its closing punctuation, cut at a word when longer than `titleLimit`.
    static func shortened(_ text: String) -> String {
        var sentence = text.trimmed
        while let last = sentence.last, last == "." || last == ";" || last == ":" { sentence.removeLast() }
        guard sentence.count > titleLimit else { return sentence }
        var cut = String(sentence.prefix(titleLimit))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        return cut.trimmed + " …"
    }
}
