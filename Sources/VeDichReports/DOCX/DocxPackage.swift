import Foundation
import ZIPFoundation

/// The DOCX package (a ZIP) written in one pass into one buffer: each part deflated whole by one
/// zlib call (raw deflate, ZIP method 8) with its CRC-32 computed on the way, then the central
/// directory. ZIPFoundation's `Archive` went through an in-memory file, a provider closure and
/// a copy per 16 KB chunk for every part; the format needs none of that.
enum DocxPackage {
    /// 1980-01-01 00:00 in MS-DOS date and time: a fixed timestamp, so the same report gives the
    /// same bytes.
    static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1
    static let dosTime: UInt16 = 0

    static func zip(_ parts: [(path: String, xml: String)]) throws -> Data {
        var output = Data()
        output.reserveCapacity(parts.reduce(0) { $0 + $1.xml.utf8.count } / 3 + 4096)
        var directory = Data()
        for part in parts {
            let name = Data(part.path.utf8)
            let bytes = Data(part.xml.utf8)
            var compressed = Data()
            compressed.reserveCapacity(bytes.count / 3 + 64)
            let crc = try Data.compress(size: Int64(bytes.count), bufferSize: max(bytes.count, 64),
                                        provider: { position, size in
                                            position == 0 && size == bytes.count ? bytes : bytes.subdata(in: Int(position)..<Int(position) + size)
                                        },
                                        consumer: { compressed.append($0) })
            let offset = UInt32(output.count)
            // Local file header.
            output.le32(0x0403_4B50); output.le16(20); output.le16(0); output.le16(8); output.le16(dosTime); output.le16(dosDate)
            output.le32(crc); output.le32(UInt32(compressed.count)); output.le32(UInt32(bytes.count))
            output.le16(UInt16(name.count)); output.le16(0)
            output.append(name)
            output.append(compressed)
            // Its central directory record.
            directory.le32(0x0201_4B50); directory.le16(20); directory.le16(20); directory.le16(0); directory.le16(8)
            directory.le16(dosTime); directory.le16(dosDate)
            directory.le32(crc); directory.le32(UInt32(compressed.count)); directory.le32(UInt32(bytes.count))
            directory.le16(UInt16(name.count)); directory.le16(0); directory.le16(0); directory.le16(0); directory.le16(0)
            directory.le32(0); directory.le32(offset)
            directory.append(name)
        }
        let directoryOffset = UInt32(output.count)
        output.append(directory)
        // End of central directory.
        output.le32(0x0605_4B50); output.le16(0); output.le16(0)
        output.le16(UInt16(parts.count)); output.le16(UInt16(parts.count))
        output.le32(UInt32(directory.count)); output.le32(directoryOffset); output.le16(0)
        return output
    }
}

private extension Data {
    mutating func le16(_ value: UInt16) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }

    mutating func le32(_ value: UInt32) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}
