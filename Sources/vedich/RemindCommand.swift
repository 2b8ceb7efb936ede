import ArgumentParser
import Foundation
import VeDichCore
import VeDichStore
import VeDichWeb

/// `vedich remind --smtp HOST:PORT [--dry-run] [--plan ID]`: each agency its digest by e-mail.
struct RemindCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remind",
        abstract: "Gửi thư nhắc việc cho từng cơ quan: số liệu còn thiếu trước hạn chốt, nhiệm vụ quá hạn hoặc sắp đến hạn, yêu cầu giải trình chưa trả lời.")

    @Option(help: "Máy chủ thư HOST:PORT, ví dụ 127.0.0.1:25.") var smtp: String
    @Option(help: "Địa chỉ người gửi.") var from: String = "vedich@vedich.local"
    @Option(help: "Chỉ kế hoạch này (mã id, xem vedich plans); mặc định mọi kế hoạch.") var plan: String?
    @Option(help: "Tính “hôm nay” là ngày này (YYYY-MM-DD), để gửi lại thư của một ngày đã qua.") var today: String?
    @Option(help: "Địa chỉ trang VeDich ghi trong thư, ví dụ https://vedich.langson.gov.vn.") var siteURL: String?
    @Flag(name: .customLong("dry-run"), help: "Chỉ in thư sẽ gửi, không gửi.") var dryRun = false

    func validate() throws {
        guard SMTPServer(smtp) != nil else { throw ValidationError("--smtp cần dạng HOST:PORT, ví dụ 127.0.0.1:25 (nhận được “\(smtp)”)") }
        if let plan, UUID(uuidString: plan) == nil { throw ValidationError("--plan cần mã kế hoạch (id), xem vedich plans (nhận được “\(plan)”)") }
        if let today, CalendarDay(today) == nil { throw ValidationError("--today cần một ngày dạng YYYY-MM-DD (nhận được “\(today)”)") }
        guard MailMessage.isAddress(from) else { throw ValidationError("--from cần một địa chỉ thư (nhận được “\(from)”)") }
    }

    func run() async throws {
        guard let server = SMTPServer(smtp) else { return }
        let day = today.flatMap { CalendarDay($0) } ?? .today
        let outcomes: [Reminders.Outcome]
        do {
            outcomes = try await ServerApplication.with { app in
                try await Reminders.run(store: Store(database: app.db), server: server, from: from, planID: plan.flatMap { UUID(uuidString: $0) },
                                        today: day, dryRun: dryRun, actor: "vedich remind", siteURL: siteURL)
            }
        } catch let error as StoreError {
            Console.reject(error)
        }
        if outcomes.isEmpty { Console.print("Không cơ quan nào có việc cần nhắc ngày \(day.display).") }
        var failed = 0
        for outcome in outcomes {
            switch outcome.result {
            case .sent: Console.print("Đã gửi: \(outcome.agency) → \(outcome.to.joined(separator: ", "))")
            case .wouldSend:
                Console.print("Sẽ gửi (--dry-run): \(outcome.agency) → \(outcome.to.joined(separator: ", "))\nTiêu đề: \(outcome.subject)\n\(outcome.text)")
            case .noRecipient:
                Console.print("Chưa gửi: \(outcome.agency) chưa có tài khoản nào có địa chỉ thư (đặt bằng vedich user email TÊN ĐỊA_CHỈ)")
            case .failed(let reason):
                failed += 1
                Console.printError("Không gửi được cho \(outcome.agency): \(reason)")
            }
        }
        if failed > 0 { throw ExitCode(1) }
    }
}
