import Foundation
import Testing
import WorkshopModel
@testable import WorkshopTUI

@Suite struct ShellTests {
    // MARK: Quitting

    @Test func qQuits() throws {
        let fixture = try Fixture()
        #expect(!fixture.app.shouldQuit)
        fixture.press(.character("q"))
        #expect(fixture.app.shouldQuit)
    }

    @Test func controlCAndColonQQuit() throws {
        let a = try Fixture()
        a.press(.control("c"))
        #expect(a.app.shouldQuit)
        let b = try Fixture()
        b.command("q")
        #expect(b.app.shouldQuit)
    }

    @Test func qInsideAFormIsText() throws {
        let fixture = try Fixture()
        fixture.press(.tab, .character("a"))
        fixture.type("Qualle q")
        #expect(!fixture.app.shouldQuit)
        #expect(fixture.screen().contains("Qualle q"))
    }

    // MARK: Status line and messages

    @Test func statusLineShowsScreenSaveStateAndClock() throws {
        let fixture = try Fixture()
        let canvas = fixture.render()
        let status = canvas.lines[23]
        #expect(status.hasPrefix(" allianz-tui · Übersicht"))
        #expect(status.hasSuffix("✓ gespeichert · 14:05"))
        #expect(canvas.style(of: "✓ gespeichert", onLine: 23) == .statusBar)
        #expect(canvas[0, 23].style == .statusBar)
        #expect(canvas[79, 23].style == .statusBar)
    }

    @Test func statusLineShowsADraftWhileTyping() throws {
        let fixture = try Fixture()
        fixture.press(.tab, .character("a"))
        // An untouched form is not a draft yet.
        #expect(fixture.lines()[23].contains("✓ gespeichert"))
        fixture.type("Ü")
        #expect(fixture.lines()[23].contains("✎ Entwurf – Enter oder Esc speichert"))
        fixture.press(.backspace)
        #expect(fixture.lines()[23].contains("✓ gespeichert"))
        fixture.type("Ölmüller")
        #expect(fixture.lines()[23].contains("Entwurf"))
        // Esc saves the form.
        fixture.press(.escape)
        #expect(fixture.lines()[23].contains("✓ gespeichert"))
        #expect(fixture.store.state.workshop.participants.last?.name == "Ölmüller")
    }

    @Test func keyHintsComeFromTheKeymaps() throws {
        let hints = try Fixture().lines()[22]
        #expect(hints.hasPrefix(" a Hinzufügen  e Bearbeiten"))
        #expect(hints.hasSuffix("? Tastenhilfe  q Beenden"))
    }

    @Test func aMessageLastsUntilTheNextKey() throws {
        let fixture = try Fixture()
        fixture.press(.character("u"))
        #expect(fixture.lines()[22].contains("Nichts zum Rückgängigmachen."))
        fixture.press(.character("j"))
        #expect(!fixture.lines()[22].contains("Nichts zum Rückgängigmachen."))
        #expect(fixture.lines()[22].contains("Tastenhilfe"))
    }

    @Test func readOnlyFileSaysSoAndRefusesChanges() throws {
        let fixture = try Fixture()
        let store = try WorkshopStore.open(at: fixture.store.path, readOnly: true, clock: { Fixture.fixedDate })
        let app = App(store: store, language: .de, clock: { Fixture.fixedDate })
        #expect(app.render(size: Size(width: 80, height: 24)).lines[23].contains("nur lesen"))
        app.handle(.tab)
        app.handle(.character("a"))
        for character in "Neu" { app.handle(.character(character)) }
        app.handle(.enter)
        // The form stays open with the reason, and the status line says it is not saved.
        #expect(app.overlay != nil)
        let canvas = app.render(size: Size(width: 80, height: 24))
        #expect(canvas.text.contains("NICHT GESPEICHERT"))
        #expect(canvas.style(of: "NICHT GESPEICHERT", onLine: 23) == .error)
        #expect(store.state.workshop.participants.count == 30)
        try store.close()
    }

    // MARK: Terminal size

    @Test(arguments: [(40, 10), (59, 16), (60, 15), (20, 5)])
    func tooSmallTerminalNamesTheMinimum(width: Int, height: Int) throws {
        let canvas = try Fixture().render(width, height)
        // Narrow windows wrap the texts; read them as one.
        let text = canvas.lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
        #expect(text.contains("Terminal zu klein: \(width)×\(height)"))
        #expect(text.contains("Mindestens 60×16"))
        #expect(!canvas.text.contains("Ablauf"))
        expectNoLineWiderThanCanvas(canvas)
        let row = try #require(lineIndex(of: "Terminal zu klein", in: canvas))
        #expect(canvas.style(of: "Terminal zu klein", onLine: row) == .error)
    }

