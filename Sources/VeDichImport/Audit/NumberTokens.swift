/// Finds number-like tokens in prose — a digit, then digits, dots and commas ending in a digit,
/// then an optional `%` — by walking the UTF-8 bytes: an order of magnitude faster than `Regex`
/// over a whole report.
enum NumberTokens {
    static func ranges(in text: Substring) -> [Range<String.Index>] {
        let bytes = text.utf8
        var ranges: [Range<String.Index>] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            guard isDigit(bytes[index]) else { index = bytes.index(after: index); continue }
            let start = index
            var lastDigitEnd = bytes.index(after: index)
            var cursor = lastDigitEnd
            while cursor < bytes.endIndex, isDigit(bytes[cursor]) || bytes[cursor] == UInt8(ascii: ".") || bytes[cursor] == UInt8(ascii: ",") {
                if isDigit(bytes[cursor]) { lastDigitEnd = bytes.index(after: cursor) }
                cursor = bytes.index(after: cursor)
            }
            var end = lastDigitEnd
            if end < bytes.endIndex, bytes[end] == UInt8(ascii: "%") { end = bytes.index(after: end) }
            ranges.append(start..<end)
            index = cursor
        }
        return ranges
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
}
