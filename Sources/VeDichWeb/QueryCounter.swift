import Logging
import NIOConcurrencyHelpers
import Vapor

/// Counts the SQL queries a request runs and reports them in `X-VeDich-Queries`, so tests and
/// `make bench` can show that a page does a fixed number of queries whatever the number of
/// indicators. On only when `VEDICH_COUNT_QUERIES=1` (or in tests), since it wraps the logger.
struct QueryCounter: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let count = NIOLockedValueBox(0)
        let original = request.logger
        var counting = Logger(label: original.label) { _ in CountingHandler(forward: original, count: count) }
        counting.logLevel = .debug
        request.logger = counting
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: "X-VeDich-Queries", value: "\(count.withLockedValue { $0 })")
        return response
    }

    /// Fluent's drivers log every statement as "Executing query" at debug level.
    struct CountingHandler: LogHandler {
        let forward: Logger
        let count: NIOLockedValueBox<Int>
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .debug

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            if event.message.description == "Executing query" { count.withLockedValue { $0 += 1 } }
            if event.level >= forward.logLevel {
                forward.log(level: event.level, event.message, metadata: event.metadata, source: event.source,
                            file: event.file, function: event.function, line: event.line)
            }
        }
    }
}
