import Foundation
import Testing
import WorkshopModel
@testable import WorkshopTUI

/// Forms for fast hands: pre-filled values replaced by typing, dates as shown, names completed,
/// several participants at once, large pastes, and the Esc rule (Esc saves; a refused Esc
/// keeps the draft).
@Suite struct FastFormsTests {
    // MARK: Pre-filled values

    @Test func typingIntoAPrefilledNumberReplacesIt() throws {
        let fixture = try Fixture()
        fixture.press(.character("a"))
        fixture.type("Kaffeepause")
        fixture.press(.tab, .tab)
        // The pre-filled 15 is shown selected, so that typing visibly replaces it.
        let canvas = fixture.render()
        let label = try #require(canvas.lines.lastIndex { $0.contains("│ Minuten") })
        #expect(canvas.style(of: "15", onLine: label + 1) == .selection)
        fixture.type("10")
        fixture.press(.enter)
        #expect(fixture.app.overlay == nil)
        #expect(fixture.app.workshop.agenda.last?.title == "Kaffeepause")
        #expect(fixture.app.workshop.agenda.last?.plannedMinutes == 10)
    }

    @Test(arguments: [(Key.end, "150"), (.left, "105"), (.backspace, "10"), (.home, "15")])
    func anArrowOrBackspaceFirstEditsThePrefilledValue(key: Key, minutes: String) throws {
        let fixture = try Fixture()
        fixture.press(.character("a"))
        fixture.type("Kaffeepause")
        fixture.press(.tab, .tab, key)
        fixture.type("0")
        fixture.press(.enter)
        #expect(fixture.app.workshop.agenda.last.map { "\($0.plannedMinutes)" } == minutes, "\(key)")
    }

    @Test func comingBackToAFieldSelectsItsValueAgain() throws {
        let fixture = try Fixture()
        fixture.press(.tab, .enter)  // the first participant's form
        let name = try #require(fixture.app.workshop.participants.first?.name)
        fixture.press(.tab, .backTab)
        fixture.type("Anja Neumann")
        fixture.press(.enter)
        #expect(fixture.app.workshop.participants.first?.name == "Anja Neumann")
        #expect(fixture.app.workshop.participants.contains { $0.name == name } == false)
    }

    // MARK: Dates

    @Test func theInfoFormShowsAndTakesTheDateAsTheProgramShowsIt() throws {
        let fixture = try Fixture()
        fixture.press(.character("i"))
        #expect(fixture.screen().contains("23.03.2017"))
        fixture.press(.tab)
        fixture.type("18.05.2017")
        fixture.press(.enter)
        #expect(fixture.app.overlay == nil)
        #expect(fixture.app.workshop.info.date == "2017-05-18")
        #expect(fixture.lines()[0].contains("18.05.2017"))
        // A date that does not exist is refused, naming both forms.
        fixture.press(.character("i"), .tab)
        fixture.type("31.02.2017")
        fixture.press(.enter)
        let refused = fixture.screen(160, 45)
        #expect(refused.contains("„31.02.2017“ ist kein gültiges Datum. Bitte als TT.MM.JJJJ oder JJJJ-MM-"))
    }

    // MARK: Names

    private func signatureForm() throws -> Fixture {
        let fixture = try Fixture()
        try #require(fixture.app.execute(.quick(.addSignatureList(document: "Absichtserklärung"))) != nil)
        fixture.press(.character("v"), .character("s"))
        try #require(fixture.app.overlay is FormOverlay)
        return fixture
    }

    @Test func tabCompletesAUniqueNameFromTheParticipantList() throws {
        let fixture = try signatureForm()
        #expect(fixture.screen().contains("Tab ergänzt den Namen"))
        fixture.type("kött")
        fixture.press(.tab)
        #expect(fixture.screen().contains("Sabine Kötter"))
        fixture.press(.enter)
        #expect(fixture.app.workshop.quickDecisions.last?.signatures == ["Sabine Kötter"])
    }

