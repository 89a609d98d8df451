import Foundation
import Testing
import WorkshopModel

/// A small workshop: three agenda items, two participants, one moderator.
private func sampleSession() -> Session {
    Session(Workshop(
        info: WorkshopInfo(title: "Auftakt", date: "2017-03-23", place: "Lokschuppen"),
        agenda: [
            AgendaItem(id: EntityID("a1"), title: "Begrüßung", kind: .plenary, plannedMinutes: 10),
            AgendaItem(id: EntityID("a2"), title: "Thementische", kind: .themeTables, plannedMinutes: 60),
            AgendaItem(id: EntityID("a3"), title: "Ausklang", kind: .pause, plannedMinutes: 15),
        ],
        participants: [
            Person(id: EntityID("p1"), name: "Anna Müller", organisation: "IHK"),
            Person(id: EntityID("p2"), name: "Bert Brüggemann"),
        ],
        moderators: [Person(id: EntityID("m1"), name: "Moderation Plenum", organisation: "Faktor 10")]))
}

private func decide(_ command: WorkshopCommand, in session: Session) throws(CommandError) -> Decision? {
    try CommandDecider.decide(command, in: session.state, makeID: { EntityID("new") })
}

private func string(_ length: Int, _ character: Character = "x") -> String {
    String(repeating: character, count: length)
}

@Suite struct CommandDeciderTests {
    // MARK: Empty and whitespace-only text

