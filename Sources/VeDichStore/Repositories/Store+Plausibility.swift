import Fluent
import Foundation
import VeDichCore

extension Store {
    /// What looks odd about `figure` as the indicator's value for `period` (a share above 100%,
    /// "4400" for a % share, ten times last year's): warnings a person confirms, never a refusal.
    /// The core decides (`Plausibility`); this reads what it needs: the indicator's unit and name,
    /// and for a year the value of the year before.
    public func plausibilityWarnings(indicatorID: UUID, period: Period, figure: Figure) async throws -> [PlausibilityWarning] {
        guard let indicator = try await IndicatorRecord.find(indicatorID, on: database) else {
            throw StoreError.indicatorNotFound(id: indicatorID.uuidString)
        }
        let previous = period.kind == .year ? try await yearValue(indicatorID: indicatorID, year: period.startYear - 1) : nil
        return Plausibility.warnings(value: figure, unit: MeasureUnit(indicator.measureUnit), name: indicator.name, previous: previous)
    }

    /// A year's value of the indicator in its most final version (official first), from the
    /// newest revision of that version; none when it is withdrawn or not a single number.
    func yearValue(indicatorID: UUID, year: Int) async throws -> Double? {
        guard let periodID = try await periodID(.year(year)) else { return nil }
        let rows = try await ObservationRecord.query(on: database).filter(\.$indicatorID == indicatorID)
            .filter(\.$periodID == periodID).all()
        let newest = Dictionary(grouping: rows, by: \.version).compactMapValues { $0.max { $0.revision < $1.revision } }
        let rank: [ValueVersion] = [.official, .preliminary, .fullYearEstimate, .firstHalfEstimate]
        for version in rank {
            guard let row = newest[version.rawValue], row.withdrawn != true else { continue }
            return try row.figure.figure().interval.pointValue
        }
        return nil
    }
}
