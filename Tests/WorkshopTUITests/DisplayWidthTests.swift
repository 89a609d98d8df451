import Testing
@testable import WorkshopTUI

@Suite struct DisplayWidthTests {
    @Test(arguments: ["a", "Z", "ä", "ö", "ü", "Ä", "Ö", "Ü", "ß", "ẞ", "é", "–", "—", "„", "“", "·", "…", "€", "ı", "▼"])
    func latinLettersAndPunctuationAreOneColumn(character: Character) {
        #expect(DisplayWidth.of(character) == 1)
    }

    @Test(arguments: ["漢", "字", "한", "あ", "Ａ", "👍", "🎉", "😀", "🏴"])
    func cjkFullwidthAndEmojiAreTwoColumns(character: Character) {
        #expect(DisplayWidth.of(character) == 2)
    }

    /// Emoji sequences are measured as drawn (see `DisplayFormTests`): every glyph as wide as
    /// ncurses and tmux count it.
    @Test(arguments: [
        ("👩‍👩‍👧", 6),       // ZWJ family: three emoji of two columns
        ("👩‍💻", 4),         // ZWJ profession
        ("🧑🏽‍🔧", 4),        // skin tone and ZWJ
        ("👍🏽", 2),          // skin tone left out
        ("🇩🇪", 2),          // flag as the letters "DE"
        ("🏳️‍🌈", 3),        // white flag (one column) and rainbow (two)
        ("1️⃣", 1),          // keycap: the digit with its enclosing mark
        ("❤️", 1),           // VS16 left out: the heart in text form
        ("🏴󠁧󠁢󠁳󠁣󠁴󠁿", 2),   // tag sequence: the black flag
    ] as [(Character, Int)])
    func emojiSequencesTakeTheColumnsOfTheirGlyphs(character: Character, columns: Int) {
        #expect(DisplayWidth.of(character) == columns)
    }

    @Test func codePointsAreMeasuredAsTheCLibraryDoes() {
        #expect(DisplayWidth.columns(of: "a") == 1)
        #expect(DisplayWidth.columns(of: "ß") == 1)
        #expect(DisplayWidth.columns(of: "漢") == 2)
        #expect(DisplayWidth.columns(of: "\u{1F469}") == 2)   // woman
        #expect(DisplayWidth.columns(of: "\u{1F3F3}") == 1)   // white flag: text presentation
        #expect(DisplayWidth.columns(of: "\u{1F1E9}") == 1)   // regional indicator D
        #expect(DisplayWidth.columns(of: "\u{0301}") == 0)    // combining acute accent
        #expect(DisplayWidth.columns(of: "\u{200D}") == 0)    // zero width joiner
        #expect(DisplayWidth.columns(of: "\u{1161}") == 0)    // Hangul medial vowel
        #expect(DisplayWidth.columns(of: "\u{1B}") == -1)     // escape
        #expect(DisplayWidth.columns(of: "\u{0378}") == -1)   // unassigned
    }

    @Test func combiningMarksAreZeroColumns() {
        #expect(DisplayWidth.of(Character("\u{0301}")) == 0)   // combining acute accent on its own
        #expect(DisplayWidth.of(Character("\u{0308}")) == 0)   // combining diaeresis on its own
        #expect(DisplayWidth.of(Character("\u{200B}")) == 0)   // zero width space
        // A base letter with combining marks is one grapheme of one column.
        #expect(DisplayWidth.of(Character("u\u{0308}")) == 1)
        #expect(DisplayWidth.of("Mu\u{0308}nster") == DisplayWidth.of("Münster"))
        #expect(DisplayWidth.of(Character("e\u{0301}")) == 1)
        // Conjoining Hangul jamo: the leading consonant is wide, the vowel and final
        // consonant hang onto it, as in ncurses.
        #expect(DisplayWidth.of(Character("\u{1112}\u{1161}\u{11AB}")) == 2)
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
        #expect(DisplayWidth.of("👩‍👩‍👧 fam 🏳️‍🌈 flag") == 19)
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
        // An emoji sequence is kept or cut whole, by the columns of its glyphs.
        #expect("👩‍👩‍👧 fam".truncated(toWidth: 6) == "…")
        #expect("👩‍👩‍👧 fam".truncated(toWidth: 8) == "👩‍👩‍👧 …")
        for width in 1...20 {
            #expect(DisplayWidth.of("👩‍👩‍👧 fam 🏳️‍🌈 flag".truncated(toWidth: width)) <= width)
        }
    }

    @Test func paddingFillsToExactWidth() {
        #expect("Öl".padded(toWidth: 5) == "Öl   ")
        #expect(DisplayWidth.of("漢".padded(toWidth: 5)) == 5)
        #expect("Donaudampfschiff".padded(toWidth: 6) == "Donau…")
    }

    // MARK: Every width user agrees with the canvas

    static let mixed = "👩‍👩‍👧 fam 🏳️‍🌈 flag 🧑🏽‍🔧 🇩🇪 1️⃣ ❤️ 漢字 q\u{301} Größe – Straße"

    @Test func wrappedLinesTakeTheColumnsTheCanvasDraws() {
        for width in 4...30 {
            for line in TextWrapper.wrap(Self.mixed, width: width) {
                var canvas = Canvas(size: Size(width: 60, height: 1))
                #expect(canvas.draw(line, x: 0, y: 0) == DisplayWidth.of(line))
                #expect(DisplayWidth.of(line) <= max(width, 6), "\(line) at \(width)")
            }
        }
    }

    @Test func truncatedTextFitsTheCanvasExactly() {
        for width in 1...40 {
            let cut = Self.mixed.truncated(toWidth: width)
            var canvas = Canvas(size: Size(width: width, height: 1))
            #expect(canvas.draw(cut, x: 0, y: 0) == DisplayWidth.of(cut))
            #expect(canvas.line(0).hasSuffix("…") == (DisplayWidth.of(Self.mixed) > width))
        }
    }

    @Test func textInputCursorStandsRightAfterTheDrawnText() {
        var input = TextInput()
        for character in Self.mixed {
            _ = input.handle(.character(character))
            var canvas = Canvas(size: Size(width: 80, height: 1))
            input.render(into: &canvas, rect: Rect(x: 2, y: 0, width: 70, height: 1))
            var plain = Canvas(size: Size(width: 80, height: 1))
            #expect(canvas.cursor?.x == 2 + plain.draw(input.text, x: 0, y: 0), "after \(input.text)")
        }
        // Multi-line: the cursor column on the last wrapped row, after the wide glyphs.
        var multiline = TextInput(Self.mixed, multiline: true)
        var canvas = Canvas(size: Size(width: 20, height: 6))
        _ = multiline.handle(.end)
        multiline.render(into: &canvas, rect: Rect(x: 0, y: 0, width: 20, height: 6))
        let row = canvas.cursor?.y ?? 0
        #expect(canvas.cursor?.x == DisplayWidth.of(canvas.line(row)))
    }
}
