import Testing
@testable import WorkshopTUI

@Suite struct TextInputTests {
    private func type(_ text: String, into input: inout TextInput) {
        for character in text { #expect(input.handle(.character(character)) == .edited) }
    }

    // MARK: Editing

    @Test func typesUmlautsAndSharpS() {
        var input = TextInput()
        type("Grüße aus Straßburg", into: &input)
        #expect(input.text == "Grüße aus Straßburg")
        #expect(input.cursor == 19)
    }

    @Test func backspaceAndDeleteRemoveWholeGraphemes() {
        var input = TextInput("Müße")
        #expect(input.handle(.backspace) == .edited)
        #expect(input.text == "Müß")
        input.press(.left)
        input.press(.left)
        #expect(input.handle(.delete) == .edited)
        #expect(input.text == "Mß")
        input.press(.backspace)
        #expect(input.text == "ß")
        #expect(input.cursor == 0)
        // At the edges nothing happens.
        input.press(.backspace)
        #expect(input.text == "ß")
        input.press(.end)
        input.press(.control("d"))
        #expect(input.text == "ß")
    }

    @Test func decomposedUmlautIsOneCharacter() {
        var input = TextInput("Mu\u{0308}nster")
        #expect(input.characters.count == 7)
        input.press(.home)
        input.press(.right)
        input.press(.delete)
        #expect(input.text == "Mnster")
    }

    @Test func wideCharactersMoveAndDeleteAsOne() {
        var input = TextInput("漢字👍")
        #expect(input.cursorPosition(width: 80).column == 6)
        input.press(.left)
        #expect(input.cursorPosition(width: 80).column == 4)
        input.press(.backspace)
        #expect(input.text == "漢👍")
        #expect(input.cursorPosition(width: 80).column == 2)
        type("ä", into: &input)
        #expect(input.text == "漢ä👍")
        #expect(input.cursorPosition(width: 80).column == 3)
    }

    @Test func insertsAtTheCursor() {
        var input = TextInput("Wirtschaftsförderung")
        for _ in 0..<9 { input.press(.left) }
        type("-", into: &input)
        #expect(input.text == "Wirtschafts-förderung")
        #expect(input.cursor == 12)
    }

    @Test func cursorMovesAndClamps() {
        var input = TextInput("Öl")
        input.press(.right)
        #expect(input.cursor == 2)
        input.press(.left); input.press(.left); input.press(.left)
        #expect(input.cursor == 0)
        input.press(.end)
        #expect(input.cursor == 2)
        input.press(.control("a"))
        #expect(input.cursor == 0)
        input.press(.control("e"))
        #expect(input.cursor == 2)
        input.press(.home)
        #expect(input.cursor == 0)
    }

    @Test func controlWDeletesTheWordBeforeTheCursor() {
        var input = TextInput("Stadt Bottrop Wirtschaftsförderung")
        input.press(.control("w"))
        #expect(input.text == "Stadt Bottrop ")
        input.press(.control("w"))
        #expect(input.text == "Stadt ")
        // Trailing spaces go with the word before them.
        input.set("Grüße  ")
        input.press(.control("w"))
        #expect(input.text == "")
        // Only the part left of the cursor.
        input.set("Hülsmann Bäckerei")
        for _ in 0..<3 { input.press(.left) }
        input.press(.control("w"))
        #expect(input.text == "Hülsmann rei")
        #expect(input.cursor == 9)
    }

    @Test func controlUDeletesToTheStartOfTheLine() {
        var input = TextInput("Bernd Tischler")
        for _ in 0..<8 { input.press(.left) }
        input.press(.control("u"))
        #expect(input.text == "Tischler")
        #expect(input.cursor == 0)
    }

    @Test func controlUInMultilineTextKeepsTheLinesAbove() {
        var input = TextInput("Erste Zeile\nZweite Zeile", multiline: true)
        input.press(.control("u"), width: 40)
        #expect(input.text == "Erste Zeile\n")
        #expect(input.cursor == 12)
    }

    @Test func unknownKeysAreIgnored() {
        var input = TextInput("Text")
        #expect(input.handle(.function(5)) == .ignored)
        #expect(input.handle(.tab) == .ignored)
        #expect(input.handle(.escape) == .ignored)
        #expect(input.handle(.up) == .ignored)
        #expect(input.text == "Text")
    }

    // MARK: Enter and line breaks

    @Test func newlineSubmitsASingleLineInput() {
        var input = TextInput("Name")
        #expect(input.handle(.newline) == .submit)
        #expect(input.handle(.enter) == .submit)
        #expect(input.text == "Name")
    }

    @Test func newlineBreaksAMultiLineInputAndEnterSubmits() {
        var input = TextInput("Erste", multiline: true)
        #expect(input.handle(.newline) == .edited)
        type("Zweite", into: &input)
        #expect(input.text == "Erste\nZweite")
        #expect(input.handle(.enter) == .submit)
        #expect(input.cursorPosition(width: 40) == (row: 1, column: 6))
    }

    // MARK: Multi-line layout

    @Test func layoutWrapsAtSpacesAndKeepsEveryCharacter() {
        let text = "Vier parallele Thementische: Herausforderungen, Visionen, Zusammenarbeit, Erfolgsmessung"
        let input = TextInput(text, multiline: true)
        for width in 4...40 {
            let lines = input.layout(width: width)
            #expect(lines.first?.lowerBound == 0)
            #expect(lines.last?.upperBound == input.characters.count)
            for (a, b) in zip(lines, lines.dropFirst()) { #expect(a.upperBound == b.lowerBound) }
            for line in lines {
                // One column stays free for the cursor.
                #expect(DisplayWidth.of(String(input.characters[line])) <= width, "width \(width)")
            }
        }
        #expect(input.layout(width: 20).map { String(input.characters[$0]) }
                == ["Vier parallele ", "Thementische: ", "Herausforderungen, ", "Visionen, ", "Zusammenarbeit, ", "Erfolgsmessung"])
    }

    @Test func layoutCountsWideCharacters() {
        let input = TextInput("漢字漢字漢字", multiline: true)
        #expect(input.layout(width: 6).map { String(input.characters[$0]) } == ["漢字", "漢字", "漢字"])
    }

    @Test func layoutKeepsHardBreaks() {
        let input = TextInput("Leitbild\nGemeinsam – Innovativ – Nachhaltig", multiline: true)
        let lines = input.layout(width: 20).map { String(input.characters[$0]) }
        #expect(lines == ["Leitbild\n", "Gemeinsam – ", "Innovativ – ", "Nachhaltig"])
    }

    @Test func upAndDownKeepTheColumn() {
        var input = TextInput("Bottrop\nGladbeck\nDorsten", multiline: true)
        #expect(input.cursorPosition(width: 40) == (row: 2, column: 7))
        input.press(.left, width: 40); input.press(.left, width: 40)
        input.press(.up, width: 40)
        #expect(input.cursorPosition(width: 40) == (row: 1, column: 5))
        input.press(.up, width: 40)
        #expect(input.cursorPosition(width: 40) == (row: 0, column: 5))
        input.press(.up, width: 40)
        #expect(input.cursor == 0)
        input.press(.down, width: 40)
        #expect(input.cursorPosition(width: 40) == (row: 1, column: 0))
        input.press(.end, width: 40)
        #expect(input.cursorPosition(width: 40) == (row: 1, column: 8))
        input.press(.down, width: 40)
        #expect(input.cursorPosition(width: 40) == (row: 2, column: 7))
        input.press(.down, width: 40)
        #expect(input.cursor == input.characters.count)
    }

    @Test func upFromTheEndOfASoftWrappedLineStaysOnTheLineAbove() {
        // "eins " | "zwei drei" at width 10.
        var input = TextInput("eins zwei drei", multiline: true)
        #expect(input.cursorPosition(width: 10) == (row: 1, column: 9))
        input.press(.up, width: 10)
        #expect(input.cursorPosition(width: 10).row == 0)
        #expect(input.cursor == 4)
    }

    @Test func endOnASoftWrappedLineStaysOnThatLine() {
        var input = TextInput("eins zwei drei", multiline: true)
        input.press(.up, width: 10)
        input.press(.home, width: 10)
        #expect(input.cursor == 0)
        input.press(.end, width: 10)
        #expect(input.cursorPosition(width: 10).row == 0)
        input.press(.down, width: 10)
        input.press(.home, width: 10)
        #expect(input.cursor == 5)
        input.press(.end, width: 10)
        #expect(input.cursor == 14)
    }

    @Test func upAndDownAlignByDisplayColumn() {
        var input = TextInput("漢字漢字\nabcdefgh", multiline: true)
        input.press(.left, width: 40); input.press(.left, width: 40); input.press(.left, width: 40)
        #expect(input.cursorPosition(width: 40) == (row: 1, column: 5))
        input.press(.up, width: 40)
        // Column 5 lies inside the third wide character: the cursor stops before it.
        #expect(input.cursorPosition(width: 40) == (row: 0, column: 4))
        #expect(input.cursor == 2)
    }

    // MARK: Rendering

    @Test func renderShowsTheTextAndPlacesTheCursor() {
        var canvas = Canvas(size: Size(width: 20, height: 3))
        let input = TextInput("Jürgen Weiß")
        input.render(into: &canvas, rect: Rect(x: 2, y: 1, width: 15, height: 1))
        #expect(canvas.line(1) == "  Jürgen Weiß")
        #expect(canvas.cursor?.x == 13)
        #expect(canvas.cursor?.y == 1)
        #expect(canvas.style(of: "Jürgen", onLine: 1) == .input)
        #expect(canvas[16, 1].style == .input)
        #expect(canvas[17, 1].style == .normal)
    }

    @Test func longSingleLineTextScrollsToKeepTheCursorVisible() {
        let text = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen"
        var input = TextInput(text)
        let rect = Rect(x: 1, y: 0, width: 12, height: 1)
        for _ in 0...text.count {
            var canvas = Canvas(size: Size(width: 14, height: 1))
            input.render(into: &canvas, rect: rect)
            let cursor = try! #require(canvas.cursor)
            #expect(cursor.x >= rect.x && cursor.x < rect.maxX, "cursor \(input.cursor) drawn at \(cursor.x)")
            // The character under the cursor is the one at the cursor position.
            if input.cursor < input.characters.count {
                #expect(canvas[cursor.x, 0].text == String(input.characters[input.cursor]))
            }
            // The character left of the cursor is visible too.
            if input.cursor > 0 {
                #expect(canvas[cursor.x - 1, 0].text == String(input.characters[input.cursor - 1]))
            }
            #expect(DisplayWidth.of(canvas.line(0)) <= rect.maxX)
            input.press(.left)
        }
    }

    @Test func longSingleLineWideTextKeepsTheCursorVisible() {
        let input = TextInput("漢字漢字漢字漢字漢字")
        var canvas = Canvas(size: Size(width: 8, height: 1))
        input.render(into: &canvas, rect: Rect(x: 0, y: 0, width: 7, height: 1))
        #expect(canvas.cursor?.x == 6)
        #expect(canvas.line(0) == "字漢字")
    }

    @Test func multiLineRenderScrollsToTheCursorRow() {
        let input = TextInput("eins\nzwei\ndrei\nvier\nfünf", multiline: true)
        var canvas = Canvas(size: Size(width: 10, height: 3))
        input.render(into: &canvas, rect: Rect(x: 0, y: 0, width: 10, height: 3))
        #expect(canvas.lines == ["drei", "vier", "fünf"])
        #expect(canvas.cursor?.x == 4)
        #expect(canvas.cursor?.y == 2)
    }
}

private extension TextInput {
    /// Applies a key whose outcome the test does not look at.
    mutating func press(_ key: Key, width: Int = 80) {
        _ = handle(key, width: width)
    }
}

/// Pasted text (the terminal's bracketed paste) is text: its line breaks and tabs are not keys.
struct PasteTests {
    @Test func aPasteKeepsItsLinesInMultiLineTextAndJoinsThemInOneLine() {
        var multi = TextInput("Ziele: ", multiline: true)
        #expect(multi.handle(.paste("mehr Grün\nweniger Lärm")) == .edited)
        #expect(multi.text == "Ziele: mehr Grün\nweniger Lärm")
        var single = TextInput("Leitung: ")
        #expect(single.handle(.paste("Fr. Sturm\nHr. Kim")) == .edited)
        #expect(single.text == "Leitung: Fr. Sturm Hr. Kim")
    }

    @Test func pastedLineEndsAndTabsAreNormalised() {
        let bytes = Array("Spalte 1\tSpalte 2\r\nZeile 2\rZeile 3".utf8)
        #expect(InputDecoder.pastedText(bytes) == "Spalte 1 Spalte 2\nZeile 2\nZeile 3")
    }

    @Test func aPasteIntoTheFieldEditorStaysInTheField() throws {
        let fixture = try Fixture()
        fixture.createProfile("Einfügetest")
        // Projektleitung is a single-line field: a pasted line break must not save and run keys.
        for _ in 0..<4 { fixture.press(.down) }
        fixture.press(.enter)
        fixture.app.handle(.paste("Fr. Sturm\nu q"))
        #expect(fixture.app.overlay != nil)
        fixture.press(.escape)
        #expect(fixture.lastProfile?.value("lead") == "Fr. Sturm u q")
        #expect(!fixture.app.shouldQuit)
    }
}
