/// A direction someone states (`--direction higher`, a directions file) against a target whose
/// own wording already decides it (`còn 2,02%` and `<3` say lower, `≥5` says higher).
public struct DirectionConflictError: Error, Sendable, Hashable {
    public var stated: Direction
    public var implied: Direction
    public var targetText: String

    public init(stated: Direction, implied: Direction, targetText: String) {
        self.stated = stated
        self.implied = implied
        self.targetText = targetText
    }
}

extension DirectionConflictError: UserFacingError {
    public var userMessage: UserMessage {
        UserMessage(
            what: "Hướng đã chọn (“\(stated.plainWords)”) trái với cách viết kế hoạch “\(targetText)”, vốn đã cho biết \(implied.plainWords)",
            fix: "Bỏ lựa chọn hướng để dùng hướng theo cách viết kế hoạch, hoặc sửa lại kế hoạch nếu cách viết sai")
    }
}

extension Direction {
    /// The direction to judge `target` by: the target's own wording decides when it can (`<3`,
    /// `≥5`, `còn 2,02%`); otherwise `stated`, otherwise higher is better. A stated direction
    /// that contradicts the wording is an error, never silently applied or ignored.
    public static func resolve(stated: Direction?, target: Figure) throws(DirectionConflictError) -> Direction {
        guard let implied = target.impliedDirection else { return stated ?? .higher }
        if let stated, stated != implied {
            throw DirectionConflictError(stated: stated, implied: implied, targetText: target.text)
        }
        return implied
    }
}
