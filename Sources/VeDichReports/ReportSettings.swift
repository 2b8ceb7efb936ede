import VeDichCore

/// What a report says that is not data: its number, date, signer and recipients. The defaults
/// give a draft the Văn thư can complete (blank number, the signing authority of a UBND tỉnh).
public struct ReportSettings: Sendable, Hashable {
    /// The sequence number in the year; nil leaves it blank, as Văn thư fills it in on registering.
    public var number: Int?
    /// Ký hiệu: `<loại>-<cơ quan>` (Phụ lục III: Báo cáo is "BC").
    public var symbol: String
    /// Nil leaves day and month blank for the day of signing.
    public var date: ReportDate?
    /// The issuing body as printed in the header, one line each; nil gives "ỦY BAN NHÂN DÂN" /
    /// "TỈNH <TÊN TỈNH>" from the plan's province.
    public var issuerLines: [String]?
    /// Địa danh of the date line; nil gives the plan's province.
    public var place: String?
    /// Quyền hạn and chức vụ of the signer, one line each.
    public var authority: [String]
    public var signer: String?
    /// Who the report goes to, named in the closing sentence ("… trân trọng báo cáo Bộ Tài chính").
    public var addressee: String
    /// Nơi nhận, without the leading "- " and the closing ";".
    public var recipients: [String]
    /// The last Nơi nhận line, "Lưu: VT, …", without the final ".".
    public var archive: String
    /// Trích yếu; nil derives it from the plans reported on.
    public var subject: String?

    public init(
        number: Int? = nil, symbol: String = "BC-UBND", date: ReportDate? = nil, issuerLines: [String]? = nil,
        place: String? = nil, authority: [String] = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signer: String? = nil,
        addressee: String = "Bộ Tài chính",
        recipients: [String] = ["Bộ Tài chính", "Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh",
                                "Các sở, ban, ngành tỉnh"],
        archive: String = "Lưu: VT, TH", subject: String? = nil
    ) {
        self.number = number
        self.symbol = symbol
        self.date = date
        self.issuerLines = issuerLines
        self.place = place
        self.authority = authority
        self.signer = signer
        self.addressee = addressee
        self.recipients = recipients
        self.archive = archive
        self.subject = subject
    }

    /// "Số: 05/BC-UBND" (a leading 0 below 10), or "Số:       /BC-UBND" for Văn thư to fill in.
    public var numberLine: String {
        guard let number else { return "Số:        /\(symbol)" }
        return "Số: \(number < 10 ? "0" : "")\(number)/\(symbol)"
    }

    public func issuer(province: String) -> [String] {
        issuerLines ?? ["ỦY BAN NHÂN DÂN", "TỈNH \(province.uppercased())"]
    }

    /// "Lạng Sơn, ngày 05 tháng 7 năm 2024".
    public func dateLine(province: String, year: Int) -> String {
        let where_ = place ?? province
        guard let date else { return "\(where_), ngày      tháng      năm \(year)" }
        return "\(where_), \(date.text)"
    }
}

/// A calendar date as the địa danh line writes it; no clock is read here.
public struct ReportDate: Sendable, Hashable {
    public var day: Int
    public var month: Int
    public var year: Int

    public init(day: Int, month: Int, year: Int) {
        self.day = day
        self.month = month
        self.year = year
    }

    /// "ngày 05 tháng 02 năm 2025": a leading 0 for days below 10 and for months 1 and 2 only
    /// (Nghị định 30/2020, Phụ lục I), so "tháng 7" but "tháng 02".
    public var text: String {
        let dayText = day < 10 ? "0\(day)" : "\(day)"
        let monthText = month <= 2 ? "0\(month)" : "\(month)"
        return "ngày \(dayText) tháng \(monthText) năm \(year)"
    }
}
