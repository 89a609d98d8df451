import Testing
@testable import WorkshopTUI

@Suite struct CanvasTests {
    private func canvas(_ width: Int, _ height: Int = 1) -> Canvas {
        Canvas(size: Size(width: width, height: height))
    }

    // MARK: draw

    @Test func drawsTextWithStyleAndReportsColumns() {
        var c = canvas(20)
        let columns = c.draw("Größe", x: 2, y: 0, style: .heading)
        #expect(columns == 5)
        #expect(c.line(0) == "  Größe")
        #expect(c[2, 0] == Cell(text: "G", style: .heading))
        #expect(c[4, 0].text == "ö")
        #expect(c[1, 0] == .blank)
        #expect(c[7, 0] == .blank)
    }

    @Test func clipsAtTheRightEdge() {
        var c = canvas(10)
        let columns = c.draw("Wirtschaftsförderung", x: 3, y: 0)
        #expect(columns == 7)
        #expect(c.line(0) == "   Wirtsch")
    }

    @Test func clipsAtMaxWidth() {
        var c = canvas(20)
        c.draw("Wirtschaftsförderung", x: 1, y: 0, maxWidth: 6)
        #expect(c.line(0) == " Wirtsc")
    }

    @Test func clipsAtTheLeftEdge() {
        var c = canvas(10)
        c.draw("Bottrop", x: -3, y: 0)
        #expect(c.line(0) == "trop")
    }

    @Test func ignoresRowsOutsideTheCanvas() {
        var c = canvas(10, 2)
        #expect(c.draw("oben", x: 0, y: -1) == 0)
        #expect(c.draw("unten", x: 0, y: 2) == 0)
        #expect(c.draw("rechts", x: 10, y: 0) == 0)
        #expect(c.lines == ["", ""])
    }

    @Test func zeroWidthCharactersAreSkipped() {
        var c = canvas(10)
        // A lone combining mark takes no cell; a composed grapheme takes one.
        c.draw("a\u{200B}b", x: 0, y: 0)
        #expect(c.line(0) == "ab")
        c.draw("Mu\u{0308}nster", x: 0, y: 0)
        #expect(c[1, 0].text == "u\u{0308}")
        #expect(c[2, 0].text == "n")
    }

    // MARK: Wide characters

    @Test func wideCharacterTakesTwoCells() {
        var c = canvas(6)
        #expect(c.draw("漢字", x: 1, y: 0, style: .heading) == 4)
        #expect(c[1, 0].text == "漢")
        #expect(c[2, 0].isContinuation)
        #expect(c[2, 0].style == .heading)
        #expect(c[3, 0].text == "字")
        #expect(c[4, 0].isContinuation)
        #expect(c.line(0) == " 漢字")
    }

    @Test func wideCharacterThatDoesNotFitAtTheRightEdgeIsNotDrawn() {
        var c = canvas(5)
        #expect(c.draw("abcd漢", x: 0, y: 0) == 4)
        #expect(c.line(0) == "abcd")
        #expect(c[4, 0] == .blank)
        // Same with maxWidth: never half a character.
        var d = canvas(10)
        #expect(d.draw("a👍b", x: 0, y: 0, maxWidth: 2) == 1)
        #expect(d.line(0) == "a")
        #expect(!d[1, 0].isContinuation)
    }

    @Test func overwritingTheRightHalfBlanksTheLeftHalf() {
        var c = canvas(6)
        c.draw("漢字", x: 0, y: 0)
        c.draw("x", x: 1, y: 0)
        #expect(c[0, 0].text == " ")
        #expect(c[1, 0].text == "x")
        #expect(c.line(0) == " x字")
        #expect(!c[2, 0].isContinuation)
        #expect(c[3, 0].isContinuation)
    }

    @Test func overwritingTheLeftHalfBlanksTheRightHalf() {
        var c = canvas(6)
        c.draw("漢字", x: 0, y: 0)
        c.draw("y", x: 2, y: 0)
        #expect(c.line(0) == "漢y")
        #expect(c[3, 0].text == " ")
        #expect(!c[3, 0].isContinuation)
    }

    @Test func wideOverWideLeavesNoOrphanHalves() {
        var c = canvas(6)
        c.draw("漢字", x: 0, y: 0)
        c.draw("👍", x: 1, y: 0)
        #expect(c.line(0) == " 👍")
        #expect(c[0, 0].text == " ")
        #expect(c[3, 0].text == " ")
        // Every continuation cell follows a wide character.
        for x in 0..<c.size.width where c[x, 0].isContinuation {
            #expect(x > 0 && DisplayWidth.of(Character(c[x - 1, 0].text)) == 2)
        }
    }

    // MARK: Display form

    /// The cells of row 0 as texts, continuation cells as "·".
    private func cellTexts(_ c: Canvas) -> [String] {
        (0..<c.size.width).map { c[$0, 0].isContinuation ? "·" : c[$0, 0].text }
    }

    @Test func emojiSequencesFillOneCellPerGlyph() {
        var c = canvas(12)
        #expect(c.draw("👩‍👩‍👧|", x: 0, y: 0) == 7)
        #expect(cellTexts(c) == ["\u{1F469}", "·", "\u{1F469}", "·", "\u{1F467}", "·", "|", " ", " ", " ", " ", " "])
        var d = canvas(8)
        #expect(d.draw("🏳️‍🌈|👍🏽|", x: 0, y: 0) == 7)
        #expect(cellTexts(d) == ["\u{1F3F3}", "\u{1F308}", "·", "|", "\u{1F44D}", "·", "|", " "])
    }

