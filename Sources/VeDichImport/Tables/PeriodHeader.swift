/// A header cell that names a period: its words are period words around years. One rule for the
/// grid's two header rows (`TableInterpreter`), a PDF's header lines and the web text's row of
/// years under a spanning "Thực hiện" (`WebTextTableReader`), so a wording read in one is read
/// in all: "Ước thực hiện 2020" and "Ước TH năm 2020" name the year as "Ước 2020" does.
enum PeriodHeader {
    /// Words a header of years alone carries: "Năm 2020", "Giai đoạn 2016 - 2020", and the
    /// statistics offices' preliminary year "Sơ bộ 2023" among "2019 | 2020 | …".
    static let periodWords: Set<String> = ["-", "–", "năm", "giai", "đoạn", "sơ", "bộ"]
    /// Words that say which figure of the year a column gives: "Ước", "ƯTH", "Ước tính",
    /// "Thực hiện", "TH", "Dự kiến".
    static let figureWords: Set<String> = ["ước", "ưth", "ư", "th", "tính", "thực", "hiện", "dự", "kiến"]

    /// The years the header names when every other word is one of `allowed`; nil when it names
    /// no year, holds another number ("6 tháng 2020", "2020,5") or another word ("Kế hoạch 2020").
    static func years(_ text: String, allowing allowed: Set<String>) -> [Int]? {
        let years = Years.in(text)
        guard !years.isEmpty, !text.contains(","), !text.contains(".") else { return nil }
        var rest = text
        for year in years { rest = rest.replacingOccurrences(of: String(year), with: " ") }
        guard !rest.contains(where: \.isNumber), Words(rest).words.allSatisfy(allowed.contains) else { return nil }
        return years
    }

    /// A period and nothing else: "2020", "2011-2015", "Năm 2020", "Sơ bộ 2023", "Giai đoạn
    /// 2016 - 2020"; not "Thực hiện 2020", whose words say what the column holds.
    static func namesPeriodOnly(_ text: String) -> Bool {
        years(text, allowing: periodWords) != nil
    }

    /// One year, and at most which figure of it: "2019", "Năm 2021", "Sơ bộ 2023", "Ước 2020",
    /// "ƯTH 2020", "Ước thực hiện 2020", "Ước TH năm 2020", "Thực hiện 2020", "Dự kiến 2025".
    static func namesOneYear(_ text: String) -> Bool {
        years(text, allowing: periodWords.union(figureWords))?.count == 1
    }
}
