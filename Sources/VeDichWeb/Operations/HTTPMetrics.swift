import Vapor
import VeDichStore

/// The server's counters for `/metrics`: a latency histogram per route pattern, answers by status
/// class. Store-side figures (database time, snapshots, writers in line) are `StoreMetrics`.
final class HTTPMetrics: Sendable {
    static let routeKey = "vedich.metrics.histogram"

    let unmatched = MetricHistogram()
    /// 1xx…5xx.
    let statusClasses = (1...5).map { _ in MetricCounter() }
    /// Route pattern and its histogram, fixed once the routes are registered.
    let routes: [(pattern: String, histogram: MetricHistogram)]

    /// Hangs a histogram on every registered route (call after the last route is registered).
    init(routes: Routes) {
        var made: [(String, MetricHistogram)] = []
        for route in routes.all {
            let histogram = MetricHistogram()
            route.userInfo[Self.routeKey] = histogram
            made.append((Self.pattern(route), histogram))
        }
        self.routes = made.sorted { $0.0 < $1.0 }
    }

    func count(status: Int) {
        let index = status / 100 - 1
        if statusClasses.indices.contains(index) { statusClasses[index].add() }
    }

    /// `GET /plans/:planID`.
    static func pattern(_ route: Route) -> String {
        route.method.rawValue + " /" + route.path.map(\.description).joined(separator: "/")
    }
}

struct HTTPMetricsKey: StorageKey {
    typealias Value = HTTPMetrics
}

extension Application {
    var httpMetrics: HTTPMetrics {
        guard let metrics = storage[HTTPMetricsKey.self] else { fatalError("HTTPMetrics are set up in configure, after the routes") }
        return metrics
    }
}
