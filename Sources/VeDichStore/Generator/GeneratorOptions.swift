import Foundation

/// What `vedich generate` makes: the first `provinces` of the 34 (official order), about the same
/// share of `observations` each (the total is exact), from `seed`.
public struct GeneratorOptions: Sendable, Equatable {
    public var provinces: Int
    public var observations: Int
    public var seed: UInt64
    /// The history: five-year plans 2016-2020 and 2021-2025, annual plans 2016 to `currentYear`.
    public var firstYear: Int
    /// The year under way: only its first-half values and estimates exist.
    public var currentYear: Int

    public init(provinces: Int, observations: Int, seed: UInt64 = 1, firstYear: Int = 2016, currentYear: Int = 2026) {
        self.provinces = provinces
        self.observations = observations
        self.seed = seed
        self.firstYear = firstYear
        self.currentYear = currentYear
    }
}

/// What was written, table by table.
public struct GenerationSummary: Sendable, Equatable, CustomStringConvertible {
    public var provinces = 0
    public var agencies = 0
    public var indicators = 0
    public var plans = 0
    public var targets = 0
    public var observations = 0
    public var submissions = 0
    public var seconds = 0.0

    public init() {}

    public var description: String {
        "Đã sinh \(provinces) tỉnh, \(agencies) cơ quan, \(indicators) chỉ tiêu, \(plans) kế hoạch, \(targets) chỉ tiêu kế hoạch, "
            + "\(observations) giá trị, \(submissions) trạng thái báo cáo trong \(String(format: "%.1f", seconds)) giây"
    }
}
