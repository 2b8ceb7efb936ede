import Foundation
import VeDichCore
import VeDichStore

/// A plan's evaluation read from the store, in-process on the seed's SQLite database: read afresh
/// (what a request pays after a write: four queries and the judging) beside read from a kept
/// snapshot (what every other request pays: one query for the data generation), and beside that
/// one query alone; and a read right after a value was saved, the snapshot brought forward (the
/// generation with what changed, that indicator's values read again, the plan judged anew), the
/// saving itself not timed. Ratios of one run; `scripts/bench-http.sh` measures the same over HTTP.
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
            let afterWrite = try await readsAfterWrites(plan: plan, indicators: indicators, fresh: fresh, kept: kept)
            let rows = indicators.reduce(0) { $0 + 1 + $1.components.count }
            return (plan.title, rows, uncached, cached, generation, afterWrite)
        }
        let (title, rows, uncached, cached, generation, afterWrite) = figures
        print("evaluation: \(title), \(rows) dòng chỉ tiêu, SQLite; \(repetitions) lần mỗi cách")
        print("  đọc mới (4 truy vấn + đánh giá):       \(rate(repetitions, uncached)) lần/s (\(String(format: "%.3f", uncached / Double(repetitions) * 1000)) ms)")
        print("  từ bản chụp (1 truy vấn thế hệ dữ liệu): \(rate(repetitions, cached)) lần/s (\(String(format: "%.3f", cached / Double(repetitions) * 1000)) ms)")
        print("  chỉ truy vấn thế hệ dữ liệu:           \(rate(repetitions, generation)) lần/s")
        print("  ngay sau một lần ghi (chỉ đọc lại chỉ tiêu vừa ghi): \(rate(repetitions, afterWrite)) lần/s (\(String(format: "%.3f", afterWrite / Double(repetitions) * 1000)) ms)")
        print(String(format: "  tỷ lệ thông lượng đọc mới / từ bản chụp: %.3f", cached / uncached))
    }
}

extension EvaluationBenchmark {
    /// The seconds the reads took, each right after saving a value of the next indicator in turn
    /// (untimed), as a clerk working down the entry form would.
    func readsAfterWrites(plan: PlanInfo, indicators: [IndicatorEvaluation], fresh: Store, kept: Store) async throws -> Double {
        let lines = indicators.flatMap { [$0] + $0.components }.filter { $0.target != nil }
        guard !lines.isEmpty else { throw BenchError("kế hoạch không có chỉ tiêu nào có mục tiêu") }
        var revisions: [UUID: Int] = [:]
        for line in lines { revisions[line.indicatorID] = line.revision ?? 0 }
        var seconds = 0.0
        for index in 0..<repetitions {
            let line = lines[index % lines.count]
            let revision = revisions[line.indicatorID] ?? 0
            // The target's own text is always a figure the indicator's units accept.
            let text = index.isMultiple(of: 2) ? (line.target?.text ?? "1") : (line.value?.text ?? line.target?.text ?? "1")
            do {
                _ = try await fresh.record(ObservationDraft(indicatorID: line.indicatorID, period: plan.period, version: .fullYearEstimate,
                                                            text: text, basedOnRevision: revision, recordedBy: "bench"))
            } catch {
                throw BenchError("không ghi được “\(text)” cho “\(line.name)”: \(error)")
            }
            revisions[line.indicatorID] = revision + 1
            seconds += try await measureAsync { _ = try await kept.evaluation(planID: plan.id, version: .fullYearEstimate) }
        }
        return seconds
    }
}

/// Times an async block on the monotonic clock.
func measureAsync(_ body: () async throws -> Void) async rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try await body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}
