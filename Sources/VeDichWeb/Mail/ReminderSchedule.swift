import Foundation
import Vapor
import VeDichCore
import VeDichStore

/// The daily reminder run of `vedich serve --remind-smtp HOST:PORT [--remind-at HH:MM]`: once a
/// day, at that time in Việt Nam, each agency gets the digest `vedich remind` sends (the same
/// `Reminders.run`). Off unless asked for. A server started after the day's time first sends the
/// next day: a restart never sends the same day's digests twice.
public struct ReminderSchedule: Sendable, Equatable {
    public var server: SMTPServer
    public var hour: Int
    public var minute: Int
    public var from: String
    public var siteURL: String?

    /// Early in the working day, before the clerks start entering.
    public static let defaultTime = "07:00"
    public static let actor = "vedich serve (nhắc việc hằng ngày)"
    /// Việt Nam time, as every date the digests name.
    static let timeZone = TimeZone(secondsFromGMT: 7 * 3600)!

    public init(server: SMTPServer, hour: Int, minute: Int, from: String, siteURL: String? = nil) {
        self.server = server
        self.hour = hour
        self.minute = minute
        self.from = from
        self.siteURL = siteURL
    }

    /// "07:00", "7:30", "18:05"; nil unless hours 0-23 and minutes 0-59.
    public static func time(_ text: String) -> (hour: Int, minute: Int)? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
              let hour = Int(parts[0]), let minute = Int(parts[1]), (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        return (hour, minute)
    }

    /// The first moment strictly after `now` that is `hour:minute` in Việt Nam.
    public static func nextRun(after now: Date, hour: Int, minute: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let today = calendar.dateComponents([.year, .month, .day], from: now)
        var at = DateComponents(year: today.year, month: today.month, day: today.day, hour: hour, minute: minute)
        at.timeZone = timeZone
        let todays = calendar.date(from: at) ?? now
        if todays > now { return todays }
        return calendar.date(byAdding: .day, value: 1, to: todays) ?? todays.addingTimeInterval(86_400)
    }

    public func nextRun(after now: Date) -> Date { Self.nextRun(after: now, hour: hour, minute: minute) }

    /// "30/11/2026 07:00", Việt Nam time, for the log.
    static func vietnamTime(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "dd/MM/yyyy HH:mm"
        formatter.timeZone = timeZone
        return formatter.string(from: date)
    }

    /// One run: every plan's digests for the day of `now`, each outcome and the run's totals logged.
    @discardableResult
    public func run(store: Store, now: Date = Date(), logger: Logger) async throws -> [Reminders.Outcome] {
        let today = CalendarDay.day(of: now)
        let outcomes = try await Reminders.run(store: store, server: server, from: from, planID: nil, today: today, dryRun: false,
                                               actor: Self.actor, siteURL: siteURL)
        for outcome in outcomes {
            switch outcome.result {
            case .sent: logger.info("Nhắc việc: đã gửi \(outcome.agency) → \(outcome.to.joined(separator: ", "))")
            case .noRecipient: logger.warning("Nhắc việc: \(outcome.agency) chưa có tài khoản nào có địa chỉ thư (vedich user email TÊN ĐỊA_CHỈ)")
            case .failed(let reason): logger.error("Nhắc việc: không gửi được cho \(outcome.agency): \(reason)")
            case .wouldSend: break
            }
        }
        let sent = outcomes.filter { $0.result == .sent }.count
        logger.info("Nhắc việc ngày \(today.display) qua \(server): \(sent) thư đã gửi, \(outcomes.count - sent) cơ quan chưa gửi được")
        return outcomes
    }
}

/// Runs the schedule while the server runs: waits for each next run, never two at once; stopped
/// with the server.
public final class ReminderScheduler: LifecycleHandler, @unchecked Sendable {
    let schedule: ReminderSchedule
    private let lock = NSLock()
    private var loop: Task<Void, Never>?

    public init(_ schedule: ReminderSchedule) { self.schedule = schedule }

    public func didBootAsync(_ application: Application) async throws {
        let schedule = schedule
        let logger = Logger(label: "vedich.reminders")
        let store = Store(database: application.db)
        logger.info("Nhắc việc hằng ngày lúc \(String(format: "%02d:%02d", schedule.hour, schedule.minute)) (giờ Việt Nam) qua \(schedule.server); lần tới: \(ReminderSchedule.vietnamTime(schedule.nextRun(after: Date())))")
        let task = Task {
            // Never the same run twice, should the clock or the sleep wake a little early.
            var last = Date()
            while !Task.isCancelled {
                let next = schedule.nextRun(after: max(Date(), last))
                last = next
                do {
                    try await Task.sleep(for: .seconds(max(0, next.timeIntervalSinceNow)))
                } catch {
                    return
                }
                do {
                    try await schedule.run(store: store, now: next, logger: logger)
                } catch {
                    logger.error("Nhắc việc: lần chạy lỗi, sẽ chạy lại vào ngày hôm sau: \(String(reflecting: error))")
                }
            }
        }
        lock.withLock { loop = task }
    }

    public func didBoot(_ application: Application) throws {}

    public func shutdownAsync(_ application: Application) async {
        lock.withLock { loop }?.cancel()
    }

    public func shutdown(_ application: Application) {
        lock.withLock { loop }?.cancel()
    }
}
