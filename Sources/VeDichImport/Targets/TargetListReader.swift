import VeDichCore

/// Reads the bullet lists of targets a plan states in prose ("2. Các chỉ tiêu chủ yếu", with
/// "a) Các chỉ tiêu kinh tế:" … and "- Tốc độ tăng trưởng kinh tế (GRDP): 7,5 - 8%."). A compound
/// bullet is split into one target per figure.
struct TargetListReader {
    var directions: DirectionDictionary
    var findings: [Finding] = []

    mutating func read(_ document: SourceDocument) -> [PlanTarget] {
        let paragraphs = document.blocks.compactMap { block -> Paragraph? in
            if case .paragraph(let paragraph) = block { return paragraph }
            return nil
        }
        var targets: [PlanTarget] = []
        var index = 0
        while index < paragraphs.count {
            guard Self.isListHeading(paragraphs[index].text) else { index += 1; continue }
            let plan = Self.planPeriod(before: index, in: paragraphs)
            index += 1
            var groupCount = 0
            var bulletInGroup = 0
            var group: String?
            var groupTitle: String?
            while index < paragraphs.count {
                let text = paragraphs[index].text
                if Self.subheadingLetter(text) != nil {
                    groupTitle = String(text.dropFirst(2)).trimmed
                    if groupTitle?.hasSuffix(":") == true { groupTitle?.removeLast() }
                    group = RowReader.romanNumerals[min(groupCount, RowReader.romanNumerals.count - 1)]
                    groupCount += 1
                    bulletInGroup = 0
                } else if text.hasPrefix("-") || text.hasPrefix("+") || text.hasPrefix("•") {
                    bulletInGroup += 1
                    let code = IndicatorCode(group: group ?? "", number: bulletInGroup)
                    targets += readBullet(String(text.dropFirst()).trimmed, plan: plan, code: code,
                                          location: paragraphs[index].location).map { target in
                        var target = target
                        target.groupTitle = groupTitle
                        return target
                    }
                } else {
                    break
                }
                index += 1
            }
        }
        return targets
    }

    /// "2. Các chỉ tiêu chủ yếu", "Các chỉ tiêu chủ yếu kế hoạch năm 2025:".
    static func isListHeading(_ text: String) -> Bool {
        // A heading is short: the length is checked before the whole paragraph is lowered.
        guard text.utf8.count < 600, text.count < 120 else { return false }
        let lowered = text.lowercased()
        return lowered.includes("chỉ tiêu chủ yếu") && !lowered.includes("ước thực hiện")
            && !lowered.includes("đánh giá")
    }

    /// "a) Các chỉ tiêu kinh tế:" → "a".
    static func subheadingLetter(_ text: String) -> Character? {
        let characters = Array(text)
        guard characters.count > 2, characters[0].isLetter, characters[0].isLowercase, characters[1] == ")" else { return nil }
        return characters[0]
    }

    /// The plan a list belongs to: the nearest heading above that names a year or a span.
    static func planPeriod(before index: Int, in paragraphs: [Paragraph]) -> String? {
        for paragraph in paragraphs[..<index].reversed().prefix(12) {
            let text = paragraph.text
            guard text.count < 200 else { continue }
            let years = Years.in(text)
            if let first = years.first, let last = years.last, last - first >= 3 { return "\(first)-\(last)" }
            if let year = years.last { return "\(year)" }
        }
        return nil
    }

    // MARK: Bullets

    private mutating func readBullet(_ text: String, plan: String?, code: IndicatorCode, location: SourceLocation) -> [PlanTarget] {
        var body = text.hasSuffix(".") || text.hasSuffix(";") ? String(text.dropLast()) : text
        var parentName: String?
        // "Cơ cấu kinh tế: Nông lâm nghiệp chiếm 21 - 22%, …": the label names the parent when
        // the part after the colon has names of its own.
        var labelName: String?
        if let colon = body.firstIndex(of: ":") {
            let label = body[..<colon].trimmed
            let rest = body[body.index(after: colon)...].trimmed
            labelName = label
            body = rest
        }
        var partCount = 0
        var located: [LocatedFigure] = []
        for clause in body.split(separator: ";") {
            for piece in Self.splitFigures(String(clause), separator: ", ") {
                let joined = Self.splitFigures(piece, separator: " và ")
                partCount += joined.count
                var group = joined.compactMap { FigureLocator.locate(in: $0) }
                // "11,5 bác sỹ và 34 giường bệnh trên 1 vạn dân": the shared tail names both.
                if let tail = group.last?.tail, !tail.isEmpty {
                    for index in group.indices.dropLast() where group[index].tail.isEmpty && group[index].name.isEmpty {
                        group[index].tail = tail
                    }
                }
                located += group
            }
        }
        if located.count < partCount {
            findings.append(Finding(.warning, .unparsedRow, at: location,
                "Mục tiêu “\(text)”: có phần không tìm thấy số liệu kế hoạch; chỉ đọc được \(located.count)/\(partCount) phần"))
        }
        if let labelName {
            if located.count == 1, located[0].name.isEmpty {
                located[0].name = labelName
            } else {
                parentName = labelName
            }
        }
        return located.map { part in
            var name = part.name
            if name.isEmpty {
                name = "Số " + [part.unit ?? "", part.tail].filter { !$0.isEmpty }.joined(separator: " ")
            } else if !part.tail.isEmpty {
                // "Xây dựng thêm 09 xã đạt chuẩn nông thôn mới": the unit word is part of the name too.
                name += " " + [part.unit ?? "", part.tail].filter { !$0.isEmpty }.joined(separator: " ")
            }
            name = name.prefix(1).uppercased() + name.dropFirst()
            let (direction, reason) = directions.resolve(name: name, parentName: parentName, target: part.figure,
                                                          code: parentName == nil ? code : nil)
            return PlanTarget(plan: plan, code: code, groupTitle: nil, name: name.trimmed, parentName: parentName, unit: part.unit,
                              figure: part.figure, direction: direction, directionReason: reason, location: location)
        }
    }

    /// Splits at `separator` only where both sides hold a number, so "Nông, lâm nghiệp" stays whole.
    static func splitFigures(_ text: String, separator: String) -> [String] {
        let pieces = text.components(separatedBy: separator)
        var parts: [String] = []
        for piece in pieces {
            if let last = parts.last, !(last.contains(where: \.isNumber) && piece.contains(where: \.isNumber)) {
                parts[parts.count - 1] = last + separator + piece
            } else {
                parts.append(piece)
            }
        }
        return parts.map(\.trimmed).filter { !$0.isEmpty }
    }
}
