import Vapor
import VeDichStore

/// `GET /metrics` in Prometheus' text format (version 0.0.4), written by hand: a few dozen lines,
/// no dependency. Open to the loopback address (Prometheus on the same machine, or nginx which
/// does not forward /metrics) and to whoever sends `Authorization: Bearer $VEDICH_METRICS_TOKEN`
/// when that variable is set; everyone else gets 404, as if there were nothing here.
struct MetricsEndpoint: RouteCollection {
    let token: String?

    init(token: String? = Environment.get("VEDICH_METRICS_TOKEN").flatMap { $0.isEmpty ? nil : $0 }) {
        self.token = token
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get("metrics") { req async throws -> Response in
            guard allowed(req) else { throw Abort(.notFound) }
            let text = Self.exposition(req.application)
            let response = Response(status: .ok, body: .init(string: text))
            response.headers.contentType = HTTPMediaType(type: "text", subType: "plain", parameters: ["version": "0.0.4", "charset": "utf-8"])
            return response
        }
    }

    func allowed(_ request: Request) -> Bool {
        if let token, let given = request.headers.bearerAuthorization?.token, Self.same(given, token) { return true }
        // Behind nginx every request comes from loopback: a forwarded one is not the machine itself.
        guard request.headers.first(name: "X-Forwarded-For") == nil, request.headers.first(name: "X-Real-IP") == nil else { return false }
        guard let address = request.remoteAddress?.ipAddress else { return false }
        return address.hasPrefix("127.") || address == "::1" || address == "::ffff:127.0.0.1"
    }

    /// Compares in time independent of where they first differ.
    static func same(_ lhs: String, _ rhs: String) -> Bool {
        let a = Array(lhs.utf8), b = Array(rhs.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    static func exposition(_ app: Application) -> String {
        var out = ""
        let metrics = app.httpMetrics
        out += "# HELP vedich_http_request_duration_seconds Time to answer a request, by route pattern.\n"
        out += "# TYPE vedich_http_request_duration_seconds histogram\n"
        for (pattern, histogram) in metrics.routes + [("unmatched", metrics.unmatched)] {
            histogramLines(&out, "vedich_http_request_duration_seconds", labels: "route=\"\(escape(pattern))\"", histogram)
        }
        out += "# HELP vedich_http_responses_total Answers by status class.\n# TYPE vedich_http_responses_total counter\n"
        for (index, counter) in metrics.statusClasses.enumerated() {
            out += "vedich_http_responses_total{class=\"\(index + 1)xx\"} \(counter.current)\n"
        }
        out += "# HELP vedich_db_write_seconds Time in write transactions, waiting for the writer queue included.\n"
        out += "# TYPE vedich_db_write_seconds histogram\n"
        histogramLines(&out, "vedich_db_write_seconds", labels: nil, StoreMetrics.writeSeconds)
        out += "# HELP vedich_db_snapshot_read_seconds Time reading a plan's rows from the database to build its snapshot.\n"
        out += "# TYPE vedich_db_snapshot_read_seconds histogram\n"
        histogramLines(&out, "vedich_db_snapshot_read_seconds", labels: nil, StoreMetrics.snapshotReadSeconds)
        let requests = StoreMetrics.snapshotRequests.current, builds = StoreMetrics.snapshotBuilds.current
        out += "# HELP vedich_snapshot_hits_total Plan snapshots answered from what was kept.\n# TYPE vedich_snapshot_hits_total counter\n"
        out += "vedich_snapshot_hits_total \(max(0, requests - builds))\n"
        out += "# HELP vedich_snapshot_misses_total Plan snapshots built (read anew or brought up to date).\n# TYPE vedich_snapshot_misses_total counter\n"
        out += "vedich_snapshot_misses_total \(builds)\n"
        out += "# HELP vedich_write_queue_length Writes waiting for their turn or running.\n# TYPE vedich_write_queue_length gauge\n"
        out += "vedich_write_queue_length \(StoreMetrics.writesInLine.current)\n"
        let heavy = app.heavyWork
        out += "# HELP vedich_heavy_requests_running Uploads and report downloads running now.\n# TYPE vedich_heavy_requests_running gauge\n"
        out += "vedich_heavy_requests_running \(heavy.requestsRunning)\n"
        out += "# HELP vedich_conversion_queue_length PDF conversions running or waiting.\n# TYPE vedich_conversion_queue_length gauge\n"
        out += "vedich_conversion_queue_length \(heavy.conversionsWaiting)\n"
        return out
    }

    private static func histogramLines(_ out: inout String, _ name: String, labels: String?, _ histogram: MetricHistogram) {
        let (cumulative, sum) = histogram.reading
        let prefix = labels.map { $0 + "," } ?? ""
        for (index, bound) in MetricHistogram.bounds.enumerated() {
            out += "\(name)_bucket{\(prefix)le=\"\(bound)\"} \(cumulative[index])\n"
        }
        out += "\(name)_bucket{\(prefix)le=\"+Inf\"} \(cumulative.last ?? 0)\n"
        let suffix = labels.map { "{\($0)}" } ?? ""
        out += "\(name)_sum\(suffix) \(sum)\n\(name)_count\(suffix) \(cumulative.last ?? 0)\n"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }
}
