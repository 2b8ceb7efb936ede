import VeDichCore

/// A claim's value brought into its plan's unit by the core's rule (`UnitAlignment`), so
/// "4,4 nghìn tỷ đồng" is set against "4.000 tỷ đồng" as 4.400, not as 4,4.
enum ClaimUnits {
    /// The value in the target's unit; nil when the two units cannot be reconciled ("1,9 tỷ USD"
    /// against a plan in đồng): then the claim is not checked, never contradicted.
    ///
    /// Prose units carry the words after the figure, which may run into the indicator's name
    /// ("ha gieo trồng"): when the core cannot compare two units, one of them words it does not
    /// know, written at the same scale, the numbers are compared as written.
    static func value(_ value: Figure, valueUnit: String?, target: Figure, targetUnit: String?, indicatorUnit: String? = nil) -> Figure? {
        var written = value
        written.unit = value.isPercent ? nil : valueUnit ?? value.unit
        var planned = target
        planned.unit = target.isPercent ? nil : targetUnit ?? target.unit
        switch UnitAlignment.align(value: written, target: planned, indicatorUnit: MeasureUnit(indicatorUnit)) {
        case .success(let alignment):
            return alignment.converted(value)
        case .failure(let mismatch):
            let known = mismatch.valueUnit.dimension != .opaque && mismatch.targetUnit.dimension != .opaque
            return !known && mismatch.valueUnit.scale == mismatch.targetUnit.scale ? value : nil
        }
    }
}
