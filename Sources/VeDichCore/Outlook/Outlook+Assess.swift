extension Outlook {
    /// The one rule: a growth rate by the rate its second half needs, a flow by its share of the
    /// target so far, a level or share by its latest value and trend.
    public static func assess(_ input: OutlookInput) -> Outlook {
        guard input.target != nil else {
            return Outlook(status: .cannotJudge, method: .none, reason: "Chưa có chỉ tiêu kế hoạch năm \(input.year) để so sánh.")
        }
        if input.isGrowthRate, input.direction != .band { return secondHalfRate(input) }
        if input.nature == .flow, input.direction != .band { return flowShare(input) }
        return lastValueTrend(input)
    }

    /// Growth: g2 = (g − w·g1) / (1 − w) (`SecondHalfRate`), with w from the base year's levels when
    /// known, else the office's share. g2 is compared with the best second half of past years; with
    /// none on record, with the first half's own pace: a second half that must grow faster than
    /// the first (slower, when lower is better) is at risk.
    static func secondHalfRate(_ input: OutlookInput) -> Outlook {
        var figures = OutlookFigures()
        figures.annualTarget = input.targetEnd
        guard let goal = input.targetEnd else {
            return Outlook(status: .cannotJudge, method: .none, reason: "Chỉ tiêu kế hoạch không có mức cụ thể để tính tốc độ cần đạt.", figures: figures)
        }
        guard let firstHalf = input.yearParts.last(where: { $0.period.kind == .firstHalf }) else {
            return Outlook(status: .cannotJudge, method: .secondHalfRate,
                           reason: "Chưa có số liệu 6 tháng đầu năm \(input.year) để tính tốc độ cần đạt trong 6 tháng cuối năm.", figures: figures)
        }
        figures.period = firstHalf.period
        figures.value = firstHalf.value
        figures.firstHalfRate = firstHalf.value
        let share: Double, source: OutlookFigures.ShareSource
        if let levels = input.baseYearLevels, levels.year > 0 {
            (share, source) = (levels.firstHalf / levels.year, .baseYearLevels)
        } else if let office = input.firstHalfShare {
            (share, source) = (office, .office)
        } else {
            return Outlook(status: .cannotJudge, method: .secondHalfRate,
                           reason: "Chưa biết tỷ trọng 6 tháng đầu năm trong cả năm gốc (w): nhập tỷ trọng cho chỉ tiêu để tính tốc độ cần đạt.",
                           figures: figures)
        }
        figures.firstHalfShare = share
        figures.shareSource = source
        guard let required = SecondHalfRate(annualTarget: goal, firstHalf: firstHalf.value, share: share).required else {
            return Outlook(status: .cannotJudge, method: .secondHalfRate,
                           reason: "Tỷ trọng 6 tháng đầu năm \(outlookNumber(share)) không để lại phần nào cho 6 tháng cuối năm.", figures: figures)
        }
        let higherIsBetter = input.direction == .higher
        let pastSecondHalves = input.points.filter { $0.period.kind == .secondHalf && $0.period.startYear < input.year }
        let best = higherIsBetter ? pastSecondHalves.max { $0.value < $1.value } : pastSecondHalves.min { $0.value < $1.value }
        figures.bestPastSecondHalfRate = best?.value
        figures.bestPastYear = best?.period.startYear
        let needed = "6 tháng cuối năm phải đạt \(higherIsBetter ? "tối thiểu" : "tối đa") \(outlookNumber(required))%"
        let premise = "\(input.plainName) 6 tháng đầu năm \(input.year) đạt \(outlookNumber(firstHalf.value))%; để cả năm đạt "
            + "\(outlookNumber(goal))% (6 tháng đầu năm chiếm \(VietnameseNumber.formatCompact(share, maxFractionDigits: 4)) của năm gốc, "
            + "\(source == .office ? "tỷ trọng do cơ quan kế hoạch đặt" : "tính từ số liệu năm \(input.year - 1)")), \(needed)"
        let reachable: Bool, comparison: String
        if let best {
            reachable = higherIsBetter ? required <= best.value : required >= best.value
            comparison = reachable
                ? ", không vượt mức tốt nhất của 6 tháng cuối các năm trước (\(outlookNumber(best.value))% năm \(best.period.startYear))."
                : ", \(higherIsBetter ? "cao hơn" : "thấp hơn") mức tốt nhất của 6 tháng cuối các năm trước (\(outlookNumber(best.value))% năm \(best.period.startYear))."
        } else {
            reachable = higherIsBetter ? required <= firstHalf.value : required >= firstHalf.value
            comparison = reachable
                ? ", không cần nhanh hơn nhịp độ 6 tháng đầu năm."
                : ", \(higherIsBetter ? "cao hơn" : "thấp hơn") nhịp độ 6 tháng đầu năm (\(outlookNumber(firstHalf.value))%); chưa có số liệu 6 tháng cuối các năm trước để so sánh."
        }
        return Outlook(status: reachable ? .onTrack : .atRisk, method: .secondHalfRate, reason: premise + comparison,
                       requiredRate: required, figures: figures)
    }

    /// Flow: what the year has gathered so far as a share of the annual target, against the share
    /// past years had gathered by the same month (their average), or, with no past year on record,
    /// against the share of the year gone by; the year's total is projected by that share.
    static func flowShare(_ input: OutlookInput) -> Outlook {
        var figures = OutlookFigures()
        figures.annualTarget = input.targetEnd
        guard let goal = input.targetEnd, goal > 0 else {
            return Outlook(status: .cannotJudge, method: .none, reason: "Chỉ tiêu kế hoạch không có mức dương cụ thể để so lũy kế.", figures: figures)
        }
        let months = input.yearParts.compactMap { $0.period.months?.upperBound }
        guard let (month, soFar) = months.sorted(by: >).lazy
            .compactMap({ month in input.yearToDate(year: input.year, throughMonth: month, from: input.points).map { (month, $0) } }).first else {
            return Outlook(status: .cannotJudge, method: .none,
                           reason: "Chưa có số liệu lũy kế từ đầu năm \(input.year) (6 tháng, 9 tháng, hoặc đủ các quý, các tháng).", figures: figures)
        }
        let period = input.yearParts.last { $0.period.months?.upperBound == month && $0.period.isYearToDate }?.period
        figures.period = period
        figures.value = soFar
        let percent = soFar / goal * 100
        figures.percentOfTarget = percent
        let pastShares = Set(input.points.map(\.period.startYear)).filter { $0 < input.year }.sorted().compactMap { year -> Double? in
            guard let whole = input.points.first(where: { $0.period == .year(year) })?.value, whole > 0,
                  let part = input.yearToDate(year: year, throughMonth: month, from: input.points) else { return nil }
            return part / whole
        }
        let usual: Double, method: Method, basis: String
        if pastShares.isEmpty {
            (usual, method) = (Double(month) / 12, .elapsedShare)
            basis = "bằng \(outlookNumber(usual * 100))% thời gian của năm (chưa có số liệu các năm trước để biết tỷ lệ mùa vụ)"
        } else {
            (usual, method) = (pastShares.reduce(0, +) / Double(pastShares.count), .seasonalShare)
            basis = "các năm trước đến cùng thời điểm thường đạt \(outlookNumber(usual * 100))% cả năm (bình quân \(pastShares.count) năm)"
        }
        figures.usualPercent = usual * 100
        let projected = soFar / usual
        figures.projectedYearEnd = projected
        let reaches = input.meets(projected) ?? false
        let through = period?.description ?? "\(month) tháng đầu năm \(input.year)"
        let reason = "Lũy kế \(through) đạt \(outlookNumber(soFar))\(input.unit.map { " \($0)" } ?? ""), bằng \(outlookNumber(percent))% kế hoạch năm; "
            + "\(basis); theo nhịp đó cả năm ước \(outlookNumber(projected)), \(reaches ? "đạt" : "không đạt") kế hoạch \(outlookNumber(goal))."
        return Outlook(status: reaches ? .onTrack : .atRisk, method: method, reason: reason, figures: figures)
    }

    /// Level or share: the latest value of the year against the annual target; one already there
    /// is on track, otherwise the change since the value before (an earlier part of the year, or
    /// last year's figure) is carried on to December at the same pace per month.
    static func lastValueTrend(_ input: OutlookInput) -> Outlook {
        var figures = OutlookFigures()
        figures.annualTarget = input.targetEnd
        guard let last = input.yearParts.last, let lastDay = last.period.lastDay else {
            return Outlook(status: .cannotJudge, method: .none, reason: "Chưa có số liệu trong năm \(input.year) đến ngày \(input.asOf).", figures: figures)
        }
        figures.period = last.period
        figures.value = last.value
        let target = input.target?.text ?? ""
        let unit = input.unit.map { " \($0)" } ?? ""
        let lead = "\(last.period.description.uppercasedFirst) đạt \(outlookNumber(last.value))\(unit)"
        if input.meets(last.value) == true {
            return Outlook(status: .onTrack, method: .lastValueTrend, reason: "\(lead), đã đạt kế hoạch năm (\(target)).", figures: figures)
        }
        let earlier = input.yearParts.dropLast().last { $0.period.lastDay! < lastDay }
            ?? input.points.first { $0.period == .year(input.year - 1) }
        guard let earlier, let earlierDay = earlier.period.lastDay, lastDay.monthIndex > earlierDay.monthIndex else {
            return Outlook(status: .cannotJudge, method: .lastValueTrend,
                           reason: "\(lead), chưa đạt kế hoạch năm (\(target)); cần thêm số liệu kỳ trước để biết xu hướng.", figures: figures)
        }
        figures.previousValue = earlier.value
        figures.previousPeriod = earlier.period
        let perMonth = (last.value - earlier.value) / Double(lastDay.monthIndex - earlierDay.monthIndex)
        let projected = last.value + perMonth * Double(12 - lastDay.month)
        figures.projectedYearEnd = projected
        let reaches = input.meets(projected) ?? false
        let trend = perMonth == 0 ? "không đổi" : perMonth > 0 ? "tăng" : "giảm"
        let reason = "\(lead), chưa đạt kế hoạch năm (\(target)); so với \(earlier.period.description) (\(outlookNumber(earlier.value))) \(trend), "
            + "giữ nhịp đó đến cuối năm ước \(outlookNumber(projected)), \(reaches ? "đạt" : "không đạt") kế hoạch."
        return Outlook(status: reaches ? .onTrack : .atRisk, method: .lastValueTrend, reason: reason, figures: figures)
    }
}

extension OutlookInput {
    /// The name without the unit reports append to it: "Tốc độ tăng GRDP (%)" → "Tốc độ tăng GRDP".
    var plainName: String {
        var name = self.name.trimmed
        for suffix in ["(%)", "(%/năm)"] where name.hasSuffix(suffix) { name = String(name.dropLast(suffix.count)).trimmed }
        return name
    }
}

fileprivate extension String {
    var uppercasedFirst: String { prefix(1).uppercased() + dropFirst() }
}
