extension StringProtocol {
    /// The first control character a person cannot have meant to type (NUL, ESC, a bell, the C1
    /// block): tab and line breaks are allowed. Such a character shows as nothing on the page and
    /// in Excel, and PostgreSQL refuses NUL in text outright.
    public var firstUnprintableScalar: Unicode.Scalar? {
        unicodeScalars.first { scalar in
            scalar.properties.generalCategory == .control && !["\t", "\n", "\r"].contains(scalar)
        }
    }
}

/// "U+001B", as a message names a character that cannot be shown.
public func unicodeName(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
}
