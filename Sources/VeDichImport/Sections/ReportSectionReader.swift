import Foundation
import VeDichCore

/// Reads the prose of a report into its sections, in order: the opening text, each part ("Phần
/// thứ nhất"), Roman section ("I.") and numbered heading ("1.", "8.2.") with the paragraphs under
/// it. Indicator tables and the list of targets are not prose: the section they stand in becomes
/// a `figures` section, whose words VeDich writes itself. Reading stops at the closing sentence
/// ("… trân trọng báo cáo …", "Nơi nhận:"); footnotes ("[6] …") go with the sections citing them.
struct ReportSectionReader {
    /// Blocks that hold an indicator table.
    var tableBlocks: Set<Int>
    /// Paragraphs the target-list reader took as targets or their subheadings.
    var targetParagraphs: Set<SourceLocation>

    /// A longer numbered line is a paragraph that starts with its number ("1. Tiếp tục …").
    static let maxHeadingLength = 200

    private struct Draft {
        var kind = ReportSection.Kind.prose
        var heading: String
        var title: String
        var level: Int
        var paragraphs: [String] = []
        /// The paragraphs one a source line, as readers before joining gave them.
        var lines: [String] = []
        var plan: String?
        var location: SourceLocation
    }

    func read(_ document: SourceDocument) -> [ReportSection] {
        let blocks = document.blocks
        // Each paragraph's text collapsed once: the footnote pass, the main pass and the look-ahead
        // at the next line all use it.
        let texts: [String?] = blocks.map { block in
            if case .paragraph(let paragraph) = block { return Self.collapsed(paragraph.text) }
            return nil
        }
        let footnotes = Self.footnotes(in: texts)
        var drafts: [Draft] = []
        /// The period named by the part and the Roman section the reader is in.
        var partPlan: String?
        var romanPlan: String?
        var skipNextAsSubject = false
        /// The depth of the short numbered line just taken as a list item: its next sibling is one too.
        var listDepth: Int?
        /// The block whose text the last body paragraph ends with: a line right after it may go on its sentence.
        var lastBodyBlock: Int?
        var index = 0

        func markFigures() {
            if drafts.isEmpty { return }
            drafts[drafts.count - 1].kind = .figures
        }

        while index < blocks.count {
            defer { index += 1 }
            guard case .paragraph(let paragraph) = blocks[index] else {
                if tableBlocks.contains(index) { markFigures() }
                continue
            }
            let text = texts[index] ?? ""
            if text.isEmpty || Self.footnoteNumber(text) != nil { continue }
            if Self.isClosing(text) { break }
            if targetParagraphs.contains(paragraph.location) || Self.pointsToAppendix(text) {
                markFigures()
                continue
            }
            if Self.isPartLabel(text) || Self.romanHeading(text) != nil { listDepth = nil }
            if Self.isPartLabel(text) {
                var heading = text
                if let next = texts[safe: index + 1] ?? nil, Self.isTitleLine(next) {
                    heading += "\n" + next
                    index += 1
                }
                partPlan = Self.period(named: heading)
                romanPlan = nil
                drafts.append(Draft(heading: heading, title: text, level: 0, plan: partPlan, location: paragraph.location))
                continue
            }
            if let roman = Self.romanHeading(text) {
                romanPlan = Self.period(named: text)
                drafts.append(Draft(heading: "\(roman.numeral). \(roman.title)", title: roman.title, level: 1,
                                    plan: romanPlan ?? partPlan, location: paragraph.location))
                continue
            }
            let numbered = Self.numbered(text).flatMap { $0.title.count <= Self.maxHeadingLength ? $0 : nil }
            if let numbered, listDepth == numbered.numbers.count || isListItem(numbered.numbers, after: index, in: texts)
                || numbered.title.hasSuffix(";") {
                listDepth = numbered.numbers.count
            } else if let numbered {
                listDepth = nil
                var title = numbered.title
                if title.hasSuffix(":") { title.removeLast() }
                drafts.append(Draft(heading: numbered.numbers.map(String.init).joined(separator: ".") + ". " + title,
                                    title: title, level: 1 + numbered.numbers.count, plan: romanPlan ?? partPlan,
                                    location: paragraph.location))
                continue
            }
            if numbered == nil { listDepth = nil }
            if drafts.isEmpty {
                // The opening text, without the title block a DOCX may carry above it.
                if text.uppercased() == "BÁO CÁO" { skipNextAsSubject = true; continue }
                if skipNextAsSubject { skipNextAsSubject = false; continue }
                if text.lowercased().hasPrefix("kính gửi") { continue }
                drafts.append(Draft(heading: "", title: "mở đầu", level: 1, location: paragraph.location))
            }
            // A line break inside a paragraph of extracted text ("… nông thôn tiếp tục" / "được
            // thực hiện …") goes on the sentence; the line as read is kept for `linesAsRead`.
            let last = drafts.count - 1
            if lastBodyBlock == index - 1, let previous = drafts[last].paragraphs.last,
               !Self.endsSentence(previous), !Self.startsItem(text) {
                drafts[last].paragraphs[drafts[last].paragraphs.count - 1] = previous + " " + text
            } else {
                drafts[last].paragraphs.append(text)
            }
            drafts[last].lines.append(text)
            lastBodyBlock = index
        }

        return Self.finish(drafts, footnotes: footnotes)
    }

