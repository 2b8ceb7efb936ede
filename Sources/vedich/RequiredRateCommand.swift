import ArgumentParser
import VeDichCore

struct RequiredRateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "required-rate",
        abstract: "Tốc độ tăng 6 tháng cuối năm cần đạt để cả năm đạt mục tiêu: g2 = (g − w·g1) / (1 − w)."
    )

    @Option(help: "Mục tiêu tăng trưởng cả năm g (%), ví dụ 7.")
    var target: String

    @Option(name: .customLong("first-half"), help: "Tốc độ tăng 6 tháng đầu năm g1 (%), ví dụ 4,72.")
    var firstHalf: String

    @Option(help: "Tỷ trọng w của 6 tháng đầu năm trong năm gốc, ví dụ 0,461.")
    var share: String

    @Option(help: "text hoặc json.")
    var format: OutputFormat = .text

    func run() throws {
        let target = number(self.target, field: "--target")
        let firstHalf = number(self.firstHalf, field: "--first-half")
        let share = number(self.share, field: "--share")
        guard let required = SecondHalfRate(annualTarget: target, firstHalf: firstHalf, share: share).required else {
            Console.printError("Lỗi (--share): tỷ trọng 6 tháng đầu năm phải từ 0 đến dưới 1, đã nhập “\(self.share)”.\nCách sửa: nhập tỷ trọng dạng thập phân, ví dụ 0,461.")
            throw ExitCode(2)
        }
        switch format {
        case .text:
            Console.print(VietnameseNumber.format(required, fractionDigits: 2))
        case .json:
            try Console.printJSON(Report(
                requiredRate: (required * 100).rounded() / 100,
                requiredRateText: VietnameseNumber.format(required, fractionDigits: 2),
                formula: "g2 = (g - w*g1) / (1 - w)",
                inputs: .init(annualTarget: target, firstHalf: firstHalf, share: share)))
        }
    }

    private func number(_ text: String, field: String) -> Double {
        do { return try VietnameseNumber.parse(text).value } catch { Console.reject(error, where: field) }
    }

    struct Report: Encodable {
        struct Inputs: Encodable {
            var annualTarget: Double
            var firstHalf: Double
            var share: Double
            enum CodingKeys: String, CodingKey {
                case annualTarget = "g", firstHalf = "g1", share = "w"
            }
        }
        var requiredRate: Double
        var requiredRateText: String
        var formula: String
        var inputs: Inputs
        enum CodingKeys: String, CodingKey {
            case requiredRate = "required_rate", requiredRateText = "required_rate_text", formula, inputs
        }
    }
}
