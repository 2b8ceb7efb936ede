import Foundation
import Vapor

/// Slows down password guessing: after a few failed log-ins for one account, or many from one
/// address, further attempts are refused for a while that doubles with each new failure, up to
/// five minutes. A successful log-in forgets the account's failures.
///
/// Kept in memory: a restart forgets it and each server process counts on its own, which is
/// enough to make guessing slow (a few hundred guesses a day instead of thousands a minute)
/// without a table that every failed log-in would write to.
actor LoginThrottle {
    struct Policy: Sendable {
        /// Failures allowed before the first wait.
        var freeFailures: Int
        var firstWait: TimeInterval
        var longestWait: TimeInterval

        /// The wait after `failures` failures, nil while they are still free.
        func wait(after failures: Int) -> TimeInterval? {
            guard failures >= freeFailures else { return nil }
            return min(firstWait * pow(2, Double(min(failures - freeFailures, 20))), longestWait)
        }
    }

    /// Five wrong passwords for one account, then 15 s, 30 s, 1 min … up to 5 min.
    static let perAccount = Policy(freeFailures: 5, firstWait: 15, longestWait: 300)
    /// An address may be an office behind one router: more failures before it waits.
    static let perAddress = Policy(freeFailures: 30, firstWait: 15, longestWait: 300)
    /// Failures older than this are forgotten.
    static let memory: TimeInterval = 3600

    private struct Record {
        var failures = 0
        var last = Date.distantPast
    }

    private let account: Policy
    private let address: Policy
    private let now: @Sendable () -> Date
    private var accounts: [String: Record] = [:]
    private var addresses: [String: Record] = [:]

    init(account: Policy = perAccount, address: Policy = perAddress, now: @escaping @Sendable () -> Date = Date.init) {
        self.account = account
        self.address = address
        self.now = now
    }

    /// Seconds to wait before `login` may try again from `from`; nil when it may try now.
    func wait(login: String, from: String) -> TimeInterval? {
        let time = now()
        let waits = [remaining(accounts[Self.key(login)], account, at: time), remaining(addresses[from], address, at: time)]
        return waits.compactMap { $0 }.max()
    }

    func failed(login: String, from: String) {
        let time = now()
        if accounts.count + addresses.count > 100_000 { forgetOld(at: time) }
        Self.count(&accounts[Self.key(login), default: Record()], at: time)
        Self.count(&addresses[from, default: Record()], at: time)
    }

    private static func count(_ record: inout Record, at time: Date) {
        if time.timeIntervalSince(record.last) > memory { record = Record() }
        record.failures += 1
        record.last = time
    }

    /// The account's failures are forgotten; the address's are not, or one's own account
    /// would reset the count between guesses at others.
    func succeeded(login: String) {
        accounts[Self.key(login)] = nil
    }

    private func remaining(_ record: Record?, _ policy: Policy, at time: Date) -> TimeInterval? {
        guard let record, let wait = policy.wait(after: record.failures) else { return nil }
        let left = record.last.addingTimeInterval(wait).timeIntervalSince(time)
        return left > 0 ? left : nil
    }

    private func forgetOld(at time: Date) {
        accounts = accounts.filter { time.timeIntervalSince($0.value.last) <= Self.memory }
        addresses = addresses.filter { time.timeIntervalSince($0.value.last) <= Self.memory }
    }

    private static func key(_ login: String) -> String {
        String(login.trimmingCharacters(in: .whitespaces).lowercased().prefix(100))
    }

    /// "45 giây", "2 phút", "4 phút 30 giây": the wait as the log-in page says it.
    static func describe(_ seconds: TimeInterval) -> String {
        let total = max(1, Int(seconds.rounded(.up)))
        guard total >= 60 else { return "\(total) giây" }
        let minutes = total / 60, rest = total % 60
        return rest == 0 ? "\(minutes) phút" : "\(minutes) phút \(rest) giây"
    }
}

extension Request {
    /// Who is knocking, for the throttle: the peer's address, or the address a proxy on this
    /// machine says it forwards for (only a local proxy is believed).
    var clientAddress: String {
        let peer = remoteAddress?.ipAddress ?? "không rõ"
        guard peer == "127.0.0.1" || peer == "::1",
              let forwarded = headers.first(name: "X-Forwarded-For")?.split(separator: ",").last?.trimmingCharacters(in: .whitespaces),
              !forwarded.isEmpty else { return peer }
        return String(forwarded.prefix(64))
    }
}

struct LoginThrottleKey: StorageKey { typealias Value = LoginThrottle }

extension Application {
    var loginThrottle: LoginThrottle {
        get {
            if let throttle = storage[LoginThrottleKey.self] { return throttle }
            let throttle = LoginThrottle()
            storage[LoginThrottleKey.self] = throttle
            return throttle
        }
        set { storage[LoginThrottleKey.self] = newValue }
    }
}
