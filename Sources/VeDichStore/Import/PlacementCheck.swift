import VeDichCore
import VeDichImport

/// Where each row of a report goes in its plan is the code the reader gave it (one reader, one
/// rule: the audit's JSON and the import place a row alike). A code given to two rows of the same
/// plan, or a row with no number, cannot be placed: the import is refused with the rows named,
/// rather than storing two indicators at one place.
enum PlacementCheck {
    static func problems(_ report: AuditReport) -> [String] {
        var problems: [String] = []
        // Tables of the same plan share its codes (a results table and its continuation).
        var byPlace: [String: [(row: ReadIndicator, table: IndicatorTable)]] = [:]
        var order: [String] = []
        for audited in report.tables {
            let table = audited.table
            guard let period = Loader.period(of: table) else { continue }  // refused on its own
            for row in audited.rows {
                guard row.indicator.code.number != nil else {
                    problems.append("\(row.indicator.line.location): chỉ tiêu “\(row.indicator.line.name)” không có số thứ tự nên không biết đặt vào vị trí nào trong kế hoạch \(period.description); ghi số thứ tự của hàng rồi nhập lại")
                    continue
                }
                let key = "\(table.kind.rawValue) \(period.description) \(row.indicator.code.description)"
                if byPlace[key] == nil { order.append(key) }
                byPlace[key, default: []].append((row.indicator, table))
            }
        }
        for key in order {
            guard let rows = byPlace[key], rows.count > 1, let first = rows.first,
                  let period = Loader.period(of: first.table) else { continue }
            let names = rows.prefix(4).map { "“\($0.row.line.name)”" }.joined(separator: ", ")
                + (rows.count > 4 ? " và \(rows.count - 4) chỉ tiêu khác" : "")
            problems.append("\(first.row.line.location): số thứ tự \(first.row.code.description) ghi cho \(rows.count) chỉ tiêu của kế hoạch \(period.description) (\(names)), không biết đặt chỉ tiêu nào vào vị trí đó; đánh số lại các hàng cho khác nhau (trang web chép từ Word hay làm mất số tự động, mọi hàng thành “1.”) rồi nhập lại")
        }
        return problems + periodProblems(report)
    }

    /// Values are stored for a year or its first half ("Ước TH 6 tháng"); a column of 9 months, a
    /// quarter or a month would be stored as the year's value and judged against the year's target
    /// (the audit shows such rows without a verdict). Refused, naming the table and its column.
    static func periodProblems(_ report: AuditReport) -> [String] {
        report.tables.compactMap { audited -> String? in
            let table = audited.table
            guard let part = table.valuesForPartOfYear, !["6 tháng", "6 tháng đầu"].contains(part),
                  table.indicators.contains(where: { $0.lines.contains { $0.actual?.figure != nil } }) else { return nil }
            let column = table.roles.firstIndex(of: .actual).map { "“\(table.columns[$0])”" } ?? ""
            return "\(table.location): bảng “\(table.title.prefix(60))” có cột thực hiện \(column) là số liệu \(part); VeDich lưu số liệu cả năm và 6 tháng đầu năm, không có chỗ cho số liệu \(part) nên không nhập được; nhập báo cáo có số liệu cả năm (hoặc 6 tháng), hoặc nhập kế hoạch từ một bảng chỉ có kế hoạch"
        }
    }
}
