import VeDichCore

/// The indicator system the generator gives every province: a provincial plan's usual indicators
/// (the kind of rows of the Lạng Sơn reports, most with their code in the higher-level system)
/// and the indicators each commune-level unit reports. Names are real indicator names; the
/// figures are made up (`DataGenerator`).
enum GeneratedCatalogue {
    /// How an indicator's figures behave, which decides its values and how its targets are written.
    enum Style: Sendable {
        /// A growth rate in % (6 to 9): targets "7 - 7,5" or "7".
        case growthRate
        /// An amount that adds up over the year (revenue, exports): targets "4.400" or "≥4.400".
        case flow(base: ClosedRange<Double>, growth: Double)
        /// A level at a date (population, doctors per 10 000): targets a point.
        case level(base: ClosedRange<Double>, growth: Double)
        /// A share in % that should rise (insurance coverage): targets "≥95" or "95,5".
        case share(base: ClosedRange<Double>, rise: Double)
        /// A rate in % that should fall (poverty, unemployment): targets "<3" or "2,5".
        case fallingRate(base: ClosedRange<Double>, fall: Double)
        /// A component of the economy's structure in %: targets a band "20 - 21".
        case band(base: ClosedRange<Double>, drift: Double)
        /// A count that rises by whole units (communes meeting the new-countryside standard).
        case count(base: ClosedRange<Double>, rise: Double, maximum: Double?)
        /// A count that should fall (traffic accidents): targets "<40".
        case fallingCount(base: ClosedRange<Double>, fall: Double)

        var direction: Direction {
            switch self {
            case .fallingRate, .fallingCount: .lower
            case .band: .band
            default: .higher
            }
        }

        /// Whether a year's value is the sum of its halves (a flow) rather than a level.
        var addsUp: Bool {
            if case .flow = self { return true }
            return false
        }
    }

    struct Template: Sendable {
        var group: Int
        var name: String
        var unit: String
        var style: Style
        var nationalCode: String?
        var agency: Int
        var components: [Template] = []
    }

    static let groups = ["Các chỉ tiêu kinh tế", "Các chỉ tiêu xã hội", "Các chỉ tiêu môi trường", "Các chỉ tiêu của cấp xã"]
    static let numerals = ["I", "II", "III", "IV"]

    /// The provincial agencies, by index in `Template.agency`.
    static let agencies = [
        "Thống kê tỉnh", "Sở Tài chính", "Thuế tỉnh", "Sở Công Thương", "Sở Văn hóa, Thể thao và Du lịch",
        "Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Sở Nội vụ", "Sở Y tế", "Bảo hiểm xã hội tỉnh", "Sở Giáo dục và Đào tạo",
        "Sở Khoa học và Công nghệ",
    ]

