import Foundation
import Testing
import WorkshopModel
@testable import WorkshopTUI

extension Fixture {
    /// Home → `s`: the project-idea catalog.
    func openCatalog() {
        press(.character("s"))
    }

    /// The catalog, then the profile with catalog number `number` opened.
    func openProfile(number: Int) {
        openCatalog()
        let index = app.workshop.catalog().firstIndex { $0.number == number } ?? 0
        for _ in 0..<index { press(.down) }
        press(.enter)
    }

    /// Creates a fresh project-idea profile titled `title` from the catalog: n, Enter (the first
    /// template), the title, Enter. The profile form is open afterwards.
    func createProfile(_ title: String) {
        openCatalog()
        press(.character("n"), .enter)
        type(title)
        press(.enter)
    }

    var lastProfile: Profile? { app.workshop.profiles.last }

    /// Catalog → `t` → `n`: a custom template named `name` with one field per line
    /// ("Name | Hinweis | einzeilig, Pflicht"); the templates screen stays open.
    func makeTemplate(_ name: String, fields: [String]) {
        openCatalog()
        press(.character("t"), .character("n"))
        type(name)
        press(.tab)
        for (index, line) in fields.enumerated() {
            if index > 0 { press(.newline) }
            type(line)
        }
        press(.enter)
    }
}

/// The catalog (Table 2), the profile form with its field editor, the poster.
struct ProfileScreenTests {
    @Test(arguments: [(80, 24), (160, 45)])
    func catalogGolden(width: Int, height: Int) throws {
        let fixture = try Fixture()
        fixture.openCatalog()
        let canvas = fixture.render(width, height)
        assertGolden(canvas, named: "catalog-\(width)x\(height)")
        expectNoLineWiderThanCanvas(canvas)
        #expect(canvas.text.contains("Elektromobiler City-Hub"))
        #expect(canvas.text.contains("28 von 28 Steckbriefen"))
    }

    @Test func theCatalogFiltersByFunnelAndShowsHowMany() throws {
        let fixture = try Fixture()
        fixture.openCatalog()
        fixture.press(.character("f"))
        var screen = fixture.screen(160, 45)
        #expect(screen.contains("Filter: RL (Reallabor)"))
        #expect(screen.contains("9 von 28 Steckbriefen"))
        #expect(screen.contains("OK/RL"))
        #expect(!screen.contains("Gastgeberverzeichnis"))
        fixture.press(.character("f"), .character("f"), .character("f"))
        screen = fixture.screen(160, 45)
        #expect(screen.contains("unsicher oder gemischt"))
        #expect(screen.contains("3 von 28"))
        fixture.press(.character("o"))
        #expect(fixture.screen(160, 45).contains("Sortiert nach Titel"))
    }

    @Test(arguments: [(80, 24), (160, 45)])
    func profileFormGolden(width: Int, height: Int) throws {
        let fixture = try Fixture()
        fixture.openProfile(number: 25)
        let canvas = fixture.render(width, height)
        assertGolden(canvas, named: "profile-form-\(width)x\(height)")
        expectNoLineWiderThanCanvas(canvas)
        #expect(canvas.text.contains("City-Logistik unter Nachhaltigkeitsgesichtspunkten"))
        #expect(canvas.text.contains("Kurzbeschreibung des Auftrags *"))
    }

    @Test(arguments: [(80, 24), (160, 45)])
    func posterGolden(width: Int, height: Int) throws {
        let fixture = try Fixture()
        fixture.openProfile(number: 25)
        fixture.press(.character("p"))
        let canvas = fixture.render(width, height)
        assertGolden(canvas, named: "profile-poster-\(width)x\(height)")
        expectNoLineWiderThanCanvas(canvas)
        // A presentation: no status line, no key hints.
        #expect(!canvas.text.contains("allianz-tui ·"))
        #expect(canvas.text.contains("Forschungsfrage / Forschungsdesign / Lösungsansatz"))
        fixture.press(.right)
        #expect(fixture.screen(width, height).contains("Steckbrief Nr. 26 · Reallabor"))
    }

    @Test func aNewProfileIsFilledWithMultiLineUmlautTextThatIsSavedWhenTheEditorCloses() throws {
        let fixture = try Fixture()
        fixture.createProfile("Grünflächen-Patenschaften")
        let profile = try #require(fixture.lastProfile)
        #expect(profile.number == 29)
        #expect(fixture.screen().contains("Fehlt noch: Beschreibung, Projektleitung"))
        fixture.press(.down, .enter)
        fixture.type("Ziele: mehr Grün in der Fußgängerzone.")
        fixture.press(.enter)
        fixture.type("Maßnahmen: Beete übernehmen – Schilder „Gepflegt von …“.")
        #expect(fixture.screen().contains("✎ Entwurf"))
        #expect(fixture.app.workshop.profile(profile.id)?.value("description") == "")
        fixture.press(.escape)
        let text = try #require(fixture.app.workshop.profile(profile.id)?.value("description"))
        #expect(text == "Ziele: mehr Grün in der Fußgängerzone.\nMaßnahmen: Beete übernehmen – Schilder „Gepflegt von …“.")
        let screen = fixture.screen()
        #expect(screen.contains("✓ „Beschreibung“ gespeichert"))
        #expect(screen.contains("  Ziele: mehr Grün in der Fußgängerzone."))
        #expect(screen.contains("Fehlt noch: Projektleitung"))
        // Undo takes the whole field edit back.
        fixture.press(.character("u"))
        #expect(fixture.app.workshop.profile(profile.id)?.value("description") == "")
    }

