import Foundation
import Testing
import Vapor
import VeDichCore
import VeDichStore
@testable import VeDichWeb

/// Reminder digests by e-mail, received by a real SMTP server: the local aiosmtpd sink of
/// Tests/Support/smtp_sink.py (installed into .venv by scripts/bootstrap.sh) writes each message
/// it receives to a folder, and the tests read it there.
@Suite(.serialized) struct ReminderMailTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let today = CalendarDay(year: 2025, month: 10, day: 15)!

    /// The sink, running for the duration of `body` with the folder it writes to.
    static func withSink(_ body: (SMTPServer, URL) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vedich-smtp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let python = root.appendingPathComponent(".venv/bin/python")
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            Issue.record("Chưa có .venv/bin/python với aiosmtpd: chạy bash scripts/bootstrap.sh")
            return
        }
        let process = Process()
        process.executableURL = python
        process.arguments = [root.appendingPathComponent("Tests/Support/smtp_sink.py").path, folder.path]
        try process.run()
        defer {
            FileManager.default.createFile(atPath: folder.appendingPathComponent("stop").path, contents: Data())
            process.waitUntilExit()
            try? FileManager.default.removeItem(at: folder)
        }
        var port: Int?
        for _ in 0..<200 where port == nil {
            port = (try? String(contentsOf: folder.appendingPathComponent("port"), encoding: .utf8)).flatMap { Int($0) }
            if port == nil { try await Task.sleep(for: .milliseconds(50)) }
        }
        let ready = try #require(port, "the SMTP sink did not start (is aiosmtpd in .venv? run bash scripts/bootstrap.sh)")
        try await body(SMTPServer(host: "127.0.0.1", port: ready), folder)
    }

    struct Received: Decodable {
        var mail_from: String
        var rcpt_tos: [String]
        var subject: String
        var content_types: [String]
        var plain: String?
        var html: String?
    }

    static func received(in folder: URL) throws -> [(raw: String, message: Received)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { name in
            let json = try Data(contentsOf: folder.appendingPathComponent(name))
            let raw = try String(contentsOf: folder.appendingPathComponent(name.replacingOccurrences(of: ".json", with: ".eml")), encoding: .utf8)
            return (raw, try JSONDecoder().decode(Received.self, from: json))
        }
    }

    /// The 2025 plan with a data cut-off on 20/10/2025, task 4 given to Sở Y tế and overdue since
    /// 30/09/2025, and Sở Y tế's clerk with an e-mail address: the plan, the task, and Sở Y tế's
    /// missing values.
    static func healthHasSomethingToBeRemindedOf(_ store: Store) async throws -> (plan: PlanInfo, task: TaskInfo, missing: [MissingValue]) {
        let plan = try #require(try await store.plans().first { $0.startYear == 2025 && $0.endYear == 2025 })
        let health = try await store.agencyID(named: "Sở Y tế", provinceID: try await store.provinceID(planID: plan.id), create: false)
        _ = try await store.updatePlanSettings(planID: plan.id, PlanSettingsChange(dataCutoffs: [.fullYearEstimate: "2025-10-20"]), actor: "bientap")
        let task = try #require(try await store.tasks(planID: plan.id, today: Self.today).first { $0.number == 4 })
        _ = try await store.editTask(task.id, TaskEdit(basedOnRevision: task.revision, owner: .some(health), dueDate: .some("2025-09-30")),
                                     actor: "bientap", today: Self.today)
        let clerk = try #require(try await store.accounts(provinceID: nil).first { $0.login == "soyte" })
        _ = try await store.updateAccount(clerk.id, displayName: nil, email: "soyte@langson.gov.vn", role: nil, agency: .keep, actor: "bientap")
        let missing = try await store.missingValues(planID: plan.id, agencyID: health, version: .fullYearEstimate)
        #expect(!missing.isEmpty, "the seed's 2025 plan has Sở Y tế indicators without a full-year estimate")
        return (plan, task, missing)
    }

    @Test(arguments: Engine.allCases)
    func theDigestReachesTheSinkWithTheAgencysMissingValuesAndOverdueTasks(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let store = Store(database: app.db)
            let (plan, task, missing) = try await Self.healthHasSomethingToBeRemindedOf(store)

            try await Self.withSink { server, folder in
                let outcomes = try await Reminders.run(store: store, server: server, from: "vedich@langson.gov.vn", planID: plan.id,
                                                       today: Self.today, dryRun: false, actor: "vedich remind")
                #expect(outcomes.first { $0.agency == "Sở Y tế" }?.result == .sent)
                let mail = try #require(try Self.received(in: folder).first { $0.message.rcpt_tos == ["soyte@langson.gov.vn"] },
                                        "no message for soyte@langson.gov.vn")
                #expect(mail.message.mail_from == "vedich@langson.gov.vn")
                #expect(mail.message.subject == "VeDich nhắc việc Sở Y tế: \(missing.count) số liệu còn thiếu, 1 nhiệm vụ quá hạn")
                #expect(mail.raw.contains("Subject: =?UTF-8?B?"), "the subject is encoded per RFC 2047")
                #expect(mail.message.content_types.contains("text/plain; charset=utf-8"))
                let plain = try #require(mail.message.plain)
                #expect(plain.contains("Kính gửi Sở Y tế,"))
                #expect(plain.contains("hạn chốt số liệu 20/10/2025 (còn 5 ngày)"))
                for value in missing {
                    #expect(plain.contains("\(value.code) \(value.name)"), "the digest names the missing value “\(value.name)”")
                }
                #expect(plain.contains("Nhiệm vụ quá hạn:"))
                #expect(plain.contains("Nhiệm vụ 4. \(task.title) — thời hạn 30/09/2025, quá hạn"))
                #expect(mail.message.html?.contains("<li>Nhiệm vụ 4. ") == true)
            }
            let logged = try await store.changes().filter { $0.entity == "reminder" }
            #expect(logged.contains { $0.actor == "vedich remind" && $0.newValue == "soyte@langson.gov.vn" && $0.field.hasSuffix("Sở Y tế") })
        }
    }

    @Test func aLineStartingWithADotArrivesAsWritten() async throws {
        try await Self.withSink { server, folder in
            let text = "Dòng đầu\n.Dòng bắt đầu bằng dấu chấm\n.\nHết"
            try await SMTPClient.send(MailMessage(from: "vedich@langson.gov.vn", to: ["a@langson.gov.vn"], subject: "Thử chấm đầu dòng", plain: text),
                                      via: server)
            let mail = try #require(try Self.received(in: folder).first)
            #expect(mail.message.plain == text.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n"
                    || mail.message.plain == text + "\n", "\(mail.message.plain ?? "")")
            #expect(mail.message.subject == "Thử chấm đầu dòng")
        }
        #expect(SMTPClient.dotStuffed(".a\nb\n..c") == "..a\r\nb\r\n...c\r\n")
    }

    @Test func anUnreachableServerIsNamedInVietnamese() async throws {
        // A port nothing listens on: bound, then closed.
        let message = MailMessage(from: "vedich@langson.gov.vn", to: ["a@langson.gov.vn"], subject: "Thử", plain: "Thử")
        do {
            try await SMTPClient.send(message, via: SMTPServer(host: "127.0.0.1", port: 9), timeout: .seconds(10))
            Issue.record("sent to a closed port")
        } catch let error as SMTPError {
            #expect(error.userMessage.what.hasPrefix("Không kết nối được máy chủ thư 127.0.0.1:9"), "\(error.userMessage.what)")
        }
        await #expect(throws: SMTPError.invalidAddress("không phải địa chỉ")) {
            try await SMTPClient.send(MailMessage(from: "vedich@langson.gov.vn", to: ["không phải địa chỉ"], subject: "x", plain: "x"),
                                      via: SMTPServer(host: "127.0.0.1", port: 9))
        }
    }

    // MARK: The daily run of `vedich serve --remind-smtp`

    /// A moment given in UTC.
    static func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute))!
    }

    @Test func theDailyRunComesAtItsTimeInVietNam() {
        let atSeven = { (now: Date) in ReminderSchedule.nextRun(after: now, hour: 7, minute: 0) }
        // 06:59 in Việt Nam is 23:59 UTC the day before: the run is a minute later, the same Vietnamese day.
        #expect(atSeven(Self.utc(2025, 10, 14, 23, 59)) == Self.utc(2025, 10, 15, 0, 0))
        // At 07:00 exactly the day's run is starting or done: the next is tomorrow's.
        #expect(atSeven(Self.utc(2025, 10, 15, 0, 0)) == Self.utc(2025, 10, 16, 0, 0))
        // A server started at 15:00 sends first the next morning.
        #expect(atSeven(Self.utc(2025, 10, 15, 8, 0)) == Self.utc(2025, 10, 16, 0, 0))
        // Across the end of a month and of a year.
        #expect(atSeven(Self.utc(2025, 12, 31, 13, 0)) == Self.utc(2026, 1, 1, 0, 0))
        #expect(ReminderSchedule.nextRun(after: Self.utc(2025, 2, 28, 23, 45), hour: 23, minute: 30) == Self.utc(2025, 3, 1, 16, 30),
                "06:45 on 1/3 in Việt Nam: 23:30 that day")
        #expect(ReminderSchedule.nextRun(after: Self.utc(2025, 2, 28, 16, 29), hour: 23, minute: 30) == Self.utc(2025, 2, 28, 16, 30))

        #expect(ReminderSchedule.time("07:00")! == (7, 0))
        #expect(ReminderSchedule.time("7:30")! == (7, 30))
        #expect(ReminderSchedule.time("23:59")! == (23, 59))
        for wrong in ["24:00", "07:60", "0700", "07:5", "7h30", "-1:00", "", "０７:００"] {
            #expect(ReminderSchedule.time(wrong) == nil, "“\(wrong)” is not HH:MM")
        }
    }

    /// Keeps what a run logs.
    final class LoggedLines: LogHandler, @unchecked Sendable {
        let lock = NSLock()
        var lines: [String] = []
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String, file: String, function: String, line: UInt) {
            lock.withLock { lines.append("\(level): \(message)") }
        }
    }

    @Test(arguments: Engine.allCases)
    func theServersDailyRunSendsTheSameDigestAndLogsIt(_ engine: Engine) async throws {
        try await TestApp.with(engine) { app in
            let store = Store(database: app.db)
            let (_, task, missing) = try await Self.healthHasSomethingToBeRemindedOf(store)
            let logged = LoggedLines()
            let logger = Logger(label: "test") { _ in logged }
            try await Self.withSink { server, folder in
                let schedule = ReminderSchedule(server: server, hour: 7, minute: 0, from: "vedich@langson.gov.vn")
                // The run of 15/10/2025 at 07:00 in Việt Nam.
                let outcomes = try await schedule.run(store: store, now: Self.utc(2025, 10, 15, 0, 0), logger: logger)
                #expect(outcomes.first { $0.agency == "Sở Y tế" }?.result == .sent)
                let mail = try #require(try Self.received(in: folder).first { $0.message.rcpt_tos == ["soyte@langson.gov.vn"] },
                                        "no message for soyte@langson.gov.vn")
                #expect(mail.message.subject == "VeDich nhắc việc Sở Y tế: \(missing.count) số liệu còn thiếu, 1 nhiệm vụ quá hạn")
                #expect(mail.message.plain?.contains("Nhiệm vụ 4. \(task.title) — thời hạn 30/09/2025, quá hạn") == true)
                #expect(mail.message.plain?.contains("hạn chốt số liệu 20/10/2025 (còn 5 ngày)") == true, "the day is the run's, in Việt Nam")
            }
            let lines = logged.lock.withLock { logged.lines }
            #expect(lines.contains("info: Nhắc việc: đã gửi Sở Y tế → soyte@langson.gov.vn"), "\(lines)")
            #expect(lines.contains { $0.hasPrefix("info: Nhắc việc ngày 15/10/2025 qua 127.0.0.1:") && $0.contains("thư đã gửi") }, "\(lines)")
            let changes = try await store.changes().filter { $0.entity == "reminder" }
            #expect(changes.contains { $0.actor == ReminderSchedule.actor && $0.newValue == "soyte@langson.gov.vn" })
        }
    }
}
