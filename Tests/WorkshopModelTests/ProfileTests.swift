import Foundation
import Testing
import WorkshopModel

/// Profile forms: creating, filling in, funnel, moderators, number, assessment, templates.
struct ProfileTests {
    private func session() throws -> Session {
        var session = Session(Workshop(info: WorkshopInfo(title: "Test", date: "", place: ""),
                                       moderators: [Person(id: EntityID("m1"), name: "Fr. Sturm"),
                                                    Person(id: EntityID("m2"), name: "Hr. Miller"),
                                                    Person(id: EntityID("m3"), name: "Hr. Müller-Lüdenscheidt")]))
        try session.run(.profile(.addProfile(templateID: ProfileTemplate.projectIdea.id, title: "Bürger-WLAN", source: .fresh)))
        return session
    }

    private func profileID(_ session: Session) throws -> EntityID { try #require(session.workshop.profiles.last?.id) }

    @Test func aFreshProfileGetsTheNextNumberAndEveryEditIsOneUndoableRecord() throws {
        var session = try session()
        let id = try profileID(session)
        #expect(session.workshop.profiles.map(\.number) == [1])
        let text = "Ziele: freies Netz für die Fußgängerzone.\nMaßnahmen: Router an Laternen – größere Reichweite."
        try session.run(.profile(.setField(id: id, fieldID: "description", text: text)))
        try session.run(.profile(.setFunnel(id: id, funnel: Funnel(.noDriver, alternative: .realLab))))
        try session.run(.profile(.setModerators(id: id, names: ["fr. sturm", "Hr. Mil"])))
        let profile = try #require(session.workshop.profile(id))
        #expect(profile.value("description") == text)
        #expect(profile.funnel.code == "OK/RL")
        #expect(session.workshop.moderatorNames(of: profile) == ["Fr. Sturm", "Hr. Miller"])

        try session.run(.undo)
        #expect(session.workshop.profile(id)?.moderatorIDs == [])
        try session.run(.undo)
        #expect(session.workshop.profile(id)?.funnel == .unsorted)
        try session.run(.undo)
        #expect(session.workshop.profile(id)?.value("description") == "")
    }

    @Test func everyFunnelValueIsOfferedOnceAndReadsBackFromItsCode() {
        let values = Funnel.allValues
        #expect(values.count == 1 + 3 * 2 * 3)
        #expect(Set(values).count == values.count)
        #expect(values.first == .unsorted)
        for value in values { #expect(Funnel(parsing: value.code) == value, "\(value.code)") }
        #expect(values.prefix(4).map(\.code) == ["", "RL", "RL?", "RL/EP"])
    }

    @Test func aSurnameAloneFindsTheModeratorAndANearMissIsSuggested() throws {
        var session = try session()
        let id = try profileID(session)
        try session.run(.profile(.setModerators(id: id, names: ["Sturm", "lüdenscheidt"])))
        let profile = try #require(session.workshop.profile(id))
        #expect(session.workshop.moderatorNames(of: profile) == ["Fr. Sturm", "Hr. Müller-Lüdenscheidt"])
        expectCommandError(.unknownModerator("Stum", suggestion: "Fr. Sturm")) {
            _ = try session.run(.profile(.setModerators(id: id, names: ["Stum"])))
        }
        #expect(CommandError.unknownModerator("Stum", suggestion: "Fr. Sturm").message(in: .de)
                == "Unbekannt: „Stum“ – meinten Sie „Fr. Sturm“?")
    }

    @Test func badInputIsRefusedWithAMessageNamingTheProblem() throws {
        var session = try session()
        let id = try profileID(session)
        let long = String(repeating: "Nachhaltigkeitsgesichtspunkte ", count: 300)
        do {
            try session.run(.profile(.setField(id: id, fieldID: "partners", text: long)))
            Issue.record("a field over its limit was accepted")
        } catch {
            #expect(error == .profileFieldTooLong("Partner und weitere Beteiligte", limit: 8000, length: long.trimmingCharacters(in: .whitespaces).count))
            #expect(error.message(in: .de).contains("„Partner und weitere Beteiligte“"))
        }
        expectCommandError(.emptyText(.profileTitle)) { _ = try session.run(.profile(.setTitle(id: id, title: "  \u{1B}[2J "))) }
        expectCommandError(.unknownModerator("Fr. Nowak", suggestion: nil)) {
            _ = try session.run(.profile(.setModerators(id: id, names: ["Fr. Sturm", "Fr. Nowak"])))
        }
        // "H" starts two names: not unique, so refused rather than guessed, naming both.
        expectCommandError(.ambiguousModerator("H", candidates: ["Hr. Miller", "Hr. Müller-Lüdenscheidt"])) {
            _ = try session.run(.profile(.setModerators(id: id, names: ["H"])))
        }
        expectCommandError(.tooManyModerators(3)) {
            _ = try session.run(.profile(.setModerators(id: id, names: ["Fr. Sturm", "Hr. Miller", "Hr. Müller-Lüdenscheidt"])))
        }
        expectCommandError(.invalidProfileNumber(0)) { _ = try session.run(.profile(.setNumber(id: id, number: 0))) }
        expectCommandError(.assessmentLevelOutOfRange(4, maximum: 3)) {
            _ = try session.run(.profile(.setAssessment(id: id, criterionID: "feasibility", level: 3)))
        }
        #expect(CommandError.unknownModerator("X", suggestion: nil).message(in: .en).contains("moderator list"))
    }

    @Test func controlCharactersAreRemovedAndLineBreaksKeptInMultiLineFields() throws {
        var session = try session()
        let id = try profileID(session)
        try session.run(.profile(.setField(id: id, fieldID: "description", text: "Zeile\u{07} eins\u{1B}[31m\nZeile zwei")))
        try session.run(.profile(.setField(id: id, fieldID: "lead", text: "Fr.\nSturm")))
        let profile = try #require(session.workshop.profile(id))
        #expect(profile.value("description") == "Zeile eins\nZeile zwei")
        #expect(!profile.value("lead").contains("\n"))
    }

    @Test func duplicateNumbersAreRefusedNamingTheOtherProfile() throws {
        var session = try session()
        try session.run(.profile(.addProfile(templateID: ProfileTemplate.realLab.id, title: "Reallabor Handel", source: .fresh)))
        let second = try profileID(session)
        #expect(session.workshop.profile(second)?.number == 2)
        expectCommandError(.duplicateProfileNumber(1, title: "Bürger-WLAN")) {
            _ = try session.run(.profile(.setNumber(id: second, number: 1)))
        }
        try session.run(.profile(.setNumber(id: second, number: 17)))
        #expect(session.workshop.nextProfileNumber == 18)
    }

    @Test func notesAreKeptApartUntilTheyAreWrittenIntoTheField() throws {
        var session = try session()
        let id = try profileID(session)
        try session.run(.profile(.setField(id: id, fieldID: "partners", text: "Stadtwerke")))
        try session.run(.profile(.addNote(id: id, fieldID: "partners", text: "Hochschule Ruhr West?")))
        try session.run(.profile(.addNote(id: id, fieldID: "partners", text: "Sparkasse")))
        let notes = try #require(session.workshop.profile(id)?.notes)
        #expect(session.workshop.profile(id)?.value("partners") == "Stadtwerke")
        try session.run(.profile(.adoptNotes(id: id, fieldID: "partners")))
        #expect(session.workshop.profile(id)?.value("partners") == "Stadtwerke\nHochschule Ruhr West?\nSparkasse")
        #expect(session.workshop.profile(id)?.notes.isEmpty == true)
        // Both notes came in with one step, so one undo brings both back.
        try session.run(.undo)
        #expect(session.workshop.profile(id)?.notes == notes)
    }

    @Test func theAssessmentGridIsConfigurableAndKeepsRatingsOfCriteriaThatStay() throws {
        var session = try session()
        let id = try profileID(session)
        try session.run(.profile(.setAssessment(id: id, criterionID: "feasibility", level: 2)))
        try session.run(.profile(.setAssessmentGrid(criteria: ["Umsetzbarkeit", "Wirkung für die Innenstadt"],
                                                    levels: ["−−", "−", "o", "+", "++"])))
        let grid = session.workshop.assessmentGrid
        #expect(grid.criteria.map(\.name) == ["Umsetzbarkeit", "Wirkung für die Innenstadt"])
        #expect(grid.criteria[0].id == "feasibility")
        // "hoch", the top of three steps, has no namesake on the new scale: it stays the top.
        #expect(session.workshop.profile(id)?.assessment["feasibility"] == 4)
        expectCommandError(.assessmentLevelCount(1)) {
            _ = try session.run(.profile(.setAssessmentGrid(criteria: ["A"], levels: ["nur eine"])))
        }
        expectCommandError(.duplicateName("a")) {
            _ = try session.run(.profile(.setAssessmentGrid(criteria: ["A", "a"], levels: ["x", "y"])))
        }
    }

    @Test func customTemplatesAreStoredInTheWorkshopAndProtectedWhileUsed() throws {
        var session = try session()
        try session.run(.profile(.addTemplate(name: "Leerstand", fields: [
            ProfileFieldSpec(name: "Adresse", isMultiline: false, isRequired: true),
            ProfileFieldSpec(name: "Nutzungsidee", hint: "Was soll dort entstehen?"),
        ])))
        let template = try #require(session.workshop.profileTemplates.first)
        #expect(session.workshop.allProfileTemplates.map(\.name) == ["Projektidee", "Reallabor", "Leerstand"])
        try session.run(.profile(.addProfile(templateID: template.id, title: "Ladenlokal Hansastraße", source: .fresh)))
        let profile = try #require(session.workshop.profiles.last)
        #expect(session.workshop.missingRequiredFields(of: profile).map(\.name) == ["Adresse"])
        let addressID = template.fields[0].id
        try session.run(.profile(.setField(id: profile.id, fieldID: addressID, text: "Hansastraße 12")))
        // Renaming another field keeps the address's id, so the text stays.
        try session.run(.profile(.editTemplate(id: template.id, name: "Leerstand", fields: [
            ProfileFieldSpec(name: "Adresse", isMultiline: false, isRequired: true),
            ProfileFieldSpec(name: "Idee für die Nutzung"),
        ])))
        #expect(session.workshop.profileTemplate(template.id)?.fields[0].id == addressID)
        expectCommandError(.templateInUse("Leerstand", count: 1)) { _ = try session.run(.profile(.removeTemplate(id: template.id))) }
        expectCommandError(.builtInTemplate("Projektidee")) {
            _ = try session.run(.profile(.removeTemplate(id: ProfileTemplate.projectIdea.id)))
        }
        expectCommandError(.templateFieldCount(0)) { _ = try session.run(.profile(.addTemplate(name: "Leer", fields: []))) }
        expectCommandError(.duplicateName("projektidee")) {
            _ = try session.run(.profile(.addTemplate(name: "projektidee", fields: [ProfileFieldSpec(name: "X")])))
        }
    }

    @Test func aProfileFromACardTakesItsFirstLineAsTitleAndTheRestAsDescription() throws {
        var workshop = DemoWorkshop.kickOff
        let card = Card(id: EntityID("c"), boardID: workshop.boards[0].id, headingID: workshop.headings[0].id,
                        text: "Leerstandsbörse\nLeere Läden zwischennutzen – für Gründerinnen und Gründer")
        workshop.cards.append(card)
        let state = WorkshopState(workshop: workshop)
        let decision = try #require(try CommandDecider.decide(
            .profile(.addProfile(templateID: ProfileTemplate.projectIdea.id, title: "", source: .card(card.id))), in: state))
        guard case let .profiles(.insert(profile, _)) = decision.events[0] else { Issue.record("no profile"); return }
        #expect(profile.title == "Leerstandsbörse")
        #expect(profile.value("description") == "Leere Läden zwischennutzen – für Gründerinnen und Gründer")
        #expect(profile.sourceCardID == card.id)
        #expect(profile.number == 29)
    }

    @Test func profilesForThePrioritisedTopicsAreMadeOnceInPriorityOrder() throws {
        let workshop = DemoWorkshop.kickOff
        let matrix = try #require(workshop.matrices.first)
        var state = WorkshopState(workshop: workshop)
        let command = WorkshopCommand.profile(.addProfilesForPrioritised(matrixID: matrix.id, templateID: ProfileTemplate.projectIdea.id))
        let decision = try #require(try CommandDecider.decide(command, in: state))
        let titles = decision.events.compactMap { event -> String? in
            guard case let .profiles(.insert(profile, _)) = event else { return nil }
            return profile.title
        }
        #expect(titles == workshop.prioritisedTopics(of: matrix.id).map(\.label))
        for event in decision.events { WorkshopReducer.apply(event, to: &state.workshop) }
        #expect(try CommandDecider.decide(command, in: state) == nil)
    }

    @Test func funnelValuesParseTheCatalogsNotation() {
        #expect(Funnel(parsing: "RL") == Funnel(.realLab))
        #expect(Funnel(parsing: " rl? ") == Funnel(.realLab, uncertain: true))
        #expect(Funnel(parsing: "OK bzw. in RL integrieren") == Funnel(.noDriver, alternative: .realLab))
        #expect(Funnel(parsing: "EP/RL")?.label(.de) == "EP bzw. in RL integrieren")
        #expect(Funnel(parsing: "") == .unsorted)
        #expect(Funnel(parsing: "XY") == nil)
        #expect(Funnel(parsing: "RL/RL") == nil)
        #expect(Funnel(parsing: "RL/EP/OK") == nil)
    }

    @Test func theCatalogFiltersByFunnelAndSorts() {
        let workshop = DemoWorkshop.kickOff
        #expect(workshop.catalog().map(\.number) == Array(1...28))
        let realLabs = workshop.catalog(filter: .category(.realLab))
        // Ideas 2 (OK/RL), 3, 4 (EP/RL), 9 (RL?), 24, and the four labs.
        #expect(realLabs.map(\.number) == [2, 3, 4, 9, 24, 25, 26, 27, 28])
        #expect(workshop.catalog(filter: .mixed).map(\.number) == [2, 4, 9])
        #expect(workshop.catalog(filter: .unsorted).isEmpty)
        let byFunnel = workshop.catalog(order: .funnel).map(\.funnel.code)
        #expect(byFunnel.first == "RL" && byFunnel.last == "OK/RL")
        // Sorted as a German reader expects: quotation marks ignored, Ä with A.
        let byTitle = workshop.catalog(order: .title).map(\.title)
        #expect(byTitle.first == "Allianz/Verbund von Ausbildungsbetrieben")
    }

    @Test func changingTheScaleKeepsWhatEveryRatingMeant() throws {
        var session = try session()
        let id = try profileID(session)
        try session.run(.profile(.setAssessment(id: id, criterionID: "feasibility", level: 1)))  // mittel
        try session.run(.profile(.setAssessment(id: id, criterionID: "together", level: 2)))     // hoch
        try session.run(.profile(.setAssessmentGrid(criteria: ["Gemeinsam", "Umsetzbarkeit"],
                                                    levels: ["gering", "eher gering", "mittel", "hoch"])))
        var profile = try #require(session.workshop.profile(id))
        #expect(profile.assessment["feasibility"] == 2)
        #expect(profile.assessment["together"] == 3)
        // A step that is gone maps to the same height; a renamed criterion keeps its ratings.
        try session.run(.profile(.setAssessmentGrid(criteria: ["Gemeinschaft", "Umsetzbarkeit"], levels: ["niedrig", "hoch"])))
        profile = try #require(session.workshop.profile(id))
        #expect(session.workshop.assessmentGrid.criteria.map(\.id) == ["together", "feasibility"])
        #expect(profile.assessment["together"] == 1)
        #expect(profile.assessment["feasibility"] == 1)
        // One undo restores grid and ratings together.
        try session.run(.undo)
        #expect(session.workshop.profile(id)?.assessment["feasibility"] == 2)
        #expect(session.workshop.assessmentGrid.levels.count == 4)
    }

    @Test func correctingAFieldNameKeepsTheTextsStoredUnderIt() throws {
        var session = try session()
        try session.run(.profile(.addTemplate(name: "Leerstand", fields: [ProfileFieldSpec(name: "Adresse"),
                                                                           ProfileFieldSpec(name: "Zeitpaln")])))
        let template = try #require(session.workshop.profileTemplates.first)
        try session.run(.profile(.addProfile(templateID: template.id, title: "Hansastraße", source: .fresh)))
        let profile = try #require(session.workshop.profiles.last)
        try session.run(.profile(.setField(id: profile.id, fieldID: template.fields[1].id, text: "ab Mai")))
        try session.run(.profile(.editTemplate(id: template.id, name: "Leerstand", fields: [
            ProfileFieldSpec(name: "Adresse"), ProfileFieldSpec(name: "Zeitplan"), ProfileFieldSpec(name: "Kontakt"),
        ])))
        let edited = try #require(session.workshop.profileTemplate(template.id))
        #expect(edited.fields[1].id == template.fields[1].id)
        #expect(session.workshop.profile(profile.id)?.value(edited.fields[1].id) == "ab Mai")
        #expect(!template.fields.map(\.id).contains(edited.fields[2].id))
    }

    @Test func aTitleRenamedAtAnotherSeatIsNotOverwrittenSilently() throws {
        var session = try session()
        let id = try profileID(session)
        try session.run(.profile(.setTitle(id: id, title: "Freies WLAN", basedOn: "Bürger-WLAN")))
        expectCommandError(.editConflict(.profileTitle, current: "Freies WLAN")) {
            _ = try session.run(.profile(.setTitle(id: id, title: "WLAN Innenstadt", basedOn: "Bürger-WLAN")))
        }
        #expect(CommandError.editConflict(.profileTitle, current: "Freies WLAN").message(in: .de).contains("Freies WLAN"))
        try session.run(.profile(.setTitle(id: id, title: "WLAN Innenstadt", basedOn: "Freies WLAN")))
        #expect(session.workshop.profile(id)?.title == "WLAN Innenstadt")
    }
}

