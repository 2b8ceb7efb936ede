import ArgumentParser
import Vapor
import VeDichStore
import VeDichWeb

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Chạy máy chủ VeDich (API JSON tại /api/v1, tài liệu tại /api/openapi.json)."
    )

    @ArgumentParser.Option(help: "Cổng.") var port: Int = 8080
    @ArgumentParser.Option(help: "Địa chỉ lắng nghe.") var hostname: String = "127.0.0.1"
    @ArgumentParser.Option(name: .customLong("remind-smtp"),
                           help: "Gửi thư nhắc việc hằng ngày (như vedich remind) qua máy chủ thư HOST:PORT; mặc định không gửi.")
    var remindSMTP: String?
    @ArgumentParser.Option(name: .customLong("remind-at"), help: "Giờ gửi thư nhắc việc mỗi ngày, HH:MM giờ Việt Nam.")
    var remindAt: String = ReminderSchedule.defaultTime
    @ArgumentParser.Option(name: .customLong("remind-from"), help: "Địa chỉ người gửi thư nhắc việc.")
    var remindFrom: String = "vedich@vedich.local"
    @ArgumentParser.Option(name: .customLong("site-url"), help: "Địa chỉ trang VeDich ghi trong thư nhắc việc, ví dụ https://vedich.langson.gov.vn.")
    var siteURL: String?

    func validate() throws {
        if let remindSMTP, SMTPServer(remindSMTP) == nil {
            throw ValidationError("--remind-smtp cần dạng HOST:PORT, ví dụ 127.0.0.1:25 (nhận được “\(remindSMTP)”)")
        }
        guard ReminderSchedule.time(remindAt) != nil else {
            throw ValidationError("--remind-at cần giờ dạng HH:MM, ví dụ 07:00 (nhận được “\(remindAt)”)")
        }
        guard MailMessage.isAddress(remindFrom) else { throw ValidationError("--remind-from cần một địa chỉ thư (nhận được “\(remindFrom)”)") }
    }

    /// The daily reminders, when --remind-smtp asks for them.
    var reminderSchedule: ReminderSchedule? {
        guard let server = remindSMTP.flatMap(SMTPServer.init), let time = ReminderSchedule.time(remindAt) else { return nil }
        return ReminderSchedule(server: server, hour: time.hour, minute: time.minute, from: remindFrom, siteURL: siteURL)
    }

    func run() async throws {
        let location = DatabaseLocation.fromEnvironment()
        // Held while serving: vedich restore refuses to replace a database a server has open.
        let lock: ServerLock
        do {
            lock = try await ServerLock.acquire(location)
        } catch let error as BackupError {
            Console.reject(error)
        }
        // Structured (JSON) lines when VEDICH_LOG_FORMAT=json; every request's lines carry its id.
        JSONLogHandler.bootstrapFromEnvironment()
        let app = try await Application.make(Environment(name: "production", arguments: ["vedich", "serve"]))
        do {
            try await configure(app, location: location)
            app.http.server.configuration.hostname = hostname
            app.http.server.configuration.port = port
            if let reminderSchedule { app.lifecycle.use(ReminderScheduler(reminderSchedule)) }
            Console.print("VeDich đang chạy tại http://\(hostname):\(port)/ (dữ liệu: \(location))")
            try await app.execute()
        } catch {
            try? await app.asyncShutdown()
            await lock.release()
            throw error
        }
        try await app.asyncShutdown()
        await lock.release()
    }
}
