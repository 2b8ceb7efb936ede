import Foundation
import VeDichCore
import VeDichStore

/// A plan's evaluation read from the store, in-process on the seed's SQLite database: read afresh
/// (what a request pays after a write: four queries and the judging) beside read from a kept
/// snapshot (what every other request pays: one query for the data generation), and beside that
/// one query alone. Ratios of one run; `scripts/bench-http.sh` measures the same over HTTP.
struct EvaluationBenchmark {
    var seed: URL
    var repetitions: Int

    func run() async throws {
        let repetitions = self.repetitions
        let figures = try await DemoDatabase.with(seed: seed) { database in
            let fresh = Store(database: database)
            let kept = Store(database: database, snapshots: PlanSnapshots())
            let plans = try await fresh.plans()
            guard let plan = plans.first(where: { $0.horizon != "annual" }) ?? plans.first else {
                throw BenchError("báo cáo mẫu không có kế hoạch nào")
            }
            let indicators = try await fresh.evaluation(planID: plan.id, version: .fullYearEstimate).indicators
            _ = try await kept.evaluation(planID: plan.id, version: .fullYearEstimate)
            let uncached = try await measureAsync {
                for _ in 0..<repetitions { _ = try await fresh.evaluation(planID: plan.id, version: .fullYearEstimate) }
            }
            let cached = try await measureAsync {
                for _ in 0..<repetitions { _ = try await kept.evaluation(planID: plan.id, version: .fullYearEstimate) }
            }
            let generation = try await measureAsync {
                for _ in 0..<repetitions { _ = try await fresh.generation() }
            }
            let rows = indicators.reduce(0) { $0 + 1 + $1.components.count }
            return (plan.title, rows, uncached, cached, generation)
        }
        let (title, rows, uncached, cached, generation) = figures
        print("evaluation: \(title), \(rows) dòng chỉ tiêu, SQLite; \(repetitions) lần mỗi cách")
        print("  đọc mới (4 truy vấn + đánh giá):       \(rate(repetitions, uncached)) lần/s (\(String(format: "%.3f", uncached / Double(repetitions) * 1000)) ms)")
        print("  từ bản chụp (1 truy vấn thế hệ dữ liệu): \(rate(repetitions, cached)) lần/s (\(String(format: "%.3f", cached / Double(repetitions) * 1000)) ms)")
        print("  chỉ truy vấn thế hệ dữ liệu:           \(rate(repetitions, generation)) lần/s")
        print(String(format: "  tỷ lệ thông lượng đọc mới / từ bản chụp: %.3f", cached / uncached))
    }
}

/// Times an async block on the monotonic clock.
func measureAsync(_ body: () async throws -> Void) async rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try await body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}
