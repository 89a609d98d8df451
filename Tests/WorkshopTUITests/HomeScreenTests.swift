import Foundation
import Testing
import WorkshopModel
@testable import WorkshopTUI

@Suite struct HomeScreenTests {
    static let demo = WorkshopTemplate.demo.content()

    // MARK: Golden files

    @Test(arguments: [(Language.de, 80, 24), (.de, 160, 45), (.en, 80, 24), (.en, 160, 45)])
    func homeScreenGolden(language: Language, width: Int, height: Int) throws {
        let fixture = try Fixture(language: language)
        assertGolden(fixture.render(width, height), named: "home-\(language.rawValue)-\(width)x\(height)")
    }

    // MARK: Content

    @Test func showsTitleDatePlaceAndSummary() throws {
        let fixture = try Fixture()
        let small = fixture.lines(80, 24)
        #expect(small[0].contains("Auftaktveranstaltung der Wirtschaftsallianz Bottrop"))
        #expect(small[0].contains("23.03.2017"))
        #expect(!small[0].contains("2017-03-23"))
        #expect(small[1].contains("30 Teilnehmende · 13 Moderation · Gesamt 180 min"))
        let large = fixture.lines(160, 45)
        #expect(large[0].hasPrefix(" Auftaktveranstaltung der Wirtschaftsallianz Bottrop"))
        #expect(large[0].hasSuffix("23.03.2017 · Lokschuppen, Bottrop"))
    }

    @Test func inventedPeopleAreMarkedAndExplained() throws {
        let fixture = try Fixture()
        let text = fixture.screen()
        #expect(text.contains("* erfundene Beispielnamen"))
        #expect(text.contains("Bernd Tischler – Stadt Bottrop"), "a person named in the report has no marker")
        #expect(text.contains("Anja Großmann* – "))
    }

    @Test func enterOnAnAgendaItemOpensItsInstrumentOrSaysWhyNot() throws {
        let fixture = try Fixture()
        fixture.press(.enter)
        #expect(fixture.screen().contains("„Plenum“ ist ein Programmpunkt ohne Instrument"))
        fixture.press(.character("j"), .character("j"), .character("j"), .character("j"), .character("j"),
                      .character("j"), .enter)
        let overview = fixture.screen()
        #expect(fixture.app.currentScreen is BoardsOverviewScreen)
        #expect(overview.contains("Herausforderungen"))
    }

    @Test func titleBarIsStyledAsTitleBar() throws {
        let canvas = try Fixture().render()
        #expect(canvas.style(of: "Auftaktveranstaltung", onLine: 0) == .titleBar)
        #expect(canvas.style(of: "23.03.2017", onLine: 0) == .titleBar)
        #expect(canvas[79, 0].style == .titleBar)
    }

    @Test func englishShowsTheIsoDate() throws {
        let lines = try Fixture(language: .en).lines(160, 45)
        #expect(lines[0].hasSuffix("2017-03-23 · Lokschuppen, Bottrop"))
        #expect(lines[1].contains("30 participants · 13 moderators · Total 180 min"))
    }

    @Test func showsEveryAgendaItemAndPersonAt160x45() throws {
        let text = try Fixture().screen(160, 45)
        for (index, item) in Self.demo.agenda.enumerated() {
            // Titles are cut to the pane; their beginning must be there, with number and minutes.
            let start = String(item.title.prefix(25))
            let line = try #require(text.split(separator: "\n").first { $0.contains(start) }, "agenda item \(item.title)")
            #expect(line.contains("\(index + 1)"))
            #expect(line.contains("\(item.plannedMinutes) min"))
        }
        for person in Self.demo.participants + Self.demo.moderators {
            #expect(text.contains(person.name), "missing \(person.name)")
        }
        #expect(text.contains("Jürgen Weiß* – IHK Nord Westfalen"))
        #expect(text.contains("Gülay Yıldız* – Buchhandlung am Pferdemarkt"))
        #expect(text.contains("Andreas Fuß* – Sparkasse Bottrop"))
    }

