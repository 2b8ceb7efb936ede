/// The one rule for a plan's "previous period" column (page, CSV, XLSX, DOCX alike).
///
/// A planning office sets a plan's figures beside those of the period just before it, as its
/// reports print them ("Thực hiện năm 2023" beside the 2024 plan, "Giai đoạn 2021 - 2023"):
/// - the period is one that ends the year before the plan starts; for an annual plan a year is
///   preferred to a span, for a multi-year plan a span to a year (like compares with like), and
///   of two spans the longer one. Halves never: half a year beside a year misleads;
/// - the value is what was done, not foreseen: the official figure, else the preliminary one,
///   each at its newest revision. Estimates of the previous period are not shown as "thực hiện".
/// The store reads only the candidates (one query); the choice is made here.
public enum PreviousPeriod {
    /// One value that may stand in the column.
    public struct Candidate<Key: Hashable & Sendable>: Sendable {
        public var key: Key
        public var period: Period
        public var version: ValueVersion
        public var revision: Int
        public var figure: FigureValue

        public init(key: Key, period: Period, version: ValueVersion, revision: Int, figure: FigureValue) {
            self.key = key
            self.period = period
            self.version = version
            self.revision = revision
            self.figure = figure
        }
    }

    /// The versions that count as done, most final first.
    public static let versions: [ValueVersion] = [.official, .preliminary]

    /// Whether a period can be the previous period of `plan`.
    public static func qualifies(_ period: Period, before plan: Period) -> Bool {
        period.endYear == plan.startYear - 1 && !period.isWithinYear
    }

    /// The chosen period and each key's value for it; nil when no candidate qualifies.
    public static func choose<Key>(for plan: Period, from candidates: [Candidate<Key>]) -> (period: Period, values: [Key: FigureValue])? {
        let usable = candidates.filter { qualifies($0.period, before: plan) && versions.contains($0.version) }
        let multiYear = plan.endYear > plan.startYear
        // Lower ranks first: the preferred kind, then the longer span, then a stable order by kind.
        func rank(_ period: Period) -> (Int, Int, String) {
            let isYear = period.kind == .year
            return (isYear == multiYear ? 1 : 0, period.startYear, period.kind.rawValue)
        }
        guard let period = Set(usable.map(\.period)).min(by: { rank($0) < rank($1) }) else { return nil }
        var chosen: [Key: Candidate<Key>] = [:]
        for candidate in usable where candidate.period == period {
            if let kept = chosen[candidate.key], !isMoreFinal(candidate, than: kept) { continue }
            chosen[candidate.key] = candidate
        }
        return (period, chosen.mapValues(\.figure))
    }

    private static func isMoreFinal<Key>(_ a: Candidate<Key>, than b: Candidate<Key>) -> Bool {
        let rankA = versions.firstIndex(of: a.version) ?? versions.count, rankB = versions.firstIndex(of: b.version) ?? versions.count
        return rankA != rankB ? rankA < rankB : a.revision > b.revision
    }
}
