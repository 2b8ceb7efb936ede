import VeDichCore

/// The role of every column of a header row, with the choices made where several columns could
/// hold one role. A tie is never decided silently: each one is kept in `ties` for a finding that
/// says which column was taken and why.
struct ColumnAssignment {
    struct Tie: Hashable {
        var role: ColumnRole
        /// Every column that could hold the role, the chosen one among them.
        var candidates: [Int]
        var chosen: Int
        var why: String
    }

    private(set) var roles: [ColumnRole]
    private(set) var ties: [Tie] = []
    /// Columns under a header merged from the left: one header, not a second candidate.
    private let continuations: Set<Int>

    /// `title` gives the plan's year when no target column names one.
    init(headers: [String], title: String = "", continuations: Set<Int> = []) {
        self.continuations = continuations
        roles = headers.map(ColumnRole.classify)
        resolveActual(headers: headers, title: title)
        resolveTarget(headers: headers)
        for role in [ColumnRole.code, .name, .unit, .evaluation] { resolveFirst(role, headers: headers) }
    }

    private func columns(_ role: ColumnRole) -> [Int] { roles.indices.filter { roles[$0] == role } }

    /// The plan's own period is the actual column; other "thực hiện" columns are previous periods.
    /// A column of a year before the plan's ("Thực hiện năm 2023" beside "Kế hoạch 2024") is a
    /// previous period even when it is the only one. Among the rest: the plan's year, then an
    /// estimate ("ước"), then the latest year; a tie goes to the rightmost column (reports put
    /// the latest period last) and is reported.
    private mutating func resolveActual(headers: [String], title: String) {
        let targetYears = columns(.target).flatMap { Years.in(headers[$0]) }
        let planEnds = columns(.target).compactMap { Years.in(headers[$0]).last }
        let titleYears = Years.in(title)
        for column in columns(.actual) {
            guard let last = Years.in(headers[column]).last else { continue }
            // Before the end of every plan the table names ("Kế hoạch 2024", "Kế hoạch 2021 -
            // 2025"); without one, before every year of the title (which may name two plans:
            // "năm 2024 và kế hoạch năm 2025").
            if let earliestEnd = planEnds.min() {
                if last < earliestEnd { roles[column] = .previous }
            } else if let titleStart = titleYears.min(), last < titleStart {
                roles[column] = .previous
            }
        }
        let candidates = columns(.actual)
        guard candidates.count > 1 else { return }
        func score(_ column: Int) -> [Int] {
            let words = Words(headers[column])
            let years = Years.in(headers[column])
            let matchesPlan = !targetYears.isEmpty && years.last.map(targetYears.contains) == true
            return [matchesPlan ? 1 : 0, words.contains("ước") ? 1 : 0, years.last ?? 0]
        }
        let best = candidates.map(score).max { $0.lexicographicallyPrecedes($1) } ?? []
        let tied = candidates.filter { score($0) == best && !continuations.contains($0) }
        let chosen = tied.last ?? candidates[0]
        for column in candidates where column != chosen { roles[column] = .previous }
        if tied.count > 1 {
            ties.append(Tie(role: .actual, candidates: tied, chosen: chosen,
                            why: "các cột này như nhau về năm và cách ghi (ước hay thực hiện), nên lấy cột bên phải nhất vì báo cáo thường xếp kỳ mới nhất sau cùng; các cột còn lại đọc là kỳ trước"))
        }
    }

    /// Several target columns: the one of the actual column's year, else the latest year; a tie
    /// goes to the rightmost (an adjusted plan stands after the first one) and is reported.
    private mutating func resolveTarget(headers: [String]) {
        let candidates = columns(.target)
        guard candidates.count > 1 else { return }
        let actualYear = columns(.actual).first.flatMap { Years.in(headers[$0]).last }
        func score(_ column: Int) -> [Int] {
            let years = Years.in(headers[column])
            return [actualYear.map(years.contains) == true ? 1 : 0, years.last ?? 0]
        }
        let best = candidates.map(score).max { $0.lexicographicallyPrecedes($1) } ?? []
        let tied = candidates.filter { score($0) == best && !continuations.contains($0) }
        let chosen = tied.last ?? candidates[0]
        for column in candidates where column != chosen { roles[column] = .other }
        if tied.count > 1 {
            ties.append(Tie(role: .target, candidates: tied, chosen: chosen,
                            why: "không cột nào ghi năm khớp với cột thực hiện, nên lấy cột bên phải nhất (kế hoạch điều chỉnh thường đứng sau); các cột còn lại không dùng để đánh giá"))
        }
    }

    /// Two name, code, unit or evaluation columns: the first is read, and the report says so.
    private mutating func resolveFirst(_ role: ColumnRole, headers: [String]) {
        let candidates = columns(role)
        guard let chosen = candidates.first, candidates.count > 1,
              // A header merged across columns names each of them: one column, not a tie.
              Set(candidates.map { Words(headers[$0]) }).count > 1 else { return }
        ties.append(Tie(role: role, candidates: candidates, chosen: chosen,
                        why: "cột đầu tiên được đọc; các cột sau bị bỏ qua"))
    }
}

extension ColumnRole {
    /// "số thực hiện của kỳ kế hoạch", for messages.
    var label: String {
        switch self {
        case .code: "số thứ tự"
        case .name: "tên chỉ tiêu"
        case .unit: "đơn vị"
        case .target: "kế hoạch"
        case .actual: "số thực hiện của kỳ kế hoạch"
        case .previous: "số của kỳ trước"
        case .comparison: "so sánh"
        case .evaluation: "đánh giá"
        case .other: "khác"
        }
    }
}
