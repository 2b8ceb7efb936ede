import VeDichCore

/// One prose claim in `vedich audit --format json` (issue 13, "JSON contract"): `kind`, `text`
/// as written, `line`, `indicator`, `target` and `actual` (numbers or null), `stated`
/// (vuot, dat, khong_dat, chua_co_so_lieu or null), `stated_percent`, `computed_percent`,
/// `consistent` (null when nothing can check it); and beside them `counts` for a count,
/// `difference`, `ambiguous` with its reason, `check` (what was compared) and `location`.
struct ClaimJSON: Encodable {
    var claim: Claim

    init(_ claim: Claim) { self.claim = claim }

    enum CodingKeys: String, CodingKey {
        case kind, text, line, indicator, indicators, target, actual, stated, consistent, counts, difference, ambiguous, check, location
        case statedPercent = "stated_percent", computedPercent = "computed_percent"
        case targetText = "target_text", actualText = "actual_text", matchedRow = "matched_row", listMismatches = "list_mismatches"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(claim.kind, forKey: .kind)
        try container.encode(claim.text, forKey: .text)
        try container.encode(claim.location.line, forKey: .line)
        try container.encode(claim.indicator, forKey: .indicator)
        if claim.subjects.count > 1 { try container.encode(claim.subjects, forKey: .indicators) }
        try container.encode(claim.matchedRow, forKey: .matchedRow)
        try container.encode(claim.target?.value, forKey: .target)
        try container.encode(claim.target?.formatted ?? claim.targetRange?.text, forKey: .targetText)
        try container.encode(claim.actual?.value, forKey: .actual)
        try container.encode(claim.actual?.formatted, forKey: .actualText)
        try container.encode(claim.stated.flatMap(Self.stated), forKey: .stated)
        try container.encode(claim.statedPercent?.value, forKey: .statedPercent)
        // Rounded as a person would check it (two decimals): 106.84 rather than 106.84210526….
        try container.encode(claim.computedPercent.map { ($0 * 100).rounded() / 100 }, forKey: .computedPercent)
        try container.encode(claim.consistent, forKey: .consistent)
        try container.encodeIfPresent(claim.counts, forKey: .counts)
        try container.encodeIfPresent(claim.difference?.value, forKey: .difference)
        try container.encode(claim.ambiguity, forKey: .ambiguous)
        try container.encode(claim.check, forKey: .check)
        if !claim.listMismatches.isEmpty { try container.encode(claim.listMismatches, forKey: .listMismatches) }
        try container.encode(claim.location, forKey: .location)
    }

    /// The contract's four stated values; "chưa xác định" is never stated in prose.
    private static func stated(_ verdict: Verdict) -> String? {
        switch verdict {
        case .exceeded, .met, .missed, .noData: verdict.rawValue
        case .undetermined: nil
        }
    }
}
