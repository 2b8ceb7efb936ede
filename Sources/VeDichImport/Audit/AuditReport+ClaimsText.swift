import VeDichCore

extension AuditReport {
    /// The prose claims that could be checked or that read two ways, one line each, then the
    /// account of what was read: "Đã đọc: 2 bảng, 36 hàng chỉ tiêu, 12 nhận định trong văn bản;
    /// chưa đọc được: 0 hàng, 0 số không gắn được với chỉ tiêu".
    func claimsAndCoverageText(width: Int) -> [String] {
        var out: [String] = []
        let shown = claims.filter { $0.consistent != nil || $0.ambiguity != nil }
        if !shown.isEmpty {
            out.append("")
            out.append("Nhận định trong văn bản đã kiểm tra (\(shown.count)/\(claims.count)):")
            for claim in shown {
                let mark = claim.ambiguity != nil ? "?" : claim.consistent == true ? "✓" : "✗"
                let computed = claim.computedPercent.map { ", tính lại \(VietnameseNumber.format($0, fractionDigits: 1))%" } ?? ""
                let subject = claim.indicator.map { " — \($0)" } ?? ""
                out += TextLayout.wrap("  \(mark) \(claim.location) “\(claim.text)”\(subject)\(computed)", width: width, indent: "      ")
            }
        }
        out.append("")
        out += TextLayout.wrap(coverage.sentence, width: width)
        return out
    }
}
