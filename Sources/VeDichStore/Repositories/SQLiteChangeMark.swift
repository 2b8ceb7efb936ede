#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Fluent
import NIOConcurrencyHelpers

/// What an SQLite database in write-ahead-log mode looks like to a reader right now, read from its
/// files without a query: the wal-index header in the `-shm` file and the database header's change
/// counter and size. Every commit in WAL mode, by any connection of any process, rewrites the
/// wal-index header (the last frame, its checksum, a change counter; a log restarted after a
/// checkpoint gets new salts), and it is the header every reader starts from. So while two marks
/// are equal, no transaction committed in between and the data is what it was at the first one.
/// (File times cannot say this: they are coarser than the time between two writes.)
///
/// A mark is only given when it can be trusted: the header's two copies equal, initialised, with
/// a valid checksum (SQLite's own test, so a header being rewritten is never taken), the database
/// file in WAL mode (header bytes 18–19 = 2: in rollback mode writes bypass the index), and the
/// `-shm` file read still the one at its path afterwards (deleted and made anew, it starts from a
/// blank header again). Otherwise nil, and the caller asks the database.
struct SQLiteChangeMark: Sendable, Equatable {
    /// The 48-byte header as 6 words, then bytes 24–31 of the database header. Plain words, not a
    /// SIMD vector: a value aligned past 16 bytes in an async function's frame broke the task
    /// allocator ("freed pointer was not the last allocation").
    fileprivate var header: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)
    fileprivate var database: UInt64

    static func == (left: Self, right: Self) -> Bool {
        left.header == right.header && left.database == right.database
    }
}

/// Reads the marks of one SQLite file. The two files are opened once and never closed while the
/// file is in use: POSIX locks belong to a process and an inode, and closing any descriptor of a
/// file drops every lock the process holds on it, SQLite's included. A `-shm` file found replaced
/// at its path was deleted by the last connection to close, after which none holds a lock on the
/// old one: only its descriptor is closed.
final class SQLiteChangeMarks: Sendable {
    let databasePath: String
    let indexPath: String
    private let files = NIOLockedValueBox(Files())

    private struct Files {
        var database: Int32 = -1
        var index: Int32 = -1
        var indexIdentity: FileIdentity?
    }

    private struct FileIdentity: Equatable {
        var device: UInt64
        var inode: UInt64
    }

    private init(databasePath: String) {
        self.databasePath = databasePath
        indexPath = databasePath + "-shm"
    }

    /// One reader per database file for the life of the process (its descriptors stay open, see above).
    private static let byPath = NIOLockedValueBox<[String: SQLiteChangeMarks]>([:])

    /// The reader for the SQLite file `database` is on; nil for PostgreSQL or an in-memory database.
    static func of(_ database: any Database) -> SQLiteChangeMarks? {
        guard (try? database.sql.dialect.name) == "sqlite" else { return nil }
        let path = SQLiteWriteGate.file(of: database)
        guard path.hasPrefix("/") else { return nil }
        return byPath.withLockedValue { readers in
            if let reader = readers[path] { return reader }
            let reader = SQLiteChangeMarks(databasePath: path)
            readers[path] = reader
            return reader
        }
    }

    /// The mark now, or nil when it cannot be trusted (see `SQLiteChangeMark`).
    @inline(never)
    func read() -> SQLiteChangeMark? {
        let (database, index, identity) = files.withLockedValue { files -> (Int32, Int32, FileIdentity?) in
            if files.database < 0 { files.database = open(databasePath, O_RDONLY | O_CLOEXEC) }
            if files.index < 0 {
                files.index = open(indexPath, O_RDONLY | O_CLOEXEC)
                files.indexIdentity = files.index < 0 ? nil : Self.identity(of: files.index)
            }
            return (files.database, files.index, files.indexIdentity)
        }
        guard database >= 0, index >= 0, let identity else { return nil }

        var mark = SQLiteChangeMark(header: (0, 0, 0, 0, 0, 0), database: 0)
        // The two copies of the wal-index header, then the database header's first 32 bytes, read
        // into a buffer on this function's own stack.
        var buffer: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        let valid = withUnsafeMutableBytes(of: &buffer) { bytes -> Bool in
            guard let start = bytes.baseAddress, pread(index, start, 96, 0) == 96,
                  memcmp(start, start + 48, 48) == 0,
                  bytes.load(as: UInt32.self) == 3_007_000, bytes[12] == 1,
                  Self.checksumHolds(bytes) else { return false }
            mark.header = bytes.load(as: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64).self)
            guard pread(database, start, 32, 0) == 32, bytes[18] == 2, bytes[19] == 2 else { return false }
            mark.database = bytes.load(fromByteOffset: 24, as: UInt64.self)
            return true
        }
        // Still the file at the path once read: a header read from a deleted one would never change.
        var status = stat()
        let current = stat(indexPath, &status) == 0 ? FileIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino)) : nil
        guard current == identity else {
            files.withLockedValue { files in
                if files.index == index {
                    close(index)
                    files.index = -1
                    files.indexIdentity = nil
                }
            }
            return nil
        }
        return valid ? mark : nil
    }

    private static func identity(of descriptor: Int32) -> FileIdentity? {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        return FileIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
    }

    /// SQLite's checksum of the header's first 40 bytes (native byte order for the index header),
    /// held in its words 10 and 11.
    private static func checksumHolds(_ header: UnsafeMutableRawBufferPointer) -> Bool {
        func word(_ index: Int) -> UInt32 { header.load(fromByteOffset: index * 4, as: UInt32.self) }
        var first: UInt32 = 0, second: UInt32 = 0
        for index in stride(from: 0, to: 10, by: 2) {
            first = first &+ word(index) &+ second
            second = second &+ word(index + 1) &+ first
        }
        return first == word(10) && second == word(11)
    }
}
