import NIOConcurrencyHelpers
import Vapor
import VeDichCore
import VeDichPlanModel
import VeDichStore

/// Whole pages made from a kept plan snapshot, as the bytes sent, for the person they were made
/// for: asked again while the data has not changed, a page is answered without being laid out,
/// rendered or copied (a dashboard's frame and links cost half of serving it).
///
/// Never stale: a page is keyed by the snapshot it was made from (a write makes a new snapshot,
/// so the next read makes the page anew) and by everything about the person the page shows or
/// decides on (name, role, province, agency: the links and forms they may use; the session's
/// CSRF token in every form). The page's own inputs (plan, version) are in its name. Bounded:
/// at most `capacity` pages; when full it is emptied and fills again with what is asked.
final class PageCache: Sendable {
    static let capacity = 256

    struct Key: Hashable {
        /// The snapshot's renderings, which live exactly as long as its data.
        var snapshot: ObjectIdentifier
        var page: String
        var viewer: Viewer
    }

    /// What a page may show or decide from the person asking.
    struct Viewer: Hashable {
        var userID: UUID?
        var displayName: String?
        var role: Role?
        var provinceID: UUID?
        var agencyID: UUID?
        var csrfToken: String?

        init(_ principal: Principal?) {
            userID = principal?.userID
            displayName = principal?.displayName
            role = principal?.role
            provinceID = principal?.provinceID
            agencyID = principal?.agencyID
            csrfToken = principal?.csrfToken
        }
    }

    private struct Entry {
        /// Held so that its identity, the key, cannot be taken by a later snapshot while the page is kept.
        var renderings: SnapshotRenderings
        var body: ByteBuffer
    }

    private let entries = NIOLockedValueBox<[Key: Entry]>([:])

    var count: Int { entries.withLockedValue { $0.count } }

    /// The page `name` of `snapshot` for whoever `request` is from, made by `make` the first time.
    /// Two requests racing make it twice, the same both times.
    func page(_ name: String, of snapshot: PlanSnapshot, for request: Request, make: () throws -> ByteBuffer) rethrows -> ByteBuffer {
        let key = Key(snapshot: ObjectIdentifier(snapshot.renderings), page: name, viewer: Viewer(request.principal))
        if let kept = entries.withLockedValue({ $0[key]?.body }) { return kept }
        let body = try make()
        entries.withLockedValue { entries in
            if entries.count >= Self.capacity { entries.removeAll() }
            entries[key] = Entry(renderings: snapshot.renderings, body: body)
        }
        return body
    }
}

struct PageCacheKey: StorageKey {
    typealias Value = PageCache
}

extension Request {
    /// The plan's snapshot, with no suspension or database handle while the kept one is current
    /// (SQLite's change mark: `PlanSnapshots.currentSnapshot`), else as the store keeps it.
    func planSnapshot(_ planID: UUID) async throws -> PlanSnapshot {
        if let snapshot = application.planSnapshots?.currentSnapshot(planID: planID) { return snapshot }
        return try await store.snapshot(planID: planID)
    }

    /// A page of a plan as `Layout` frames it for this person, kept while its snapshot is current.
    /// Without the cache (not configured), made every time.
    func cachedPage(_ name: String, of snapshot: PlanSnapshot, make: () throws -> ByteBuffer) rethrows -> Response {
        let body = try application.storage[PageCacheKey.self]?.page(name, of: snapshot, for: self, make: make) ?? make()
        let response = Response(status: .ok, body: .init(buffer: body))
        response.headers.contentType = .html
        return response
    }
}
