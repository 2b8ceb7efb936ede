import Testing
import VeDichCore
@testable import VeDichImport

/// Directions from indicator names: whole phrases, the most specific winning, a reason in words.
struct DirectionDictionaryTests {
    let dictionary = DirectionDictionary.standard

    func resolve(_ name: String, target: String? = nil, parent: String? = nil) throws -> (Direction, String) {
        dictionary.resolve(name: name, parentName: parent, target: try target.map { try Figure.parse($0) })
    }

    @Test func facilitiesCausingPollutionThatWereDealtWithAreHigherIsBetter() throws {
        let (direction, reason) = try resolve("Tỷ lệ cơ sở gây ô nhiễm môi trường nghiêm trọng được xử lý")
        #expect(direction == .higher, "\(reason)")
        #expect(reason.contains("“được xử lý”"))
        #expect(reason.contains("cao hơn là tốt"))
    }

    @Test func wasteCollectedIsHigherIsBetter() throws {
        let (direction, reason) = try resolve("Tỷ lệ chất thải rắn ở đô thị được thu gom và xử lý (%)")
        #expect(direction == .higher)
        #expect(reason.contains("“được thu gom”"))
    }

    @Test func pollutionAloneIsLowerIsBetter() throws {
        let (direction, reason) = try resolve("Số cơ sở gây ô nhiễm môi trường nghiêm trọng")
        #expect(direction == .lower)
        #expect(reason.contains("“ô nhiễm”") && reason.contains("thấp hơn là tốt"))
    }

    /// "Tỷ lệ hộ nghèo giảm 1,5%" is how far poverty fell in a year: the more, the better.
    @Test func povertyRateFallingMeasuresTheReductionSoHigherIsBetter() throws {
        let (direction, reason) = try resolve("Tỷ lệ hộ nghèo giảm (%)")
        #expect(direction == .higher, "\(reason)")
        #expect(reason.contains("kết thúc bằng “giảm”"))
        #expect(reason.contains("mức giảm"))
    }

    /// "Giảm tỷ lệ hộ nghèo" with a point target ("1 - 1,5") is the points by which poverty is
    /// to fall: a larger reduction is better.
    @Test func reducingThePovertyRateIsTheAmountOfReductionSoHigherIsBetter() throws {
        let (direction, reason) = try resolve("Giảm tỷ lệ hộ nghèo (%)", target: "1 - 1,5")
        #expect(direction == .higher, "\(reason)")
        #expect(reason.contains("bắt đầu bằng “giảm”"))
        #expect(reason.contains("giảm được càng nhiều càng tốt"))
    }

    @Test func thePovertyRateAloneIsLowerIsBetter() throws {
        let (direction, reason) = try resolve("Tỷ lệ hộ nghèo")
        #expect(direction == .lower)
        #expect(reason.contains("“hộ nghèo”"))
    }

    /// "còn 2,02%" is the level to come down to: the target's form decides before any phrase.
    @Test func aRemainingLevelTargetDecidesLowerFromItsForm() throws {
        let (direction, reason) = try resolve("Tỷ lệ hộ nghèo", target: "còn 2,02%")
        #expect(direction == .lower)
        #expect(reason.contains("“còn 2,02%”"))
        let (reduction, _) = try resolve("Giảm tỷ lệ hộ nghèo", target: "còn 2,02%")
        #expect(reduction == .lower, "the target's own words win over the name")
    }

    @Test(arguments: ["Tỷ suất chết trẻ em dưới 1 tuổi", "Tỷ lệ tử vong mẹ", "Tỉ suất chết của trẻ em dưới 5 tuổi (‰)"])
    func deathRatesAreLowerIsBetter(_ name: String) throws {
        let (direction, reason) = try resolve(name)
        #expect(direction == .lower, "\(name): \(reason)")
    }

    @Test(arguments: ["Số vụ tai nạn giao thông", "Số vụ phạm tội về tội phạm ma túy", "Số người chết do tai nạn lao động"])
    func accidentsAndCrimeAreLowerIsBetter(_ name: String) throws {
        let (direction, reason) = try resolve(name)
        #expect(direction == .lower, "\(name): \(reason)")
    }

    @Test func reducingAccidentsOrCrimeMeasuresTheReduction() throws {
        #expect(try resolve("Giảm tai nạn giao thông cả 3 tiêu chí (%)").0 == .higher)
        #expect(try resolve("Kéo giảm tội phạm hình sự").0 == .higher)
        #expect(try resolve("Tỷ lệ điều tra khám phá tội phạm hình sự").0 == .higher, "a clearance rate")
    }

    /// Whole words: "cpi" is not found inside another word, "giảm" inside a name is not a
    /// reduction of the whole name.
    @Test func phrasesMatchWholeWordsOnly() throws {
        #expect(dictionary.match("Tổng vốn đầu tư toàn xã hội")?.phrase == "vốn đầu tư")
        #expect(dictionary.match("Số doanh nghiệp giảm thuế được hỗ trợ") == nil)
        #expect(dictionary.match("Chỉ số CPI bình quân")?.phrase == "cpi")
    }

    @Test func oldAndNewToneMarksReadAlike() throws {
        #expect(try resolve("Tỷ lệ chất thải rắn được xử lí").0 == .higher)
        #expect(Words("Tỷ lệ thôn có nhà văn hoá") == Words("Tỷ lệ thôn có nhà văn hóa"))
        #expect(Words("thuỷ lợi") == Words("thủy lợi"))
    }

    @Test func aComponentTakesItsParentsPhrase() throws {
        let (direction, reason) = try resolve("Nông, lâm nghiệp", parent: "Cơ cấu kinh tế")
        #expect(direction == .band)
        #expect(reason.contains("chỉ tiêu cha “Cơ cấu kinh tế”"))
    }

    @Test func withoutAnySignTheReasonSaysHigherIsBetterInPlainWords() throws {
        let (direction, reason) = try resolve("Số xã đạt chuẩn nông thôn mới")
        #expect(direction == .higher)
        #expect(reason.contains("cao hơn là tốt") && !reason.contains("từ điển"))
    }

    @Test func anOfficesPhrasesComeFirstAndMayBeTiedToTheStartOrEnd() throws {
        var dictionary = DirectionDictionary.standard
        dictionary.entries = try DirectionDictionary.parse("# cơ quan\ntỷ lệ nợ đọng\tlower\tnợ đọng càng ít càng tốt\n^số ca\tlower\n")
            + dictionary.entries
        let (direction, reason) = dictionary.resolve(name: "Tỷ lệ nợ đọng thuế", parentName: nil, target: nil)
        #expect(direction == .lower)
        #expect(reason.contains("nợ đọng càng ít càng tốt"))
        #expect(dictionary.resolve(name: "Số ca mắc sốt xuất huyết", parentName: nil, target: nil).0 == .lower)
    }

    @Test func badPhraseLinesAreAllReportedWithTheirNumbers() {
        #expect(throws: DirectionDictionaryError.self) { try DirectionDictionary.parse("tai nạn\tlower\nô nhiễm\tthấp\n\tband\n") }
        do {
            _ = try DirectionDictionary.parse("tai nạn\tlower\nô nhiễm\tthấp\n\tband\n")
        } catch {
            #expect(error.userMessage.what.contains("dòng 2"))
            #expect(error.userMessage.what.contains("dòng 3"))
        }
    }
}
