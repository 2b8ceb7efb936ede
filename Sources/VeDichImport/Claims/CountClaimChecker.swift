import VeDichCore

/// Checks a count claim against itself (its parts against its total, each named list against its
/// count) and against the table it summarises: the one whose number of indicators it states,
/// right after it or else the nearest before it.
struct CountClaimChecker {
    var tables: [(audited: AuditedTable, blockIndex: Int)]
    var findings: [Finding] = []

    /// Checks the counts of one sentence together ("đạt và vượt 15/18 chỉ tiêu, có 03/18 chỉ tiêu
    /// không đạt" are two claims of one summary). Returns the table they were checked against.
    mutating func check(_ claims: inout [Claim], blockIndex: Int) -> Int? {
        guard !claims.isEmpty else { return nil }
        let counts = Self.merged(claims.compactMap(\.counts))
        // A count continued in the next sentence adds up with it; a sentence's own counts add up alone.
        let continued = claims.contains { $0.continuesCount }
        for (index, claim) in claims.enumerated() {
            checkItself(claim, continued ? (index == 0 ? counts : ClaimCounts()) : claim.counts ?? ClaimCounts())
        }
        let text = claims.map(\.text).joined(separator: "; ")
        guard let tableIndex = table(for: counts, blockIndex: blockIndex) else { return nil }
        let table = tables[tableIndex].audited
        let computed = table.computedSummary.total
        // Rows the table gives no figures to judge (no target, no value) may be among those the
        // document counts as met or missed: a count they can explain is not a contradiction.
        // Each unjudged row explains one stated verdict at most: the pool shrinks as it is used.
        let unjudged = computed.undetermined + computed.noData
        var unjudgedLeft = unjudged
        var differences: [String] = []
        var missedOrMet = false
        var unexplained = false
        func compare(_ stated: Int?, _ actual: Int, _ label: String, decisive: Bool, unjudgedMayCount: Bool = false) {
            guard let stated, stated != actual else { return }
            if unjudgedMayCount, stated > actual, stated - actual <= unjudgedLeft {
                unjudgedLeft -= stated - actual
                differences.append("\(label): văn bản \(stated), tính lại \(actual) và \(unjudged) chỉ tiêu không đủ số liệu để đánh giá")
                return
            }
            differences.append("\(label): văn bản \(stated), tính lại \(actual)")
            unexplained = true
            if decisive { missedOrMet = true }
        }
        compare(counts.metOrExceeded, computed.metOrExceeded, "đạt và vượt", decisive: true, unjudgedMayCount: true)
        compare(counts.missed, computed.missed, "không đạt", decisive: true, unjudgedMayCount: true)
        compare(counts.total, computed.total, "tổng số chỉ tiêu", decisive: true)
        compare(counts.exceeded, computed.exceeded, "vượt", decisive: false, unjudgedMayCount: true)
        compare(counts.met, computed.met, "đạt (không kể vượt)", decisive: false, unjudgedMayCount: true)
        compare(counts.noData, computed.noData, "chưa có số liệu", decisive: false)
        for index in claims.indices {
            claims[index].consistent = differences.isEmpty ? true : unexplained ? false : nil
            claims[index].check = "\(Auditor.tableName(table.table)): \(computed.sentence) (vượt \(computed.exceeded), đạt \(computed.met), không đạt \(computed.missed))"
        }
        guard !differences.isEmpty else { return tableIndex }
        let missedCodes = table.rows.filter { $0.computed == .missed }.map { $0.indicator.code.description }
        let labelCount = VerdictCounts(table.rows.compactMap(\.indicator.stated)).metOrExceeded
        let agreesWithLabels = labelCount == counts.metOrExceeded
            ? " Con số của văn bản khớp với nhãn trong bảng, nhưng các nhãn đó không khớp số liệu." : ""
        findings.append(Finding(missedOrMet ? .error : .warning, .summaryCountMismatch, at: claims[0].location,
            "Văn bản ghi “\(text)” cho \(Auditor.tableName(table.table).lowercasingFirst), nhưng tính lại theo số liệu là \(computed.sentence) (vượt \(computed.exceeded), đạt \(computed.met), không đạt \(computed.missed)\(missedCodes.isEmpty ? "" : ": \(missedCodes.joined(separator: ", "))"); \(differences.joined(separator: "; ")).\(agreesWithLabels)"))
        return tableIndex
    }

    /// One sentence's counts as one: each field from the first claim that states it.
    static func merged(_ all: [ClaimCounts]) -> ClaimCounts {
        var merged = ClaimCounts()
        for counts in all {
            merged.exceeded = merged.exceeded ?? counts.exceeded
            merged.met = merged.met ?? counts.met
            merged.metOrExceeded = merged.metOrExceeded ?? counts.metOrExceeded
            merged.missed = merged.missed ?? counts.missed
            merged.noData = merged.noData ?? counts.noData
            merged.total = merged.total ?? counts.total
        }
        if merged.metOrExceeded == nil, let met = merged.met, let exceeded = merged.exceeded { merged.metOrExceeded = met + exceeded }
        return merged
    }

    /// "12 đạt và vượt, 3 không đạt, 2 chưa có số liệu" of 18; a list of 4 names for "3 chỉ tiêu".
    private mutating func checkItself(_ claim: Claim, _ counts: ClaimCounts) {
        var problems = claim.listMismatches
        if let total = counts.total, let sum = counts.sumOfParts, sum != total {
            problems.append("các phần cộng lại \(sum), không bằng tổng \(total)")
        }
        if let exceeded = counts.exceeded, let metOrExceeded = counts.metOrExceeded, exceeded > metOrExceeded {
            problems.append("số vượt (\(exceeded)) lớn hơn số đạt và vượt (\(metOrExceeded))")
        }
        guard !problems.isEmpty else { return }
        findings.append(Finding(.warning, .claimCountInconsistent, at: claim.location,
            "Văn bản ghi “\(claim.text)”: \(problems.joined(separator: "; ")). Kiểm tra lại số chỉ tiêu và danh sách."))
    }

    /// A table whose number of indicators is the stated total (or the parts' sum): right after
    /// the claim (within 3 blocks), else the nearest before it, else the nearest after it.
    private func table(for counts: ClaimCounts, blockIndex: Int) -> Int? {
        let size = counts.total ?? counts.sumOfParts
        // With no total stated, a count larger than a table ("27 chỉ tiêu đạt và vượt" before a
        // table of the 3 missed) is about the whole plan, not that table.
        let largestPart = [counts.metOrExceeded, counts.missed, counts.exceeded, counts.met, counts.noData].compactMap { $0 }.max() ?? 0
        let fitting = tables.indices.filter { index in
            let tableSize = tables[index].audited.computedSummary.total.total
            return size.map { tableSize == $0 } ?? (largestPart <= tableSize)
        }
        let following = fitting.first { tables[$0].blockIndex > blockIndex && tables[$0].blockIndex - blockIndex <= 3 }
        let preceding = fitting.last { tables[$0].blockIndex < blockIndex }
        if size == nil { return following ?? preceding }
        return following ?? preceding ?? fitting.first
    }
}

extension String {
    var lowercasingFirst: String { prefix(1).lowercased() + dropFirst() }
}
