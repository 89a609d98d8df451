import Foundation
import Testing
import WorkshopModel

/// What terminals really send, through the real binary in tmux: Home/End and unknown
/// sequences inside the card panel under every common TERM, a paste that holds an end marker
/// and a command, words typed on a board, and a resize in the middle of a word.
@Suite(.serialized)
struct KeyInputFlowTests {
    /// A demo workshop open on its first board, in a terminal with `term`.
    private func openBoard(term: String, width: Int = 80, height: Int = 24) throws -> (TemporaryDirectory, String, TmuxSession) {
        let directory = try TemporaryDirectory()
        let file = directory.file("keys.allianz")
        #expect(try Binary.run(["new", file, "--template", "demo"]).status == 0)
        let terminal = try TmuxSession(width: width, height: height, directory: directory.path, environment: ["TERM": term])
        try terminal.run("'\(Binary.path)' keys.allianz; echo EXIT=$?")
        try terminal.waitFor("Auftaktveranstaltung")
        try terminal.press("b")
        try terminal.waitFor("Pinnwände")
        try terminal.press("Enter")
        try terminal.waitFor("Klimawandel (")
        return (directory, file, terminal)
    }

    private func savedCards(_ file: String) throws -> [String] {
        let export = try Binary.run(["export", file, "--format", "json"])
        #expect(export.status == 0)
        return try JSONDecoder().decode(WorkshopExport.self, from: Data(export.output.utf8)).workshop.cards.map(\.text)
    }

    /// Raw bytes as hex pairs for `send-keys -H`.
    private func hex(_ text: String) -> [String] { text.utf8.map { String(format: "%02x", $0) } }

    /// Home in its xterm, VT220/screen, rxvt and SS3 forms; End likewise.
    private static let homeForms = ["\u{1B}[H", "\u{1B}[1~", "\u{1B}[7~", "\u{1B}OH"]
    private static let endForms = ["\u{1B}[F", "\u{1B}[4~", "\u{1B}[8~", "\u{1B}OF"]
    /// F13, Ctrl-F1, a focus event, a kitty key release and a cursor report: all ignored.
    private static let unknownForms = ["\u{1B}[25~", "\u{1B}[1;5P", "\u{1B}[I", "\u{1B}[O", "\u{1B}[57399;1:3u", "\u{1B}[12;40R"]

    @Test(arguments: ["xterm-256color", "screen-256color", "tmux-256color", "linux", "vt100"])
    func homeEndAndUnknownKeysStayInTheCardPanel(term: String) throws {
        let (directory, file, terminal) = try openBoard(term: term)
        let before = try savedCards(file)
        try terminal.press("n")
        try terminal.waitFor("Neue Karte")
        try terminal.type("Ende")
        for form in Self.homeForms { try terminal.sendBytes(hex(form)) }
        try terminal.type("Idee: ")
        for form in Self.endForms + Self.unknownForms { try terminal.sendBytes(hex(form)) }
        try terminal.type(" dd")
        let typed = try terminal.waitFor("Idee: Ende dd")
        #expect(typed.contains("Neue Karte"), "the panel is still open:\n\(typed)")
        try terminal.press("Enter")
        try terminal.waitFor("Karte gespeichert")
        try terminal.press("Escape")
        try terminal.press("q")
        try terminal.waitFor("EXIT=0")
        let after = try withExtendedLifetime(directory) { try savedCards(file) }
        #expect(after.count == before.count + 1, "nothing removed, one card added")
        #expect(after.contains("Idee: Ende dd"))
    }

    /// The paste: the text holds the paste end marker, an Esc, `:export` and Enter.
    @Test func aPasteHoldingAnEndMarkerAndACommandIsOnlyText() throws {
        let (directory, file, terminal) = try openBoard(term: "xterm-256color")
        try terminal.press("n")
        try terminal.waitFor("Neue Karte")
        try terminal.paste("H16 harmless\u{1B}[201~\u{1B}:export html x.html\r")
        let pasted = try terminal.waitFor("export html x.html")
        #expect(pasted.contains("Neue Karte"), "the panel is still open:\n\(pasted)")
        #expect(!FileManager.default.fileExists(atPath: directory.file("x.html")))
        try terminal.press("Enter")
        try terminal.waitFor("Karte gespeichert")
        try terminal.press("Escape", "q")
        try terminal.waitFor("EXIT=0")
        #expect(!FileManager.default.fileExists(atPath: directory.file("x.html")))
        #expect(try savedCards(file).contains { $0.hasPrefix("H16 harmless") && $0.contains("export html x.html") })
    }

    /// "digitale Schaufenster" typed on the board at 10 characters per second: before, `d`
    /// removed a card, `g` jumped and `a` opened a new card; now it is the start of a card.
    @Test func wordsTypedOnTheBoardBecomeACard() throws {
        let (directory, file, terminal) = try openBoard(term: "xterm-256color")
        let before = try savedCards(file)
        for character in "digitale Schaufenster" {
            try terminal.type(String(character))
            Thread.sleep(forTimeInterval: 0.1)
        }
        let screen = try terminal.waitFor("digitale Schaufenster")
        #expect(screen.contains("Neue Karte"), "\(screen)")
        try terminal.press("Enter")
        try terminal.waitFor("Karte gespeichert")
        try terminal.press("Escape", "q")
        try terminal.waitFor("EXIT=0")
        let after = try withExtendedLifetime(directory) { try savedCards(file) }
        #expect(after.count == before.count + 1)
        #expect(Set(before).isSubset(of: Set(after)), "no card was removed")
        #expect(after.contains("digitale Schaufenster"))
    }

    @Test func aResizeInTheMiddleOfAWordKeepsEveryLetter() throws {
        let (directory, file, terminal) = try openBoard(term: "screen-256color")
        try terminal.press("n")
        try terminal.waitFor("Neue Karte")
        try terminal.type("Straßen")
        try terminal.resize(width: 160, height: 45)
        try terminal.type("bahnhaltestelle")
        try terminal.resize(width: 80, height: 24)
        try terminal.type(" – Gleis 2")
        try terminal.waitFor("Straßenbahnhaltestelle – Gleis 2")
        try terminal.press("Enter")
        try terminal.waitFor("Karte gespeichert")
        try terminal.press("Escape", "q")
        try terminal.waitFor("EXIT=0")
        #expect(try withExtendedLifetime(directory) { try savedCards(file) }.contains("Straßenbahnhaltestelle – Gleis 2"))
    }
}
