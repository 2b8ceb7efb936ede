import VeDichCore

extension AuditReport {
    /// The audit for a person at a terminal, in Vietnamese, within `width` columns: each table
    /// with the printed and recomputed verdicts side by side, the prose targets, then the findings.
    public func renderText(width: Int = 100) -> String {
        var out: [String] = []
        out.append("Kiểm tra báo cáo: \(source)")
        out += TextLayout.wrap("Cách tính chỉ tiêu tổng hợp: \(policy.label)", width: width)
        for (index, audited) in tables.enumerated() {
            out.append("")
            out += TextLayout.wrap("Bảng \(index + 1): \(audited.table.title) (\(audited.table.kind.label)\(audited.table.period.map { " \($0)" } ?? ""), \(audited.table.location))", width: width)
            out.append(TextLayout.row(["TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Văn bản ghi", "Tính lại", ""]))
            out.append(String(repeating: "─", count: width))
            var group = ""
            for row in audited.rows {
                let indicator = row.indicator
                if indicator.code.group != group {
                    group = indicator.code.group
                    let title = audited.table.groups.first { $0.numeral == group }?.title ?? ""
                    out.append(TextLayout.row([group, title.uppercased(), "", "", "", "", ""]))
                }
                out.append(TextLayout.row([
                    indicator.code.description, indicator.line.name, indicator.line.target?.text ?? "",
                    indicator.line.actual?.text ?? "", indicator.statedText ?? "", audited.table.targetsOnly ? "" : row.computed.label,
                    row.consistent ? "" : "✗",
                ]))
                for component in row.components where component.line != indicator.line {
                    out.append(TextLayout.row(["", "- " + component.line.name, component.line.target?.text ?? "",
                                               component.line.actual?.text ?? "", component.line.statedText ?? "", component.verdict.label, ""]))
                }
                // A breakdown the verdict does not use ("Trong đó: …" under a headline with its own
                // target), and every sub-row of a plan's table: figures only.
                let judged = Set(row.components.map(\.line))
                for line in indicator.components where !judged.contains(line) {
                    out.append(TextLayout.row(["", "- " + line.name, line.target?.text ?? "", line.actual?.text ?? "", "", "", ""]))
                }
            }
            if audited.table.targetsOnly {
                out += TextLayout.wrap("Bảng chỉ ghi kế hoạch (\(audited.rows.count) chỉ tiêu), không có số thực hiện để đánh giá.", width: width)
                continue
            }
            let counts = audited.computedSummary.total
            let stated = audited.statedSummary.map { "văn bản ghi “\($0.text)”; " } ?? ""
            out += TextLayout.wrap("Tổng hợp: \(stated)tính lại: \(counts.sentence) (vượt \(counts.exceeded), đạt \(counts.met), không đạt \(counts.missed)\(counts.undetermined > 0 ? ", chưa xác định \(counts.undetermined)" : ""))", width: width)
        }
        if !targets.isEmpty {
            out.append("")
            out.append("Mục tiêu kế hoạch nêu trong văn bản (\(targets.count) mục tiêu):")
            for target in targets {
                let parent = target.parentName.map { "\($0) — " } ?? ""
                out += TextLayout.wrap("  \(target.plan ?? "") \(target.code?.description ?? "")  \(parent)\(target.name): \(target.figure.text)\(target.unit.map { target.figure.isPercent ? "" : " \($0)" } ?? "")  [\(target.direction.label)]", width: width, indent: "      ")
            }
        }
        out += claimsAndCoverageText(width: width)
        out.append("")
        let counts = Dictionary(grouping: findings, by: \.severity).mapValues(\.count)
        out.append("Phát hiện: \(counts[.error] ?? 0) lỗi, \(counts[.warning] ?? 0) cảnh báo, \(counts[.info] ?? 0) ghi chú")
        for finding in findings {
            out += TextLayout.wrap("[\(finding.severity.label)] \(finding.location) (\(finding.kind.rawValue)): \(finding.message)", width: width, indent: "    ")
        }
        return out.joined(separator: "\n")
    }
}

extension IndicatorTable.Kind {
    var label: String {
        switch self {
        case .annual: "kế hoạch năm"
        case .fiveYear: "kế hoạch 5 năm"
        case .other: "bảng khác"
        }
    }
}

/// Fixed columns and wrapping for a 100-column terminal.
enum TextLayout {
    static let widths = [6, 36, 14, 12, 12, 12, 2]

    static func row(_ cells: [String]) -> String {
        zip(cells, widths).map { fit($0, $1) }.joined(separator: " ").trimmedTrailing
    }

    static func fit(_ text: String, _ width: Int) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        if flat.count > width { return String(flat.prefix(width - 1)) + "…" }
        return flat + String(repeating: " ", count: width - flat.count)
    }

    static func wrap(_ text: String, width: Int, indent: String = "") -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let prefix = lines.isEmpty ? "" : indent
            if !current.isEmpty, prefix.count + current.count + 1 + word.count > width {
                lines.append(prefix + current)
                current = String(word)
            } else {
                current = current.isEmpty ? String(word) : current + " " + word
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append((lines.isEmpty ? "" : indent) + current) }
        return lines
    }
}

private extension String {
    var trimmedTrailing: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
