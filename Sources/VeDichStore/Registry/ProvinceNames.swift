import VeDichCore

/// How a province's name as people write it finds its official entry: "Lạng Sơn", "Tỉnh Lạng Sơn",
/// "tp. Hồ Chí Minh", "Thành phố Huế" (the former "Thừa Thiên Huế" too, through the former provinces).
enum ProvinceNames {
    static func registered(named name: String, in provinces: [RegisteredProvince]) -> RegisteredProvince? {
        let folded = fold(name)
        return provinces.first { fold($0.name) == folded || fold($0.fullName) == folded }
            ?? provinces.first { province in province.former.contains { fold($0.name) == folded } && province.former.count == 1 }
    }

    static func fold(_ name: String) -> String {
        var words = name.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        for prefix in [["thành", "phố"], ["tỉnh"], ["tp."], ["tp"]] where words.starts(with: prefix) {
            words.removeFirst(prefix.count)
            break
        }
        return words.joined(separator: " ")
    }
}
