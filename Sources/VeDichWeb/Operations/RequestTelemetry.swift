import Vapor
import VeDichStore

/// Outermost middleware: gives every request an id (the caller's `X-Request-Id` when it is a
/// sane one, e.g. nginx's `$request_id`, else a new one), puts it on every log line of the
/// request and on the response, writes one access-log line, and times the request into its
/// route's histogram. The histograms are made once at start-up and hang on the routes, so the
/// request pays two clock reads and a few atomic adds, no lock and no dictionary.
struct RequestTelemetry: AsyncMiddleware {
    static let header = "X-Request-Id"
    /// One line per request (`VEDICH_ACCESS_LOG=1`, set by deploy/vedich.service): off by default,
    /// since nginx logs every request with the same id and a benchmark's millions of lines cost.
    let accessLog: Bool

    init(accessLog: Bool = Environment.get("VEDICH_ACCESS_LOG") == "1") {
        self.accessLog = accessLog
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let clock = ContinuousClock()
        let start = clock.now
        // Vapor takes a caller's X-Request-Id as `request.id` whatever it holds: an unsafe one is replaced.
        let given = request.headers.first(name: Self.header)
        let id = given.flatMap(Self.acceptable) ?? (given == nil ? request.id : UUID().uuidString)
        request.logger[metadataKey: "request-id"] = .string(id)
        let metrics = request.application.httpMetrics
        let histogram = (request.route?.userInfo[HTTPMetrics.routeKey] as? MetricHistogram) ?? metrics.unmatched
        let response: Response
        do {
            response = try await next.respond(to: request)
        } catch {
            // Only what no middleware turned into an answer gets here; Vapor answers it 500.
            let elapsed = clock.now - start
            histogram.record(elapsed)
            metrics.count(status: 500)
            log(request, status: 500, elapsed: elapsed)
            throw error
        }
        let elapsed = clock.now - start
        histogram.record(elapsed)
        metrics.count(status: Int(response.status.code))
        response.headers.replaceOrAdd(name: Self.header, value: id)
        log(request, status: Int(response.status.code), elapsed: elapsed)
        return response
    }

    private func log(_ request: Request, status: Int, elapsed: Duration) {
        guard accessLog else { return }
        let millis = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        request.logger.info("request", metadata: [
            "method": .string(request.method.rawValue), "path": .string(request.url.path),
            "route": .string(request.route.map(HTTPMetrics.pattern) ?? "unmatched"),
            "status": .stringConvertible(status), "duration_ms": .string(String(format: "%.2f", millis)),
        ])
    }

    /// Letters, digits, `-`, `_`, `.`, at most 128: an id from outside goes into logs as it is.
    static func acceptable(_ text: String) -> String? {
        guard !text.isEmpty, text.count <= 128,
              text.unicodeScalars.allSatisfy({ $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0)) })
        else { return nil }
        return text
    }
}
