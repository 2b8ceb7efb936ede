/// A part of a report's prose under one heading, as a planning office writes it: "1. Về phát triển
/// kinh tế", "8.2. Nguyên nhân", "IV. NHIỆM VỤ, GIẢI PHÁP …". Sections come in document order;
/// a heading with nothing of its own under it (only sub-sections) is a section with no paragraphs,
/// so the order of sections and their levels rebuild the report's outline.
public struct ReportSection: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Text people write: assessment, causes, lessons, tasks, recommendations.
        case prose
        /// Where the report put its indicator table or its list of targets. Its words around the
        /// figures are not kept: VeDich writes the counts and sentences of this place itself.
        case figures
    }

    /// Stable within a plan: the heading's words without their number, folded to ASCII
    /// ("nguyen-nhan"); "-2", "-3" when a plan has the same heading twice; "mo-dau" for the
    /// opening text before the first heading.
    public var key: String
    public var kind: Kind
    /// As printed, numbering normalised ("1.3. Lĩnh vực …"); a part heading keeps its two lines
    /// ("Phần thứ nhất\nTÌNH HÌNH …"). Empty for the opening text.
    public var heading: String
    /// 0 a part ("Phần thứ nhất"), 1 a Roman section ("II."), 2 "1.", 3 "1.1.", and so on.
    public var level: Int
    /// Body paragraphs in order; footnotes the section refers to ("[6] …") come last.
    public var paragraphs: [String]
    /// The plan the section speaks of, as its heading or the part it is in names it: "2024",
    /// "2021-2025"; nil when no heading above it names a year.
    public var plan: String?
    public var location: SourceLocation

    /// The paragraphs as earlier versions of the reader gave them, one a source line, before a
    /// line that goes on the sentence above was joined to it. A store holding this text holds
    /// the same source: see `textAsRead`.
    public var linesAsRead: [String]

    public init(key: String, kind: Kind, heading: String, level: Int, paragraphs: [String], plan: String?,
                location: SourceLocation) {
        self.key = key
        self.kind = kind
        self.heading = heading
        self.level = level
        self.paragraphs = paragraphs
        self.linesAsRead = paragraphs
        self.plan = plan
        self.location = location
    }

    /// The paragraphs as stored and edited: one a line.
    public var text: String { paragraphs.joined(separator: "\n") }

    /// `text` as it was read before lines were joined; equal to `text` when nothing was joined.
    public var textAsRead: String { linesAsRead.joined(separator: "\n") }
}
