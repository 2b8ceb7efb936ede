/// The report's footnotes as Word footnotes (`word/footnotes.xml`). A prose section stores the
/// footnotes it cites as its last paragraphs ("[6] Cụ thể: …"); each mark "[6]" whose text the
/// section holds becomes a footnote reference in its run, at the mark's place, and the note
/// paragraph leaves the body. A mark whose text is unknown stays as text; a note nobody cites
/// stays a paragraph.
struct DocxFootnotes {
    /// Id and text in document order. Ids 1 and up; -1 and 0 are Word's separators.
    private(set) var notes: [(id: Int, text: String)] = []

    /// "[12] Tổng thu …" → (12, "Tổng thu …").
    static func note(_ paragraph: String) -> (number: Int, text: String)? {
        guard paragraph.hasPrefix("["), let close = paragraph.firstIndex(of: "]"),
              let number = Int(paragraph[paragraph.index(after: paragraph.startIndex)..<close]),
              paragraph.index(after: close) < paragraph.endIndex else { return nil }
        return (number, String(paragraph[paragraph.index(after: close)...].drop { $0 == " " }))
    }

    /// A body part of one section: its paragraphs as runs and references, its cited notes collected.
    /// - Parameter paragraph: writes one body paragraph from its runs; a note kept as text gets `nil` runs.
    mutating func section(_ paragraphs: [String], paragraph: (String, _ runs: String?) -> String,
                          runs: (String) -> String) -> String {
        var texts: [Int: String] = [:]
        for case let (number, text)? in paragraphs.map(Self.note) where texts[number] == nil { texts[number] = text }
        var cited: Set<Int> = []
        var xml = ""
        var keptNotes: [String] = []
        for text in paragraphs {
            if let note = Self.note(text), texts[note.number] != nil {
                keptNotes.append(text)
                continue
            }
            xml += paragraph(text, body(text, texts: texts, cited: &cited, runs: runs))
        }
        for text in keptNotes where !cited.contains(Self.note(text)?.number ?? -1) { xml += paragraph(text, nil) }
        return xml
    }

    /// The paragraph's runs, each known "[n]" made a footnote reference.
    private mutating func body(_ text: String, texts: [Int: String], cited: inout Set<Int>,
                               runs: (String) -> String) -> String {
        // Most paragraphs cite nothing: one run, without walking their Characters (which the loop
        // below would put back together unchanged).
        guard !texts.isEmpty, Self.mayCite(text, texts) else { return text.isEmpty ? "" : runs(text) }
        var xml = ""
        var pending = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "[") {
            pending += rest[..<open]
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "]"), let number = Int(after[..<close]),
                  let note = texts[number] else {
                pending += "["
                rest = after
                continue
            }
            if !pending.isEmpty { xml += runs(pending) }
            pending = ""
            let id = nextID(preferring: number)
            notes.append((id, note))
            cited.insert(number)
            xml += Self.reference(id)
            rest = after[after.index(after: close)...]
        }
        pending += rest
        if !pending.isEmpty { xml += runs(pending) }
        return xml
    }

    /// True when the UTF-8 bytes hold "[n]" (n as `Int` reads it: an optional sign, digits) for a
    /// known note: every mark the Character walk below can find has these bytes, so without them
    /// the paragraph is one run.
    private static func mayCite(_ text: String, _ texts: [Int: String]) -> Bool {
        var copy = text
        return copy.withUTF8 { utf8 in
            var index = 0
            while index < utf8.count {
                guard utf8[index] == UInt8(ascii: "[") else {
                    index += 1
                    continue
                }
                var cursor = index + 1
                var negative = false
                if cursor < utf8.count, utf8[cursor] == UInt8(ascii: "+") || utf8[cursor] == UInt8(ascii: "-") {
                    negative = utf8[cursor] == UInt8(ascii: "-")
                    cursor += 1
                }
                var number = 0, digits = 0
                while cursor < utf8.count, utf8[cursor] >= 0x30, utf8[cursor] <= 0x39, digits < 18 {
                    number = number * 10 + Int(utf8[cursor] - 0x30)
                    digits += 1
                    cursor += 1
                }
                if digits > 0, cursor < utf8.count, utf8[cursor] == UInt8(ascii: "]"), texts[negative ? -number : number] != nil {
                    return true
                }
                // Longer than this reads here: let the Character walk decide.
                if digits == 18, cursor < utf8.count, utf8[cursor] >= 0x30, utf8[cursor] <= 0x39 { return true }
                index += 1
            }
            return false
        }
    }

    /// The source's own number while it is free, so a report read back cites the same marks.
    private func nextID(preferring number: Int) -> Int {
        let used = Set(notes.map(\.id))
        if number > 0, !used.contains(number) { return number }
        return (used.max() ?? 0) + 1
    }

    static let superscript = #"<w:vertAlign w:val="superscript"/>"#

    static func reference(_ id: Int) -> String {
        "<w:r><w:rPr>\(superscript)</w:rPr><w:footnoteReference w:id=\"\(id)\"/></w:r>"
    }

    /// `word/footnotes.xml`: the separator (-1) and continuation separator (0) Word requires,
    /// then each note, a size smaller than the body, its number raised.
    var xml: String {
        let size = DocxLayout.table * 2
        let style = #"<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr>"#
        var xml = DocxParts.declaration + "<w:footnotes \(WordML.namespaces)>"
        xml += #"<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>"#
        xml += #"<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"#
        for note in notes {
            xml += "<w:footnote w:id=\"\(note.id)\"><w:p>\(style)"
                + "<w:r><w:rPr>\(Self.superscript)<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/></w:rPr><w:footnoteRef/></w:r>"
                + WordML.run(" " + note.text, .pt(DocxLayout.table)) + "</w:p></w:footnote>"
        }
        return xml + "</w:footnotes>"
    }
}
