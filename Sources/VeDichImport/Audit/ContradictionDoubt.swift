import Foundation
import VeDichCore

/// Why a stated verdict the figures seem to contradict may be the reader's misreading rather than
/// the document's mistake. A false error is the worst thing an audit can say, so an error needs
/// certainty: the columns decided by their headers, exact figures, aligned units and a known
/// direction. (Which sub-rows take part is `ReadIndicator.judgedComponents`' rule: a breakdown
/// without a verdict of its own never decides.) When any of these is in doubt the
/// contradiction is still reported, as a warning that says why it is not an error.
enum ContradictionDoubt {
    /// The first reason to doubt, nil when the contradiction is certain.
    static func reason(_ read: ReadIndicator, table: IndicatorTable) -> String? {
        if let doubt = table.rolesInDoubt { return doubt }
        // "Cơ bản đạt", "Gần đạt": the label itself admits a small shortfall.
        if let label = read.statedText?.trimmed.lowercased(), let hedge = ["cơ bản", "gần", "tương đối"].first(where: { label.hasPrefix($0) }) {
            return "nhãn “\(read.statedText ?? "")” tự nói là “\(hedge)”, không khẳng định đạt trọn"
        }
        // "Cơ cấu kinh tế | Đạt" over shares with no verdict of their own: the label judges the
        // parts as a whole, which is not necessarily every part met.
        if read.line.target?.figure == nil, read.statedText != nil, !read.components.isEmpty,
           read.components.allSatisfy({ (!$0.coveredByHeadlineVerdict || $0.coverGuessed) && $0.stated == nil }) {
            return "“\(read.line.name)” không có kế hoạch riêng; nhãn đánh giá ghi cho cả chỉ tiêu, các dòng thành phần không có đánh giá riêng nên không chắc mọi thành phần đều phải đạt"
        }
        let judged = ([read.line] + read.judgedComponents).filter { $0.target?.figure != nil }
        for line in judged {
            if let doubt = cellDoubt(line.target, role: "kế hoạch", line: line) ?? cellDoubt(line.actual, role: "thực hiện", line: line)
                ?? unitDoubt(line) ?? directionDoubt(line, stated: read.stated) ?? boundDoubt(line) ?? shareDoubt(line) {
                return doubt
            }
        }
        return nil
    }

    /// Words at the head of a figure that still make it exact: a bound ("Dưới 4", "Trên 85",
    /// "từ 7,5% trở lên") is as certain as a number.
    private static let exactWords: Set<String> = ["dưới", "trên", "từ", "tối", "không", "ít", "nhỏ", "lớn", "còn", "đạt"]

    /// "Khoảng 24", "gần 120,5", "tăng 6,8%", "430 (tăng 12%)": an estimate, a word the figure was
    /// read past, or a note that may hold the figure meant.
    private static func cellDoubt(_ cell: ReadFigure?, role: String, line: ReadLine) -> String? {
        guard let cell, cell.figure != nil else { return nil }
        if let note = cell.note, !note.isEmpty {
            return "ô \(role) “\(cell.text)” của “\(line.name)” có ghi chú trong ngoặc, có thể là con số khác"
        }
        let first = cell.text.lowercased().split(whereSeparator: { !$0.isLetter }).first.map(String.init)
        if let first, cell.text.trimmed.first?.isLetter == true, !exactWords.contains(first) {
            return "ô \(role) “\(cell.text)” của “\(line.name)” ghi kèm chữ “\(first)”, không phải con số chính xác"
        }
        return nil
    }

    /// "Điểm %" (percentage points) beside a cell written in %, or ‰ beside %: the two figures may
    /// not be on one scale.
    private static func unitDoubt(_ line: ReadLine) -> String? {
        let texts = [line.target?.text, line.actual?.text].compactMap { $0 }
        let unit = (line.unit ?? "").lowercased()
        if unit.contains("điểm"), texts.contains(where: { $0.contains("%") }) {
            return "“\(line.name)” tính bằng điểm phần trăm nhưng ô ghi “%”, không chắc hai số cùng một thước đo"
        }
        if texts.contains(where: { $0.contains("‰") }), texts.contains(where: { $0.contains("%") }) {
            return "“\(line.name)” có ô ghi ‰ và ô ghi %, không chắc hai số cùng một thước đo"
        }
        return nil
    }

    /// Words in a name that often mean lower is better but that the direction list does not know:
    /// with the default direction ("higher"), a contradiction may be the reader's wrong guess.
    private static let lowerHints = ["tỷ suất", "tỷ số", "tăng dân số", "sinh con", "vi phạm", "nhiễm", "bỏ học", "tảo hôn",
                                     "ngộ độc", "cháy", "số vụ", "số ca", "thời gian", "chi phí", "tồn đọng", "nợ", "tái nghèo",
                                     "thiệt hại", "khiếu nại", "ùn tắc"]

