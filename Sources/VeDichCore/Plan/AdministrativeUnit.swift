/// A province or centrally-run city since 1/7/2025 (34: 28 tỉnh, 6 thành phố), with its official
/// code, its commune-level unit count, and the former provinces that form it.
public struct RegisteredProvince: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case province = "tinh"
        case city = "thanh_pho"

        public var label: String { self == .province ? "Tỉnh" : "Thành phố" }
    }

    public var code: String
    public var name: String
    public var fullName: String
    public var kind: Kind
    public var communeCount: Int
    /// The provinces before 1/7/2025 that form this one (itself among them when it kept its name).
    public var former: [FormerProvince]

    public init(code: String, name: String, fullName: String, kind: Kind, communeCount: Int, former: [FormerProvince] = []) {
        self.code = code
        self.name = name
        self.fullName = fullName
        self.kind = kind
        self.communeCount = communeCount
        self.former = former
    }
}

/// One of the 63 provinces before 1/7/2025, and the province it is part of since: 2021-2025
/// series of the former province are read as the new one's.
public struct FormerProvince: Sendable, Hashable, Codable {
    public var code: String
    public var name: String
    public var provinceCode: String

    public init(code: String, name: String, provinceCode: String) {
        self.code = code
        self.name = name
        self.provinceCode = provinceCode
    }
}

/// A commune-level unit since 1/7/2025: xã, phường or đặc khu.
public struct RegisteredCommune: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case commune = "xa"
        case ward = "phuong"
        case specialZone = "dac_khu"

        public var label: String {
            switch self {
            case .commune: "Xã"
            case .ward: "Phường"
            case .specialZone: "Đặc khu"
            }
        }
    }

    public var code: String
    public var name: String
    public var kind: Kind
    public var provinceCode: String

    public init(code: String, name: String, kind: Kind, provinceCode: String) {
        self.code = code
        self.name = name
        self.kind = kind
        self.provinceCode = provinceCode
    }
}
