import Testing
import WorkshopModel

@Suite struct LanguageTests {
    @Test func germanIsTheDefault() {
        #expect(Language.fromEnvironment([:]) == .de)
        #expect(Language.fromEnvironment(["HOME": "/root"]) == .de)
        #expect(Language.fromEnvironment(["LANG": "C"]) == .de)
        #expect(Language.fromEnvironment(["LANG": "POSIX"]) == .de)
        #expect(Language.fromEnvironment(["LANG": "fr_FR.UTF-8"]) == .de)
        #expect(Language.fromEnvironment(["LANG": "de_DE.UTF-8"]) == .de)
    }

    @Test(arguments: ["en", "en_US.UTF-8", "en_GB", "EN_gb.utf8", "en_US"])
    func englishLocalesGiveEnglish(value: String) {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            #expect(Language.fromEnvironment([name: value]) == .en, "\(name)=\(value)")
        }
    }

    @Test func variablesAreConsultedInPOSIXOrder() {
        #expect(Language.fromEnvironment(["LC_ALL": "de_DE.UTF-8", "LC_MESSAGES": "en_US", "LANG": "en_US"]) == .de)
        #expect(Language.fromEnvironment(["LC_ALL": "en_US.UTF-8", "LANG": "de_DE"]) == .en)
        #expect(Language.fromEnvironment(["LC_MESSAGES": "en_US", "LANG": "de_DE"]) == .en)
        #expect(Language.fromEnvironment(["LC_MESSAGES": "de_AT", "LANG": "en_US"]) == .de)
        // Empty variables count as unset.
        #expect(Language.fromEnvironment(["LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_US.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(["LC_ALL": "", "LANG": "de_DE"]) == .de)
    }

    @Test func rawValuesAreTheLanguageCodes() {
        #expect(Language(rawValue: "de") == .de)
        #expect(Language(rawValue: "en") == .en)
        #expect(Language.allCases.count == 2)
    }
}
