import Foundation
import Testing
import WorkshopModel
@testable import WorkshopTUI

/// A clock the test moves on.
final class TestClock: @unchecked Sendable {
    // Set by the test thread only.
    var now = Fixture.fixedDate
}

extension Fixture {
    /// A projector on the same file: its own read-only store and app, as `allianz-tui present` has.
    func projector(clock: TestClock = TestClock()) throws -> App {
        let store = try WorkshopStore.open(at: store.path, readOnly: true)
        return App(store: store, language: app.language, clock: { clock.now }, root: ProjectorScreen())
    }
}

/// "Show on projector", the projector screen following the file, and the timebox.
struct ProjectorTests {
    @Test(arguments: [(80, 24), (160, 45)])
    func theProjectorShowsTheTitleFirst(width: Int, height: Int) throws {
        let fixture = try Fixture()
        let projector = try fixture.projector()
        let canvas = projector.render(size: Size(width: width, height: height))
        assertGolden(canvas, named: "projector-title-\(width)x\(height)")
        expectNoLineWiderThanCanvas(canvas)
        #expect(canvas.text.contains("23.03.2017 · Lokschuppen, Bottrop"))
        // No menus, no status line on the projector.
        #expect(!canvas.text.contains("allianz-tui ·"))
        #expect(!canvas.text.contains("Tastenhilfe"))
    }

    @Test func f5PutsTheCurrentViewOnTheProjectorAndItFollows() throws {
        let fixture = try Fixture()
        let projector = try fixture.projector()
        fixture.press(.character("b"), .enter)
        let board = try #require(fixture.app.workshop.boards.first)
        fixture.press(.function(5))
        #expect(fixture.screen(160, 45).contains("▶ Beamer zeigt jetzt: Pinnwand „\(board.title)“"))
        #expect(fixture.app.workshop.projection == .board(board.id, from: 0))
        #expect(projector.tick())
        let shown = projector.render(size: Size(width: 160, height: 45)).text
        #expect(shown.contains(board.title))
        // The moderator prepares the next step unseen: opening the catalog changes nothing.
        fixture.press(.escape, .escape, .character("s"))
        _ = projector.tick()
        #expect(projector.render(size: Size(width: 160, height: 45)).text.contains(board.title))
        // The poster of the selected profile goes up with F5; F7 brings back the title.
        fixture.press(.function(5))
        _ = projector.tick()
        #expect(projector.render(size: Size(width: 160, height: 45)).text.contains("Steckbrief Nr. 1 · Projektidee"))
        fixture.press(.function(7))
        _ = projector.tick()
        #expect(projector.render(size: Size(width: 160, height: 45)).text.contains("Lokschuppen, Bottrop"))
        // Typing on the projector's keyboard changes nothing.
        projector.handle(.character("u"))
        projector.handle(.function(5))
        #expect(fixture.app.workshop.projection == .title)
    }

    @Test func theProjectorTurnsPagesWithTheModerator() throws {
        let fixture = try Fixture()
        let projector = try fixture.projector()
        fixture.openProfile(number: 25)
        fixture.press(.character("p"), .function(5))
        fixture.render(80, 24)
        fixture.press(.pageDown)
        _ = projector.tick()
        let shown = try #require(fixture.app.workshop.catalog().first { $0.number == 25 })
        // At 80×24 the second page starts with the fifth field, "Bewertung des angestrebten Zustandes".
        #expect(fixture.app.workshop.projection == .profile(shown.id, from: 4))
        let canvas = projector.render(size: Size(width: 80, height: 24))
        #expect(canvas.text.contains("2/2"))
        #expect(canvas.text.contains("Bewertung des angestrebten Zustandes"))
    }

    @Test func aProjectorOfAnotherSizeShowsTheCardsTheModeratorPagedTo() throws {
        let fixture = try Fixture()
        let projector = try fixture.projector()
        // The SWOT-sized board "Herausforderungen" has more cards than one 80×24 page.
        fixture.press(.character("b"), .enter, .character("p"), .function(5))
        let small = Size(width: 80, height: 24), large = Size(width: 160, height: 45)
        _ = fixture.app.render(size: small)
        fixture.press(.pageDown, .pageDown)
        let moderatorPage = fixture.app.render(size: small).lines
        #expect(moderatorPage.joined().contains(UIText.plenaryPage.format(.de, 3, "").prefix(8)))
        _ = projector.tick()
        let projected = projector.render(size: large).text
        // The first card line of the moderator's third page is on the projector's page too.
        let firstCard = try #require(moderatorPage.first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("•") })
        let text = firstCard.trimmingCharacters(in: .whitespaces).prefix(30)
        #expect(projected.contains(text), "\(text) not on the projector:\n\(projected)")
    }

