import Foundation
import VeDichCore

/// Reads a report and checks it against itself: recomputes every verdict, every count and the
/// prose figures it can, and says where the document contradicts its own numbers.
public struct Auditor: Sendable {
    public var policy: CompositePolicy
    public var directions: DirectionDictionary

    public init(policy: CompositePolicy = .strict, directions: DirectionDictionary = .standard) {
        self.policy = policy
        self.directions = directions
    }

    /// Reads `.docx` through `DocxReader` and anything else as UTF-8 text.
    public func audit(contentsOf url: URL) throws(ReportReadError) -> AuditReport {
        try audit(ReportReader.read(contentsOf: url))
    }

    public func audit(_ document: SourceDocument) -> AuditReport {
        var findings: [Finding] = []
        let context = DocumentContext(document)
        var interpreter = TableInterpreter(directions: directions, context: context)
        var unreadTables: [TableCoverage] = []
        var paragraphs: [Paragraph] = []
        var tables: [(table: IndicatorTable, blockIndex: Int)] = []
        var prose: [(paragraph: Paragraph, blockIndex: Int)] = []
        for (index, block) in document.blocks.enumerated() {
            switch block {
            case .paragraph(let paragraph):
                paragraphs.append(paragraph)
                prose.append((paragraph, index))
            case .table(let raw):
                if let table = interpreter.interpret(raw, title: Self.title(before: index, in: document.blocks)) {
                    tables.append((table, index))
                } else {
                    unreadTables.append(TableCoverage.unread(raw))
                }
            }
        }
        findings += interpreter.findings

        var audited = tables.map { entry in
            auditTable(entry.table, findings: &findings)
        }
        let claims = Self.auditClaims(in: prose, tables: &audited, tableBlocks: tables.map(\.blockIndex), findings: &findings, context: context)

        var narrative = NarrativeChecker()
        narrative.check(paragraphs, tables: tables.map(\.table))
        findings += narrative.findings

        var targetReader = TargetListReader(directions: directions)
        let targets = targetReader.read(document)
        findings += targetReader.findings

        let ordered = findings.enumerated().sorted { lhs, rhs in
            lhs.element.severity == rhs.element.severity ? lhs.offset < rhs.offset : lhs.element.severity < rhs.element.severity
        }.map(\.element)
        let sections = ReportSectionReader(tableBlocks: Set(tables.map(\.blockIndex)),
                                           targetParagraphs: Set(targets.map(\.location))).read(document)
        var report = AuditReport(source: document.name, policy: policy, tables: audited, targets: targets, findings: ordered,
                                 sections: sections)
        report.unreadTables = unreadTables
        report.claims = claims.claims
        report.coverage = ReadingCoverage(report, proseNumbersUnplaced: claims.unplaced)
        if let nothingRead = NothingRead.finding(report, document: document) {
            report.findings.insert(nothingRead, at: report.findings.firstIndex { $0.severity != .error } ?? report.findings.endIndex)
        }
        return report
    }

    // MARK: Tables

    private func auditTable(_ table: IndicatorTable, findings: inout [Finding]) -> AuditedTable {
        var rows: [AuditedRow] = []
        for read in table.indicators {
            let assessment = read.indicator.assess(policy: policy)
            let judged = ([read.line] + read.judgedComponents).filter { $0.target?.figure != nil }
            let components = read.indicator.isComposite
                ? zip(judged, assessment.lines).map { ($0, $1.evaluation.verdict, $1.evaluation.reason.explanation) }
                : []
            var row = AuditedRow(indicator: read, computed: assessment.verdict, consistent: true, reason: assessment.reason, components: components)
            if let part = table.valuesForPartOfYear {
                // A mid-year value beside the year's target: shown, not judged, nothing to contradict.
                let reason = PartOfYear.notJudged(part)
                row.computed = .noData
                row.reason = reason
                row.components = components.map { ($0.0, .noData, reason) }
                rows.append(row)
                continue
            }
            // A plan's table states targets only: there is nothing to recompute or contradict.
            // A sub-row's own label takes part in its headline's verdict, whose finding names
            // the part that decided.
            if !table.targetsOnly, let finding = checkStated(read, computed: assessment.verdict, table: table, reason: assessment.reason) {
                row.consistent = false
                findings.append(finding)
            }
            rows.append(row)
        }
        return AuditedTable(table: table, rows: rows, statedSummary: nil,
                            computedSummary: PlanSummary(table.targetsOnly || table.valuesForPartOfYear != nil ? [] : table.indicators.map(\.indicator), policy: policy))
    }

