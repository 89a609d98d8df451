import Foundation
import Testing
import WorkshopModel
@testable import WorkshopTUI

/// Live card entry: `n`, type, Enter, type, Enter … — the panel stays open and empty for
/// the next card until Esc.
@Suite struct CardEntryTests {
    /// A fixture on the theme table with the focus on "Visionen" (two cards).
    private func onVisions() throws -> Fixture {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        fixture.press(.character("l"))
        return fixture
    }

    private var entry: (Fixture) -> CardEntryOverlay? { { $0.app.overlay as? CardEntryOverlay } }

    @Test func fiveCardsWithTextAndEnterEach() throws {
        let fixture = try onVisions()
        let texts = ["Gründerzentrum im alten Kaufhaus", "Wochenmarkt auch abends – „Feierabendmarkt“",
                     "Kostenloses WLAN in der City", "Ärztehaus am Berliner Platz", "Fußgängerfreundliche Querungen"]
        let before = fixture.app.store.state.lastSequence
        fixture.pressLive(.character("n"))
        for (number, text) in texts.enumerated() {
            // Exactly the text and Enter, with a frame drawn before every key as in the terminal.
            fixture.typeLive(text)
            fixture.pressLive(.enter)
            // After every Enter the panel is still open, empty, and nothing is pending.
            let panel = try #require(entry(fixture))
            #expect(!panel.hasDraft)
            #expect(fixture.app.store.state.lastSequence == before + Int64(number + 1))
            let canvas = fixture.render(80, 24)
            let top = try #require(lineIndex(of: "Neue Karte unter „Visionen“", in: canvas))
            #expect(canvas.lines[top + 1].replacingOccurrences(of: " ", with: "") == "││", "\(canvas.lines[top + 1])")
        }
        #expect(fixture.app.store.state.lastSequence == before + 5, "one saved record per card")
        let saved = fixture.cards(under: BoardFixture.visions).map(\.text)
        #expect(Array(saved.suffix(5)) == texts)
        #expect(saved.count == 7)
        let added = fixture.cards(under: BoardFixture.visions).suffix(5)
        #expect(added.allSatisfy { !$0.isPrepared && !$0.isCluster && $0.author == nil && $0.tags.isEmpty })
        // The board above the panel follows: the last card typed is visible, the count is right.
        let canvas = fixture.render(80, 24)
        #expect(canvas.lines[2].contains("Visionen (7)"))
        #expect(canvas.text.contains("Fußgängerfreundliche"))
        #expect(canvas.text.contains("Neue Karte unter „Visionen“"))
        #expect(canvas.lines[22].contains("✓ Karte gespeichert"))
        #expect(canvas.lines[23].contains("gespeichert"))
        // The input line is empty and has the cursor.
        let cursor = try #require(canvas.cursor)
        #expect(!canvas.lines[cursor.y].contains("Fußgänger"))
        #expect(cursor.y > lineIndex(of: "Neue Karte unter", in: canvas)!)
        fixture.press(.escape)
        #expect(fixture.app.overlay == nil)
        #expect(fixture.boardScreen != nil)
        // The last card typed is selected.
        let after = fixture.render(80, 24)
        let row = try #require(lineIndex(of: "Fußgängerfreundliche", in: after))
        #expect(after.style(of: "Fußgängerfreundliche", onLine: row) == .selection)
    }

    @Test func thePanelIsDockedAtTheBottomAndTheBoardStaysVisible() throws {
        let fixture = try onVisions()
        fixture.press(.character("n"))
        fixture.type("Innenstadt als Bühne")
        let canvas = fixture.render(80, 24)
        expectNoLineWiderThanCanvas(canvas)
        #expect(canvas.lines[2].contains("Visionen (2)"))
        #expect(canvas.text.contains("Lebendige Innenstadt"))
        let top = try #require(lineIndex(of: "Neue Karte unter „Visionen“", in: canvas))
        #expect(top == 24 - 2 - 1 - CardEntryOverlay.height + 1, "the panel ends just above the message line")
        #expect(canvas.lines[top + 1].contains("Innenstadt als Bühne"))
        #expect(canvas.text.contains("Von:"))
        #expect(canvas.text.contains("Schlagworte:"))
        #expect(canvas.text.contains("Enter speichert"))
        // With a draft the status line says so.
        #expect(try #require(entry(fixture)).hasDraft)
        #expect(canvas.lines[23].contains(UIText.statusDraft.text(.de)))
    }

