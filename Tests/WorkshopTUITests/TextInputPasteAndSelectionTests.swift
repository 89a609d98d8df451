import Foundation
import Testing
import WorkshopModel
@testable import WorkshopTUI

/// Large pastes (cut once at the limit, cleaned, cheap to draw), the selected pre-filled text
/// that typing replaces, and drawing that lays out only what is near the cursor.
@Suite struct TextInputPasteAndSelectionTests {
    /// About 300 KB of German text in lines of 46 characters.
    static let largePaste: String = {
        let line = "Grüße aus Bottrop – Wirtschaftsförderung 2030\n"
        return String(repeating: line, count: 300_000 / line.utf8.count + 1)
    }()

    /// Times `body` and prints the figure (for docs/performance.md); a hang guard, no timing assertion.
    private func measured(_ label: String, _ body: () -> Void) {
        let elapsed = ContinuousClock().measure(body)
        print("TextInput \(label): \(elapsed)")
        #expect(elapsed < .seconds(10), "\(label) took \(elapsed)")
    }

    @Test(arguments: [false, true])
    func a300KBPasteIsCutOnceAtTheLimitWithAMessage(multiline: Bool) {
        let paste = Self.largePaste
        #expect(paste.utf8.count >= 300_000)
        var input = TextInput("Anfang ", multiline: multiline, limit: 2000)
        var canvas = Canvas(size: Size(width: 80, height: 24))
        measured("300 KB paste + render, \(multiline ? "multi-line" : "one-line") limit 2000") {
            let outcome = input.handle(.paste(paste), width: 60)
            #expect(outcome == .pasteShortened(pasted: paste.count, kept: 1993, limit: 2000))
            #expect(outcome.message(.de) == "Eingefügter Text gekürzt: \(LocalizedFormat.count(paste.count, .de)) → 1.993 Zeichen (das Feld fasst höchstens 2.000).")
            input.render(into: &canvas, rect: Rect(x: 0, y: 0, width: 60, height: multiline ? 4 : 1))
        }
        #expect(input.characters.count == 2000)
        #expect(input.text.hasPrefix("Anfang Grüße aus Bottrop"))
        // Line breaks stay in multi-line text and become spaces in one line.
        #expect(input.text.contains("\n") == multiline)
        // A further paste finds no room and says so; typing still works (the model checks the length on saving).
        #expect(input.handle(.paste("mehr")) == .pasteShortened(pasted: 4, kept: 0, limit: 2000))
        #expect(input.handle(.character("!")) == .edited)
        #expect(input.characters.count == 2001)
    }

    @Test(arguments: [false, true])
    func anUncut300KBTextStaysQuickToEditAndDraw(multiline: Bool) {
        var input = TextInput(multiline: multiline, limit: .max)
        var canvas = Canvas(size: Size(width: 80, height: 24))
        let rect = Rect(x: 0, y: 0, width: 78, height: multiline ? 20 : 1)
        measured("300 KB paste unlimited + 100 keys with a frame each, \(multiline ? "multi-line" : "one-line")") {
            #expect(input.handle(.paste(Self.largePaste), width: rect.width) == .edited)
            for key in [Key.character("x"), .left, .up, .home, .end, .backspace, .down, .right, .control("w"), .character("ä")] {
                for _ in 0..<10 {
                    _ = input.handle(key, width: rect.width)
                    input.render(into: &canvas, rect: rect)
                }
            }
        }
        #expect(input.characters.count > 250_000)
        #expect(canvas.cursor != nil)
    }

    @Test func pastedControlCharactersAndEscapeSequencesNeverReachTheText() {
        let paste = "a\u{1B}[31mb\u{7}c\r\nd\u{9B}2Je\tf\u{1B}]0;Titel\u{7}g\u{0}\u{1B}[201~h"
        var single = TextInput()
        #expect(single.handle(.paste(paste)) == .edited)
        #expect(single.text == "abc de fgh")
        var multi = TextInput(multiline: true)
        #expect(multi.handle(.paste(paste)) == .edited)
        #expect(multi.text == "abc\nde fgh")
        // Spaces at the ends of a paste belong to it (it may go into the middle of a text).
        var middle = TextInput("AB")
        _ = middle.handle(.left)
        _ = middle.handle(.paste(" – "))
        #expect(middle.text == "A – B")
    }

    // MARK: Selection

