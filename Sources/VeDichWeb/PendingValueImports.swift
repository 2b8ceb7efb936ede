import Foundation
import Vapor
import VeDichStore

/// Workbook previews waiting for the person to confirm, like `PendingImports` for reports: kept
/// in memory for an hour, at most 20. The preview itself is kept, with the revisions it saw,
/// so confirming writes exactly what was shown or, if a value changed since, nothing.
actor PendingValueImports {
    struct Upload: Sendable {
        var preview: ValueImportPreview
        /// Only who uploaded a workbook may confirm it.
        var uploadedBy: String
        var keptAt = Date()
    }

    private var uploads: [UUID: Upload] = [:]

    func keep(_ upload: Upload) -> UUID {
        uploads = uploads.filter { $0.value.keptAt.timeIntervalSinceNow > -3600 }
        if uploads.count >= 20, let oldest = uploads.min(by: { $0.value.keptAt < $1.value.keptAt })?.key {
            uploads[oldest] = nil
        }
        let token = UUID()
        uploads[token] = upload
        return token
    }

    /// The upload, if this token is one of the workbook previews of this person; nil otherwise
    /// (it may be a report's token).
    func take(_ token: UUID, by person: String) -> Upload? {
        guard let upload = uploads[token], upload.uploadedBy == person else { return nil }
        uploads[token] = nil
        guard upload.keptAt.timeIntervalSinceNow > -3600 else { return nil }
        return upload
    }

    func holds(_ token: UUID) -> Bool { uploads[token] != nil }
}

struct PendingValueImportsKey: StorageKey {
    typealias Value = PendingValueImports
}

extension Application {
    var pendingValueImports: PendingValueImports {
        guard let imports = storage[PendingValueImportsKey.self] else {
            let imports = PendingValueImports()
            storage[PendingValueImportsKey.self] = imports
            return imports
        }
        return imports
    }
}