    @Test func flagsKeycapsAndSelectorsAreDrawnInTheirTextForm() {
        var c = canvas(10)
        #expect(c.draw("🇩🇪1️⃣❤️|", x: 0, y: 0) == 5)
        #expect(cellTexts(c) == ["D", "E", "1\u{20E3}", "\u{2764}", "|", " ", " ", " ", " ", " "])
    }

    @Test func marksShareTheCellOfTheirBase() {
        var c = canvas(6)
        #expect(c.draw("e\u{0301}\u{1112}\u{1161}\u{11AB}中|", x: 0, y: 0) == 6)
        #expect(cellTexts(c) == ["e\u{0301}", "\u{1112}\u{1161}\u{11AB}", "·", "中", "·", "|"])
    }

    @Test func germanTextFillsOneCellPerCharacter() {
        var c = canvas(20)
        let text = "Größe – Straße „ß“"
        #expect(c.draw(text, x: 0, y: 0) == text.count)
        #expect(c.line(0) == text)
        #expect(cellTexts(c).prefix(text.count) == ArraySlice(text.map(String.init)))
    }

    @Test func aSequenceThatDoesNotFitWholeIsLeftOut() {
        var c = canvas(10)
        #expect(c.draw("ab👩‍👩‍👧", x: 0, y: 0, maxWidth: 7) == 2)
        #expect(c.line(0) == "ab")
        // Drawn at the left edge, only its visible glyphs fill cells.
        var d = canvas(10)
        #expect(d.draw("👩‍👩‍👧|", x: -2, y: 0) == 7)
        #expect(cellTexts(d).prefix(5) == ["\u{1F469}", "·", "\u{1F467}", "·", "|"])
    }

    @Test func fillThatCutsAWideCharacterBlanksItWhole() {
        var c = canvas(8)
        c.draw("漢字漢字", x: 0, y: 0)
        c.fill(Rect(x: 1, y: 0, width: 4, height: 1), style: .selection)
        #expect(c[0, 0] == .blank)
        #expect(c[5, 0] == .blank)
        #expect(c[6, 0].text == "字" && c[7, 0].isContinuation)
        for x in 0..<c.size.width where c[x, 0].isContinuation {
            #expect(x > 0 && DisplayWidth.of(Character(c[x - 1, 0].text)) == 2)
        }
    }

    @Test func fillOverwritesAndClips() {
        var c = canvas(4, 3)
        c.fill(Rect(x: 2, y: 1, width: 10, height: 10), style: .selection)
        #expect(c[1, 1].style == .normal)
        #expect(c[2, 1].style == .selection)
        #expect(c[3, 2].style == .selection)
        #expect(c[2, 0].style == .normal)
    }

    // MARK: Frames

    @Test func drawFrameWithTitle() {
        var c = canvas(16, 4)
        c.drawFrame(Rect(x: 0, y: 0, width: 16, height: 4), title: "Ablauf", style: .frameFocused)
        #expect(c.lines == [
            "┌─ Ablauf ─────┐",
            "│              │",
            "│              │",
            "└──────────────┘",
        ])
        #expect(c.style(of: "Ablauf", onLine: 0) == .frameFocused)
        #expect(c[0, 1].style == .frameFocused)
    }

    @Test func drawFrameTruncatesALongTitle() {
        var c = canvas(14, 3)
        c.drawFrame(Rect(x: 0, y: 0, width: 14, height: 3), title: "Teilnehmende (30)")
        #expect(c.line(0) == "┌─ Teilneh… ─┐")
        #expect(DisplayWidth.of(c.line(0)) == 14)
    }

    @Test func drawFrameClipsAtTheCanvas() {
        var c = canvas(6, 3)
        c.drawFrame(Rect(x: 2, y: 1, width: 8, height: 4))
        #expect(c.lines == ["", "  ┌───", "  │"])
    }

    @Test func tooSmallFramesAreNotDrawn() {
        var c = canvas(5, 5)
        c.drawFrame(Rect(x: 0, y: 0, width: 1, height: 5))
        c.drawFrame(Rect(x: 0, y: 0, width: 5, height: 1))
        #expect(c.text == "\n\n\n\n")
    }

    // MARK: Reading back

    @Test func lineDropsTrailingSpacesAndContinuationCells() {
        var c = canvas(12, 2)
        c.draw("字 a  ", x: 1, y: 1)
        #expect(c.line(0) == "")
        #expect(c.line(1) == " 字 a")
        #expect(c.lines == ["", " 字 a"])
        #expect(c.text == "\n 字 a")
    }

    @Test func styleOfTextFindsTheFirstCell() {
        var c = canvas(20)
        c.draw("Name: ", x: 0, y: 0, style: .secondary)
        c.draw("Jürgen", x: 6, y: 0, style: .selection)
        #expect(c.style(of: "Jürgen", onLine: 0) == .selection)
        #expect(c.style(of: "Name", onLine: 0) == .secondary)
        #expect(c.style(of: "Weiß", onLine: 0) == nil)
    }

    @Test func styleOfTextAfterWideCharacters() {
        var c = canvas(20)
        c.draw("漢字👍", x: 0, y: 0, style: .heading)
        c.draw("Öl", x: 6, y: 0, style: .error)
        #expect(c.style(of: "Öl", onLine: 0) == .error)
        #expect(c.style(of: "👍", onLine: 0) == .heading)
    }

    @Test func cursorRoundTrips() {
        var c = canvas(10, 5)
        #expect(c.cursor == nil)
        c.cursor = (x: 3, y: 4)
        #expect(c.cursor?.x == 3)
        #expect(c.cursor?.y == 4)
        var d = c
        d.cursor = nil
        #expect(c != d)
    }
}
