import Testing
import VeDichCore

/// Who keeps agencies and accounts, and how the catalogue's texts are read: an admin everywhere,
/// a planning office its own province's agencies and clerks; codes as reports and QĐ 293 write them.
struct CatalogueAndAccountRulesTests {
    typealias Policy = AccessPolicy<String>

    struct Case: Sendable, CustomTestStringConvertible {
        var who: Policy.Person
        var action: Policy.Action
        var allowed: Bool
        var testDescription: String
    }

    static let langSonPlanner = Policy.Person(role: .planner, province: "Lạng Sơn")
    static let cases: [Case] = [
        Case(who: .init(role: .admin), action: .manageAccount(province: nil, role: .admin), allowed: true,
             testDescription: "an admin makes another admin"),
        Case(who: langSonPlanner, action: .manageAccount(province: "Lạng Sơn", role: .agencyClerk), allowed: true,
             testDescription: "Lạng Sơn's office makes a Lạng Sơn clerk"),
        Case(who: langSonPlanner, action: .manageAccount(province: "Cao Bằng", role: .agencyClerk), allowed: false,
             testDescription: "Lạng Sơn's office makes no Cao Bằng clerk"),
        Case(who: langSonPlanner, action: .manageAccount(province: "Lạng Sơn", role: .approver), allowed: false,
             testDescription: "Lạng Sơn's office gives no approver account"),
        Case(who: langSonPlanner, action: .manageAccount(province: nil, role: .viewer), allowed: false,
             testDescription: "Lạng Sơn's office gives no ministry account"),
        Case(who: langSonPlanner, action: .manageAgencies(province: "Lạng Sơn"), allowed: true,
             testDescription: "Lạng Sơn's office keeps Lạng Sơn's agencies"),
        Case(who: langSonPlanner, action: .manageAgencies(province: "Cao Bằng"), allowed: false,
             testDescription: "Lạng Sơn's office keeps no Cao Bằng agency"),
        Case(who: .init(role: .approver, province: "Lạng Sơn"), action: .manageAgencies(province: "Lạng Sơn"), allowed: false,
             testDescription: "an approver keeps no agency"),
        Case(who: .init(role: .agencyClerk, province: "Lạng Sơn", agency: "Sở Y tế"),
             action: .manageAccount(province: "Lạng Sơn", role: .agencyClerk), allowed: false,
             testDescription: "a clerk makes no account"),
        Case(who: .init(role: .viewer), action: .manageAgencies(province: "Lạng Sơn"), allowed: false,
             testDescription: "the ministry keeps no agency"),
    ]

    @Test(arguments: cases)
    func whoKeepsAgenciesAndAccounts(_ rule: Case) {
        #expect((Policy().decide(rule.who, rule.action) == .allowed) == rule.allowed)
    }

    @Test func catalogueTextsAreTidiedOrRefusedWithWhatToWrite() throws {
        #expect(try CatalogueText.name("  Tỷ lệ   hộ nghèo  ") == "Tỷ lệ hộ nghèo")
        #expect(throws: CatalogueText.Problem.empty(field: "Tên chỉ tiêu")) { try CatalogueText.name("   ") }
        #expect(try CatalogueText.code(" II.5 ") == "II.5")
        #expect(throws: CatalogueText.Problem.malformedCode(text: "II 5")) { try CatalogueText.code("II 5") }
        #expect(try CatalogueText.nationalCode("") == nil, "an empty national code is none")
        #expect(try CatalogueText.nationalCode("T0101/293") == "T0101/293")
        #expect(throws: CatalogueText.Problem.malformedNationalCode(text: "01 01")) { try CatalogueText.nationalCode("01 01") }
        #expect(try CatalogueText.numeral("ii") == "II")
        #expect(throws: CatalogueText.Problem.malformedNumeral(text: "4")) { try CatalogueText.numeral("4") }
        #expect(CatalogueText.Problem.malformedNationalCode(text: "01 01").userMessage.fix.contains("QĐ 293"))
    }

    @Test func anEmailIsOptionalButWellFormed() throws {
        #expect(try AccountText.email("  Thu@SoYTe.LangSon.gov.vn ") == "thu@soyte.langson.gov.vn")
        #expect(try AccountText.email("") == nil)
        for wrong in ["thu", "thu@", "@soyte.gov.vn", "thu@soyte", "thu @soyte.gov.vn", "thu@soyte.gov.vn."] {
            #expect(throws: AccountText.Invalid.self, "“\(wrong)”") { try AccountText.email(wrong) }
        }
    }
}