    @Test func aSelectedTextIsReplacedByTypingOrPasting() {
        var input = TextInput("15")
        input.selectAll()
        #expect(input.isSelected)
        #expect(input.handle(.character("1")) == .edited)
        #expect(!input.isSelected)
        _ = input.handle(.character("0"))
        #expect(input.text == "10")
        input.selectAll()
        _ = input.handle(.paste("45"))
        #expect(input.text == "45")
        // An empty text is never selected.
        var empty = TextInput()
        empty.selectAll()
        #expect(!empty.isSelected)
    }

    @Test(arguments: [Key.left, .right, .home, .end, .backspace, .delete, .control("w")])
    func anEditingKeyFirstEndsTheSelectionAndTypingThenInserts(key: Key) {
        var input = TextInput("15")
        input.selectAll()
        _ = input.handle(key)
        #expect(!input.isSelected)
        let edited = input.text
        _ = input.handle(.character("0"))
        #expect(input.text.count == edited.count + 1, "\(key): \(input.text)")
    }

    @Test func keysThatAreNoEditingKeysKeepTheSelection() {
        var input = TextInput("15")
        input.selectAll()
        #expect(input.handle(.function(3)) == .ignored)
        #expect(input.handle(.enter) == .submit)
        #expect(input.isSelected)
    }

    @Test func aSelectedTextIsDrawnInTheSelectionStyle() {
        var input = TextInput("Bottrop")
        input.selectAll()
        var canvas = Canvas(size: Size(width: 20, height: 1))
        input.render(into: &canvas, rect: Rect(x: 0, y: 0, width: 20, height: 1))
        #expect(canvas.style(of: "Bottrop", onLine: 0) == .selection)
        #expect(canvas[10, 0].style == .input)
        input.deselect()
        input.render(into: &canvas, rect: Rect(x: 0, y: 0, width: 20, height: 1))
        #expect(canvas.style(of: "Bottrop", onLine: 0) == .input)
    }

    // MARK: Drawing near the cursor

    /// Drawing lays out only the paragraphs around the cursor; it must show exactly the rows
    /// the whole layout puts there.
    @Test func multiLineDrawingShowsTheRowsOfTheWholeLayout() {
        var generator = SystemRandomNumberGenerator()
        let words = ["Bottrop", "Grüße", "漢字", "Wirtschaftsförderungsgesellschaft", "a", "\n", "\n\n", "–", "Zukunftsstadt 2030+"]
        for round in 0..<60 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in words.randomElement(using: &generator)! }
                .joined(separator: Bool.random(using: &generator) ? " " : "")
            var input = TextInput(text, multiline: true)
            for _ in 0..<Int.random(in: 0...input.characters.count, using: &generator) { _ = input.handle(.left) }
            let rect = Rect(x: 0, y: 0, width: Int.random(in: 4...30, using: &generator), height: Int.random(in: 1...6, using: &generator))
            var canvas = Canvas(size: Size(width: rect.width, height: rect.height))
            input.render(into: &canvas, rect: rect)

            let lines = input.layout(width: rect.width)
            let position = input.cursorPosition(width: rect.width)
            let first = max(0, position.row - rect.height + 1)
            let expected = (first..<min(lines.count, first + rect.height)).map { row in
                String(input.characters[lines[row]].filter { $0 != "\n" })
            }
            let drawn = Array(canvas.lines.prefix(expected.count))
            #expect(drawn == expected.map { $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression) },
                    "round \(round): \(text.debugDescription) cursor \(input.cursor) width \(rect.width)")
            #expect(canvas.cursor?.x == position.column && canvas.cursor?.y == position.row - first,
                    "round \(round): \(text.debugDescription)")
        }
    }

    @Test func upAndDownCrossParagraphsOfSoftWrappedLines() {
        // Width 10: "eins zwei " | "drei" | "fünf sechs" … laid out per paragraph.
        var input = TextInput("eins zwei drei\nfünf\nsieben acht neun", multiline: true)
        _ = input.handle(.up, width: 10)
        #expect(input.cursorPosition(width: 10).row == 3)
        _ = input.handle(.up, width: 10)
        #expect(input.cursorPosition(width: 10) == (row: 2, column: 4))
        _ = input.handle(.up, width: 10)
        #expect(input.cursorPosition(width: 10).row == 1)
        _ = input.handle(.down, width: 10)
        _ = input.handle(.down, width: 10)
        #expect(input.cursorPosition(width: 10).row == 3)
    }
}
