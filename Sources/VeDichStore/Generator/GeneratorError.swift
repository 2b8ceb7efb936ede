import VeDichCore

/// What `vedich generate` (and the registry look-ups it uses) refuses.
public enum GeneratorError: Error, Sendable, Equatable {
    case unknownProvinceCode(String)
    case provinceCount(asked: Int, available: Int)
    case observationCount(asked: Int)
    /// Generated data goes into provinces without plans or indicators: it never mixes with real figures.
    case provinceHasData(province: String, plans: Int, indicators: Int)
}

extension GeneratorError: UserFacingError {
    public var userMessage: UserMessage {
        switch self {
        case .unknownProvinceCode(let code):
            UserMessage(what: "Không có tỉnh, thành phố mã số “\(code)” trong danh mục 34 đơn vị hành chính cấp tỉnh",
                        fix: "Dùng một mã số của danh mục (01 Hà Nội … 96 Cà Mau)")
        case .provinceCount(let asked, let available):
            UserMessage(what: "Không sinh được dữ liệu cho \(asked) tỉnh: danh mục có \(available) tỉnh, thành phố",
                        fix: "Chọn --provinces từ 1 đến \(available)")
        case .observationCount(let asked):
            UserMessage(what: "Số giá trị cần sinh (\(asked)) phải lớn hơn 0", fix: "Chọn --observations, ví dụ 10000000")
        case .provinceHasData(let province, let plans, let indicators):
            UserMessage(what: "Tỉnh \(province) đã có \(plans) kế hoạch và \(indicators) chỉ tiêu: dữ liệu sinh tự động không được trộn với số liệu thật",
                        fix: "Sinh dữ liệu vào một cơ sở dữ liệu trống (đặt DATABASE_URL hoặc VEDICH_DATA khác)")
        }
    }
}