    @Test func showsTheFirstRowsAt80x24() throws {
        let text = try Fixture().screen(80, 24)
        for item in Self.demo.agenda.prefix(8) { #expect(text.contains(String(item.title.prefix(30))), "\(item.title)") }
        for person in Self.demo.participants.prefix(8) { #expect(text.contains(person.name), "\(person.name)") }
        for person in Self.demo.moderators.prefix(5) { #expect(text.contains(person.name), "\(person.name)") }
        #expect(text.contains("Plenum"))
        #expect(text.split(separator: "\n").contains { $0.contains("Thementische") && $0.contains("60 min") })
    }

    @Test(arguments: [Language.de, .en])
    func noLineIsWiderThanTheTerminal(language: Language) throws {
        let fixture = try Fixture(language: language)
        for (width, height) in [(60, 16), (61, 17), (80, 24), (100, 30), (119, 30), (120, 30), (132, 43), (160, 45), (240, 70)] {
            expectNoLineWiderThanCanvas(fixture.render(width, height))
        }
        // Also with every overlay of the home screen.
        for keys: [Key] in [[.character("?")], [.character("a")], [.character("i")], [.tab, .character("d")], [.character(":")]] {
            fixture.press(contentsOf: keys)
            for (width, height) in [(60, 16), (80, 24), (160, 45)] { expectNoLineWiderThanCanvas(fixture.render(width, height)) }
            fixture.press(.escape)
        }
    }

    @Test func agendaKindAndMinutesFormAlignedColumns() throws {
        let lines = try Fixture().lines(80, 24)
        let rows = lines[3...10]
        // The minutes end in the same column, and so do the instruments.
        let minutesEnds = Set(rows.map { DisplayWidth.of($0.components(separatedBy: " min")[0]) })
        #expect(minutesEnds.count == 1, "\(rows.joined(separator: "\n"))")
        let kindEnds = Set(rows.compactMap { row -> Int? in
            for kind in ["Plenum", "Pause", "Thementische (160)"] {
                if let range = row.range(of: kind + " ") { return DisplayWidth.of(row[..<range.upperBound]) }
            }
            return nil
        })
        #expect(kindEnds.count == 1, "\(rows.joined(separator: "\n"))")
    }

    // MARK: Layout

    @Test func at160x45ThePanesAreSideBySide() throws {
        let lines = try Fixture().lines(160, 45)
        let titleRow = try #require(lines.firstIndex { $0.contains("Ablauf (10)") })
        #expect(lines[titleRow].contains("Teilnehmende (30)"))
        #expect(lines[titleRow].contains("Moderation (13)"))
        let agenda = try #require(lines[titleRow].range(of: "Ablauf"))
        let participants = try #require(lines[titleRow].range(of: "Teilnehmende"))
        let moderators = try #require(lines[titleRow].range(of: "Moderation"))
        #expect(agenda.lowerBound < participants.lowerBound && participants.lowerBound < moderators.lowerBound)
    }

    @Test func at80x24TheAgendaIsAboveThePeople() throws {
        let lines = try Fixture().lines(80, 24)
        let agendaRow = try #require(lines.firstIndex { $0.contains("Ablauf (10)") })
        let peopleRow = try #require(lines.firstIndex { $0.contains("Teilnehmende (30)") })
        #expect(agendaRow < peopleRow)
        #expect(!lines[agendaRow].contains("Teilnehmende"))
        #expect(lines[peopleRow].contains("Moderation (13)"))
    }

    @Test func moreRowsAreVisibleOnALargerTerminal() throws {
        let fixture = try Fixture()
        func visible(_ names: [Person], _ text: String) -> Int { names.filter { text.contains($0.name) }.count }
        let small = fixture.screen(80, 24)
        let large = fixture.screen(160, 45)
        #expect(visible(Self.demo.participants, large) > visible(Self.demo.participants, small))
        #expect(visible(Self.demo.participants, large) == 30)
        let agendaSmall = Self.demo.agenda.filter { small.contains(String($0.title.prefix(20))) }.count
        let agendaLarge = Self.demo.agenda.filter { large.contains(String($0.title.prefix(20))) }.count
        #expect(agendaLarge > agendaSmall)
        #expect(agendaLarge == 10)
    }

    @Test func scrollIndicatorsShowHiddenRows() throws {
        let fixture = try Fixture()
        var canvas = fixture.render()
        let agendaBottom = try #require(lineIndex(of: "Zusammenfassung der Ergebnisse", in: canvas))
        #expect(canvas.lines[agendaBottom].hasSuffix("▼"))
        fixture.press(.character("G"))
        canvas = fixture.render()
        #expect(canvas.text.contains("Ausklang und Vernetzung"))
        #expect(canvas.lines[3].hasSuffix("▲"))
    }

    // MARK: Focus and selection

    @Test func tabMovesTheFocusThroughThePanes() throws {
        let fixture = try Fixture()
        func focusedTitle() throws -> String {
            let canvas = fixture.render()
            let titles = ["Ablauf (10)", "Teilnehmende (30)", "Moderation (13)"]
            let focused = try titles.filter { title in
                let row = try #require(lineIndex(of: title, in: canvas))
                return canvas.style(of: title, onLine: row) == .frameFocused
            }
            #expect(focused.count == 1, "focused: \(focused)")
            return focused.first ?? ""
        }
        #expect(try focusedTitle() == "Ablauf (10)")
        fixture.press(.tab)
        #expect(try focusedTitle() == "Teilnehmende (30)")
        fixture.press(.tab)
        #expect(try focusedTitle() == "Moderation (13)")
        fixture.press(.tab)
        #expect(try focusedTitle() == "Ablauf (10)")
        fixture.press(.backTab)
        #expect(try focusedTitle() == "Moderation (13)")
        fixture.press(.left)
        #expect(try focusedTitle() == "Teilnehmende (30)")
        fixture.press(.right)
        #expect(try focusedTitle() == "Moderation (13)")
    }

    @Test func selectionFollowsTheKeysAndOnlyTheFocusedPaneIsHighlighted() throws {
        let fixture = try Fixture()
        var canvas = fixture.render()
        var row = try #require(lineIndex(of: "Begrüßung durch Oberbürgermeister", in: canvas))
        #expect(canvas.style(of: "Begrüßung durch Oberbürgermeister", onLine: row) == .selection)
        fixture.press(.character("j"), .down)
        canvas = fixture.render()
        row = try #require(lineIndex(of: "Impulsreferat: Rahmenbedingungen", in: canvas))
        #expect(canvas.style(of: "Impulsreferat: Rahmenbedingungen", onLine: row) == .selection)
        row = try #require(lineIndex(of: "Begrüßung durch Oberbürgermeister", in: canvas))
        #expect(canvas.style(of: "Begrüßung durch Oberbürgermeister", onLine: row) == .normal)
        // The first participant is selected in its pane, but inactive.
        row = try #require(lineIndex(of: "Bernd Tischler –", in: canvas))
        #expect(canvas.style(of: "Bernd Tischler –", onLine: row) == .selectionInactive)
        fixture.press(.tab, .character("G"))
        canvas = fixture.render()
        row = try #require(lineIndex(of: "Peter Schulte-Bräucker", in: canvas))
        #expect(canvas.style(of: "Peter Schulte-Bräucker", onLine: row) == .selection)
        #expect(canvas.style(of: "Bernd Tischler", onLine: row) == nil)
    }

    // MARK: Adding, editing, deleting

    @Test func addingAParticipantThroughTheForm() throws {
        let fixture = try Fixture()
        fixture.press(.tab, .character("a"))
        var canvas = fixture.render()
        #expect(canvas.text.contains("Neu: Teilnehmende"))
        fixture.type("Grüße Straßmann")
        canvas = fixture.render()
        #expect(canvas.lines[23].contains("Entwurf"))
        #expect(!canvas.lines[23].contains("✓ gespeichert"))
        #expect(canvas.cursor != nil)
        fixture.press(.tab)
        fixture.type("Ölmühle Weiß & Söhne")
        #expect(fixture.app.overlay != nil)
        fixture.press(.enter)

        #expect(fixture.app.overlay == nil)
        let saved = try #require(fixture.store.state.workshop.participants.last)
        #expect(saved.name == "Grüße Straßmann")
        #expect(saved.organisation == "Ölmühle Weiß & Söhne")
        canvas = fixture.render()
        #expect(canvas.text.contains("Grüße Straßmann – Ölmühle Weiß"))
        #expect(fixture.screen(160, 45).contains("Grüße Straßmann – Ölmühle Weiß & Söhne"))
        #expect(canvas.text.contains("Teilnehmende (31)"))
        #expect(canvas.lines[22].contains("Gespeichert: Grüße Straßmann"))
        #expect(canvas.style(of: "Gespeichert", onLine: 22) == .success)
        #expect(canvas.lines[23].contains("✓ gespeichert"))
        #expect(canvas.cursor == nil)
        // The new row is selected.
        let row = try #require(lineIndex(of: "Grüße Straßmann", in: canvas))
        #expect(canvas.style(of: "Grüße Straßmann", onLine: row) == .selection)
        // It is on disk: a second store on the same file sees it.
        let reopened = try WorkshopStore.open(at: fixture.store.path, readOnly: true)
        #expect(reopened.state.workshop.participants.contains { $0.name == "Grüße Straßmann" })
        try reopened.close()
    }

    @Test func anEmptyNameKeepsTheFormOpenWithTheReason() throws {
        let fixture = try Fixture()
        fixture.press(.tab, .character("a"), .tab)
        fixture.type("Sparkasse Bottrop")
        fixture.press(.enter)
        #expect(fixture.app.overlay != nil)
        let canvas = fixture.render()
        #expect(canvas.text.contains("„Name“ ist leer. Bitte einen Text eingeben."))
        let row = try #require(lineIndex(of: "ist leer", in: canvas))
        #expect(canvas.style(of: "„Name“ ist leer", onLine: row) == .error)
        // The typed organisation is kept and nothing was saved.
        #expect(canvas.text.contains("Sparkasse Bottrop"))
        #expect(fixture.store.state.workshop.participants.count == 30)
        // Fixing the name saves.
        fixture.press(.backTab)
        fixture.type("Andrea Fuß")
        fixture.press(.enter)
        #expect(fixture.app.overlay == nil)
        #expect(fixture.store.state.workshop.participants.last?.name == "Andrea Fuß")
    }

    @Test func escapeClosesAnUnchangedFormAndSavesAChangedOne() throws {
        let fixture = try Fixture()
        fixture.press(.tab, .character("a"), .escape)
        #expect(fixture.app.overlay == nil)
        #expect(fixture.store.state.workshop.participants.count == 30)
        #expect(fixture.screen().contains("Abgebrochen – nichts geändert."))
        fixture.press(.character("a"))
        fixture.type("Niemand")
        fixture.press(.escape)
        #expect(fixture.app.overlay == nil)
        #expect(fixture.store.state.workshop.participants.last?.name == "Niemand")
        #expect(fixture.screen().contains("Gespeichert: Niemand"))
    }

    @Test func editingAParticipantPrefillsTheForm() throws {
        let fixture = try Fixture()
        fixture.press(.tab, .character("j"), .character("j"), .character("j"), .enter)
        let canvas = fixture.render()
        #expect(canvas.text.contains("Bearbeiten: Teilnehmende"))
        #expect(canvas.text.contains("Jürgen Weiß"))
        #expect(canvas.text.contains("IHK Nord Westfalen"))
        fixture.press(.control("u"))
        fixture.type("Jürgen Weiß-Brügge")
        fixture.press(.enter)
        #expect(fixture.store.state.workshop.participants[3].name == "Jürgen Weiß-Brügge")
        #expect(fixture.screen().contains("Jürgen Weiß-Brügge* – IHK Nord"))
    }

    @Test func addingAnAgendaItem() throws {
        let fixture = try Fixture()
        fixture.press(.character("a"))
        fixture.type("Systemisches Konsensieren der Reallabore")
        fixture.press(.tab, .right, .right, .right, .right, .right, .right, .tab, .control("u"))
        fixture.type("45")
        fixture.press(.enter)
        let item = try #require(fixture.store.state.workshop.agenda.last)
        #expect(item.title == "Systemisches Konsensieren der Reallabore")
        #expect(item.kind == .consensing)
        #expect(item.plannedMinutes == 45)
        let text = fixture.screen(160, 45)
        #expect(text.contains("11 Systemisches Konsensieren"))
        #expect(text.contains("Gesamt 225 min"))
    }

    @Test func agendaMinutesMustBeANumber() throws {
        let fixture = try Fixture()
        fixture.press(.character("a"))
        fixture.type("Pause")
        fixture.press(.tab, .tab, .control("u"))
        fixture.type("zehn")
        fixture.press(.enter)
        #expect(fixture.app.overlay != nil)
        #expect(fixture.screen().contains("„zehn“ ist keine ganze Zahl."))
        #expect(fixture.store.state.workshop.agenda.count == 10)
    }

    @Test func deletingAsksForConfirmation() throws {
        let fixture = try Fixture()
        fixture.press(.tab, .character("d"))
        var text = fixture.screen()
        #expect(text.contains("„Bernd Tischler“ aus Teilnehmende entfernen?"))
        #expect(text.contains("j = ja, n/Esc = nein"))
        // Other keys do nothing while the question is open.
        fixture.press(.character("x"), .character("q"))
        #expect(!fixture.app.shouldQuit)
        #expect(fixture.app.overlay != nil)

        fixture.press(.character("n"))
        #expect(fixture.app.overlay == nil)
        #expect(fixture.store.state.workshop.participants.count == 30)
        text = fixture.screen()
        #expect(text.contains("Abgebrochen – nichts geändert."))
        #expect(text.contains("Bernd Tischler"))

        fixture.press(.character("d"), .character("j"))
        #expect(fixture.store.state.workshop.participants.count == 29)
        #expect(!fixture.store.state.workshop.participants.contains { $0.name == "Bernd Tischler" })
        text = fixture.screen()
        #expect(text.contains("Entfernt: „Bernd Tischler“ – u holt es zurück."))
        #expect(text.contains("Teilnehmende (29)"))
        #expect(!text.contains("Bernd Tischler –"))
    }

    @Test func deletingTheLastRowKeepsASelection() throws {
        let fixture = try Fixture()
        fixture.press(.character("G"), .character("d"), .character("j"))
        #expect(fixture.store.state.workshop.agenda.count == 9)
        let canvas = fixture.render()
        let row = try #require(lineIndex(of: "Ausblick auf das weitere Vorgehen", in: canvas))
        #expect(canvas.style(of: "Ausblick auf das weitere Vorgehen", onLine: row) == .selection)
    }

    @Test func undoRestoresAndSaysSo() throws {
        let fixture = try Fixture()
        fixture.press(.tab, .character("d"), .character("j"))
        #expect(fixture.store.state.workshop.participants.count == 29)
        fixture.press(.character("u"))
        #expect(fixture.store.state.workshop.participants.count == 30)
        #expect(fixture.store.state.workshop.participants.first?.name == "Bernd Tischler")
        var canvas = fixture.render(160, 45)
        #expect(canvas.lines[43].contains("Rückgängig gemacht."))
        #expect(canvas.lines[43].contains("Bernd Tischler"))
        #expect(canvas.style(of: "Rückgängig gemacht.", onLine: 43) == .success)
        #expect(canvas.text.contains("Bernd Tischler – Stadt Bottrop"))
        // Redo removes again.
        fixture.press(.control("r"))
        canvas = fixture.render(160, 45)
        #expect(canvas.lines[43].contains("Wiederhergestellt."))
        #expect(fixture.store.state.workshop.participants.count == 29)
        // Nothing left to redo: an error message, nothing changes.
        fixture.press(.control("y"))
        #expect(fixture.screen().contains("Nichts zum Wiederherstellen."))
    }

    @Test func undoWithNothingToUndoSaysSo() throws {
        let fixture = try Fixture()
        fixture.press(.character("u"))
        let canvas = fixture.render()
        #expect(canvas.lines[22].contains("Nichts zum Rückgängigmachen."))
        #expect(canvas.style(of: "Nichts zum Rückgängigmachen.", onLine: 22) == .error)
        #expect(fixture.store.state.workshop == Self.demo)
    }

    @Test func movingAnAgendaItem() throws {
        let fixture = try Fixture()
        fixture.press(.character("j"), .character("J"))
        #expect(fixture.store.state.workshop.agenda[2].title.hasPrefix("Begrüßung durch den Projektträger"))
        // The moved item stays selected.
        let canvas = fixture.render()
        let row = try #require(lineIndex(of: "Begrüßung durch den Projektträger", in: canvas))
        #expect(canvas.style(of: "Begrüßung durch den Projektträger", onLine: row) == .selection)
        #expect(canvas.lines[row].contains("3  Begrüßung"))
    }

    @Test func emptyWorkshopShowsHints() throws {
        let fixture = try Fixture(content: WorkshopTemplate.empty.content(title: "Leerer Workshop"))
        let text = fixture.screen()
        #expect(text.contains("Noch kein Ablauf. a fügt einen Punkt hinzu."))
        #expect(text.contains("Noch niemand. a fügt hinzu."))
        // Deleting and editing in an empty list do not crash.
        fixture.press(.character("d"), .tab, .character("d"), .character("e"))
        #expect(fixture.app.overlay != nil)
    }
}

extension Fixture {
    func press(contentsOf keys: [Key]) {
        for key in keys { app.handle(key) }
    }
}
