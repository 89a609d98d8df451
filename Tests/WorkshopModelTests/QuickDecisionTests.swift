import Foundation
import Testing
import WorkshopModel

// Quick decisions (issue 5, item 7): show of hands, dot voting, positioning in the room and
// signature lists, each recorded as a decision with its result.

private func quick(_ command: QuickDecisionCommand) -> WorkshopCommand { .quick(command) }

private extension Session {
    /// The decision added last.
    var last: QuickDecision { workshop.quickDecisions[workshop.quickDecisions.count - 1] }

    /// Adds a decision and returns it.
    mutating func add(_ command: QuickDecisionCommand) throws -> QuickDecision {
        _ = try #require(try run(quick(command)))
        return last
    }
}

/// A decision built directly, for the computed summaries.
private func decision(_ kind: QuickDecisionKind, counts: [Int], signatures: [String] = []) -> QuickDecision {
    QuickDecision(id: EntityID("q"), kind: kind, title: "Frage", options: counts.indices.map { "Option \($0 + 1)" },
                  counts: counts, signatures: signatures)
}

@Suite struct QuickDecisionTests {
    // MARK: Adding

    @Test func aShowOfHandsHasForAgainstAndAbstainCountedFromZero() throws {
        var session = Session()
        let record = try #require(try session.run(quick(.addShowOfHands(title: "  Leitbild\tannehmen? "))))
        #expect(record.events.count == 1)
        let hands = session.last
        #expect(hands.kind == .showOfHands)
        #expect(hands.title == "Leitbild annehmen?")
        #expect(hands.options == ["Dafür", "Dagegen", "Enthaltung"])
        #expect(hands.counts == [0, 0, 0])
        #expect(hands.dotsPerPerson == 0 && !hands.stackingAllowed && hands.poles.isEmpty && hands.signatures.isEmpty)
        #expect(hands.recordedAt == nil && !hands.isRecorded)
        #expect(session.workshop.quickDecision(hands.id) == hands)
    }

    @Test func aDotVotingKeepsItsOptionsAndRules() throws {
        var session = Session()
        let dots = try session.add(.addDotVoting(title: "Welche Themen vertiefen?",
                                                 options: [" Radverkehr ", "", "Leerstand", "   ", "Klima\nschutz"],
                                                 dotsPerPerson: 3, stackingAllowed: true))
        #expect(dots.kind == .dotVoting)
        // Blank entries are skipped, the others cleaned like every single-line field.
        #expect(dots.options == ["Radverkehr", "Leerstand", "Klima schutz"])
        #expect(dots.counts == [0, 0, 0])
        #expect(dots.dotsPerPerson == 3 && dots.stackingAllowed)
        #expect(dots.poles.isEmpty && dots.signatures.isEmpty)

        let strict = try session.add(.addDotVoting(title: "Zweite Runde", options: ["A", "B"], dotsPerPerson: 1,
                                                   stackingAllowed: false))
        #expect(strict.dotsPerPerson == 1 && !strict.stackingAllowed)
        #expect(session.workshop.quickDecisions.map(\.id) == [dots.id, strict.id])
    }

    @Test func aPositioningLabelsItsSegmentsFromPoleToPole() throws {
        var session = Session()
        let five = try session.add(.addPositioning(title: "Wie wichtig ist Klimaschutz?", poleA: "sehr wichtig",
                                                   poleB: "unwichtig", segments: 5))
        #expect(five.kind == .positioning)
        #expect(five.options == ["sehr wichtig", "", "Mitte", "", "unwichtig"])
        #expect(five.counts == [0, 0, 0, 0, 0])
        #expect(five.poles == ["sehr wichtig", "unwichtig"])
        #expect(five.dotsPerPerson == 0)

        #expect(try session.add(.addPositioning(title: "Zwei", poleA: "A", poleB: "B", segments: 2)).options == ["A", "B"])
        #expect(try session.add(.addPositioning(title: "Drei", poleA: "A", poleB: "B", segments: 3)).options == ["A", "Mitte", "B"])
        #expect(try session.add(.addPositioning(title: "Vier", poleA: "A", poleB: "B", segments: 4)).options == ["A", "", "", "B"])
        let nine = try session.add(.addPositioning(title: "Neun", poleA: "A", poleB: "B", segments: 9))
        #expect(nine.options.count == 9 && nine.options[4] == "Mitte" && nine.counts.count == 9)
    }

