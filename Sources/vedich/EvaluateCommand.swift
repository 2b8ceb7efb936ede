import ArgumentParser
import VeDichCore
import VeDichImport

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Đánh giá một giá trị so với kế hoạch: Vượt / Đạt / Không đạt, kèm lý do."
    )

    @Option(help: "Kế hoạch như văn bản viết, ví dụ \"7 - 7,5\", \"≥5\", \"từ 5% trở lên\".")
    var target: String

    @Option(help: "Giá trị thực hiện, ví dụ \"6,33\" hoặc \"<5\"; để trống nếu chưa có số liệu.")
    var value: String = ""

    @Option(help: "Hướng của chỉ tiêu: higher, lower hoặc band. Chỉ dùng khi cách viết kế hoạch chưa cho biết hướng (\"<3\", \"≥5\", \"còn 2,02%\" đã cho biết); trái với cách viết thì báo lỗi. Mặc định: higher.")
    var direction: Direction?

    @Option(help: "Đơn vị của chỉ tiêu, ví dụ \"tỷ đồng\" hoặc \"%\": giá trị và kế hoạch không ghi đơn vị được hiểu theo đơn vị này.")
    var unit: String?

    @Option(help: "text hoặc json.")
    var format: OutputFormat = .text

    func run() throws {
        let targetFigure: Figure
        do { targetFigure = try Figure.parse(target) } catch { Console.reject(error, where: "kế hoạch") }
        var valueFigure: Figure?
        if !value.trimmed.isEmpty {
            do { valueFigure = try Figure.parse(value) } catch { Console.reject(error, where: "giá trị") }
        }
        let direction: Direction
        do { direction = try Direction.resolve(stated: self.direction, target: targetFigure) } catch { Console.reject(error, where: "hướng") }
        let indicatorUnit = MeasureUnit(unit)
        let evaluation: Evaluation
        do {
            evaluation = try Evaluation.evaluateChecked(value: valueFigure, target: targetFigure, direction: direction, unit: indicatorUnit)
        } catch {
            Console.reject(error, where: "đơn vị")
        }
        let comparison = PlanComparison(value: valueFigure, target: targetFigure, direction: direction, unit: indicatorUnit)

        switch format {
        case .text:
            Console.print("\(evaluation.verdict.label): \(evaluation.reason.explanation).")
            if let comparison { Console.print("So với kế hoạch: \(comparison.text).") }
        case .json:
            try Console.printJSON(EvaluationReport(
                verdict: evaluation.verdict, label: evaluation.verdict.label,
                reason: evaluation.reason.explanation, reasonDetail: evaluation.reason,
                direction: direction, target: FigureValue(targetFigure), value: valueFigure.map(FigureValue.init),
                percentOfTarget: comparison?.percentOfTarget, planComparison: comparison.map(PlanComparisonReport.init)))
        }
    }
}

extension Direction: ExpressibleByArgument {}

/// `vedich evaluate --format json`: the contract later checks rely on.
struct EvaluationReport: Encodable {
    var verdict: Verdict
    var label: String
    var reason: String
    var reasonDetail: VerdictReason
    var direction: Direction
    var target: FigureValue
    var value: FigureValue?
    var percentOfTarget: PercentOfTarget?
    var planComparison: PlanComparisonReport?

    enum CodingKeys: String, CodingKey {
        case verdict, label, reason, direction, target, value
        case reasonDetail = "reason_detail"
        case percentOfTarget = "percent_of_target"
        case planComparison = "plan_comparison"
    }
}

/// The "% kế hoạch" figure as the CLI prints it: the cell text beside its parts.
struct PlanComparisonReport: Encodable {
    var text: String
    var kind: PlanComparison.Kind
    var basis: PercentOfTarget.Basis
    var base: Double
    var percent: Double?
    var difference: Double?
    var unit: String?

    init(_ comparison: PlanComparison) {
        text = comparison.text
        kind = comparison.kind
        basis = comparison.basis
        base = comparison.base
        percent = comparison.percent
        difference = comparison.difference
        unit = comparison.unit
    }
}
