import ArgumentParser
import Foundation
import VeDichCore
import VeDichReports
import VeDichStore

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Lập báo cáo của UBND tỉnh về một kế hoạch (thể thức Nghị định 30/2020): .docx, phụ lục .xlsx hoặc .pdf."
    )

    @Option(help: "Mã (id) kế hoạch, xem bằng lệnh vedich plans.") var plan: String
    @Option(help: "Phiên bản số liệu: uoc_6_thang, uoc_ca_nam, so_bo hoặc chinh_thuc.") var version: ValueVersion = .fullYearEstimate
    @Option(help: "docx, xlsx hoặc pdf.") var format: ReportFormat
    @Option(help: "Tệp kết quả; mặc định bao-cao-ke-hoach-<năm>-<phiên bản>.<định dạng> trong thư mục hiện tại.") var out: String?
    @Option(help: "Số văn bản trong năm; bỏ trống để Văn thư điền.") var number: Int?
    @Option(help: "Ngày ký dạng dd/mm/yyyy; mặc định hôm nay.") var date: String?
    @Option(help: "Họ tên người ký.") var signer: String?

    enum ReportFormat: String, ExpressibleByArgument, CaseIterable { case docx, xlsx, pdf }

    func validate() throws {
        guard UUID(uuidString: plan) != nil else {
            throw ValidationError("Mã kế hoạch “\(plan)” không đúng dạng; xem mã bằng lệnh vedich plans")
        }
        if let date, Self.parseDate(date) == nil {
            throw ValidationError("Ngày “\(date)” không đúng dạng dd/mm/yyyy, ví dụ 05/07/2024")
        }
    }

    func run() async throws {
        guard let planID = UUID(uuidString: plan) else { throw ExitCode(2) }
        let settings = ReportSettings(number: number, date: date.flatMap(Self.parseDate) ?? ReportDate.today(), signer: signer)
        let report: Report
        do {
            report = try await ServerApplication.with { app in
                try Report(plans: await Store(database: app.db).planReports([(planID, version)]), settings: settings)
            }
        } catch let error as StoreError {
            Console.reject(error, where: "--plan")
        } catch let error as ReportError {
            Console.reject(error)
        }
        let out = out ?? report.fileName(extension: format.rawValue)
        let url = URL(fileURLWithPath: out)
        do {
            switch format {
            case .docx: try DocxWriter.write(report, to: url)
            case .xlsx: try XlsxWriter.write(report, to: url)
            case .pdf: try PdfConverter().convert(docx: try DocxWriter.data(report), to: url)
            }
        } catch {
            Console.reject(error, where: out)
        }
        let counts = report.sections.map { section in
            let total = section.evaluation.summary.total
            return total.noData == total.total ? "chưa có số liệu thực hiện" : section.evaluation.summaryText
        }.joined(separator: "; ")
        Console.print("Đã ghi \(out) (\(counts)).")
    }

    static func parseDate(_ text: String) -> ReportDate? {
        let parts = text.split(separator: "/").compactMap { Int($0) }
        guard parts.count == 3, (1...31).contains(parts[0]), (1...12).contains(parts[1]), parts[2] > 1900 else { return nil }
        return ReportDate(day: parts[0], month: parts[1], year: parts[2])
    }
}

extension ValueVersion: ExpressibleByArgument {}
