/// What a count claim states, by verdict. A field is nil when the text does not state it:
/// "19 chỉ tiêu đạt (trong đó 8 vượt), 2 không đạt" gives metOrExceeded 19, exceeded 8,
/// missed 2, and no total; "6 vượt, 9 đạt, 2 chưa đạt" gives exceeded 6, met 9 (Đạt without
/// Vượt), metOrExceeded 15, missed 2.
public struct ClaimCounts: Sendable, Hashable, Codable {
    public var exceeded: Int?
    /// Đạt but not Vượt: stated only when the text counts the two apart.
    public var met: Int?
    public var metOrExceeded: Int?
    public var missed: Int?
    public var noData: Int?
    /// As stated ("16/20", "trong 17 chỉ tiêu"); nil when the text gives no total.
    public var total: Int?

    public init(exceeded: Int? = nil, met: Int? = nil, metOrExceeded: Int? = nil, missed: Int? = nil,
                noData: Int? = nil, total: Int? = nil) {
        self.exceeded = exceeded
        self.met = met
        self.metOrExceeded = metOrExceeded
        self.missed = missed
        self.noData = noData
        self.total = total
    }

    enum CodingKeys: String, CodingKey {
        case exceeded = "vuot", met = "dat", metOrExceeded = "dat_va_vuot", missed = "khong_dat"
        case noData = "chua_co_so_lieu", total
    }

    /// The parts the text gives that add up to all indicators (Đạt-and-Vượt, Không đạt, Chưa có
    /// số liệu), or nil when one of Đạt-and-Vượt and Không đạt is missing.
    public var sumOfParts: Int? {
        guard let metOrExceeded, let missed else { return nil }
        return metOrExceeded + missed + (noData ?? 0)
    }
}
