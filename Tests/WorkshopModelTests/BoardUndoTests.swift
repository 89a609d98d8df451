import Foundation
import Testing
import WorkshopModel
import TestKit

private typealias Fixture = BoardTestFixture

private func id(_ raw: String) -> EntityID { EntityID(raw) }

/// One command of every board kind (and the variants that do more than one thing), each
/// allowed on ``BoardTestFixture/workshop``.
private let everyBoardCommand: [BoardCommand] = [
    .addBoard(kind: .swot, title: "SWOT Hafen", moderatorID: id("m1")),
    .addBoard(kind: .mindMap, title: "Mind Map Energie", moderatorID: nil),
    .editBoard(id: id("b1"), title: "Tisch Klima", moderatorID: nil),
    .removeBoard(id: id("b1")),
    .removeBoard(id: id("b2")),
    .addHeading(boardID: id("b2"), title: "Sonstiges"),
    .renameHeading(id: id("h2"), title: "Wärme"),
    .removeHeading(id: id("h1")),
    .removeHeading(id: id("h2")),
    .moveHeading(id: id("h1"), offset: 2),
    .moveHeading(id: id("s4"), offset: -1),
    .addCard(headingID: id("h3"), text: "Radwege\nausbauen", author: "Carla", tags: "Mobilität, Klimawandel",
             isPrepared: true, isCluster: false),
    .addCard(headingID: id("s1"), text: "Runde Karte", author: "", tags: "", isPrepared: false, isCluster: true),
    .editCard(id: id("c2"), text: "Mehr Stadtgrün", author: "", tags: "Stadtplanung"),
    .removeCard(id: id("c1")),
    .removeCard(id: id("c4")),
    .moveCard(id: id("c3"), toHeadingID: id("h2")),
    .moveCard(id: id("c2"), toHeadingID: id("s3")),
    .moveCard(id: id("c1"), toHeadingID: id("s4")),
    .moveCard(id: id("c7"), toHeadingID: id("s1")),
    .reorderCard(id: id("c3"), offset: -2),
    .reorderCard(id: id("c1"), offset: 1),
    .setCluster(cardID: id("c3"), clusterID: id("c1")),
    .setCluster(cardID: id("c2"), clusterID: nil),
    .formCluster(cardID: id("c4"), memberID: id("c5")),
    .formCluster(cardID: id("c2"), memberID: id("c3")),
    .toggleLink(from: id("c4"), to: id("c7")),
    .toggleLink(from: id("c5"), to: id("c1")),
]

/// Checks what must hold for the boards of every workshop the commands can produce.
private func checkBoardInvariants(_ workshop: Workshop, _ context: String,
                                  sourceLocation: SourceLocation = #_sourceLocation) {
    let boardIDs = Set(workshop.boards.map(\.id))
    let headings = Dictionary(workshop.headings.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let cards = Dictionary(workshop.cards.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let moderatorIDs = Set(workshop.moderators.map(\.id))
    #expect(boardIDs.count == workshop.boards.count, "duplicate board ids; \(context)", sourceLocation: sourceLocation)
    #expect(headings.count == workshop.headings.count, "duplicate heading ids; \(context)", sourceLocation: sourceLocation)
    #expect(cards.count == workshop.cards.count, "duplicate card ids; \(context)", sourceLocation: sourceLocation)
    for board in workshop.boards {
        #expect(!board.title.isEmpty && board.title.count <= TextFieldKind.boardTitle.limit, "\(context)", sourceLocation: sourceLocation)
        if let moderator = board.moderatorID {
            #expect(moderatorIDs.contains(moderator), "board \(board.id) moderator; \(context)", sourceLocation: sourceLocation)
        }
        if board.kind == .swot {
            // The fields may be renamed, but never removed.
            let fixed = workshop.headings.filter { $0.boardID == board.id && $0.isFixed }
            #expect(fixed.count == 4, "SWOT \(board.id) lost a fixed field; \(context)", sourceLocation: sourceLocation)
        }
    }
    for heading in workshop.headings {
        #expect(boardIDs.contains(heading.boardID), "heading \(heading.id) without board; \(context)", sourceLocation: sourceLocation)
    }
    for card in workshop.cards {
        guard let heading = headings[card.headingID] else {
            Issue.record("card \(card.id) without heading; \(context)", sourceLocation: sourceLocation)
            continue
        }
        #expect(card.boardID == heading.boardID, "card \(card.id) on the wrong board; \(context)", sourceLocation: sourceLocation)
        #expect(!card.text.isEmpty && card.text.count <= TextFieldKind.cardText.limit, "\(context)", sourceLocation: sourceLocation)
        #expect(card.tags.count <= 8 && Set(card.tags).count == card.tags.count, "\(context)", sourceLocation: sourceLocation)
        if let cluster = card.clusterID {
            let head = cards[cluster]
            #expect(!card.isCluster, "round card \(card.id) is a member; \(context)", sourceLocation: sourceLocation)
            #expect(head?.isCluster == true && head?.headingID == card.headingID,
                    "card \(card.id) grouped under \(cluster); \(context)", sourceLocation: sourceLocation)
        }
        #expect(card.links.allSatisfy { cards[$0] != nil && $0 != card.id }, "card \(card.id) links \(card.links); \(context)",
                sourceLocation: sourceLocation)
        #expect(Set(card.links).count == card.links.count, "\(context)", sourceLocation: sourceLocation)
    }
}

