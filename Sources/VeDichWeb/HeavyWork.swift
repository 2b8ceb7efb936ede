import NIOConcurrencyHelpers
import NIOPosix
import Vapor
import VeDichCore

/// Work too heavy for the event loops and Swift's cooperative pool, which every request shares:
/// reading an uploaded report (unzipping and parsing a DOCX, auditing it), writing a DOCX or
/// XLSX, and LibreOffice's PDF conversion. Each runs on a small pool of its own, so while they
/// run `/api/v1/health`, log-in and the pages still answer (before, four 15 MB posts or eight PDF
/// downloads made them wait 7–42 s).
final class HeavyWork: Sendable {
    /// Reading uploads and writing DOCX/XLSX: two threads.
    let files: NIOThreadPool
    /// LibreOffice conversions, one at a time: each one already uses a whole core, and the
    /// pool's queue is the conversion queue.
    let conversions: NIOThreadPool
    /// At most this many conversions wait; more are refused with 503 rather than queued for minutes.
    let waitingConversionsLimit: Int
    /// A person may have this many heavy requests running; one more is a 429.
    let perPersonLimit: Int

    private let running = NIOLockedValueBox<[String: Int]>([:])
    private let waitingConversions = NIOLockedValueBox(0)

    init(fileThreads: Int = 2, conversionThreads: Int = 1, waitingConversionsLimit: Int = 6, perPersonLimit: Int = 2) {
        files = NIOThreadPool(numberOfThreads: fileThreads)
        conversions = NIOThreadPool(numberOfThreads: conversionThreads)
        self.waitingConversionsLimit = waitingConversionsLimit
        self.perPersonLimit = perPersonLimit
        files.start()
        conversions.start()
    }

    func shutdown() async {
        try? await files.shutdownGracefully()
        try? await conversions.shutdownGracefully()
    }

    /// Conversions admitted and not yet finished (running or queued).
    var conversionsWaiting: Int { waitingConversions.withLockedValue { $0 } }

    /// Heavy requests running now, everyone's (for /metrics).
    var requestsRunning: Int { running.withLockedValue { $0.values.reduce(0, +) } }

    /// Reads or writes a file off the shared pools.
    func file<Result: Sendable>(_ work: @Sendable @escaping () throws -> Result) async throws -> Result {
        try await files.runIfActive(work)
    }

    /// Converts in the conversion queue, or refuses when too many already wait.
    func conversion<Result: Sendable>(_ work: @Sendable @escaping () throws -> Result) async throws -> Result {
        let admitted = waitingConversions.withLockedValue { waiting in
            guard waiting < waitingConversionsLimit else { return false }
            waiting += 1
            return true
        }
        guard admitted else { throw HeavyWorkRefusal.conversionQueueFull }
        defer { waitingConversions.withLockedValue { $0 -= 1 } }
        return try await conversions.runIfActive(work)
    }

    /// Counts a heavy request of `person` while `body` runs; a 429 when they already have
    /// `perPersonLimit` running.
    func limited<Result>(for person: String, _ body: () async throws -> Result) async throws -> Result {
        let admitted = running.withLockedValue { running in
            guard running[person, default: 0] < perPersonLimit else { return false }
            running[person, default: 0] += 1
            return true
        }
        guard admitted else { throw HeavyWorkRefusal.tooManyForPerson(limit: perPersonLimit) }
        defer {
            running.withLockedValue { running in
                running[person, default: 1] -= 1
                if running[person] == 0 { running[person] = nil }
            }
        }
        return try await body()
    }
}

/// Heavy work refused for now: try again in a moment (429 for one person, 503 for the server).
enum HeavyWorkRefusal: Error, UserFacingError {
    case tooManyForPerson(limit: Int)
    case conversionQueueFull

    var status: HTTPResponseStatus {
        switch self {
        case .tooManyForPerson: .tooManyRequests
        case .conversionQueueFull: .serviceUnavailable
        }
    }

    var code: String {
        switch self {
        case .tooManyForPerson: "too_many_heavy_requests"
        case .conversionQueueFull: "conversion_queue_full"
        }
    }

    /// Seconds after which trying again is likely to succeed.
    var retryAfter: Int {
        switch self {
        case .tooManyForPerson: 10
        case .conversionQueueFull: 60
        }
    }

    var userMessage: UserMessage {
        switch self {
        case .tooManyForPerson(let limit):
            UserMessage(what: "Bạn đang có \(limit) yêu cầu nặng (tải báo cáo lên, xuất DOCX, XLSX hoặc PDF) chưa xong",
                        fix: "Chờ các yêu cầu đó xong (vài giây đến một phút) rồi thử lại")
        case .conversionQueueFull:
            UserMessage(what: "Máy chủ đang chuyển nhiều báo cáo sang PDF cùng lúc",
                        fix: "Thử lại sau khoảng một phút, hoặc tải bản DOCX ngay")
        }
    }

    var error: APIError { APIError(status: status, code: code, userMessage: userMessage) }
}

/// Routes of heavy work: at most `HeavyWork.perPersonLimit` running per person. Placed before
/// the route reads its body, so a refused upload is not read.
struct HeavyRequest: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await request.application.heavyWork.limited(for: request.actor) {
                try await next.respond(to: request)
            }
        } catch let refusal as HeavyWorkRefusal {
            return Self.refusal(refusal, request)
        }
    }

    /// The refusal as the API or a page gives errors, with `Retry-After`.
    static func refusal(_ refusal: HeavyWorkRefusal, _ request: Request) -> Response {
        let response = request.url.path.hasPrefix("/api/")
            ? APIErrorMiddleware.response(for: refusal.error, request: request)
            : APIErrorMiddleware.page(for: refusal.error, request: request)
        response.headers.replaceOrAdd(name: .retryAfter, value: String(refusal.retryAfter))
        return response
    }
}

struct HeavyWorkKey: StorageKey { typealias Value = HeavyWork }

extension Application {
    var heavyWork: HeavyWork {
        guard let work = storage[HeavyWorkKey.self] else {
            let work = HeavyWork()
            storage[HeavyWorkKey.self] = work
            return work
        }
        return work
    }
}
