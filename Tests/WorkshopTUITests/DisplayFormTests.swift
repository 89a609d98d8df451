import Testing
@testable import WorkshopTUI

/// The form in which grapheme clusters are drawn, so that ncurses and the terminal count the
/// same columns as the program.
@Suite struct DisplayFormTests {
    private func glyphs(_ character: Character) -> [String] {
        DisplayForm.glyphs(of: character).map(\.text)
    }

    @Test func zwjSequencesAreDrawnAsTheirEmojiWithoutJoiners() {
        #expect(glyphs("👩‍👩‍👧") == ["\u{1F469}", "\u{1F469}", "\u{1F467}"])
        #expect(DisplayForm.glyphs(of: "👩‍👩‍👧").map(\.width) == [2, 2, 2])
        #expect(glyphs("👩‍💻") == ["\u{1F469}", "\u{1F4BB}"])
    }

    @Test func skinTonesAfterAnEmojiAreLeftOut() {
        #expect(glyphs("👍🏽") == ["\u{1F44D}"])
        #expect(glyphs("🧑🏽‍🔧") == ["\u{1F9D1}", "\u{1F527}"])
        // A skin-tone swatch on its own is a character of its own.
        #expect(glyphs("\u{1F3FD}") == ["\u{1F3FD}"])
    }

    @Test func flagsAreDrawnAsTheirLetters() {
        #expect(glyphs("🇩🇪") == ["D", "E"])
        #expect(glyphs("🇪🇺") == ["E", "U"])
        #expect(glyphs("\u{1F1FF}") == ["Z"])
        #expect(DisplayForm.of("Team 🇩🇪 und 🇫🇷") == "Team DE und FR")
    }

    @Test func rainbowFlagLosesItsSelectorAndJoiner() {
        let glyphs = DisplayForm.glyphs(of: "🏳️‍🌈")
        #expect(glyphs.map(\.text) == ["\u{1F3F3}", "\u{1F308}"])
        #expect(glyphs.map(\.width) == [1, 2])
    }

    @Test func variationSelectorsAreLeftOut() {
        #expect(glyphs("❤️") == ["\u{2764}"])
        #expect(glyphs("\u{2764}\u{FE0E}") == ["\u{2764}"])
        // A keycap keeps its enclosing mark on the digit.
        #expect(glyphs("1️⃣") == ["1\u{20E3}"])
        #expect(DisplayForm.glyphs(of: "1️⃣").map(\.width) == [1])
    }

    @Test func tagSequencesAreDrawnAsTheirBaseFlag() {
        #expect(glyphs("🏴󠁧󠁢󠁳󠁣󠁴󠁿") == ["\u{1F3F4}"])
    }

    @Test func combiningMarksStayWithTheirBase() {
        #expect(glyphs("e\u{0301}") == ["e\u{0301}"])
        #expect(glyphs("\u{1112}\u{1161}\u{11AB}") == ["\u{1112}\u{1161}\u{11AB}"])
        #expect(DisplayForm.glyphs(of: "\u{1112}\u{1161}\u{11AB}").map(\.width) == [2])
        // ncurses keeps four marks per cell; more are left out.
        let stacked = Character("a" + String(repeating: "\u{0301}", count: 7))
        #expect(glyphs(stacked) == ["a" + String(repeating: "\u{0301}", count: DisplayForm.maximumMarks)])
        // A mark without a base is not drawn.
        #expect(glyphs("\u{0301}").isEmpty)
    }

    @Test func cjkIsOneWideGlyph() {
        #expect(DisplayForm.glyphs(of: "漢") == [DisplayForm.Glyph(text: "漢", width: 2)])
        #expect(DisplayForm.glyphs(of: "한") == [DisplayForm.Glyph(text: "한", width: 2)])
    }

    @Test func invisibleAndUnknownCodePoints() {
        #expect(glyphs("\u{1B}").isEmpty)
        #expect(glyphs("\u{200B}").isEmpty)     // zero width space
        #expect(glyphs("\u{00AD}").isEmpty)     // soft hyphen
        #expect(glyphs("\u{0378}") == ["\u{FFFD}"])   // unassigned: the replacement character
    }

    @Test func germanTextIsDrawnUnchanged() {
        let text = "Größe – Straße „gut“ · Äpfel — ẞ … Münster"
        #expect(DisplayForm.of(text) == text)
        #expect(text.allSatisfy { DisplayForm.glyphs(of: $0) == [DisplayForm.Glyph(text: String($0), width: 1)] })
    }

    /// What makes ncurses and the terminal agree: every glyph is one code point of one or two
    /// columns followed only by zero-width code points, and none of the code points that
    /// terminals combine by rules of their own is drawn.
    @Test func everyGlyphIsOneMeasuredCodePointWithMarks() {
        let samples: [Character] = [
            "👩‍👩‍👧", "👩‍💻", "🧑🏽‍🔧", "👍🏽", "🇩🇪", "🏳️‍🌈", "1️⃣", "❤️", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "e\u{0301}",
            "\u{1112}\u{1161}\u{11AB}", "漢", "ä", "–", "\u{0915}\u{093F}", "👨🏿‍🦰", "🫱🏼‍🫲🏿",
        ]
        for sample in samples {
            let glyphs = DisplayForm.glyphs(of: sample)
            #expect(!glyphs.isEmpty)
            #expect(glyphs.reduce(0) { $0 + $1.width } == DisplayWidth.of(sample))
            for glyph in glyphs {
                let scalars = Array(glyph.text.unicodeScalars)
                #expect(DisplayWidth.columns(of: scalars[0]) == glyph.width, "\(sample)")
                #expect(scalars.dropFirst().allSatisfy { DisplayWidth.columns(of: $0) == 0 }, "\(sample)")
                #expect(!scalars.contains { $0.value == 0x200D || $0.properties.isVariationSelector
                    || (0x1F1E6...0x1F1FF).contains($0.value) || $0.properties.isEmojiModifier && $0 != scalars[0] })
            }
        }
    }
}
