import Foundation

extension ReportDate {
    /// Today in Việt Nam. Only the boundaries (CLI, web) call this: a clock is read there.
    public static func today() -> ReportDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? .current
        let parts = calendar.dateComponents([.day, .month, .year], from: Date())
        return ReportDate(day: parts.day ?? 1, month: parts.month ?? 1, year: parts.year ?? 2025)
    }
}
