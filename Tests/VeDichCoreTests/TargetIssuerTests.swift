import Testing
import VeDichCore

/// Which of an indicator's several targets its verdict uses when the plan names no governing issuer.
struct TargetIssuerTests {
    @Test func theProvincesOwnTargetGovernsBeforeTheCentres() {
        #expect(TargetIssuer.governing(among: ["Trung ương giao", "HĐND tỉnh giao", "UBND tỉnh phấn đấu"], preferred: nil) == "HĐND tỉnh giao")
    }

    @Test func aNationalPlanIsJudgedAgainstWhatTheNationalAssemblySetNotTheGovernmentsAim() {
        // By name alone "Chính phủ phấn đấu" would come first.
        #expect(TargetIssuer.governing(among: ["Chính phủ phấn đấu", "Quốc hội giao"], preferred: nil) == "Quốc hội giao")
        #expect(TargetIssuer.governing(among: ["Chính phủ phấn đấu", "Chính phủ giao"], preferred: nil) == "Chính phủ giao")
    }

    @Test func anIssuerThisVersionDoesNotKnowIsKeptLastInNameOrder() {
        #expect(TargetIssuer.governing(among: ["Nghị quyết Đại hội Đảng bộ tỉnh", "Quốc hội giao"], preferred: nil) == "Quốc hội giao")
        #expect(TargetIssuer.governing(among: ["Sở giao", "Ban giao"], preferred: nil) == "Ban giao")
    }

    @Test func thePlansSettingComesFirst() {
        #expect(TargetIssuer.governing(among: ["HĐND tỉnh giao", "UBND tỉnh phấn đấu"], preferred: .provincialCommittee) == "UBND tỉnh phấn đấu")
    }
}
