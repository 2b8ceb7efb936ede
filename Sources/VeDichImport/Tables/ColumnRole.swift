import VeDichCore

/// What a column of an indicator table holds, recognised from its header text, whatever the
/// order of columns a province uses.
public enum ColumnRole: String, Sendable, Hashable, Codable {
    /// TT, STT: the row number or the group numeral.
    case code
    /// Chỉ tiêu, Nội dung, Tên chỉ tiêu.
    case name
    /// Đơn vị, ĐVT, Đơn vị tính.
    case unit
    /// Kế hoạch, KH, Mục tiêu.
    case target
    /// Ước TH, Ước thực hiện, Thực hiện (of the plan's period).
    case actual
    /// A previous period: Giai đoạn 2021 - 2023, Thực hiện năm trước, Thực hiện 2023, Cùng kỳ.
    case previous
    /// So sánh (%), Tỷ lệ: printed comparisons, read but not needed for the verdict.
    case comparison
    /// Đánh giá, Đánh giá thực hiện, Đánh giá mức độ hoàn thành.
    case evaluation
    case other

    /// Classifies one header cell by its whole words ("Thực hiện năm trước" holds "trước", not
    /// "ước"). `actual` and `previous` are told apart later, across columns.
    static func classify(_ header: String) -> ColumnRole {
        let words = Words(header)
        if ["tt", "stt", "số tt", "số thứ tự"].contains(where: words.equals) { return .code }
        if words.hasPrefix("đánh giá") || words.contains("mức độ hoàn thành") || words.equals("kết quả") { return .evaluation }
        if words.hasPrefix("đơn vị") || words.equals("đvt") { return .unit }
        if words.hasPrefix("so sánh") || words.hasPrefix("tỷ lệ") || words.hasPrefix("%") { return .comparison }
        if words.hasPrefix("kế hoạch") || words.hasPrefix("kh") || words.hasPrefix("mục tiêu") { return .target }
        if words.hasPrefix("chỉ tiêu") || words.hasPrefix("nội dung") || words.hasPrefix("tên chỉ tiêu") { return .name }
        // Said to be an earlier period, whatever else the header says: "Thực hiện năm trước",
        // "Cùng kỳ năm 2023", "TH năm N-1".
        if previousPhrases.contains(where: words.contains) { return .previous }
        if words.contains("ước") || words.hasPrefix("thực hiện") || words.hasPrefix("th") || words.hasPrefix("kết quả thực hiện") {
            return .actual
        }
        if words.hasPrefix("giai đoạn") || words.hasPrefix("bình quân") { return .previous }
        return .other
    }

    static let previousPhrases = ["năm trước", "cùng kỳ", "kỳ trước", "n 1", "năm liền kề trước"].map { Words($0) }

    /// Classifies a header row (see `ColumnAssignment` for how several candidates for one role
    /// are decided).
    static func classify(headers: [String], title: String = "") -> [ColumnRole] {
        ColumnAssignment(headers: headers, title: title).roles
    }
}

/// Four-digit years (1990–2100) in a text: "Giai đoạn 2021 - 2023" → [2021, 2023].
public enum Years {
    public static func all(in text: some StringProtocol) -> [Int] { self.in(text) }

    static func `in`(_ text: some StringProtocol) -> [Int] {
        var years: [Int] = []
        var digits = ""
        for character in text + " " {
            if character.isASCII, character.isNumber {
                digits.append(character)
            } else {
                if digits.count == 4, let year = Int(digits), (1990...2100).contains(year) { years.append(year) }
                digits = ""
            }
        }
        return years
    }
}
