import VeDichCore

/// The (period, version) pairs an indicator gets values for, most used first: the last full
/// year's estimates and official figures, its halves, then the years before, the five-year spans
/// after their last year, the year under way last (only its first half and estimates exist).
/// "Ước 6 tháng" is a value of the first half, never of the year (as the importer reads it).
enum ValueSlots {
    struct Slot: Sendable, Hashable {
        var period: Period
        var version: ValueVersion
    }

    static func all(firstYear: Int, currentYear: Int, spans: Bool) -> [Slot] {
        var slots: [Slot] = []
        for year in stride(from: currentYear - 1, through: firstYear, by: -1) {
            slots += [
                Slot(period: .year(year), version: .fullYearEstimate), Slot(period: .year(year), version: .official),
                Slot(period: .year(year), version: .preliminary),
                Slot(period: Period(kind: .firstHalf, startYear: year, endYear: year), version: .firstHalfEstimate),
                Slot(period: Period(kind: .firstHalf, startYear: year, endYear: year), version: .official),
                Slot(period: Period(kind: .secondHalf, startYear: year, endYear: year), version: .official),
            ]
            if spans, let span = fiveYearSpans(firstYear: firstYear, currentYear: currentYear).first(where: { $0.endYear == year }) {
                slots += [Slot(period: span, version: .fullYearEstimate), Slot(period: span, version: .official)]
            }
        }
        let half = Period(kind: .firstHalf, startYear: currentYear, endYear: currentYear)
        slots += [
            Slot(period: .year(currentYear), version: .fullYearEstimate),
            Slot(period: half, version: .firstHalfEstimate), Slot(period: half, version: .official),
        ]
        return slots
    }

    /// The five-year plans' spans that ended before the year under way: 2016-2020, 2021-2025.
    static func fiveYearSpans(firstYear: Int, currentYear: Int) -> [Period] {
        stride(from: firstYear, through: currentYear - 5, by: 5).map { Period(kind: .span, startYear: $0, endYear: $0 + 4) }
    }

    /// Every period the slots use.
    static func periods(firstYear: Int, currentYear: Int) -> [Period] {
        var seen = Set<Period>()
        return all(firstYear: firstYear, currentYear: currentYear, spans: true).map(\.period).filter { seen.insert($0).inserted }
    }
}