    @Test func tabSavesAndMovesToTheNextFieldsEditor() throws {
        let fixture = try Fixture()
        fixture.createProfile("Tab-Test")
        fixture.press(.down, .enter)
        fixture.type("Beschreibung eins")
        fixture.press(.tab)
        fixture.type("Schnittstelle zur Bottrop-Plattform")
        fixture.press(.tab)
        #expect(fixture.screen().contains("Zeitplan und Meilensteine"))
        fixture.press(.escape)
        let profile = try #require(fixture.lastProfile)
        #expect(profile.value("description") == "Beschreibung eins")
        #expect(profile.value("interfaces") == "Schnittstelle zur Bottrop-Plattform")
    }

    @Test func aLongFieldOfSeveralThousandCharactersIsEditedAndTooLongIsNamed() throws {
        let fixture = try Fixture()
        fixture.createProfile("Langer Text")
        fixture.press(.down, .enter)
        let sentence = "Die Händlergemeinschaft prüft Öffnungszeiten, Lieferwege und Übergänge zwischen Straßen. "
        let long = String(repeating: sentence, count: 40)
        fixture.type(long)
        fixture.press(.escape)
        #expect(fixture.lastProfile?.value("description") == long.trimmingCharacters(in: .whitespaces))
        // Collapsed to four lines when another part is chosen; all of it while chosen.
        fixture.press(.down)
        #expect(fixture.screen(160, 45).contains("… (+"))
        fixture.press(.up)
        #expect(!fixture.screen(160, 45).contains("… (+"))

        fixture.press(.enter)
        fixture.type(String(repeating: sentence, count: 60))
        fixture.press(.escape)
        let screen = fixture.screen(160, 45)
        #expect(screen.contains("Das Feld „Beschreibung“ ist zu lang"))
        #expect(screen.contains("höchstens 8000"))
        // The editor stays open with the text; nothing was saved.
        #expect(screen.contains("✎ Entwurf"))
        #expect(fixture.lastProfile?.value("description").count == long.trimmingCharacters(in: .whitespaces).count)
    }

    @Test func funnelModeratorsNumberAndRatingAreSetWithTheirKeys() throws {
        let fixture = try Fixture()
        fixture.createProfile("Quartiersladen")
        let id = try #require(fixture.lastProfile?.id)
        // The funnel is a choice: typing its code chooses it.
        fixture.press(.character("t"))
        fixture.type("ok/rl")
        #expect(fixture.screen().contains("◀ OK/RL – OK bzw. in RL integrieren ▶"))
        fixture.press(.enter)
        fixture.press(.character("M"))
        fixture.type("Fr. Nowak, Hr. Kim")
        fixture.press(.enter)
        #expect(fixture.screen().contains("„Fr. Nowak“ steht nicht auf der Moderationsliste"))
        for _ in 0..<"Fr. Nowak, Hr. Kim".count { fixture.press(.backspace) }
        fixture.type("Fr. Sturm, Hr. Kim")
        fixture.press(.enter)
        fixture.press(.character("#"))
        fixture.press(.backspace, .backspace)
        fixture.type("7")
        fixture.press(.enter)
        #expect(fixture.screen().contains("Die Nummer 7 hat schon „Gastgeberverzeichnis“"))
        fixture.press(.backspace)
        fixture.type("40")
        fixture.press(.enter)
        fixture.press(.end)
        fixture.press(.character("3"))
        let profile = try #require(fixture.app.workshop.profile(id))
        #expect(profile.funnel == Funnel(.noDriver, alternative: .realLab))
        #expect(fixture.app.workshop.moderatorNames(of: profile) == ["Fr. Sturm", "Hr. Kim"])
        #expect(profile.number == 40)
        let last = try #require(fixture.app.workshop.assessmentGrid.criteria.last)
        #expect(profile.assessment[last.id] == 2)
        #expect(fixture.screen().contains("●●●  hoch"))
        fixture.press(.home)
        let screen = fixture.screen()
        #expect(screen.contains("OK bzw. in RL integrieren"))
        #expect(screen.contains("Nr. 40 · Quartiersladen"))
    }

