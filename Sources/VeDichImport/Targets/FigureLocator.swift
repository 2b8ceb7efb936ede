import VeDichCore

/// Finds the target figure inside a phrase of prose and what stands around it:
/// "Tổng sản phẩm bình quân đầu người trên địa bàn đạt 68 - 69 triệu đồng" →
/// name "Tổng sản phẩm bình quân đầu người trên địa bàn", figure "đạt 68 - 69", unit "triệu đồng".
struct LocatedFigure {
    var name: String
    var figure: Figure
    var unit: String?
    /// Words after the unit that belong to the name: "trên 1 vạn dân".
    var tail: String
}

enum FigureLocator {
    /// Words that introduce a target figure; they count toward choosing which number is the target.
    static let leadWords = ["không vượt quá", "không quá", "không dưới", "tối thiểu", "ít nhất", "tối đa",
                            "đạt", "chiếm", "khoảng", "còn", "từ", "dưới", "trên"]
    /// Ambiguous as a lead word ("trên 1 vạn dân" is a denominator): never scores.
    static let weakLeadWords: Set<String> = ["trên"]

    static func locate(in phrase: String) -> LocatedFigure? {
        let words = phrase.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var best: (score: Int, located: LocatedFigure)?
        for start in words.indices where startsNumber(words[start]) {
            guard let candidate = candidate(words: words, numberAt: start) else { continue }
            if best == nil || candidate.score > best!.score { best = candidate }
        }
        return best?.located
    }

    private static func startsNumber(_ word: String) -> Bool {
        guard let first = word.first else { return false }
        if first.isASCII, first.isNumber { return true }
        return "≥≤<>(".contains(first) && word.dropFirst().first?.isNumber == true
    }

    private static func candidate(words: [String], numberAt start: Int) -> (score: Int, located: LocatedFigure)? {
        // Lead words before the number: "không quá", "đạt", "từ".
        var figureStart = start
        var score = 0
        var searching = true
        while searching {
            searching = false
            for lead in leadWords {
                let leadWords = lead.split(separator: " ").map(String.init)
                let from = figureStart - leadWords.count
                guard from >= 0, words[from..<figureStart].map({ $0.lowercased() }) == leadWords else { continue }
                if !weakLeadWords.contains(lead) { score += 2 }
                figureStart = from
                searching = true
                break
            }
        }
        // The number, a range's second end, a "%", "trở lên".
        var end = start + 1
        if end + 1 < words.count, ["-", "–", "đến"].contains(words[end]), startsNumber(words[end + 1]) { end += 2 }
        if end < words.count, words[end] == "%" { end += 1 }
        if end + 1 < words.count, words[end].lowercased() == "trở", ["lên", "xuống"].contains(words[end + 1].lowercased()) {
            end += 2
            score += 3
        }
        let figureText = words[figureStart..<end].joined(separator: " ")
        guard let figure = try? Figure.parse(figureText) else { return nil }
        if figure.isPercent { score += 3 }
        var unit: String? = figure.isPercent ? "%" : nil
        var rest = Array(words[end...])
        if let known = UnitText.known.sorted(by: { $0.count > $1.count }).first(where: { candidate in
            let unitWords = candidate.split(separator: " ").map(String.init)
            return rest.count >= unitWords.count && rest.prefix(unitWords.count).map { $0.lowercased() } == unitWords
        }) {
            let count = known.split(separator: " ").count
            unit = rest.prefix(count).joined(separator: " ")
            rest.removeFirst(count)
            score += 1
        }
        let name = words[..<figureStart].joined(separator: " ").trimmed
        let cleanedName = name.hasSuffix(":") ? String(name.dropLast()).trimmed : name
        return (score, LocatedFigure(name: cleanedName, figure: figure, unit: unit, tail: rest.joined(separator: " ")))
    }
}
