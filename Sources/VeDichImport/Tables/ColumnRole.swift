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
    /// Words, not figures: Ghi chú, Cơ quan chủ trì, Đơn vị thực hiện, Nguyên nhân. A note column
    /// whose cells state verdicts ("Đạt", "Không đạt") is read as the evaluation column.
    case note
    case other

    /// Classifies one header cell by its whole words ("Thực hiện năm trước" holds "trước", not
    /// "ước"): the first rule that matches decides. `actual` and `previous` are told apart later,
    /// across columns.
    static func classify(_ header: String) -> ColumnRole {
        let words = Words(header)
        for rule in rules where rule.matches(words) { return rule.role }
        return .other
    }

    private struct Rule {
        enum Test { case equals, prefix, contains }
        var role: ColumnRole
        var test: Test
        var phrase: Words

        init(_ role: ColumnRole, _ test: Test, _ phrase: String) {
            self.role = role
            self.test = test
            self.phrase = Words(phrase)
        }

        func matches(_ words: Words) -> Bool {
            switch test {
            case .equals: words == phrase
            case .prefix: words.hasPrefix(phrase)
            case .contains: words.contains(phrase)
            }
        }
    }

    /// In order. A header that says it is an earlier period ("Thực hiện năm trước", "Cùng kỳ
    /// năm 2023", "TH năm N-1") is one whatever else it says, so those come before "thực hiện".
    private static let rules: [Rule] = [
        Rule(.code, .equals, "tt"), Rule(.code, .equals, "stt"), Rule(.code, .equals, "số tt"), Rule(.code, .equals, "số thứ tự"),
        Rule(.evaluation, .prefix, "đánh giá"), Rule(.evaluation, .contains, "mức độ hoàn thành"), Rule(.evaluation, .equals, "kết quả"),
        Rule(.evaluation, .equals, "kết quả đánh giá"), Rule(.evaluation, .equals, "tình hình thực hiện so với kế hoạch"),
        // "Kết quả so với mục tiêu" holds "Vượt", "Đạt"; a comparison in figures says "(%)".
        Rule(.evaluation, .equals, "kết quả so với mục tiêu"), Rule(.evaluation, .equals, "kết quả so với kế hoạch"),
        Rule(.evaluation, .equals, "kết quả so với nghị quyết"),
        Rule(.note, .prefix, "ghi chú"), Rule(.note, .prefix, "cơ quan"), Rule(.note, .contains, "chủ trì"),
        Rule(.note, .contains, "phối hợp"), Rule(.note, .prefix, "nguyên nhân"), Rule(.note, .prefix, "giải thích"),
        Rule(.note, .prefix, "lý do"), Rule(.note, .equals, "đơn vị thực hiện"), Rule(.note, .prefix, "nhận xét"),
        Rule(.unit, .prefix, "đơn vị"), Rule(.unit, .equals, "đvt"),
        Rule(.comparison, .contains, "so với"), Rule(.comparison, .contains, "th kh"), Rule(.comparison, .prefix, "tăng giảm"),
        Rule(.comparison, .prefix, "so sánh"),
        // "So KH năm (%)", "So dự toán HĐND tỉnh (%)": the value over the plan named after "so".
        Rule(.comparison, .prefix, "so"), Rule(.comparison, .prefix, "tỷ lệ"), Rule(.comparison, .prefix, "%"),
        Rule(.target, .prefix, "kế hoạch"), Rule(.target, .prefix, "kh"), Rule(.target, .prefix, "mục tiêu"),
        Rule(.target, .prefix, "dự toán"), Rule(.target, .prefix, "chỉ tiêu nghị quyết"), Rule(.target, .prefix, "chỉ tiêu kế hoạch"),
        Rule(.target, .prefix, "chỉ tiêu giao"), Rule(.target, .prefix, "chỉ tiêu năm"), Rule(.target, .prefix, "nghị quyết"),
        Rule(.target, .contains, "giao"), Rule(.target, .contains, "phấn đấu"), Rule(.target, .prefix, "chỉ tiêu đại hội"),
        Rule(.target, .prefix, "chỉ tiêu nq"), Rule(.target, .prefix, "chỉ tiêu đh"), Rule(.target, .prefix, "nq"),
        Rule(.name, .prefix, "chỉ tiêu"), Rule(.name, .prefix, "nội dung"), Rule(.name, .prefix, "tên chỉ tiêu"),
        // The indicator column of agriculture, industry and trade tables ("Sản phẩm | ĐVT | Kế hoạch …").
        Rule(.name, .prefix, "sản phẩm"), Rule(.name, .prefix, "tên sản phẩm"), Rule(.name, .prefix, "mặt hàng"),
        Rule(.name, .prefix, "danh mục"), Rule(.name, .prefix, "lĩnh vực"), Rule(.name, .prefix, "cây trồng"),
        Rule(.name, .prefix, "vật nuôi"), Rule(.name, .prefix, "ngành hàng"),
        // Crop tables of agriculture offices ("Loại cây | ĐVT | Kế hoạch | Lũy kế …").
        Rule(.name, .prefix, "loại cây"),
        Rule(.previous, .contains, "năm trước"), Rule(.previous, .contains, "cùng kỳ"), Rule(.previous, .contains, "kỳ trước"),
        Rule(.previous, .contains, "n-1"),
        Rule(.actual, .contains, "ước"), Rule(.actual, .prefix, "thực hiện"), Rule(.actual, .prefix, "th"),
        // What is done so far in the year ("Lũy kế 8 tháng", "Cộng dồn 7 tháng"): statistics offices' value column.
        Rule(.actual, .prefix, "lũy kế"), Rule(.actual, .prefix, "luỹ kế"), Rule(.actual, .prefix, "cộng dồn"),
        Rule(.actual, .prefix, "kết quả thực hiện"),
        Rule(.previous, .prefix, "giai đoạn"), Rule(.previous, .prefix, "bình quân"),
    ]

    /// Classifies a header row (see `ColumnAssignment` for how several candidates for one role
    /// are decided).
    static func classify(headers: [String], title: String = "") -> [ColumnRole] {
        ColumnAssignment(headers: headers, title: title).roles
    }
}

/// Four-digit years (1990–2100) in a text: "Giai đoạn 2021 - 2023" → [2021, 2023].
public enum Years {
    public static func all(in text: some StringProtocol) -> [Int] { self.in(text) }

    /// The year of an act's number ("Nghị quyết số 142/2016/QH13", "23/2015/NQ-HĐND": the year
    /// followed by "/" and a letter) is when the act was passed, not a period: a header "Kế hoạch
    /// 5 năm (NQ 142/2016/QH13)" names no single year.
    static func `in`(_ text: some StringProtocol) -> [Int] {
        var years: [Int] = []
        var digits = ""
        let characters = Array(text) + [" "]
        for (index, character) in characters.enumerated() {
            if character.isASCII, character.isNumber {
                digits.append(character)
            } else {
                let actNumber = character == "/" && index + 1 < characters.count && characters[index + 1].isLetter
                if digits.count == 4, !actNumber, let year = Int(digits), (1990...2100).contains(year) { years.append(year) }
                digits = ""
            }
        }
        return years
    }
}
