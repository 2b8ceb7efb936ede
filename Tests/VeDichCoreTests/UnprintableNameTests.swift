import Testing
import VeDichCore

/// Names typed into the catalogue, the agencies and the accounts: a control character (ESC, a
/// bell, NUL) is refused naming it. Found by a tester: an agency named with "\u{07}\u{1B}[31m" was
/// kept and listed, its name ending in characters no page shows.
struct UnprintableNameTests {
    @Test(arguments: ["Sở Y tế\u{07}", "\u{1B}[31mSở Y tế", "Sở\u{0}Y tế", "Sở Y tế\u{9B}"])
    func anAgencyOrIndicatorNameWithAControlCharacterIsRefused(_ typed: String) {
        #expect {
            try CatalogueText.name(typed, field: "Tên cơ quan")
        } throws: { error in
            guard case CatalogueText.Problem.unprintable(let field, _) = error else { return false }
            return field == "Tên cơ quan" && (error as? CatalogueText.Problem)?.userMessage.what.contains("ký tự điều khiển không in được (mã U+") == true
        }
    }

    @Test func aNameOnSeveralLinesOrWithTabsIsTidiedNotRefused() throws {
        #expect(try CatalogueText.name("Tỷ lệ hộ nghèo\n\t(%)") == "Tỷ lệ hộ nghèo (%)")
    }

    @Test func aDisplayNameWithAControlCharacterIsRefused() throws {
        #expect(throws: AccountText.Invalid.self) { try AccountText.displayName("Nguyễn Văn A\u{1B}[0m") }
        #expect(try AccountText.displayName("Nguyễn  Văn A") == "Nguyễn Văn A")
    }

    @Test func theCharacterIsNamedAsUnicodeWritesIt() {
        #expect(unicodeName("\u{1B}") == "U+001B")
        #expect(unicodeName("\u{85}") == "U+0085")
    }
}