    /// For a composite, the part that decided its verdict under `policy` (the core's rule), with
    /// its figures: " Thành phần quyết định: Tỷ lệ … (94,8 so với kế hoạch 95)."; empty otherwise.
    static func deciding(_ read: ReadIndicator, policy: CompositePolicy) -> String {
        let indicator = read.indicator
        guard indicator.isComposite else { return "" }
        let lines = indicator.judgedLines
        guard let index = policy.decidingComponent(lines.map { $0.evaluate()?.verdict ?? .noData }) else { return "" }
        let line = lines[index]
        return " Thành phần quyết định: \(line.name) (\(line.value?.text ?? "chưa có số liệu") so với kế hoạch \(line.target?.text ?? "chưa có"))."
    }

    /// The stated label against the recomputed verdict: met-vs-missed is an error; a difference
    /// another composite policy explains, or only between Vượt and Đạt, is a warning that says so.
    private func checkStated(_ read: ReadIndicator, computed: Verdict, table: IndicatorTable, reason: String) -> Finding? {
        guard let stated = read.stated, stated != computed else { return nil }
        let location = read.line.location
        let subject = "\(Self.tableName(table)), chỉ tiêu \(read.code) “\(read.line.name)”"
        let said = "văn bản ghi “\(read.statedText ?? stated.label)”"
        guard [Verdict.exceeded, .met, .missed].contains(computed) else {
            return Finding(.info, .statedVerdictUnverifiable, at: location,
                           "\(subject): \(said) nhưng số liệu chưa cho phép kết luận (\(computed.label)): \(reason)")
        }
        if stated.isMetOrExceeded != computed.isMetOrExceeded {
            let message = "\(subject): \(said) nhưng số liệu cho “\(computed.label)”. \(reason)\(Self.deciding(read, policy: policy))"
            // An error must be certain; a reading in doubt is said as a warning, with the doubt.
            if let doubt = ContradictionDoubt.reason(read, table: table) {
                return Finding(.warning, .statedVerdictContradictsValues, at: location,
                               "\(message) Chưa chắc là văn bản sai vì \(doubt); kiểm tra lại ô này.")
            }
            return Finding(.error, .statedVerdictContradictsValues, at: location, message)
        }
        if read.indicator.isComposite,
           let other = CompositePolicy.allCases.first(where: { $0 != policy && read.indicator.verdict(policy: $0) == stated }) {
            return Finding(.warning, .statedVerdictDependsOnPolicy, at: location,
                           "\(subject): \(said); theo \(policy.vietnameseName) là “\(computed.label)”, khớp với văn bản nếu tính theo \(other.vietnameseName) (\(other.vietnameseRule)). \(reason)\(Self.deciding(read, policy: policy))")
        }
        return Finding(.warning, .statedVerdictDiffersInDegree, at: location,
                       "\(subject): \(said), tính lại là “\(computed.label)” (chỉ khác mức Vượt/Đạt; các cơ quan ghi Vượt theo cách khác nhau). \(reason)")
    }

    // MARK: Titles

    /// The heading a table stands under: the nearest short paragraph above it that reads as a
    /// heading (mostly upper case), else the paragraph right above.
    static func title(before index: Int, in blocks: [DocumentBlock]) -> String {
        var nearest: String?
        for block in blocks[..<index].reversed().prefix(4) {
            guard case .paragraph(let paragraph) = block else { break }
            nearest = nearest ?? paragraph.text
            let letters = paragraph.text.filter(\.isLetter)
            if paragraph.text.count < 250, !letters.isEmpty,
               Double(letters.filter(\.isUppercase).count) / Double(letters.count) > 0.6 {
                return paragraph.text
            }
        }
        return nearest ?? ""
    }

    /// "Bảng kế hoạch 5 năm 2021-2025 “IV. DỰ KIẾN KHẢ NĂNG HOÀN THÀNH…”".
    static func tableName(_ table: IndicatorTable) -> String {
        let title = table.title.count <= 50 ? table.title : String(table.title.prefix(49)) + "…"
        return "Bảng \(table.kind.label)\(table.period.map { " \($0)" } ?? "") “\(title)”"
    }
}

private extension String {
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
