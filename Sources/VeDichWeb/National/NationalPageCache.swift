import NIOConcurrencyHelpers
import Vapor
import VeDichCore
import VeDichReports
import VeDichStore

/// The ministry's pages, API answers and workbooks as the bytes sent, kept while the national
/// stamp (data generation and workflow counter, `Store.nationalStamp`) stays: asked again, an
/// answer costs the stamp's one query, shared by the requests that wait for it together, and no
/// view, rendering or encoding.
///
/// Never stale: the stamp is read after the request arrived and before anything the answer is
/// made from, so an answer kept under a stamp was made from data at least that new; any write
/// moves the stamp and the next request makes its answer anew. Never another person's: an HTML
/// page is kept per person and session (`PageCache.Viewer`: the name and links in the frame, the
/// CSRF token in its forms); an API answer or workbook, which shows nothing of the person, per
/// what the person may see (role, province, agency), so a province's account never meets a
/// ministry's answer even if a route let it through. The rest of the key is the address as asked
/// (path and query) and the day in Việt Nam (lateness is judged against today). Only 200 answers
/// are kept. Bounded: at most `capacity` answers; when full, those of older stamps go first, then all.
///
/// A page or JSON answer of some size is also kept gzipped, made once when kept, and sent so to a
/// client that accepts it (every browser and HTTP library does): the reporting status of 34
/// provinces is 869 KB of JSON, which is what bounds how often it can be sent, not its making.
final class NationalPageCache: Sendable {
    static let capacity = 512

    enum Audience: Hashable {
        /// An HTML page: everything about the person the frame shows or decides on.
        case person(PageCache.Viewer)
        /// Data: what the person may see, nothing else.
        case scope(role: Role?, provinceID: UUID?, agencyID: UUID?)
    }

    struct Key: Hashable {
        var stamp: NationalStamp
        var address: String
        /// Days since 1970 in Việt Nam (UTC+7, no daylight saving).
        var day: Int
        var audience: Audience
    }

    struct Answer {
        var headers: HTTPHeaders
        var body: ByteBuffer
        /// `body` gzipped; nil when small or already compressed (a workbook is a ZIP).
        var gzip: ByteBuffer?

        /// Below about a kilobyte, gzip saves less than its own cost to a client.
        static let gzipFrom = 1024

        init(headers: HTTPHeaders, body: ByteBuffer) {
            var headers = headers
            headers.replaceOrAdd(name: .vary, value: "Accept-Encoding")
            self.headers = headers
            self.body = body
            let type = headers.contentType
            if body.readableBytes >= Self.gzipFrom, type == .html || type == .json,
               let packed = try? Gzip.compress(Data(body.readableBytesView)) {
                gzip = ByteBuffer(data: packed)
            }
        }

        /// As sent to a request: gzipped when it accepts gzip and there is a gzipped body.
        func response(acceptsGzip: Bool) -> Response {
            if acceptsGzip, let gzip {
                var headers = headers
                headers.replaceOrAdd(name: .contentEncoding, value: "gzip")
                return Response(status: .ok, headers: headers, body: .init(buffer: gzip))
            }
            return Response(status: .ok, headers: headers, body: .init(buffer: body))
        }
    }

    private let entries = NIOLockedValueBox<[Key: Answer]>([:])
    let stamps = NationalStampReads()

    var count: Int { entries.withLockedValue { $0.count } }

    func answer(_ key: Key) -> Answer? { entries.withLockedValue { $0[key] } }

    func keep(_ answer: Answer, for key: Key) {
        entries.withLockedValue { entries in
            if entries.count >= Self.capacity {
                entries = entries.filter { $0.key.stamp == key.stamp }
                if entries.count >= Self.capacity { entries.removeAll() }
            }
            entries[key] = answer
        }
    }
}

/// Requests that wait at the same time share one read of the national stamp: a read joins a batch
/// only while the batch's query has not started, so what it answers was read after the request
/// arrived (a write finished before it is seen). One batch reads at a time. (As
/// `PlanSnapshots.currentGeneration` does for the data generation.)
actor NationalStampReads {
    private var joinable: (id: Int, task: Task<NationalStamp?, any Error>)?
    private var lastBatch: Task<NationalStamp?, any Error>?
    private var batches = 0

    func current(_ read: @escaping @Sendable () async throws -> NationalStamp?) async throws -> NationalStamp? {
        if let joinable { return try await joinable.task.value }
        batches += 1
        let id = batches, previous = lastBatch
        let task = Task<NationalStamp?, any Error> {
            _ = try? await previous?.value
            self.started(id)
            return try await read()
        }
        lastBatch = task
        joinable = (id, task)
        return try await task.value
    }

    private func started(_ id: Int) {
        if joinable?.id == id { joinable = nil }
    }
}

struct NationalPageCacheKey: StorageKey {
    typealias Value = NationalPageCache
}

extension Request {
    /// The national answer at this address for this person: as kept while the stamp stays, else
    /// made by `make` (and kept when it is a 200 with its body in hand). Without the cache (not
    /// configured) or the stamp (migrations not run), made every time.
    func nationalAnswer(html: Bool, make: () async throws -> Response) async throws -> Response {
        guard let cache = application.storage[NationalPageCacheKey.self] else { return try await make() }
        let store = self.store
        guard let stamp = try await cache.stamps.current({ try await store.nationalStamp() }) else { return try await make() }
        let audience: NationalPageCache.Audience = html
            ? .person(PageCache.Viewer(principal))
            : .scope(role: principal?.role, provinceID: principal?.provinceID, agencyID: principal?.agencyID)
        let key = NationalPageCache.Key(stamp: stamp, address: url.string, day: Int((Date().timeIntervalSince1970 + 7 * 3600) / 86400), audience: audience)
        if let kept = cache.answer(key) { return kept.response(acceptsGzip: acceptsGzip) }
        let response = try await make()
        guard response.status == .ok, let body = response.body.buffer else { return response }
        let answer = NationalPageCache.Answer(headers: response.headers, body: body)
        cache.keep(answer, for: key)
        return answer.response(acceptsGzip: acceptsGzip)
    }

    /// The request's `Accept-Encoding` names gzip (or any coding) without refusing it (`q=0`).
    var acceptsGzip: Bool {
        headers[.acceptEncoding].lazy.flatMap { $0.split(separator: ",") }.contains { coding in
            let parts = coding.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let name = parts.first, name == "gzip" || name == "*" else { return false }
            return !parts.dropFirst().contains { $0.replacingOccurrences(of: " ", with: "").range(of: #"^q=0(\.0*)?$"#, options: .regularExpression) != nil }
        }
    }

    /// `nationalAnswer` for data: `value` encoded as JSON the way Vapor answers any `Content`.
    func nationalData<Value: Content>(_ make: () async throws -> Value) async throws -> Response {
        try await nationalAnswer(html: false) { try await make().encodeResponse(for: self) }
    }
}
