import Foundation
import Testing
import WorkshopModel

private func id(_ raw: String) -> EntityID { EntityID(raw) }

/// The six labs of meeting 4 (domain §4) as drafts; the last two are illustrative.
private let labDrafts = [
    ProposalDraft(title: "City-Logistik unter Nachhaltigkeitsgesichtspunkten", description: "Lieferverkehr bündeln"),
    ProposalDraft(title: "Hybride Formen des Handels"),
    ProposalDraft(title: "Bottroper Unternehmen wirtschaften nachhaltig"),
    ProposalDraft(title: "Digitale Koproduktion im Handwerk"),
    ProposalDraft(title: "Leerstandsbörse Innenstadt"),
    ProposalDraft(title: "Gründungscafé für Studierende"),
]

private func addLabRound(raters: [String] = ["", "", ""], choose: Int = 4,
                         rule: MissingRatingRule = .leaveOut) -> WorkshopCommand {
    .consensing(.addRound(question: "Welche Reallabore starten wir?", proposals: labDrafts, raterNames: raters,
                          chooseCount: choose, missingRule: rule))
}

/// A session with one round of the six labs and three numbered raters; ids come from the
/// session's sequence (`id-1` … `id-6` proposals, `id-7` … `id-9` raters, `id-10` passive,
/// `id-11` the round).
private func labSession(raters: [String] = ["", "", ""]) throws -> Session {
    var session = Session()
    try session.run(addLabRound(raters: raters))
    return session
}

private extension Session {
    var round: ConsensingRound { workshop.rounds[0] }
    var roundID: EntityID { round.id }

    func proposal(_ index: Int) -> EntityID { round.proposals[index].id }
    func rater(_ index: Int) -> EntityID { round.raters[index].id }

    @discardableResult
    mutating func rate(_ rater: Int, _ proposal: Int, _ value: Int?) throws(CommandError) -> EventRecord? {
        try run(.consensing(.setRating(roundID: roundID, raterID: self.rater(rater), proposalID: self.proposal(proposal),
                                       value: value)))
    }
}

@Suite struct ConsensingDeciderTests {
    // MARK: Setting up a round

    @Test func aNewRoundHasItsProposalsThePassiveSolutionAndNumberedRaters() throws {
        let session = try labSession()
        let round = session.round
        #expect(round.question == "Welche Reallabore starten wir?")
        #expect(round.proposals.count == 7)
        #expect(round.proposals.map(\.title).prefix(6) == labDrafts.map(\.title)[...])
        #expect(round.proposals[0].description == "Lieferverkehr bündeln")
        #expect(round.proposals.last?.title == "Passivlösung: Alles bleibt, wie es ist")
        #expect(round.proposals.last?.isPassive == true)
        #expect(round.passiveProposal == round.proposals.last)
        #expect(round.activeProposals.count == 6)
        #expect(round.raters.map(\.name) == ["Person 1", "Person 2", "Person 3"])
        #expect(round.scaleMaximum == 10)
        #expect(round.chooseCount == 4)
        #expect(round.missingRule == .leaveOut)
        #expect(round.status == .collecting)
        #expect(round.closedAt == nil && round.frozenResult == nil)
        #expect(session.workshop.itemCount(for: .consensing) == 1)
        #expect(session.records.last?.events.count == 1) // one event: the round with everything in it
    }

    @Test func namesAndTitlesAreCleanedAndEmptyDraftsSkipped() throws {
        var session = Session()
        try session.run(.consensing(.addRound(
            question: "  Wohin?\u{1B}[31m ", proposals: [ProposalDraft(title: " Zoo "), ProposalDraft(title: "", description: " "),
                                                          ProposalDraft(title: "Kino", description: "Zeile 1\nZeile 2")],
            passiveTitle: "  ", raterNames: ["Anna Müller", " ", "Jörg"], scaleMaximum: 5, chooseCount: 1,
            missingRule: .countAsMidpoint)))
        let round = session.round
        #expect(round.question == "Wohin?")
        #expect(round.proposals.map(\.title) == ["Zoo", "Kino", ConsensingRound.defaultPassiveTitle])
        #expect(round.proposals[1].description == "Zeile 1\nZeile 2")
        #expect(round.raters.map(\.name) == ["Anna Müller", "Person 2", "Jörg"])
        #expect(round.scaleMaximum == 5 && round.missingRule == .countAsMidpoint)
    }

