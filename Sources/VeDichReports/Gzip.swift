import Foundation
import ZIPFoundation

/// A body in the gzip format (RFC 1952) for `Content-Encoding: gzip`: zlib's raw deflate as
/// ZIPFoundation makes it for ZIP entries, with gzip's header and trailer (CRC-32 and size of the
/// original). Made once for an answer that is sent many times, never per request.
public enum Gzip {
    public static func compress(_ data: Data) throws -> Data {
        // Magic, deflate, no flags, no time, no extra flags, OS unknown.
        var gzip = Data([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff])
        let crc = try Data.compress(size: Int64(data.count), bufferSize: 64 * 1024, provider: { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }, consumer: { gzip.append($0) })
        for value in [crc, UInt32(truncatingIfNeeded: data.count)] {
            withUnsafeBytes(of: value.littleEndian) { gzip.append(contentsOf: $0) }
        }
        return gzip
    }
}
