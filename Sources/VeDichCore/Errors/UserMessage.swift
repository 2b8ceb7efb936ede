/// What a person is told when their input cannot be used: what is wrong, and how to fix it.
/// Where it happened is added by whoever knows (the importer knows the line, the web form the field).
public struct UserMessage: Sendable, Hashable, Codable, CustomStringConvertible {
    public var what: String
    public var fix: String

    public init(what: String, fix: String) {
        self.what = what
        self.fix = fix
    }

    public var description: String { "\(what). \(fix)." }
}

/// An error that has a Vietnamese message for the person who typed the input.
public protocol UserFacingError: Error {
    var userMessage: UserMessage { get }
}
