/// The unit a target or a value is written in: `tỷ đồng`, `nghìn lượt`, `%`, `điểm %`,
/// `triệu đồng/người`. A unit has a dimension (money in đồng, people, area…) and a scale within
/// it (`nghìn tỷ đồng` is 10¹² đồng), so figures of one dimension compare after conversion.
///
/// `%` (a share or a rate) and `điểm %` (a difference between two rates) are different
/// dimensions: 2 điểm % is not 2% of anything. Words VeDich does not know (`xã`, `giường bệnh`)
/// are kept as an opaque unit that matches only the same words, at any scale (`nghìn tấn`).
public struct MeasureUnit: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Dimension: String, Sendable, Hashable, Codable {
        /// Vietnamese đồng.
        case dong
        /// US dollars: never converted to đồng (no exchange rate is part of a plan).
        case usd
        /// Persons (`người`, `lao động`).
        case people
        /// Visits or trips (`lượt`, `lượt người`, `lượt khách`).
        case visits
        /// Area, in hectares.
        case area
        /// Length, in kilometres.
        case length
        /// Mass, in tonnes.
        case mass
        /// A share or a rate, `%`.
        case percent
        /// A difference between two rates, `điểm %`.
        case percentagePoint = "percentage_point"
        /// A multiple, `lần`.
        case times
        /// Words VeDich does not know, compared by their normalized text (`key`).
        case opaque
    }

    public var dimension: Dimension
    /// How many base units (đồng, người, ha, km, tấn; 1 for the rest) one of this unit is.
    public var scale: Double
    /// The base words, lower case with single blanks, for an opaque unit (`xã`, `giường bệnh`).
    public var key: String
    /// What follows a `/`, normalized (`người` in `triệu đồng/người`), or nil.
    public var per: String?
    /// As written, trimmed.
    public var text: String

    public init(dimension: Dimension, scale: Double = 1, key: String = "", per: String? = nil, text: String) {
        self.dimension = dimension
        self.scale = scale
        self.key = key
        self.per = per
        self.text = text
    }

    public static let percent = MeasureUnit(dimension: .percent, text: percentText)
    /// The percent unit's text, for reasons that name it without building the unit.
    static let percentText = "%"
    public static let percentagePoint = MeasureUnit(dimension: .percentagePoint, text: "điểm %")

    public var description: String { text }

    /// Reads a unit as a document writes it; nil for an empty text. Never fails: what is not
    /// known becomes an opaque unit.
    public init?(_ written: String?) {
        guard let written else { return nil }
        var text = written.trimmed
        // Unit columns and names often bracket the unit: "(%)", "(tỷ đồng)".
        if text.hasPrefix("("), text.hasSuffix(")"), text.count >= 2 { text = String(text.dropFirst().dropLast()).trimmed }
        guard !text.isEmpty else { return nil }
        var words = Self.normalize(text)
        var per: String?
        if let slash = words.firstIndex(of: "/") {
            per = Self.normalize(String(words[words.index(after: slash)...]))
            words = Self.normalize(String(words[..<slash]))
            if per?.isEmpty == true { per = nil }
        }
        var scale = 1.0
        var remaining = words.split(separator: " ").map(String.init)
        while remaining.count > 1, let factor = Self.scaleWords[remaining[0]] {
            scale *= factor
            remaining.removeFirst()
        }
        let base = remaining.joined(separator: " ")
        if let (dimension, baseScale) = Self.bases[base] {
            self.init(dimension: dimension, scale: scale * baseScale, key: dimension == .opaque ? base : "", per: per, text: text)
        } else if remaining.count == 1, let factor = Self.scaleWords[base] {
            // A bare scale word (`tỷ`, `triệu`) names a count: an opaque unit of plain numbers.
            self.init(dimension: .opaque, scale: scale * factor, key: "", per: per, text: text)
        } else {
            self.init(dimension: .opaque, scale: scale, key: base, per: per, text: text)
        }
    }

    /// True when a figure in `other` can be converted into this unit. A per-part (`/người`)
    /// written on one side only is taken as shorthand, as tables write "68 triệu đồng" in a
    /// per-capita row.
    public func isCommensurable(with other: MeasureUnit) -> Bool {
        guard dimension == other.dimension, key == other.key else { return false }
        if let per, let otherPer = other.per { return per == otherPer }
        return true
    }

    /// The factor that turns an amount in `other` into this unit (`triệu đồng` → `tỷ đồng`: 0,001);
    /// nil when they are not commensurable.
    public func factor(from other: MeasureUnit) -> Double? {
        guard isCommensurable(with: other) else { return nil }
        return other.scale / scale
    }

    /// True when this unit and `other` are the same unit written alike or differently
    /// (`tỷ đồng`, `Tỷ đồng`, `tỷ đ`): no conversion is worth mentioning.
    public func isSameScale(as other: MeasureUnit) -> Bool {
        isCommensurable(with: other) && scale == other.scale
    }

    // MARK: Words

    static func normalize(_ text: String) -> String {
        var result = ""
        var pendingBlank = false
        for character in text.lowercased() {
            if character.isWhitespace {
                pendingBlank = !result.isEmpty
                continue
            }
            if character == "/" {
                pendingBlank = false
                result.append("/")
                continue
            }
            if pendingBlank, result.last != "/" { result.append(" ") }
            pendingBlank = false
            result.append(character)
        }
        return result
    }

    static let scaleWords: [String: Double] = [
        "nghìn": 1e3, "ngàn": 1e3, "vạn": 1e4, "triệu": 1e6, "tr": 1e6, "tr.": 1e6, "tỷ": 1e9, "tỉ": 1e9,
    ]

    static let bases: [String: (MeasureUnit.Dimension, Double)] = [
        "đồng": (.dong, 1), "đ": (.dong, 1), "vnd": (.dong, 1), "vnđ": (.dong, 1),
        "usd": (.usd, 1), "đô la": (.usd, 1), "đô la mỹ": (.usd, 1), "đôla": (.usd, 1),
        "người": (.people, 1), "lao động": (.people, 1),
        "lượt": (.visits, 1), "lượt người": (.visits, 1), "lượt khách": (.visits, 1),
        "ha": (.area, 1), "héc ta": (.area, 1), "hécta": (.area, 1), "hecta": (.area, 1),
        "km2": (.area, 100), "km²": (.area, 100), "m2": (.area, 0.0001), "m²": (.area, 0.0001),
        "km": (.length, 1), "m": (.length, 0.001),
        "tấn": (.mass, 1), "tạ": (.mass, 0.1), "kg": (.mass, 0.001),
        "%": (.percent, 1), "phần trăm": (.percent, 1),
        "điểm %": (.percentagePoint, 1), "điểm phần trăm": (.percentagePoint, 1), "điểm%": (.percentagePoint, 1),
        "lần": (.times, 1),
    ]
}

extension Figure {
    /// The unit the figure is written in: `điểm %` or `%` when the text says so, else the words
    /// after the number; nil when the figure is a bare number.
    public var measureUnit: MeasureUnit? {
        if let unit {
            let parsed = MeasureUnit(unit)
            if parsed?.dimension == .percentagePoint || !isPercent { return parsed }
        }
        return isPercent ? .percent : nil
    }
}