    @Test func emptyEnterShowsTheErrorAndSavesNothing() throws {
        let fixture = try onVisions()
        let before = fixture.app.store.state.lastSequence
        fixture.press(.character("n"))
        fixture.press(.enter)
        #expect(fixture.app.store.state.lastSequence == before)
        #expect(entry(fixture) != nil, "the panel stays open")
        #expect(fixture.screen(80, 24).contains("„Kartentext“ ist leer. Bitte einen Text eingeben."))
        // Spaces and line breaks alone are empty, too.
        fixture.type("   ")
        fixture.press(.newline)
        fixture.press(.enter)
        #expect(fixture.app.store.state.lastSequence == before)
        #expect(fixture.screen(120, 30).contains("„Kartentext“ ist leer."))
        #expect(fixture.cards(under: BoardFixture.visions).count == 2)
    }

    @Test func a501CharacterCardIsRefusedNaming500() throws {
        let fixture = try onVisions()
        let before = fixture.app.store.state.lastSequence
        fixture.press(.character("n"))
        let long = String(repeating: "Straßenbahn ", count: 41) + "Ende12345"  // 41 × 12 + 9 = 501
        #expect(long.count == 501)
        fixture.type(long + "6")
        fixture.press(.backspace)  // 501 characters, ending in "5"
        fixture.press(.enter)
        #expect(fixture.app.store.state.lastSequence == before)
        let text = fixture.screen(160, 45)
        #expect(text.contains("„Kartentext“ ist zu lang: 501 Zeichen, höchstens 500 erlaubt. Bitte kürzen."))
        // The text is kept; one character less is saved.
        #expect(try #require(entry(fixture)).hasDraft)
        fixture.press(.backspace)
        fixture.press(.enter)
        #expect(fixture.app.store.state.lastSequence == before + 1)
        #expect(fixture.cards(under: BoardFixture.visions).last?.text.count == 500)
        #expect(!fixture.screen(160, 45).contains("zu lang"))
    }

    @Test func escapeSequencesInTypedTextDoNotReachTheStore() throws {
        let fixture = try onVisions()
        fixture.press(.character("n"))
        fixture.type("\u{1B}[31mRot\u{1B}[0m markiert\u{1B}]0;gehackt\u{07} \u{9B}2J\u{7}fertig\u{202E}")
        fixture.press(.enter)
        let saved = try #require(fixture.cards(under: BoardFixture.visions).last)
        #expect(saved.text == "Rot markiert fertig")
        #expect(!saved.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        // Nor into the author or the tags.
        fixture.type("Zweite")
        fixture.press(.tab)
        fixture.type("\u{1B}[1mJürgen\u{1B}[0m Weiß")
        fixture.press(.tab)
        fixture.type("Klima\u{1B}[5m, \u{1B}]2;x\u{07}Wandel")
        fixture.press(.enter)
        let second = try #require(fixture.cards(under: BoardFixture.visions).last)
        #expect(second.text == "Zweite")
        #expect(second.author == "Jürgen Weiß")
        #expect(second.tags == ["Klima", "Wandel"])
        // And nothing of it reaches the screen.
        let text = fixture.screen(160, 45)
        #expect(!text.contains("\u{1B}"))
        #expect(!text.contains("gehackt"))
    }

    @Test func escSavesTheTypedCardAndUTakesItBack() throws {
        let fixture = try onVisions()
        let before = fixture.app.store.state.lastSequence
        // Nothing typed: Esc just closes the panel (not the board).
        fixture.press(.character("n"))
        #expect(entry(fixture) != nil)
        fixture.press(.escape)
        #expect(fixture.app.overlay == nil)
        #expect(fixture.boardScreen != nil, "Esc closes the panel, not the board")
        #expect(fixture.app.store.state.lastSequence == before)
        // Typed: Esc saves the card, closes, and says how to take it back.
        fixture.press(.character("n"))
        fixture.type("Halb getippt")
        fixture.press(.escape)
        #expect(fixture.app.overlay == nil)
        #expect(fixture.cards(under: BoardFixture.visions).last?.text == "Halb getippt")
        #expect(fixture.screen(80, 24).contains("✓ Karte gespeichert – u nimmt sie zurück"))
        fixture.press(.character("u"))
        #expect(!fixture.cards(under: BoardFixture.visions).contains { $0.text == "Halb getippt" })
        // The next panel starts empty.
        fixture.press(.character("n"))
        #expect(try #require(entry(fixture)).hasDraft == false)
    }

