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

    @Option(help: "Hướng của chỉ tiêu: higher, lower hoặc band. Mặc định: theo cách viết kế hoạch, nếu không thì higher.")
    var direction: Direction?

    @Option(help: "text hoặc json.")
    var format: OutputFormat = .text

    func run() throws {
        let targetFigure: Figure
        do { targetFigure = try Figure.parse(target) } catch { Console.reject(error, where: "kế hoạch") }
        var valueFigure: Figure?
        if !value.trimmed.isEmpty {
            do { valueFigure = try Figure.parse(value) } catch { Console.reject(error, where: "giá trị") }
        }
        let direction = direction ?? targetFigure.impliedDirection ?? .higher
        let evaluation = Evaluation.evaluate(value: valueFigure, target: targetFigure, direction: direction)
        let percent = valueFigure.flatMap { PercentOfTarget(value: $0, target: targetFigure) }

        switch format {
        case .text:
            Console.print("\(evaluation.verdict.label): \(evaluation.reason.explanation).")
            if let percent { Console.print("Tỷ lệ so với kế hoạch: \(percent.sentence()).") }
        case .json:
            try Console.printJSON(EvaluationReport(
                verdict: evaluation.verdict, label: evaluation.verdict.label,
                reason: evaluation.reason.explanation, reasonDetail: evaluation.reason,
                direction: direction, target: FigureValue(targetFigure), value: valueFigure.map(FigureValue.init),
                percentOfTarget: percent))
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

    enum CodingKeys: String, CodingKey {
        case verdict, label, reason, direction, target, value
        case reasonDetail = "reason_detail"
        case percentOfTarget = "percent_of_target"
    }
}
