import Foundation
import NIOConcurrencyHelpers
import Testing
import Vapor
import VaporTesting
import VeDichCore
@testable import VeDichWeb

/// Heavy work runs off the pools every request shares, with limits (issue 12, item 5): a person
/// has at most two heavy requests running, LibreOffice converts one report at a time from a
/// bounded queue, a PDF is converted once per plan, version and data generation, and the health
/// check stays fast meanwhile.
@Suite(.serialized) struct HeavyWorkTests {
    @Test func aPersonHasAtMostTwoHeavyRequestsRunning() async throws {
        let work = HeavyWork(perPersonLimit: 2)
        try await work.limited(for: "bientap") {
            try await work.limited(for: "bientap") {
                await #expect(throws: HeavyWorkRefusal.self, "a third for the same person") {
                    try await work.limited(for: "bientap") {}
                }
                try await work.limited(for: "quantri") {}
            }
            try await work.limited(for: "bientap") {}
        }
        await work.shutdown()
    }

    @Test func conversionsWaitInABoundedQueue() async throws {
        let work = HeavyWork(conversionThreads: 1, waitingConversionsLimit: 2)
        let release = DispatchSemaphore(value: 0)
        let first = Task { try await work.conversion { release.wait() } }
        let second = Task { try await work.conversion { release.wait() } }
        while work.conversionsWaiting < 2 { try await Task.sleep(for: .milliseconds(5)) }
        await #expect(throws: HeavyWorkRefusal.self, "a third waiting conversion") {
            try await work.conversion {}
        }
        release.signal()
        release.signal()
        try await first.value
        try await second.value
        #expect(work.conversionsWaiting == 0)
        try await work.conversion {}
        #expect(HeavyWorkRefusal.conversionQueueFull.status == .serviceUnavailable)
        #expect(HeavyWorkRefusal.tooManyForPerson(limit: 2).status == .tooManyRequests)
        await work.shutdown()
    }

    /// The issue's "Done when": four 15 MB posts to /login and four PDF conversions at once,
    /// and /api/v1/health still answers within a generous multiple of its idle time (at least 1 s);
    /// so does a log-in.
    @Test func healthStaysFastWhileUploadsAndConversionsRun() async throws {
        try await TestApp.with(.sqlite) { app in
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
            do {
                try await Self.underLoad(app, base: "http://127.0.0.1:\(try #require(app.http.server.shared.localAddress?.port))")
            } catch {
                await app.server.shutdown()
                throw error
            }
            await app.server.shutdown()
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func underLoad(_ app: Application, base: String) async throws {
        let client = app.client
        @Sendable func health() async throws -> Double {
            let start = ContinuousClock.now
            let response = try await client.get(URI(string: base + "/api/v1/health"))
            #expect(response.status == .ok)
            return seconds(ContinuousClock.now - start)
        }
        @Sendable func logIn() async throws -> Double {
            let start = ContinuousClock.now
            let response = try await client.post(URI(string: base + "/login")) { request in
                request.headers.contentType = .urlEncodedForm
                request.body = ByteBuffer(string: "login=quantri&password=\(People.password)&next=%2Fapi%2Fv1%2Fhealth")
            }
            #expect(response.status == .ok || response.status == .seeOther, "log-in: \(response.status)")
            return seconds(ContinuousClock.now - start)
        }
        var idleTimes: [Double] = []
        for _ in 0..<20 { idleTimes.append(try await health()) }
        let idle = idleTimes.sorted()[idleTimes.count / 2]
        var idleLogIns: [Double] = []
        for _ in 0..<5 { idleLogIns.append(try await logIn()) }
        let idleLogIn = idleLogIns.sorted()[idleLogIns.count / 2]

        let plans = [try await app.planID(2024, 2024), try await app.planID(2021, 2025)]
        let downloads: [(Role, String, ValueVersion)] = [(.planner, plans[0], .fullYearEstimate), (.admin, plans[1], .fullYearEstimate),
                                                         (.approver, plans[0], .official), (.viewer, plans[1], .official)]
        let headers = Dictionary(uniqueKeysWithValues: [Role.planner, .admin, .approver, .viewer].map { ($0, app.auth($0)) })
        let load = Task {
            try await withThrowingTaskGroup(of: (String, HTTPStatus, String).self) { group in
                for index in 0..<4 {
                    group.addTask {
                        do {
                            let response = try await client.post(URI(string: base + "/login")) { request in
                                request.headers.contentType = .urlEncodedForm
                                request.body = ByteBuffer(repeating: UInt8(ascii: "a"), count: 15 << 20)
                            }
                            return ("login \(index)", response.status, "")
                        } catch {
                            // Refused before the body was read, the server may close while it is still being sent.
                            return ("login \(index)", .payloadTooLarge, "closed early: \(error)")
                        }
                    }
                }
                for (role, plan, version) in downloads {
                    group.addTask {
                        let response = try await client.get(URI(string: base + "/plans/\(plan)/report.pdf?version=\(version.rawValue)"), headers: headers[role]!)
                        return ("pdf \(role) \(version.rawValue)", response.status, response.headers.first(name: .contentType) ?? "")
                    }
                }
                // The planner asks twice more for their report: the first joins the conversion
                // already running, the second is one heavy request too many.
                for extra in 1...2 {
                    group.addTask {
                        try await Task.sleep(for: .milliseconds(300 * extra))
                        let response = try await client.get(URI(string: base + "/plans/\(plans[0])/report.pdf?version=uoc_ca_nam"), headers: headers[.planner]!)
                        let text = response.body.map { String(buffer: $0) } ?? ""
                        return ("planner again \(extra)", response.status, response.headers.first(name: .retryAfter).map { "Retry-After \($0) " + text } ?? "")
                    }
                }
                var results: [(String, HTTPStatus, String)] = []
                for try await result in group { results.append(result) }
                return results
            }
        }
        let watcher = Task {
            var times: [Double] = [], logIns: [Double] = []
            while !Task.isCancelled {
                times.append(try await health())
                if times.count % 10 == 0 { logIns.append(try await logIn()) }
                try? await Task.sleep(for: .milliseconds(50))
            }
            return (times, logIns)
        }
        let results = try await load.value
        watcher.cancel()
        let (during, logInsDuring) = try await watcher.value

        for (name, status, detail) in results where name.hasPrefix("login") {
            #expect(status == .payloadTooLarge, "\(name): \(detail)")
        }
        for (name, status, type) in results where name.hasPrefix("pdf") {
            #expect(status == .ok && type == "application/pdf", "\(name): \(status) \(type)")
        }
        // Which of the two is turned away depends on when each arrives on a loaded machine (a CI
        // run building beside it answered 429 first, then 200): one joins, one is one too many.
        let again = results.filter { $0.0.hasPrefix("planner again") }
        #expect(again.map(\.1).sorted { $0.code < $1.code } == [.ok, .tooManyRequests], "\(again.map { "\($0.0): \($0.1)" })")
        let turnedAway = again.first { $0.1 == .tooManyRequests }
        #expect(turnedAway?.2.contains("Retry-After 10") == true && turnedAway?.2.contains("yêu cầu nặng") == true)
        #expect(await app.pdfCache.made == 4, "one conversion per plan and version: the planner's second request waited for the first")

        let worst = during.max() ?? 0
        let bound = max(idle, 0.002) * 500
        #expect(during.count >= 5, "health was asked \(during.count) times while the load ran")
        #expect(worst < bound, "health: idle \(idle * 1000) ms, worst under load \(worst * 1000) ms (\(worst / idle)×), bound \(bound * 1000) ms")
        let worstLogIn = logInsDuring.max() ?? 0
        let logInBound = max(idleLogIn, 0.005) * 200
        #expect(!logInsDuring.isEmpty && worstLogIn < logInBound,
                "log-in: idle \(idleLogIn * 1000) ms, worst under load \(worstLogIn * 1000) ms, bound \(logInBound * 1000) ms")
        print("log-in: idle \(String(format: "%.1f", idleLogIn * 1000)) ms, worst under load \(String(format: "%.1f", worstLogIn * 1000)) ms over \(logInsDuring.count)")
        print("health: idle \(String(format: "%.1f", idle * 1000)) ms, worst under load \(String(format: "%.1f", worst * 1000)) ms over \(during.count) checks, ratio \(String(format: "%.0f", worst / idle))")
    }

    @Test func aPdfIsConvertedAgainOnlyAfterTheDataChanged() async throws {
        try await TestApp.with(.sqlite) { app in
            let plan = try await app.planID(2021, 2025)
            func download() async throws {
                try await app.testing().test(.GET, "/plans/\(plan)/report.pdf?version=uoc_ca_nam", headers: app.auth()) { response in
                    #expect(response.status == .ok)
                    #expect(response.body.readableBytesView.starts(with: Array("%PDF".utf8)))
                }
            }
            try await download()
            try await download()
            #expect(await app.pdfCache.made == 1, "the same plan, version and data: converted once")
            var insurance = ""
            try await app.testing().test(.GET, "/api/v1/plans/\(plan)/indicators", headers: app.auth()) { response in
                insurance = response.array.first { $0["name"] as? String == "Tỷ lệ người dân tham gia bảo hiểm y tế (%)" }?["id"] as? String ?? ""
            }
            try await app.testing().test(.POST, "/api/v1/indicators/\(insurance)/observations", headers: app.auth(.agencyClerk), beforeRequest: { request in
                request.headers.contentType = .json
                request.body = ByteBuffer(string: #"{"period": {"kind": "span", "start_year": 2021, "end_year": 2025}, "version": "uoc_ca_nam", "text": "98,2", "based_on_revision": 1}"#)
            }) { #expect($0.status == .created) }
            try await download()
            #expect(await app.pdfCache.made == 2, "a new value: converted again")
        }
    }
}
