import Testing
@testable import WorkshopTUI

@Suite struct DisplayWidthTests {
    @Test(arguments: ["a", "Z", "ä", "ö", "ü", "Ä", "Ö", "Ü", "ß", "ẞ", "é", "–", "—", "„", "“", "·", "…", "€", "ı", "▼"])
    func latinLettersAndPunctuationAreOneColumn(character: Character) {
        #expect(DisplayWidth.of(character) == 1)
    }

    @Test(arguments: ["漢", "字", "한", "あ", "Ａ", "👍", "🎉", "😀", "❤️", "🇩🇪", "👩‍💻", "🧑🏽‍🔧"])
    func cjkFullwidthAndEmojiAreTwoColumns(character: Character) {
        #expect(DisplayWidth.of(character) == 2)
    }

    @Test func combiningMarksAreZeroColumns() {
        #expect(DisplayWidth.of(Character("\u{0301}")) == 0)   // combining acute accent on its own
        #expect(DisplayWidth.of(Character("\u{0308}")) == 0)   // combining diaeresis on its own
        #expect(DisplayWidth.of(Character("\u{200B}")) == 0)   // zero width space
        // A base letter with combining marks is one grapheme of one column.
        #expect(DisplayWidth.of(Character("u\u{0308}")) == 1)
        #expect(DisplayWidth.of("Mu\u{0308}nster") == DisplayWidth.of("Münster"))
    }

    @Test func controlCharactersTakeNoColumns() {
        #expect(DisplayWidth.of(Character("\u{7}")) == 0)
        #expect(DisplayWidth.of(Character("\u{1B}")) == 0)
        #expect(DisplayWidth.of(Character("\u{85}")) == 0)
    }

    @Test func widthOfStringsAddsUp() {
        #expect(DisplayWidth.of("") == 0)
        #expect(DisplayWidth.of("Straße") == 6)
        #expect(DisplayWidth.of("Größe ÄÖÜ") == 9)
        #expect(DisplayWidth.of("Bottrop 漢字") == 12)
        #expect(DisplayWidth.of("Team 👍") == 7)
        #expect(DisplayWidth.of("Gemeinsam–Innovativ–Nachhaltig") == 30)
    }

    @Test func truncationRespectsDisplayWidth() {
        #expect("Wirtschaftsförderung".truncated(toWidth: 30) == "Wirtschaftsförderung")
        #expect("Wirtschaftsförderung".truncated(toWidth: 10) == "Wirtschaf…")
        #expect("Wirtschaftsförderung".truncated(toWidth: 0) == "")
        // A wide character that does not fit before the ellipsis is dropped whole.
        let cut = "漢字漢字".truncated(toWidth: 4)
        #expect(cut == "漢…")
        #expect(DisplayWidth.of(cut) <= 4)
        for width in 1...12 {
            #expect(DisplayWidth.of("Grüße 👍 aus 漢字-Stadt".truncated(toWidth: width)) <= width)
        }
    }

    @Test func paddingFillsToExactWidth() {
        #expect("Öl".padded(toWidth: 5) == "Öl   ")
        #expect(DisplayWidth.of("漢".padded(toWidth: 5)) == 5)
        #expect("Donaudampfschiff".padded(toWidth: 6) == "Donau…")
    }
}
