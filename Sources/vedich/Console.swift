import Foundation
import VeDichCore

/// The one place the CLI writes: results to stdout, messages for the person to stderr.
enum Console {
    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Prints a JSON document with stable key order, for scripts and tests.
    static func printJSON(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        FileHandle.standardOutput.write(data + Data("\n".utf8))
    }

    /// Tells the person what was wrong with their input and how to fix it; exits with status 2.
    static func reject(_ error: some UserFacingError, where place: String? = nil) -> Never {
        let message = error.userMessage
        printError("Lỗi\(place.map { " (\($0))" } ?? ""): \(message.what).\nCách sửa: \(message.fix).")
        exit(2)
    }
}