    @Test(arguments: ["", " ", "   ", "\t", "\n \r\n", "\u{1B}[31m\u{1B}[0m", "\u{7}\u{200E}", "\u{FEFF} "])
    func emptyOrBlankNamesAreRefused(name: String) {
        let session = sampleSession()
        for list in PersonList.allCases {
            #expect(throws: CommandError.emptyText(.personName)) {
                try decide(.addPerson(list: list, name: name, organisation: "IHK"), in: session)
            }
        }
        #expect(throws: CommandError.emptyText(.personName)) {
            try decide(.editPerson(list: .participants, id: EntityID("p1"), name: name, organisation: ""), in: session)
        }
        #expect(throws: CommandError.emptyText(.agendaTitle)) {
            try decide(.addAgendaItem(title: name, kind: .plenary, minutes: 5), in: session)
        }
        #expect(throws: CommandError.emptyText(.agendaTitle)) {
            try decide(.editAgendaItem(id: EntityID("a1"), title: name, kind: .plenary, minutes: 5), in: session)
        }
        #expect(throws: CommandError.emptyText(.workshopTitle)) {
            try decide(.editInfo(title: name, date: "", place: ""), in: session)
        }
    }

    @Test func optionalFieldsMayBeEmpty() throws {
        var session = sampleSession()
        try session.run(.addPerson(list: .participants, name: "Carla", organisation: "   "))
        #expect(session.workshop.participants.last?.organisation == nil)
        try session.run(.editInfo(title: "Auftakt", date: " ", place: ""))
        #expect(session.workshop.info == WorkshopInfo(title: "Auftakt", date: "", place: ""))
    }

    // MARK: Length limits

    @Test(arguments: TextFieldKind.allCases)
    func everyFieldRefusesOneCharacterBeyondItsLimit(field: TextFieldKind) throws {
        let atLimit = field == .date ? "" : string(field.limit)
        #expect(try field.validate(atLimit) == atLimit)
        #expect(throws: CommandError.textTooLong(field, limit: field.limit, length: field.limit + 1)) {
            try field.validate(string(field.limit + 1, "1"))
        }
    }

    @Test func tooLongTextIsRefusedByEveryCommand() {
        let session = sampleSession()
        #expect(throws: CommandError.textTooLong(.personName, limit: 80, length: 81)) {
            try decide(.addPerson(list: .participants, name: string(81), organisation: ""), in: session)
        }
        #expect(throws: CommandError.textTooLong(.organisation, limit: 120, length: 121)) {
            try decide(.addPerson(list: .moderators, name: "Neu", organisation: string(121)), in: session)
        }
        #expect(throws: CommandError.textTooLong(.personName, limit: 80, length: 90)) {
            try decide(.editPerson(list: .participants, id: EntityID("p2"), name: string(90), organisation: ""), in: session)
        }
        #expect(throws: CommandError.textTooLong(.agendaTitle, limit: 120, length: 121)) {
            try decide(.addAgendaItem(title: string(121), kind: .swot, minutes: 30), in: session)
        }
        #expect(throws: CommandError.textTooLong(.agendaTitle, limit: 120, length: 200)) {
            try decide(.editAgendaItem(id: EntityID("a2"), title: string(200), kind: .swot, minutes: 30), in: session)
        }
        #expect(throws: CommandError.textTooLong(.workshopTitle, limit: 200, length: 201)) {
            try decide(.editInfo(title: string(201), date: "", place: ""), in: session)
        }
        #expect(throws: CommandError.textTooLong(.place, limit: 200, length: 201)) {
            try decide(.editInfo(title: "T", date: "", place: string(201)), in: session)
        }
        #expect(throws: CommandError.textTooLong(.date, limit: 10, length: 11)) {
            try decide(.editInfo(title: "T", date: "2017-03-233", place: ""), in: session)
        }
    }

    @Test func lengthCountsCharactersAfterCleaning() throws {
        var session = sampleSession()
        // 80 decomposed "ü" (160 scalars) are 80 characters after NFC normalisation.
        let decomposed = String(repeating: "u\u{308}", count: 80)
        try session.run(.addPerson(list: .participants, name: decomposed, organisation: ""))
        #expect(session.workshop.participants.last?.name == String(repeating: "ü", count: 80))
        // Escape sequences and surrounding blanks do not count.
        let padded = "  \u{1B}[1m" + string(80, "y") + "\u{1B}[0m  "
        try session.run(.addPerson(list: .participants, name: padded, organisation: ""))
        #expect(session.workshop.participants.last?.name == string(80, "y"))
        // A family emoji is one character.
        let family = String(repeating: "👨‍👩‍👧", count: 80)
        try session.run(.addPerson(list: .moderators, name: family, organisation: ""))
        #expect(session.workshop.moderators.last?.name.count == 80)
    }

    // MARK: Cleaning

    @Test func controlCharactersAndEscapeSequencesAreStripped() throws {
        var session = sampleSession()
        try session.run(.addPerson(list: .participants, name: "\u{1B}[31mRot\u{1B}[0m",
                                   organisation: "\u{1B}]0;Titel\u{7}Stadt\u{0} Bottrop\u{9B}2J"))
        let person = try #require(session.workshop.participants.last)
        #expect(person.name == "Rot")
        #expect(person.organisation == "Stadt Bottrop")
        try session.run(.addAgendaItem(title: "Pause\r\nund\tKaffee\u{7F}", kind: .pause, minutes: 15))
        #expect(session.workshop.agenda.last?.title == "Pause und Kaffee")
        try session.run(.editInfo(title: "\u{202E}Titel", date: " 2017-03-24 ", place: "Ort\u{1B}[K"))
        #expect(session.workshop.info == WorkshopInfo(title: "Titel", date: "2017-03-24", place: "Ort"))
    }

    // MARK: Duplicate people

    @Test(arguments: ["Anna Müller", "anna müller", "ANNA MULLER", "Anna Muller", "  Anna Mu\u{308}ller ",
                      "\u{1B}[1mAnna Müller\u{1B}[0m"])
    func duplicateParticipantIsRefused(name: String) {
        let session = sampleSession()
        let cleaned = TextSanitizer.clean(name, multiline: false)
        #expect(throws: CommandError.duplicatePerson(name: cleaned, list: .participants)) {
            try decide(.addPerson(list: .participants, name: name, organisation: ""), in: session)
        }
        #expect(throws: CommandError.duplicatePerson(name: cleaned, list: .participants)) {
            try decide(.editPerson(list: .participants, id: EntityID("p2"), name: name, organisation: ""), in: session)
        }
    }

    @Test func sameNameIsAllowedInTheOtherListAndForThePersonItself() throws {
        var session = sampleSession()
        try session.run(.addPerson(list: .moderators, name: "Anna Müller", organisation: ""))
        #expect(session.workshop.moderators.map(\.name) == ["Moderation Plenum", "Anna Müller"])
        // Changing only the spelling of one's own name is not a clash with oneself.
        try session.run(.editPerson(list: .participants, id: EntityID("p1"), name: "ANNA MÜLLER", organisation: "IHK"))
        #expect(session.workshop.participants.first?.name == "ANNA MÜLLER")
        // A different name that merely shares a prefix is fine.
        try session.run(.addPerson(list: .participants, name: "Anna Müller-Schmidt", organisation: ""))
        #expect(session.workshop.participants.count == 3)
    }

    // MARK: Unknown items

    @Test func unknownIdentifiersAreRefused() {
        let session = sampleSession()
        let missing = EntityID("missing")
        let commands: [WorkshopCommand] = [
            .editPerson(list: .participants, id: missing, name: "X", organisation: ""),
            .removePerson(list: .participants, id: missing),
            .editAgendaItem(id: missing, title: "X", kind: .plenary, minutes: 1),
            .removeAgendaItem(id: missing),
            .moveAgendaItem(id: missing, offset: 1),
            // An existing id in the wrong list or of the wrong kind is unknown there.
            .editPerson(list: .moderators, id: EntityID("p1"), name: "X", organisation: ""),
            .removePerson(list: .moderators, id: EntityID("p1")),
            .removePerson(list: .participants, id: EntityID("a1")),
            .removeAgendaItem(id: EntityID("p1")),
        ]
        for command in commands {
            #expect(throws: CommandError.unknownItem, "\(command)") { try decide(command, in: session) }
        }
    }

    @Test func removedItemIsUnknownAfterwards() throws {
        var session = sampleSession()
        try session.run(.removePerson(list: .participants, id: EntityID("p1")))
        #expect(throws: CommandError.unknownItem) {
            try decide(.removePerson(list: .participants, id: EntityID("p1")), in: session)
        }
        try session.run(.removeAgendaItem(id: EntityID("a2")))
        #expect(throws: CommandError.unknownItem) {
            try decide(.moveAgendaItem(id: EntityID("a2"), offset: -1), in: session)
        }
    }

    // MARK: Dates

    @Test(arguments: ["2017-02-30", "2017-02-29", "1900-02-29", "2017-13-01", "2017-00-10", "2017-04-31",
                      "2017-03-00", "2017-03-32", "17-03-23", "2017-3-23", "2017-03-3", "2017/03/23",
                      "heute", "2017-03-2a", "2017--03-2", "+201-03-23", "2017-+3-23", "2017-03-+3",
                      "30.02.2017", "29.02.2017", "23.13.2017", "0.3.2017", "23.03.", "23.03.217", "123.3.2017",
                      "23.3", "23.+3.2017", "1.3.20170", "23/03/2017", "23.03,2017"])
    func invalidDatesAreRefused(date: String) {
        let session = sampleSession()
        #expect(throws: CommandError.invalidDate(date)) {
            try decide(.editInfo(title: "Auftakt", date: date, place: "Lokschuppen"), in: session)
        }
    }

    @Test(arguments: ["2016-02-29", "2000-02-29", "2017-03-23", "2017-12-31", "2017-01-01", "2017-04-30", ""])
    func validDatesAreAccepted(date: String) throws {
        var session = sampleSession()
        try session.run(.editInfo(title: "Neu", date: date, place: ""))
        #expect(session.workshop.info.date == date)
    }

    /// German dates as the program shows them, and their short forms, are stored as ISO.
    @Test(arguments: [("18.05.2017", "2017-05-18"), ("8.5.2017", "2017-05-08"), ("18.05.17", "2017-05-18"),
                      ("29.02.2016", "2016-02-29"), (" 01.01.2000 ", "2000-01-01"), ("31.12.99", "2099-12-31")])
    func germanDatesAreStoredAsISO(typed: String, stored: String) throws {
        var session = sampleSession()
        try session.run(.editInfo(title: "Neu", date: typed, place: ""))
        #expect(session.workshop.info.date == stored)
    }

    @Test func theDateErrorNamesBothForms() {
        #expect(CommandError.invalidDate("x").message(in: .de).contains("TT.MM.JJJJ oder JJJJ-MM-TT"))
        #expect(CommandError.invalidDate("x").message(in: .en).contains("DD.MM.YYYY or YYYY-MM-DD"))
    }

    // MARK: Minutes

    @Test(arguments: [-1, AgendaRules.maximumMinutes + 1, Int.min, Int.max, -600])
    func invalidMinutesAreRefused(minutes: Int) {
        let session = sampleSession()
        #expect(throws: CommandError.invalidMinutes(minutes)) {
            try decide(.addAgendaItem(title: "Neu", kind: .plenary, minutes: minutes), in: session)
        }
        #expect(throws: CommandError.invalidMinutes(minutes)) {
            try decide(.editAgendaItem(id: EntityID("a1"), title: "Begrüßung", kind: .plenary, minutes: minutes), in: session)
        }
    }

    @Test func minutesAtTheBoundsAreAccepted() throws {
        var session = sampleSession()
        try session.run(.addAgendaItem(title: "Kurz", kind: .plenary, minutes: 0))
        try session.run(.addAgendaItem(title: "Lang", kind: .consensing, minutes: AgendaRules.maximumMinutes))
        #expect(session.workshop.agenda.suffix(2).map(\.plannedMinutes) == [0, AgendaRules.maximumMinutes])
    }

    // MARK: Adding, editing, removing

    @Test func addDecidesAnInsertAtTheEnd() throws {
        let session = sampleSession()
        let person = try decide(.addPerson(list: .moderators, name: "Neu", organisation: "HRW"), in: session)
        #expect(person == Decision(kind: .change, events: [
            .people(list: .moderators, change: .insert(item: Person(id: EntityID("new"), name: "Neu", organisation: "HRW"), at: 1)),
        ]))
        let item = try decide(.addAgendaItem(title: "SWOT", kind: .swot, minutes: 45), in: session)
        #expect(item == Decision(kind: .change, events: [
            .agenda(change: .insert(item: AgendaItem(id: EntityID("new"), title: "SWOT", kind: .swot, plannedMinutes: 45), at: 3)),
        ]))
    }

    @Test func editsDecideReplacements() throws {
        let session = sampleSession()
        let old = session.workshop.participants[1]
        var new = old
        new.name = "Bert B."
        new.organisation = "HWK"
        #expect(try decide(.editPerson(list: .participants, id: old.id, name: "Bert B.", organisation: "HWK"), in: session)
            == Decision(kind: .change, events: [.people(list: .participants, change: .replace(old: old, new: new))]))

        let info = WorkshopInfo(title: "Auftakt", date: "2017-03-24", place: "Lokschuppen")
        #expect(try decide(.editInfo(title: "Auftakt", date: "2017-03-24", place: "Lokschuppen"), in: session)
            == Decision(kind: .change, events: [.info(old: session.workshop.info, new: info)]))
    }

    @Test func removeDecidesTheItemAndItsPosition() throws {
        var session = sampleSession()
        let bert = session.workshop.participants[1]
        #expect(try decide(.removePerson(list: .participants, id: bert.id), in: session)
            == Decision(kind: .change, events: [.people(list: .participants, change: .remove(item: bert, at: 1))]))
        try session.run(.removeAgendaItem(id: EntityID("a2")))
        #expect(session.workshop.agenda.map(\.id.rawValue) == ["a1", "a3"])
    }

    @Test func editWithUnchangedValuesChangesNothing() throws {
        let session = sampleSession()
        let unchanged: [WorkshopCommand] = [
            .editInfo(title: "Auftakt", date: "2017-03-23", place: "Lokschuppen"),
            .editInfo(title: " Auftakt\u{1B}[0m ", date: "2017-03-23 ", place: "Lokschuppen\u{7}"),
            .editPerson(list: .participants, id: EntityID("p1"), name: "Anna Müller", organisation: "IHK"),
            .editPerson(list: .participants, id: EntityID("p2"), name: "Bert Bru\u{308}ggemann", organisation: "  "),
            .editPerson(list: .moderators, id: EntityID("m1"), name: "Moderation Plenum", organisation: "Faktor 10"),
            .editAgendaItem(id: EntityID("a2"), title: "Thementische", kind: .themeTables, minutes: 60),
            .moveAgendaItem(id: EntityID("a2"), offset: 0),
            .moveAgendaItem(id: EntityID("a1"), offset: -1),
            .moveAgendaItem(id: EntityID("a3"), offset: 1),
        ]
        for command in unchanged {
            #expect(try decide(command, in: session) == nil, "\(command)")
        }
        // Any single difference is a change.
        let changed: [WorkshopCommand] = [
            .editInfo(title: "Auftakt", date: "2017-03-23", place: "Lokschuppen, Bottrop"),
            .editPerson(list: .participants, id: EntityID("p1"), name: "Anna Müller", organisation: ""),
            .editAgendaItem(id: EntityID("a2"), title: "Thementische", kind: .swot, minutes: 60),
            .editAgendaItem(id: EntityID("a2"), title: "Thementische", kind: .themeTables, minutes: 61),
        ]
        for command in changed {
            #expect(try decide(command, in: session) != nil, "\(command)")
        }
    }

    // MARK: Moving agenda items

    @Test func moveAgendaItem() throws {
        var session = sampleSession()
        let down = try decide(.moveAgendaItem(id: EntityID("a1"), offset: 1), in: session)
        #expect(down == Decision(kind: .change, events: [.agenda(change: .move(id: EntityID("a1"), from: 0, to: 1))]))
        try session.run(.moveAgendaItem(id: EntityID("a1"), offset: 1))
        #expect(session.workshop.agenda.map(\.id.rawValue) == ["a2", "a1", "a3"])
        try session.run(.moveAgendaItem(id: EntityID("a3"), offset: -1))
        #expect(session.workshop.agenda.map(\.id.rawValue) == ["a2", "a3", "a1"])
        // Offsets beyond the ends are clamped.
        try session.run(.moveAgendaItem(id: EntityID("a2"), offset: 10))
        #expect(session.workshop.agenda.map(\.id.rawValue) == ["a3", "a1", "a2"])
        try session.run(.moveAgendaItem(id: EntityID("a2"), offset: -10))
        #expect(session.workshop.agenda.map(\.id.rawValue) == ["a2", "a3", "a1"])
    }

    @Test(arguments: [Int.max, Int.min])
    func extremeMoveOffsetsAreClampedWithoutOverflow(offset: Int) throws {
        var session = sampleSession()
        try session.run(.moveAgendaItem(id: EntityID("a2"), offset: offset))
        #expect(session.workshop.agenda.map(\.id.rawValue) == (offset > 0 ? ["a1", "a3", "a2"] : ["a2", "a1", "a3"]))
    }

    // MARK: Undo and redo

    @Test func nothingToUndoOrRedoInAFreshWorkshop() {
        let session = sampleSession()
        #expect(throws: CommandError.nothingToUndo) { try decide(.undo, in: session) }
        #expect(throws: CommandError.nothingToRedo) { try decide(.redo, in: session) }
    }

    @Test func undoAndRedoRestoreTheStates() throws {
        var session = sampleSession()
        let start = session.workshop
        let add = try #require(try session.run(.addPerson(list: .participants, name: "Carla", organisation: "")))
        let afterAdd = session.workshop
        let move = try #require(try session.run(.moveAgendaItem(id: EntityID("a1"), offset: 2)))
        let afterMove = session.workshop

        let undoMove = try #require(try session.run(.undo))
        #expect(undoMove.kind == .undo)
        #expect(undoMove.target == move.sequence)
        #expect(undoMove.events == move.events.map(\.inverse))
        #expect(session.workshop == afterAdd)

        let undoAdd = try #require(try session.run(.undo))
        #expect(undoAdd.target == add.sequence)
        #expect(session.workshop == start)
        #expect(throws: CommandError.nothingToUndo) { try decide(.undo, in: session) }

        let redoAdd = try #require(try session.run(.redo))
        #expect(redoAdd.kind == .redo)
        #expect(redoAdd.target == add.sequence)
        #expect(redoAdd.events == add.events)
        #expect(session.workshop == afterAdd)

        try session.run(.redo)
        #expect(session.workshop == afterMove)
        #expect(throws: CommandError.nothingToRedo) { try decide(.redo, in: session) }
    }

    @Test func undoRestoresARemovedItemAtItsPlace() throws {
        var session = sampleSession()
        let before = session.workshop
        try session.run(.removeAgendaItem(id: EntityID("a2")))
        try session.run(.removePerson(list: .participants, id: EntityID("p1")))
        try session.run(.editInfo(title: "Anders", date: "", place: ""))
        try session.run(.undo)
        try session.run(.undo)
        try session.run(.undo)
        #expect(session.workshop == before)
    }

    @Test func aNewChangeClearsRedo() throws {
        var session = sampleSession()
        try session.run(.addAgendaItem(title: "Neu", kind: .swot, minutes: 30))
        try session.run(.undo)
        try session.run(.editInfo(title: "Anders", date: "", place: ""))
        #expect(throws: CommandError.nothingToRedo) { try decide(.redo, in: session) }
    }

    @Test func undoAfterTheItemWasChangedElsewhereIsAConflict() throws {
        var session = sampleSession()
        try session.run(.addPerson(list: .participants, name: "Carla", organisation: ""))
        // Someone else renamed Carla by a change this history does not know of.
        var changed = session.state
        changed.workshop.participants[2].name = "Carla Neu"
        #expect(throws: CommandError.historyConflict) {
            try CommandDecider.decide(.undo, in: changed)
        }
        // Someone else removed the item an edit is about.
        try session.run(.editAgendaItem(id: EntityID("a2"), title: "Tische", kind: .themeTables, minutes: 60))
        changed = session.state
        changed.workshop.agenda.remove(at: 1)
        #expect(throws: CommandError.historyConflict) { try CommandDecider.decide(.undo, in: changed) }
        // Someone else changed the info after it was edited.
        try session.run(.editInfo(title: "Auftakt 2", date: "", place: ""))
        changed = session.state
        changed.workshop.info.place = "Rathaus"
        #expect(throws: CommandError.historyConflict) { try CommandDecider.decide(.undo, in: changed) }
        // The unchanged state can still be undone.
        #expect(try CommandDecider.decide(.undo, in: session.state)?.kind == .undo)
    }

    @Test func redoAfterTheItemWasChangedElsewhereIsAConflict() throws {
        var session = sampleSession()
        try session.run(.removePerson(list: .participants, id: EntityID("p2")))
        try session.run(.undo)
        var changed = session.state
        changed.workshop.participants[1].organisation = "HWK"
        #expect(throws: CommandError.historyConflict) { try CommandDecider.decide(.redo, in: changed) }
        #expect(try CommandDecider.decide(.redo, in: session.state)?.kind == .redo)
    }

    // MARK: Messages

    static let sampleErrors: [CommandError] = [
        .emptyText(.personName), .emptyText(.workshopTitle),
        .textTooLong(.personName, limit: 80, length: 93), .textTooLong(.agendaTitle, limit: 120, length: 121),
        .invalidDate("2017-02-30"), .invalidMinutes(601),
        .duplicatePerson(name: "Anna Müller", list: .participants), .duplicatePerson(name: "Moderation", list: .moderators),
        .unknownItem, .nothingToUndo, .nothingToRedo, .historyConflict,
    ]

    @Test(arguments: sampleErrors)
    func everyErrorHasAMessageInBothLanguages(error: CommandError) {
        let german = error.message(in: .de)
        let english = error.message(in: .en)
        #expect(!german.isEmpty)
        #expect(!english.isEmpty)
        #expect(german != english)
        for message in [german, english] {
            #expect(message.range(of: #"\{\d+\}"#, options: .regularExpression) == nil, "unfilled placeholder: \(message)")
        }
    }

    @Test func messagesNameWhatIsWrong() {
        for language in Language.allCases {
            let tooLong = CommandError.textTooLong(.personName, limit: 80, length: 93).message(in: language)
            #expect(tooLong.contains("80"))
            #expect(tooLong.contains("93"))
            #expect(tooLong.contains(TextFieldKind.personName.label(language)))

            let minutes = CommandError.invalidMinutes(601).message(in: language)
            #expect(minutes.contains("601"))
            #expect(minutes.contains("\(AgendaRules.maximumMinutes)"))

            #expect(CommandError.invalidDate("2017-02-30").message(in: language).contains("2017-02-30"))
            #expect(CommandError.emptyText(.agendaTitle).message(in: language).contains(TextFieldKind.agendaTitle.label(language)))

            let duplicate = CommandError.duplicatePerson(name: "Anna Müller", list: .moderators).message(in: language)
            #expect(duplicate.contains("Anna Müller"))
            #expect(duplicate.contains(PersonList.moderators.label(language)))
        }
    }

    @Test func errorsFromRealCommandsNameTheLimit() {
        let session = sampleSession()
        do {
            _ = try decide(.addPerson(list: .participants, name: string(85), organisation: ""), in: session)
            Issue.record("too long name accepted")
        } catch {
            #expect(error.message(in: .de).contains("höchstens 80"))
            #expect(error.message(in: .en).contains("at most 80"))
        }
    }
}