    @Test func theFunnelIsChosenFromItsValuesNotTyped() throws {
        let fixture = try Fixture()
        fixture.createProfile("Trichtertest")
        fixture.press(.character("t"))
        #expect(fixture.screen().contains("◀ offen ▶"))
        #expect(fixture.screen().contains("←/→ oder Buchstabe wählt"))
        // Letters choose (the value beginning with what was typed); nothing else can be typed.
        fixture.type("XY")
        #expect(fixture.screen().contains("◀ offen ▶"))
        fixture.type("e")
        #expect(fixture.screen().contains("◀ EP – eigenverantwortliches Projekt ▶"))
        // The same letter again goes on to the next value beginning with it.
        fixture.type("ee")
        #expect(fixture.screen().contains("◀ EP/RL – EP bzw. in RL integrieren ▶"))
        fixture.press(.left, .left)
        fixture.press(.right)
        #expect(fixture.screen().contains("◀ EP? – eigenverantwortliches Projekt ▶"))
        fixture.press(.enter)
        #expect(fixture.app.overlay == nil)
        #expect(fixture.lastProfile?.funnel == Funnel(.ownProject, uncertain: true))
        // Opened again, the form starts at the stored value; ← goes back.
        fixture.press(.character("t"), .left, .enter)
        #expect(fixture.lastProfile?.funnel == Funnel(.ownProject))
    }

    @Test func notesWaitBesideTheFieldUntilTheyAreTakenIn() throws {
        let fixture = try Fixture()
        fixture.createProfile("Notiztest")
        fixture.press(.down, .down, .down, .down, .down)
        fixture.press(.character("n"))
        fixture.type("Sparkasse fragen?")
        fixture.press(.enter)
        #expect(fixture.screen().contains("◇ Sparkasse fragen?"))
        #expect(fixture.lastProfile?.value("partners") == "")
        fixture.press(.character("N"))
        #expect(fixture.lastProfile?.value("partners") == "Sparkasse fragen?")
        #expect(fixture.lastProfile?.notes.isEmpty == true)
    }

    @Test func aProfileIsStartedFromACardOnABoard() throws {
        let fixture = try Fixture()
        fixture.press(.character("b"), .enter)
        let card = try #require(fixture.app.workshop.cards.first { $0.boardID == fixture.app.workshop.boards[0].id })
        fixture.press(.character("S"), .enter)
        let profile = try #require(fixture.lastProfile)
        #expect(profile.sourceCardID != nil)
        #expect(fixture.app.currentScreen is ProfileScreen)
        #expect(fixture.screen().contains("Nr. 29 ·"))
        _ = card
    }

    @Test func theAssessmentGridIsConfiguredFromTheCatalog() throws {
        let fixture = try Fixture()
        fixture.openCatalog()
        fixture.press(.character("r"))
        fixture.press(.tab)
        for _ in 0..<30 { fixture.press(.backspace) }
        fixture.type("−, o, +, ++")
        fixture.press(.enter)
        #expect(fixture.app.workshop.assessmentGrid.levels == ["−", "o", "+", "++"])
    }

    @Test func customTemplatesAreMadeInTheProgram() throws {
        let fixture = try Fixture()
        fixture.makeTemplate("Leerstand", fields: ["Adresse | Straße und Hausnummer | einzeilig, Pflicht", "Nutzungsidee"])
        let template = try #require(fixture.app.workshop.profileTemplates.first)
        #expect(template.fields.map(\.name) == ["Adresse", "Nutzungsidee"])
        #expect(template.fields[0].isRequired && !template.fields[0].isMultiline)
        #expect(fixture.screen(120, 30).contains("• Adresse – Straße und Hausnummer [einzeilig, Pflicht]"))
    }

    @Test func theCatalogSpeaksEnglish() throws {
        let fixture = try Fixture(language: .en)
        fixture.openCatalog()
        let screen = fixture.screen(160, 45)
        #expect(screen.contains("Project-idea catalog"))
        #expect(screen.contains("Short description"))
        #expect(screen.contains("28 of 28 profiles"))
    }
}

/// The built-in templates speak the UI language.
struct BuiltInTemplateLanguageTests {
    @Test func theProfileFormAndTheProtocolNameBuiltInFieldsInEnglish() throws {
        let fixture = try Fixture(language: .en)
        fixture.openProfile(number: 1)
        let screen = fixture.screen(160, 45)
        #expect(screen.contains("Template: Project idea"))
        #expect(screen.contains("Still missing: Project lead"))
        #expect(screen.contains("Description"))
        #expect(!screen.contains("Beschreibung"))
        let markdown = ProtocolExporter(workshop: fixture.app.workshop, language: .en).markdown()
        #expect(markdown.contains("Short description of the mandate"))
        #expect(!markdown.contains("Kurzbeschreibung des Auftrags"))
    }
}
