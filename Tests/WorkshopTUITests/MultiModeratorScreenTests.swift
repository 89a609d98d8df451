import Foundation
import Testing
import WorkshopModel
@testable import WorkshopTUI

/// A second moderator on the same workshop file, played by a second store: what the first
/// moderator's screens show when the other one changes things (issue 7, part 5).
@Suite struct MultiModeratorScreenTests {
    static let bert = "bert@laptop#pts/2"

    /// Moderator B: a second store on the fixture's file.
    private func secondModerator(_ fixture: Fixture) throws -> WorkshopStore {
        try WorkshopStore.open(at: fixture.store.path, author: Self.bert)
    }

    /// The theme table with the skills card ("Fachkräftemangel …", author and tags) open for editing.
    private func editingSkills() throws -> Fixture {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        fixture.press(.character("j"), .enter)
        #expect(fixture.screen(80, 24).contains("Karte bearbeiten"))
        return fixture
    }

    private static let original = "Fachkräftemangel im Handwerk – Betriebe finden keine Azubis"
    private static let theirs = "Fachkräftemangel: Schulen und Betriebe reden zu wenig"

    @Test func aCardChangedAtAnotherSeatIsReportedAndASecondEnterOverwritesIt() throws {
        let fixture = try editingSkills()
        fixture.type(" (Stand 2017)")
        let other = try secondModerator(fixture)
        defer { try? other.close() }
        let card = try #require(other.state.workshop.cards.first { $0.id == BoardFixture.skills })
        try other.execute(.board(.editCard(id: card.id, text: Self.theirs, author: "Jürgen Weiß",
                                           tags: "Fachkräfte", basedOn: card)))
        #expect(fixture.app.tick())

        // Enter: refused, the panel stays open with the text typed here and says what happened.
        fixture.press(.enter)
        #expect(fixture.app.overlay is CardEntryOverlay)
        #expect(fixture.card(BoardFixture.skills)?.text == Self.theirs)
        for (width, height) in [(80, 24), (160, 45)] {
            let canvas = fixture.render(width, height)
            expectNoLineWiderThanCanvas(canvas)
            let text = canvas.lines.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " │")) }.joined(separator: " ")
            #expect(text.contains("Diese Karte wurde inzwischen an einem anderen Platz geändert: „\(Self.theirs) – Jürgen Weiß [Fachkräfte]“."),
                    "\(canvas.text)")
            #expect(text.contains("Enter speichert Ihre Fassung trotzdem. Esc legt den Text als Entwurf beiseite (e holt ihn zurück)."),
                    "\(canvas.text)")
            #expect(canvas.text.contains("(Stand 2017)"), "the text typed here is kept")
            let message = try #require(lineIndex(of: "Diese Karte wurde", in: canvas))
            #expect(canvas.style(of: "Diese Karte wurde", onLine: message) == .error)
        }

        // A second Enter overwrites the other version on purpose.
        fixture.press(.enter)
        #expect(fixture.app.overlay == nil)
        let saved = try #require(fixture.card(BoardFixture.skills))
        #expect(saved.text == Self.original + " (Stand 2017)")
        #expect(saved.author == "Jürgen Weiß" && saved.tags == ["Demografischer Wandel", "Fachkräfte"])
        try other.refresh()
        #expect(other.state.workshop.cards.first { $0.id == BoardFixture.skills }?.text == Self.original + " (Stand 2017)")
    }

    @Test func escAfterAConflictKeepsTheOtherVersionAndPutsOursAside() throws {
        let fixture = try editingSkills()
        fixture.type(" (Stand 2017)")
        let other = try secondModerator(fixture)
        defer { try? other.close() }
        let card = try #require(other.state.workshop.cards.first { $0.id == BoardFixture.skills })
        try other.execute(.board(.editCard(id: card.id, text: Self.theirs, author: "", tags: "", basedOn: card)))
        let before = try other.allRecords().count
        fixture.press(.enter)
        #expect(fixture.app.overlay is CardEntryOverlay)
        fixture.press(.escape)
        #expect(fixture.app.overlay == nil)
        #expect(fixture.card(BoardFixture.skills)?.text == Self.theirs)
        #expect(try other.allRecords().count == before, "nothing was written")
        #expect(fixture.screen(80, 24).contains("Schulen und Betriebe"))
        #expect(fixture.screen(80, 24).contains("Entwurf beiseitegelegt – e holt ihn zurück."))
        // e on the card brings our version back, based on theirs now: Esc saves it on purpose.
        fixture.press(.character("e"))
        #expect(fixture.screen(160, 45).contains("(Stand 2017)"))
        fixture.press(.escape)
        #expect(fixture.card(BoardFixture.skills)?.text == Self.original + " (Stand 2017)")
    }

    @Test func aCardRemovedAtAnotherSeatCanBeAddedAgainWithEnter() throws {
        let fixture = try editingSkills()
        fixture.type(" (Stand 2017)")
        let other = try secondModerator(fixture)
        defer { try? other.close() }
        try other.execute(.board(.removeCard(id: BoardFixture.skills)))
        fixture.press(.enter)
        #expect(fixture.app.overlay is CardEntryOverlay)
        let text = fixture.lines(160, 45).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " │")) }.joined(separator: " ")
        #expect(text.contains("Diese Karte wurde inzwischen an einem anderen Platz entfernt."))
        #expect(text.contains("Enter legt Ihre Fassung als neue Karte an. Esc legt den Text als Entwurf beiseite (n holt ihn zurück)."))
        #expect(text.contains("Neue Karte unter „Herausforderungen"))
        fixture.press(.enter)
        #expect(fixture.app.overlay == nil)
        let added = try #require(fixture.cards(under: BoardFixture.challenges).last)
        #expect(added.id != BoardFixture.skills)
        #expect(added.text == Self.original + " (Stand 2017)")
        #expect(added.author == "Jürgen Weiß" && added.tags == ["Demografischer Wandel", "Fachkräfte"])
    }

    @Test func theCardPanelSpeaksEnglishInAConflict() throws {
        let fixture = try Fixture.boards(language: .en)
        fixture.openBoard(BoardFixture.themeTable)
        fixture.press(.character("j"), .enter)
        fixture.type("!")
        let other = try secondModerator(fixture)
        defer { try? other.close() }
        let card = try #require(other.state.workshop.cards.first { $0.id == BoardFixture.skills })
        try other.execute(.board(.editCard(id: card.id, text: "Skills", author: "", tags: "", basedOn: card)))
        fixture.press(.enter)
        let text = fixture.lines(160, 45).joined(separator: " ")
        #expect(text.contains("This card has been changed at another seat meanwhile: “Skills”. Enter saves your version anyway. Esc puts the text aside as a draft (e brings it back)."))
    }

    /// A new profile whose description is being typed ("Ziele: mehr Grün.") while the other
    /// seat saves "Beete übernehmen" into it; returns the app and the other seat's store.
    private func typingWhileTheOtherSeatChangesTheDescription() throws -> (Fixture, WorkshopStore) {
        let fixture = try Fixture()
        fixture.createProfile("Grünflächen-Patenschaften")
        let profile = try #require(fixture.lastProfile)
        fixture.press(.down, .enter)
        fixture.type("Ziele: mehr Grün.")
        let other = try secondModerator(fixture)
        try other.execute(.profile(.setField(id: profile.id, fieldID: "description", text: "Beete übernehmen", basedOn: "")))
        return (fixture, other)
    }

    @Test func aProfileFieldChangedAtAnotherSeatIsReportedAndCtrlOTakesTheOtherVersion() throws {
        let (fixture, other) = try typingWhileTheOtherSeatChangesTheDescription()
        defer { try? other.close() }
        #expect(fixture.app.tick())

        // Esc saves in this editor: refused, the editor stays open and explains.
        fixture.press(.escape)
        #expect(fixture.app.overlay is ProfileFieldEditor)
        let canvas = fixture.render(80, 24)
        expectNoLineWiderThanCanvas(canvas)
        let text = canvas.lines.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " │")) }.joined(separator: " ")
        #expect(text.contains("Das Feld „Beschreibung“ wurde inzwischen an einem anderen Platz geändert: „Beete übernehmen“."),
                "\(canvas.text)")
        #expect(text.contains("Tab speichert Ihre Fassung trotzdem, Strg-O übernimmt die andere"), "\(canvas.text)")
        #expect(text.contains("Esc legt den Text als Entwurf beiseite (Enter holt ihn zurück)."), "\(canvas.text)")
        #expect(canvas.text.contains("Ziele: mehr Grün."))
        // Ctrl-O takes the other version; Esc then closes without writing.
        fixture.press(.control("o"))
        #expect(fixture.screen().contains("Beete übernehmen"))
        let before = try other.allRecords().count
        fixture.press(.escape)
        #expect(fixture.app.overlay == nil)
        #expect(fixture.lastProfile?.value("description") == "Beete übernehmen")
        #expect(try other.allRecords().count == before)
    }

    @Test func tabAfterAConflictOverwritesOnPurpose() throws {
        let (fixture, other) = try typingWhileTheOtherSeatChangesTheDescription()
        defer { try? other.close() }
        fixture.press(.escape)
        #expect(fixture.app.overlay is ProfileFieldEditor)
        fixture.press(.tab)
        #expect(fixture.lastProfile?.value("description") == "Ziele: mehr Grün.")
    }

    @Test func aSecondEscAfterAConflictPutsTheTextAsideAndEnterOnTheFieldBringsItBack() throws {
        let (fixture, other) = try typingWhileTheOtherSeatChangesTheDescription()
        defer { try? other.close() }
        fixture.press(.escape, .escape)
        #expect(fixture.app.overlay == nil)
        #expect(fixture.lastProfile?.value("description") == "Beete übernehmen", "the other version stays")
        #expect(fixture.screen(120, 30).contains("Entwurf beiseitegelegt – Enter holt ihn zurück."))
        fixture.press(.enter)
        #expect(fixture.screen(120, 30).contains("Ziele: mehr Grün."))
        #expect(fixture.screen(120, 30).contains("✎ Entwurf zurückgeholt"))
        // Based on the other version now: Esc saves ours on purpose.
        fixture.press(.escape)
        #expect(fixture.lastProfile?.value("description") == "Ziele: mehr Grün.")
    }

    @Test func aHeadingRenamedAtAnotherSeatIsReportedInTheForm() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        fixture.press(.character("R"))
        fixture.press(.control("u"))
        fixture.type("Probleme")
        let other = try secondModerator(fixture)
        defer { try? other.close() }
        try other.execute(.board(.renameHeading(id: BoardFixture.challenges, title: "Hürden")))
        fixture.press(.enter)
        #expect(fixture.app.overlay is FormOverlay)
        let text = fixture.lines(160, 45).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " │")) }
            .joined(separator: " ")
        #expect(text.contains("Diese Überschrift wurde inzwischen an einem anderen Platz geändert: „Hürden“."), "\(text)")
        fixture.press(.enter)
        #expect(fixture.app.overlay == nil)
        #expect(fixture.app.workshop.headings.first { $0.id == BoardFixture.challenges }?.title == "Probleme")
    }

    @Test func theBoardFollowsTheOtherSeatAndUndoTakesBackOnlyOwnCards() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        fixture.press(.character("l"), .character("n"))
        fixture.type("Eigene Karte")
        fixture.press(.enter, .escape)
        let other = try secondModerator(fixture)
        defer { try? other.close() }
        try other.execute(.board(.addCard(headingID: BoardFixture.visions, text: "Karte vom anderen Tisch", author: "",
                                          tags: "", isPrepared: false, isCluster: false)))
        #expect(!fixture.screen(160, 45).contains("Karte vom anderen Tisch"))
        #expect(fixture.app.tick())
        #expect(fixture.screen(160, 45).contains("Karte vom anderen Tisch"))

        // u takes back this terminal's card, not the newer one of the other seat.
        fixture.press(.character("u"))
        let texts = fixture.cards(under: BoardFixture.visions).map(\.text)
        #expect(!texts.contains("Eigene Karte"))
        #expect(texts.contains("Karte vom anderen Tisch"))
        #expect(fixture.screen(160, 45).contains("Rückgängig gemacht"))
    }
}

