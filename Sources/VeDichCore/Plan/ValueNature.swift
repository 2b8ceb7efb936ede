/// What kind of figure an indicator's value is, which decides what a value for part of a year
/// says about the year: a rate or share is read as it stands, a level is where things stand on a
/// date, a flow adds up over the year (so half a year's revenue is about half the year's).
public enum ValueNature: String, Sendable, Hashable, Codable, CaseIterable {
    /// "tỷ lệ", "tốc độ tăng", "cơ cấu", "chỉ số": a percentage or an index.
    case rate
    /// "số lượng tại thời điểm": doctors per 10.000 people, communes meeting a standard, forest cover.
    case level
    /// "thu ngân sách", "kim ngạch xuất khẩu", "vốn đầu tư", "số khách du lịch": summed over the year.
    case flow

    public var label: String {
        switch self {
        case .rate: "Tỷ lệ, tốc độ tăng"
        case .level: "Số lượng tại thời điểm"
        case .flow: "Lũy kế trong năm"
        }
    }

    /// The guess made at import, from the indicator's name and unit; the office corrects it in
    /// the catalogue. Rates first (a "tốc độ tăng vốn đầu tư" is a rate, not a flow), then the
    /// words offices use for what accumulates, else a level.
    public static func guess(name: String, unit: String?) -> ValueNature {
        let lowered = name.lowercased()
        let measure = MeasureUnit(unit)
        if measure?.dimension == .percent || measure?.dimension == .percentagePoint || measure?.dimension == .times
            || rateWords.contains(where: lowered.contains) {
            return .rate
        }
        if flowWords.contains(where: lowered.contains) || measure?.dimension == .visits { return .flow }
        return .level
    }

    static let rateWords = ["tốc độ", "tỷ lệ", "tỉ lệ", "tỷ trọng", "tỉ trọng", "cơ cấu", "chỉ số", "(%)", "bình quân đầu người"]
    static let flowWords = ["thu ngân sách", "chi ngân sách", "thu nội địa", "kim ngạch", "xuất khẩu", "nhập khẩu", "vốn đầu tư",
                            "giải ngân", "khách du lịch", "lượt khách", "doanh thu", "tổng mức bán lẻ", "trồng rừng", "trồng mới",
                            "giải quyết việc làm", "tạo việc làm", "thành lập mới", "sản lượng", "giá trị sản xuất", "vốn đăng ký",
                            "xây dựng được", "làm mới", "đào tạo nghề cho"]
}
