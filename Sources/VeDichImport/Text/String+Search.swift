/// Substring search on UTF-8 bytes. With Foundation imported, `String.contains(String)` goes
/// through NSString's locale-aware search, which dominated the audit's profile.
extension StringProtocol {
    func includes(_ needle: String) -> Bool {
        let haystack = Array(utf8)
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty else { return true }
        guard haystack.count >= pattern.count else { return false }
        let first = pattern[0]
        var index = 0
        let last = haystack.count - pattern.count
        while index <= last {
            if haystack[index] == first {
                var offset = 1
                while offset < pattern.count, haystack[index + offset] == pattern[offset] { offset += 1 }
                if offset == pattern.count { return true }
            }
            index += 1
        }
        return false
    }
}

extension String {
    /// A line short enough to be a number column's header ("TT", "STT", "Số thứ tự"), counted in
    /// letters as typed ("Số thứ tự" is 9 letters, 15 bytes); the byte count first, so a long
    /// paragraph is not walked letter by letter.
    var isShortCell: Bool { utf8.count <= 48 && count <= 12 }
}
