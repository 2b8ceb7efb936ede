/// Who set a target: one indicator may carry several for the same plan ("Trung ương giao 8%, HĐND
/// tỉnh giao 8,5%, UBND tỉnh phấn đấu 9%"), and the plan's setting says which one its verdicts
/// are judged against. The code is what the API and forms send; the label is what pages, the
/// change log and the database hold (reports imported before issuers had codes wrote "Tỉnh giao").
public enum TargetIssuer: String, Sendable, Hashable, Codable, CaseIterable {
    /// The province's target where the report does not say which body set it (every imported target).
    case province = "tinh"
    /// The provincial council's resolution (Nghị quyết HĐND tỉnh).
    case provincialCouncil = "hdnd_tinh"
    /// The provincial committee's own, usually higher, aim (UBND tỉnh phấn đấu).
    case provincialCommittee = "ubnd_tinh"
    /// Assigned by the central government (Trung ương giao).
    case central = "trung_uong"

    public var label: String {
        switch self {
        case .province: "Tỉnh giao"
        case .provincialCouncil: "HĐND tỉnh giao"
        case .provincialCommittee: "UBND tỉnh phấn đấu"
        case .central: "Trung ương giao"
        }
    }

    /// A stored label or a code, in any letter case; "HĐND giao" as earlier versions wrote it.
    public init?(stored text: String) {
        let folded = text.trimmed.lowercased()
        if let issuer = Self.allCases.first(where: { $0.rawValue == folded || $0.label.lowercased() == folded }) {
            self = issuer
        } else if folded == "hđnd giao" {
            self = .provincialCouncil
        } else {
            return nil
        }
    }

    /// Without a setting, the province's own target governs: what the report calls the province's,
    /// then the council's, then the committee's aim, and the centre's only when there is no other.
    public static let defaultOrder: [TargetIssuer] = [.province, .provincialCouncil, .provincialCommittee, .central]

    /// Issuers of a national plan, as the importer names them: the Quốc hội's assigned target is
    /// the one a national report's results are measured against, the Government's aim after it.
    public static let nationalOrder = ["Quốc hội giao", "Chính phủ giao", "Quốc hội phấn đấu", "Chính phủ phấn đấu"]

    /// The one rule for which of an indicator's targets its verdict uses: the plan's governing
    /// issuer when that one set a target, else the first in `defaultOrder`; then a national plan's
    /// issuers in `nationalOrder` (not in name order, which put "Chính phủ phấn đấu" before "Quốc
    /// hội giao"); any other stored issuer comes last, in name order, so a target is never
    /// silently ignored.
    public static func governing(among stored: [String], preferred: TargetIssuer?) -> String? {
        let order = (preferred.map { [$0] } ?? []) + defaultOrder.filter { $0 != preferred }
        func rank(_ text: String) -> Int {
            if let known = TargetIssuer(stored: text).flatMap({ order.firstIndex(of: $0) }) { return known }
            let folded = text.trimmed.lowercased()
            return order.count + (nationalOrder.firstIndex { $0.lowercased() == folded } ?? nationalOrder.count)
        }
        return stored.min { (rank($0), $0) < (rank($1), $1) }
    }
}
