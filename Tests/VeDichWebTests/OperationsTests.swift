import Foundation
import NIOCore
import Testing
import Vapor
import VaporTesting
import VeDichCore
import VeDichStore
@testable import VeDichWeb

/// What an operator sees: a request id on every answer, and /metrics only from the machine itself.
@Suite struct OperationsTests {
    @Test func everyAnswerCarriesARequestIdAndASaneOneFromOutsideIsKept() async throws {
        try await TestApp.with(.sqlite, seeded: false) { app in
            try await app.testing().test(.GET, "/api/v1/health", headers: ["X-Request-Id": "nginx-4f2a9c"]) { response in
                #expect(response.headers.first(name: "X-Request-Id") == "nginx-4f2a9c")
            }
            try await app.testing().test(.GET, "/khong-co", headers: ["X-Request-Id": "<script>alert(1)</script>"]) { response in
                let id = response.headers.first(name: "X-Request-Id") ?? ""
                #expect(response.status == .notFound && !id.isEmpty && !id.contains("<"), "an unsafe id went into the logs: \(id)")
            }
        }
    }

    @Test func metricsAnswerOnlyTheMachineItselfOrTheToken() async throws {
        try await TestApp.with(.sqlite) { app in
            let plan = try await app.planID(2024, 2024)
            try await app.testing().test(.GET, "/plans/\(plan)", headers: app.auth(.viewer)) { #expect($0.status == .ok) }
            try await app.testing().test(.GET, "/plans/\(plan)", headers: app.auth(.viewer)) { #expect($0.status == .ok) }
            // In memory there is no peer address: not loopback, so not served.
            try await app.testing().test(.GET, "/metrics") { #expect($0.status == .notFound) }
            let text = MetricsEndpoint.exposition(app)
            let line = try #require(text.split(separator: "\n").first { $0.hasPrefix(#"vedich_http_request_duration_seconds_count{route="GET /plans/:planID"}"#) })
            #expect(Int(line.split(separator: " ").last ?? "") ?? 0 >= 2, "\(line)")
            for name in ["vedich_db_write_seconds_count", "vedich_snapshot_hits_total", "vedich_snapshot_misses_total",
                         "vedich_write_queue_length", "vedich_heavy_requests_running", "vedich_conversion_queue_length"] {
                #expect(text.contains("\n\(name) "), "/metrics has no \(name)")
            }
            #expect(text.contains(#"vedich_http_request_duration_seconds_bucket{route="GET /plans/:planID",le="+Inf"}"#))

            let endpoint = MetricsEndpoint(token: "bi-mat")
            let local = Request(application: app, method: .GET, url: "/metrics", remoteAddress: try SocketAddress(ipAddress: "127.0.0.1", port: 5000), on: app.eventLoopGroup.any())
            let remote = Request(application: app, method: .GET, url: "/metrics", remoteAddress: try SocketAddress(ipAddress: "203.0.113.7", port: 5000), on: app.eventLoopGroup.any())
            let forwarded = Request(application: app, method: .GET, url: "/metrics", headers: ["X-Forwarded-For": "203.0.113.7"],
                                    remoteAddress: try SocketAddress(ipAddress: "127.0.0.1", port: 5000), on: app.eventLoopGroup.any())
            let withToken = Request(application: app, method: .GET, url: "/metrics", headers: ["Authorization": "Bearer bi-mat"],
                                    remoteAddress: try SocketAddress(ipAddress: "203.0.113.7", port: 5000), on: app.eventLoopGroup.any())
            #expect(endpoint.allowed(local))
            #expect(!endpoint.allowed(remote))
            #expect(!endpoint.allowed(forwarded), "a request nginx forwarded counts as from outside")
            #expect(endpoint.allowed(withToken))
            #expect(!MetricsEndpoint(token: nil).allowed(withToken))
        }
    }
}
