import ArgumentParser
import VeDichStore

struct PlansCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "plans", abstract: "Liệt kê các kế hoạch và mã (id) của chúng.")

    @Option(help: "text hoặc json.") var format: OutputFormat = .text

    func run() async throws {
        let plans = try await ServerApplication.with { app in try await Store(database: app.db).plans() }
        switch format {
        case .json:
            try Console.printJSON(plans)
        case .text:
            if plans.isEmpty { Console.print("Chưa có kế hoạch nào. Nhập một báo cáo: vedich import TỆP --province TÊN") }
            for plan in plans {
                Console.print("\(plan.id.uuidString)  \(plan.province)  \(plan.title)  [\(plan.compositePolicy.rawValue)]")
            }
        }
    }
}
