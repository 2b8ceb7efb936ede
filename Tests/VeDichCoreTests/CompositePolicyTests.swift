import Testing
import VeDichCore

struct CompositePolicyTests {
    @Test func strictNeedsEveryComponentExceededForExceeded() {
        #expect(CompositePolicy.strict.combine([.exceeded, .exceeded]) == .exceeded)
        #expect(CompositePolicy.strict.combine([.exceeded, .met]) == .met)
        #expect(CompositePolicy.strict.combine([.exceeded, .missed]) == .missed)
    }

    @Test func lenientTakesAnyExceeded() {
        #expect(CompositePolicy.lenient.combine([.met, .exceeded]) == .exceeded)
        #expect(CompositePolicy.lenient.combine([.missed, .exceeded]) == .missed)
    }

    @Test func leadingFollowsTheFirstComponent() {
        #expect(CompositePolicy.leading.combine([.met, .missed]) == .met)
        #expect(CompositePolicy.leading.combine([.missed, .exceeded]) == .missed)
    }

    @Test func unjudgedComponentsLeaveItUndeterminedUnlessOneIsMissed() {
        #expect(CompositePolicy.strict.combine([.met, .noData]) == .undetermined)
        #expect(CompositePolicy.strict.combine([.noData, .noData]) == .noData)
        #expect(CompositePolicy.strict.combine([.undetermined, .missed]) == .missed)
        #expect(CompositePolicy.strict.combine([]) == .noData)
    }

    @Test func everyPolicyIsNamedInVietnamese() {
        for policy in CompositePolicy.allCases {
            #expect(policy.label.hasPrefix("Cách tính") && policy.label.contains(policy.vietnameseRule))
            #expect(!policy.label.contains(policy.rawValue), "the page shows the CLI's English name: \(policy.label)")
        }
    }
}
