extension StringProtocol {
    /// The text safe inside XML or HTML, as element content or a quoted attribute. Walks Unicode
    /// scalars, not Characters: a quote or `<` followed by a combining mark is one Character that
    /// equals neither, and would otherwise pass through. Control characters XML 1.0 forbids are dropped.
    public var xmlEscaped: String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
