import Foundation
import Testing
import WorkshopModel

/// A workshop with two boards, used by the board tests.
///
/// - `b1`, a theme table moderated by `m1`, headings `h1` "Beiträge", `h2` "Energie", `h3` "Mobilität";
/// - `b2`, a SWOT with its four fixed headings `s1` … `s4`.
///
/// The headings of the two boards are interleaved (`h1 h2 s1 s2 h3 s3 s4`), and so are the
/// cards (`c1 c4 c2 c6 c3 c5 c7`):
/// - `h1`: `c1` (a round card), `c2` (grouped under `c1`), `c3` (links to `c7` on the SWOT);
/// - `h2`: `c4`, `c5` (links to `c1`);
/// - `s1`: `c6` (links to `c4` on the theme table); `s2`: `c7`.
enum BoardTestFixture {
    static func id(_ raw: String) -> EntityID { EntityID(raw) }

    static let workshop: Workshop = {
        let b1 = id("b1"), b2 = id("b2")
        let swot = BoardKind.swot.templateHeadings
        return Workshop(
            info: WorkshopInfo(title: "Klimaanpassung Bottrop", date: "2017-06-12", place: "Rathaus"),
            agenda: [AgendaItem(id: id("a1"), title: "Thementische", kind: .themeTables, plannedMinutes: 60)],
            participants: [Person(id: id("p1"), name: "Anna Müller", organisation: "IHK")],
            moderators: [Person(id: id("m1"), name: "Moderation Tisch 1")],
            boards: [
                Board(id: b1, title: "Thementisch Klima", kind: .themeTable, moderatorID: id("m1")),
                Board(id: b2, title: "SWOT Innenstadt", kind: .swot),
            ],
            headings: [
                Heading(id: id("h1"), boardID: b1, title: "Beiträge"),
                Heading(id: id("h2"), boardID: b1, title: "Energie"),
                Heading(id: id("s1"), boardID: b2, title: swot[0], isFixed: true),
                Heading(id: id("s2"), boardID: b2, title: swot[1], isFixed: true),
                Heading(id: id("h3"), boardID: b1, title: "Mobilität"),
                Heading(id: id("s3"), boardID: b2, title: swot[2], isFixed: true),
                Heading(id: id("s4"), boardID: b2, title: swot[3], isFixed: true),
            ],
            cards: [
                Card(id: id("c1"), boardID: b1, headingID: id("h1"), text: "Hitze in der Stadt", isCluster: true),
                Card(id: id("c4"), boardID: b1, headingID: id("h2"), text: "Fernwärme ausbauen", author: "Bert"),
                Card(id: id("c2"), boardID: b1, headingID: id("h1"), text: "Mehr Stadtgrün\nund Schatten",
                     author: "Anna Müller", tags: ["Klimawandel", "Governance"], isPrepared: true, clusterID: id("c1")),
                Card(id: id("c6"), boardID: b2, headingID: id("s1"), text: "Starke Energiewirtschaft", links: [id("c4")]),
                Card(id: id("c3"), boardID: b1, headingID: id("h1"), text: "Starkregen", links: [id("c7")]),
                Card(id: id("c5"), boardID: b1, headingID: id("h2"), text: "Solardächer", tags: ["Energie"], links: [id("c1")]),
                Card(id: id("c7"), boardID: b2, headingID: id("s2"), text: "Wenig Flächen"),
            ])
    }()

    /// A session whose log builds ``workshop``: the helper's creation record and a second
    /// creation record with the boards, headings and cards.
    static func session() -> Session {
        var session = Session(workshop)
        var events: [WorkshopEvent] = workshop.boards.enumerated().map { .boards(change: .insert(item: $1, at: $0)) }
        events += workshop.headings.enumerated().map { .headings(change: .insert(item: $1, at: $0)) }
        events += workshop.cards.enumerated().map { .cards(change: .insert(item: $1, at: $0)) }
        let record = EventRecord(sequence: session.state.lastSequence + 1, time: Date(timeIntervalSince1970: 0),
                                 author: "test", kind: .creation, events: events)
        session.records.append(record)
        session.state = WorkshopReducer.reduce(session.state, record)
        return session
    }

    /// Decides a board command without applying it (identifiers `new-1`, `new-2`, …).
    static func decide(_ command: BoardCommand, in session: Session) throws(CommandError) -> Decision? {
        try CommandDecider.decide(.board(command), in: session.state, makeID: IDSequence(prefix: "new").make)
    }

    static func card(_ raw: String, in workshop: Workshop) -> Card? {
        workshop.cards.first { $0.id.rawValue == raw }
    }

    /// The identifiers of a heading's cards, in order.
    static func cards(under heading: String, in workshop: Workshop) -> [String] {
        workshop.cards.filter { $0.headingID.rawValue == heading }.map(\.id.rawValue)
    }

    /// The identifiers of a board's headings, in order.
    static func headings(of board: String, in workshop: Workshop) -> [String] {
        workshop.headings.filter { $0.boardID.rawValue == board }.map(\.id.rawValue)
    }

    /// `workshop` with one card changed.
    static func changing(_ workshop: Workshop, card raw: String, _ change: (inout Card) -> Void) -> Workshop {
        var copy = workshop
        guard let index = copy.cards.firstIndex(where: { $0.id.rawValue == raw }) else {
            Issue.record("no card \(raw)")
            return copy
        }
        change(&copy.cards[index])
        return copy
    }
}

private typealias Fixture = BoardTestFixture

private func id(_ raw: String) -> EntityID { EntityID(raw) }

private func string(_ length: Int, _ character: Character = "x") -> String {
    String(repeating: character, count: length)
}

