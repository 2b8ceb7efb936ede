import PropertyBased
import Testing
import VeDichCore

struct FigureTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var interval: Interval
        var form: Figure.Form
        var implied: Direction?
        var unit: String? = nil
        var testDescription: String { "“\(text)”" }
    }

    static let unbounded: Double? = nil

    @Test(arguments: [
        Case(text: "7 - 7,5", interval: .closed(7, 7.5), form: .range, implied: nil),
        Case(text: "7–7,5", interval: .closed(7, 7.5), form: .range, implied: nil),
        Case(text: "2.900 - 3.000", interval: .closed(2900, 3000), form: .range, implied: nil),
        Case(text: "4.400", interval: .point(4400), form: .point, implied: nil),
        Case(text: "75,9", interval: .point(75.9), form: .point, implied: nil),
        Case(text: "≥5", interval: Interval(lower: Bound(5), upper: nil), form: .atLeast, implied: .higher),
        Case(text: ">=5", interval: Interval(lower: Bound(5), upper: nil), form: .atLeast, implied: .higher),
        Case(text: ">3", interval: Interval(lower: Bound(3, isInclusive: false), upper: nil), form: .greaterThan, implied: .higher),
        Case(text: "<3", interval: Interval(lower: nil, upper: Bound(3, isInclusive: false)), form: .lessThan, implied: .lower),
        Case(text: "≤ 2", interval: Interval(lower: nil, upper: Bound(2)), form: .atMost, implied: .lower),
        Case(text: "đạt 7,5 - 8%", interval: .closed(7.5, 8), form: .range, implied: nil),
        Case(text: "chiếm 21 - 22%", interval: .closed(21, 22), form: .range, implied: nil),
        Case(text: "khoảng 40 - 41", interval: .closed(40, 41), form: .range, implied: nil),
        Case(text: "trên 2.000", interval: Interval(lower: Bound(2000, isInclusive: false), upper: nil), form: .greaterThan, implied: .higher),
        Case(text: "dưới 3%", interval: Interval(lower: nil, upper: Bound(3, isInclusive: false)), form: .lessThan, implied: .lower),
        Case(text: "từ 5% trở lên", interval: Interval(lower: Bound(5), upper: nil), form: .atLeast, implied: .higher),
        Case(text: "tối thiểu 98", interval: Interval(lower: Bound(98), upper: nil), form: .atLeast, implied: .higher),
        Case(text: "không quá 3", interval: Interval(lower: nil, upper: Bound(3)), form: .atMost, implied: .lower),
        Case(text: "còn 2,02%", interval: .point(2.02), form: .point, implied: .lower),
        Case(text: "<5", interval: Interval(lower: nil, upper: Bound(5, isInclusive: false)), form: .lessThan, implied: .lower),
        Case(text: "(-4,33)", interval: .point(-4.33), form: .point, implied: nil),
        Case(text: "đạt 68 - 69 triệu đồng", interval: .closed(68, 69), form: .range, implied: nil, unit: "triệu đồng"),
        Case(text: "4.400 nghìn lượt", interval: .point(4400), form: .point, implied: nil, unit: "nghìn lượt"),
        Case(text: "từ 7 đến 7,5", interval: .closed(7, 7.5), form: .range, implied: nil),
        Case(text: "9.000 ha.", interval: .point(9000), form: .point, implied: nil, unit: "ha"),
    ])
    func readsTargetsAsIntervals(_ example: Case) throws {
        let figure = try Figure.parse(example.text)
        #expect(figure.text == example.text)
        #expect(figure.interval == example.interval)
        #expect(figure.form == example.form)
        #expect(figure.impliedDirection == example.implied)
        #expect(figure.unit == example.unit)
    }

    @Test func keepsDecimalsAndPercent() throws {
        let figure = try Figure.parse("đạt 7,5 - 8%")
        #expect(figure.fractionDigits == 1)
        #expect(figure.isPercent)
        #expect(try Figure.parse("(-4,33)").hasParenthesizedNumber)
    }

    @Test func namesTheMalformedNumberInsideAPhrase() {
        #expect(throws: FigureParseError.malformedNumber(
            text: "đạt 9,15,0%", offset: 4,
            cause: .repeatedDecimalMark(text: "9,15,0%", offset: 4))) {
            try Figure.parse("đạt 9,15,0%")
        }
    }

    @Test func refusesAReversedRange() {
        #expect(throws: FigureParseError.reversedRange(text: "7,5 - 7")) { try Figure.parse("7,5 - 7") }
    }

    @Test func refusesAComparisonOnARange() {
        #expect(throws: FigureParseError.comparisonWithRange(text: "≥ 5 - 6")) { try Figure.parse("≥ 5 - 6") }
    }

    @Test func refusesEmptyAndNumberlessText() {
        #expect(throws: FigureParseError.empty) { try Figure.parse("  ") }
        #expect(throws: FigureParseError.missingNumber(text: "trên", offset: 4)) { try Figure.parse("trên") }
    }

    @Test func refusesTrailingFigures() {
        #expect(throws: FigureParseError.unexpectedText(text: "7 và 8", offset: 2, fragment: "và 8")) {
            try Figure.parse("7 và 8")
        }
    }

    @Test func everyErrorExplainsItselfInVietnamese() {
        let cases: [(FigureParseError, String)] = [
            (.empty, "Chưa nhập số liệu"),
            (.malformedNumber(text: "tăng 9,15,0%", offset: 5, cause: .repeatedDecimalMark(text: "9,15,0%", offset: 4)),
             "Trong “tăng 9,15,0%”, số “9,15,0%” (từ ký tự thứ 6) không đúng định dạng"),
            (.missingNumber(text: "trên", offset: 4), "“trên” thiếu số"),
            (.reversedRange(text: "7,5 - 7"), "cận đầu lớn hơn cận cuối"),
            (.unexpectedText(text: "7 và 8", offset: 2, fragment: "và 8"), "phần “và 8” không đọc được"),
            (.comparisonWithRange(text: "≥ 5 - 6"), "vừa có dấu so sánh vừa là một khoảng"),
        ]
        for (error, what) in cases {
            #expect(error.userMessage.what.contains(what), "\(error.userMessage.what)")
            #expect(!error.userMessage.fix.isEmpty)
        }
    }

    @Test func aRangeAlwaysHasItsLowerEndFirst() async {
        await propertyCheck(count: 1000, input: Gen.int(in: -9999...9999), Gen.int(in: -9999...9999)) { a, b in
            let text = "\(VietnameseNumber.format(Double(a) / 10, fractionDigits: 1)) - \(VietnameseNumber.format(Double(b) / 10, fractionDigits: 1))"
            if let figure = try? Figure.parse(text) {
                #expect(a <= b)
                let lower = try #require(figure.interval.lower).value
                let upper = try #require(figure.interval.upper).value
                #expect(lower <= upper)
                #expect(figure.interval.contains(.point(lower)) && figure.interval.contains(.point(upper)))
            } else {
                #expect(a > b, "\(text)")
            }
        }
    }
}

struct FigureWordCaseTests {
    /// The parser reads bytes and lower-cases Vietnamese capitals by code point: headings and
    /// cells written in capitals read as their lower-case forms.
    @Test(arguments: [("TRÊN 2.000", Figure.Form.greaterThan), ("Đạt 7 - 8%", .range), ("KHÔNG QUÁ 3", .atMost),
                      ("Từ 5% TRỞ LÊN", .atLeast), ("CÒN 2,02%", .point), ("Dưới 3%", .lessThan)])
    func readsWordsInAnyCase(text: String, form: Figure.Form) throws {
        let figure = try Figure.parse(text)
        #expect(figure.form == form, "\(text)")
    }

    @Test func aNoBreakSpaceIsABlank() throws {
        #expect(try Figure.parse("7\u{00A0}-\u{00A0}7,5").interval == .closed(7, 7.5))
        #expect(try Figure.parse("≥\u{00A0}5").form == .atLeast)
    }
}
