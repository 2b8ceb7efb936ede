/// Something odd about an entered value that a clerk should confirm, not a refusal: the value
/// is kept with the warning (issue 11, item 11).
public struct PlausibilityWarning: Sendable, Hashable, Codable {
    public enum Code: String, Sendable, Hashable, Codable, CaseIterable {
        /// A share in % above 100.
        case shareAbove100 = "share_above_100"
        /// A % value that looks like a number typed without its decimal comma (`4400` for 44,00%).
        case percentLooksRaw = "percent_looks_raw"
        /// Ten times last year's value or more, or a tenth or less.
        case tenfoldChange = "tenfold_change"
    }

    public var code: Code
    /// In Vietnamese: what looks wrong and what to check.
    public var message: String

    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }
}

/// Checks an entered value against what such a value can plausibly be. Pure: the caller keeps
/// the warnings with the value and asks the clerk to confirm.
public enum Plausibility {
    /// Warnings for `value`. `unit` is the indicator's (a value without one takes it); `name`
    /// tells a growth rate (which may exceed 100%) from a share; `previous` is last year's value
    /// in the same unit, if known.
    public static func warnings(value: Figure, unit: MeasureUnit? = nil, name: String? = nil, previous: Double? = nil) -> [PlausibilityWarning] {
        guard let number = value.interval.pointValue ?? value.interval.lower?.value ?? value.interval.upper?.value else { return [] }
        var warnings: [PlausibilityWarning] = []
        let shown = VietnameseNumber.formatCompact(number, maxFractionDigits: max(value.fractionDigits, 0))
        let inPercent = (value.measureUnit ?? unit)?.dimension == .percent
        let isRate = name.map { PlanComparison.isGrowthRate(name: $0, target: value, unit: .percent) } ?? false
        if inPercent, !isRate, number > 100 {
            if value.fractionDigits == 0, number >= 1000, let guess = decimalGuess(number) {
                warnings.append(PlausibilityWarning(code: .percentLooksRaw, message:
                    "Giá trị \(shown)% của một tỷ lệ lớn bất thường, có thể thiếu dấu phẩy thập phân (ví dụ \(guess)%); kiểm tra lại rồi xác nhận"))
            } else {
                warnings.append(PlausibilityWarning(code: .shareAbove100, message:
                    "Giá trị \(shown)% vượt quá 100% trong khi chỉ tiêu là một tỷ lệ; kiểm tra lại rồi xác nhận"))
            }
        }
        if let previous, previous > 0, number > 0 {
            let ratio = number / previous
            if ratio >= 10 || ratio <= 0.1 {
                let previousText = VietnameseNumber.formatCompact(previous, maxFractionDigits: 3)
                let how = ratio >= 10 ? "gấp \(VietnameseNumber.formatCompact(ratio, maxFractionDigits: 1)) lần" : "chỉ bằng \(VietnameseNumber.formatCompact(ratio * 100, maxFractionDigits: 1))%"
                warnings.append(PlausibilityWarning(code: .tenfoldChange, message:
                    "Giá trị \(shown) \(how) giá trị năm trước (\(previousText)); kiểm tra đơn vị (nghìn, triệu, tỷ) và dấu phẩy rồi xác nhận"))
            }
        }
        return warnings
    }

    /// `4400` → `44,00`: the number read with a decimal comma two places from the end, when that
    /// gives a share (at most 100).
    private static func decimalGuess(_ number: Double) -> String? {
        for digits in [2, 1, 3] {
            var scale = 1.0
            for _ in 0..<digits { scale *= 10 }
            let guess = number / scale
            if guess <= 100 { return VietnameseNumber.format(guess, fractionDigits: digits) }
        }
        return nil
    }
}
