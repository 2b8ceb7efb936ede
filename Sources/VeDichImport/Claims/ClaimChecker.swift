import VeDichCore

/// Checks each figure claim against its own figures (a pair in the same sentence, a difference)
/// and else against the row of the document's tables it speaks of, at the precision written.
/// A ratio that does not check is a finding quoting the stated ratio and the computed one.
struct ClaimChecker {
    var matcher: IndicatorMatcher
    var findings: [Finding] = []

    init(tables: [AuditedTable]) {
        matcher = IndicatorMatcher(tables: tables)
    }

    mutating func check(_ claim: inout Claim) {
        if let ambiguity = claim.ambiguity {
            claim.consistent = nil
            findings.append(Finding(.info, .ambiguousClaim, at: claim.location, "\(ambiguity): không đủ căn cứ để kiểm tra, cần ghi rõ."))
            return
        }
        if !claim.subjects.isEmpty {
            checkListedVerdict(&claim)
            return
        }
        let match = claim.ownFigures && claim.kind != .difference ? nil : matcher.match(subject: claim.subjectWords, value: claim.actual)
        if let match {
            claim.indicator = match.candidate.line.name
            claim.matchedRow = true
        }
        switch claim.kind {
        case .ratio: checkRatio(&claim, match)
        case .pair, .verdict: checkVerdict(&claim, match)
        case .difference: checkDifference(&claim, match)
        case .count: break
        }
    }

    // MARK: Ratios

    private mutating func checkRatio(_ claim: inout Claim, _ match: IndicatorMatcher.Match?) {
        guard let stated = claim.statedPercent else { return }
        let value: Figure, target: Figure, source: String
        let severityAllowed: Finding.Severity
        var issuerMatched = false
        if claim.ownFigures, let actual = claim.actual, let planned = claim.target?.pointFigure ?? claim.targetRange {
            // Units that cannot be reconciled ("tỷ USD" against "tỷ đồng"): not checked.
            guard let converted = ClaimUnits.value(actual.pointFigure, valueUnit: claim.actualUnit, target: planned, targetUnit: claim.targetUnit) else { return }
            (value, target) = (converted, planned)
            source = "\(Self.written(actual, claim.actualUnit)) so với kế hoạch \(Self.written(planned.text, claim.targetUnit)) nêu \(claim.planEarlier ? "trước đó " : "")trong câu"
            severityAllowed = claim.planEarlier ? .warning : .error
        } else if let match, let planned = Self.plan(of: match.candidate.line, issuedBy: claim.basisIssuer).figure,
                  let actual = match.byValue ? match.candidate.line.actual?.figure : (claim.actual?.pointFigure ?? match.candidate.line.actual?.figure) {
            let fromProse = !match.byValue && claim.actual != nil
            guard let converted = ClaimUnits.value(actual, valueUnit: fromProse ? claim.actualUnit : nil, target: planned, targetUnit: nil,
                                                   indicatorUnit: match.candidate.line.unit) else { return }
            (value, target) = (converted, planned)
            let issuer = Self.plan(of: match.candidate.line, issuedBy: claim.basisIssuer).issuer
            issuerMatched = issuer != nil
            source = "theo bảng, chỉ tiêu “\(match.candidate.line.name)” có \(fromProse ? Self.written(actual.text, claim.actualUnit) : actual.text) so với kế hoạch “\(planned.text)”\(issuer.map { " (\($0))" } ?? "")"
            severityAllowed = match.byValue ? .error : .warning
            claim.target = claim.target ?? Self.number(planned)
            claim.actual = claim.actual ?? Self.number(actual)
        } else {
            return
        }
        let percents = ClaimFigures.percents(value: value, target: target)
        guard !percents.isEmpty else { return }
        let closest = percents.min { abs($0 - stated.value) < abs($1 - stated.value) } ?? percents[0]
        claim.computedPercent = closest
        let consistent = percents.contains { ClaimFigures.agrees(computed: $0, stated: stated, approximate: claim.approximate) }
        // A ratio against another issuer's plan ("dự toán Trung ương giao") may use a figure the
        // table does not hold: not a contradiction of the table.
        if !consistent, !claim.ownFigures, claim.basisIssuer != nil, !issuerMatched {
            claim.check = "\(source); câu so với kế hoạch của cơ quan khác (\(claim.basisIssuer ?? "")) nên không so được với bảng"
            return
        }
        claim.consistent = consistent
        let digits = max(2, stated.fractionDigits + 1)
        let computed = percents.map { ClaimFigures.percentText($0, decimals: digits) }.joined(separator: " – ")
        claim.check = "\(source): \(computed)"
        guard !consistent else { return }
        let gap = closest - stated.value
        let severity: Finding.Severity = severityAllowed == .error ? NarrativeChecker.severity(gap: gap) : .warning
        findings.append(Finding(severity, .narrativeFigureMismatch, at: claim.location,
            "Văn bản ghi “\(claim.text)”\(claim.excessWritten == nil ? "" : " (tức \(stated.formatted) kế hoạch)"), nhưng \(source) là \(computed) (tính lại), không phải \(stated.formatted)."))
    }

