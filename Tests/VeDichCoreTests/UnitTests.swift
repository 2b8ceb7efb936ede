import Testing
import VeDichCore

struct MeasureUnitTests {
    @Test(arguments: [
        ("tỷ đồng", MeasureUnit.Dimension.dong, 1e9), ("triệu đồng", .dong, 1e6), ("nghìn tỷ đồng", .dong, 1e12),
        ("Tỷ đồng", .dong, 1e9), ("USD", .usd, 1), ("triệu USD", .usd, 1e6), ("người", .people, 1),
        ("lượt", .visits, 1), ("nghìn lượt người", .visits, 1e3), ("ha", .area, 1), ("km", .length, 1),
        ("%", .percent, 1), ("(%)", .percent, 1), ("điểm %", .percentagePoint, 1), ("điểm phần trăm", .percentagePoint, 1),
        ("lần", .times, 1), ("nghìn tấn", .mass, 1e3),
    ])
    func readsDimensionAndScale(text: String, dimension: MeasureUnit.Dimension, scale: Double) throws {
        let unit = try #require(MeasureUnit(text))
        #expect(unit.dimension == dimension, "\(text)")
        #expect(unit.scale == scale, "\(text)")
    }

    @Test func convertsWithinADimensionOnly() throws {
        let billion = try #require(MeasureUnit("tỷ đồng")), million = try #require(MeasureUnit("triệu đồng"))
        #expect(billion.factor(from: million) == 0.001)
        #expect(try #require(MeasureUnit("USD")).isCommensurable(with: billion) == false)
        #expect(MeasureUnit.percent.isCommensurable(with: .percentagePoint) == false)
    }

    @Test func unknownWordsAreComparedByTheirText() throws {
        let communes = try #require(MeasureUnit("xã")), sameCommunes = try #require(MeasureUnit(" Xã "))
        #expect(communes.dimension == .opaque)
        #expect(communes.isCommensurable(with: sameCommunes))
        #expect(!communes.isCommensurable(with: try #require(MeasureUnit("trường"))))
        #expect(try #require(MeasureUnit("nghìn con")).factor(from: try #require(MeasureUnit("con"))) == 0.001)
    }

    @Test func aPerPartMustAgreeWhenBothSidesWriteIt() throws {
        let perPerson = try #require(MeasureUnit("triệu đồng/người"))
        #expect(perPerson.isCommensurable(with: try #require(MeasureUnit("triệu đồng"))))
        #expect(!perPerson.isCommensurable(with: try #require(MeasureUnit("triệu đồng/hộ"))))
    }

    @Test func aFigureKnowsItsUnit() throws {
        #expect(try Figure.parse("7%").measureUnit == .percent)
        #expect(try Figure.parse("1,5 điểm %").measureUnit?.dimension == .percentagePoint)
        #expect(try Figure.parse("4.400 tỷ đồng").measureUnit?.scale == 1e9)
        #expect(try Figure.parse("4.400").measureUnit == nil)
    }
}

struct UnitEvaluationTests {
    private func evaluate(_ value: String, against target: String, unit: String? = nil) throws -> Evaluation {
        Evaluation.evaluate(value: try Figure.parse(value), target: try Figure.parse(target), direction: .higher, unit: MeasureUnit(unit))
    }

    @Test func aValueInMillionsIsJudgedInBillions() throws {
        let evaluation = try evaluate("4.400 triệu đồng", against: "4.400 tỷ đồng")
        #expect(evaluation.verdict == .missed)
        #expect(evaluation.reason.conversion == "4.400 triệu đồng = 4,4 tỷ đồng")
        #expect(evaluation.reason.explanation.contains("(quy đổi: 4.400 triệu đồng = 4,4 tỷ đồng)"), "\(evaluation.reason.explanation)")
        #expect(evaluation.reason.explanation.contains("là 4.395,6 tỷ đồng"), "\(evaluation.reason.explanation)")
        #expect(try evaluate("4,5 nghìn tỷ đồng", against: "4.400 tỷ đồng").verdict == .exceeded)
    }

    @Test func aValueWithoutAUnitTakesTheIndicators() throws {
        // The indicator counts in tỷ đồng; the target is written in nghìn tỷ.
        #expect(try evaluate("4.400", against: "4,4 nghìn tỷ đồng", unit: "tỷ đồng").verdict == .met)
        #expect(try evaluate("4.400", against: "4.400", unit: "tỷ đồng").verdict == .met)
    }

    @Test func incommensurableUnitsAreUndeterminedAndNamed() throws {
        let evaluation = try evaluate("7 tỷ đồng", against: "7%")
        #expect(evaluation.verdict == .undetermined)
        #expect(evaluation.reason.kind == .unitMismatch)
        #expect(evaluation.reason.explanation.contains("(tỷ đồng)") && evaluation.reason.explanation.contains("(%)"))
        #expect(try evaluate("2 điểm %", against: "2%").reason.kind == .unitMismatch)
    }

    @Test func enteredDataWithIncommensurableUnitsIsRefusedWithBothUnits() throws {
        #expect(throws: UnitMismatchError.self) {
            try Evaluation.evaluateChecked(value: try Figure.parse("7 tỷ đồng"), target: try Figure.parse("7%"), direction: .higher)
        }
        let dollars = try Figure.parse("100 USD"), billions = try Figure.parse("2 tỷ đồng")
        do {
            _ = try Evaluation.evaluateChecked(value: dollars, target: billions, direction: .higher)
            Issue.record("USD against tỷ đồng was judged")
        } catch {
            #expect(error.userMessage.what.contains("“USD”") && error.userMessage.what.contains("“tỷ đồng”"))
        }
    }
}
