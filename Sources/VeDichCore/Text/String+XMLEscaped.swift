extension StringProtocol {
    /// The text safe inside XML or HTML, as element content or a quoted attribute. Walks Unicode
    /// scalars, not Characters: a quote or `<` followed by a combining mark is one Character that
    /// equals neither, and would otherwise pass through. Control characters XML 1.0 forbids are dropped.
    public var xmlEscaped: String {
        var out = ""
        String(self).appendXMLEscaped(to: &out)
        return out
    }
}

extension String {
    /// Appends the escaped text to `out`. Most text (names, figures) needs no escaping at all, and
    /// one pass over its contiguous UTF-8 bytes says so; pages render thousands of such strings.
    /// On `String`, not the generic protocol: unspecialised, each byte went through witness tables.
    public func appendXMLEscaped(to out: inout String) {
        var copy = self
        let plain = copy.withUTF8 { bytes in !bytes.contains(where: Self.mayNeedEscaping) }
        if plain {
            out.append(self)
            return
        }
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
    }

    /// A byte that is markup, a control character, or the lead byte of U+FFFE/U+FFFF (0xEF):
    /// only then is the scalar walk needed.
    private static func mayNeedEscaping(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0xEF: true
        case 0..<0x20: byte != 0x09 && byte != 0x0A && byte != 0x0D
        default: false
        }
    }
}
