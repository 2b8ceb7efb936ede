import VeDichCore

extension Auditor {
    /// Reads the claims of every paragraph and checks them: counts against the table they
    /// summarise (which then quotes them as its stated summary), figures against their own
    /// sentence and the tables' rows.
    static func auditClaims(in prose: [(paragraph: Paragraph, blockIndex: Int)],
                            tables: inout [AuditedTable], tableBlocks: [Int], findings: inout [Finding],
                            context: DocumentContext = DocumentContext()) -> (claims: [Claim], unplaced: Int) {
        let extractor = ClaimExtractor(partOfYear: context.partOfYear(planYear: nil) != nil)
        var figures = ClaimChecker(tables: tables)
        var counts = CountClaimChecker(tables: Array(zip(tables, tableBlocks)).map { ($0.0, $0.1) })
        var claims: [Claim] = []
        var unplaced = 0
        for (paragraph, blockIndex) in WrappedParagraphs.joined(prose) {
            let read = extractor.read(paragraph)
            unplaced += read.unplaced + (read.claims.isEmpty ? StrayTableCell.figures(in: paragraph.text) : 0)
            var sentenceCounts: [Claim] = []
            func checkCounts() {
                guard !sentenceCounts.isEmpty else { return }
                if let tableIndex = counts.check(&sentenceCounts, blockIndex: blockIndex), tables[tableIndex].statedSummary == nil,
                   let summary = SummaryClaim(sentenceCounts, table: tables[tableIndex]) {
                    tables[tableIndex].statedSummary = summary
                }
                claims += sentenceCounts
                sentenceCounts = []
            }
            for var claim in read.claims {
                if claim.kind == .count {
                    if let last = sentenceCounts.last, last.sentence != claim.sentence, !claim.continuesCount { checkCounts() }
                    sentenceCounts.append(claim)
                } else {
                    // Figures between two counts do not part them: "có 4 chỉ tiêu không đạt là …
                    // (đạt 1% so với kế hoạch là 7%) … 8 chỉ tiêu khác đều đạt".
                    figures.check(&claim)
                    claims.append(claim)
                }
            }
            checkCounts()
        }
        findings += counts.findings + figures.findings
        return (claims, unplaced)
    }
}

extension SummaryClaim {
    /// The count a table's summary quotes, from the count claims of one sentence that state how many met.
    init?(_ claims: [Claim], table: AuditedTable) {
        let counts = CountClaimChecker.merged(claims.compactMap(\.counts))
        guard let metOrExceeded = counts.metOrExceeded,
              let lead = claims.first(where: { $0.counts?.metOrExceeded != nil }) ?? claims.first else { return nil }
        self.init(metOrExceeded: metOrExceeded, total: counts.total ?? counts.sumOfParts ?? table.computedSummary.total.total,
                  missed: counts.missed, text: lead.leadText ?? lead.text, location: lead.location)
    }
}
