import Foundation
import Testing
import WorkshopModel

/// The placeholders `{1}`, `{2}`, … of a text.
private func placeholders(_ text: String) -> Set<Int> {
    let regex = try! NSRegularExpression(pattern: #"\{(\d+)\}"#)
    let range = NSRange(text.startIndex..., in: text)
    return Set(regex.matches(in: text, range: range).compactMap { match in
        Range(match.range(at: 1), in: text).flatMap { Int(text[$0]) }
    })
}

@Suite struct UITextTests {
    @Test(arguments: UIText.allCases)
    func everyTextExistsInBothLanguages(text: UIText) {
        let german = text.text(.de)
        let english = text.text(.en)
        #expect(!german.trimmingCharacters(in: .whitespaces).isEmpty)
        #expect(!english.trimmingCharacters(in: .whitespaces).isEmpty)
        #expect(german == TextSanitizer.clean(german, multiline: false), "German text of \(text) has control characters")
        #expect(english == TextSanitizer.clean(english, multiline: false), "English text of \(text) has control characters")
    }

    @Test(arguments: UIText.allCases)
    func placeholdersAreConsistentBetweenLanguages(text: UIText) {
        let german = placeholders(text.text(.de))
        let english = placeholders(text.text(.en))
        #expect(german == english, "\(text): de \(german.sorted()), en \(english.sorted())")
        // Numbered from 1 without gaps.
        #expect(german == Set(german.isEmpty ? [] : Array(1...german.count)), "\(text): \(german.sorted())")
    }

    @Test(arguments: UIText.allCases)
    func formatFillsEveryPlaceholder(text: UIText) {
        for language in Language.allCases {
            let count = placeholders(text.text(language)).count
            let arguments: [any CustomStringConvertible] = (0..<count).map { "«\($0 + 1)»" }
            var formatted = text.text(language)
            // format(_:_:) is variadic; fill the same way it does to compare.
            switch count {
            case 0: formatted = text.format(language)
            case 1: formatted = text.format(language, arguments[0])
            case 2: formatted = text.format(language, arguments[0], arguments[1])
            case 3: formatted = text.format(language, arguments[0], arguments[1], arguments[2])
            default: Issue.record("\(text) has \(count) placeholders")
            }
            #expect(placeholders(formatted).isEmpty, "\(text) \(language): \(formatted)")
            for index in 0..<count {
                #expect(formatted.contains("«\(index + 1)»"), "\(text) \(language): \(formatted)")
            }
        }
    }

    @Test func formatReplacesEachPlaceholderWithItsArgument() {
        #expect(UIText.errorTextTooLong.format(.de, "Name", 80, 93)
            == "„Name“ ist zu lang: 93 Zeichen, höchstens 80 erlaubt. Bitte kürzen.")
        #expect(UIText.storeMissing.format(.en, "w.allianz")
            == "“w.allianz” does not exist. Create it with “allianz-tui new w.allianz”.")
        #expect(UIText.homeCountPeople.format(.de, 30, 5) == "30 Teilnehmende · 5 Moderation")
    }

    @Test func textsDifferBetweenLanguagesWhereTheyShould() {
        // Most entries must be translated; identical ones are the rare exceptions like "Name".
        let identical = UIText.allCases.filter { $0.text(.de) == $0.text(.en) }
        #expect(identical.count * 5 < UIText.allCases.count, "\(identical)")
    }

    @Test func labelsExistInBothLanguages() {
        for language in Language.allCases {
            for field in TextFieldKind.allCases { #expect(!field.label(language).isEmpty) }
            for list in PersonList.allCases { #expect(!list.label(language).isEmpty) }
            let kinds = InstrumentKind.allCases.map { $0.label(language) }
            #expect(Set(kinds).count == kinds.count, "instrument labels must be distinct")
        }
        #expect(PersonList.participants.label(.de) == "Teilnehmende")
        #expect(InstrumentKind.pause.label(.en) == "Break")
    }
}