    @Test func escOnAnEditedCardSavesTheEdit() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        fixture.press(.character("j"), .character("e"))
        fixture.type(" – dringend")
        fixture.press(.escape)
        #expect(fixture.app.overlay == nil)
        #expect(fixture.card(BoardFixture.skills)?.text == "Fachkräftemangel im Handwerk – Betriebe finden keine Azubis – dringend")
        #expect(fixture.screen(80, 24).contains("✓ Karte geändert – u nimmt die Änderung zurück"))
    }

    @Test func aRefusedCardStaysOpenAndASecondEscPutsItAsideUntilNBringsItBack() throws {
        let fixture = try onVisions()
        let before = fixture.app.store.state.lastSequence
        let long = String(repeating: "Straßenbahn ", count: 41) + "Ende12345"  // 501 characters
        fixture.press(.character("n"))
        fixture.type(long)
        // Esc: too long, so nothing is saved and the panel stays with the reason and what Esc does now.
        fixture.press(.escape)
        #expect(entry(fixture) != nil)
        #expect(fixture.app.store.state.lastSequence == before)
        let refused = fixture.lines(160, 45).joined(separator: " ")
        #expect(refused.contains("„Kartentext“ ist zu lang: 501 Zeichen"))
        #expect(refused.contains("Esc legt den Text als Entwurf beiseite (n holt ihn zurück)."))
        // A second Esc closes and keeps the text; the heading shows that a draft waits.
        fixture.press(.escape)
        #expect(fixture.app.overlay == nil)
        #expect(fixture.app.store.state.lastSequence == before)
        let aside = fixture.render(80, 24)
        #expect(aside.lines[22].contains("Entwurf beiseitegelegt – n holt ihn zurück."))
        #expect(aside.lines[2].contains("Visionen (2) ✎"))
        // n on the same heading brings it back; shortened, Esc saves it and the draft is gone.
        fixture.press(.character("n"))
        #expect(fixture.screen(160, 45).contains("✎ Entwurf zurückgeholt"))
        #expect(fixture.screen(160, 45).contains("Straßenbahn Straßenbahn"))
        fixture.press(.backspace, .escape)
        #expect(fixture.app.overlay == nil)
        #expect(fixture.cards(under: BoardFixture.visions).last?.text == String(long.dropLast()))
        #expect(!fixture.app.drafts.contains(.newCard(heading: BoardFixture.visions, roundCard: false)))
        #expect(try fixture.store.storedDrafts().isEmpty)
        #expect(!fixture.lines(80, 24)[2].contains("✎"))
    }

    @Test func aDraftPutAsideWaitsForItsOwnHeadingOnly() throws {
        let fixture = try onVisions()
        fixture.press(.character("n"))
        fixture.type(String(repeating: "x", count: 501))
        fixture.press(.escape, .escape)
        // Another heading starts empty; the draft still waits for Visionen.
        fixture.press(.character("l"), .character("n"))
        #expect(try #require(entry(fixture)).hasDraft == false)
        fixture.press(.escape, .character("h"), .character("n"))
        #expect(try #require(entry(fixture)).hasDraft)
    }

    @Test func typingAfterARefusalMakesEscSaveAgain() throws {
        let fixture = try onVisions()
        fixture.press(.character("n"))
        fixture.type(String(repeating: "y", count: 501))
        fixture.press(.escape)
        #expect(entry(fixture) != nil)
        // The reason belongs to the refused text: one character less, and Esc saves.
        fixture.press(.backspace)
        #expect(!fixture.screen(160, 45).contains("zu lang"))
        fixture.press(.escape)
        #expect(fixture.app.overlay == nil)
        #expect(fixture.cards(under: BoardFixture.visions).last?.text.count == 500)
    }

    @Test func anEditPutAsideComesBackWithEOnThatCard() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        fixture.press(.character("j"), .character("e"))
        fixture.press(.tab, .tab)
        fixture.type(", " + (1...8).map { "Tag\($0)" }.joined(separator: ", "))  // 10 tags: too many
        fixture.press(.escape)
        #expect(fixture.screen(160, 45).contains("Esc legt den Text als Entwurf beiseite (e holt ihn zurück)."))
        fixture.press(.escape)
        #expect(fixture.screen(80, 24).contains("Entwurf beiseitegelegt – e holt ihn zurück."))
        #expect(fixture.card(BoardFixture.skills)?.tags == ["Demografischer Wandel", "Fachkräfte"])
        // e on another card opens that card as it is; e on this one brings the draft back.
        fixture.press(.character("j"), .character("e"))
        #expect(try #require(entry(fixture)).hasDraft == false)
        fixture.press(.escape, .character("k"), .character("e"))
        #expect(try #require(entry(fixture)).hasDraft)
        #expect(fixture.screen(160, 45).contains("Tag8"))
    }

    @Test func altEnterBreaksTheLine() throws {
        let fixture = try onVisions()
        fixture.press(.character("n"))
        fixture.type("Grüne Achse:")
        fixture.press(.newline)
        fixture.type("– vom Bahnhof")
        fixture.press(.newline)
        fixture.type("– bis zum Tetraeder")
        fixture.press(.enter)
        #expect(fixture.cards(under: BoardFixture.visions).last?.text == "Grüne Achse:\n– vom Bahnhof\n– bis zum Tetraeder")
        fixture.press(.escape)
        let lines = fixture.lines(160, 45)
        let row = try #require(lines.firstIndex { $0.contains("• Grüne Achse:") })
        #expect(lines[row + 1].contains("  – vom Bahnhof"))
        #expect(lines[row + 2].contains("  – bis zum Tetraeder"))
    }

    @Test func authorAndTagsViaTabAndAFreshCardStartsWithoutThem() throws {
        let fixture = try onVisions()
        fixture.press(.character("n"))
        fixture.type("Mehr Grün am Pferdemarkt")
        fixture.press(.tab)
        fixture.type("Gülay Yıldız")
        fixture.press(.tab)
        fixture.type("Stadtgrün, Klimawandel")
        fixture.press(.enter)
        let first = try #require(fixture.cards(under: BoardFixture.visions).last)
        #expect(first.text == "Mehr Grün am Pferdemarkt")
        #expect(first.author == "Gülay Yıldız")
        #expect(first.tags == ["Stadtgrün", "Klimawandel"])
        // Focus is back on the text; author and tags are empty, and the panel shows them empty.
        #expect(try #require(entry(fixture)).focus == 0)
        #expect(!fixture.screen(160, 45).contains("Schlagworte: Stadtgrün"))
        fixture.type("Bäume statt Parkplätze")
        fixture.press(.enter)
        let second = try #require(fixture.cards(under: BoardFixture.visions).last)
        #expect(second.text == "Bäume statt Parkplätze")
        #expect(second.author == nil)
        #expect(second.tags.isEmpty)
        // Nor does the next panel, on this heading or another, start with them.
        fixture.press(.escape, .character("l"), .character("n"))
        fixture.type("Wasserspielplatz")
        fixture.press(.enter)
        #expect(fixture.cards(under: BoardFixture.measures).last?.tags == [])
        fixture.press(.escape)
        let text = fixture.screen(160, 45)
        #expect(text.contains("— Gülay Yıldız #Stadtgrün #Klimawandel"))
    }

    @Test func enterOnACardEditsItAndClosesOnSave() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        fixture.press(.character("j"))  // Fachkräftemangel, with author and tags
        fixture.press(.enter)
        #expect(fixture.screen(80, 24).contains("Karte bearbeiten"))
        let panel = try #require(entry(fixture))
        #expect(!panel.hasDraft)
        fixture.type(" (Stand 2017)")
        #expect(panel.hasDraft)
        fixture.press(.enter)
        #expect(fixture.app.overlay == nil)
        let edited = try #require(fixture.card(BoardFixture.skills))
        #expect(edited.text == "Fachkräftemangel im Handwerk – Betriebe finden keine Azubis (Stand 2017)")
        #expect(edited.author == "Jürgen Weiß")
        #expect(edited.tags == ["Demografischer Wandel", "Fachkräfte"])
        #expect(edited.links == [BoardFixture.goodWork])
        // Enter without a change saves nothing new.
        let before = fixture.app.store.state.lastSequence
        fixture.press(.character("e"), .enter)
        #expect(fixture.app.store.state.lastSequence == before)
    }

    @Test func enterOnAnEmptyColumnStartsANewCard() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.mindMap)
        fixture.press(.character("l"))  // "Nahtstellen …", no cards
        fixture.press(.enter)
        #expect(fixture.screen(80, 24).contains("Neue Karte unter „Nahtstellen"))
        fixture.type("Wasserstoff-Kooperation mit Gelsenkirchen")
        fixture.press(.enter)
        #expect(fixture.app.workshop.cards.last?.text == "Wasserstoff-Kooperation mit Gelsenkirchen")
        #expect(fixture.app.workshop.cards.last?.boardID == BoardFixture.mindMap)
    }

    @Test func typingUmlautsAndWideCharactersKeepsTheCursorInThePanel() throws {
        let fixture = try onVisions()
        fixture.press(.character("n"))
        fixture.type("Größere Straßenbäume – 東京 💡 ")
        fixture.type(BoardFixture.compoundWord)
        for (width, height) in [(60, 16), (80, 24), (160, 45)] {
            let canvas = fixture.render(width, height)
            expectNoLineWiderThanCanvas(canvas)
            let cursor = try #require(canvas.cursor, "\(width)x\(height)")
            #expect(cursor.x < width - 1 && cursor.y < height - 2, "\(width)x\(height): \(cursor)")
        }
        fixture.press(.enter)
        #expect(fixture.cards(under: BoardFixture.visions).last?.text
                == "Größere Straßenbäume – 東京 💡 " + BoardFixture.compoundWord)
    }

    @Test func englishPanel() throws {
        let fixture = try Fixture.boards(language: .en)
        fixture.openBoard(BoardFixture.themeTable)
        fixture.press(.character("n"), .enter)
        let text = fixture.screen(120, 30)
        #expect(text.contains("New card under “Herausforderungen”"))
        #expect(text.contains("“Card text” is empty."))
    }
}