/// A field removed from its template at another seat while being typed into.
struct RemovedFieldTests {
    @Test func theTextIsKeptAsANoteOnTheFirstField() throws {
        let fixture = try Fixture()
        fixture.makeTemplate("Leerstand", fields: ["Adresse", "Nutzungsidee"])
        fixture.press(.escape)
        let template = try #require(fixture.app.workshop.profileTemplates.first)
        try #require(try fixture.store.execute(.profile(.addProfile(templateID: template.id, title: "Hansastraße", source: .fresh))))
        let profile = try #require(fixture.lastProfile)
        fixture.app.push(ProfileScreen(profileID: profile.id))
        fixture.press(.down, .down, .enter)
        fixture.type("Café mit Werkstatt")
        let other = try WorkshopStore.open(at: fixture.store.path, author: "bert@laptop#pts/9")
        defer { try? other.close() }
        try other.execute(.profile(.editTemplate(id: template.id, name: "Leerstand", fields: [ProfileFieldSpec(name: "Adresse")])))
        _ = fixture.app.tick()
        fixture.press(.escape)
        #expect(fixture.screen(120, 30).contains("Das Feld „Nutzungsidee“ wurde inzwischen"))
        fixture.press(.escape)
        let notes = try #require(fixture.lastProfile?.notes)
        #expect(notes.map(\.text) == ["Nutzungsidee: Café mit Werkstatt"])
        #expect(notes.first?.fieldID == template.fields[0].id)
    }
}