@Suite struct BoardDeciderTests {
    // MARK: Boards

    @Test(arguments: BoardKind.allCases)
    func addBoardCreatesTheTemplateHeadingsOfItsKind(kind: BoardKind) throws {
        var session = Fixture.session()
        let before = session.workshop
        try session.run(.board(.addBoard(kind: kind, title: "  Neue Pinnwand ", moderatorID: id("m1"))))
        let workshop = session.workshop
        #expect(workshop.boards.count == 3)
        #expect(workshop.boards.last == Board(id: id("id-1"), title: "Neue Pinnwand", kind: kind, moderatorID: id("m1")))
        let added = Array(workshop.headings.dropFirst(before.headings.count))
        #expect(added.map(\.title) == kind.templateHeadings)
        #expect(!added.isEmpty)
        #expect(added.allSatisfy { $0.boardID == id("id-1") })
        #expect(added.allSatisfy { $0.isFixed == (kind == .swot) })
        #expect(Set(added.map(\.id)).count == added.count)
        // Nothing else changed.
        #expect(Array(workshop.headings.prefix(before.headings.count)) == before.headings)
        #expect(Array(workshop.boards.prefix(2)) == before.boards)
        #expect(workshop.cards == before.cards)
    }

    @Test func swotHeadingsAreTheFourFixedFields() throws {
        var session = Fixture.session()
        let record = try #require(try session.run(.board(.addBoard(kind: .swot, title: "SWOT", moderatorID: nil))))
        let board = Board(id: id("id-1"), title: "SWOT", kind: .swot)
        let titles = ["Stärken (intern)", "Schwächen (intern)", "Chancen (extern)", "Risiken (extern)"]
        let headings = titles.enumerated().map { Heading(id: id("id-\($0 + 2)"), boardID: board.id, title: $1, isFixed: true) }
        #expect(record.events == [.boards(change: .insert(item: board, at: 2))]
            + headings.enumerated().map { .headings(change: .insert(item: $1, at: 7 + $0)) })
        #expect(Fixture.headings(of: "id-1", in: session.workshop) == ["id-2", "id-3", "id-4", "id-5"])
    }

    @Test func addBoardRefusesAnUnknownModerator() {
        let session = Fixture.session()
        for moderator in [id("nobody"), id("p1"), id("b1")] {
            #expect(throws: CommandError.unknownItem, "\(moderator)") {
                try Fixture.decide(.addBoard(kind: .themeTable, title: "Tisch", moderatorID: moderator), in: session)
            }
            #expect(throws: CommandError.unknownItem, "\(moderator)") {
                try Fixture.decide(.editBoard(id: id("b1"), title: "Tisch", moderatorID: moderator), in: session)
            }
        }
    }

    @Test func boardTitleMustBeGivenAndNotTooLong() throws {
        let session = Fixture.session()
        for title in ["", "   ", "\u{1B}[1m\u{1B}[0m", "\n\t"] {
            #expect(throws: CommandError.emptyText(.boardTitle)) {
                try Fixture.decide(.addBoard(kind: .mindMap, title: title, moderatorID: nil), in: session)
            }
            #expect(throws: CommandError.emptyText(.boardTitle)) {
                try Fixture.decide(.editBoard(id: id("b2"), title: title, moderatorID: nil), in: session)
            }
        }
        #expect(throws: CommandError.textTooLong(.boardTitle, limit: 120, length: 121)) {
            try Fixture.decide(.addBoard(kind: .swot, title: string(121), moderatorID: nil), in: session)
        }
        #expect(throws: CommandError.textTooLong(.boardTitle, limit: 120, length: 130)) {
            try Fixture.decide(.editBoard(id: id("b1"), title: string(130), moderatorID: nil), in: session)
        }
        #expect(try Fixture.decide(.addBoard(kind: .swot, title: string(120), moderatorID: nil), in: session) != nil)
        do {
            _ = try Fixture.decide(.addBoard(kind: .themeTable, title: string(121), moderatorID: nil), in: session)
            Issue.record("too long board title accepted")
        } catch {
            let german = error.message(in: .de)
            #expect(german.contains("höchstens 120"))
            #expect(german.contains(TextFieldKind.boardTitle.label(.de)))
            #expect(error.message(in: .en).contains("at most 120"))
        }
    }

    @Test func editBoard() throws {
        var session = Fixture.session()
        try session.run(.board(.editBoard(id: id("b1"), title: "Tisch Klima", moderatorID: nil)))
        #expect(session.workshop.boards[0] == Board(id: id("b1"), title: "Tisch Klima", kind: .themeTable))
        try session.run(.board(.editBoard(id: id("b2"), title: "SWOT Innenstadt", moderatorID: id("m1"))))
        #expect(session.workshop.boards[1].moderatorID == id("m1"))
        #expect(session.workshop.headings == Fixture.workshop.headings)
        // The same values again change nothing.
        #expect(try Fixture.decide(.editBoard(id: id("b1"), title: " Tisch Klima ", moderatorID: nil), in: session) == nil)
        #expect(throws: CommandError.unknownItem) {
            try Fixture.decide(.editBoard(id: id("h1"), title: "X", moderatorID: nil), in: session)
        }
    }

    // MARK: Headings

    @Test func addAndRenameHeading() throws {
        var session = Fixture.session()
        let record = try #require(try session.run(.board(.addHeading(boardID: id("b2"), title: " Sonstiges "))))
        let heading = Heading(id: id("id-1"), boardID: id("b2"), title: "Sonstiges")
        #expect(record.events == [.headings(change: .insert(item: heading, at: 7))])
        #expect(Fixture.headings(of: "b2", in: session.workshop) == ["s1", "s2", "s3", "s4", "id-1"])
        #expect(Fixture.headings(of: "b1", in: session.workshop) == ["h1", "h2", "h3"])

        try session.run(.board(.renameHeading(id: id("h2"), title: "Energie und Wärme")))
        #expect(session.workshop.headings[1] == Heading(id: id("h2"), boardID: id("b1"), title: "Energie und Wärme"))
        #expect(try Fixture.decide(.renameHeading(id: id("h2"), title: "Energie und Wärme\u{7}"), in: session) == nil)
        #expect(session.workshop.cards == Fixture.workshop.cards)
    }

    @Test func headingTitleMustBeGivenAndNotTooLong() throws {
        let session = Fixture.session()
        #expect(throws: CommandError.emptyText(.headingTitle)) {
            try Fixture.decide(.addHeading(boardID: id("b1"), title: " "), in: session)
        }
        #expect(throws: CommandError.emptyText(.headingTitle)) {
            try Fixture.decide(.renameHeading(id: id("h1"), title: ""), in: session)
        }
        #expect(throws: CommandError.textTooLong(.headingTitle, limit: 80, length: 81)) {
            try Fixture.decide(.addHeading(boardID: id("b1"), title: string(81)), in: session)
        }
        #expect(throws: CommandError.textTooLong(.headingTitle, limit: 80, length: 81)) {
            try Fixture.decide(.renameHeading(id: id("s1"), title: string(81)), in: session)
        }
        #expect(try Fixture.decide(.addHeading(boardID: id("b1"), title: string(80)), in: session) != nil)
        #expect(throws: CommandError.unknownItem) {
            try Fixture.decide(.addHeading(boardID: id("h1"), title: "Neu"), in: session)
        }
    }

    @Test func moveHeadingStaysWithinItsBoard() throws {
        let start = Fixture.session()
        let swotOrder = start.workshop.headings.filter { $0.boardID == id("b2") }

        var session = start
        try session.run(.board(.moveHeading(id: id("h1"), offset: 1)))
        #expect(session.workshop.headings.map(\.id.rawValue) == ["h2", "h1", "s1", "s2", "h3", "s3", "s4"])

        session = start
        try session.run(.board(.moveHeading(id: id("h3"), offset: -1)))
        #expect(Fixture.headings(of: "b1", in: session.workshop) == ["h1", "h3", "h2"])
        #expect(session.workshop.headings.filter { $0.boardID == id("b2") } == swotOrder)

        session = start
        try session.run(.board(.moveHeading(id: id("h1"), offset: 2)))
        #expect(Fixture.headings(of: "b1", in: session.workshop) == ["h2", "h3", "h1"])
        #expect(session.workshop.headings.filter { $0.boardID == id("b2") } == swotOrder)

        session = start
        try session.run(.board(.moveHeading(id: id("s4"), offset: -2)))
        #expect(Fixture.headings(of: "b2", in: session.workshop) == ["s1", "s4", "s2", "s3"])
        #expect(Fixture.headings(of: "b1", in: session.workshop) == ["h1", "h2", "h3"])
        #expect(session.workshop.headings.map(\.id.rawValue) == ["h1", "h2", "s1", "s4", "s2", "h3", "s3"])
    }

    @Test func moveHeadingNeverPassesTheEnds() throws {
        let start = Fixture.session()
        // Already at the end: nothing to do.
        for (heading, offset) in [("h1", -1), ("h1", Int.min), ("h3", 1), ("h3", Int.max), ("s1", -3), ("s4", 5), ("h2", 0)] {
            #expect(try Fixture.decide(.moveHeading(id: id(heading), offset: offset), in: start) == nil, "\(heading) \(offset)")
        }
        var session = start
        try session.run(.board(.moveHeading(id: id("h1"), offset: Int.max)))
        #expect(Fixture.headings(of: "b1", in: session.workshop) == ["h2", "h3", "h1"])
        try session.run(.board(.moveHeading(id: id("h1"), offset: Int.min)))
        #expect(Fixture.headings(of: "b1", in: session.workshop) == ["h1", "h2", "h3"])
        try session.run(.board(.moveHeading(id: id("s2"), offset: 100)))
        #expect(Fixture.headings(of: "b2", in: session.workshop) == ["s1", "s3", "s4", "s2"])
        #expect(Fixture.headings(of: "b1", in: session.workshop) == ["h1", "h2", "h3"])
        #expect(session.workshop.cards == start.workshop.cards)
        #expect(throws: CommandError.unknownItem) {
            try Fixture.decide(.moveHeading(id: id("c1"), offset: 1), in: start)
        }
    }

    @Test func removeHeadingRemovesItsCards() throws {
        var session = Fixture.session()
        try session.run(.board(.removeHeading(id: id("h1"))))
        var expected = Fixture.workshop
        expected.headings.removeAll { $0.id == id("h1") }
        expected.cards.removeAll { ["c1", "c2", "c3"].contains($0.id.rawValue) }
        // c5 pointed to the removed round card c1.
        expected = Fixture.changing(expected, card: "c5") { $0.links = [] }
        #expect(session.workshop == expected)

        // A heading the moderator added to a SWOT may go again.
        try session.run(.board(.addHeading(boardID: id("b2"), title: "Sonstiges")))
        try session.run(.board(.addCard(headingID: id("id-1"), text: "Notiz", author: "", tags: "", isPrepared: false, isCluster: false)))
        try session.run(.board(.removeHeading(id: id("id-1"))))
        #expect(session.workshop == expected)
    }

    @Test func fixedSwotHeadingsCannotBeRemoved() {
        let session = Fixture.session()
        for (heading, title) in zip(["s1", "s2", "s3", "s4"], BoardKind.swot.templateHeadings) {
            #expect(throws: CommandError.fixedHeading(title)) {
                try Fixture.decide(.removeHeading(id: id(heading)), in: session)
            }
        }
        for language in Language.allCases {
            #expect(CommandError.fixedHeading("Stärken (intern)").message(in: language).contains("Stärken (intern)"))
        }
        #expect(throws: CommandError.unknownItem) { try Fixture.decide(.removeHeading(id: id("b2")), in: session) }
    }

    // MARK: Adding cards

    @Test func addCardAppendsToTheEndOfItsHeading() throws {
        var session = Fixture.session()
        let record = try #require(try session.run(.board(.addCard(headingID: id("h1"), text: "Neue Idee", author: "",
                                                                   tags: "", isPrepared: false, isCluster: false))))
        let card = Card(id: id("id-1"), boardID: id("b1"), headingID: id("h1"), text: "Neue Idee")
        #expect(record.events == [.cards(change: .insert(item: card, at: 7))])
        #expect(Fixture.cards(under: "h1", in: session.workshop) == ["c1", "c2", "c3", "id-1"])

        try session.run(.board(.addCard(headingID: id("s2"), text: "Leerstand", author: "Bert", tags: "Demografie",
                                        isPrepared: true, isCluster: true)))
        #expect(session.workshop.cards.last == Card(id: id("id-2"), boardID: id("b2"), headingID: id("s2"), text: "Leerstand",
                                                    author: "Bert", tags: ["Demografie"], isPrepared: true, isCluster: true))
        #expect(Fixture.cards(under: "s2", in: session.workshop) == ["c7", "id-2"])
        #expect(Array(session.workshop.cards.prefix(7)) == Fixture.workshop.cards)
        #expect(throws: CommandError.unknownItem) {
            try Fixture.decide(.addCard(headingID: id("b1"), text: "X", author: "", tags: "", isPrepared: false, isCluster: false),
                               in: session)
        }
    }

    private func addedCard(text: String = "Karte", author: String = "", tags: String = "") throws(CommandError) -> Card? {
        var session = Fixture.session()
        try session.run(.board(.addCard(headingID: id("h2"), text: text, author: author, tags: tags,
                                        isPrepared: false, isCluster: false)))
        return session.workshop.cards.last
    }

    @Test(arguments: ["", " ", "\n\n", "\r\n \t", "\u{1B}[31m\u{1B}[0m", "\u{7}\u{0}"])
    func emptyCardTextIsRefused(text: String) {
        #expect(throws: CommandError.emptyText(.cardText)) { try addedCard(text: text) }
        let session = Fixture.session()
        #expect(throws: CommandError.emptyText(.cardText)) {
            try Fixture.decide(.editCard(id: id("c4"), text: text, author: "", tags: ""), in: session)
        }
    }

    @Test func cardTextMayHaveFiveHundredCharacters() throws {
        #expect(try addedCard(text: string(500))?.text == string(500))
        #expect(try addedCard(text: "  " + string(500, "ä") + "\n ")?.text == string(500, "ä"))
        #expect(throws: CommandError.textTooLong(.cardText, limit: 500, length: 501)) { try addedCard(text: string(501)) }
        let session = Fixture.session()
        #expect(throws: CommandError.textTooLong(.cardText, limit: 500, length: 501)) {
            try Fixture.decide(.editCard(id: id("c4"), text: string(501), author: "", tags: ""), in: session)
        }
        do {
            _ = try addedCard(text: string(501))
            Issue.record("too long card text accepted")
        } catch {
            for language in Language.allCases {
                let message = error.message(in: language)
                #expect(message.contains("500"))
                #expect(message.contains("501"))
                #expect(message.contains(TextFieldKind.cardText.label(language)))
            }
        }
    }

    @Test func cardTextKeepsLinesAndLosesEscapes() throws {
        #expect(try addedCard(text: "Erste Zeile\r\nZweite Zeile  \n\nDritte")?.text == "Erste Zeile\nZweite Zeile\n\nDritte")
        #expect(try addedCard(text: "\u{1B}[31mHitze\u{1B}[0m\u{7} in der\u{0} Stadt\u{9B}2J")?.text == "Hitze in der Stadt")
        #expect(try addedCard(text: "\u{1B}]0;Titel\u{7}Grün\tflächen\u{7F}\u{202E}")?.text == "Grün flächen")
        #expect(try addedCard(text: "Zeile\u{1B}[2K\nZwei")?.text == "Zeile\nZwei")
    }

    @Test func tagsAreParsedTrimmedAndDeduplicated() throws {
        #expect(try addedCard(tags: "Klimawandel, , Governance,Klimawandel")?.tags == ["Klimawandel", "Governance"])
        #expect(try addedCard(tags: "")?.tags == [])
        #expect(try addedCard(tags: " , ,, ")?.tags == [])
        #expect(try addedCard(tags: " \u{1B}[1mDemografie\u{1B}[0m ,\nDigitalisierung")?.tags == ["Demografie", "Digitalisierung"])
    }

    @Test func atMostEightTags() throws {
        let eight = (1...8).map { "Tag \($0)" }
        #expect(try addedCard(tags: eight.joined(separator: ","))?.tags == eight)
        // Duplicates and empties do not count.
        #expect(try addedCard(tags: (eight + ["Tag 1", " "]).joined(separator: ","))?.tags == eight)
        let nine = (1...9).map { "Tag \($0)" }.joined(separator: ", ")
        #expect(throws: CommandError.tooManyTags(limit: 8)) { try addedCard(tags: nine) }
        let session = Fixture.session()
        #expect(throws: CommandError.tooManyTags(limit: 8)) {
            try Fixture.decide(.editCard(id: id("c2"), text: "Text", author: "", tags: nine), in: session)
        }
        for language in Language.allCases {
            #expect(CommandError.tooManyTags(limit: 8).message(in: language).contains("8"))
        }
        #expect(throws: CommandError.textTooLong(.tag, limit: 40, length: 41)) { try addedCard(tags: "Gut, " + string(41)) }
    }

    @Test func authorIsOptional() throws {
        #expect(try addedCard(author: "")?.author == nil)
        #expect(try addedCard(author: "  \u{1B}[0m ")?.author == nil)
        #expect(try addedCard(author: " Anna Mu\u{308}ller ")?.author == "Anna Müller")
        #expect(throws: CommandError.textTooLong(.cardAuthor, limit: 80, length: 81)) { try addedCard(author: string(81)) }
    }

    // MARK: Editing cards

    @Test func editCardChangesOnlyTextAuthorAndTags() throws {
        var session = Fixture.session()
        try session.run(.board(.editCard(id: id("c2"), text: "Mehr Stadtgrün", author: "", tags: "Stadtplanung")))
        let expected = Fixture.changing(Fixture.workshop, card: "c2") {
            $0.text = "Mehr Stadtgrün"
            $0.author = nil
            $0.tags = ["Stadtplanung"]
        }
        #expect(session.workshop == expected)
        // Grouping, links, flags and position stay.
        let card = try #require(Fixture.card("c2", in: session.workshop))
        #expect(card.clusterID == id("c1"))
        #expect(card.isPrepared)
        #expect(session.workshop.cards.map(\.id) == Fixture.workshop.cards.map(\.id))
        try session.run(.board(.editCard(id: id("c3"), text: "Starkregen", author: "Carla", tags: "")))
        #expect(Fixture.card("c3", in: session.workshop)?.links == [id("c7")])
        #expect(Fixture.card("c3", in: session.workshop)?.author == "Carla")
    }

    @Test func unchangedEditDecidesNothing() throws {
        let session = Fixture.session()
        let unchanged: [BoardCommand] = [
            .editCard(id: id("c2"), text: "Mehr Stadtgrün\nund Schatten", author: "Anna Müller", tags: "Klimawandel, Governance"),
            .editCard(id: id("c2"), text: " Mehr Stadtgrün  \r\nund Schatten\u{7}", author: " Anna Müller",
                      tags: "Klimawandel,Governance,,Klimawandel"),
            .editCard(id: id("c1"), text: "Hitze in der Stadt", author: "  ", tags: ""),
            .editCard(id: id("c4"), text: "Fernwärme ausbauen", author: "Bert", tags: " , "),
        ]
        for command in unchanged {
            #expect(try Fixture.decide(command, in: session) == nil, "\(command)")
        }
        // Tag order counts.
        #expect(try Fixture.decide(.editCard(id: id("c2"), text: "Mehr Stadtgrün\nund Schatten", author: "Anna Müller",
                                             tags: "Governance, Klimawandel"), in: session) != nil)
        #expect(throws: CommandError.unknownItem) {
            try Fixture.decide(.editCard(id: id("h1"), text: "X", author: "", tags: ""), in: session)
        }
    }

    // MARK: Moving cards

    @Test func moveCardToAnotherHeadingOfTheBoard() throws {
        var session = Fixture.session()
        try session.run(.board(.moveCard(id: id("c3"), toHeadingID: id("h2"))))
        #expect(Fixture.cards(under: "h2", in: session.workshop) == ["c4", "c5", "c3"])
        #expect(Fixture.cards(under: "h1", in: session.workshop) == ["c1", "c2"])
        let moved = try #require(Fixture.card("c3", in: session.workshop))
        #expect(moved == Card(id: id("c3"), boardID: id("b1"), headingID: id("h2"), text: "Starkregen", links: [id("c7")]))
        // Into an empty heading.
        try session.run(.board(.moveCard(id: id("c4"), toHeadingID: id("h3"))))
        #expect(Fixture.cards(under: "h3", in: session.workshop) == ["c4"])
        #expect(Fixture.cards(under: "h2", in: session.workshop) == ["c5", "c3"])
    }

    @Test func moveCardToAnotherBoardLeavesItsCluster() throws {
        var session = Fixture.session()
        try session.run(.board(.moveCard(id: id("c2"), toHeadingID: id("s1"))))
        #expect(Fixture.cards(under: "s1", in: session.workshop) == ["c6", "c2"])
        #expect(Fixture.cards(under: "h1", in: session.workshop) == ["c1", "c3"])
        let expected = Fixture.changing(Fixture.workshop, card: "c2") {
            $0.boardID = id("b2")
            $0.headingID = id("s1")
            $0.clusterID = nil
        }
        #expect(Fixture.card("c2", in: session.workshop) == Fixture.card("c2", in: expected))
        #expect(session.workshop.cards.last?.id == id("c2"))
        #expect(session.workshop.cards.filter { $0.id != id("c2") } == expected.cards.filter { $0.id != id("c2") })
        #expect(session.workshop.itemCount(for: .swot) == 3)
        #expect(session.workshop.itemCount(for: .themeTables) == 4)
    }

    @Test func movingARoundCardReleasesItsMembers() throws {
        var session = Fixture.session()
        try session.run(.board(.moveCard(id: id("c1"), toHeadingID: id("h3"))))
        #expect(Fixture.cards(under: "h3", in: session.workshop) == ["c1"])
        let head = try #require(Fixture.card("c1", in: session.workshop))
        #expect(head.isCluster)
        #expect(head.headingID == id("h3"))
        #expect(Fixture.card("c2", in: session.workshop)?.clusterID == nil)
        // Links to the moved card stay.
        #expect(Fixture.card("c5", in: session.workshop)?.links == [id("c1")])
        #expect(session.workshop.cards.allSatisfy { $0.clusterID == nil })

        // To another board as well.
        session = Fixture.session()
        try session.run(.board(.moveCard(id: id("c1"), toHeadingID: id("s4"))))
        #expect(Fixture.card("c1", in: session.workshop)?.boardID == id("b2"))
        #expect(Fixture.card("c2", in: session.workshop)?.clusterID == nil)
    }

    @Test func moveCardToItsOwnHeadingOrNowhere() throws {
        let session = Fixture.session()
        #expect(try Fixture.decide(.moveCard(id: id("c2"), toHeadingID: id("h1")), in: session) == nil)
        #expect(throws: CommandError.unknownItem) {
            try Fixture.decide(.moveCard(id: id("c2"), toHeadingID: id("b1")), in: session)
        }
        #expect(throws: CommandError.unknownItem) {
            try Fixture.decide(.moveCard(id: id("h1"), toHeadingID: id("h2")), in: session)
        }
        // The last card of the log needs no move, only the new heading.
        var last = session
        let record = try #require(try last.run(.board(.moveCard(id: id("c7"), toHeadingID: id("s1")))))
        #expect(record.events.count == 1)
        #expect(Fixture.cards(under: "s1", in: last.workshop) == ["c6", "c7"])
    }

    // MARK: Reordering cards

    @Test func reorderCardWithinItsHeading() throws {
        let start = Fixture.session()
        var session = start
        try session.run(.board(.reorderCard(id: id("c3"), offset: -1)))
        #expect(Fixture.cards(under: "h1", in: session.workshop) == ["c1", "c3", "c2"])
        #expect(Fixture.cards(under: "h2", in: session.workshop) == ["c4", "c5"])
        #expect(Fixture.cards(under: "s1", in: session.workshop) == ["c6"])
        try session.run(.board(.reorderCard(id: id("c3"), offset: -1)))
        #expect(Fixture.cards(under: "h1", in: session.workshop) == ["c3", "c1", "c2"])

        session = start
        try session.run(.board(.reorderCard(id: id("c1"), offset: 1)))
        #expect(Fixture.cards(under: "h1", in: session.workshop) == ["c2", "c1", "c3"])
        try session.run(.board(.reorderCard(id: id("c5"), offset: -1)))
        #expect(Fixture.cards(under: "h2", in: session.workshop) == ["c5", "c4"])
        #expect(Fixture.cards(under: "h1", in: session.workshop) == ["c2", "c1", "c3"])
        // Only the order changed.
        #expect(session.workshop.cards.sorted { $0.id.rawValue < $1.id.rawValue }
            == Fixture.workshop.cards.sorted { $0.id.rawValue < $1.id.rawValue })
        #expect(session.workshop.headings == Fixture.workshop.headings)
    }

    @Test func reorderCardIsClampedAtTheEnds() throws {
        let start = Fixture.session()
        for (card, offset) in [("c1", -1), ("c1", Int.min), ("c3", 1), ("c3", Int.max), ("c6", 1), ("c6", -1), ("c2", 0)] {
            #expect(try Fixture.decide(.reorderCard(id: id(card), offset: offset), in: start) == nil, "\(card) \(offset)")
        }
        var session = start
        try session.run(.board(.reorderCard(id: id("c1"), offset: 99)))
        #expect(Fixture.cards(under: "h1", in: session.workshop) == ["c2", "c3", "c1"])
        try session.run(.board(.reorderCard(id: id("c1"), offset: Int.min)))
        #expect(Fixture.cards(under: "h1", in: session.workshop) == ["c1", "c2", "c3"])
        try session.run(.board(.reorderCard(id: id("c2"), offset: Int.max)))
        #expect(Fixture.cards(under: "h1", in: session.workshop) == ["c1", "c3", "c2"])
        #expect(throws: CommandError.unknownItem) { try Fixture.decide(.reorderCard(id: id("h1"), offset: 1), in: start) }
    }

    // MARK: Clusters

    @Test func setClusterGroupsUnderARoundCardOfTheSameHeading() throws {
        var session = Fixture.session()
        try session.run(.board(.setCluster(cardID: id("c3"), clusterID: id("c1"))))
        #expect(session.workshop == Fixture.changing(Fixture.workshop, card: "c3") { $0.clusterID = id("c1") })
        // The same again changes nothing.
        #expect(try Fixture.decide(.setCluster(cardID: id("c3"), clusterID: id("c1")), in: session) == nil)
        // Releasing.
        try session.run(.board(.setCluster(cardID: id("c3"), clusterID: nil)))
        try session.run(.board(.setCluster(cardID: id("c2"), clusterID: nil)))
        #expect(session.workshop.cards.allSatisfy { $0.clusterID == nil })
        #expect(try Fixture.decide(.setCluster(cardID: id("c2"), clusterID: nil), in: session) == nil)
    }

    @Test func setClusterRefusesWhatIsNotARoundCardOfTheHeading() throws {
        var session = Fixture.session()
        // A second round card in h1.
        try session.run(.board(.addCard(headingID: id("h1"), text: "Überflutung", author: "", tags: "", isPrepared: false, isCluster: true)))
        let refused: [(String, String)] = [
            ("c4", "c1"), // another heading
            ("c6", "c1"), // another board
            ("c3", "c2"), // not a round card
            ("id-1", "c1"), // a round card cannot be a member
            ("c1", "id-1"),
            ("c1", "c1"), // itself
        ]
        for (card, cluster) in refused {
            #expect(throws: CommandError.invalidCardRelation, "\(card) under \(cluster)") {
                try Fixture.decide(.setCluster(cardID: id(card), clusterID: id(cluster)), in: session)
            }
        }
        #expect(throws: CommandError.unknownItem) {
            try Fixture.decide(.setCluster(cardID: id("c3"), clusterID: id("nothing")), in: session)
        }
        #expect(throws: CommandError.unknownItem) {
            try Fixture.decide(.setCluster(cardID: id("nothing"), clusterID: nil), in: session)
        }
        // Moving a member to another round card of the same heading is fine.
        try session.run(.board(.setCluster(cardID: id("c2"), clusterID: id("id-1"))))
        #expect(Fixture.card("c2", in: session.workshop)?.clusterID == id("id-1"))
    }

    @Test func formClusterMakesTheRoundCardAndGroupsTheMemberInOneStep() throws {
        var session = Fixture.session()
        let before = session.records.count
        try session.run(.board(.formCluster(cardID: id("c4"), memberID: id("c5"))))
        #expect(session.records.count == before + 1, "one record, so one undo")
        #expect(Fixture.card("c4", in: session.workshop)?.isCluster == true)
        #expect(Fixture.card("c5", in: session.workshop)?.clusterID == id("c4"))
        // Undo takes back both.
        try session.run(.undo)
        #expect(session.workshop == Fixture.workshop)
    }

    @Test func formClusterTakesAMemberOutOfItsRoundCard() throws {
        var session = Fixture.session()
        // c2 is grouped under c1: it becomes a round card of its own, and c3 joins it.
        try session.run(.board(.formCluster(cardID: id("c2"), memberID: id("c3"))))
        let head = try #require(Fixture.card("c2", in: session.workshop))
        #expect(head.isCluster && head.clusterID == nil)
        #expect(Fixture.card("c3", in: session.workshop)?.clusterID == id("c2"))
        #expect(try Fixture.decide(.formCluster(cardID: id("c2"), memberID: id("c3")), in: session) == nil, "already so")
    }

    @Test func formClusterRefusesWhatCannotBeAMember() throws {
        let session = Fixture.session()
        for (card, member) in [("c3", "c4"), ("c3", "c1"), ("c3", "c3")] {
            #expect(throws: CommandError.invalidCardRelation, "\(member) under \(card)") {
                try Fixture.decide(.formCluster(cardID: id(card), memberID: id(member)), in: session)
            }
        }
        #expect(throws: CommandError.unknownItem) {
            try Fixture.decide(.formCluster(cardID: id("nothing"), memberID: id("c3")), in: session)
        }
    }

    // MARK: Links

    @Test func toggleLinkAddsThenRemoves() throws {
        var session = Fixture.session()
        try session.run(.board(.toggleLink(from: id("c4"), to: id("c7"))))
        #expect(Fixture.card("c4", in: session.workshop)?.links == [id("c7")])
        try session.run(.board(.toggleLink(from: id("c5"), to: id("c6"))))
        #expect(Fixture.card("c5", in: session.workshop)?.links == [id("c1"), id("c6")])
        try session.run(.board(.toggleLink(from: id("c5"), to: id("c1"))))
        #expect(Fixture.card("c5", in: session.workshop)?.links == [id("c6")])
        try session.run(.board(.toggleLink(from: id("c4"), to: id("c7"))))
        try session.run(.board(.toggleLink(from: id("c5"), to: id("c6"))))
        try session.run(.board(.toggleLink(from: id("c5"), to: id("c1"))))
        #expect(session.workshop == Fixture.workshop)
    }

    @Test func toggleLinkRefusesSelfAndUnknownCards() {
        let session = Fixture.session()
        #expect(throws: CommandError.invalidCardRelation) {
            try Fixture.decide(.toggleLink(from: id("c3"), to: id("c3")), in: session)
        }
        for (from, to) in [("c3", "nothing"), ("nothing", "c3"), ("c3", "h1"), ("b1", "c3")] {
            #expect(throws: CommandError.unknownItem, "\(from) → \(to)") {
                try Fixture.decide(.toggleLink(from: id(from), to: id(to)), in: session)
            }
        }
    }

    // MARK: Removing

    @Test func removeRoundCardReleasesMembersAndDropsLinks() throws {
        var session = Fixture.session()
        try session.run(.board(.removeCard(id: id("c1"))))
        var expected = Fixture.workshop
        expected.cards.removeAll { $0.id == id("c1") }
        expected = Fixture.changing(expected, card: "c2") { $0.clusterID = nil }
        expected = Fixture.changing(expected, card: "c5") { $0.links = [] }
        #expect(session.workshop == expected)

        // A link from another board is dropped as well.
        try session.run(.board(.removeCard(id: id("c4"))))
        expected.cards.removeAll { $0.id == id("c4") }
        expected = Fixture.changing(expected, card: "c6") { $0.links = [] }
        #expect(session.workshop == expected)
        #expect(throws: CommandError.unknownItem) { try Fixture.decide(.removeCard(id: id("c4")), in: session) }
    }

    @Test func removeBoardRemovesHeadingsCardsAndLinksToThem() throws {
        var session = Fixture.session()
        try session.run(.board(.removeBoard(id: id("b2"))))
        var expected = Fixture.workshop
        expected.boards.removeAll { $0.id == id("b2") }
        expected.headings.removeAll { $0.boardID == id("b2") }
        expected.cards.removeAll { $0.boardID == id("b2") }
        expected = Fixture.changing(expected, card: "c3") { $0.links = [] }
        #expect(session.workshop == expected)

        session = Fixture.session()
        try session.run(.board(.removeBoard(id: id("b1"))))
        #expect(session.workshop.boards.map(\.id) == [id("b2")])
        #expect(session.workshop.headings.map(\.id.rawValue) == ["s1", "s2", "s3", "s4"])
        #expect(session.workshop.cards.map(\.id.rawValue) == ["c6", "c7"])
        #expect(session.workshop.cards.allSatisfy { $0.links.isEmpty && $0.clusterID == nil })
        try session.run(.board(.removeBoard(id: id("b2"))))
        #expect(session.workshop == Workshop(info: Fixture.workshop.info, agenda: Fixture.workshop.agenda,
                                             participants: Fixture.workshop.participants,
                                             moderators: Fixture.workshop.moderators))
        #expect(throws: CommandError.unknownItem) { try Fixture.decide(.removeBoard(id: id("b2")), in: session) }
    }

    @Test func unknownIdentifiersAreRefused() {
        let session = Fixture.session()
        let missing = id("missing")
        let commands: [BoardCommand] = [
            .editBoard(id: missing, title: "X", moderatorID: nil),
            .removeBoard(id: missing),
            .removeBoard(id: id("h1")),
            .addHeading(boardID: missing, title: "X"),
            .renameHeading(id: missing, title: "X"),
            .renameHeading(id: id("b1"), title: "X"),
            .removeHeading(id: missing),
            .moveHeading(id: missing, offset: 1),
            .addCard(headingID: missing, text: "X", author: "", tags: "", isPrepared: false, isCluster: false),
            .editCard(id: missing, text: "X", author: "", tags: ""),
            .removeCard(id: missing),
            .removeCard(id: id("h1")),
            .moveCard(id: missing, toHeadingID: id("h1")),
            .moveCard(id: id("c1"), toHeadingID: missing),
            .reorderCard(id: missing, offset: 1),
            .setCluster(cardID: missing, clusterID: id("c1")),
            .toggleLink(from: missing, to: missing),
        ]
        for command in commands {
            #expect(throws: CommandError.unknownItem, "\(command)") { try Fixture.decide(command, in: session) }
        }
    }

    // MARK: Workshop

    @Test func olderWorkshopWithoutBoardsDecodes() throws {
        let json = """
            {"info": {"title": "Auftakt", "date": "2017-03-23", "place": "Lokschuppen"},
             "agenda": [{"id": "a1", "title": "Begrüßung", "kind": "plenary", "plannedMinutes": 10}],
             "participants": [], "moderators": []}
            """
        let workshop = try JSONDecoder().decode(Workshop.self, from: Data(json.utf8))
        #expect(workshop.info == WorkshopInfo(title: "Auftakt", date: "2017-03-23", place: "Lokschuppen"))
        #expect(workshop.agenda.map(\.id) == [id("a1")])
        #expect(workshop.boards.isEmpty)
        #expect(workshop.headings.isEmpty)
        #expect(workshop.cards.isEmpty)

        // A snapshot of the fixture with the board keys taken out.
        let encoded = try JSONEncoder().encode(Fixture.workshop)
        var object = try #require(try JSONSerialization.jsonObject(with: encoded) as? [String: Any])
        #expect(object["boards"] != nil)
        for key in ["boards", "headings", "cards"] { object.removeValue(forKey: key) }
        let older = try JSONDecoder().decode(Workshop.self, from: try JSONSerialization.data(withJSONObject: object))
        #expect(older == Workshop(info: Fixture.workshop.info, agenda: Fixture.workshop.agenda,
                                  participants: Fixture.workshop.participants, moderators: Fixture.workshop.moderators))
        // And the whole workshop round-trips.
        #expect(try JSONDecoder().decode(Workshop.self, from: encoded) == Fixture.workshop)
    }

    @Test func itemCountCountsTheCardsOfTheInstrumentsBoards() throws {
        var session = Fixture.session()
        #expect(session.workshop.itemCount(for: .themeTables) == 5)
        #expect(session.workshop.itemCount(for: .swot) == 2)
        #expect(session.workshop.itemCount(for: .guidingGoals) == 0)
        // Mind maps and strategy cards are worked on at the theme tables.
        for kind in [BoardKind.mindMap, .strategyCards, .guidingGoals] {
            let record = try #require(try session.run(.board(.addBoard(kind: kind, title: "\(kind)", moderatorID: nil))))
            guard case let .headings(change: .insert(item: heading, at: _)) = record.events[1] else {
                Issue.record("no heading added: \(record.events)")
                continue
            }
            for text in ["Eins", "Zwei"] {
                try session.run(.board(.addCard(headingID: heading.id, text: text, author: "", tags: "", isPrepared: false, isCluster: false)))
            }
        }
        #expect(session.workshop.itemCount(for: .themeTables) == 9)
        #expect(session.workshop.itemCount(for: .swot) == 2)
        #expect(session.workshop.itemCount(for: .guidingGoals) == 2)
        for kind in [InstrumentKind.plenary, .pause, .materiality, .profileForms, .consensing] {
            #expect(session.workshop.itemCount(for: kind) == 0, "\(kind)")
        }
        try session.run(.board(.addCard(headingID: id("s3"), text: "Fördermittel", author: "", tags: "", isPrepared: false, isCluster: false)))
        #expect(session.workshop.itemCount(for: .swot) == 3)
        try session.run(.board(.removeBoard(id: id("b1"))))
        #expect(session.workshop.itemCount(for: .themeTables) == 4)
    }
}
