import Foundation
import VeDichCore

/// The administrative units and the higher-level indicator codes VeDich ships as data
/// (`Resources/*.csv`, each naming its source in its header lines), read from the bundle once.
/// The migrations copy them into the database; the importer recognises national indicators here.
public enum ReferenceData {
    public struct Tables: Sendable {
        public var provinces: [RegisteredProvince]
        public var formerProvinces: [FormerProvince]
        public var communes: [RegisteredCommune]
        public var nationalIndicators: [NationalIndicator]
    }

    public enum LoadError: Error, CustomStringConvertible {
        case missingFile(String)
        case badRow(file: String, line: Int, text: String)

        public var description: String {
            switch self {
            case .missingFile(let name): "Thiếu tệp dữ liệu \(name).csv trong gói VeDichStore (bản cài đặt không đầy đủ)"
            case .badRow(let file, let line, let text): "Dòng \(line) của \(file).csv không đúng số cột: “\(text)”"
            }
        }
    }

    /// Read once per process; a missing or malformed file is a broken installation, reported when used.
    public static func tables() throws -> Tables { try loaded.get() }

    private static let loaded: Result<Tables, any Error> = Result { try read() }

    private static func read() throws -> Tables {
        let former = try rows("former-provinces", columns: 3).map { FormerProvince(code: $0[0], name: $0[1], provinceCode: $0[2]) }
        let provinces = try rows("provinces-2025", columns: 5).map { row in
            RegisteredProvince(code: row[0], name: row[1], fullName: row[2], kind: RegisteredProvince.Kind(rawValue: row[3]) ?? .province,
                               communeCount: Int(row[4]) ?? 0, former: former.filter { $0.provinceCode == row[0] })
        }
        let communes = try rows("communes-2025", columns: 4).map { row in
            RegisteredCommune(code: row[0], name: row[1], kind: RegisteredCommune.Kind(rawValue: row[2]) ?? .commune, provinceCode: row[3])
        }
        let indicators = try rows("national-indicators", columns: 6).map { row in
            NationalIndicator(code: row[0], name: row[1], unit: row[2], direction: Direction(rawValue: row[3]) ?? .higher,
                              phrases: row[4].split(separator: "|").map { $0.trimmed.lowercased() }, checked: row[5] == "yes")
        }
        return Tables(provinces: provinces, formerProvinces: former, communes: communes, nationalIndicators: indicators)
    }

    /// The data rows of a resource: `#` lines are its source notes, the first other line names the
    /// columns; no field holds a comma.
    private static func rows(_ name: String, columns: Int) throws -> [[String]] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "Resources")
                ?? Bundle.module.url(forResource: name, withExtension: "csv") else {
            throw LoadError.missingFile(name)
        }
        let lines = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline)
        var result: [[String]] = []
        var sawHeader = false
        for (index, line) in lines.enumerated() where !line.hasPrefix("#") && !line.trimmed.isEmpty {
            guard sawHeader else { sawHeader = true; continue }
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmed }
            guard fields.count == columns else { throw LoadError.badRow(file: name, line: index + 1, text: String(line)) }
            result.append(fields)
        }
        return result
    }
}
