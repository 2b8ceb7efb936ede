extension StringProtocol {
    /// The text without leading and trailing white space (Foundation-free, for the pure core).
    public var trimmed: String {
        var characters = Substring(self)
        while let first = characters.first, first.isWhitespace { characters.removeFirst() }
        while let last = characters.last, last.isWhitespace { characters.removeLast() }
        return String(characters)
    }
}
