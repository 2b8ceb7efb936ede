import Foundation
import VeDichCore

/// `make bench`: throughput figures printed side by side, as ratios measured in one run.
/// Never a pass/fail threshold: the machine decides the absolute numbers, the ratios travel.
@main
struct Benchmarks {
    static func main() async throws {
        // vedich-bench [REPORT] [PAIRS], or vedich-bench audit|evaluation|report [REPORT] for that figure alone
        var arguments = Array(CommandLine.arguments.dropFirst())
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