/// Picks a random board command that is likely (not certain) to be allowed.
private func randomBoardCommand(in workshop: Workshop, using generator: inout SeededGenerator) -> WorkshopCommand {
    let titles = ["Tisch", "SWOT Hafen", "Energie", "", String(repeating: "t", count: 121)]
    let texts = ["Idee", "Zwei\nZeilen", "\u{1B}[1mfett\u{1B}[0m", " ", String(repeating: "k", count: 501)]
    let tagLists = ["", "Klimawandel", "Klimawandel, , Governance,Klimawandel", (1...9).map { "T\($0)" }.joined(separator: ",")]
    let authors = ["", "Anna", "Bert"]
    let moderators: [EntityID?] = [nil, id("m1"), id("p1")]
    let board = workshop.boards.randomElement(using: &generator)
    let heading = workshop.headings.randomElement(using: &generator)
    let card = workshop.cards.randomElement(using: &generator)
    let other = workshop.cards.randomElement(using: &generator)
    let roundCard = workshop.cards.filter { $0.isCluster && $0.headingID == card?.headingID }.randomElement(using: &generator)
    let title = titles.randomElement(using: &generator)!
    let text = texts.randomElement(using: &generator)!
    let tags = tagLists.randomElement(using: &generator)!
    let author = authors.randomElement(using: &generator)!
    let moderator = moderators.randomElement(using: &generator)!
    let offset = Int.random(in: -3...3, using: &generator)
    let flag = Bool.random(using: &generator)
    switch Int.random(in: 0..<22, using: &generator) {
    case 0:
        return .board(.addBoard(kind: BoardKind.allCases.randomElement(using: &generator)!, title: title, moderatorID: moderator))
    case 1:
        guard let board else { return .undo }
        return .board(.editBoard(id: board.id, title: title, moderatorID: moderator))
    case 2:
        guard let board, workshop.boards.count > 2 else { return .undo }
        return .board(.removeBoard(id: board.id))
    case 3:
        guard let board else { return .redo }
        return .board(.addHeading(boardID: board.id, title: title))
    case 4:
        guard let heading else { return .redo }
        return .board(.renameHeading(id: heading.id, title: title))
    case 5:
        guard let heading, workshop.headings.count > 6 else { return .undo }
        return .board(.removeHeading(id: heading.id))
    case 6:
        guard let heading else { return .undo }
        return .board(.moveHeading(id: heading.id, offset: offset))
    case 7, 8, 9:
        guard let heading else { return .undo }
        return .board(.addCard(headingID: heading.id, text: text, author: author, tags: tags, isPrepared: flag,
                               isCluster: Int.random(in: 0..<3, using: &generator) == 0))
    case 10:
        guard let card else { return .undo }
        return .board(.editCard(id: card.id, text: text, author: author, tags: tags))
    case 11:
        guard let card else { return .undo }
        return .board(.removeCard(id: card.id))
    case 12:
        guard let card, let heading else { return .redo }
        return .board(.moveCard(id: card.id, toHeadingID: heading.id))
    case 13:
        guard let card else { return .redo }
        return .board(.reorderCard(id: card.id, offset: offset))
    case 14, 15:
        guard let card else { return .redo }
        return .board(.setCluster(cardID: card.id, clusterID: flag ? roundCard?.id : nil))
    case 16:
        guard let card else { return .redo }
        // Sometimes a card that is not a round card, which must be refused; or a new cluster.
        guard flag, let other else { return .board(.setCluster(cardID: card.id, clusterID: other?.id)) }
        return .board(.formCluster(cardID: card.id, memberID: other.id))
    case 17, 18:
        guard let card, let other else { return .redo }
        return .board(.toggleLink(from: card.id, to: other.id))
    case 19, 20:
        return .undo
    default:
        return .redo
    }
}

