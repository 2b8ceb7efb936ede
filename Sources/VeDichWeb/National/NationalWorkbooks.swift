import Foundation
import VeDichCore
import VeDichReports
import VeDichStore

/// The ministry's tables as workbooks: the same rows and figures as the pages, one sheet each.
enum NationalWorkbooks {
    static func summary(_ summary: NationalSummary) -> TableWorkbook {
        let verdicts = Verdict.allCases
        var rows: [[TableWorkbook.Cell]] = summary.provinces.map { province in
            guard let counts = province.counts else {
                return [.text(province.province)] + verdicts.map { _ in .blank } + [.blank, .blank, .text("Chưa có kế hoạch năm \(summary.year)")]
            }
            return [.text(province.province)] + verdicts.map { .count(counts[$0]) } + [.count(counts.total), share(province.metOrExceededShare), .text(counts.sentence)]
        }
        let total = summary.total
        rows.append([.text("Cả nước")] + verdicts.map { .count(total[$0]) } + [.count(total.total),
                    share(total.total == 0 ? nil : Double(total.metOrExceeded) / Double(total.total)), .text(total.sentence)])
        return TableWorkbook(sheetName: "Tổng hợp \(summary.year)",
                             title: "Tổng hợp kết quả thực hiện chỉ tiêu kế hoạch năm \(summary.year) theo tỉnh, thành phố",
                             note: "Số liệu \(summary.version.label.lowercased()); mỗi chỉ tiêu được đánh giá như trên trang của tỉnh.",
                             headers: ["Tỉnh, thành phố"] + verdicts.map(\.label) + ["Tổng số chỉ tiêu", "Tỷ lệ đạt và vượt (%)", "Kết quả"],
                             widths: [24, 9, 9, 11, 14, 14, 11, 13, 30], rows: rows)
    }

    static func indicator(_ indicator: IndicatorAcrossProvinces) -> TableWorkbook {
        let name = indicator.provinces.first?.name ?? indicator.code
        return TableWorkbook(
            sheetName: "Chỉ tiêu \(indicator.code)",
            title: "Chỉ tiêu \(indicator.code) — \(name): kế hoạch và thực hiện năm \(indicator.year) theo tỉnh, thành phố",
            note: "Số liệu \(indicator.version.label.lowercased()); \(indicator.counts.sentence) trong \(indicator.provinces.count) tỉnh, thành phố.",
            headers: ["Tỉnh, thành phố", "Mã trong kế hoạch tỉnh", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện", "% kế hoạch", "Đánh giá", "Lý do"],
            widths: [22, 10, 40, 11, 14, 14, 14, 13, 50],
            rows: indicator.provinces.map { row in
                [.text(row.province), .text(row.localCode), .text(row.name), .text(row.unit ?? ""), .figure(row.target), .figure(row.value),
                 row.comparison?.kind == .ratio ? row.comparison?.percent.map { .number($0, digits: 1) } ?? .blank : .text(row.comparisonText),
                 .text(row.label), .text(row.reason)]
            })
    }

    static func status(_ status: ReportingStatus) -> TableWorkbook {
        var rows: [[TableWorkbook.Cell]] = []
        for province in status.provinces {
            if province.agencies.isEmpty {
                rows.append([.text(province.province), .text(province.planID == nil ? "Chưa có kế hoạch năm \(status.year)" : "Chưa phân công cơ quan"),
                             .blank, .blank, .blank, .blank, .blank, .blank])
            }
            for agency in province.agencies {
                rows.append([.text(province.province), .text(agency.agency), .text(agency.statusLabel), .count(agency.indicators),
                             .count(agency.entered), .count(agency.missing), .text(province.cutoff.map(NationalText.day) ?? "Chưa đặt"),
                             .text(agency.late ? "Trễ hạn" : "")])
            }
        }
        return TableWorkbook(sheetName: "Tình hình báo cáo \(status.year)",
                             title: "Tình hình gửi số liệu kế hoạch năm \(status.year) theo tỉnh và cơ quan",
                             note: "Số liệu \(status.version.label.lowercased()); trễ hạn: chưa gửi khi đã qua ngày chốt số liệu, hoặc gửi, phê duyệt sau ngày đó.",
                             headers: ["Tỉnh, thành phố", "Cơ quan", "Trạng thái", "Số chỉ tiêu", "Đã nhập", "Còn thiếu", "Ngày chốt số liệu", "Trễ hạn"],
                             widths: [22, 32, 24, 10, 10, 10, 14, 10], rows: rows)
    }

    static func agency(_ agency: AgencyIndicators) -> TableWorkbook {
        TableWorkbook(
            sheetName: "Chỉ tiêu của cơ quan",
            title: "\(agency.agency) — \(agency.province): chỉ tiêu kế hoạch năm \(agency.plan.startYear)",
            note: "Số liệu \(agency.version.label.lowercased()).",
            headers: ["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện", "% kế hoạch", "Đánh giá", "Lý do"],
            widths: [7, 44, 11, 14, 14, 14, 13, 50],
            rows: agency.indicators.map { line in
                [.text(line.code), .text(line.name), .text(line.unit ?? ""), .figure(line.target), .figure(line.value),
                 line.comparison?.kind == .ratio ? line.comparison?.percent.map { .number($0, digits: 1) } ?? .blank : .text(line.comparisonCell),
                 .text(line.label), .text(line.reason)]
            })
    }

    private static func share(_ share: Double?) -> TableWorkbook.Cell {
        share.map { .number($0 * 100, digits: 1) } ?? .blank
    }
}

/// Small texts the national pages and workbooks share.
enum NationalText {
    /// `2025-01-15` → `15/01/2025`.
    static func day(_ iso: String) -> String {
        let parts = iso.split(separator: "-")
        return parts.count == 3 ? "\(parts[2])/\(parts[1])/\(parts[0])" : iso
    }

    /// 0.778 → "77,8%".
    static func percent(_ share: Double?) -> String {
        share.map { VietnameseNumber.format($0 * 100, fractionDigits: 1) + "%" } ?? "—"
    }
}