    // MARK: Verdicts and pairs

    private mutating func checkVerdict(_ claim: inout Claim, _ match: IndicatorMatcher.Match?) {
        var computed: Verdict?
        var source = ""
        var trusted = true
        if claim.ownFigures, let actual = claim.actual, let planned = claim.target?.pointFigure ?? claim.targetRange,
           let value = ClaimUnits.value(actual.pointFigure, valueUnit: claim.actualUnit, target: planned, targetUnit: claim.targetUnit) {
            // Which way is better, from the row, else the indicator's name as the tables decide it
            // ("Tỷ lệ hộ nghèo … 2,5%, vượt kế hoạch (3%)": lower is better, so it is exceeded).
            let named = claim.indicator.flatMap { DirectionDictionary.standard.match($0)?.direction }
            let direction = match?.candidate.line.direction ?? named ?? .higher
            computed = Evaluation.evaluate(value: value, target: planned, direction: direction).verdict
            claim.computedPercent = ClaimFigures.percents(value: value, target: planned).first
            source = "\(Self.written(actual, claim.actualUnit)) so với kế hoạch \(Self.written(planned.text, claim.targetUnit)) nêu trong câu"
        } else if let match {
            computed = match.candidate.verdict
            trusted = match.byValue
            let line = match.candidate.line
            if let actual = line.actual?.figure, let planned = line.target?.figure {
                claim.computedPercent = ClaimFigures.percents(value: actual, target: planned).first
                claim.actual = claim.actual ?? Self.number(actual)
                claim.target = Self.number(planned)
            }
            source = "theo bảng, chỉ tiêu “\(line.name)” (\(line.actual?.text ?? "chưa có số liệu") so với kế hoạch “\(line.target?.text ?? "")”)"
        }
        // A pair with no verdict word is checked by the ratio said of it ("5.200/5.000 tỷ đồng, bằng
        // 104% kế hoạch"); the ratio's own claim quotes both ratios when they differ.
        var ratioAgrees: Bool?
        if claim.kind == .pair, claim.ownFigures, let statedPercent = claim.statedPercent, let actual = claim.actual,
           let planned = claim.target?.pointFigure ?? claim.targetRange,
           let value = ClaimUnits.value(actual.pointFigure, valueUnit: claim.actualUnit, target: planned, targetUnit: claim.targetUnit) {
            let percents = ClaimFigures.percents(value: value, target: planned)
            if !percents.isEmpty {
                ratioAgrees = percents.contains { ClaimFigures.agrees(computed: $0, stated: statedPercent, approximate: claim.approximate) }
                claim.consistent = ratioAgrees
                claim.check = "\(source): \(percents.map { ClaimFigures.percentText($0, decimals: max(2, statedPercent.fractionDigits + 1)) }.joined(separator: " – ")) so với \(statedPercent.formatted) văn bản ghi"
            }
        }
        guard let stated = claim.stated, let computed else { return }
        if stated == .noData || computed == .noData {
            claim.consistent = stated == computed ? true : nil
            return
        }
        guard [Verdict.exceeded, .met, .missed].contains(computed) else { return }
        let consistent = stated.isMetOrExceeded == computed.isMetOrExceeded
        claim.consistent = consistent && ratioAgrees != false
        claim.check = "\(source): \(computed.label)"
        guard !consistent, claim.kind == .verdict else { return }
        findings.append(Finding(trusted ? .error : .warning, .proseVerdictContradictsValues, at: claim.location,
            "Văn bản ghi “\(claim.text)”\(claim.indicator.map { " cho “\($0)”" } ?? "") nhưng \(source) là “\(computed.label)”."))
    }

    /// "A, B và C đều vượt kế hoạch": each name against the table row it names. Found by name
    /// only, so a contradiction is a warning.
    private mutating func checkListedVerdict(_ claim: inout Claim) {
        guard let stated = claim.stated, stated != .noData else { return }
        var agreeing: [String] = []
        var contradicting: [String] = []
        for name in claim.subjects {
            guard let match = matcher.match(subject: Words(name), value: nil), let computed = match.candidate.verdict,
                  [Verdict.exceeded, .met, .missed].contains(computed) else { continue }
            let line = match.candidate.line
            let described = "“\(line.name)” (\(line.actual?.text ?? "chưa có số liệu") so với kế hoạch “\(line.target?.text ?? "")”: \(computed.label))"
            if stated.isMetOrExceeded == computed.isMetOrExceeded { agreeing.append(described) } else { contradicting.append(described) }
        }
        guard !agreeing.isEmpty || !contradicting.isEmpty else { return }
        claim.consistent = contradicting.isEmpty
        claim.check = "theo bảng: " + (contradicting + agreeing).joined(separator: "; ")
        guard !contradicting.isEmpty else { return }
        findings.append(Finding(.warning, .proseVerdictContradictsValues, at: claim.location,
            "Văn bản ghi “\(claim.text)” nhưng theo bảng, \(contradicting.joined(separator: "; "))."))
    }

