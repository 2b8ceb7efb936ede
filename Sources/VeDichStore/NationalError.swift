import VeDichCore

/// What the ministry's national views cannot answer: the address names nothing there is.
public enum NationalError: Error, Sendable, Equatable, UserFacingError {
    /// No annual plan of the year holds an indicator with this higher-level code.
    case codeNotFound(code: String, year: Int)
    /// The province has no annual plan of the year in VeDich.
    case noAnnualPlan(province: String, year: Int)
    /// The agency is not one of the province's.
    case agencyNotInProvince(agency: String, province: String)

    public var code: String {
        switch self {
        case .codeNotFound: "national_code_not_found"
        case .noAnnualPlan: "annual_plan_not_found"
        case .agencyNotInProvince: "agency_not_found"
        }
    }

    public var userMessage: UserMessage {
        switch self {
        case .codeNotFound(let code, let year):
            UserMessage(what: "Không có chỉ tiêu mã “\(code)” (mã hệ thống cấp trên) trong kế hoạch năm \(year) của tỉnh nào",
                        fix: "Kiểm tra mã chỉ tiêu theo QĐ 293 / QĐ 54, hoặc chọn năm khác")
        case .noAnnualPlan(let province, let year):
            UserMessage(what: "\(province) chưa có kế hoạch năm \(year) trong hệ thống", fix: "Chọn năm khác, hoặc liên hệ Sở Tài chính của tỉnh")
        case .agencyNotInProvince(let agency, let province):
            UserMessage(what: "Cơ quan “\(agency)” không thuộc \(province)", fix: "Chọn cơ quan trong danh sách của tỉnh")
        }
    }
}
