/// The `nothing_read` warning: a document with figures of which nothing was understood (no
/// indicator row, no claim, no target) must never come out as a silent "0 lỗi".
enum NothingRead {
    static func finding(_ report: AuditReport, document: SourceDocument) -> Finding? {
        guard report.tables.allSatisfy({ $0.rows.isEmpty }), report.claims.isEmpty, report.targets.isEmpty else { return nil }
        var proseFigures = 0
        var tableFigures = 0
        var first: SourceLocation?
        for block in document.blocks {
            switch block {
            case .paragraph(let paragraph):
                // A figure, not a year, a date or a document number: a decimal, a percentage, a thousands group.
                let count = ProseToken.tokens(of: paragraph.text).filter { token in
                    guard let number = token.number else { return false }
                    return number.isPercent || number.fractionDigits > 0 || paragraph.text[token.range].contains(".")
                }.count
                if count > 0 { first = first ?? paragraph.location }
                proseFigures += count
            case .table(let raw):
                let count = raw.rows.reduce(0) { $0 + $1.reduce(0) { $0 + TableCoverage.numbers(in: $1.text) } }
                if count > 0 { first = first ?? raw.location }
                tableFigures += count
            }
        }
        guard proseFigures + tableFigures > 0 else { return nil }
        let tables = document.blocks.filter { if case .table = $0 { true } else { false } }.count
        var held: [String] = []
        if tableFigures > 0 { held.append("\(tableFigures) số trong \(tables) bảng") }
        if proseFigures > 0 { held.append("\(proseFigures) số liệu trong văn bản") }
        return Finding(.warning, .nothingRead, at: first ?? SourceLocation(line: 1),
            "Không đọc được gì từ tài liệu này: có \(held.joined(separator: " và ")) nhưng không hàng chỉ tiêu, nhận định hay mục tiêu nào được đọc, nên “0 lỗi” không có nghĩa là tài liệu đúng. Kiểm tra xem bảng có cột tên chỉ tiêu, kế hoạch và thực hiện, hoặc gửi tài liệu cho người quản trị để bổ sung cách đọc.")
    }
}
