import Foundation
import VeDichCore

/// A filled-in value workbook as read: what it says it is for, one entry per row that has a
/// code and a value, and every cell that cannot be used, named by sheet, row and column.
/// Whether a code belongs to the plan and the agency is for the store to say.
public struct ValueSheet: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        /// The value cell.
        public var location: CellLocation
        /// The code cell: a code that is wrong is named there, not at the value.
        public var codeLocation: CellLocation
        public var code: String
        public var name: String
        /// The value as Vietnamese text (`5,2`, `4400`, `7 - 7,5`), ready for `Figure.parse`.
        public var text: String
    }

    public var source: String
    public var sheetName: String
    public var planID: UUID?
    public var agency: String?
    public var version: ValueVersion?
    public var entries: [Entry]
    public var problems: [ValueSheetProblem]
}

/// A cell that cannot be used, and how to fix it, in Vietnamese.
public struct ValueSheetProblem: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    public var location: CellLocation?
    public var message: String

    public init(_ location: CellLocation?, _ message: String) {
        self.location = location
        self.message = message
    }

    /// "Trang “Số liệu”, hàng 7, cột F: “khoảng 5” không phải là số — ghi số, ví dụ 5,2".
    public var description: String { location.map { "\($0): \(message)" } ?? message }

    enum CodingKeys: String, CodingKey { case location, message, text }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(location, forKey: .location)
        try container.encode(message, forKey: .message)
        try container.encode(description, forKey: .text)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        location = try container.decodeIfPresent(CellLocation.self, forKey: .location)
        message = try container.decode(String.self, forKey: .message)
    }
}
