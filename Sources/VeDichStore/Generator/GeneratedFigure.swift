import Foundation
import VeDichCore

/// A figure as the generator stores it: the text a person would have written ("7 - 7,5", "≥5",
/// "<3", "4.400", "6,33") and the bounds that text reads as, written side by side so 10 million
/// values need no parsing (a test checks every stored text parses to its bounds).
struct GeneratedFigure: Sendable, Equatable {
    var text: String
    var form: Figure.Form
    var lower: Double?
    var lowerInclusive: Bool?
    var upper: Double?
    var upperInclusive: Bool?

    /// "6,33", "4.412": a value, rounded to `digits` decimals as written.
    static func point(_ value: Double, digits: Int) -> GeneratedFigure {
        let rounded = round(value, digits)
        return GeneratedFigure(text: VietnameseNumber.format(rounded, fractionDigits: digits), form: .point,
                               lower: rounded, lowerInclusive: true, upper: rounded, upperInclusive: true)
    }

    /// "7", "7,5", "4.400": a target point, without trailing zeros.
    static func targetPoint(_ value: Double, digits: Int) -> GeneratedFigure {
        let rounded = round(value, digits)
        return GeneratedFigure(text: compact(rounded, digits), form: .point, lower: rounded, lowerInclusive: true,
                               upper: rounded, upperInclusive: true)
    }

    /// "7 - 7,5".
    static func range(_ lower: Double, _ upper: Double, digits: Int) -> GeneratedFigure {
        let low = round(lower, digits), high = round(upper, digits)
        return GeneratedFigure(text: "\(compact(low, digits)) - \(compact(high, digits))", form: .range,
                               lower: low, lowerInclusive: true, upper: high, upperInclusive: true)
    }

    /// "≥5", "≥4.400".
    static func atLeast(_ value: Double, digits: Int) -> GeneratedFigure {
        let rounded = round(value, digits)
        return GeneratedFigure(text: "≥\(compact(rounded, digits))", form: .atLeast, lower: rounded, lowerInclusive: true,
                               upper: nil, upperInclusive: nil)
    }

    /// "<3".
    static func lessThan(_ value: Double, digits: Int) -> GeneratedFigure {
        let rounded = round(value, digits)
        return GeneratedFigure(text: "<\(compact(rounded, digits))", form: .lessThan, lower: nil, lowerInclusive: nil,
                               upper: rounded, upperInclusive: false)
    }

    static func round(_ value: Double, _ digits: Int) -> Double {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        return (value * scale).rounded() / scale
    }

    private static func compact(_ value: Double, _ digits: Int) -> String {
        VietnameseNumber.formatCompact(value, maxFractionDigits: digits)
    }
}