    static let provincial: [Template] = [
        Template(group: 0, name: "Tốc độ tăng trưởng kinh tế (GRDP)", unit: "%", style: .growthRate, nationalCode: "0503", agency: 0),
        Template(group: 0, name: "Quy mô GRDP theo giá hiện hành", unit: "tỷ đồng", style: .flow(base: 30_000...300_000, growth: 0.09),
                 nationalCode: "0501", agency: 0),
        Template(group: 0, name: "GRDP bình quân đầu người", unit: "triệu đồng", style: .level(base: 40...110, growth: 0.08),
                 nationalCode: "0504", agency: 0),
        Template(group: 0, name: "Cơ cấu kinh tế", unit: "%", style: .band(base: 0...0, drift: 0), nationalCode: "0502", agency: 0,
                 components: [
                     Template(group: 0, name: "Nông, lâm nghiệp và thủy sản", unit: "%", style: .band(base: 12...30, drift: -0.6), agency: 0),
                     Template(group: 0, name: "Công nghiệp - xây dựng", unit: "%", style: .band(base: 25...42, drift: 0.4), agency: 0),
                     Template(group: 0, name: "Dịch vụ", unit: "%", style: .band(base: 33...48, drift: 0.2), agency: 0),
                 ]),
        Template(group: 0, name: "Thu ngân sách nhà nước trên địa bàn", unit: "tỷ đồng", style: .flow(base: 2_500...40_000, growth: 0.08),
                 nationalCode: "0601", agency: 2),
        Template(group: 0, name: "Tổng vốn đầu tư phát triển toàn xã hội", unit: "tỷ đồng", style: .flow(base: 10_000...120_000, growth: 0.1),
                 nationalCode: "0801", agency: 1),
        Template(group: 0, name: "Kim ngạch xuất khẩu", unit: "triệu USD", style: .flow(base: 300...20_000, growth: 0.1),
                 nationalCode: "1401", agency: 3),
        Template(group: 0, name: "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", unit: "tỷ đồng",
                 style: .flow(base: 15_000...200_000, growth: 0.09), nationalCode: "1201", agency: 3),
        Template(group: 0, name: "Số lượt khách du lịch", unit: "nghìn lượt", style: .flow(base: 800...12_000, growth: 0.1),
                 nationalCode: "1501", agency: 4),
        Template(group: 0, name: "Số xã đạt chuẩn nông thôn mới", unit: "xã", style: .count(base: 20...90, rise: 4, maximum: nil),
                 nationalCode: "1024", agency: 5),
        Template(group: 0, name: "Tỷ lệ đô thị hóa", unit: "%", style: .share(base: 20...60, rise: 0.8), agency: 6),
        Template(group: 0, name: "Số doanh nghiệp thành lập mới", unit: "doanh nghiệp", style: .flow(base: 300...6_000, growth: 0.06), agency: 1),
        Template(group: 1, name: "Dân số trung bình", unit: "nghìn người", style: .level(base: 500...9_000, growth: 0.01),
                 nationalCode: "0201", agency: 0),
        Template(group: 1, name: "Tỷ lệ hộ nghèo", unit: "%", style: .fallingRate(base: 3...18, fall: 0.12), nationalCode: "2003", agency: 7),
        Template(group: 1, name: "Tỷ lệ lao động qua đào tạo", unit: "%", style: .share(base: 55...75, rise: 1.2),
                 nationalCode: "0310", agency: 7),
        Template(group: 1, name: "Tỷ lệ thất nghiệp ở khu vực thành thị", unit: "%", style: .fallingRate(base: 2...4.5, fall: 0.03),
                 nationalCode: "0306", agency: 7),
        Template(group: 1, name: "Số bác sĩ trên 1 vạn dân", unit: "bác sĩ", style: .level(base: 8...14, growth: 0.03),
                 nationalCode: "1905", agency: 8),
        Template(group: 1, name: "Số giường bệnh trên 1 vạn dân", unit: "giường", style: .level(base: 25...38, growth: 0.02),
                 nationalCode: "1906", agency: 8),
        Template(group: 1, name: "Tỷ lệ dân số tham gia bảo hiểm y tế", unit: "%", style: .share(base: 84...93, rise: 0.8),
                 nationalCode: "1908", agency: 9),
        Template(group: 1, name: "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", unit: "%",
                 style: .fallingRate(base: 15...25, fall: 0.04), nationalCode: "1912", agency: 8),
        Template(group: 1, name: "Tỷ lệ trường học đạt chuẩn quốc gia", unit: "%", style: .share(base: 50...75, rise: 2),
                 nationalCode: "1807", agency: 10),
        Template(group: 1, name: "Số lao động được giải quyết việc làm mới", unit: "người", style: .flow(base: 8_000...60_000, growth: 0.02),
                 agency: 7),
        Template(group: 2, name: "Tỷ lệ che phủ rừng", unit: "%", style: .share(base: 30...62, rise: 0.4), nationalCode: "1015", agency: 5),
        Template(group: 2, name: "Tỷ lệ dân số nông thôn sử dụng nước sạch", unit: "%", style: .share(base: 70...90, rise: 1.2),
                 nationalCode: "2208", agency: 5),
        Template(group: 2, name: "Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý", unit: "%", style: .share(base: 80...92, rise: 0.8),
                 nationalCode: "2210", agency: 6),
        Template(group: 2, name: "Tỷ lệ khu công nghiệp có hệ thống xử lý nước thải tập trung", unit: "%", style: .share(base: 60...90, rise: 3),
                 agency: 5),
    ]

