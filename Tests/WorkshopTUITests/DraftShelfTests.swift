import Foundation
import Testing
import WorkshopModel
@testable import WorkshopTUI

/// Drafts survive: the open editor's text is written to the workshop file when typing pauses
/// (so a crash loses at most about a second), drafts come back when the workshop is opened
/// again at the same seat, and the profile field editor and the forms follow the same Esc rule.
@Suite struct DraftShelfTests {
    /// The text of this seat's stored draft under the Visionen heading, if any.
    private func storedCard(_ store: WorkshopStore) throws -> String? {
        try store.storedDrafts().first { $0.key == DraftKey.newCard(heading: BoardFixture.visions, roundCard: false).rawValue }?
            .draft.texts.first
    }

    @Test func theOpenCardIsWrittenWhenTypingPausesAndAtLeastEverySecond() throws {
        let clock = TestClock()
        let fixture = try Fixture(content: BoardFixture.workshop(), clock: { clock.now })
        fixture.openBoard(BoardFixture.themeTable)
        fixture.press(.character("l"), .character("n"))
        // Ten characters a second without a pause, a tick of the terminal loop after each.
        let text = "Wochenmarkt auch abends mit Musik und Gastronomie"
        var typed = ""
        for character in text {
            fixture.press(.character(character))
            typed.append(character)
            clock.now += 0.1
            _ = fixture.app.tick()
            let stored = try storedCard(fixture.store) ?? ""
            #expect(typed.hasPrefix(stored))
            #expect(typed.count - stored.count <= 11, "at most a second of typing is unwritten: \(stored)")
        }
        #expect(try storedCard(fixture.store) != text, "not written at every key")
        // A pause: all of it is written.
        clock.now += DraftShelf.pause
        _ = fixture.app.tick()
        #expect(try storedCard(fixture.store) == text)
        // Saved: the draft is gone from the file.
        fixture.press(.enter)
        #expect(try fixture.store.storedDrafts().isEmpty)
        _ = fixture.app.tick()
        #expect(try fixture.store.storedDrafts().isEmpty, "an empty panel writes nothing")
    }

    @Test func draftsComeBackWhenTheWorkshopIsOpenedAgainAtTheSameSeat() throws {
        let clock = TestClock()
        let fixture = try Fixture(content: BoardFixture.workshop(), clock: { clock.now })
        fixture.openBoard(BoardFixture.themeTable)
        // A new card under Visionen and an edit of the skills card, both unsaved.
        fixture.press(.character("l"), .character("n"))
        fixture.type("Feierabendmarkt")
        clock.now += 1
        _ = fixture.app.tick()
        fixture.press(.escape)  // saved, so it is no draft any more
        fixture.press(.character("n"))
        fixture.type("Abgestürzt beim Tippen")
        clock.now += 1
        _ = fixture.app.tick()

        // The process dies; the same seat opens the file again.
        let reopened = try WorkshopStore.open(at: fixture.store.path, author: fixture.store.author, clock: { clock.now })
        defer { try? reopened.close() }
        let app = App(store: reopened, language: .de, clock: { clock.now })
        let home = app.render(size: Size(width: 80, height: 24))
        #expect(home.lines[22].contains("Entwurf vom 14:05 wiederhergestellt – dieselbe Taste holt ihn zurück."))
        for key: Key in [.character("b"), .enter, .character("l")] { app.handle(key) }
        #expect(app.render(size: Size(width: 80, height: 24)).lines[2].contains("Visionen (3) ✎"))
        app.handle(.character("n"))
        let panel = try #require(app.overlay as? CardEntryOverlay)
        #expect(panel.openDraft?.draft.texts.first == "Abgestürzt beim Tippen")
        app.handle(.escape)
        #expect(reopened.state.workshop.cards.last?.text == "Abgestürzt beim Tippen")
        #expect(try reopened.storedDrafts().isEmpty)

        // Another seat on the same file sees no draft of this one.
        let other = try WorkshopStore.open(at: fixture.store.path, author: "bert@laptop#pts/2")
        defer { try? other.close() }
        #expect(App(store: other, language: .de).message == nil)
    }

