/// A phrase found in any case without lowercasing the text it is looked for in: the reader asks
/// every paragraph of a report whether it is the closing one, and lowercasing whole paragraphs
/// for that cost more than reading them. The phrase's lower- and upper-case forms have the same
/// UTF-8 length letter by letter (true of Vietnamese letters), so each byte is compared with the
/// byte of either form at the same place: "Trân trọng báo cáo", "TRÂN TRỌNG BÁO CÁO" and "trân
/// trọng báo cáo" all match.
struct FoldedPhrase: Sendable {
    private let lower: [UInt8]
    private let upper: [UInt8]

    init(_ phrase: String) {
        lower = Array(phrase.lowercased().utf8)
        upper = Array(phrase.uppercased().utf8)
        precondition(lower.count == upper.count, "“\(phrase)”: its cases must have the same UTF-8 length")
    }

    static let respectfullyReported = FoldedPhrase("trân trọng báo cáo")
    static let recipients = FoldedPhrase("nơi nhận")
    static let appendix = FoldedPhrase("phụ lục")
    static let detailInAppendix = FoldedPhrase("chi tiết tại phụ lục")

    func occurs(in text: String) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ occurs(in: $0) }) { return found }
        return occurs(in: Array(text.utf8)[...])
    }

    func starts(_ text: String) -> Bool {
        var index = 0
        for byte in text.utf8 {
            guard index < lower.count else { return true }
            guard byte == lower[index] || byte == upper[index] else { return false }
            index += 1
        }
        return index == lower.count
    }

    private func occurs<Bytes: RandomAccessCollection>(in bytes: Bytes) -> Bool where Bytes.Element == UInt8, Bytes.Index == Int {
        let count = lower.count
        guard count > 0 else { return true }
        guard bytes.count >= count else { return false }
        let start = bytes.startIndex
        var index = start
        let last = bytes.endIndex - count
        while index <= last {
            let byte = bytes[index]
            if byte == lower[0] || byte == upper[0] {
                var offset = 1
                while offset < count, bytes[index + offset] == lower[offset] || bytes[index + offset] == upper[offset] { offset += 1 }
                if offset == count { return true }
            }
            index += 1
        }
        return false
    }
}
