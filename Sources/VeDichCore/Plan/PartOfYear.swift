/// A figure for part of a year (6 tháng, 9 tháng, quý II, tháng 6) is not judged against a target
/// for the whole year: the store's in-year versions and the auditor's tables follow this one rule.
public enum PartOfYear {
    /// Why such a value has no verdict, as every output says it.
    public static func notJudged(_ part: String) -> String {
        "Số liệu \(part) không được đánh giá so với kế hoạch cả năm; xem cảnh báo sớm"
    }

    /// The part of a year a column header names ("6 tháng đầu năm", "9 tháng", "quý II",
    /// "tháng 6"); nil for a whole year, a span of years, or nothing of the kind.
    public static func named(in header: String) -> String? {
        let words = header.lowercased()
            .split(whereSeparator: { $0.isWhitespace || $0 == "/" || $0 == "(" || $0 == ")" || $0 == "," || $0 == "." })
            .map(String.init)
        // "6 tháng đầu 2021 - 2025" is a span's own figure, not a part of one year.
        guard words.filter({ $0.count == 4 && Int($0).map { (1900...2200).contains($0) } == true }).count < 2 else { return nil }
        for (index, word) in words.enumerated() where word == "tháng" || word == "quý" {
            let before = index > 0 ? Int(words[index - 1]) : nil
            let after = index + 1 < words.count ? words[index + 1] : nil
            // "6 tháng (đầu năm)", "06 tháng", "9 tháng"; "12 tháng" is the whole year.
            if word == "tháng", let months = before, (1...11).contains(months) {
                let tail = words[(index + 1)...].prefix(2)
                let phrase = ["\(months) tháng"] + (tail.first == "đầu" || tail.first == "cuối" ? Array(tail) : [])
                return phrase.joined(separator: " ")
            }
            // "tháng 6", "tháng 6/2024".
            if word == "tháng", before == nil, let after, let month = Int(after), (1...12).contains(month) {
                return "tháng \(month)"
            }
            if word == "quý", let after, ["i", "ii", "iii", "iv", "1", "2", "3", "4"].contains(after) {
                return "quý \(after.uppercased())"
            }
        }
        return nil
    }
}