/// Undo never leaves what another terminal built on it dangling.
struct UndoReferenceTests {
    @Test func undoingATemplateThatAnotherTerminalUsesIsRefused() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("w.allianz")
        let anna = try WorkshopStore.create(at: path, content: DemoWorkshop.kickOff, author: "anna@laptop#pts/1")
        try anna.execute(.profile(.addTemplate(name: "Leerstand", fields: [ProfileFieldSpec(name: "Adresse")])))
        let template = try #require(anna.state.workshop.profileTemplates.first)
        let bert = try WorkshopStore.open(at: path, author: "bert@laptop#pts/2")
        try bert.execute(.profile(.addProfile(templateID: template.id, title: "Hansastraße 12", source: .fresh)))
        try anna.refresh()
        #expect(throws: StoreError.rejected(.historyConflict)) { try anna.execute(.undo) }
        #expect(anna.state.workshop.profileTemplates.count == 1)
        #expect(anna.state.workshop.brokenReferenceCount == 0)
        try bert.close()
        try anna.close()
    }
}

/// Two moderators fill one poster from two terminals; each undoes their own edits.
struct ProfileUndoAtTwoSeatsTests {
    @Test func undoTakesBackOnlyTheOwnPartOfASharedProfile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("w.allianz")
        let anna = try WorkshopStore.create(at: path, content: DemoWorkshop.kickOff, author: "anna@laptop#pts/1")
        let bert = try WorkshopStore.open(at: path, author: "bert@laptop#pts/2")
        defer { try? anna.close(); try? bert.close() }
        let id = try #require(anna.state.workshop.profiles.first?.id)

        try anna.execute(.profile(.setField(id: id, fieldID: "schedule", text: "2018: Planung", basedOn: "")))
        try bert.execute(.profile(.setFunnel(id: id, funnel: Funnel(.realLab, uncertain: true))))
        try bert.execute(.profile(.setField(id: id, fieldID: "lead", text: "Stadtwerke", basedOn: "")))
        try anna.refresh()
        // Anna's undo takes back her schedule; Bert's funnel and lead stay.
        try anna.execute(.undo)
        var profile = try #require(anna.state.workshop.profile(id))
        #expect(profile.value("schedule") == "")
        #expect(profile.funnel.code == "RL?")
        #expect(profile.value("lead") == "Stadtwerke")
        // Anna redoes it; then Bert overwrites the schedule: her undo is refused, his text stays.
        try anna.execute(.redo)
        try bert.refresh()
        try bert.execute(.profile(.setField(id: id, fieldID: "schedule", text: "2019: Start", basedOn: "2018: Planung")))
        try anna.refresh()
        #expect(throws: StoreError.rejected(.historyConflict)) { try anna.execute(.undo) }
        profile = try #require(anna.state.workshop.profile(id))
        #expect(profile.value("schedule") == "2019: Start")
    }
}