    @Test func tooSmallInEnglish() throws {
        let text = try Fixture(language: .en).screen(59, 16)
        #expect(text.contains("Terminal too small: 59×16"))
        #expect(text.contains("At least 60×16 needed."))
    }

    @Test func theMinimumSizeIsEnough() throws {
        #expect(App.minimumSize == Size(width: 60, height: 16))
        let canvas = try Fixture().render(60, 16)
        #expect(!canvas.text.contains("Terminal zu klein"))
        #expect(canvas.text.contains("Ablauf (10)"))
        #expect(canvas.text.contains("Teilnehmende (30)"))
        #expect(canvas.lines[15].contains("✓ gespeichert"))
        expectNoLineWiderThanCanvas(canvas)
    }

    @Test(arguments: [(1, 1), (0, 0), (1, 30), (0, 24), (200, 1), (80, 0), (2, 2)])
    func tinySizesDoNotCrash(width: Int, height: Int) throws {
        let fixture = try Fixture()
        let canvas = fixture.render(width, height)
        #expect(canvas.size == Size(width: width, height: height))
        #expect(canvas.lines.count == height)
        expectNoLineWiderThanCanvas(canvas)
        // Also with an overlay open.
        fixture.press(.character("?"))
        _ = fixture.render(width, height)
        fixture.press(.escape, .character("a"))
        _ = fixture.render(width, height)
    }

    @Test func qStillQuitsWhenTooSmall() throws {
        let fixture = try Fixture()
        _ = fixture.render(40, 10)
        fixture.press(.character("q"))
        #expect(fixture.app.shouldQuit)
    }

    // MARK: Command line

    @Test func commandLineShowsWhatIsTyped() throws {
        let fixture = try Fixture()
        fixture.press(.character(":"))
        fixture.type("lang en")
        let canvas = fixture.render()
        #expect(canvas.lines[22] == ":lang en")
        #expect(canvas[0, 22].style == .input)
        #expect(canvas.cursor?.x == 8)
        #expect(canvas.cursor?.y == 22)
        fixture.press(.escape)
        #expect(fixture.app.overlay == nil)
        #expect(fixture.app.language == .de)
    }

    @Test func langEnSwitchesTheInterfaceToEnglish() throws {
        let fixture = try Fixture()
        fixture.command("lang en")
        #expect(fixture.app.language == .en)
        let canvas = fixture.render()
        #expect(canvas.text.contains("Agenda (10)"))
        #expect(canvas.text.contains("Participants (30)"))
        #expect(canvas.text.contains("Moderators (13)"))
        #expect(canvas.text.contains("30 participants · 13 moderators · Total 180 min"))
        #expect(canvas.lines[0].contains("2017-03-23"))
        #expect(canvas.lines[22].contains("Language: English"))
        #expect(canvas.style(of: "Language: English", onLine: 22) == .success)
        #expect(canvas.lines[23].contains("allianz-tui · Overview"))
        #expect(canvas.lines[23].contains("✓ saved"))
        #expect(!canvas.text.contains("Teilnehmende"))
        fixture.press(.character("?"))
        #expect(fixture.screen().contains("Keys — Esc or ? closes"))
        fixture.press(.escape)
        fixture.command("lang de")
        #expect(fixture.app.language == .de)
        #expect(fixture.screen().contains("Sprache: Deutsch"))
        #expect(fixture.screen().contains("Ablauf (10)"))
    }

    @Test(arguments: ["foo", "lang fr", "lang", "undoo"])
    func unknownCommandShowsAnError(command: String) throws {
        let fixture = try Fixture()
        fixture.command(command)
        #expect(fixture.app.overlay == nil)
        #expect(!fixture.app.shouldQuit)
        #expect(fixture.app.language == .de)
        let canvas = fixture.render()
        #expect(canvas.lines[22].contains("Unbekannter Befehl „\(command)“."))
        #expect(canvas.style(of: "Unbekannter Befehl", onLine: 22) == .error)
    }

    @Test func commandLineUndoAndRedo() throws {
        let fixture = try Fixture()
        fixture.press(.character("d"), .character("j"))
        #expect(fixture.store.state.workshop.agenda.count == 9)
        fixture.command("undo")
        #expect(fixture.store.state.workshop.agenda.count == 10)
        #expect(fixture.lines()[22].contains("Rückgängig gemacht."))
        fixture.command("redo")
        #expect(fixture.store.state.workshop.agenda.count == 9)
    }

    @Test func emptyCommandDoesNothing() throws {
        let fixture = try Fixture()
        fixture.command("")
        #expect(fixture.app.overlay == nil)
        #expect(fixture.lines()[22].contains("Tastenhilfe"))
    }
}
