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

    /// Classifies one header cell. `actual` and `previous` are told apart later, across columns.
    static func classify(_ header: String) -> ColumnRole {
        let text = header.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if ["tt", "stt", "số tt", "số thứ tự"].contains(text) { return .code }
        if text.hasPrefix("đánh giá") || text.includes("mức độ hoàn thành") || text == "kết quả" { return .evaluation }
        if text.hasPrefix("đơn vị") || text == "đvt" { return .unit }
        if text.hasPrefix("so sánh") || text.hasPrefix("tỷ lệ") || text.hasPrefix("% ") || text == "%" { return .comparison }
        if text.hasPrefix("kế hoạch") || text.hasPrefix("kh ") || text == "kh" || text.hasPrefix("mục tiêu") { return .target }
        if text.hasPrefix("chỉ tiêu") || text.hasPrefix("nội dung") || text.hasPrefix("tên chỉ tiêu") { return .name }
        if text.includes("ước") || text.hasPrefix("thực hiện") || text.hasPrefix("th ") || text.hasPrefix("kết quả thực hiện") {
            return .actual
        }
        if text.hasPrefix("giai đoạn") || text.includes("năm trước") || text.includes("cùng kỳ") || text.hasPrefix("bình quân") {
            return .previous
        }
        return .other
    }

    /// Classifies a header row. Among several "thực hiện" columns the plan's own period is the
    /// actual (an estimate, "ước", or the latest year); the others are previous periods.
    static func classify(headers: [String]) -> [ColumnRole] {
        var roles = headers.map(classify)
        let actualColumns = roles.indices.filter { roles[$0] == .actual }
        if actualColumns.count > 1 {
            let targetYears = roles.indices.filter { roles[$0] == .target }.flatMap { Years.in(headers[$0]) }
            func score(_ column: Int) -> (Int, Int, Int) {
                let header = headers[column].lowercased()
                let years = Years.in(header)
                let matchesTarget = !targetYears.isEmpty && years.last.map(targetYears.contains) == true
                return (matchesTarget ? 1 : 0, header.includes("ước") ? 1 : 0, years.last ?? 0)
            }
            let chosen = actualColumns.max { score($0) < score($1) }
            for column in actualColumns where column != chosen { roles[column] = .previous }
        }
        return roles
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