    @Test func aSignatureListStartsEmpty() throws {
        var session = Session()
        let list = try session.add(.addSignatureList(document: "Leitbild der Allianz für Bottrop"))
        #expect(list.kind == .signatures)
        #expect(list.title == "Leitbild der Allianz für Bottrop")
        #expect(list.options.isEmpty && list.counts.isEmpty && list.signatures.isEmpty && list.poles.isEmpty)
    }

    // MARK: Validation when adding

    @Test func titlesAreRequiredAndLimited() throws {
        var session = Session()
        let long = String(repeating: "x", count: 201)
        let commands: [QuickDecisionCommand] = [
            .addShowOfHands(title: "   "),
            .addDotVoting(title: "", options: ["A", "B"], dotsPerPerson: 3, stackingAllowed: true),
            .addPositioning(title: "\n", poleA: "A", poleB: "B", segments: 5),
            .addSignatureList(document: ""),
        ]
        for command in commands {
            #expect(throws: CommandError.emptyText(.decisionTitle)) { try session.run(quick(command)) }
        }
        #expect(throws: CommandError.textTooLong(.decisionTitle, limit: 200, length: 201)) {
            try session.run(quick(.addShowOfHands(title: long)))
        }
        #expect(throws: CommandError.textTooLong(.decisionTitle, limit: 200, length: 201)) {
            try session.run(quick(.addSignatureList(document: long)))
        }
        #expect(try session.add(.addShowOfHands(title: String(repeating: "x", count: 200))).title.count == 200)
        #expect(TextFieldKind.decisionTitle.limit == 200 && TextFieldKind.optionLabel.limit == 80)
        #expect(TextFieldKind.decisionTitle.isRequired && TextFieldKind.optionLabel.isRequired)
        #expect(session.workshop.quickDecisions.count == 1)
    }

    @Test func dotVotingNeedsTwoToTwentyDistinctOptionsAndOneToTwentyDots() throws {
        var session = Session()
        func dots(_ options: [String], _ perPerson: Int = 3) -> WorkshopCommand {
            quick(.addDotVoting(title: "Themen", options: options, dotsPerPerson: perPerson, stackingAllowed: false))
        }
        let twenty = (1...20).map { "Option \($0)" }
        #expect(throws: CommandError.invalidOptionCount(0)) { try session.run(dots([])) }
        #expect(throws: CommandError.invalidOptionCount(1)) { try session.run(dots(["Nur eine"])) }
        #expect(throws: CommandError.invalidOptionCount(1)) { try session.run(dots(["Nur eine", "  ", ""])) }
        #expect(throws: CommandError.invalidOptionCount(21)) { try session.run(dots(twenty + ["Option 21"])) }
        #expect(throws: CommandError.duplicateOption("radverkehr")) { try session.run(dots(["Radverkehr", "Leerstand", "radverkehr"])) }
        #expect(throws: CommandError.textTooLong(.optionLabel, limit: 80, length: 81)) {
            try session.run(dots(["A", String(repeating: "o", count: 81)]))
        }
        #expect(throws: CommandError.invalidDotsPerPerson(0)) { try session.run(dots(["A", "B"], 0)) }
        #expect(throws: CommandError.invalidDotsPerPerson(21)) { try session.run(dots(["A", "B"], 21)) }
        #expect(throws: CommandError.invalidDotsPerPerson(-1)) { try session.run(dots(["A", "B"], -1)) }
        #expect(session.workshop.quickDecisions.isEmpty)

        try session.run(dots(twenty, 20))
        try session.run(dots(["A", "B"], 1))
        #expect(session.workshop.quickDecisions.map(\.options.count) == [20, 2])
    }

    @Test func positioningNeedsTwoToNineSegmentsAndTwoNamedPoles() throws {
        var session = Session()
        func line(_ poleA: String, _ poleB: String, _ segments: Int) -> WorkshopCommand {
            quick(.addPositioning(title: "Aufstellung", poleA: poleA, poleB: poleB, segments: segments))
        }
        #expect(throws: CommandError.invalidSegmentCount(1)) { try session.run(line("A", "B", 1)) }
        #expect(throws: CommandError.invalidSegmentCount(10)) { try session.run(line("A", "B", 10)) }
        #expect(throws: CommandError.invalidSegmentCount(0)) { try session.run(line("A", "B", 0)) }
        #expect(throws: CommandError.poleMissing) { try session.run(line("", "B", 5)) }
        #expect(throws: CommandError.poleMissing) { try session.run(line("A", "  ", 5)) }
        #expect(throws: CommandError.textTooLong(.optionLabel, limit: 80, length: 81)) {
            try session.run(line(String(repeating: "p", count: 81), "B", 5))
        }
        #expect(session.workshop.quickDecisions.isEmpty)
    }

    // MARK: Counting

    @Test func countsAreSetPerOptionWithinRange() throws {
        var session = Session()
        let hands = try session.add(.addShowOfHands(title: "Annehmen?"))
        try session.run(quick(.setCount(id: hands.id, index: 0, count: 17)))
        try session.run(quick(.setCount(id: hands.id, index: 2, count: 3)))
        #expect(session.last.counts == [17, 0, 3])
        // Setting the same count again changes nothing and records nothing.
        let records = session.records.count
        #expect(try session.run(quick(.setCount(id: hands.id, index: 0, count: 17))) == nil)
        #expect(session.records.count == records)

        #expect(throws: CommandError.countOutOfRange(-1)) { try session.run(quick(.setCount(id: hands.id, index: 1, count: -1))) }
        #expect(throws: CommandError.countOutOfRange(100_001)) {
            try session.run(quick(.setCount(id: hands.id, index: 1, count: 100_001)))
        }
        #expect(throws: CommandError.optionIndexOutOfRange(3, count: 3)) {
            try session.run(quick(.setCount(id: hands.id, index: 3, count: 1)))
        }
        #expect(throws: CommandError.optionIndexOutOfRange(-1, count: 3)) {
            try session.run(quick(.setCount(id: hands.id, index: -1, count: 1)))
        }
        try session.run(quick(.setCount(id: hands.id, index: 1, count: 100_000)))
        #expect(session.last.counts == [17, 100_000, 3])

        let list = try session.add(.addSignatureList(document: "Leitbild"))
        #expect(throws: CommandError.optionIndexOutOfRange(0, count: 0)) {
            try session.run(quick(.setCount(id: list.id, index: 0, count: 1)))
        }

        let line = try session.add(.addPositioning(title: "Wo stehst du?", poleA: "dafür", poleB: "dagegen", segments: 5))
        try session.run(quick(.setCount(id: line.id, index: 4, count: 6)))
        #expect(session.last.counts == [0, 0, 0, 0, 6])
    }

    // MARK: Signatures

    @Test func signaturesAreAddedInOrderWithoutDuplicatesAndRemoved() throws {
        var session = Session()
        let list = try session.add(.addSignatureList(document: "Leitbild"))
        try session.run(quick(.addSignature(id: list.id, name: " Anna Müller ")))
        try session.run(quick(.addSignature(id: list.id, name: "Bernd Schulz")))
        try session.run(quick(.addSignature(id: list.id, name: "Cem Yilmaz")))
        #expect(session.last.signatures == ["Anna Müller", "Bernd Schulz", "Cem Yilmaz"])
        #expect(session.last.total == 3)

        #expect(throws: CommandError.duplicateSignature("Anna Müller")) {
            try session.run(quick(.addSignature(id: list.id, name: "anna MÜLLER")))
        }
        #expect(throws: CommandError.emptyText(.personName)) { try session.run(quick(.addSignature(id: list.id, name: "  "))) }
        #expect(throws: CommandError.textTooLong(.personName, limit: 80, length: 81)) {
            try session.run(quick(.addSignature(id: list.id, name: String(repeating: "n", count: 81))))
        }

        try session.run(quick(.removeSignature(id: list.id, name: "bernd schulz")))
        #expect(session.last.signatures == ["Anna Müller", "Cem Yilmaz"])
        #expect(throws: CommandError.unknownSignature("Bernd Schulz")) {
            try session.run(quick(.removeSignature(id: list.id, name: "Bernd Schulz")))
        }

        let hands = try session.add(.addShowOfHands(title: "Annehmen?"))
        #expect(throws: CommandError.notASignatureList("Annehmen?")) { try session.run(quick(.addSignature(id: hands.id, name: "Anna"))) }
        #expect(throws: CommandError.notASignatureList("Annehmen?")) {
            try session.run(quick(.removeSignature(id: hands.id, name: "Anna")))
        }
    }

    // MARK: Recording

    @Test func aRecordedDecisionRefusesChangesUntilReopened() throws {
        var session = Session()
        let hands = try session.add(.addShowOfHands(title: "Leitbild annehmen?"))
        try session.run(quick(.setCount(id: hands.id, index: 0, count: 21)))
        try session.run(quick(.record(id: hands.id, at: Date(timeIntervalSince1970: 1_490_270_400.75))))
        let recorded = session.last
        #expect(recorded.recordedAt == Date(timeIntervalSince1970: 1_490_270_400))
        #expect(recorded.isRecorded && recorded.counts == [21, 0, 0])

        #expect(throws: CommandError.decisionRecorded("Leitbild annehmen?")) {
            try session.run(quick(.setCount(id: hands.id, index: 1, count: 2)))
        }
        #expect(throws: CommandError.decisionRecorded("Leitbild annehmen?")) {
            try session.run(quick(.record(id: hands.id, at: Date(timeIntervalSince1970: 1_490_280_000))))
        }
        #expect(session.last == recorded)

        let list = try session.add(.addSignatureList(document: "Leitbild"))
        try session.run(quick(.addSignature(id: list.id, name: "Anna")))
        try session.run(quick(.record(id: list.id, at: Date(timeIntervalSince1970: 1_490_270_500))))
        #expect(throws: CommandError.decisionRecorded("Leitbild")) { try session.run(quick(.addSignature(id: list.id, name: "Bernd"))) }
        #expect(throws: CommandError.decisionRecorded("Leitbild")) { try session.run(quick(.removeSignature(id: list.id, name: "Anna"))) }

        // Reopening lets the counts change again; reopening an open decision changes nothing.
        try session.run(quick(.reopen(id: hands.id)))
        #expect(session.workshop.quickDecision(hands.id)?.recordedAt == nil)
        try session.run(quick(.setCount(id: hands.id, index: 1, count: 2)))
        #expect(session.workshop.quickDecision(hands.id)?.counts == [21, 2, 0])
        #expect(try session.run(quick(.reopen(id: hands.id))) == nil)
        try session.run(quick(.reopen(id: list.id)))
        try session.run(quick(.addSignature(id: list.id, name: "Bernd")))
        #expect(session.workshop.quickDecision(list.id)?.signatures == ["Anna", "Bernd"])

        // A recorded decision can be removed (undoably), like a closed consensing round.
        try session.run(quick(.record(id: list.id, at: Date(timeIntervalSince1970: 1_490_270_600))))
        try session.run(quick(.remove(id: list.id)))
        #expect(session.workshop.quickDecision(list.id) == nil)
        try session.run(.undo)
        #expect(session.workshop.quickDecision(list.id)?.isRecorded == true)
    }

    @Test func unknownDecisionsAreRefused() throws {
        var session = Session()
        try session.run(quick(.addShowOfHands(title: "Da")))
        let missing = EntityID("fehlt")
        let commands: [QuickDecisionCommand] = [
            .setCount(id: missing, index: 0, count: 1), .addSignature(id: missing, name: "Anna"),
            .removeSignature(id: missing, name: "Anna"), .record(id: missing, at: Date()), .reopen(id: missing),
            .remove(id: missing),
        ]
        for command in commands {
            #expect(throws: CommandError.unknownItem) { try session.run(quick(command)) }
        }
    }

    @Test func removingADecisionIsUndoneInPlace() throws {
        var session = Session()
        let first = try session.add(.addShowOfHands(title: "Eins"))
        let second = try session.add(.addSignatureList(document: "Zwei"))
        let third = try session.add(.addShowOfHands(title: "Drei"))
        let before = session.workshop
        try session.run(quick(.remove(id: second.id)))
        #expect(session.workshop.quickDecisions.map(\.id) == [first.id, third.id])
        try session.run(.undo)
        #expect(session.workshop == before)
        try session.run(.redo)
        #expect(session.workshop.quickDecisions.map(\.id) == [first.id, third.id])
    }

    // MARK: Through a real store

    @Test func undoAndRedoThroughTheStoreSurviveARestart() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("schnell.allianz")
        var store = try WorkshopStore.create(at: path, content: WorkshopTemplate.empty.content(title: "Treffen 5"),
                                             author: "test@host")
        let empty = store.state.workshop
        try store.execute(quick(.addShowOfHands(title: "Leitbild annehmen?")))
        let hands = try #require(store.state.workshop.quickDecisions.first)
        let added = store.state.workshop

        // One count is one record, and one undo.
        let counted = try #require(try store.execute(quick(.setCount(id: hands.id, index: 0, count: 18))))
        #expect(counted.events.count == 1)
        try store.execute(quick(.setCount(id: hands.id, index: 1, count: 4)))
        let beforeRecording = store.state.workshop
        try store.execute(quick(.record(id: hands.id, at: Date(timeIntervalSince1970: 1_490_270_400.5))))
        let recorded = store.state.workshop
        #expect(executeError(store, quick(.setCount(id: hands.id, index: 2, count: 1))) == .rejected(.decisionRecorded("Leitbild annehmen?")))

        // After a restart the state is the same, and undo walks back through it.
        try store.close()
        store = try WorkshopStore.open(at: path, author: "test@host")
        #expect(store.state.workshop == recorded)
        try store.execute(.undo)
        #expect(store.state.workshop == beforeRecording)
        try store.execute(quick(.setCount(id: hands.id, index: 2, count: 1))) // open again: counting works
        try store.execute(.undo)
        try store.execute(.undo)
        try store.execute(.undo)
        #expect(store.state.workshop == added)
        try store.execute(.undo)
        #expect(store.state.workshop == empty)
        #expect(executeError(store, .undo) == .rejected(.nothingToUndo))
        try store.execute(.redo)
        try store.execute(.redo)
        #expect(store.state.workshop.quickDecisions.first?.counts == [18, 0, 0])

        // Reopening through the store, then replaying the whole log, gives the same state.
        let list = try #require(try store.execute(quick(.addSignatureList(document: "Leitbild"))))
        guard case let .quickDecisions(.insert(signatures, _)) = list.events[0] else {
            Issue.record("expected an insert, got \(list.events)")
            return
        }
        try store.execute(quick(.addSignature(id: signatures.id, name: "Anna")))
        try store.execute(quick(.record(id: signatures.id, at: Date(timeIntervalSince1970: 1_490_271_000))))
        try store.execute(quick(.reopen(id: signatures.id)))
        try store.execute(quick(.addSignature(id: signatures.id, name: "Bernd")))
        #expect(store.state.workshop.quickDecision(signatures.id)?.signatures == ["Anna", "Bernd"])
        #expect(store.state == WorkshopReducer.replay(try store.allRecords()))
        try store.close()
        store = try WorkshopStore.open(at: path, author: "test@host")
        #expect(store.state.workshop.quickDecision(signatures.id)?.signatures == ["Anna", "Bernd"])
        try store.close()
    }

    @Test func aWorkshopWithQuickDecisionsIsCreatedExportedAndDecodedWithThem() throws {
        var session = Session()
        let hands = try session.add(.addShowOfHands(title: "Annehmen?"))
        try session.run(quick(.setCount(id: hands.id, index: 0, count: 9)))
        try session.run(quick(.record(id: hands.id, at: Date(timeIntervalSince1970: 1_490_270_400))))
        let list = try session.add(.addSignatureList(document: "Leitbild"))
        try session.run(quick(.addSignature(id: list.id, name: "Anna")))
        let content = session.workshop

        // The creation record of a new file carries the quick decisions.
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let store = try WorkshopStore.create(at: directory.path("mit-entscheidungen.allianz"), content: content, author: "t@h")
        #expect(store.state.workshop == content)
        #expect(store.state.workshop.quickDecisions.count == 2)
        try store.close()

        let data = try WorkshopExport(state: session.state).jsonData()
        let text = try #require(String(data: data, encoding: .utf8))
        #expect(text.contains("\"quickDecisions\"") && text.contains("\"showOfHands\"") && text.contains("Enthaltung"))

        let encoded = try JSONEncoder().encode(content)
        #expect(try JSONDecoder().decode(Workshop.self, from: encoded) == content)
    }

    @Test func olderWorkshopsWithoutQuickDecisionsStillRead() throws {
        let json = #"""
            {"info":{"title":"Alt","date":"2017-03-23","place":"Bottrop"},"agenda":[],"participants":[],
             "moderators":[],"boards":[],"headings":[],"cards":[],"rounds":[],"ratings":[]}
            """#
        let workshop = try JSONDecoder().decode(Workshop.self, from: Data(json.utf8))
        #expect(workshop.info.title == "Alt")
        #expect(workshop.quickDecisions.isEmpty)
        let minimal = try JSONDecoder().decode(Workshop.self, from: Data(#"{"info":{"title":"Ganz alt","date":"","place":""}}"#.utf8))
        #expect(minimal.quickDecisions.isEmpty && minimal.rounds.isEmpty)
    }

    // MARK: Summaries

    @Test func totalsAreTheSumOfCountsOrTheNumberOfSignatures() {
        #expect(decision(.showOfHands, counts: [12, 3, 1]).total == 16)
        #expect(decision(.dotVoting, counts: [5, 0, 7, 2]).total == 14)
        #expect(decision(.positioning, counts: [0, 0, 0]).total == 0)
        #expect(decision(.signatures, counts: [], signatures: ["Anna", "Bernd"]).total == 2)
        #expect(decision(.signatures, counts: []).total == 0)
    }

    @Test func leadingOptionsAreAllOptionsWithTheHighestCount() {
        #expect(decision(.dotVoting, counts: [5, 9, 7, 2]).leadingOptions == [1])
        #expect(decision(.dotVoting, counts: [9, 3, 9, 2, 9]).leadingOptions == [0, 2, 4])
        #expect(decision(.positioning, counts: [1, 1]).leadingOptions == [0, 1])
        #expect(decision(.showOfHands, counts: [2, 2, 8]).leadingOptions == [2])
        // Nothing counted yet: nobody leads.
        #expect(decision(.dotVoting, counts: [0, 0, 0]).leadingOptions.isEmpty)
        #expect(decision(.signatures, counts: [], signatures: ["Anna"]).leadingOptions.isEmpty)
    }

    @Test func aShowOfHandsIsAdoptedWithMoreForThanAgainst() {
        #expect(decision(.showOfHands, counts: [12, 3, 20]).isAdopted == true)
        #expect(decision(.showOfHands, counts: [3, 12, 0]).isAdopted == false)
        #expect(decision(.showOfHands, counts: [5, 5, 1]).isAdopted == nil)
        #expect(decision(.showOfHands, counts: [0, 0, 0]).isAdopted == nil)
        #expect(decision(.dotVoting, counts: [12, 3]).isAdopted == nil)
        #expect(decision(.positioning, counts: [12, 3]).isAdopted == nil)
        #expect(decision(.signatures, counts: [], signatures: ["Anna"]).isAdopted == nil)
    }

    @Test func summariesFollowTheCommands() throws {
        var session = Session()
        let dots = try session.add(.addDotVoting(title: "Themen", options: ["A", "B", "C"], dotsPerPerson: 3,
                                                 stackingAllowed: true))
        try session.run(quick(.setCount(id: dots.id, index: 0, count: 4)))
        try session.run(quick(.setCount(id: dots.id, index: 2, count: 4)))
        #expect(session.last.total == 8)
        #expect(session.last.leadingOptions == [0, 2])
        try session.run(quick(.setCount(id: dots.id, index: 2, count: 5)))
        #expect(session.last.leadingOptions == [2])
    }

    // MARK: Texts

    @Test func eventsAreDescribedInBothLanguages() throws {
        var session = Session()
        let added = try #require(try session.run(quick(.addShowOfHands(title: "Leitbild annehmen?"))))
        let hands = session.last
        #expect(EventDescription.summary(added, .de) == "Handzeichen: „Leitbild annehmen?“ hinzugefügt")
        #expect(EventDescription.summary(added, .en) == "Show of hands: added “Leitbild annehmen?”")
        let counted = try #require(try session.run(quick(.setCount(id: hands.id, index: 0, count: 12))))
        #expect(EventDescription.describe(counted.events[0], .de) == "„Leitbild annehmen?“: Dafür 0 → 12")
        #expect(EventDescription.describe(counted.events[0], .en) == "“Leitbild annehmen?”: For 0 → 12")
        try session.run(quick(.setCount(id: hands.id, index: 1, count: 3)))
        let recorded = try #require(try session.run(quick(.record(id: hands.id, at: Date(timeIntervalSince1970: 0)))))
        #expect(EventDescription.describe(recorded.events[0], .de)
            == "„Leitbild annehmen?“ festgehalten: Dafür 12, Dagegen 3, Enthaltung 0 – angenommen")
        #expect(EventDescription.describe(recorded.events[0], .en)
            == "“Leitbild annehmen?” recorded: For 12, Against 3, Abstain 0 – adopted")
        let reopened = try #require(try session.run(quick(.reopen(id: hands.id))))
        #expect(EventDescription.describe(reopened.events[0], .en) == "“Leitbild annehmen?” reopened")

        let line = try session.add(.addPositioning(title: "Wo?", poleA: "nah", poleB: "fern", segments: 3))
        let segment = try #require(try session.run(quick(.setCount(id: line.id, index: 1, count: 4))))
        #expect(EventDescription.describe(segment.events[0], .de) == "„Wo?“: Mitte 0 → 4")

        let list = try session.add(.addSignatureList(document: "Leitbild"))
        let signed = try #require(try session.run(quick(.addSignature(id: list.id, name: "Anna Müller"))))
        #expect(EventDescription.describe(signed.events[0], .de) == "„Anna Müller“ unterschreibt „Leitbild“")
        let listRecorded = try #require(try session.run(quick(.record(id: list.id, at: Date(timeIntervalSince1970: 0)))))
        #expect(EventDescription.describe(listRecorded.events[0], .en) == "“Leitbild” recorded: 1 signature(s)")
        try session.run(quick(.reopen(id: list.id)))
        let unsigned = try #require(try session.run(quick(.removeSignature(id: list.id, name: "Anna Müller"))))
        #expect(EventDescription.describe(unsigned.events[0], .en) == "Signature of “Anna Müller” under “Leitbild” removed")
        let removed = try #require(try session.run(quick(.remove(id: list.id))))
        #expect(EventDescription.describe(removed.events[0], .de) == "Unterschriftenliste: „Leitbild“ entfernt")
        let undone = try #require(try session.run(.undo))
        #expect(EventDescription.summary(undone, .de) == "Unterschriftenliste: „Leitbild“ entfernt")
    }

    @Test func everyErrorHasAMessageInBothLanguages() {
        let errors: [CommandError] = [
            .invalidOptionCount(1), .duplicateOption("Radverkehr"), .invalidDotsPerPerson(0), .invalidSegmentCount(10),
            .poleMissing, .countOutOfRange(-1), .optionIndexOutOfRange(3, count: 3), .decisionRecorded("Leitbild annehmen?"),
            .duplicateSignature("Anna Müller"), .unknownSignature("Anna Müller"), .notASignatureList("Annehmen?"),
            .emptyText(.decisionTitle), .textTooLong(.optionLabel, limit: 80, length: 81),
        ]
        for error in errors {
            let german = error.message(in: .de)
            let english = error.message(in: .en)
            #expect(!german.isEmpty && !english.isEmpty && german != english, "\(error)")
            #expect(german.range(of: #"\{\d+\}"#, options: .regularExpression) == nil, "\(german)")
            #expect(english.range(of: #"\{\d+\}"#, options: .regularExpression) == nil, "\(english)")
        }
        #expect(CommandError.decisionRecorded("Leitbild annehmen?").message(in: .de)
            == "„Leitbild annehmen?“ ist festgehalten und kann nicht mehr geändert werden. Zum Ändern erst mit o wieder öffnen.")
        #expect(CommandError.decisionRecorded("X").message(in: .en).contains("Reopen it with o"))
        #expect(CommandError.invalidOptionCount(21).message(in: .de)
            == "Eine Punktabfrage braucht 2 bis 20 verschiedene Optionen, eingegeben sind 21.")
        #expect(CommandError.invalidDotsPerPerson(0).message(in: .en)
            == "0 dots per person is not possible: please enter a number from 1 to 20.")
        #expect(CommandError.invalidSegmentCount(10).message(in: .de)
            == "10 Abschnitte geht nicht: bitte die Linie in 2 bis 9 Abschnitte teilen.")
        #expect(CommandError.countOutOfRange(-1).message(in: .en) == "-1 is not possible: please enter a count from 0 to 100000.")
        #expect(CommandError.optionIndexOutOfRange(3, count: 3).message(in: .en)
            == "There is no option no. 4: this decision has 3 options.")
        #expect(CommandError.duplicateSignature("Anna Müller").message(in: .de) == "„Anna Müller“ hat schon unterschrieben.")
    }

    @Test func kindsAndOptionsHaveLabelsInBothLanguages() {
        for language in Language.allCases {
            let labels = QuickDecisionKind.allCases.map { $0.label(language) }
            #expect(Set(labels).count == labels.count && !labels.contains(""))
        }
        #expect(QuickDecisionKind.showOfHands.label(.de) == "Handzeichen")
        #expect(QuickDecisionKind.dotVoting.label(.en) == "Dot voting")
        #expect(QuickDecisionKind.signatures.label(.de) == "Unterschriftenliste")
        #expect(TextFieldKind.decisionTitle.label(.de) != TextFieldKind.decisionTitle.label(.en))

        let hands = QuickDecision(id: EntityID("h"), kind: .showOfHands, title: "?", options: QuickDecision.showOfHandsOptions)
        #expect((0..<3).map { hands.optionLabel($0, .en) } == ["For", "Against", "Abstain"])
        #expect((0..<3).map { hands.optionLabel($0, .de) } == ["Dafür", "Dagegen", "Enthaltung"])
        let line = QuickDecision(id: EntityID("p"), kind: .positioning, title: "?",
                                 options: QuickDecision.segmentLabels(poleA: "A", poleB: "B", segments: 5), poles: ["A", "B"])
        #expect((0..<5).map { line.optionLabel($0, .en) } == ["A", "Segment 2", "Mitte", "Segment 4", "B"])
    }
}
