import VeDichCore
import VeDichPlanModel

extension ReportSentences {
    /// The early warning in the report's words, from the same outlooks as the dashboard: for a
    /// growth rate at risk, the rate its second half must reach, as the seed writes it ("… để đạt
    /// mục tiêu tăng trưởng đề ra, tốc độ tăng tổng sản phẩm trên địa bàn (GRDP) phải đạt tối
    /// thiểu 8,95% trong 6 tháng cuối năm"); then the other indicators at risk, named.
    public var outlook: [String] {
        let atRisk = section.outlooks.filter { $0.outlook.status == .atRisk }
        var sentences: [String] = []
        for item in atRisk {
            guard let required = item.outlook.requiredRate, let goal = item.outlook.figures.annualTarget else { continue }
            let name = Self.proseName(item.name, unit: Self.unit(item.name, item.unit))
            let firstHalf = item.outlook.figures.firstHalfRate.map { " (6 tháng đầu năm đạt \(VietnameseNumber.formatCompact($0, maxFractionDigits: 2))%)" } ?? ""
            sentences.append("Để cả năm đạt mục tiêu \(VietnameseNumber.formatCompact(goal, maxFractionDigits: 2))%\(firstHalf), "
                + "\(name.prefix(1).lowercased() + name.dropFirst()) phải đạt \(item.direction == .lower ? "tối đa" : "tối thiểu") \(VietnameseNumber.format(required, fractionDigits: 2))% trong 6 tháng cuối năm.")
        }
        let others = atRisk.filter { $0.outlook.requiredRate == nil }
        if !others.isEmpty {
            let names = others.map { Self.proseName($0.name, unit: Self.unit($0.name, $0.unit)) }
            sentences.append("Theo số liệu trong năm, \(others.count) chỉ tiêu có nguy cơ không đạt kế hoạch năm, gồm: \(names.joined(separator: "; ")).")
        }
        return sentences
    }
}
