import Foundation
import Testing
import WorkshopModel
@testable import WorkshopTUI

/// What the screen says when the file cannot be written (issue 12, defect 4 and "faults while
/// running"), headless: the workshop file is replaced under its name while the app has it open,
/// so every write fails as it would on a full disk.
@Suite struct StoreFaultScreenTests {
    /// A fixture on the theme table, the card panel open on "Visionen" with one card saved.
    private func afterOneCard() throws -> Fixture {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        fixture.press(.character("l"))
        fixture.press(.character("n"))
        fixture.type("Gespeicherte Karte")
        fixture.press(.enter)
        #expect(fixture.lines()[22].contains("✓ Karte gespeichert"))
        return fixture
    }

    /// Puts another file under the workshop's name: the store no longer writes.
    private func replaceFile(of fixture: Fixture) throws {
        let path = fixture.store.path
        try FileManager.default.moveItem(atPath: path, toPath: path + ".alt")
        try Data("ein anderes Dokument".utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test func aFailedSaveClearsTheSavedMessageKeepsTheTextAndSaysWhy() throws {
        let fixture = try afterOneCard()
        try replaceFile(of: fixture)
        fixture.type("Karte ins Leere")
        fixture.press(.enter)

        let canvas = fixture.render(80, 24)
        #expect(!canvas.text.contains("✓ Karte gespeichert"), "the message line still says saved:\n\(canvas.text)")
        #expect(canvas.lines[23].contains("✗ NICHT GESPEICHERT: Datei weg"))
        #expect(canvas.style(of: "NICHT GESPEICHERT", onLine: 23) == .error)
        #expect(canvas.text.contains("Karte ins Leere"), "the panel keeps the text")
        #expect(canvas.text.contains(":copy PFAD"), "the way out is named:\n\(canvas.text)")
        #expect(fixture.app.overlay is CardEntryOverlay)
    }

    @Test func aFileGoneShowsAtOnceWhollyAndOnceAndColonCopyRescuesIt() throws {
        let fixture = try afterOneCard()
        fixture.press(.escape)
        try replaceFile(of: fixture)
        #expect(fixture.app.tick())

        // The whole message, over up to three rows above the status line.
        let canvas = fixture.render(80, 24)
        #expect(canvas.lines[23].contains("✗ NICHT GESPEICHERT: Datei weg"))
        let message = canvas.lines[20...22].joined(separator: " ")
        #expect(message.contains("ist nicht mehr da – retten mit :copy PFAD"), "\(message)")
        #expect(canvas.style(of: "retten mit", onLine: try #require(lineIndex(of: "retten mit", in: canvas))) == .error)

        let rescue = fixture.directory.appendingPathComponent("rettung.allianz").path
        fixture.command("copy " + rescue)
        #expect(fixture.lines()[22].contains("Kopie geschrieben: /"))
        // Reported once: the next ticks keep the answer to the command on the screen.
        _ = fixture.app.tick()
        #expect(fixture.lines()[22].contains("Kopie geschrieben"))
        #expect(fixture.lines()[23].contains("Datei weg"))
        let copy = try WorkshopStore.open(at: rescue, readOnly: true)
        #expect(copy.state.workshop.cards.contains { $0.text == "Gespeicherte Karte" })
        try copy.close()
    }

    @Test func waitingForTheWriteLockShowsInTheStatusLineAndIsDrawnAtOnce() throws {
        let fixture = try afterOneCard()
        var drawn: [Canvas] = []
        fixture.app.redraw = { drawn.append(fixture.render(80, 24)) }
        fixture.store.onLockWait?(0.26)
        fixture.store.onLockWait?(3.4)
        #expect(drawn.count == 2, "drawn while the loop stands still")
        let canvas = try #require(drawn.last)
        #expect(canvas.lines[23].contains("… wartet auf Schreibzugriff (3 s)"))
        #expect(canvas.text.contains("Ein anderes Programm sperrt die Datei – die Änderung wartet bis zu 60 s"))
        // Once the change is through, the status line says saved again.
        fixture.type("Danach")
        fixture.press(.enter)
        #expect(fixture.lines()[23].contains("✓ gespeichert"))
    }

    @Test func theExitNoticeNamesTheProblemAndHoldsTheTextNotSaved() throws {
        let fixture = try afterOneCard()
        #expect(fixture.app.exitNotice == nil, "everything saved: nothing to say")
        try replaceFile(of: fixture)
        fixture.type("Nicht gespeichert")
        fixture.press(.enter)
        fixture.press(.escape) // put aside as a draft
        #expect(fixture.app.overlay == nil)
        let notice = try #require(fixture.app.exitNotice)
        #expect(notice.contains("✗ NICHT GESPEICHERT: Datei weg – die zuletzt versuchte Änderung fehlt"))
        #expect(notice.contains("Nicht gespeicherter Text, hier zum Kopieren:\nNicht gespeichert"), "\(notice)")
        #expect(!notice.contains("verworfen"))
    }
}