/// Runs `count` random board commands on the fixture, skipping the refused ones.
private func randomBoardSession(seed: UInt64, count: Int) -> Session {
    var generator = SeededGenerator(seed: seed)
    var session = Fixture.session()
    for step in 0..<count {
        let command = randomBoardCommand(in: session.workshop, using: &generator)
        _ = try? session.run(command)
        checkBoardInvariants(session.workshop, "seed \(seed), step \(step): \(command)")
    }
    return session
}

@Suite struct BoardUndoTests {
    // MARK: Undo through the store

    @Test(arguments: everyBoardCommand)
    func undoAndRedoOfEveryBoardCommand(command: BoardCommand) throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("pinnwand.allianz")
        var store = try WorkshopStore.create(at: path, content: Fixture.workshop, author: "test@host")
        let before = store.state.workshop
        #expect(before == Fixture.workshop)

        let change = try #require(try store.execute(.board(command)))
        #expect(change.kind == .change)
        let after = store.state.workshop
        #expect(after != before)
        checkBoardInvariants(after, "\(command)")

        let undo = try #require(try store.execute(.undo))
        #expect(undo.target == change.sequence)
        #expect(undo.events == change.events.reversed().map(\.inverse))
        #expect(store.state.workshop == before)
        try store.execute(.redo)
        #expect(store.state.workshop == after)
        try store.execute(.undo)
        #expect(store.state.workshop == before)

        // Redo survives a restart (in the same terminal: undo and redo are per terminal) …
        try store.close()
        store = try WorkshopStore.open(at: path, author: "test@host")
        #expect(store.state.workshop == before)
        try store.execute(.redo)
        #expect(store.state.workshop == after)

