import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files written so that a crash leaves either the old file or the whole new one: written beside
/// the destination, flushed to disk, then renamed over it, and the folder's entry flushed too.
enum DurableFile {
    /// A hidden name in the destination's folder (a rename is atomic only within one file system).
    static func temporarySibling(of destination: URL, purpose: String) -> URL {
        destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).\(purpose)-\(UUID().uuidString.prefix(8))")
    }

    static func flush(_ url: URL, directory: Bool = false) throws {
        let descriptor = open(url.path, directory ? O_RDONLY | O_DIRECTORY : O_RDONLY)
        guard descriptor >= 0 else { throw POSIXError(errno) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw POSIXError(errno) }
    }

    /// Flushes `source`, renames it to `destination` (replacing it), and flushes the folder.
    static func commit(_ source: URL, as destination: URL) throws {
        try flush(source)
        guard rename(source.path, destination.path) == 0 else { throw POSIXError(errno) }
        try flush(destination.deletingLastPathComponent(), directory: true)
    }

    static func exists(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.path)
    }
}

extension POSIXError {
    init(_ code: Int32) {
        self.init(POSIXErrorCode(rawValue: code) ?? .EIO)
    }
}
