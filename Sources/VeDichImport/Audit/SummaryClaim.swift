/// A count a document states about its own table: "hoàn thành đạt và vượt 15/18 chỉ tiêu, có
/// 03/18 chỉ tiêu không đạt", as the table's summary quotes it (read by `CountClaimReader`).
public struct SummaryClaim: Sendable, Hashable {
    public var metOrExceeded: Int
    public var total: Int
    public var missed: Int?
    public var text: String
    public var location: SourceLocation
}