    /// "< 7,6" against 7,6: whether "<" was meant strictly ("dưới") or as "không quá" is how
    /// offices type it, not something the figures settle.
    private static func boundDoubt(_ line: ReadLine) -> String? {
        guard let target = line.target?.figure, let value = line.actual?.figure?.interval, [.lessThan, .greaterThan].contains(target.form),
              let bound = target.interval.lower?.value ?? target.interval.upper?.value,
              value.lower?.value == bound || value.upper?.value == bound else { return nil }
        return "“\(line.name)”: giá trị bằng đúng ngưỡng “\(target.text)”, không rõ ngưỡng tính cả mức bằng hay không"
    }

    /// Whether the line disagrees with the stated verdict as judged, and judging it
    /// lower-is-better would make it agree.
    private static func restsOnDirection(_ line: ReadLine, stated: Verdict?) -> Bool {
        guard let stated else { return true }
        if let own = line.evaluation?.verdict, own.isMetOrExceeded == stated.isMetOrExceeded { return false }
        var reversed = line.line
        reversed.direction = .lower
        guard let verdict = reversed.evaluate()?.verdict, [Verdict.exceeded, .met, .missed].contains(verdict) else { return true }
        return verdict.isMetOrExceeded == stated.isMetOrExceeded
    }

    /// How far a share of the economy may sit from a single-figure plan and still be called Đạt by
    /// the office that planned it, in percentage points.
    static let shareCloseness = 1.0

    /// "Tỷ trọng công nghiệp - xây dựng 45,5%" planned as one figure: a structure share has no
    /// better side, and a planner reads a single figure as where the economy should stand, not a
    /// line to hit to the decimal. A value within `shareCloseness` points of it stated Đạt is
    /// not certainly wrong (a range target, "38 - 39", is a band the office drew itself: judged as such).
    private static func shareDoubt(_ line: ReadLine) -> String? {
        guard line.direction == .band, let target = line.target?.figure, target.form == .point,
              let planned = target.interval.pointValue, let value = line.actual?.figure?.interval.pointValue,
              Words(line.unit ?? "").contains(Words("%")) || [line.target?.text, line.actual?.text].contains(where: { $0?.contains("%") == true }),
              abs(value - planned) <= shareCloseness else { return nil }
        let gap = abs(value - planned).formatted(.number.precision(.fractionLength(0...2)).locale(Locale(identifier: "vi_VN")))
        return "“\(line.name)” là tỷ trọng trong cơ cấu, kế hoạch ghi một con số “\(target.text)” nên cao hay thấp hơn không bên nào tốt hơn; "
            + "“\(line.actual?.text ?? "")” lệch \(gap) điểm %, trong mức \(Int(shareCloseness)) điểm % mà người lập kế hoạch thường vẫn coi là đạt"
    }

    /// A direction nobody stated is a guess, and an error may not rest on a guess: the default
    /// ("higher is better" because neither the name nor the target's form said anything) always
    /// leaves the contradiction in doubt, with how to make it certain. A direction borrowed from
    /// the headline above ("Mức giảm tỷ suất sinh" over "Tỷ lệ tăng dân số tự nhiên") is in doubt
    /// only when the line's own name hints the other way. A guess is doubted where the
    /// contradiction rests on it: the line disagrees with the stated verdict and judged the other
    /// way round (lower is better) would agree (4.400 of 4.400 stated "Không đạt" is wrong either
    /// way; the seed's II.5 headline, 200 of 200, agrees with its "Đạt" and decides nothing).
    /// With a hint word, on any line, as before.
    private static func directionDoubt(_ line: ReadLine, stated: Verdict?) -> String? {
        let words = Words(line.name)
        let hint = lowerHints.first { words.contains(Words($0)) }
        if line.directionReason == DirectionDictionary.defaultReason, hint != nil || restsOnDirection(line, stated: stated) {
            let why = hint.map { "tên có “\($0)”, có thể càng thấp càng tốt" } ?? "tên chỉ tiêu và cách viết kế hoạch không nói"
            return "hướng của “\(line.name)” chưa rõ (\(why)) nên đang tính theo mặc định \(Direction.higher.label)"
                + "; ghi hướng của chỉ tiêu này trong tệp hướng (tùy chọn --directions) thì mới kết luận chắc chắn được"
        }
        guard line.directionReason.contains("chỉ tiêu cha"), let hint else { return nil }
        return "hướng của “\(line.name)” lấy theo chỉ tiêu cha (tên có “\(hint)”, có thể càng thấp càng tốt)"
    }
}
