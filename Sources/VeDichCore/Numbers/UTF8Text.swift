/// Reading helpers over a string's UTF-8 bytes, for the number and figure parsers: they run
/// millions of times per import or benchmark, and bytes need no allocation or Unicode tables
/// for the ASCII that numbers are made of. Only non-ASCII bytes are decoded.
struct UTF8Text {
    let bytes: UnsafeBufferPointer<UInt8>

    var count: Int { bytes.count }

    subscript(index: Int) -> UInt8 { bytes[index] }

    /// The scalar starting at `index` and its length in bytes (1 for ASCII and for broken bytes).
    func scalar(at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= bytes.count else { return (Unicode.Scalar(0xFFFD)!, 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? Unicode.Scalar(0xFFFD)!, length)
    }

    /// The scalar ending just before `index`, and its length.
    func scalar(before index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        var start = index - 1
        while start > 0, index - start < 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        let decoded = scalar(at: start)
        return start + decoded.length == index ? decoded : (Unicode.Scalar(0xFFFD)!, 1)
    }

    /// Blank at `index`: ASCII blanks cheaply, others (no-break space…) by their property.
    func blankLength(at index: Int) -> Int {
        let byte = bytes[index]
        if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { return 1 }
        guard byte >= 0x80 else { return 0 }
        let (scalar, length) = scalar(at: index)
        return Self.isBlank(scalar) ? length : 0
    }

    func blankLength(before index: Int) -> Int {
        let byte = bytes[index - 1]
        if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { return 1 }
        guard byte >= 0x80 else { return 0 }
        let (scalar, length) = scalar(before: index)
        return Self.isBlank(scalar) ? length : 0
    }

    /// Unicode's non-ASCII white space, listed: a property lookup per letter costs more than a parse.
    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Characters (scalars, which equal characters for the NFC text documents carry) from
    /// `start` to `index`: error messages count characters, not bytes.
    func characterOffset(of index: Int, from start: Int = 0) -> Int {
        var count = 0
        var position = start
        while position < index {
            if bytes[position] & 0xC0 != 0x80 { count += 1 }
            position += 1
        }
        return count
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}

extension String {
    /// Runs `body` over this string's UTF-8 bytes without copying a native string, carrying a
    /// typed error out (the standard `withUTF8` rethrows untyped).
    func withUTF8Text<Result, Failure: Error>(_ body: (UTF8Text) throws(Failure) -> Result) throws(Failure) -> Result {
        var copy = self
        let outcome: Swift.Result<Result, Failure> = copy.withUTF8 { buffer in
            do throws(Failure) { return .success(try body(UTF8Text(bytes: buffer))) } catch { return .failure(error) }
        }
        return try outcome.get()
    }
}