    /// What each commune-level unit reports (its UBND is the responsible agency).
    static let commune: [Template] = [
        Template(group: 3, name: "Thu ngân sách nhà nước trên địa bàn xã", unit: "triệu đồng", style: .flow(base: 800...9_000, growth: 0.07), agency: 0),
        Template(group: 3, name: "Tỷ lệ hộ nghèo", unit: "%", style: .fallingRate(base: 2...30, fall: 0.12), agency: 0),
        Template(group: 3, name: "Tỷ lệ người dân tham gia bảo hiểm y tế", unit: "%", style: .share(base: 82...95, rise: 0.7), agency: 0),
        Template(group: 3, name: "Tỷ lệ hộ dân sử dụng nước sạch", unit: "%", style: .share(base: 60...92, rise: 1.5), agency: 0),
        Template(group: 3, name: "Số tiêu chí nông thôn mới đạt được", unit: "tiêu chí", style: .count(base: 8...16, rise: 1, maximum: 19), agency: 0),
        Template(group: 3, name: "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", unit: "%", style: .fallingRate(base: 8...24, fall: 0.05), agency: 0),
        Template(group: 3, name: "Diện tích gieo trồng cây hằng năm", unit: "ha", style: .flow(base: 300...4_000, growth: 0.005), agency: 0),
        Template(group: 3, name: "Sản lượng lương thực có hạt", unit: "tấn", style: .flow(base: 1_000...20_000, growth: 0.01), agency: 0),
        Template(group: 3, name: "Tỷ lệ lao động qua đào tạo", unit: "%", style: .share(base: 40...70, rise: 1.5), agency: 0),
        Template(group: 3, name: "Số lao động được tạo việc làm mới", unit: "người", style: .flow(base: 60...600, growth: 0.02), agency: 0),
        Template(group: 3, name: "Tỷ lệ chất thải rắn sinh hoạt được thu gom", unit: "%", style: .share(base: 55...90, rise: 2), agency: 0),
        Template(group: 3, name: "Tỷ lệ đường giao thông nông thôn được cứng hóa", unit: "%", style: .share(base: 45...85, rise: 3), agency: 0),
        Template(group: 3, name: "Số vụ tai nạn giao thông", unit: "vụ", style: .fallingCount(base: 3...30, fall: 0.05), agency: 0),
        Template(group: 3, name: "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn", unit: "%", style: .share(base: 88...98, rise: 0.5), agency: 0),
        Template(group: 3, name: "Tỷ lệ trẻ em được tiêm chủng đầy đủ", unit: "%", style: .share(base: 88...97, rise: 0.4), agency: 0),
        Template(group: 3, name: "Tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hóa", unit: "%", style: .share(base: 75...92, rise: 0.8), agency: 0),
        Template(group: 3, name: "Số hộ được hỗ trợ nhà ở", unit: "hộ", style: .flow(base: 5...80, growth: 0), agency: 0),
        Template(group: 3, name: "Tỷ lệ trường học đạt chuẩn quốc gia", unit: "%", style: .share(base: 40...80, rise: 3), agency: 0),
        Template(group: 3, name: "Diện tích trồng rừng mới", unit: "ha", style: .flow(base: 10...400, growth: 0.02), agency: 0),
        Template(group: 3, name: "Tổng đàn gia súc", unit: "con", style: .level(base: 1_500...25_000, growth: 0.02), agency: 0),
        Template(group: 3, name: "Số hộ kinh doanh cá thể", unit: "hộ", style: .level(base: 80...2_500, growth: 0.04), agency: 0),
        Template(group: 3, name: "Tỷ lệ dân số có hồ sơ sức khỏe điện tử", unit: "%", style: .share(base: 40...80, rise: 4), agency: 0),
        Template(group: 3, name: "Tỷ lệ thôn có nhà văn hóa đạt chuẩn", unit: "%", style: .share(base: 50...85, rise: 3), agency: 0),
        Template(group: 3, name: "Tỷ lệ hộ sử dụng nhà tiêu hợp vệ sinh", unit: "%", style: .share(base: 60...90, rise: 2), agency: 0),
        Template(group: 3, name: "Thu nhập bình quân đầu người", unit: "triệu đồng", style: .level(base: 25...70, growth: 0.07), agency: 0),
        Template(group: 3, name: "Tỷ lệ người cao tuổi được chăm sóc sức khỏe ban đầu", unit: "%", style: .share(base: 60...90, rise: 2), agency: 0),
        Template(group: 3, name: "Số người tham gia bảo hiểm xã hội tự nguyện", unit: "người", style: .level(base: 50...900, growth: 0.08), agency: 0),
        Template(group: 3, name: "Tỷ lệ hộ nghèo được vay vốn ưu đãi", unit: "%", style: .share(base: 60...90, rise: 2), agency: 0),
        Template(group: 3, name: "Sản lượng thủy sản", unit: "tấn", style: .flow(base: 50...3_000, growth: 0.03), agency: 0),
        Template(group: 3, name: "Tỷ lệ diện tích cây trồng áp dụng quy trình sản xuất an toàn", unit: "%",
                 style: .share(base: 10...40, rise: 3), agency: 0),
    ]
}
