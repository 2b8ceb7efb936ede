import Foundation
import Vapor
import VeDichCore
import VeDichReports

/// PDFs already converted, by plan, value version, report settings (the date printed on it) and
/// data generation: LibreOffice takes seconds a report, and the same report is downloaded by
/// several people. Several asking for the same PDF at once wait for one conversion. A write
/// moves the generation on, so a PDF of older data is never handed out again.
actor PdfCache {
    struct Key: Hashable, Sendable {
        var planID: UUID
        var version: ValueVersion
        var settings: ReportSettings
        var generation: Int
    }

    /// The PDF and the name it is downloaded under.
    typealias File = (data: Data, name: String)

    /// A few reports' worth: each is a few hundred KB.
    static let capacity = 16

    private var kept: [Key: File] = [:]
    private var order: [Key] = []
    private var converting: [Key: Task<File, any Error>] = [:]
    /// How many PDFs were made rather than found: what the cache saved is the difference.
    private(set) var made = 0

    func pdf(_ key: Key, make: @escaping @Sendable () async throws -> File) async throws -> File {
        if let pdf = kept[key] { return pdf }
        if let running = converting[key] { return try await running.value }
        let task = Task { try await make() }
        made += 1
        converting[key] = task
        defer { converting[key] = nil }
        let pdf = try await task.value
        keep(pdf, key)
        return pdf
    }

    private func keep(_ pdf: File, _ key: Key) {
        // A newer generation of the plan makes the older PDFs of it useless.
        let stale = order.filter { $0.planID == key.planID && $0.generation < key.generation }
        for old in stale { kept[old] = nil }
        order.removeAll { !kept.keys.contains($0) || $0 == key }
        kept[key] = pdf
        order.append(key)
        while order.count > Self.capacity { kept[order.removeFirst()] = nil }
    }
}

struct PdfCacheKey: StorageKey { typealias Value = PdfCache }

extension Application {
    var pdfCache: PdfCache {
        guard let cache = storage[PdfCacheKey.self] else {
            let cache = PdfCache()
            storage[PdfCacheKey.self] = cache
            return cache
        }
        return cache
    }
}
