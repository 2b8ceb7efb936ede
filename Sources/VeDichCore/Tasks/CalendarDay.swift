/// A date without a time, as people set due dates and cut-offs: stored "YYYY-MM-DD", shown
/// "dd/MM/yyyy". Pure (no clock): callers pass today in.
public struct CalendarDay: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2200).contains(year), (1...12).contains(month), (1...Self.days(inMonth: month, year: year)).contains(day) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// "2025-06-30" (as stored and sent by a date field) or "30/06/2025" (as people type it).
    public init?(_ text: String) {
        let trimmed = text.trimmed
        let iso = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        let vietnamese = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        if iso.count == 3, iso[0].count == 4, let year = Int(iso[0]), let month = Int(iso[1]), let day = Int(iso[2]) {
            self.init(year: year, month: month, day: day)
        } else if vietnamese.count == 3, vietnamese[2].count == 4,
                  let day = Int(vietnamese[0]), let month = Int(vietnamese[1]), let year = Int(vietnamese[2]) {
            self.init(year: year, month: month, day: day)
        } else {
            return nil
        }
    }

    /// "2025-06-30".
    public var iso: String { "\(year)-\(Self.twoDigits(month))-\(Self.twoDigits(day))" }
    /// "30/06/2025".
    public var display: String { "\(Self.twoDigits(day))/\(Self.twoDigits(month))/\(year)" }
    public var description: String { iso }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Whole days from `other` to this day (negative when this day is earlier).
    public func daysSince(_ other: CalendarDay) -> Int { ordinal - other.ordinal }

    /// Days since a fixed origin (proleptic Gregorian), for differences only.
    private var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let m = month <= 2 ? month + 12 : month
        return 365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + day
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    private static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
