import Testing
import VeDichCore

/// The seed report's two indicator tables (Lạng Sơn, KH 2025), row by row as printed:
/// target, value, the document's own label, and the verdict the `strict` policy gives.
/// A line is (name, target, value, direction); components follow their indicator's first line.
struct SeedIndicator: Sendable, CustomTestStringConvertible {
    var table: String
    var code: String
    var stated: Verdict
    var strict: Verdict
    var lines: [SeedLine]

    var testDescription: String { "\(table) \(code) \(lines[0].name)" }

    var indicator: Indicator {
        let parts = code.split(separator: ".")
        let code = IndicatorCode(group: String(parts[0]), number: Int(parts[1]))
        let built = lines.map(\.line)
        return Indicator(code: code, line: built[0], components: Array(built.dropFirst()))
    }
}

struct SeedLine: Sendable {
    var name: String
    var target: String?
    var value: String?
    var direction: Direction

    var line: IndicatorLine {
        IndicatorLine(name: name, target: target.map { try! Figure.parse($0) },
                      value: value.map { try! Figure.parse($0) }, direction: direction)
    }
}

private func line(_ name: String, _ target: String?, _ value: String?, _ direction: Direction = .higher) -> SeedLine {
    SeedLine(name: name, target: target, value: value, direction: direction)
}

private func row(_ table: String, _ code: String, stated: Verdict, strict: Verdict, _ lines: SeedLine...) -> SeedIndicator {
    SeedIndicator(table: table, code: code, stated: stated, strict: strict, lines: lines)
}

enum SeedTables {
    /// "ƯỚC THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU … NĂM 2024": Kế hoạch | Giai đoạn 2021 - 2023 | Ước TH cả năm 2024.
    static let year2024: [SeedIndicator] = [
        row("2024", "I.1", stated: .missed, strict: .missed,
            line("Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP) (%)", "7 - 7,5", "6,33")),
        row("2024", "I.2", stated: .missed, strict: .missed,
            line("Cơ cấu kinh tế (%)", nil, nil, .band),
            line("Nông, lâm nghiệp", "23 - 24", "21,57", .band),
            line("Công nghiệp - xây dựng", "24 - 25", "23,77", .band),
            line("Dịch vụ", "47 - 48", "50,19", .band),
            line("Thuế sản phẩm trừ trợ cấp sản phẩm", "4 - 5", "4,48", .band)),
        row("2024", "I.3", stated: .missed, strict: .missed,
            line("Tổng sản phẩm trên địa bàn bình quân đầu người (triệu đồng)", "65 - 66", "62,2")),
        row("2024", "I.4", stated: .exceeded, strict: .exceeded,
            line("Lượng khách du lịch (nghìn lượt)", "4.060", "4.160"),
            line("Doanh thu du lịch (tỷ đồng)", "4.300", "4.320")),
        row("2024", "I.5", stated: .met, strict: .met,
            line("Kim ngạch xuất khẩu hàng địa phương tăng (%)", "8 - 9", "8,3")),
        row("2024", "I.6", stated: .exceeded, strict: .exceeded,
            line("Tổng thu ngân sách nhà nước trên địa bàn (tỷ đồng)", "7.485", "8.302,2"),
            line("Tổng chi ngân sách địa phương (tỷ đồng)", "14.040,8", "14.665,8")),
        row("2024", "I.7", stated: .met, strict: .met,
            line("Tổng vốn đầu tư phát triển toàn xã hội (nghìn tỷ đồng)", "38 - 39", "38,2")),
        row("2024", "II.1", stated: .exceeded, strict: .exceeded,
            line("Xây dựng thêm xã đạt chuẩn nông thôn mới (xã)", "10", "11")),
        row("2024", "II.2", stated: .exceeded, strict: .missed,
            line("Tỷ lệ xã có đường ô tô đến trung tâm xã được rải nhựa hoặc bê tông (%)", "97,2", "96,7"),
            line("Tỷ lệ thôn có đường ô tô đến trung tâm được cứng hóa (%)", "82", "81")),
        row("2024", "II.3", stated: .exceeded, strict: .exceeded,
            line("Phát triển thêm trường học đạt chuẩn quốc gia (trường)", "15", "16")),
        row("2024", "II.4", stated: .met, strict: .met,
            line("Tỷ lệ thôn có nhà văn hoá đạt chuẩn (%)", "75,9", "75,9")),
        row("2024", "II.5", stated: .met, strict: .met,
            line("Duy trì số xã đạt Bộ tiêu chí quốc gia về y tế xã (%)", "100", "100"),
            line("Số bác sỹ trên 1 vạn dân (bác sỹ)", "11,4", "11,4"),
            line("Số giường bệnh trên 1 vạn dân (giường)", "33,6", "33,6"),
            line("Tỷ lệ người dân tham gia bảo hiểm y tế (%)", "94,45", "94,45")),
        row("2024", "II.6", stated: .met, strict: .met,
            line("Tỷ lệ lao động qua đào tạo (%)", "64", "64"),
            line("Tỷ lệ người lao động tham gia bảo hiểm xã hội so với lực lượng lao động trong độ tuổi lao động (%)", "42", "42")),
        row("2024", "II.7", stated: .missed, strict: .missed,
            line("Giảm tỷ lệ hộ nghèo (%)", ">3", "2,0")),
        row("2024", "II.8", stated: .missed, strict: .missed,
            line("Giảm tai nạn giao thông cả 3 tiêu chí (%)", "≥5", "<5"),
            line("Giảm phạm pháp hình sự (%)", "≥3", "≥3")),
        row("2024", "III.1", stated: .met, strict: .met,
            line("Trồng rừng mới (ha)", "9.000", "9.600"),
            line("Tỷ lệ che phủ rừng (%)", "64,6", "64,6")),
        row("2024", "III.2", stated: .met, strict: .met,
            line("Tỷ lệ dân cư nông thôn sử dụng nước hợp vệ sinh (%)", "98,5", "98,5")),
        row("2024", "III.3", stated: .met, strict: .met,
            line("Tỷ lệ chất thải rắn ở đô thị được thu gom và xử lý (%)", "96,6", "96,6"),
            line("Tỷ lệ chất thải y tế được xử lý (%)", "100", "100")),
    ]