    @Test func tabListsTheCandidatesWhenSeveralFitAndASecondTabMovesOn() throws {
        let fixture = try signatureForm()
        fixture.type("We")
        fixture.press(.tab)
        let screen = fixture.screen()
        #expect(screen.contains("2 Namen passen: Jürgen Weiß, Jörg Wessels"), "\(screen)")
        assertGolden(fixture.render(), named: "form-name-candidates-80x24")
        fixture.type("i")
        #expect(!fixture.screen().contains("Namen passen"))
        fixture.press(.tab)
        #expect(fixture.screen().contains("Jürgen Weiß"))
    }

    @Test func aModeratorsSurnameAloneIsAcceptedAndANearMissSuggested() throws {
        let fixture = try Fixture()
        fixture.createProfile("Quartiersladen")
        fixture.press(.character("M"))
        fixture.type("Luprian")
        fixture.press(.enter)
        #expect(fixture.screen().contains("Unbekannt: „Luprian“ – meinten Sie „Fr. Lupprian“?"))
        fixture.press(.control("u"))
        fixture.type("Lupprian, Kim")
        fixture.press(.enter)
        #expect(fixture.app.overlay == nil)
        let profile = try #require(fixture.lastProfile)
        #expect(fixture.app.workshop.moderatorNames(of: profile) == ["Fr. Lupprian", "Hr. Kim"])
        // Tab completes the name after the last comma.
        fixture.press(.character("M"), .end, .control("w"), .control("w"))
        fixture.type("Stu")
        fixture.press(.tab)
        #expect(fixture.screen().contains("Fr. Lupprian, Fr. Sturm"))
    }

    @Test func theFunnelFormIsAChoice() throws {
        let fixture = try Fixture()
        fixture.createProfile("Trichterform")
        fixture.press(.character("t"), .character("r"))
        for (width, height) in [(80, 24), (160, 45)] {
            assertGolden(fixture.render(width, height), named: "form-funnel-\(width)x\(height)")
        }
    }

    // MARK: Several participants

    @Test func severalParticipantsArePastedAndAddedInOneUndoableStep() throws {
        let fixture = try Fixture()
        fixture.press(.tab, .character("a"))
        for (width, height) in [(80, 24), (160, 45)] {
            assertGolden(fixture.render(width, height), named: "form-people-add-\(width)x\(height)")
        }
        fixture.press(.paste("Anja Neumann – Stadtwerke Bottrop\nOle Brandt\r\nMira Kaya; Emscher Genossenschaft\n"))
        fixture.press(.tab)
        fixture.type("Gast")
        fixture.press(.enter)
        #expect(fixture.app.overlay == nil)
        #expect(fixture.app.message?.text == "3 Personen in „Teilnehmende“ aufgenommen.")
        let added = fixture.app.workshop.participants.suffix(3)
        #expect(added.map(\.name) == ["Anja Neumann", "Ole Brandt", "Mira Kaya"])
        #expect(added.map { $0.organisation ?? "" } == ["Stadtwerke Bottrop", "Gast", "Emscher Genossenschaft"])
        fixture.press(.character("u"))
        #expect(fixture.app.workshop.participants.count == 30)
    }

    @Test func badLinesAreNamedAndNothingIsAdded() throws {
        let fixture = try Fixture()
        fixture.press(.tab, .character("a"), .paste("Anja Neumann\nSabine Kötter – HWK\n\n – ohne Namen"))
        fixture.press(.enter)
        #expect(fixture.app.overlay is FormOverlay)
        let screen = fixture.screen(160, 45)
        #expect(screen.contains("Nichts hinzugefügt – 2 Zeile(n) gehen so nicht: Zeile 2: „Sabine Kötter“"), "\(screen)")
        #expect(screen.contains("Zeile 4: „Name“ ist leer."), "\(screen)")
        #expect(fixture.app.workshop.participants.count == 30)
    }

    // MARK: Large pastes

