import VeDichCore

/// What the document says about itself that a table header alone cannot: when it was written
/// ("Lạng Sơn, ngày 10 tháng 12 năm 2025") and what it is (a plan for a coming year, a report on
/// one that passed). A header "Ước TH năm 2026" in a plan written in December 2025 holds targets.
struct DocumentContext: Sendable, Hashable {
    /// The year the document was signed, from its date line; nil when it has none.
    var year: Int?
    var month: Int?
    /// The date is the document's own signing line, not one an act it cites was signed on.
    var isSigningDate = true
    /// The document's own title (its first heading in capitals), for the messages.
    var title: String
    /// The first paragraph when it is short enough to be a heading (a web page's headline
    /// "Kinh tế - xã hội 9 tháng đầu năm 2022"): what the document is about when no title in
    /// capitals says it.
    var heading: String

    init(year: Int? = nil, month: Int? = nil, title: String = "", heading: String = "") {
        self.year = year
        self.month = month
        self.title = title
        self.heading = heading
    }

    /// Reads the date line and the title among the first paragraphs, where offices put them.
    init(_ document: SourceDocument) {
        self.init()
        var seen = 0
        // The signing line is short ("Lạng Sơn, ngày 10 tháng 12 năm 2025"); a long one cites an
        // earlier act ("Căn cứ Nghị quyết số … ngày 8 tháng 12 năm 2022 …"). The latest date
        // counts: taking an earlier one would turn a year's results into targets.
        var short: (month: Int, year: Int)?
        var any: (month: Int, year: Int)?
        for case .paragraph(let paragraph) in document.blocks {
            seen += 1
            if seen == 1, paragraph.text.count <= 160 { heading = paragraph.text }
            if seen > 40 { break }
            // Words are split only where a date can be: most paragraphs are prose without one.
            if paragraph.text.contains("ngày"), let date = Self.date(in: paragraph.text) {
                if paragraph.text.count <= 100, short.map({ ($0.year, $0.month) < (date.year, date.month) }) ?? true { short = date }
                if any.map({ ($0.year, $0.month) < (date.year, date.month) }) ?? true { any = date }
            }
            if title.isEmpty, Self.isTitle(paragraph.text) { title = paragraph.text }
        }
        year = (short ?? any)?.year
        month = (short ?? any)?.month
        isSigningDate = short != nil
    }

    /// "ngày 10 tháng 12 năm 2025" → (12, 2025); also "ngày 10/12/2025".
    static func date(in text: String) -> (month: Int, year: Int)? {
        let words = Words(text).words
        for index in words.indices where words[index] == "ngày" {
            let rest = Array(words[(index + 1)...].prefix(5))
            if rest.count >= 5, rest[1] == "tháng", rest[3] == "năm", let month = Int(rest[2]), let year = Int(rest[4]),
               (1...12).contains(month), (1990...2100).contains(year) {
                return (month, year)
            }
            if rest.count >= 3, let month = Int(rest[1]), let year = Int(rest[2]), (1...12).contains(month),
               (1990...2100).contains(year), Int(rest[0]).map({ (1...31).contains($0) }) == true {
                return (month, year)
            }
        }
        return nil
    }

    private static func isTitle(_ text: String) -> Bool {
        guard text.utf8.count < 750 else { return false }
        let letters = text.filter(\.isLetter)
        guard text.count < 250, letters.count > 10 else { return false }
        let words = Words(text)
        return Double(letters.filter(\.isUppercase).count) / Double(letters.count) > 0.8
            && (words.contains("báo cáo") || words.contains("kế hoạch") || words.contains("nghị quyết"))
    }

    /// The part of a year the document reports on, for a value column that names no period of
    /// its own ("Thực hiện", "Ước TH") beside the year's target: the part its title or heading
    /// names ("BÁO CÁO … 9 THÁNG ĐẦU NĂM 2022"), else, for a report signed before October of the
    /// plan's own year, the months gone by then. The same `PartOfYear` rule reads the words as
    /// reads a column header. Nil when the document reports on a whole year or does not say.
    /// The table's own title ("Biểu 02: Kết quả 6 tháng đầu năm 2023") is asked first: a
    /// year's report may hold a table of its first half.
    func partOfYear(planYear: Int?, tableTitle: String = "") -> (part: String, why: String)? {
        if tableTitle.count <= 250, let part = PartOfYear.named(in: tableTitle) {
            return (part, "bảng ghi là số \(part) (“\(Self.cut(tableTitle))”)")
        }
        for text in [title, heading] where !text.isEmpty {
            if let part = PartOfYear.named(in: text) {
                return (part, "tài liệu là báo cáo \(part) (“\(Self.cut(text))”)")
            }
        }
        // Only the document's own date: an act it cites ("Căn cứ Nghị quyết … ngày 8 tháng 7
        // năm 2022") says nothing of when the figures were gathered.
        guard isSigningDate, let planYear, let year, let month, year == planYear, month <= 9 else { return nil }
        let months = max(1, month - 1)
        guard let part = PartOfYear.named(in: "\(months) tháng") else { return nil }
        return (part, "tài liệu đề ngày tháng \(month) năm \(year), trước khi năm kế hoạch kết thúc")
    }

    private static func cut(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(59)) + "…"
    }

    /// A column headed as a result ("Ước TH năm 2026") for a year that had not begun when the
    /// document was written holds what the year is to reach: targets. Written in the last
    /// month of the year before, an estimate for that year is still a plan.
    func isBeforeYear(_ year: Int) -> Bool {
        guard let written = self.year else { return false }
        return written < year
    }
}