    @Test func aRoundWithoutProposalsOrRatersIsRefused() {
        let session = Session()
        let decide = { (command: ConsensingCommand) throws(CommandError) in
            _ = try CommandDecider.decide(.consensing(command), in: session.state)
        }
        #expect(throws: CommandError.roundNeedsProposals) {
            try decide(.addRound(question: "Q", proposals: [], raterNames: ["A"], chooseCount: 1))
        }
        #expect(throws: CommandError.roundNeedsProposals) {
            try decide(.addRound(question: "Q", proposals: [ProposalDraft(title: " ")], raterNames: ["A"], chooseCount: 1))
        }
        #expect(throws: CommandError.roundNeedsRaters) {
            try decide(.addRound(question: "Q", proposals: [ProposalDraft(title: "A")], raterNames: [], chooseCount: 1))
        }
        #expect(throws: CommandError.emptyText(.question)) {
            try decide(.addRound(question: " ", proposals: [ProposalDraft(title: "A")], raterNames: ["X"], chooseCount: 1))
        }
        #expect(throws: CommandError.emptyText(.proposalTitle)) {
            try decide(.addRound(question: "Q", proposals: [ProposalDraft(title: "", description: "nur Text")],
                                 raterNames: ["X"], chooseCount: 1))
        }
        #expect(throws: CommandError.textTooLong(.question, limit: 300, length: 301)) {
            try decide(.addRound(question: String(repeating: "q", count: 301), proposals: [ProposalDraft(title: "A")],
                                 raterNames: ["X"], chooseCount: 1))
        }
    }

    @Test func scaleChooseCountAndDuplicatesAreChecked() {
        let session = Session()
        func decide(_ command: ConsensingCommand) throws(CommandError) {
            _ = try CommandDecider.decide(.consensing(command), in: session.state)
        }
        let two = [ProposalDraft(title: "A"), ProposalDraft(title: "B")]
        for scale in [0, 1, 3, 7, 11, -10] {
            #expect(throws: CommandError.invalidScale(scale)) {
                try decide(.addRound(question: "Q", proposals: two, raterNames: ["X"], scaleMaximum: scale, chooseCount: 1))
            }
        }
        for scale in ConsensingRound.allowedScales {
            #expect(throws: Never.self) {
                try decide(.addRound(question: "Q", proposals: two, raterNames: ["X"], scaleMaximum: scale, chooseCount: 1))
            }
        }
        #expect(throws: CommandError.invalidChooseCount(0, maximum: 2)) {
            try decide(.addRound(question: "Q", proposals: two, raterNames: ["X"], chooseCount: 0))
        }
        #expect(throws: CommandError.invalidChooseCount(3, maximum: 2)) { // the passive solution is not counted
            try decide(.addRound(question: "Q", proposals: two, raterNames: ["X"], chooseCount: 3))
        }
        #expect(throws: CommandError.duplicateProposal("a")) {
            try decide(.addRound(question: "Q", proposals: two + [ProposalDraft(title: "a")], raterNames: ["X"], chooseCount: 1))
        }
        #expect(throws: CommandError.duplicateProposal("Nichts tun")) {
            try decide(.addRound(question: "Q", proposals: [ProposalDraft(title: "Nichts tun")], passiveTitle: "Nichts tun",
                                 raterNames: ["X"], chooseCount: 1))
        }
        #expect(throws: CommandError.duplicateRater("anna")) {
            try decide(.addRound(question: "Q", proposals: two, raterNames: ["Anna", "anna"], chooseCount: 1))
        }
    }

    @Test func numberedNamesSkipNamesAlreadyTaken() throws {
        var session = Session()
        try session.run(.consensing(.addRound(question: "Q", proposals: [ProposalDraft(title: "A")],
                                              raterNames: ["Person 2", "", ""], chooseCount: 1)))
        #expect(session.round.raters.map(\.name) == ["Person 2", "Person 3", "Person 4"])
    }

    @Test func editingARound() throws {
        var session = try labSession()
        try session.run(.consensing(.editRound(id: session.roundID, question: "Welche vier Reallabore?", chooseCount: 2,
                                               missingRule: .countAsMaximum)))
        #expect(session.round.question == "Welche vier Reallabore?")
        #expect(session.round.chooseCount == 2 && session.round.missingRule == .countAsMaximum)
        #expect(try session.run(.consensing(.editRound(id: session.roundID, question: "Welche vier Reallabore?", chooseCount: 2,
                                                       missingRule: .countAsMaximum))) == nil)
        #expect(throws: CommandError.invalidChooseCount(7, maximum: 6)) {
            try session.run(.consensing(.editRound(id: session.roundID, question: "Q", chooseCount: 7, missingRule: .leaveOut)))
        }
        #expect(throws: CommandError.unknownItem) {
            try session.run(.consensing(.editRound(id: id("nope"), question: "Q", chooseCount: 1, missingRule: .leaveOut)))
        }
    }

    // MARK: Proposals and raters

    @Test func proposalsAreAddedBeforeThePassiveSolutionRenamedAndRemoved() throws {
        var session = try labSession()
        try session.run(.consensing(.addProposal(roundID: session.roundID, title: "Mobilitätsstation", description: "")))
        #expect(session.round.proposals.map(\.title).suffix(2) == ["Mobilitätsstation", ConsensingRound.defaultPassiveTitle])
        #expect(throws: CommandError.duplicateProposal("HYBRIDE FORMEN DES HANDELS")) {
            try session.run(.consensing(.addProposal(roundID: session.roundID, title: "HYBRIDE FORMEN DES HANDELS", description: "")))
        }

        let passive = session.round.proposals.last!.id
        try session.run(.consensing(.renameProposal(roundID: session.roundID, proposalID: passive,
                                                    title: "Wir entscheiden heute nichts", description: "Status quo")))
        #expect(session.round.passiveProposal?.title == "Wir entscheiden heute nichts")
        #expect(throws: CommandError.duplicateProposal("Wir entscheiden heute nichts")) {
            try session.run(.consensing(.renameProposal(roundID: session.roundID, proposalID: session.proposal(0),
                                                        title: "Wir entscheiden heute nichts", description: "")))
        }
        // Renaming to itself in another case is fine.
        try session.run(.consensing(.renameProposal(roundID: session.roundID, proposalID: session.proposal(1),
                                                    title: "hybride Formen des Handels", description: "")))

        // Removing a proposal drops its values; k shrinks when fewer proposals remain.
        try session.rate(0, 1, 3)
        try session.rate(1, 1, 4)
        try session.rate(0, 2, 5)
        let removed = session.proposal(1)
        try session.run(.consensing(.removeProposal(roundID: session.roundID, proposalID: removed)))
        #expect(!session.round.proposals.contains { $0.id == removed })
        #expect(session.workshop.ratings.map(\.value) == [5])
        #expect(session.round.chooseCount == 4)
        for _ in 0..<3 {
            try session.run(.consensing(.removeProposal(roundID: session.roundID, proposalID: session.proposal(0))))
        }
        #expect(session.round.activeProposals.count == 3)
        #expect(session.round.chooseCount == 3)
    }

    @Test func thePassiveSolutionIsRemovedOnlyOnPurpose() throws {
        var session = try labSession()
        let passive = try #require(session.round.passiveProposal)
        #expect(throws: CommandError.passiveSolutionRemoval(passive.title)) {
            try session.run(.consensing(.removeProposal(roundID: session.roundID, proposalID: passive.id)))
        }
        try session.rate(0, 6, 0)
        try session.run(.consensing(.removeProposal(roundID: session.roundID, proposalID: passive.id, force: true)))
        #expect(session.round.passiveProposal == nil)
        #expect(session.workshop.ratings.isEmpty)
        try session.run(.undo)
        #expect(session.round.passiveProposal == passive)
        #expect(session.workshop.ratings.count == 1)
    }

    @Test func theLastProposalAndTheLastRaterStay() throws {
        var session = Session()
        try session.run(.consensing(.addRound(question: "Q", proposals: [ProposalDraft(title: "Einzig")], raterNames: ["A"],
                                              chooseCount: 1)))
        #expect(throws: CommandError.roundNeedsProposals) {
            try session.run(.consensing(.removeProposal(roundID: session.roundID, proposalID: session.proposal(0))))
        }
        #expect(throws: CommandError.roundNeedsRaters) {
            try session.run(.consensing(.removeRater(roundID: session.roundID, raterID: session.rater(0))))
        }
    }

    @Test func ratersAreAddedNumberedOnAndRemovedWithTheirValues() throws {
        var session = try labSession(raters: ["Anna", "", "Bert"])
        #expect(session.round.raters.map(\.name) == ["Anna", "Person 2", "Bert"])
        try session.run(.consensing(.addRaters(roundID: session.roundID, names: ["", "Carla", ""])))
        #expect(session.round.raters.map(\.name) == ["Anna", "Person 2", "Bert", "Person 4", "Carla", "Person 6"])
        #expect(try session.run(.consensing(.addRaters(roundID: session.roundID, names: []))) == nil)
        #expect(throws: CommandError.duplicateRater("ANNA")) {
            try session.run(.consensing(.addRaters(roundID: session.roundID, names: ["ANNA"])))
        }
        #expect(throws: CommandError.textTooLong(.raterName, limit: 80, length: 81)) {
            try session.run(.consensing(.addRaters(roundID: session.roundID, names: [String(repeating: "n", count: 81)])))
        }

        try session.rate(1, 0, 2)
        try session.rate(1, 3, 7)
        try session.rate(2, 0, 1)
        let record = try #require(try session.run(.consensing(.removeRater(roundID: session.roundID, raterID: session.rater(1)))))
        #expect(record.events.count == 3) // two values and the round
        #expect(session.round.raters.map(\.name) == ["Anna", "Bert", "Person 4", "Carla", "Person 6"])
        #expect(session.workshop.ratings.map(\.value) == [1])
        try session.run(.undo)
        #expect(session.workshop.ratings.map(\.value) == [2, 7, 1])
        #expect(session.round.raters[1].name == "Person 2")
    }

    // MARK: Values

    @Test func valuesAreEnteredCorrectedAndCleared() throws {
        var session = try labSession()
        let record = try #require(try session.rate(0, 0, 7))
        #expect(record.events.count == 1)
        let rating = try #require(session.workshop.ratings.first)
        #expect(rating.value == 7)
        #expect(rating.id == EntityID("\(session.roundID)|\(session.rater(0))|\(session.proposal(0))"))
        #expect(session.workshop.rating(roundID: session.roundID, raterID: session.rater(0), proposalID: session.proposal(0)) == 7)

        try session.rate(0, 0, 3)
        #expect(session.workshop.ratings.map(\.value) == [3])
        #expect(try session.rate(0, 0, 3) == nil) // same value: no change
        try session.rate(0, 0, nil)
        #expect(session.workshop.ratings.isEmpty)
        #expect(try session.rate(0, 0, nil) == nil)

        for value in [0, 10] { try session.rate(1, 1, value) }
        #expect(session.workshop.ratings.map(\.value) == [10])
    }

    @Test func valuesOutsideTheScaleAreRefusedWithAClearMessage() throws {
        var session = try labSession()
        for value in [11, -1, 100, Int.max, Int.min] {
            #expect(throws: CommandError.ratingOutOfRange(value, maximum: 10)) { try session.rate(0, 0, value) }
        }
        #expect(session.workshop.ratings.isEmpty)
        #expect(CommandError.ratingOutOfRange(11, maximum: 10).message(in: .de)
            == "11 liegt außerhalb der Skala: bitte einen Wert von 0 bis 10 eingeben.")
        #expect(CommandError.ratingOutOfRange(3, maximum: 2).message(in: .en)
            == "3 is outside the scale: please enter a value from 0 to 2.")

        var hands = Session()
        try hands.run(.consensing(.addRound(question: "Q", proposals: [ProposalDraft(title: "A")], raterNames: ["X"],
                                            scaleMaximum: 2, chooseCount: 1)))
        #expect(throws: CommandError.ratingOutOfRange(3, maximum: 2)) { try hands.rate(0, 0, 3) }
        try hands.rate(0, 0, 2)
    }

    @Test func unknownRoundsRatersAndProposalsAreRefused() throws {
        var session = try labSession()
        #expect(throws: CommandError.unknownItem) {
            try session.run(.consensing(.setRating(roundID: id("nope"), raterID: session.rater(0), proposalID: session.proposal(0), value: 1)))
        }
        #expect(throws: CommandError.unknownItem) {
            try session.run(.consensing(.setRating(roundID: session.roundID, raterID: id("nope"), proposalID: session.proposal(0), value: 1)))
        }
        #expect(throws: CommandError.unknownItem) {
            try session.run(.consensing(.setRating(roundID: session.roundID, raterID: session.rater(0), proposalID: id("nope"), value: 1)))
        }
        #expect(throws: CommandError.unknownItem) { try session.run(.consensing(.reveal(roundID: id("nope")))) }
        #expect(throws: CommandError.unknownItem) { try session.run(.consensing(.removeRound(id: id("nope")))) }
        #expect(throws: CommandError.unknownItem) {
            try session.run(.consensing(.removeRater(roundID: session.roundID, raterID: id("nope"))))
        }
    }

    // MARK: Reveal, close, reopen

    @Test func revealIsAllowedWithMissingValues() throws {
        var session = try labSession()
        try session.rate(0, 0, 2)
        try session.run(.consensing(.reveal(roundID: session.roundID)))
        #expect(session.round.status == .revealed)
        #expect(session.workshop.result(for: session.round).missingValues == 3 * 7 - 1)
        #expect(try session.run(.consensing(.reveal(roundID: session.roundID))) == nil)
        try session.rate(1, 0, 4) // corrections after the reveal are fine
        #expect(session.workshop.ratings.count == 2)
    }

    @Test func closingFreezesTheResultAndRefusesValuesUntilReopened() throws {
        var session = try labSession()
        for rater in 0..<3 {
            for proposal in 0..<7 { try session.rate(rater, proposal, (rater + proposal * 3) % 11) }
        }
        let live = session.workshop.result(for: session.round)
        let closedAt = Date(timeIntervalSince1970: 1_490_270_400.75)
        try session.run(.consensing(.close(roundID: session.roundID, at: closedAt)))
        #expect(session.round.status == .closed)
        #expect(session.round.closedAt == Date(timeIntervalSince1970: 1_490_270_400))
        #expect(session.round.frozenResult == live)
        #expect(session.workshop.result(for: session.round) == live)

        #expect(throws: CommandError.roundClosed) { try session.rate(0, 0, 1) }
        #expect(throws: CommandError.roundClosed) { try session.rate(0, 0, nil) }
        #expect(throws: CommandError.roundClosed) {
            try session.run(.consensing(.addProposal(roundID: session.roundID, title: "Neu", description: "")))
        }
        #expect(throws: CommandError.roundClosed) { try session.run(.consensing(.addRaters(roundID: session.roundID, names: ["X"]))) }
        #expect(throws: CommandError.roundClosed) { try session.run(.consensing(.reveal(roundID: session.roundID))) }
        #expect(throws: CommandError.roundClosed) { try session.run(.consensing(.close(roundID: session.roundID, at: closedAt))) }
        #expect(throws: CommandError.roundClosed) {
            try session.run(.consensing(.editRound(id: session.roundID, question: session.round.question, chooseCount: 3,
                                                   missingRule: .leaveOut)))
        }
        // The question can still be corrected for the protocol.
        try session.run(.consensing(.editRound(id: session.roundID, question: "Auswahl der Reallabore", chooseCount: 4,
                                               missingRule: .leaveOut)))
        #expect(session.round.frozenResult == live)

        let closeRecord = session.records.first { record in
            record.events.contains { if case let .rounds(.replace(_, new)) = $0 { new.status == .closed } else { false } }
        }
        try session.run(.consensing(.reopen(roundID: session.roundID)))
        #expect(session.round.status == .collecting)
        #expect(session.round.frozenResult == nil && session.round.closedAt == nil)
        #expect(try session.run(.consensing(.reopen(roundID: session.roundID))) == nil)
        try session.rate(0, 0, 10)
        #expect(session.workshop.result(for: session.round) != live)

        // The history still holds the decision that was recorded.
        guard case let .rounds(.replace(_, closed))? = closeRecord?.events.first else {
            Issue.record("no close record")
            return
        }
        #expect(closed.frozenResult == live)
        #expect(EventDescription.describe(closeRecord!.events[0], .de).hasPrefix("Runde „Welche Reallabore starten wir?“ abgeschlossen, gewählt: „"))
    }

    @Test func removingARoundRemovesItsValuesAndUndoBringsThemBack() throws {
        var session = try labSession()
        try session.run(.consensing(.addRound(question: "Zweite Runde", proposals: [ProposalDraft(title: "A")], raterNames: ["X"],
                                              chooseCount: 1)))
        try session.rate(0, 0, 1)
        try session.rate(2, 3, 9)
        try session.run(.consensing(.setRating(roundID: session.workshop.rounds[1].id, raterID: session.workshop.rounds[1].raters[0].id,
                                               proposalID: session.workshop.rounds[1].proposals[0].id, value: 5)))
        let before = session.workshop
        try session.run(.consensing(.removeRound(id: session.roundID)))
        #expect(session.workshop.rounds.map(\.question) == ["Zweite Runde"])
        #expect(session.workshop.ratings.map(\.value) == [5])
        try session.run(.undo)
        #expect(session.workshop == before)
        try session.run(.redo)
        #expect(session.workshop.rounds.count == 1)
    }

    // MARK: Import

    @Test func anImportAddsRatersAndValuesInOneUndoableRecord() throws {
        var session = try labSession(raters: ["Anna", "Bert"])
        let p = (0..<7).map { session.proposal($0) }
        let rows = [
            ImportedRow(line: 2, name: "anna", values: [p[0]: 1, p[6]: 8]),  // matches the rater "Anna" (no values yet)
            ImportedRow(line: 3, name: "Jürgen Weiß", values: [p[1]: 0, p[2]: 10]),
            ImportedRow(line: 4, name: "Person 9", values: [:]),
        ]
        let before = session.workshop
        let record = try #require(try session.run(.consensing(.importRatings(roundID: session.roundID, rows: rows))))
        #expect(session.round.raters.map(\.name) == ["Anna", "Bert", "Jürgen Weiß", "Person 9"])
        #expect(session.workshop.ratings.count == 4)
        #expect(session.workshop.rating(roundID: session.roundID, raterID: session.rater(0), proposalID: p[6]) == 8)
        #expect(session.workshop.rating(roundID: session.roundID, raterID: session.rater(2), proposalID: p[2]) == 10)
        #expect(record.events.count == 5) // the raters, then four values

        try session.run(.undo)
        #expect(session.workshop == before)

        // Anna has values now: a second import of her is refused, and nothing of it happens.
        try session.run(.redo)
        let snapshot = session.workshop
        #expect(throws: CommandError.raterAlreadyRated("Anna")) {
            try session.run(.consensing(.importRatings(roundID: session.roundID,
                                                       rows: [ImportedRow(name: "Neu", values: [p[0]: 2]),
                                                              ImportedRow(name: "ANNA", values: [p[1]: 2])])))
        }
        #expect(session.workshop == snapshot)
        #expect(throws: CommandError.duplicateRater("neu")) {
            try session.run(.consensing(.importRatings(roundID: session.roundID,
                                                       rows: [ImportedRow(name: "Neu", values: [:]), ImportedRow(name: "neu", values: [:])])))
        }
        #expect(throws: CommandError.ratingOutOfRange(11, maximum: 10)) {
            try session.run(.consensing(.importRatings(roundID: session.roundID, rows: [ImportedRow(name: "Neu", values: [p[0]: 11])])))
        }
        #expect(throws: CommandError.unknownItem) {
            try session.run(.consensing(.importRatings(roundID: session.roundID, rows: [ImportedRow(name: "Neu", values: [id("x"): 1])])))
        }
        #expect(try session.run(.consensing(.importRatings(roundID: session.roundID, rows: []))) == nil)
    }

    // MARK: Through a real store

    @Test func undoOfAValueAndOfAnImportThroughTheStore() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("konsensieren.allianz")
        var store = try WorkshopStore.create(at: path, content: WorkshopTemplate.empty.content(title: "Treffen 4"),
                                             author: "test@host")
        try store.execute(addLabRound())
        let round = try #require(store.state.workshop.rounds.first)
        let empty = store.state.workshop

        // One typed value is one record, and one undo.
        let typed = try #require(try store.execute(.consensing(.setRating(roundID: round.id, raterID: round.raters[0].id,
                                                                          proposalID: round.proposals[0].id, value: 7))))
        #expect(typed.events.count == 1)
        #expect(EventDescription.summary(typed, .de, in: store.state.workshop)
            == "Wert 7 für „City-Logistik unter Nachhaltigkeitsgesichtspunkten“ von Person 1")
        try store.execute(.consensing(.setRating(roundID: round.id, raterID: round.raters[0].id,
                                                 proposalID: round.proposals[0].id, value: 4)))
        try store.execute(.undo)
        #expect(store.state.workshop.rating(roundID: round.id, raterID: round.raters[0].id, proposalID: round.proposals[0].id) == 7)
        let undoneFirst = try #require(try store.execute(.undo))
        #expect(EventDescription.summary(undoneFirst, .en, in: store.state.workshop)
            == "Value 7 for “City-Logistik unter Nachhaltigkeitsgesichtspunkten” by Person 1")
        #expect(store.state.workshop == empty)

        // An import is one record; one undo takes back raters and values, also after a restart.
        let csv = """
            Name;Hybride Formen des Handels;Digitale Koproduktion im Handwerk
            Person 2;3;1
            Jürgen Weiß;0;10
            """
        let rows = try RatingsCSV.parse(csv, round: round, ratings: store.state.workshop.ratings).get()
        let imported = try #require(try store.execute(.consensing(.importRatings(roundID: round.id, rows: rows))))
        #expect(imported.events.count == 5)
        let afterImport = store.state.workshop
        #expect(afterImport.rounds[0].raters.map(\.name) == ["Person 1", "Person 2", "Person 3", "Jürgen Weiß"])
        #expect(afterImport.ratings.count == 4)

        try store.close()
        store = try WorkshopStore.open(at: path, author: "test@host")
        #expect(store.state.workshop == afterImport)
        try store.execute(.undo)
        #expect(store.state.workshop == empty)
        try store.execute(.redo)
        #expect(store.state.workshop == afterImport)

        // Closing survives a restart exactly (the time is kept to the second).
        try store.execute(.consensing(.close(roundID: round.id, at: Date(timeIntervalSince1970: 1_490_270_400.5))))
        let closed = store.state.workshop
        try store.close()
        store = try WorkshopStore.open(at: path, author: "test@host")
        #expect(store.state.workshop == closed)
        #expect(executeError(store, .consensing(.setRating(roundID: round.id, raterID: round.raters[0].id,
                                                           proposalID: round.proposals[0].id, value: 1)))
            == .rejected(.roundClosed))
        #expect(store.state == WorkshopReducer.replay(try store.allRecords()))
        try store.close()
    }

    @Test func aWorkshopWithRoundsIsCreatedAndExportedWithThem() throws {
        var session = try labSession()
        try session.rate(0, 0, 3)
        let content = session.workshop
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let store = try WorkshopStore.create(at: directory.path("mit-runde.allianz"), content: content, author: "t@h")
        #expect(store.state.workshop == content)
        try store.close()

        let data = try WorkshopExport(state: session.state).jsonData()
        let text = try #require(String(data: data, encoding: .utf8))
        #expect(text.contains("\"rounds\"") && text.contains("\"ratings\""))
        #expect(text.contains("Passivlösung: Alles bleibt, wie es ist"))
    }

    @Test func olderSnapshotsWithoutRoundsStillRead() throws {
        let json = #"{"info":{"title":"Alt","date":"","place":""},"cards":[]}"#
        let workshop = try JSONDecoder().decode(Workshop.self, from: Data(json.utf8))
        #expect(workshop.rounds.isEmpty && workshop.ratings.isEmpty)
    }

    // MARK: Descriptions and messages

    @Test func eventsAreDescribedShortlyInBothLanguages() throws {
        var session = try labSession()
        let added = try #require(session.records.last)
        #expect(EventDescription.summary(added, .de) == "Systemisches Konsensieren: „Welche Reallabore starten wir?“ hinzugefügt")
        let value = try #require(try session.rate(2, 1, 7))
        #expect(EventDescription.describe(value.events[0], .de, in: session.workshop)
            == "Wert 7 für „Hybride Formen des Handels“ von Person 3")
        #expect(EventDescription.describe(value.events[0], .en, in: session.workshop)
            == "Value 7 for “Hybride Formen des Handels” by Person 3")
        #expect(EventDescription.describe(value.events[0], .de) == "Wert 7 eingetragen")
        let corrected = try #require(try session.rate(2, 1, 2))
        #expect(EventDescription.describe(corrected.events[0], .de, in: session.workshop)
            == "Wert 7 → 2 für „Hybride Formen des Handels“ von Person 3")
        let cleared = try #require(try session.rate(2, 1, nil))
        #expect(EventDescription.describe(cleared.events[0], .en, in: session.workshop)
            == "Value for “Hybride Formen des Handels” by Person 3 cleared")
        let revealed = try #require(try session.run(.consensing(.reveal(roundID: session.roundID))))
        #expect(EventDescription.describe(revealed.events[0], .de) == "Ergebnis von „Welche Reallabore starten wir?“ aufgedeckt")
        let raters = try #require(try session.run(.consensing(.addRaters(roundID: session.roundID, names: ["Anna", ""]))))
        #expect(EventDescription.describe(raters.events[0], .en) == "Raters added to “Welche Reallabore starten wir?”: Anna, Person 5")
        let proposal = try #require(try session.run(.consensing(.addProposal(roundID: session.roundID, title: "Neu", description: ""))))
        #expect(EventDescription.describe(proposal.events[0], .de) == "Vorschlag „Neu“ zu „Welche Reallabore starten wir?“ hinzugefügt")
        let reopened = try #require(try session.run(.consensing(.reopen(roundID: session.roundID))))
        #expect(EventDescription.describe(reopened.events[0], .en) == "Round “Welche Reallabore starten wir?” reopened")
    }

    @Test func everyNewErrorHasAMessageInBothLanguages() {
        let errors: [CommandError] = [
            .ratingOutOfRange(11, maximum: 10), .roundNeedsProposals, .roundNeedsRaters, .invalidChooseCount(5, maximum: 4),
            .invalidScale(7), .duplicateProposal("Hybride Formen des Handels"), .duplicateRater("Anna Müller"),
            .raterAlreadyRated("Anna Müller"), .passiveSolutionRemoval("Passivlösung"), .roundClosed,
            .emptyText(.question), .textTooLong(.proposalDescription, limit: 500, length: 501), .emptyText(.raterName),
            .emptyText(.proposalTitle),
        ]
        for error in errors {
            let german = error.message(in: .de)
            let english = error.message(in: .en)
            #expect(!german.isEmpty && !english.isEmpty && german != english, "\(error)")
            #expect(german.range(of: #"\{\d+\}"#, options: .regularExpression) == nil, "\(german)")
            #expect(english.range(of: #"\{\d+\}"#, options: .regularExpression) == nil, "\(english)")
        }
        #expect(CommandError.invalidChooseCount(5, maximum: 4).message(in: .de)
            == "5 von 4 Vorschlägen auswählen geht nicht: bitte eine Zahl von 1 bis 4 eingeben.")
        #expect(CommandError.textTooLong(.proposalDescription, limit: 500, length: 501).message(in: .de)
            == "„Beschreibung des Vorschlags“ ist zu lang: 501 Zeichen, höchstens 500 erlaubt. Bitte kürzen.")
        #expect(TextFieldKind.proposalDescription.isMultiline && !TextFieldKind.proposalDescription.isRequired)
        #expect(TextFieldKind.question.limit == 300 && TextFieldKind.proposalTitle.limit == 120 && TextFieldKind.raterName.limit == 80)
        for rule in MissingRatingRule.allCases {
            #expect(rule.label(.de) != rule.label(.en))
        }
    }
}
