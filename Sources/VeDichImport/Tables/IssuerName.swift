import VeDichCore

/// Who set a target column's figures, from its header: "KH Quốc hội giao" → "Quốc hội giao",
/// "Mục tiêu phấn đấu của Chính phủ" → "Chính phủ phấn đấu", "Dự toán HĐND tỉnh giao" → "HĐND
/// tỉnh giao". Nil when the header names no one (then several target columns are periods or
/// versions of one plan, not several issuers').
enum IssuerName {
    /// The national plan's own issuer: its targets govern a national table.
    static let nationalAssembly = "Quốc hội giao"

    /// Headers abbreviate the issuer as offices do: "QH giao", "NQ QH", "CP giao", "KH CP",
    /// "TTg giao", "NQ HĐND"; as whole words only ("CPI" is no "CP").
    static func of(_ header: String) -> String? {
        let words = Words(header)
        let aims = words.contains("phấn đấu")
        if words.contains("quốc hội") || words.contains("qh") { return aims ? "Quốc hội phấn đấu" : nationalAssembly }
        if words.contains("chính phủ") || words.contains("thủ tướng") || words.contains("cp") || words.contains("ttg")
            || words.contains("ttcp") {
            return aims ? "Chính phủ phấn đấu" : "Chính phủ giao"
        }
        if words.contains("trung ương") || words.contains("tw") { return TargetIssuer.central.label }
        // A district's council or committee ("Dự toán HĐND huyện giao" beside "Dự toán HĐND tỉnh
        // giao"): an issuer of its own, never the province's. "Tỉnh giao huyện" is the province's.
        if !words.contains("tỉnh"), let level = ["huyện", "quận", "thị xã"].first(where: { words.contains(Words($0)) }) {
            if words.contains("hđnd") || words.contains("hội đồng nhân dân") { return "HĐND \(level) giao" }
            if words.contains("ubnd") || words.contains("ủy ban nhân dân") { return aims ? "UBND \(level) phấn đấu" : "UBND \(level) giao" }
        }
        if words.contains("hđnd") || words.contains("hội đồng nhân dân") { return TargetIssuer.provincialCouncil.label }
        if words.contains("ubnd") || words.contains("ủy ban nhân dân") || (words.contains("tỉnh") && aims) {
            return TargetIssuer.provincialCommittee.label
        }
        if words.contains("đại hội") || words.contains("tỉnh ủy") { return "Nghị quyết Đại hội Đảng bộ tỉnh" }
        if words.contains("tỉnh") { return TargetIssuer.province.label }
        if words.contains("nghị quyết") || words.contains("nq") { return "Nghị quyết" }
        return nil
    }

    /// The province's own bodies: their target governs a provincial report.
    static func isProvince(_ issuer: String) -> Bool { provinceRank(issuer) < Int.max }

    static func provinceRank(_ issuer: String) -> Int {
        if let known = TargetIssuer(stored: issuer), known != .central {
            return TargetIssuer.defaultOrder.firstIndex(of: known) ?? Int.max
        }
        return issuer == "Nghị quyết Đại hội Đảng bộ tỉnh" ? TargetIssuer.defaultOrder.count : Int.max
    }
}