    @Test func a300KBPasteIntoAOneLineFieldIsCutOnceWithAMessage() throws {
        let fixture = try Fixture()
        fixture.press(.character("a"))
        let paste = String(repeating: "Zukunftsstadt Bottrop 2030+ ", count: 300_000 / 28 + 1)
        let elapsed = ContinuousClock().measure {
            fixture.press(.paste(paste))
            _ = fixture.render()
        }
        print("FormOverlay 300 KB paste into the agenda title + frame: \(elapsed)")
        #expect(elapsed < .seconds(10))
        let limit = TextFieldKind.agendaTitle.limit
        #expect(fixture.app.message?.text
                == "Eingefügter Text gekürzt: \(LocalizedFormat.count(paste.count, .de)) → \(limit) Zeichen (das Feld fasst höchstens \(limit)).")
        #expect(fixture.screen().contains("Eingefügter Text gekürzt"))
        fixture.type("!")
        fixture.press(.tab, .tab)
        fixture.press(.enter)
        // One character over the limit: refused by the model, as typed text always was.
        #expect(fixture.screen(160, 45).contains("höchstens \(limit) erlaubt"))
    }

    // MARK: Esc

    @Test func aRefusedEscKeepsTheFormOpenAndASecondEscKeepsTheDraft() throws {
        let fixture = try Fixture()
        fixture.press(.tab, .character("a"))
        fixture.type("Sabine Kötter")
        fixture.press(.escape)
        #expect(fixture.app.overlay is FormOverlay)
        let refused = fixture.screen()
        #expect(refused.contains("„Sabine Kötter“ steht schon in der Liste"))
        #expect(refused.contains("Esc noch einmal schließt das Formular"))
        assertGolden(fixture.render(), named: "form-escape-refused-80x24")
        fixture.press(.escape)
        #expect(fixture.app.overlay == nil)
        #expect(fixture.app.message?.text == "Nicht gespeichert, als Entwurf behalten – dieselbe Taste öffnet das Formular wieder damit.")
        #expect(fixture.app.workshop.participants.count == 30)
        // The draft is on the shelf, and so in the workshop file, under this form and list.
        let key = DraftKey.form("people.add", of: PersonList.participants.rawValue)
        #expect(fixture.app.drafts.contains(key))
        #expect(try fixture.store.storedDrafts().map(\.key) == [key.rawValue])
        #expect(try fixture.store.storedDrafts().first?.draft.texts == ["Sabine Kötter", ""])
        // Another form does not get it: the moderators' list is another target.
        fixture.press(.tab, .character("a"))
        #expect(fixture.app.message == nil)
        #expect(fixture.app.overlay is FormOverlay && fixture.app.overlay?.openDraft == nil)
        fixture.press(.escape, .backTab)
        // The same key brings the typed name back, with the message every editor shows.
        fixture.press(.character("a"))
        #expect(fixture.app.message?.text == "✎ Entwurf zurückgeholt")
        #expect(fixture.screen().contains("Sabine Kötter"))
        fixture.type(" (HWK)")
        fixture.press(.escape)
        #expect(fixture.app.overlay == nil)
        #expect(fixture.app.workshop.participants.last?.name == "Sabine Kötter (HWK)")
        // Saved: the draft is gone from the shelf and the file; the next form is empty.
        #expect(try fixture.store.storedDrafts().isEmpty)
        fixture.press(.character("a"))
        #expect(fixture.app.message == nil)
        #expect(fixture.app.overlay is FormOverlay && fixture.app.overlay?.openDraft == nil)
    }

    @Test func typingAfterARefusedEscTriesToSaveAgainOnEsc() throws {
        let fixture = try Fixture()
        fixture.press(.tab, .character("a"))
        fixture.type("Sabine Kötter")
        fixture.press(.escape)
        fixture.type(" 2")
        #expect(!fixture.screen().contains("Esc noch einmal"))
        fixture.press(.escape)
        #expect(fixture.app.overlay == nil)
        #expect(fixture.app.workshop.participants.last?.name == "Sabine Kötter 2")
    }
}
