import ArgumentParser
import Foundation
import VeDichCore
import VeDichReports
import VeDichStore

/// `vedich template --plan ID --agency "Sở Y tế" [--version uoc_ca_nam] --out FILE.xlsx`.
struct TemplateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Tạo mẫu Excel để một cơ quan điền số liệu: các chỉ tiêu của cơ quan, kế hoạch, số kỳ trước và cột “Số liệu” để trống."
    )

    @Option(help: "Mã kế hoạch (xem `vedich plans`).") var plan: String
    @Option(help: "Tên cơ quan, ví dụ \"Sở Y tế\".") var agency: String
    @Option(help: "Loại số liệu: uoc_6_thang, uoc_ca_nam, so_bo, chinh_thuc.") var version: String = ValueVersion.fullYearEstimate.rawValue
    @Option(help: "Tệp .xlsx sẽ ghi ra.") var out: String

    func run() async throws {
        guard let planID = UUID(uuidString: plan) else { Console.reject(StoreError.planNotFound(id: plan), where: "--plan") }
        guard let version = ValueVersion(rawValue: version) else { Console.reject(ValueImportError.unknownVersion(text: version), where: "--version") }
        let template: ValueTemplate
        do {
            template = try await ServerApplication.with { app in
                let store = Store(database: app.db)
                let snapshot = try await store.snapshot(planID: planID)
                guard let chosen = try await store.responsibleAgencies(planID: planID).first(where: { $0.name == agency.trimmed }) else {
                    throw ValueImportError.agencyWithoutIndicators(agency: agency, plan: snapshot.plan.title)
                }
                return ValueTemplate(evaluation: snapshot.evaluation(version), previous: snapshot.previous, agency: chosen.name,
                                     indicatorIDs: try await store.indicatorsToFill(planID: planID, agencyID: chosen.id))
            }
        } catch let error as StoreError {
            Console.reject(error)
        } catch let error as ValueImportError {
            Console.reject(error)
        }
        do { try ValueTemplateWriter.write(template, to: URL(fileURLWithPath: out)) } catch { Console.reject(error, where: out) }
        Console.print("Đã ghi \(out): \(template.rows.count) chỉ tiêu của \(template.agency), \(template.version.label.lowercased()) \(template.periodLabel).")
    }
}