    @Test func theCountdownRunsInTheStatusLineAndTurnsRedWhenTimeIsUp() throws {
        let clock = TestClock()
        let fixture = try Fixture(clock: { clock.now })
        let projector = try fixture.projector(clock: clock)
        // The theme tables are item 7 (60 minutes).
        for _ in 0..<6 { fixture.press(.down) }
        fixture.press(.character("t"))
        var canvas = fixture.render()
        #expect(canvas.lines[23].contains("⏱ 60:00"))
        clock.now = clock.now.addingTimeInterval(25 * 60 + 10)
        canvas = fixture.render()
        #expect(canvas.lines[23].contains("⏱ 34:50"))
        fixture.press(.function(8))
        clock.now = clock.now.addingTimeInterval(600)
        #expect(fixture.render().lines[23].contains("⏸ 34:50"))
        fixture.press(.function(8), .function(9))
        #expect(fixture.render().lines[23].contains("⏱ 35:50"))
        clock.now = clock.now.addingTimeInterval(36 * 60 + 5)
        canvas = fixture.render()
        #expect(canvas.lines[23].contains("⏰ ZEIT UM −0:15"))
        #expect(canvas.style(of: "ZEIT UM", onLine: 23) == .error)

        fixture.press(.function(6))
        _ = projector.tick()
        let big = projector.render(size: Size(width: 160, height: 45))
        assertGolden(big, named: "projector-timer-over-160x45")
        #expect(big.text.contains("Die Zeit ist um"))
        #expect(big.text.contains("Vier parallele Thementische"))
        fixture.press(.character("T"))
        #expect(!fixture.render().lines[23].contains("⏱"))
    }

    @Test(arguments: [(80, 24), (160, 45)])
    func theTimerOnTheProjectorUsesBlockDigits(width: Int, height: Int) throws {
        let clock = TestClock()
        let fixture = try Fixture(clock: { clock.now })
        let projector = try fixture.projector(clock: clock)
        for _ in 0..<6 { fixture.press(.down) }
        fixture.press(.character("t"), .function(6))
        clock.now = clock.now.addingTimeInterval(47 * 60 + 55)
        _ = projector.tick()
        let canvas = projector.render(size: Size(width: width, height: height))
        assertGolden(canvas, named: "projector-timer-\(width)x\(height)")
        expectNoLineWiderThanCanvas(canvas)
        #expect(canvas.text.contains("█"))
        #expect(canvas.text.contains("geplant 60 min"))
    }

    @Test func aRevealedTallyGoesUpFromTheRound() throws {
        let fixture = try Fixture()
        let projector = try fixture.projector()
        fixture.press(.character("c"), .enter)
        fixture.press(.function(5))
        _ = projector.tick()
        #expect(projector.render(size: Size(width: 160, height: 45)).text.contains("Welche vier Reallabore starten wir?"))
        fixture.press(.character("r"))
        _ = projector.tick()
        let shown = projector.render(size: Size(width: 160, height: 45)).text
        #expect(shown.contains("★"))
    }
}

/// What is typed is not lost when the program is stopped, and the clock is not replaced by accident.
struct DraftAndTimerSafetyTests {
    @Test func aFieldBeingTypedIsSavedWhenTheProgramIsStopped() throws {
        let fixture = try Fixture()
        fixture.createProfile("Abbruchtest")
        fixture.press(.down, .enter)
        fixture.type("Noch nicht gespeichert – Übergabe an den Träger")
        #expect(fixture.lastProfile?.value("description") == "")
        fixture.app.saveDraftBeforeExit()
        #expect(fixture.lastProfile?.value("description") == "Noch nicht gespeichert – Übergabe an den Träger")
    }

    @Test func startingAnotherItemsTimerAsksFirst() throws {
        let fixture = try Fixture()
        for _ in 0..<6 { fixture.press(.down) }
        fixture.press(.character("t"))
        let running = try #require(fixture.app.workshop.timer)
        fixture.press(.down, .character("t"))
        #expect(fixture.screen(120, 30).contains("läuft. Stattdessen"))
        fixture.press(.character("n"))
        #expect(fixture.app.workshop.timer == running)
        fixture.press(.character("t"), .character("j"))
        #expect(fixture.app.workshop.timer?.itemID != running.itemID)
        fixture.press(.character("T"), .character("j"))
        #expect(fixture.app.workshop.timer == nil)
    }
}
