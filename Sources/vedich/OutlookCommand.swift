import ArgumentParser
import Foundation
import VeDichCore
import VeDichStore

/// `vedich outlook --plan ID --as-of 2024-06-30 [--format table|json]`: every indicator's early
/// warning, at risk first, by the same rule as the API and the pages.
struct OutlookCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outlook",
        abstract: "Cảnh báo sớm: từng chỉ tiêu dự kiến đạt, có nguy cơ không đạt hay chưa thể đánh giá, tính từ số liệu trong năm."
    )

    @Option(help: "Mã (id) kế hoạch năm, xem bằng lệnh vedich plans.") var plan: String
    @Option(name: .customLong("as-of"), help: "Tính đến ngày, ví dụ 2024-06-30 hoặc 30/06/2024.") var asOf: String
    @Option(help: "table (bảng dễ đọc) hoặc json.") var format: Format = .table

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, text, json }

    func validate() throws {
        guard UUID(uuidString: plan) != nil else {
            throw ValidationError("Mã kế hoạch “\(plan)” không đúng dạng; xem mã bằng lệnh vedich plans")
        }
        guard CalendarDay(asOf) != nil else {
            throw ValidationError("Ngày “\(asOf)” không đúng dạng, ví dụ 2024-06-30 hoặc 30/06/2024")
        }
    }

    func run() async throws {
        guard let planID = UUID(uuidString: plan), let day = CalendarDay(asOf) else { throw ExitCode(2) }
        let outlooks: [IndicatorOutlook]
        do {
            outlooks = try await ServerApplication.with { app in try await Store(database: app.db).outlooks(planID: planID, asOf: day) }
        } catch let error as StoreError {
            Console.reject(error, where: "--plan")
        }
        switch format {
        case .json:
            try Console.printJSON(Answer(planID: planID, asOf: day.iso, indicators: outlooks))
        case .table, .text:
            Console.print(Self.table(outlooks, asOf: day))
        }
    }

    struct Answer: Encodable {
        var planID: UUID
        var asOf: String
        var indicators: [IndicatorOutlook]
        enum CodingKeys: String, CodingKey { case indicators, planID = "plan_id", asOf = "as_of" }
    }

    /// One line per indicator (code, status, the rate still needed, name), its reason indented below.
    static func table(_ outlooks: [IndicatorOutlook], asOf: CalendarDay) -> String {
        var lines = ["Cảnh báo sớm tính đến ngày \(asOf.display)", ""]
        let codeWidth = max(6, outlooks.map(\.code.count).max() ?? 0)
        let statusWidth = Outlook.Status.allCases.map(\.label.count).max() ?? 0
        func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
        lines.append("\(pad("Mã số", codeWidth))  \(pad("Dự báo", statusWidth))  \(pad("Cần đạt", 9))  Chỉ tiêu")
        for item in outlooks {
            let rate = item.outlook.requiredRate.map { VietnameseNumber.format($0, fractionDigits: 2) + "%" } ?? ""
            lines.append("\(pad(item.code, codeWidth))  \(pad(item.outlook.status.label, statusWidth))  \(pad(rate, 9))  \(item.name)")
            lines.append("    \(item.outlook.reason)")
        }
        let counts = Outlook.Status.allCases.map { status in "\(status.label): \(outlooks.filter { $0.outlook.status == status }.count)" }
        lines.append("")
        lines.append(counts.joined(separator: "; "))
        return lines.joined(separator: "\n")
    }
}
