/// What periods need of a day: the last day of a month, and months counted across years.
extension CalendarDay {
    /// The last day of `month` of `year`; nil for a month or year `CalendarDay` does not take.
    public static func endOfMonth(year: Int, month: Int) -> CalendarDay? {
        for day in stride(from: 31, through: 28, by: -1) {
            if let last = CalendarDay(year: year, month: month, day: day) { return last }
        }
        return nil
    }

    /// Months from the start of year 0, to measure how far apart two days are in months.
    public var monthIndex: Int { year * 12 + month - 1 }
}
