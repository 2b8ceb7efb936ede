import Testing
import VeDichCore

struct EvaluationTests {
    private func evaluate(_ value: String?, against target: String, _ direction: Direction = .higher) throws -> Evaluation {
        Evaluation.evaluate(value: try value.map { try Figure.parse($0) }, target: try Figure.parse(target), direction: direction)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var value: String?
        var target: String
        var direction: Direction
        var verdict: Verdict
        var testDescription: String { "\(value ?? "∅") vs \(target) (\(direction))" }
    }

    @Test(arguments: [
        // Higher is better.
        Case(value: "7,2", target: "7 - 7,5", direction: .higher, verdict: .met),
        Case(value: "7,5", target: "7 - 7,5", direction: .higher, verdict: .met),
        Case(value: "7,6", target: "7 - 7,5", direction: .higher, verdict: .exceeded),
        Case(value: "6,33", target: "7 - 7,5", direction: .higher, verdict: .missed),
        Case(value: "4.400", target: "4.400", direction: .higher, verdict: .met),
        Case(value: "4.160", target: "4.060", direction: .higher, verdict: .exceeded),
        Case(value: "≥3", target: "≥3", direction: .higher, verdict: .met),
        Case(value: "12", target: "≥5", direction: .higher, verdict: .met),
        Case(value: "5", target: ">5", direction: .higher, verdict: .missed),
        Case(value: "<5", target: "≥5", direction: .higher, verdict: .missed),
        Case(value: ">3", target: "4", direction: .higher, verdict: .undetermined),
        Case(value: "<5", target: "4", direction: .higher, verdict: .undetermined),
        Case(value: nil, target: "7 - 7,5", direction: .higher, verdict: .noData),
        // Lower is better: mirrored.
        Case(value: "2,02", target: "<3", direction: .lower, verdict: .met),
        Case(value: "3", target: "<3", direction: .lower, verdict: .missed),
        Case(value: "2,9", target: "≤ 2", direction: .lower, verdict: .missed),
        Case(value: "1,5", target: "2 - 2,5", direction: .lower, verdict: .exceeded),
        Case(value: "2,7", target: "2 - 2,5", direction: .lower, verdict: .missed),
        Case(value: "2,02", target: "còn 2,02%", direction: .lower, verdict: .met),
        // A band is met only inside.
        Case(value: "21,5", target: "21 - 22", direction: .band, verdict: .met),
        Case(value: "23", target: "21 - 22", direction: .band, verdict: .missed),
        Case(value: "20", target: "21 - 22", direction: .band, verdict: .missed),
    ])
    func judgesByTheIntervalRules(_ example: Case) throws {
        #expect(try evaluate(example.value, against: example.target, example.direction).verdict == example.verdict)
    }

    @Test func aMetThresholdIsMetNeverExceeded() throws {
        let evaluation = try evaluate("50", against: "từ 5% trở lên")
        #expect(evaluation.verdict == .met)
        #expect(evaluation.reason.kind == .thresholdMet)
        #expect(evaluation.reason.explanation.contains("thỏa ngưỡng 5% của kế hoạch “từ 5% trở lên”"))
        #expect(evaluation.reason.explanation.contains("không tính Vượt"))
        #expect(try evaluate("2,02", against: "<3", .lower).reason.explanation.contains("thỏa ngưỡng 3 của"))
    }

    @Test func aMissNamesTheBoundAndTheShortfall() throws {
        let evaluation = try evaluate("6,33", against: "7 - 7,5")
        #expect(evaluation.reason.kind == .beyondUnfavourable)
        #expect(evaluation.reason.bound == Bound(7))
        #expect(evaluation.reason.side == .below)
        #expect(evaluation.reason.explanation ==
            "Giá trị “6,33” thấp hơn cận dưới 7 của kế hoạch “7 - 7,5” là 0,67 (chỉ tiêu càng cao càng tốt)")
    }

    @Test func anExcessOfAPointTargetNamesThePlannedLevelAndTheMargin() throws {
        let evaluation = try evaluate("4.160", against: "4.060")
        #expect(evaluation.reason.explanation ==
            "Giá trị “4.160” cao hơn mức kế hoạch 4.060 của kế hoạch “4.060” là 100 (chỉ tiêu càng cao càng tốt)")
    }

    @Test func cậnIsSaidOnlyOfARangeAndAThresholdIsANgưỡng() throws {
        #expect(try evaluate("7,6", against: "7 - 7,5").reason.explanation.contains("cao hơn cận trên 7,5"))
        let belowThreshold = try evaluate("4", against: "≥5").reason.explanation
        #expect(belowThreshold.contains("thấp hơn ngưỡng 5 của kế hoạch “≥5” là 1"))
        #expect(!belowThreshold.contains("cận"))
    }

    @Test(arguments: [(">3", "3", Direction.higher, "bằng ngưỡng 3 của kế hoạch “>3”, chưa vượt qua ngưỡng: kế hoạch đòi hỏi cao hơn 3"),
                      ("<7,6", "7,6", Direction.lower, "bằng ngưỡng 7,6 của kế hoạch “<7,6”, chưa xuống dưới ngưỡng: kế hoạch đòi hỏi thấp hơn 7,6")])
    func aValueOnAnOpenBoundEqualsItAndDoesNotPassIt(target: String, value: String, direction: Direction, expected: String) throws {
        let evaluation = try evaluate(value, against: target, direction)
        #expect(evaluation.verdict == .missed, "\(value) vs \(target)")
        #expect(evaluation.reason.kind == .equalsOpenBound)
        #expect(evaluation.reason.explanation.contains(expected), "\(evaluation.reason.explanation)")
        #expect(!evaluation.reason.explanation.contains(" là 0"), "\(evaluation.reason.explanation)")
    }

    @Test func anOpenValueBelowAThresholdHasNoZeroMargin() throws {
        let explanation = try evaluate("<5", against: "≥5").reason.explanation
        #expect(explanation.contains("thấp hơn ngưỡng 5 của kế hoạch “≥5” (chỉ tiêu càng cao càng tốt)"), "\(explanation)")
    }

    @Test(arguments: Direction.allCases)
    func everyReasonNamesTheDirectionInPlainWords(_ direction: Direction) throws {
        for (value, target) in [("7,2", "7 - 7,5"), ("6", "7 - 7,5"), ("9", "≥5"), (">3", "4")] {
            let explanation = try evaluate(value, against: target, direction).reason.explanation
            #expect(explanation.contains(direction.plainWords), "\(value) vs \(target): \(explanation)")
            #expect(!explanation.contains("hướng:"))
        }
    }

    @Test func aStraddlingValueSaysWhichBound() throws {
        let evaluation = try evaluate(">3", against: "4")
        #expect(evaluation.reason.kind == .straddlesBound)
        #expect(evaluation.reason.explanation.contains("vắt qua mức kế hoạch 4"))
    }

    @Test func noValueSaysSo() throws {
        #expect(try evaluate(nil, against: "15").reason.explanation == "Chưa có số liệu thực hiện để so với kế hoạch “15”")
    }

    @Test func readsDocumentLabels() {
        #expect(Verdict(label: "Vượt") == .exceeded)
        #expect(Verdict(label: " Không  đạt ") == .missed)
        #expect(Verdict(label: "ĐẠT") == .met)
        #expect(Verdict(label: "Tốt") == nil)
    }
}
