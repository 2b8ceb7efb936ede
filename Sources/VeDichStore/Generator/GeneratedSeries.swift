import VeDichCore

/// One indicator's made-up history: a true value per year drawn once from its style, from which
/// every version, half-year, span, earlier revision and target is derived, so the figures of one
/// indicator hang together (estimates near the official figure, halves adding up for flows,
/// targets a little ambitious, some met and some missed).
struct GeneratedSeries: Sendable {
    let style: GeneratedCatalogue.Style
    let firstYear: Int
    /// The true value of each year from `firstYear`.
    private(set) var truth: [Double] = []

    init(style: GeneratedCatalogue.Style, firstYear: Int, years: Int, random: inout SeededRandom) {
        self.style = style
        self.firstYear = firstYear
        var values: [Double] = []
        switch style {
        case .growthRate:
            let mean = random.between(6.2, 8.6)
            for _ in 0..<years { values.append(mean + random.noise(0.9)) }
        case .flow(let base, let growth), .level(let base, let growth):
            var value = random.between(base.lowerBound, base.upperBound)
            for _ in 0..<years {
                values.append(value)
                value *= 1 + growth + random.noise(0.025)
            }
        case .share(let base, let rise):
            var value = random.between(base.lowerBound, base.upperBound)
            for _ in 0..<years {
                values.append(min(value, 99.6))
                value += rise * random.between(0.4, 1.6)
            }
        case .fallingRate(let base, let fall):
            var value = random.between(base.lowerBound, base.upperBound)
            for _ in 0..<years {
                values.append(max(value, 0.05))
                value *= 1 - fall * random.between(0.5, 1.5)
            }
        case .band(let base, let drift):
            var value = random.between(base.lowerBound, base.upperBound)
            for _ in 0..<years {
                values.append(value)
                value += drift + random.noise(0.3)
            }
        case .count(let base, let rise, let maximum):
            var value = random.between(base.lowerBound, base.upperBound).rounded()
            for _ in 0..<years {
                values.append(maximum.map { min(value, $0) } ?? value)
                value += (rise * random.between(0.5, 1.5)).rounded()
            }
        case .fallingCount(let base, let fall):
            var value = random.between(base.lowerBound, base.upperBound)
            for _ in 0..<years {
                values.append(value.rounded())
                value = max(0, value * (1 - fall) + random.noise(1))
            }
        }
        truth = values
    }

    /// Decimals a value is written with.
    var valueDigits: Int {
        switch style {
        case .growthRate, .share, .fallingRate, .band: 2
        case .flow, .level: 1
        case .count, .fallingCount: 0
        }
    }

    private var isAmount: Bool {
        switch style {
        case .flow, .level, .count, .fallingCount: true
        default: false
        }
    }

    func year(_ year: Int) -> Double { truth[max(0, min(truth.count - 1, year - firstYear))] }

    /// The official value of a period: a year, a half (flows split, levels near the year's), or a
    /// span (flows add up, the rest average).
    func official(_ period: Period) -> Double {
        switch period.kind {
        case .firstHalf:
            return style.addsUp ? year(period.startYear) * 0.46 : year(period.startYear) - drift(period.startYear) * 0.5
        case .secondHalf:
            return style.addsUp ? year(period.startYear) * 0.54 : year(period.startYear)
        case .year:
            return year(period.startYear)
        default:
            let years = (period.startYear...period.endYear).map(year)
            return style.addsUp ? years.reduce(0, +) : years.reduce(0, +) / Double(years.count)
        }
    }

    private func drift(_ year: Int) -> Double { self.year(year) - self.year(year - 1) }

    /// A version's figure: estimates stray further from the official value the earlier they come.
    func value(_ period: Period, _ version: ValueVersion, revision: Int, of revisions: Int, random: inout SeededRandom) -> GeneratedFigure {
        let spread: Double = switch version {
        case .official: 0
        case .preliminary: 0.003
        case .fullYearEstimate: 0.015
        case .firstHalfEstimate: 0.03
        }
        var value = official(period)
        value = isAmount ? value * (1 + random.noise(spread)) : value + random.noise(spread * 20)
        // An earlier revision is a figure later corrected.
        if revision < revisions { value = isAmount ? value * (1 + random.noise(0.02)) : value + random.noise(0.3) }
        if case .count = style { value = value.rounded() }
        if case .fallingCount = style { value = max(0, value.rounded()) }
        if !isAmount { value = max(value, 0.01) }
        return .point(value, digits: valueDigits)
    }

    /// A target for `period` written the way plans write this kind of figure; `form` (0..<1)
    /// picks among the ways, `ambition` moves it from the true value (a share of it; × 20 for
    /// figures in %): negative is a target below what was achieved, so it is met.
    func target(_ period: Period, form: Double, ambition: Double) -> GeneratedFigure {
        let truth = official(period)
        switch style {
        case .growthRate:
            let aim = truth + ambition * 20
            let low = (aim * 2).rounded() / 2
            return form < 0.6 ? .range(low, low + 0.5, digits: 1) : .targetPoint(low, digits: 1)
        case .flow, .level:
            let aim = significant(truth * (1 + ambition))
            return form < 0.8 ? .targetPoint(aim, digits: aim < 100 ? 1 : 0) : .atLeast(aim, digits: aim < 100 ? 1 : 0)
        case .share:
            let aim = min(99.5, ((truth + ambition * 20) * 2).rounded() / 2)
            return form < 0.5 ? .atLeast(aim, digits: 1) : .targetPoint(aim, digits: 1)
        case .fallingRate:
            let aim = max(0.1, GeneratedFigure.round(truth * (1 - ambition * 2), 1))
            return form < 0.5 ? .lessThan(aim, digits: 1) : .targetPoint(aim, digits: 1)
        case .band:
            let middle = (truth + ambition * 8).rounded()
            return .range(middle - 1, middle, digits: 0)
        case .count(_, _, let maximum):
            let aim = min(maximum ?? .infinity, (truth * (1 + ambition)).rounded())
            return form < 0.7 ? .targetPoint(aim, digits: 0) : .atLeast(aim, digits: 0)
        case .fallingCount:
            return .lessThan(max(1, (truth * (1 - ambition)).rounded()), digits: 0)
        }
    }

    /// Two or three significant digits, as targets are written ("4.400", "1.250").
    private func significant(_ value: Double) -> Double {
        guard value > 0 else { return value }
        var scale = 1.0
        while value / scale >= 1_000 { scale *= 10 }
        return (value / scale).rounded() * scale
    }
}
