import Testing
import VeDichCore

/// A table copied from a statistical yearbook writes "9.06" and "98.6"; a Vietnamese office writes
/// "9,06" and groups thousands with a dot. The table's own figures decide, and only when clear.
struct DecimalMarkTests {
    @Test func aYearbookTableWritesDecimalPoints() {
        // Số bác sỹ cho 10000 dân, Tỷ lệ thôn bản có nhân viên y tế, Tỷ lệ dân số tham gia BHYT.
        let figures = ["9.06", "9.81", "9", "10", "98.6", ">90", "89.10", "90.85", "≥ 95.5", "46*"]
        #expect(DecimalMark.evidence(in: figures) == .point)
    }

    @Test func aVietnameseTableKeepsTheDecimalComma() {
        #expect(DecimalMark.evidence(in: ["6,5-7,5", "2.191,1", "4.400", "98.6"]) == .comma,
                "one decimal comma outweighs a mistyped 98.6: that one stays an error to fix")
        #expect(DecimalMark.evidence(in: ["1.029,5", "1.130"]) == .comma)
    }

    @Test func thousandsAloneProveNothing() {
        // "4.400" is four thousand four hundred, "1,230" could be either: nothing says point.
        #expect(DecimalMark.evidence(in: ["4.400", "1.230", "28.000-28.500", "95"]) == .comma)
        #expect(DecimalMark.evidence(in: ["1,230", "4.400"]) == .comma)
        #expect(DecimalMark.evidence(in: [String]()) == .comma)
    }

    @Test func aCommaGroupBeforeAPointIsEnglish() {
        #expect(DecimalMark.evidence(in: ["1,230.5", "2,000"]) == .point)
    }

    @Test func aSentenceEndingDotIsNoDecimal() {
        #expect(DecimalMark.evidence(in: ["Năm 2020.", "95"]) == .comma)
    }

    @Test func pointFiguresReadTheVietnameseWay() throws {
        let mark = DecimalMark.point
        #expect(mark.vietnamese("98.6") == "98,6")
        #expect(mark.vietnamese("1,230.5") == "1.230,5")
        #expect(mark.vietnamese("≥ 95.5") == "≥ 95,5")
        #expect(mark.vietnamese("6.5-7.5%") == "6,5-7,5%")
        #expect(mark.vietnamese("Khoảng 4.") == "Khoảng 4.", "a closing dot is no decimal")
        #expect(try Figure.parse(mark.vietnamese("89.10")).interval.lower?.value == 89.1)
        #expect(try Figure.parse(mark.vietnamese(">90")).form.isThreshold)
        #expect(DecimalMark.comma.vietnamese("4.400") == "4.400")
    }
}

/// Indicators lettered "a", "b", "c" keep their letter as their code, ordered as the alphabet.
struct LetteredIndicatorCodeTests {
    @Test func aLetteredIndicatorPrintsItsLetter() {
        #expect(IndicatorCode(group: "", letter: "a").description == "a")
        #expect(IndicatorCode(group: "II", letter: "b").description == "II.b")
        #expect(IndicatorCode(group: "", letter: "B").description == "b")
        #expect(IndicatorCode(group: "", number: 7).description == "7", "a numbered code prints as before")
        #expect(IndicatorCode(group: "II", number: 5).description == "II.5")
    }

    @Test func lettersOrderAsVietnameseListsLetterThem() {
        let codes = ["e", "a", "đ", "c", "d", "b"].map { IndicatorCode(group: "", letter: Character($0)) }
        #expect(codes.sorted().map(\.description) == ["a", "b", "c", "d", "đ", "e"])
        #expect(IndicatorCode(group: "", letter: "a").number == 1)
    }
}
