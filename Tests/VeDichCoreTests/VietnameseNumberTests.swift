import PropertyBased
import Testing
import VeDichCore

struct VietnameseNumberTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var value: Double
        var fractionDigits: Int
        var isPercent = false
        var testDescription: String { "“\(text)”" }
    }

    @Test(arguments: [
        Case(text: "1.029,5", value: 1029.5, fractionDigits: 1),
        Case(text: "4.400", value: 4400, fractionDigits: 0),
        Case(text: "7,0", value: 7, fractionDigits: 1),
        Case(text: "(-4,33)", value: -4.33, fractionDigits: 2),
        Case(text: "-2,5", value: -2.5, fractionDigits: 1),
        Case(text: "−2,5", value: -2.5, fractionDigits: 1),
        Case(text: "–2,5", value: -2.5, fractionDigits: 1),
        Case(text: "+3", value: 3, fractionDigits: 0),
        Case(text: "95%", value: 95, fractionDigits: 0, isPercent: true),
        Case(text: " 96,7 % ", value: 96.7, fractionDigits: 1, isPercent: true),
        Case(text: "8700,9", value: 8700.9, fractionDigits: 1),
        Case(text: "14.040,8", value: 14040.8, fractionDigits: 1),
        Case(text: "1.234.567", value: 1_234_567, fractionDigits: 0),
        Case(text: "0,461", value: 0.461, fractionDigits: 3),
    ])
    func readsNumbersAsWritten(_ example: Case) throws {
        let number = try VietnameseNumber.parse(example.text)
        #expect(number.value == example.value)
        #expect(number.fractionDigits == example.fractionDigits)
        #expect(number.isPercent == example.isPercent)
    }

    @Test func keepsTheDecimalsItWasWrittenWith() throws {
        #expect(try VietnameseNumber.parse("7,0").formatted == "7,0")
        #expect(try VietnameseNumber.parse("1.029,50").formatted == "1.029,50")
        #expect(try VietnameseNumber.parse("95%").formatted == "95%")
        #expect(try VietnameseNumber.parse("(-4,33)").isParenthesized)
    }

    @Test func formatsGroupsAndDecimals() {
        #expect(VietnameseNumber.format(1029.5, fractionDigits: 1) == "1.029,5")
        #expect(VietnameseNumber.format(4400, fractionDigits: 0) == "4.400")
        #expect(VietnameseNumber.format(8.95, fractionDigits: 2) == "8,95")
        #expect(VietnameseNumber.format(-0.001, fractionDigits: 2) == "0,00")
        #expect(VietnameseNumber.format(-4.33, fractionDigits: 2) == "-4,33")
        #expect(VietnameseNumber.format(999, fractionDigits: 0) == "999")
        // 87 / 80 × 100 is 108,75 on paper and in a spreadsheet's display, 108.7499… in binary.
        #expect(VietnameseNumber.format(87.0 / 80 * 100, fractionDigits: 1) == "108,8")
        #expect(VietnameseNumber.format(-(87.0 / 80 * 100), fractionDigits: 1) == "-108,8")
        #expect(VietnameseNumber.format(108.74, fractionDigits: 1) == "108,7")
        #expect(VietnameseNumber.format(108.7499, fractionDigits: 1) == "108,7")
    }

    @Test func refusesARepeatedDecimalMarkAndSaysWhere() {
        #expect(throws: NumberFormatError.repeatedDecimalMark(text: "9,15,0", offset: 4)) {
            try VietnameseNumber.parse("9,15,0")
        }
    }

    @Test(arguments: ["1.5", "12.34", "1.0295", "1234.567", "1.234.56"])
    func refusesAGroupSeparatorThatDoesNotGroupThousands(_ text: String) {
        #expect {
            try VietnameseNumber.parse(text)
        } throws: { error in
            guard case NumberFormatError.misplacedGroupSeparator = error else { return false }
            return true
        }
    }

    @Test(arguments: ["", "  ", "%", "-", "()"])
    func refusesTextWithoutDigits(_ text: String) {
        #expect(throws: NumberFormatError.noDigits(text: text)) { try VietnameseNumber.parse(text) }
    }

    @Test func refusesForeignCharacters() {
        #expect(throws: NumberFormatError.unexpectedCharacter(text: "7a", offset: 1, character: "a")) {
            try VietnameseNumber.parse("7a")
        }
    }

    @Test func everyErrorExplainsItselfInVietnamese() {
        let cases: [(NumberFormatError, String, String)] = [
            (.noDigits(text: "%"), "không chứa chữ số", "ví dụ 7,5"),
            (.repeatedDecimalMark(text: "9,15,0", offset: 4), "“9,15,0” có hơn một dấu phẩy thập phân (ký tự thứ 5)", "Chỉ dùng một dấu phẩy"),
            (.misplacedGroupSeparator(text: "1.5", offset: 1), "“1.5” có dấu chấm không đúng chỗ (ký tự thứ 2)", "1.029,5"),
            (.unexpectedCharacter(text: "7a", offset: 1, character: "a"), "ký tự “a” không hợp lệ (ký tự thứ 2)", "95%"),
        ]
        for (error, what, fix) in cases {
            #expect(error.userMessage.what.contains(what), "\(error)")
            #expect(error.userMessage.fix.contains(fix), "\(error)")
        }
    }

    @Test func formattingThenReadingGivesTheSameNumber() async {
        await propertyCheck(count: 2000, input: Gen.int(in: -99_999_999...99_999_999), Gen.int(in: 0...4)) { units, digits in
            var scale = 1.0
            for _ in 0..<digits { scale *= 10 }
            let value = Double(units) / scale
            let text = VietnameseNumber.format(value, fractionDigits: digits)
            let number = try? VietnameseNumber.parse(text)
            #expect(number?.value == value, "\(text)")
            #expect(number?.fractionDigits == digits, "\(text)")
            #expect(number?.formatted == text)
        }
    }
}