    /// A numbered line right before a sibling ("1. …" then "2. …") is an item of a list, not a
    /// heading with nothing under it.
    private func isListItem(_ numbers: [Int], after index: Int, in texts: [String?]) -> Bool {
        guard let next = texts[safe: index + 1] ?? nil, let following = Self.numbered(next) else { return false }
        return following.numbers.count == numbers.count
    }

    // MARK: Finishing

    private static func finish(_ drafts: [Draft], footnotes: [Int: String]) -> [ReportSection] {
        var drafts = drafts.filter { !$0.heading.isEmpty || !$0.paragraphs.isEmpty }
        // The opening text belongs to the first plan the report speaks of; a heading that names
        // no year stays with the plan before it.
        let firstPlan = drafts.lazy.compactMap(\.plan).first
        var previous = firstPlan
        for index in drafts.indices {
            if drafts[index].plan == nil { drafts[index].plan = previous } else { previous = drafts[index].plan }
        }
        var used: [String: Int] = [:]
        return drafts.map { draft in
            let base = slug(draft.title).isEmpty ? "muc" : slug(draft.title)
            let scope = "\(draft.plan ?? "")|\(base)"
            used[scope, default: 0] += 1
            let key = used[scope] == 1 ? base : "\(base)-\(used[scope] ?? 1)"
            var paragraphs = draft.kind == .figures ? [] : draft.paragraphs
            var lines = draft.kind == .figures ? [] : draft.lines
            let notes = citedFootnotes(in: paragraphs, footnotes: footnotes)
            paragraphs += notes
            lines += notes
            var section = ReportSection(key: key, kind: draft.kind, heading: draft.heading, level: draft.level,
                                        paragraphs: paragraphs, plan: draft.plan, location: draft.location)
            section.linesAsRead = lines
            return section
        }
    }