    // MARK: Differences

    private mutating func checkDifference(_ claim: inout Claim, _ match: IndicatorMatcher.Match?) {
        guard let actual = claim.actual, let planned = claim.target, let difference = claim.difference else { return }
        if claim.explicitTarget {
            checkAgainstPrintedPlan(&claim, actual: actual, planned: planned, difference: difference)
            return
        }
        if !planned.isPercent || !claim.differenceInPoints && !difference.isPercent {
            claim.computedPercent = ClaimFigures.percents(value: actual.pointFigure, target: planned.pointFigure).first
        }
        guard let match, match.byValue || claim.matchedRow, let rowTarget = match.candidate.line.target?.figure,
              rowTarget.form == .point || rowTarget.form == .range else { return }
        let ends = [rowTarget.interval.lower?.value, rowTarget.interval.upper?.value].compactMap { $0 }
        let tolerance = NarrativeChecker.roundingTolerance(decimals: difference.fractionDigits)
        let consistent = ends.contains { abs($0 - planned.value) <= tolerance }
        claim.consistent = consistent
        claim.check = "kế hoạch suy ra \(planned.formatted); bảng ghi kế hoạch “\(rowTarget.text)” cho “\(match.candidate.line.name)”"
        guard !consistent else { return }
        findings.append(Finding(.warning, .narrativeFigureMismatch, at: claim.location,
            "Văn bản ghi “\(claim.text)”: với \(actual.formatted) thì kế hoạch là \(planned.formatted), nhưng bảng ghi kế hoạch “\(rowTarget.text)” cho chỉ tiêu “\(match.candidate.line.name)”."))
    }

    /// "38,05%, vượt 0,05% so với chỉ tiêu … (38%)": the value less the printed plan, in points
    /// (or, failing that, as a share of the plan), at the precision the difference was written.
    /// Which of the sentence's figures is the value can be misread, so a mismatch is a warning.
    private mutating func checkAgainstPrintedPlan(_ claim: inout Claim, actual: VietnameseNumber, planned: VietnameseNumber, difference: VietnameseNumber) {
        guard planned.value != 0 else { return }
        let tolerance = NarrativeChecker.roundingTolerance(decimals: difference.fractionDigits) + 1e-9
        let points = actual.value - planned.value
        let relative = (actual.value / planned.value - 1) * 100
        let inPoints = abs(points - difference.value) <= tolerance
        let asShare = difference.isPercent && abs(relative - difference.value) <= tolerance
        claim.computedPercent = ClaimFigures.percents(value: actual.pointFigure, target: planned.pointFigure).first
        claim.consistent = inPoints || asShare
        let digits = max(actual.fractionDigits, planned.fractionDigits, difference.fractionDigits)
        let unit = actual.isPercent ? " điểm %" : ""
        claim.check = "\(actual.formatted) so với kế hoạch \(planned.formatted) nêu trong câu: chênh \(VietnameseNumber.format(points, fractionDigits: digits))\(unit)"
        guard claim.consistent == false else { return }
        findings.append(Finding(.warning, .narrativeFigureMismatch, at: claim.location,
            "Văn bản ghi “\(claim.text)”, nhưng \(actual.formatted) so với kế hoạch \(planned.formatted) chênh \(VietnameseNumber.format(points, fractionDigits: digits))\(unit) (tính lại), không phải \(VietnameseNumber.format(difference.value, fractionDigits: difference.fractionDigits))\(unit)."))
    }

    /// The row's plan a ratio names: "đạt 114,2% dự toán Trung ương giao" is against the Trung
    /// ương column when the table has one (with its issuer), else the row's governing target.
    static func plan(of line: ReadLine, issuedBy words: String?) -> (figure: Figure?, issuer: String?) {
        if let words, let issuer = IssuerName.of(words), let issued = line.targets.first(where: { $0.issuer == issuer }),
           let figure = issued.figure.figure {
            return (figure, issued.issuer)
        }
        return (line.target?.figure, nil)
    }

    /// "4,4 nghìn tỷ đồng": a figure with the unit the sentence wrote after it, when that is not a
    /// plain "%" (which the figure shows already).
    static func written(_ number: VietnameseNumber, _ unit: String?) -> String {
        written(number.formatted, number.isPercent ? nil : unit)
    }

    static func written(_ text: String, _ unit: String?) -> String {
        guard let unit, !unit.isEmpty, !text.hasSuffix("%") else { return text }
        return "\(text) \(unit)"
    }

    /// A figure's single number, for a claim's `target` or `actual`; nil for a range or a bound.
    static func number(_ figure: Figure) -> VietnameseNumber? {
        figure.interval.pointValue.map { VietnameseNumber(value: $0, fractionDigits: figure.fractionDigits, isPercent: figure.isPercent) }
    }
}
