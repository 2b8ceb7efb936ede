import Foundation

/// A section of a plan's report as it stands: its latest revision. JSON keys are snake_case.
public struct ReportSectionInfo: Sendable, Codable, Equatable {
    public var planID: UUID
    public var key: String
    public var position: Int
    /// 0 a part ("Phần thứ nhất"), 1 a Roman section, 2 "1.", 3 "1.1.", …
    public var level: Int
    /// "prose", or "figures": where the report places its generated counts, sentences and table.
    public var kind: String
    public var heading: String
    /// Paragraphs, one a line.
    public var text: String
    public var revision: Int
    public var recordedBy: String
    public var recordedAt: Date?

    /// Split on the Character "\n", as Foundation's `components(separatedBy:)` did: a "\r\n" pair
    /// is one Character and stays whole. Found in the UTF-8 bytes (a line feed is always a
    /// Character of its own, except after a carriage return): walking Characters, with their
    /// grapheme rules, was a third of writing a DOCX.
    public var paragraphs: [String] {
        guard !text.isEmpty else { return [] }
        var bytes = text
        return bytes.withUTF8 { utf8 in
            var lines: [String] = []
            var start = 0
            for index in utf8.indices where utf8[index] == 0x0A && (index == 0 || utf8[index - 1] != 0x0D) {
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: utf8[start..<index]), as: UTF8.self))
                start = index + 1
            }
            lines.append(String(decoding: UnsafeBufferPointer(rebasing: utf8[start...]), as: UTF8.self))
            return lines
        }
    }
    public var isFigures: Bool { kind == "figures" }

    public init(planID: UUID, key: String, position: Int, level: Int, kind: String, heading: String, text: String, revision: Int,
                recordedBy: String, recordedAt: Date?) {
        self.planID = planID
        self.key = key
        self.position = position
        self.level = level
        self.kind = kind
        self.heading = heading
        self.text = text
        self.revision = revision
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }

    enum CodingKeys: String, CodingKey {
        case key, position, level, kind, heading, text, revision
        case planID = "plan_id", recordedBy = "recorded_by", recordedAt = "recorded_at"
    }
}

/// One revision of a section: who wrote what, when. Earlier revisions stay readable.
public struct ReportSectionRevision: Sendable, Codable, Equatable {
    public var revision: Int
    public var text: String
    public var recordedBy: String
    public var recordedAt: Date?

    public init(revision: Int, text: String, recordedBy: String, recordedAt: Date?) {
        self.revision = revision
        self.text = text
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }

    enum CodingKeys: String, CodingKey {
        case revision, text
        case recordedBy = "recorded_by", recordedAt = "recorded_at"
    }
}

/// An edit of a section: the new text and the revision the person started from.
public struct SectionDraft: Sendable {
    public var planID: UUID
    public var key: String
    public var text: String
    public var basedOnRevision: Int
    public var recordedBy: String

    public init(planID: UUID, key: String, text: String, basedOnRevision: Int, recordedBy: String) {
        self.planID = planID
        self.key = key
        self.text = text
        self.basedOnRevision = basedOnRevision
        self.recordedBy = recordedBy
    }
}
