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