    @Test func anOpenFormIsWrittenWhenTypingPausesAndComesBackAfterACrash() throws {
        let clock = TestClock()
        let fixture = try Fixture(clock: { clock.now })
        let key = DraftKey.form("agenda.add")
        fixture.press(.character("a"))
        fixture.type("Kaffeepause")
        fixture.press(.tab, .right, .tab)
        fixture.type("10")
        let values = ["Kaffeepause", "1", "10"]  // the second kind: theme tables
        #expect(fixture.app.overlay?.openDraft?.draft.texts == values)
        clock.now += DraftShelf.pause
        _ = fixture.app.tick()
        #expect(try fixture.store.storedDrafts().map(\.key) == [key.rawValue])
        #expect(try fixture.store.storedDrafts().first?.draft.texts == values)

        // The process dies with the form open; the same seat opens the file again.
        let reopened = try WorkshopStore.open(at: fixture.store.path, author: fixture.store.author, clock: { clock.now })
        defer { try? reopened.close() }
        let app = App(store: reopened, language: .de, clock: { clock.now })
        #expect(app.render(size: Size(width: 80, height: 24)).lines[22]
            .contains("Entwurf vom 14:05 wiederhergestellt – dieselbe Taste holt ihn zurück."))
        // Editing an agenda item is another form: it opens with the item's values.
        app.handle(.character("e"))
        #expect(app.message == nil)
        #expect(app.overlay?.openDraft == nil)
        app.handle(.escape)
        // `a` brings the values back; Enter saves them and the draft is gone.
        app.handle(.character("a"))
        #expect(app.message?.text == "✎ Entwurf zurückgeholt")
        #expect(app.overlay?.openDraft?.draft.texts == values)
        #expect(app.render(size: Size(width: 80, height: 24)).text.contains("Kaffeepause"))
        app.handle(.enter)
        #expect(app.overlay == nil)
        let item = try #require(reopened.state.workshop.agenda.last)
        #expect(item.title == "Kaffeepause")
        #expect(item.plannedMinutes == 10)
        #expect(item.kind == .themeTables)
        #expect(try reopened.storedDrafts().isEmpty)
    }

    @Test func anEditDraftRemembersTheCardItWasTypedOver() throws {
        let clock = TestClock()
        let fixture = try Fixture(content: BoardFixture.workshop(), clock: { clock.now })
        fixture.openBoard(BoardFixture.themeTable)
        fixture.press(.character("j"), .character("e"))
        fixture.type(" (Stand 2017)")
        clock.now += 1
        _ = fixture.app.tick()
        // Meanwhile another seat changes the card; after the crash, saving the draft notices.
        let other = try WorkshopStore.open(at: fixture.store.path, author: "bert@laptop#pts/2")
        defer { try? other.close() }
        let card = try #require(other.state.workshop.cards.first { $0.id == BoardFixture.skills })
        try other.execute(.board(.editCard(id: card.id, text: "Azubis fehlen", author: "", tags: "", basedOn: card)))
        let reopened = try WorkshopStore.open(at: fixture.store.path, author: fixture.store.author)
        defer { try? reopened.close() }
        let app = App(store: reopened, language: .de, clock: { clock.now })
        for key: Key in [.character("b"), .enter, .character("j"), .character("e"), .escape] { app.handle(key) }
        #expect(app.overlay is CardEntryOverlay, "refused: changed at another seat")
        #expect(reopened.state.workshop.cards.first { $0.id == BoardFixture.skills }?.text == "Azubis fehlen")
        #expect(app.render(size: Size(width: 160, height: 45)).text.contains("Diese Karte wurde inzwischen an einem anderen Platz geändert"))
    }

    @Test func aTooLongProfileFieldStaysOpenAndASecondEscPutsItAsideForEnter() throws {
        let fixture = try Fixture()
        fixture.createProfile("Langer Text")
        fixture.press(.down, .enter)
        // A paste is cut at the field's limit (8000); typing on goes over it.
        let long = String(repeating: "Öffnungszeiten und Lieferwege prüfen. ", count: 210)  // 7980 characters
        fixture.press(.paste(long))
        fixture.type(String(repeating: "x", count: 30))
        fixture.press(.escape)
        #expect(fixture.app.overlay is ProfileFieldEditor)
        let refused = fixture.lines(160, 45).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " │")) }
            .joined(separator: " ")
        #expect(refused.contains("Das Feld „Beschreibung“ ist zu lang"))
        #expect(refused.contains("Esc legt den Text als Entwurf beiseite (Enter holt ihn zurück)."))
        fixture.press(.escape)
        #expect(fixture.app.overlay == nil)
        #expect(fixture.lastProfile?.value("description") == "")
        #expect(fixture.screen(160, 45).contains("Entwurf beiseitegelegt – Enter holt ihn zurück."))
        // Enter on the field brings it back; shortened, Esc saves it.
        fixture.press(.enter)
        #expect(fixture.app.overlay?.openDraft?.draft.texts == [long + String(repeating: "x", count: 30)])
        fixture.press(.backspace, times: 40)
        fixture.press(.escape)
        #expect(fixture.app.overlay == nil)
        #expect(fixture.lastProfile?.value("description") == String(long.dropLast(10)).trimmingCharacters(in: .whitespaces))
        #expect(try fixture.store.storedDrafts().isEmpty)
    }
}
