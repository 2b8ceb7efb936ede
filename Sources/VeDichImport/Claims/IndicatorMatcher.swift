import VeDichCore

/// Finds the table row a prose claim speaks of: by its value (the sentence's figure is the row's
/// value) and by its name (whole normalised words, `Words`), so "trước" never matches "ước".
struct IndicatorMatcher {
    struct Candidate {
        var line: ReadLine
        /// The row's own recomputed verdict (for a numbered row, under the audit's policy).
        var verdict: Verdict?
        var name: Words
        var table: IndicatorTable
        /// The name's distinct words, made once rather than for every claim scored against it.
        var distinctWords: Set<String> = []
    }

    struct Match {
        var candidate: Candidate
        /// The sentence's figure is the row's value: the claim surely speaks of this row.
        var byValue: Bool
    }

    var candidates: [Candidate]

    init(tables: [AuditedTable]) {
        let all = tables.flatMap { audited in
            audited.rows.flatMap { row in
                [Candidate(line: row.indicator.line, verdict: row.computed, name: Words(row.indicator.line.name, droppingParentheses: true), table: audited.table)]
                    + row.indicator.components.map {
                        Candidate(line: $0, verdict: $0.evaluation?.verdict, name: Words($0.name, droppingParentheses: true), table: audited.table)
                    }
            }
        }
        var made: [Candidate] = []
        made.reserveCapacity(all.count)
        for candidate in all {
            var withWords = candidate
            withWords.distinctWords = Set(candidate.name.words)
            made.append(withWords)
        }
        candidates = made
    }

    /// Words that say little about which indicator is meant.
    static let weakWords: Set<String> = ["tỷ", "lệ", "số", "tổng", "các", "của", "và", "trên", "địa", "bàn", "tỉnh", "năm", "%", "được", "có", "người", "trong"]

    /// How much of the row's name the sentence's words hold (0…1), weak words counting little.
    static func score(_ name: Words, against subject: Words) -> Double {
        score(name, distinct: Set(name.words), held: Set(subject.words))
    }

    /// The same, with the sets made once: `match` scores every row against one sentence.
    static func score(_ name: Words, distinct: Set<String>, held: Set<String>) -> Double {
        guard !name.isEmpty, !held.isEmpty else { return 0 }
        var total = 0.0, found = 0.0
        for word in name.words {
            let weight = weakWords.contains(word) ? 0.3 : 1
            total += weight
            if held.contains(word) { found += weight }
        }
        // A long sentence holds many words: weigh how much of it the name explains too.
        let covered = Double(distinct.intersection(held).count) / Double(max(1, min(held.count, name.words.count * 2)))
        return found / total * 0.75 + covered * 0.25
    }

    func match(subject: Words, value: VietnameseNumber?) -> Match? {
        guard !candidates.isEmpty else { return nil }
        let held = Set(subject.words)
        func score(_ candidate: Candidate) -> Double { Self.score(candidate.name, distinct: candidate.distinctWords, held: held) }
        if let value {
            let equal = candidates.filter { $0.line.actual?.figure?.interval.pointValue == value.value }
            let distinctRows = Set(equal.map { $0.line.location.description + $0.line.name })
            if distinctRows.count == 1, let only = equal.first, equal.allSatisfy({ $0.line.target?.text == only.line.target?.text }) {
                return Match(candidate: only, byValue: true)
            }
            if let best = equal.max(by: { score($0) < score($1) }), score(best) >= 0.4 {
                return Match(candidate: best, byValue: true)
            }
        }
        guard !subject.isEmpty else { return nil }
        let scored = candidates.map { ($0, score($0)) }.sorted { $0.1 > $1.1 }
        guard let best = scored.first, best.1 >= 0.75 else { return nil }
        // Two rows as good: the sentence does not say which (a 2024 and a 2021-2025 row alike).
        if scored.count > 1, scored[1].1 >= best.1 - 0.05, scored[1].0.line.name != best.0.line.name || scored[1].0.line.target?.text != best.0.line.target?.text {
            return nil
        }
        return Match(candidate: best.0, byValue: false)
    }
}