struct VietnameseNumberEdgeTests {
    @Test func aSignWrittenInsideParenthesesDecides() throws {
        #expect(try VietnameseNumber.parse("(+4,33)").value == 4.33)
        #expect(try VietnameseNumber.parse("(-4,33)").value == -4.33)
    }

    @Test func parenthesesWithoutASignAreRefusedWithTheFix() throws {
        #expect(throws: NumberFormatError.parenthesizedWithoutSign(text: "(4,33)")) { try VietnameseNumber.parse("(4,33)") }
        let message = NumberFormatError.parenthesizedWithoutSign(text: "(4,33)").userMessage
        #expect(message.fix.contains("Viết (-4,33) nếu là số âm"), "\(message)")
        #expect(throws: FigureParseError.self) { try Figure.parse("(4,33)") }
        do {
            _ = try Figure.parse("(4,33)")
        } catch {
            guard case .malformedNumber(_, _, let cause) = error else { Issue.record("\(error)"); return }
            #expect(cause.isParenthesizedWithoutSign)
            #expect(error.userMessage.fix.contains("(-4,33)"))
        }
    }

    @Test func aNumberTooLargeForAnyPlanIsRefused() {
        let digits = String(repeating: "9", count: 400)
        #expect(throws: NumberFormatError.tooLarge(text: digits)) { try VietnameseNumber.parse(digits) }
        #expect(NumberFormatError.tooLarge(text: digits).userMessage.what.contains("quá lớn"))
    }
}

struct XMLEscapingTests {
    @Test func escapesByScalarAndDropsForbiddenControls() {
        let mark = String(UnicodeScalar(0x0301)!)
        let text = "<" + mark + "a & \"b\" 'c'" + String(UnicodeScalar(1)) + "\n"
        #expect(text.xmlEscaped == "&lt;" + mark + "a &amp; &quot;b&quot; &#39;c&#39;\n")
    }

    /// Text with nothing to escape is copied as it is; U+FFFE/U+FFFF are still dropped, while
    /// other characters of the same UTF-8 lead byte (U+FEFF, fullwidth digits) stay.
    @Test func plainTextIsCopiedAndTheForbiddenNoncharactersStillGo() {
        let names = ["Tỷ lệ người dân tham gia bảo hiểm y tế (%)", "7 - 7,5", "≥95", "Đạt", "Cơ cấu kinh tế\tI.1"]
        for name in names { #expect(name.xmlEscaped == name) }
        #expect("a\u{FFFE}b\u{FFFF}c".xmlEscaped == "abc")
        #expect("\u{FEFF}１２".xmlEscaped == "\u{FEFF}１２")
        var out = "<td>"
        "4.400 & 5.200".appendXMLEscaped(to: &out)
        #expect(out == "<td>4.400 &amp; 5.200")
    }
}
