/// Writes the report's tasks section from the tasks as they now stand: one paragraph per task,
/// with who leads it, who helps, its due date and where it stands. The office reviews the text
/// before it goes into the report, as with any section edit.
public enum TaskSectionWriter {
    public struct Line: Sendable, Hashable {
        public var number: Int
        public var title: String
        public var owner: String?
        public var coAgencies: [String]
        public var due: CalendarDay?
        public var status: TaskStatus
        /// The latest progress note, if any.
        public var latestNote: String?

        public init(number: Int, title: String, owner: String?, coAgencies: [String], due: CalendarDay?, status: TaskStatus,
                    latestNote: String?) {
            self.number = number
            self.title = title
            self.owner = owner
            self.coAgencies = coAgencies
            self.due = due
            self.status = status
            self.latestNote = latestNote
        }
    }

    public static func text(_ lines: [Line]) -> String {
        lines.map(paragraph).joined(separator: "\n")
    }

    static func paragraph(_ line: Line) -> String {
        var details: [String] = []
        if let owner = line.owner { details.append("Cơ quan chủ trì: \(owner)") }
        if !line.coAgencies.isEmpty { details.append("phối hợp: \(line.coAgencies.joined(separator: ", "))") }
        if let due = line.due { details.append("thời hạn: \(due.display)") }
        var text = "\(line.number). \(line.title)."
        if !details.isEmpty { text += " " + details.joined(separator: "; ") + "." }
        text += " Tình hình thực hiện: \(line.status.label.lowercased())"
        if let note = line.latestNote?.trimmed, !note.isEmpty {
            text += " (\(note.hasSuffix(".") ? String(note.dropLast()) : note))"
        }
        return text + "."
    }
}