    /// "[6] Cụ thể: …" for every "[6]" the paragraphs cite, in the order first cited.
    private static func citedFootnotes(in paragraphs: [String], footnotes: [Int: String]) -> [String] {
        guard !footnotes.isEmpty else { return [] }
        var seen: Set<Int> = []
        var notes: [String] = []
        for paragraph in paragraphs {
            // "[12]" read on bytes: the paragraphs are long and only the brackets matter.
            var number: Int?
            for byte in paragraph.utf8 {
                if byte == UInt8(ascii: "[") {
                    number = 0
                } else if let current = number, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), current < 100_000 {
                    number = current * 10 + Int(byte - UInt8(ascii: "0"))
                } else {
                    if byte == UInt8(ascii: "]"), let cited = number, let note = footnotes[cited], seen.insert(cited).inserted { notes.append(note) }
                    number = nil
                }
            }
        }
        return notes
    }

    private static func footnotes(in texts: [String?]) -> [Int: String] {
        var notes: [Int: String] = [:]
        for case let text? in texts {
            if let number = footnoteNumber(text), notes[number] == nil { notes[number] = text }
        }
        return notes
    }

    // MARK: Recognising lines

    /// "[12] Tổng thu …" → 12.
    static func footnoteNumber(_ text: String) -> Int? {
        guard text.utf8.first == UInt8(ascii: "["), let close = text.firstIndex(of: "]"), text.index(after: close) < text.endIndex
        else { return nil }
        return Int(text[text.index(after: text.startIndex)..<close])
    }

    /// A paragraph's last line ends its sentence: a final . ; : ! ? or …, perhaps inside closing
    /// quotes or brackets ("… quyết định.”", "(kèm theo.)").
    static func endsSentence(_ text: String) -> Bool {
        let core = text.reversed().drop { " \"”’')]".contains($0) }
        guard let last = core.first else { return true }
        return ".;:!?…".contains(last)
    }

    /// A line that opens something of its own rather than going on the line before: a heading
    /// ("1.", "8.2.", "II.", "Phần thứ …"), a list item ("-", "+", "•", "*", "a)", "1)", "(1)"), a
    /// footnote ("[6] …").
    static func startsItem(_ text: String) -> Bool {
        guard let first = text.first else { return true }
        if "-+•*–—●○▪·".contains(first) || footnoteNumber(text) != nil { return true }
        if isPartLabel(text) || romanHeading(text) != nil || numbered(text) != nil { return true }
        // "a) …", "1) …", "(1) …", "1. …" even when it does not read as a heading.
        let marker = text.drop { $0 == "(" }.prefix { $0.isLetter || $0.isNumber }
        let after = text.drop { $0 == "(" }.dropFirst(marker.count).first
        let shortLetter = marker.count == 1 && marker.first?.isLetter == true
        let number = !marker.isEmpty && marker.count <= 3 && marker.allSatisfy { $0.isASCII && $0.isNumber }
        let roman = !marker.isEmpty && marker.count <= 5 && marker.allSatisfy { "IVXL".contains($0) }
        if after == ")" && (shortLetter || number || roman) { return true }
        if after == "." && (number || roman) { return true }
        return false
    }

    /// The sentence that hands the report over, and what follows it (recipients, signature).
    static func isClosing(_ text: String) -> Bool {
        FoldedPhrase.respectfullyReported.occurs(in: text) || FoldedPhrase.recipients.starts(text)
    }

    /// "(Kèm theo phụ lục …)", "(Chi tiết tại Phụ lục I kèm theo.)": the figures are elsewhere.
    static func pointsToAppendix(_ text: String) -> Bool {
        FoldedPhrase.appendix.occurs(in: text) && (text.utf8.first == UInt8(ascii: "(") || FoldedPhrase.detailInAppendix.occurs(in: text))
    }

    /// "Phần thứ nhất", "PHẦN THỨ HAI", "Phần I".
    static func isPartLabel(_ text: String) -> Bool {
        // Most paragraphs are long or start otherwise: decided before any lowercasing.
        guard text.utf8.count <= 120, let first = text.utf8.first, first == UInt8(ascii: "P") || first == UInt8(ascii: "p") else { return false }
        let words = text.lowercased().split(separator: " ")
        guard text.count <= 30, words.count >= 2, words.count <= 4, words[0] == "phần" else { return false }
        return words[1] == "thứ" || words[1].uppercased().allSatisfy { "IVX".contains($0) }
    }

    /// A part's title on the line after its label: short and mostly capitals.
    static func isTitleLine(_ text: String) -> Bool {
        text.count <= 300 && romanHeading(text) == nil && numbered(text) == nil && isMostlyUppercase(text)
    }

    /// "II. ƯỚC THỰC HIỆN CÁC CHỈ TIÊU …" → ("II", "ƯỚC THỰC HIỆN …").
    static func romanHeading(_ text: String) -> (numeral: String, title: String)? {
        let numeral = text.prefix { "IVXL".contains($0) }
        guard !numeral.isEmpty, numeral.count <= 5, text.count <= 300 else { return nil }
        var rest = text[numeral.endIndex...].drop { $0 == " " }
        guard rest.first == "." else { return nil }
        rest = rest.dropFirst().drop { $0 == " " }
        let title = String(rest)
        // Mostly capitals as the seed prints them, or a short title in sentence case ("II. Mục tiêu").
        guard let first = title.first, first.isLetter, first.isUppercase,
              isMostlyUppercase(title) || (title.count <= 150 && !title.hasSuffix(".")) else { return nil }
        return (String(numeral), title)
    }

    /// "8.2. Nguyên nhân" → ([8, 2], "Nguyên nhân"); "1.3 . Lĩnh vực …" → ([1, 3], …). A single
    /// number needs its dot ("1. …"); the title starts with a capital, so figures ("2.900 - 3.000",
    /// "7 - 7,5") are never taken for headings.
    static func numbered(_ text: String) -> (numbers: [Int], title: String)? {
        var numbers: [Int] = []
        var rest = text[...]
        var dotAfterLast = false
        while true {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard (1...2).contains(digits.count), let number = Int(digits) else { break }
            numbers.append(number)
            rest = rest[digits.endIndex...].drop { $0 == " " }
            dotAfterLast = rest.first == "."
            guard dotAfterLast else { break }
            rest = rest.dropFirst().drop { $0 == " " }
            guard rest.first?.isNumber == true else { break }
        }
        guard !numbers.isEmpty, dotAfterLast || numbers.count > 1,
              rest.startIndex > text.startIndex, text[text.index(before: rest.startIndex)] == " " || dotAfterLast,
              let first = rest.first, first.isLetter, first.isUppercase else { return nil }
        return (numbers, String(rest))
    }

    static func isMostlyUppercase(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        return !letters.isEmpty && Double(letters.filter(\.isUppercase).count) / Double(letters.count) > 0.6
    }

    /// "2024" or "2021-2025" when the text names a year or a span of years.
    static func period(named text: String) -> String? {
        let years = Years.in(text)
        guard let first = years.first, let last = years.last else { return nil }
        return last - first >= 3 ? "\(first)-\(last)" : "\(last)"
    }

    // MARK: Text

    /// Runs of blanks made one space: extracted text keeps the doubled spaces of justified lines.
    /// Most paragraphs have none, and are returned as they are without a copy.
    static func collapsed(_ text: String) -> String {
        var bytes = text.utf8.makeIterator()
        var previousBlank = true
        var needsWork = false
        var pendingNoBreak = false
        while let byte = bytes.next() {
            let blank: Bool
            if pendingNoBreak {
                pendingNoBreak = false
                if byte == 0xA0 { needsWork = true; break }
            }
            if byte == 0xC2 { pendingNoBreak = true; blank = false } else { blank = byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
            if blank && previousBlank || byte == UInt8(ascii: "\t") { needsWork = true; break }
            previousBlank = blank
        }
        if !needsWork, !previousBlank || text.isEmpty { return text }
        // Blanks (space, tab, no-break space) made one space, none at either end, on bytes.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var iterator = text.utf8.makeIterator()
        var held: UInt8?
        while let byte = held ?? iterator.next() {
            held = nil
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                pendingSpace = true
                continue
            }
            if byte == 0xC2 {
                let next = iterator.next()
                if next == 0xA0 { pendingSpace = true; continue }
                if pendingSpace, !out.isEmpty { out.append(UInt8(ascii: " ")) }
                pendingSpace = false
                out.append(byte)
                held = next
                continue
            }
            if pendingSpace, !out.isEmpty { out.append(UInt8(ascii: " ")) }
            pendingSpace = false
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// "Nguyên nhân" → "nguyen-nhan"; at most 60 characters, cut at a word.
    static func slug(_ text: String) -> String {
        let folded = text.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var words: [String] = []
        var word = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                word.unicodeScalars.append(scalar)
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        var slug = ""
        for word in words {
            let next = slug.isEmpty ? word : slug + "-" + word
            if next.count > 60 { break }
            slug = next
        }
        return slug.isEmpty ? String(words.first?.prefix(60) ?? "") : slug
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
