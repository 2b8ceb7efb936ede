import Foundation
import Vapor
import VeDichCore

/// Uploaded reports waiting for the person to confirm the preview. Kept in memory for an hour,
/// at most 20 at a time: a preview is a moment's decision, not storage.
actor PendingImports {
    struct Upload: Sendable {
        var data: Data
        var filename: String
        var province: String
        /// Only who uploaded a report may confirm it.
        var uploadedBy: String
        var keptAt = Date()
    }

    static let expired = APIError(status: .notFound, code: "import_expired", userMessage: UserMessage(
        what: "Không tìm thấy bản xem trước của lần nhập này (đã xác nhận, đã hủy hoặc quá 1 giờ)",
        fix: "Tải tệp lên lại để xem trước rồi xác nhận"))

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

    func take(_ token: UUID, by person: String) throws -> Upload {
        guard let upload = uploads[token], upload.uploadedBy == person else { throw Self.expired }
        uploads[token] = nil
        guard upload.keptAt.timeIntervalSinceNow > -3600 else { throw Self.expired }
        return upload
    }
}

struct PendingImportsKey: StorageKey {
    typealias Value = PendingImports
}

extension Application {
    var pendingImports: PendingImports {
        guard let imports = storage[PendingImportsKey.self] else {
            let imports = PendingImports()
            storage[PendingImportsKey.self] = imports
            return imports
        }
        return imports
    }
}
