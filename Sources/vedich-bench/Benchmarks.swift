import Foundation
import VeDichCore

/// `make bench`: throughput figures printed side by side, as ratios measured in one run.
/// Never a pass/fail threshold: the machine decides the absolute numbers, the ratios travel.
@main
struct Benchmarks {
    static let usage = """
        OVERVIEW: Đo thông lượng của VeDich (make bench): các con số in cạnh nhau, không có ngưỡng đạt hay trượt.

        USAGE: vedich-bench [<báo cáo>] [<số cặp>]
               vedich-bench core [<số cặp>]
               vedich-bench audit [<báo cáo>]
               vedich-bench blank-rows [<số hàng trống>]
               vedich-bench evaluation [<báo cáo>]
               vedich-bench report [<báo cáo>]
               vedich-bench national <địa chỉ PostgreSQL> [<năm>]

        ARGUMENTS:
          <báo cáo>   Tệp báo cáo .txt (mặc định: báo cáo mẫu Tests/VeDichImportTests/Fixtures/lang-son-2025.txt).
          <số cặp>    Số cặp kế hoạch / thực hiện sinh ra để đo phần lõi (mặc định: 1000000).
          <số hàng trống>  Số hàng trống giữa hai chỉ tiêu (mặc định: 5000).

        SUBCOMMANDS:
          core        Chỉ đọc và đánh giá các cặp sinh ra (để đo chi tiết).
          audit       Kiểm tra báo cáo: MB/s với TXT, DOCX và PDF.
          blank-rows  Kiểm tra một bảng có những đoạn dài hàng trống.
          evaluation  Đánh giá toàn bộ kế hoạch của báo cáo.
          report      Xuất báo cáo DOCX / XLSX.
          national    Tổng hợp toàn quốc trên một cơ sở dữ liệu PostgreSQL sinh ra.

        OPTIONS:
          -h, --help  Hiện hướng dẫn này.
        """

    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let first = arguments.first, ["-h", "--help", "help"].contains(first) {
            print(usage)
            return
        }
        // An option this tool does not know, or a report that is not there: said, with the usage, never a crash.
        let subcommands: Set = ["core", "report", "audit", "blank-rows", "national", "evaluation"]
        if let unknown = arguments.first(where: { $0.hasPrefix("-") }) {
            fail("Lỗi: không có tùy chọn “\(unknown)”.", exitCode: 64)
        }
        if let first = arguments.first, !subcommands.contains(first), !FileManager.default.fileExists(atPath: first) {
            fail("Lỗi: “\(first)” không phải lệnh con của vedich-bench, cũng không phải tệp báo cáo có sẵn.", exitCode: 64)
        }
        do {
            try await run(arguments)
        } catch {
            FileHandle.standardError.write(Data("Lỗi: \(error)\n".utf8))
            exit(1)
        }
    }

    static func fail(_ message: String, exitCode: Int32) -> Never {
        FileHandle.standardError.write(Data("\(message)\n\n\(usage)\n".utf8))
        exit(exitCode)
    }

    // vedich-bench [REPORT] [PAIRS], or vedich-bench audit|evaluation|report [REPORT] for that figure alone
    static func run(_ arguments: [String]) async throws {
        var arguments = arguments
        if arguments.first == "blank-rows" {
            BlankRowsBenchmark(blanksBetween: arguments.dropFirst().first.flatMap { Int($0) } ?? 5_000).run()
            return
        }
        if arguments.first == "core" {
            // vedich-bench core [PAIRS]: parsing and judging generated pairs alone, for profiling.
            arguments.removeFirst()
            try CoreBenchmark(pairs: arguments.first.flatMap { Int($0) } ?? 1_000_000).run()
            return
        }
        if arguments.first == "report" {
            arguments.removeFirst()
            let report = arguments.first ?? "Tests/VeDichImportTests/Fixtures/lang-son-2025.txt"
            try await ReportBenchmark(seed: URL(fileURLWithPath: report), repetitions: 50, pandocRepetitions: 5).run()
            return
        }
        if arguments.first == "audit" {
            arguments.removeFirst()
            let report = arguments.first ?? "Tests/VeDichImportTests/Fixtures/lang-son-2025.txt"
            try AuditBenchmark(file: URL(fileURLWithPath: report), repetitions: 100).run()
            print("")
            try auditFormats(report)
            print("")
            BlankRowsBenchmark().run()
            return
        }
        if arguments.first == "national" {
            // vedich-bench national POSTGRES_URL [YEAR]: the national summary on a generated database.
            arguments.removeFirst()
            guard let url = arguments.first else { throw BenchError("cần địa chỉ PostgreSQL: vedich-bench national postgres://…") }
            try await NationalBenchmark(url: url, year: arguments.count > 1 ? Int(arguments[1]) ?? 2024 : 2024).run()
            return
        }
        if arguments.first == "evaluation" {
            arguments.removeFirst()
            let report = arguments.first ?? "Tests/VeDichImportTests/Fixtures/lang-son-2025.txt"
            try await EvaluationBenchmark(seed: URL(fileURLWithPath: report), repetitions: 2000).run()
            return
        }
        let report = arguments.first ?? "Tests/VeDichImportTests/Fixtures/lang-son-2025.txt"
        let pairs = arguments.count > 1 ? Int(arguments[1]) ?? 1_000_000 : 1_000_000
        try CoreBenchmark(pairs: pairs).run()
        print("")
        try AuditBenchmark(file: URL(fileURLWithPath: report), repetitions: 100).run()
        print("")
        try auditFormats(report)
        print("")
        BlankRowsBenchmark().run()
        print("")
        try await EvaluationBenchmark(seed: URL(fileURLWithPath: report), repetitions: 2000).run()
        print("")
        try await ReportBenchmark(seed: URL(fileURLWithPath: report), repetitions: 50, pandocRepetitions: 5).run()
    }
}

/// Audit throughput of the seed as TXT, DOCX and PDF (made once here with LibreOffice).
func auditFormats(_ report: String) throws {
    let documents: SeedDocuments
    do {
        documents = try SeedDocuments.make(from: URL(fileURLWithPath: report))
    } catch let error as SeedDocuments.Unavailable {
        print("audit theo định dạng: bỏ qua — \(error)")
        return
    }
    defer { documents.remove() }
    try AuditBenchmark.formats(documents, repetitions: (text: 200, docx: 100, pdf: 20))
}

/// Times a block on the monotonic clock.
func measure(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func rate(_ count: Int, _ seconds: Double) -> String {
    String(format: "%.0f", Double(count) / seconds)
}