        // … and so does undo.
        try store.close()
        store = try WorkshopStore.open(at: path, author: "test@host")
        #expect(store.state.workshop == after)
        try store.execute(.undo)
        #expect(store.state.workshop == before)
        #expect(executeError(store, .undo) == .rejected(.nothingToUndo))
        try store.execute(.redo)
        #expect(store.state.workshop == after)
        #expect(store.state == WorkshopReducer.replay(try store.allRecords()))
        try store.close()
    }

    @Test func aChainOfBoardCommandsUndoesStepByStepAcrossRestarts() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("kette.allianz")
        var store = try WorkshopStore.create(at: path, content: Fixture.workshop, author: "test@host")

        /// Commands that need an identifier the store chose read it from the state.
        let steps: [(Workshop) -> BoardCommand] = [
            { _ in .addBoard(kind: .strategyCards, title: "Strategie", moderatorID: id("m1")) },
            { _ in .addHeading(boardID: id("b1"), title: "Neu") },
            { _ in .addCard(headingID: id("h1"), text: "Zweite runde Karte", author: "", tags: "", isPrepared: false, isCluster: true) },
            { _ in .setCluster(cardID: id("c3"), clusterID: id("c1")) },
            { workshop in .setCluster(cardID: id("c2"), clusterID: workshop.cards[workshop.cards.count - 1].id) },
            { _ in .toggleLink(from: id("c6"), to: id("c3")) },
            { _ in .moveCard(id: id("c1"), toHeadingID: id("s2")) },
            { _ in .reorderCard(id: id("c1"), offset: -5) },
            { _ in .moveHeading(id: id("h3"), offset: -2) },
            { _ in .renameHeading(id: id("s1"), title: "Stärken") },
            { _ in .editCard(id: id("c4"), text: "Fernwärme\nausbauen", author: "", tags: "Energie") },
            { workshop in .addCard(headingID: workshop.headings[workshop.headings.count - 1].id, text: "Auf der neuen Überschrift",
                                   author: "Bert", tags: "", isPrepared: false, isCluster: false) },
            { _ in .removeCard(id: id("c3")) },
            { _ in .removeHeading(id: id("h2")) },
            { _ in .editBoard(id: id("b2"), title: "SWOT", moderatorID: id("m1")) },
            { _ in .removeBoard(id: id("b1")) },
        ]
        var states = [store.state.workshop]
        for (index, step) in steps.enumerated() {
            let command = step(store.state.workshop)
            #expect(try store.execute(.board(command)) != nil, "step \(index): \(command)")
            checkBoardInvariants(store.state.workshop, "step \(index): \(command)")
            states.append(store.state.workshop)
            if index == 7 {
                try store.close()
                store = try WorkshopStore.open(at: path, author: "test@host")
                #expect(store.state.workshop == states.last)
            }
        }
        #expect(zip(states, states.dropFirst()).allSatisfy { $0 != $1 }, "every step changed something")

        for index in stride(from: steps.count, to: 0, by: -1) {
            try store.execute(.undo)
            #expect(store.state.workshop == states[index - 1], "undo of step \(index - 1)")
            if index % 5 == 0 {
                try store.close()
                store = try WorkshopStore.open(at: path, author: "test@host")
                #expect(store.state.workshop == states[index - 1])
            }
        }
        #expect(store.state.workshop == Fixture.workshop)
        #expect(executeError(store, .undo) == .rejected(.nothingToUndo))

        for index in 1...steps.count {
            try store.execute(.redo)
            #expect(store.state.workshop == states[index], "redo of step \(index - 1)")
            if index == 9 {
                try store.close()
                store = try WorkshopStore.open(at: path, author: "test@host")
            }
        }
        #expect(executeError(store, .redo) == .rejected(.nothingToRedo))
        try store.close()
        let reader = try WorkshopStore.open(at: path, readOnly: true)
        #expect(reader.state.workshop == states.last)
        try reader.close()
    }

    @Test func refusedBoardCommandsWriteNothing() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("abgelehnt.allianz")
        let store = try WorkshopStore.create(at: path, content: Fixture.workshop, author: "test@host")
        let before = store.state
        #expect(executeError(store, .board(.removeHeading(id: id("s2")))) == .rejected(.fixedHeading("Schwächen (intern)")))
        #expect(executeError(store, .board(.toggleLink(from: id("c1"), to: id("c1")))) == .rejected(.invalidCardRelation))
        #expect(executeError(store, .board(.addCard(headingID: id("h1"), text: "", author: "", tags: "", isPrepared: false,
                                                    isCluster: false))) == .rejected(.emptyText(.cardText)))
        #expect(try store.execute(.board(.moveCard(id: id("c1"), toHeadingID: id("h1")))) == nil)
        #expect(store.state == before)
        #expect(try store.allRecords().count == 1)
        try store.close()
    }

    // MARK: Undo in a session

    @Test func undoingEverythingReturnsToTheStart() throws {
        for seed in [UInt64(21), 22, 23] {
            var session = randomBoardSession(seed: seed, count: 150)
            #expect(session.state.history.undoable.count <= UndoHistory.depth)
            var states = [session.workshop]
            while (try? session.run(.undo)) != nil {
                states.append(session.workshop)
                checkBoardInvariants(session.workshop, "seed \(seed), undo \(states.count - 1)")
            }
            #expect(session.workshop == Fixture.workshop, "seed \(seed)")
            #expect(states.count > 20, "seed \(seed): too few changes to undo")
            for state in states.reversed().dropFirst() {
                try session.run(.redo)
                #expect(session.workshop == state, "seed \(seed)")
            }
        }
    }

    // MARK: Replay

    @Test(arguments: [UInt64(1), 2, 3, 4, 5])
    func replayOfRandomBoardCommandsIsDeterministic(seed: UInt64) {
        let session = randomBoardSession(seed: seed, count: 300)
        #expect(session.records.count > 100, "too few commands were allowed")
        #expect(session.workshop.cards.count > 0)
        let first = WorkshopReducer.replay(session.records)
        let second = WorkshopReducer.replay(session.records)
        #expect(first == second)
        #expect(first == session.state)
        let middle = session.records.count / 2
        let resumed = WorkshopReducer.replay(Array(session.records[middle...]),
                                             from: WorkshopReducer.replay(Array(session.records[..<middle])))
        #expect(resumed == session.state)
        // The same commands decided again give the same records.
        var again = Fixture.session()
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<300 {
            _ = try? again.run(randomBoardCommand(in: again.workshop, using: &generator))
        }
        #expect(again.records == session.records)
        // Every decided event fitted the state it was applied to.
        var state = WorkshopState()
        for record in session.records {
            var scratch = state.workshop
            for event in record.events {
                #expect(event.applies(to: scratch), "record \(record.sequence): \(event)")
                WorkshopReducer.apply(event, to: &scratch)
            }
            state = WorkshopReducer.reduce(state, record)
            #expect(state.workshop == scratch)
        }
        // The log survives encoding, as in the file.
        let encoded = try? JSONEncoder().encode(session.records)
        let decoded = encoded.flatMap { try? JSONDecoder().decode([EventRecord].self, from: $0) }
        #expect(decoded.map { WorkshopReducer.replay($0) } == session.state)
    }
}