    /// "DỰ KIẾN KHẢ NĂNG HOÀN THÀNH CÁC MỤC TIÊU … 5 NĂM 2021 - 2025": Kế hoạch | Ước TH 2021 - 2025.
    static let fiveYear: [SeedIndicator] = [
        row("2021-2025", "I.1", stated: .met, strict: .met,
            line("Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP) (%)", "7 - 7,5", "7,0")),
        row("2021-2025", "I.2", stated: .missed, strict: .missed,
            line("Cơ cấu kinh tế (%)", nil, nil, .band),
            line("Nông, lâm nghiệp", "17 - 18", "21,05", .band),
            line("Công nghiệp - xây dựng", "25 - 26", "24,25", .band),
            line("Dịch vụ", "52 - 53", "50,36", .band),
            line("Thuế sản phẩm trừ trợ cấp sản phẩm", "4 - 5", "4,34", .band)),
        row("2021-2025", "I.3", stated: .met, strict: .met,
            line("Tổng sản phẩm trên địa bàn bình quân đầu người (USD)", "2.900 - 3.000", "2.903,3")),
        row("2021-2025", "I.4", stated: .met, strict: .met,
            line("Lượng khách du lịch (nghìn lượt)", "4.400", "4.400"),
            line("Doanh thu du lịch (tỷ đồng)", "5.200", "5.200")),
        row("2021-2025", "I.5", stated: .met, strict: .met,
            line("Kim ngạch xuất khẩu hàng địa phương tăng (%)", "8 - 9", "8,94")),
        row("2021-2025", "I.6", stated: .missed, strict: .missed,
            line("Thu nội địa tăng bình quân", "8 - 9", "(-4,33)")),
        row("2021-2025", "I.7", stated: .exceeded, strict: .exceeded,
            line("Tổng vốn đầu tư phát triển toàn xã hội (nghìn tỷ đồng)", "166 - 168", "175,6")),
        row("2021-2025", "II.1", stated: .exceeded, strict: .exceeded,
            line("Đến năm 2025, tổng số xã đạt chuẩn nông thôn mới", "115", "118")),
        row("2021-2025", "II.2", stated: .exceeded, strict: .met,
            line("Tỷ lệ xã có đường ô tô đến trung tâm xã được rải nhựa hoặc bê tông (%)", "100", "100"),
            line("Tỷ lệ thôn có đường ô tô đến trung tâm được cứng hóa (%)", "80", "90")),
        row("2021-2025", "II.3", stated: .exceeded, strict: .exceeded,
            line("Số trường học đạt chuẩn quốc gia đến năm 2025", "300", "316")),
        row("2021-2025", "II.4", stated: .exceeded, strict: .exceeded,
            line("Tỷ lệ thôn có nhà văn hoá đạt chuẩn (%)", "60", "80")),
        row("2021-2025", "II.5", stated: .met, strict: .missed,
            line("Tổng số xã đạt Bộ tiêu chí quốc gia về y tế xã", "200", "200"),
            line("Số bác sỹ trên 1 vạn dân (bác sỹ)", "11,5", "11,5"),
            line("Số giường bệnh trên 1 vạn dân (giường)", "32,3", "34"),
            line("Tỷ lệ người dân tham gia bảo hiểm y tế (%)", "98", "95")),
        row("2021-2025", "II.6", stated: .met, strict: .met,
            line("Tỷ lệ lao động qua đào tạo (%)", "65", "65")),
        row("2021-2025", "II.7", stated: .met, strict: .met,
            line("Giảm tỷ lệ hộ nghèo (%)", "<3", "2,02", .lower)),
        row("2021-2025", "II.8", stated: .missed, strict: .missed,
            line("Giảm tai nạn giao thông cả 3 tiêu chí (%)", "≥5", "<5"),
            line("Giảm phạm pháp hình sự (%)", "≥3", "≥3")),
        row("2021-2025", "III.1", stated: .exceeded, strict: .met,
            line("Trồng rừng mới (ha)", "9.000", "9.683,2"),
            line("Tỷ lệ che phủ rừng (%)", "65", "65")),
        row("2021-2025", "III.2", stated: .met, strict: .met,
            line("Tỷ lệ dân cư nông thôn sử dụng nước hợp vệ sinh (%)", "99", "99")),
        row("2021-2025", "III.3", stated: .met, strict: .met,
            line("Tỷ lệ chất thải rắn ở đô thị được thu gom và xử lý (%)", "97", "97"),
            line("Tỷ lệ chất thải y tế được xử lý (%)", "100", "100")),
    ]

    static let all = year2024 + fiveYear
}
