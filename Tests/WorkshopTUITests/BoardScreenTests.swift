import Foundation
import Testing
import WorkshopModel
@testable import WorkshopTUI

// MARK: The boards fixture

/// A workshop built in code for the board screens: one board of every ``BoardKind`` with
/// German cards (umlauts, ß, en dashes, a long compound word, a multi-line card, a prepared
/// card, a round card with two members, a card with author and tags, links from challenges
/// to visions across boards) and an idea store whose only heading holds 200 cards.
/// It does not use the demo's boards, so changes to the demo do not move these goldens.
enum BoardFixture {
    /// Boards in workshop order (the overview selects them with `l`).
    static let themeTable = EntityID("b-thementisch")
    static let swot = EntityID("b-swot")
    static let mindMap = EntityID("b-mindmap")
    static let strategyCards = EntityID("b-strategie")
    static let guidingGoals = EntityID("b-leitziele")
    static let ideas = EntityID("b-ideen")
    static let boardOrder = [themeTable, swot, mindMap, strategyCards, guidingGoals, ideas]

    /// The theme table's headings.
    static let challenges = EntityID("h-herausforderungen")
    static let visions = EntityID("h-visionen")
    static let measures = EntityID("h-massnahmen")
    /// The idea store's heading with 200 cards.
    static let ideaHeading = EntityID("h-ideen")
    static let ideaCount = 200

    /// Cards referred to by the tests.
    static let vacancies = EntityID("c-leerstand")        // prepared, tagged, links to a vision on the same board
    static let skills = EntityID("c-fachkraefte")        // author and tags, links to a guiding goal
    static let parking = EntityID("c-parken")            // multi-line
    static let reachability = EntityID("c-erreichbarkeit")  // round card
    static let busService = EntityID("c-oepnv")           // member of the round card
    static let cycleLanes = EntityID("c-radwege")         // member of the round card
    static let forms = EntityID("c-formulare")           // long compound word
    static let livelyCentre = EntityID("c-innenstadt")    // vision, target of `vacancies`
    static let minewater = EntityID("c-grubenwasser")     // mind map, found by search
    static let goodWork = EntityID("c-gute-arbeit")       // guiding goal, target of `skills`
    static let climateIndustry = EntityID("c-klima-industrie")  // guiding goal, target of a SWOT risk

    static let compoundWord = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen"

    static func workshop() -> Workshop {
        var workshop = Workshop(info: WorkshopInfo(title: "Zukunftswerkstatt Wirtschaftsallianz Bottrop",
                                                   date: "2017-03-23", place: "Lokschuppen, Bottrop"))
        let anja = Person(id: EntityID("m-grossmann"), name: "Anja Großmann", organisation: "Stadt Bottrop")
        let mehmet = Person(id: EntityID("m-oeztuerk"), name: "Mehmet Öztürk", organisation: "Hochschule Ruhr West")
        workshop.moderators = [anja, mehmet]
        workshop.participants = [Person(id: EntityID("p-weiss"), name: "Jürgen Weiß", organisation: "IHK Nord Westfalen")]

        workshop.boards = [
            Board(id: themeTable, title: "Innenstadt & Handel", kind: .themeTable, moderatorID: anja.id),
            Board(id: swot, title: "Wirtschaftsstandort Bottrop", kind: .swot, moderatorID: mehmet.id),
            Board(id: mindMap, title: "Energie & Klima", kind: .mindMap),
            Board(id: strategyCards, title: "Wirtschaftsallianz 2030", kind: .strategyCards, moderatorID: anja.id),
            Board(id: guidingGoals, title: "Leitziele „Gemeinsam – Innovativ – Nachhaltig“", kind: .guidingGoals),
            Board(id: ideas, title: "Ideenspeicher", kind: .themeTable),
        ]
        var headingIDs: [EntityID: [EntityID]] = [:]
        func heading(_ id: EntityID, _ board: EntityID, _ title: String, fixed: Bool = false) {
            workshop.headings.append(Heading(id: id, boardID: board, title: title, isFixed: fixed))
            headingIDs[board, default: []].append(id)
        }
        heading(challenges, themeTable, "Herausforderungen")
        heading(visions, themeTable, "Visionen")
        heading(measures, themeTable, "Maßnahmen")
        for (index, kind) in [(swot, BoardKind.swot), (mindMap, .mindMap), (strategyCards, .strategyCards),
                              (guidingGoals, .guidingGoals)].enumerated() {
            for (offset, title) in kind.1.templateHeadings.enumerated() {
                heading(EntityID("h-\(index)-\(offset)"), kind.0, title, fixed: kind.1.hasFixedHeadings)
            }
        }
        heading(ideaHeading, ideas, "Gesammelte Ideen")

        var number = 0
        func card(_ board: EntityID, _ headingIndex: Int, _ text: String, id: EntityID? = nil, author: String? = nil,
                  tags: [String] = [], prepared: Bool = false, cluster: Bool = false, in clusterID: EntityID? = nil,
                  links: [EntityID] = []) {
            number += 1
            workshop.cards.append(Card(id: id ?? EntityID("c-\(number)"), boardID: board,
                                       headingID: headingIDs[board]![headingIndex], text: text, author: author,
                                       tags: tags, isPrepared: prepared, isCluster: cluster, clusterID: clusterID,
                                       links: links))
        }

        // Theme table: challenges, visions, measures.
        card(themeTable, 0, "Leerstände in der Fußgängerzone nehmen zu", id: vacancies, tags: ["Stadtentwicklung"],
             prepared: true, links: [livelyCentre])
        card(themeTable, 0, "Fachkräftemangel im Handwerk – Betriebe finden keine Azubis", id: skills,
             author: "Jürgen Weiß", tags: ["Demografischer Wandel", "Fachkräfte"], links: [goodWork])
        card(themeTable, 0, "Parken in der Innenstadt:\n– zu teuer\n– samstags zu wenige Plätze", id: parking)
        card(themeTable, 0, "Erreichbarkeit", id: reachability, cluster: true)
        card(themeTable, 0, "ÖPNV-Takt am Abend zu dünn", id: busService, in: reachability)
        card(themeTable, 0, "Radwege enden im Nichts – Lücken schließen", id: cycleLanes, in: reachability)
        card(themeTable, 0, "Antragsformulare wie ein \(compoundWord)", id: forms)
        card(themeTable, 1, "Lebendige Innenstadt: Wohnen, Arbeiten und Einkaufen über- und nebeneinander",
             id: livelyCentre, tags: ["Stadtentwicklung"])
        card(themeTable, 1, "Straßencafés ☕ an der Hansastraße bis 22 Uhr geöffnet")
        card(themeTable, 2, "Leerstandsmanagement mit Zwischennutzung (Pop-up-Läden)", tags: ["Stadtentwicklung"])
        card(themeTable, 2, "Ausbildungsbörse „Handwerk trifft Schule“ im Mai")
        card(themeTable, 2, "Ideen-Sprint 💡 mit Schüler:innen – 東京 Partnerstadt?")

        // SWOT: strengths, weaknesses, opportunities, risks.
        card(swot, 0, "Zentrale Lage im Ruhrgebiet – A2, A31 und A42", prepared: true)
        card(swot, 0, "Starke Familienunternehmen mit Bindung an die Stadt")
        card(swot, 1, "Image als „graue Bergbaustadt“")
        card(swot, 1, "Wenig freie Gewerbeflächen", author: "Mehmet Öztürk", tags: ["Flächen"])
        card(swot, 2, "InnovationCity Ruhr: Modellstadt für klimagerechten Stadtumbau")
        card(swot, 2, "Hochschule Ruhr West als Partner für Gründungen")
        card(swot, 3, "Strukturwandel nach dem Ende der Zeche Prosper-Haniel (2018)", tags: ["Strukturwandel"],
             links: [climateIndustry])
        card(swot, 3, "Abwanderung junger Fachkräfte ins Umland")

        // Mind map: seven branches, some left empty.
        card(mindMap, 0, "Kohleausstieg – Fördermittel von Bund und Land", prepared: true)
        card(mindMap, 2, "Emschergenossenschaft")
        card(mindMap, 2, "Stadtwerke Bottrop")
        card(mindMap, 3, "Grubenwasser als Wärmequelle nutzen", id: minewater, tags: ["Klimawandel"])
        card(mindMap, 3, "Solardächer auf Gewerbehallen")
        card(mindMap, 5, "Hausbesitzer:innen im Quartier")
        card(mindMap, 6, "Wie verändert der Wärmepumpen-Boom das Stromnetz?")

        // Strategy cards: the four perspectives.
        card(strategyCards, 0, "Mitgliedsbeiträge nach Betriebsgröße staffeln")
        card(strategyCards, 1, "Sichtbarkeit bei Jugendlichen über Instagram & Co.")
        card(strategyCards, 2, "Arbeitskreise mit festen Sprecher:innen")
        card(strategyCards, 3, "Know-how der Ruheständler:innen als Mentor:innen nutzen", prepared: true)

        // Guiding goals: each goal with its source as a tag.
        card(guidingGoals, 0, "Unternehmen, Stadt und Hochschule handeln gemeinsam", tags: ["Quelle: Auftakt"])
        card(guidingGoals, 1, "Gute Arbeit für alle Generationen in Bottrop", id: goodWork, tags: ["Quelle: Thementisch"])
        card(guidingGoals, 2, "Grüne, sichere und lebendige Quartiere")
        card(guidingGoals, 5, "Bottrop ist Vorreiter für klimagerechte Industrie", id: climateIndustry,
             tags: ["Quelle: SWOT"])
        card(guidingGoals, 8, "CO₂-Ausstoß bis 2030 halbieren")

        // The idea store: 200 cards under one heading, every third one wraps.
        for index in 1...ideaCount {
            let text = index % 3 == 0
                ? "Idee \(index): Quartiersbüro mit Sprechstunde für Gründer:innen und Ladenbesitzer"
                : "Idee \(index): Grünfläche öffnen"
            card(ideas, 0, text, id: EntityID("c-idee-\(index)"))
        }
        return workshop
    }
}

extension Fixture {
    /// A fixture on ``BoardFixture/workshop()``.
    static func boards(language: Language = .de) throws -> Fixture {
        try Fixture(language: language, content: BoardFixture.workshop())
    }

    /// Opens a board the way a moderator does: `b` on the home screen, `l` to the board, Enter.
    func openBoard(_ id: EntityID) {
        let index = BoardFixture.boardOrder.firstIndex(of: id)!
        press(.character("b"))
        for _ in 0..<index { press(.character("l")) }
        press(.enter)
    }

    /// The board screen on top.
    var boardScreen: BoardScreen? { app.currentScreen as? BoardScreen }

    /// A card as saved.
    func card(_ id: EntityID) -> Card? { app.workshop.cards.first { $0.id == id } }

    /// The saved cards of a heading, in order.
    func cards(under heading: EntityID) -> [Card] { app.workshop.cards.filter { $0.headingID == heading } }

    func press(_ key: Key, times: Int) {
        for _ in 0..<times { app.handle(key) }
    }

    /// Like the terminal loop: a frame is drawn before every key (screens keep what they
    /// measured while drawing, such as the page count or the card to follow).
    func pressLive(_ keys: Key..., width: Int = 80, height: Int = 24) {
        for key in keys {
            _ = render(width, height)
            app.handle(key)
        }
    }

    /// Types `text` with a frame drawn before every character.
    func typeLive(_ text: String, width: Int = 80, height: Int = 24) {
        for character in text { pressLive(.character(character), width: width, height: height) }
    }
}

// MARK: Board screen

@Suite struct BoardScreenTests {
    static let kinds: [(String, EntityID)] = [
        ("themeTable", BoardFixture.themeTable), ("swot", BoardFixture.swot), ("mindMap", BoardFixture.mindMap),
        ("strategyCards", BoardFixture.strategyCards), ("guidingGoals", BoardFixture.guidingGoals),
    ]

    // MARK: Golden files

    @Test(arguments: BoardScreenTests.kinds.map(\.0), [(80, 24), (160, 45)])
    func boardGolden(kind: String, size: (Int, Int)) throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(Self.kinds.first { $0.0 == kind }!.1)
        #expect(fixture.boardScreen != nil)
        let canvas = fixture.render(size.0, size.1)
        expectNoLineWiderThanCanvas(canvas)
        assertGolden(canvas, named: "board-\(kind)-\(size.0)x\(size.1)")
    }

    // MARK: Content

    @Test func headerNamesKindTitleModeratorAndCount() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        let lines = fixture.lines(160, 45)
        #expect(lines[1].contains("Thementisch: Innenstadt & Handel · Moderation: Anja Großmann · 12 Karten"))
        #expect(lines[1].contains("• im Raum  ◇ vorbereitet  ◉ Cluster"))
        #expect(lines.last!.contains("allianz-tui · Pinnwand"))
    }

    @Test func columnHeadersShowTheCardCount() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        let canvas = fixture.render(160, 45)
        let header = canvas.lines[2]
        #expect(header.contains("Herausforderungen (7)"))
        #expect(header.contains("Visionen (2)"))
        #expect(header.contains("Maßnahmen (3)"))
        // The focused column's header is highlighted, the others are not.
        #expect(canvas.style(of: "Herausforderungen (7)", onLine: 2) == .selection)
        #expect(canvas.style(of: "Visionen (2)", onLine: 2) == .heading)
        fixture.type("n")
        fixture.type("Noch eine")
        fixture.press(.enter, .escape)
        #expect(fixture.lines(160, 45)[2].contains("Herausforderungen (8)"))
    }

    @Test func columnHeadersKeepTheCountWhenTheTitleIsCut() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.mindMap)
        for (width, height) in [(60, 16), (80, 24), (160, 45)] {
            let header = fixture.lines(width, height)[2]
            #expect(header.contains("Rahmenbedingungen (1)"), "\(width): \(header)")
            #expect(header.range(of: #"Nahtstellen oder \w*… \(0\)"#, options: .regularExpression) != nil, "\(width): \(header)")
            // "▶" stands apart from the last visible count.
            #expect(header.hasSuffix(") ▶"), "\(width): \(header)")
        }
        fixture.press(.character("l"), times: 6)
        let header = fixture.lines(80, 24)[2]
        #expect(header.hasPrefix("◀"))
        #expect(header.contains("(1)"), "\(header)")
    }

    @Test func theHeaderKeepsTheCardCountAndDropsTheModeratorFirst() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.swot)
        #expect(fixture.lines(80, 24)[1] == " SWOT-Analyse: Wirtschaftsstandort Bottrop · 8 Karten")
        #expect(fixture.lines(160, 45)[1].hasPrefix(" SWOT-Analyse: Wirtschaftsstandort Bottrop · Moderation: Mehmet Öztürk · 8 Karten"))
        fixture.press(.tab, .tab, .tab)  // guiding goals: a long title
        let line = fixture.lines(60, 16)[1]
        #expect(line.hasSuffix("… · 5 Karten"), "\(line)")
        #expect(line.hasPrefix(" Leitbild und Leitziele: Leitziele"))
    }

    @Test func anEmptyColumnExplainsItselfInFull() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.mindMap)
        let lines = fixture.lines(80, 24)
        let row = try #require(lines.firstIndex { $0.contains("(leer – n für eine") })
        #expect(lines[row + 1].contains("Karte)"))
    }

    @Test func markersShowPreparedRoomAndRoundCardsWithMembersIndented() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        let lines = fixture.lines(160, 45)
        func line(_ text: String) throws -> String { try #require(lines.first { $0.contains(text) }, "\(text)") }
        let prepared = try line("Leerstände in der")
        let room = try line("Fachkräftemangel im")
        let round = try line("Erreichbarkeit")
        let member1 = try line("ÖPNV-Takt am Abend")
        let member2 = try line("Radwege enden im")
        #expect(prepared.contains("◇ Leerstände"))
        #expect(room.contains("• Fachkräftemangel"))
        #expect(round.contains("◉ Erreichbarkeit"))
        // Members stand two columns further right than the round card.
        let roundColumn = DisplayWidth.of(String(round[..<round.range(of: "◉")!.lowerBound]))
        for member in [member1, member2] {
            let memberColumn = DisplayWidth.of(String(member[..<member.range(of: "• ")!.lowerBound]))
            #expect(memberColumn == roundColumn + 2, "\(member)")
        }
        // Author, tags and links below the card; the multi-line card keeps its lines.
        let meta = try #require(lines.firstIndex { $0.contains("  — Jürgen Weiß #Demografischer Wandel") })
        #expect(lines[meta].contains("#Fachkräfte") || lines[meta + 1].contains("#Fachkräfte"))
        #expect(lines[meta].hasSuffix("→ 1") || lines[meta + 1].contains("  → 1"))
        #expect(lines.contains { $0.hasSuffix("  – zu teuer") || $0.contains("  – zu teuer ") })
        #expect(lines.contains { $0.contains("  – samstags zu wenige Plätze") })
    }

    @Test func theLongCompoundWordIsBrokenInsideItsColumn() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        fixture.press(.character("G"))
        for (width, height) in [(80, 24), (160, 45)] {
            let canvas = fixture.render(width, height)
            expectNoLineWiderThanCanvas(canvas)
            let lines = canvas.lines
            // The first column ends where the second column's header begins.
            let header = lines[2]
            let columnWidth = header.distance(from: header.startIndex, to: try #require(header.range(of: " Visionen")).lowerBound)
            let start = try #require(lines.firstIndex { $0.contains("Antragsformulare") }, "\(width)x\(height)")
            // The pieces of the word, read down the first column, give the whole word back.
            let pieces = lines[start...].prefix(5).map { String($0.prefix(columnWidth)) }
            let joined = pieces.joined().replacingOccurrences(of: " ", with: "")
            #expect(joined.contains(BoardFixture.compoundWord), "\(pieces)")
            // No piece runs into the gap before the second column.
            for row in lines[start...].prefix(3) where row.count >= columnWidth {
                #expect(Array(row)[columnWidth - 1] == " ", "\(row)")
            }
        }
    }

    @Test func wideCharactersKeepTheColumnsAligned() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        for (width, height) in [(80, 24), (160, 45)] {
            let canvas = fixture.render(width, height)
            expectNoLineWiderThanCanvas(canvas)
            // The terminal column where `text` starts on the row that holds it.
            func column(of text: String) throws -> Int {
                let line = try #require(canvas.lines.first { $0.contains(text) }, "\(text) at \(width)x\(height)")
                return DisplayWidth.of(line[..<line.range(of: text)!.lowerBound])
            }
            // "☕" (two columns) stands in the middle column: the cards to its right stay in line.
            #expect(try column(of: "• Straßencafés ☕") == column(of: "• Lebendige Innenstadt"))
            #expect(try column(of: "• Ausbildungsbörse") == column(of: "• Leerstandsmanagement"))
            #expect(try column(of: "• Ideen-Sprint 💡") == column(of: "• Leerstandsmanagement"))
            let cafe = try #require(lineIndex(of: "☕", in: canvas))
            let third = try column(of: "• Leerstandsmanagement")
            // On the row with ☕, whatever stands in the third column starts where that column starts.
            let cells = (0..<width).map { canvas[$0, cafe].text }
            #expect(cells[third - 1] == " ", "the gap before the third column is intact")
            #expect(cells[third] != "", "the third column does not start inside a wide character")
            if width == 80 { #expect(cells[third + 2] == "„", "the continuation of „Handwerk trifft …“ stands in line") }
            // Wide characters take two cells: the second is a continuation.
            let cup = try #require((0..<width).first { canvas[$0, cafe].text == "☕" })
            #expect(canvas[cup + 1, cafe].isContinuation)
        }
    }

    // MARK: Scrolling

    @Test func aHeadingWith200CardsScrollsToTheLastCard() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.ideas)
        var text = fixture.screen(80, 24)
        #expect(text.contains("Gesammelte Ideen (200)"))
        #expect(text.contains("• Idee 1: Grünfläche öffnen"))
        #expect(!text.contains("Idee 200:"))
        #expect(text.contains("▼"))
        #expect(!text.contains("▲"))
        fixture.press(.character("j"), times: BoardFixture.ideaCount - 1)
        let canvas = fixture.render(80, 24)
        text = canvas.text
        #expect(text.contains("Idee 200: Grünfläche öffnen"))
        #expect(!text.contains("Idee 1: "))
        #expect(text.contains("▲"))
        #expect(!text.contains("▼"))
        #expect(canvas.lines[3].contains(" ▲"), "the indicator sits on the rule under the header")
        // The last card is the selected one.
        let row = try #require(lineIndex(of: "Idee 200:", in: canvas))
        #expect(canvas.style(of: "Idee 200:", onLine: row) == .selection)
        // g goes back to the top.
        fixture.press(.character("g"))
        #expect(fixture.screen(80, 24).contains("• Idee 1: Grünfläche öffnen"))
    }

    @Test func theScrollIndicatorNeverCoversACard() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.ideas)
        fixture.press(.character("j"), times: 5)
        let lines = fixture.lines(80, 24)
        #expect(lines[3].hasSuffix("─ ▼182 ─"), "\(lines[3])")
        // The long card on the last row keeps its end.
        for line in lines[4..<22] { #expect(!line.contains("▼") && !line.contains("▲"), "\(line)") }
        #expect(lines[21] == "• Idee 18: Quartiersbüro mit Sprechstunde für Gründer:innen und Ladenbesitzer")
        fixture.press(.character("j"), times: 30)
        #expect(fixture.lines(80, 24)[3].range(of: #"─ ▲\d+ ▼\d+ ─$"#, options: .regularExpression) != nil)
    }

    @Test func endJumpsToTheLastCardAtEverySize() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.ideas)
        fixture.press(.character("G"))
        for (width, height) in [(60, 16), (80, 24), (160, 45)] {
            let text = fixture.screen(width, height)
            #expect(text.contains("Idee 200: Grünfläche öffnen"), "\(width)x\(height)")
            #expect(text.contains("▲"), "\(width)x\(height)")
        }
    }

    // MARK: Editing the board

    @Test func moveRightAndLeftThenUndo() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        fixture.press(.character("j"))  // Fachkräftemangel
        fixture.press(.character("L"))
        #expect(fixture.card(BoardFixture.skills)?.headingID == BoardFixture.visions)
        var header = fixture.lines(160, 45)[2]
        #expect(header.contains("Herausforderungen (6)") && header.contains("Visionen (3)"))
        // The moved card stays selected in its new column, so L again carries it on.
        let canvas = fixture.render(160, 45)
        let row = try #require(lineIndex(of: "Fachkräftemangel", in: canvas))
        #expect(canvas.style(of: "Fachkräftemangel", onLine: row) == .selection)
        fixture.press(.character("L"))
        #expect(fixture.card(BoardFixture.skills)?.headingID == BoardFixture.measures)
        fixture.press(.character("H"))
        #expect(fixture.card(BoardFixture.skills)?.headingID == BoardFixture.visions)
        // u undoes one move at a time, and the card returns to its place.
        fixture.press(.character("u"))
        #expect(fixture.card(BoardFixture.skills)?.headingID == BoardFixture.measures)
        fixture.press(.character("u"), .character("u"))
        #expect(fixture.card(BoardFixture.skills)?.headingID == BoardFixture.challenges)
        #expect(fixture.cards(under: BoardFixture.challenges).map(\.id).prefix(2) == [BoardFixture.vacancies, BoardFixture.skills])
        header = fixture.lines(160, 45)[2]
        #expect(header.contains("Herausforderungen (7)") && header.contains("Visionen (2)"))
        #expect(fixture.screen(160, 45).contains("Rückgängig gemacht."))
    }

    @Test func moveLeftInTheFirstColumnDoesNothing() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        let before = fixture.app.store.state.lastSequence
        fixture.press(.character("H"))
        #expect(fixture.app.store.state.lastSequence == before)
    }

    @Test func reorderWithJAndK() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        fixture.press(.character("J"))
        #expect(fixture.cards(under: BoardFixture.challenges).map(\.id).prefix(2) == [BoardFixture.skills, BoardFixture.vacancies])
        fixture.press(.character("K"))
        #expect(fixture.cards(under: BoardFixture.challenges).map(\.id).prefix(2) == [BoardFixture.vacancies, BoardFixture.skills])
    }

    @Test func roundCardThenGroupTheCardBelowWithCAndEnter() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        fixture.press(.character("l"), .character("l"))  // Maßnahmen
        fixture.pressLive(.character("r"))
        #expect(fixture.screen(80, 24).contains("Neue runde Karte (Cluster) unter „Maßnahmen“"))
        fixture.typeLive("Öffentlichkeitsarbeit")
        fixture.pressLive(.enter, .escape, .character("n"))
        fixture.typeLive("Stadtmagazin „Bottrop erleben“")
        fixture.pressLive(.enter, .escape)
        let cards = fixture.cards(under: BoardFixture.measures)
        let round = try #require(cards.first { $0.text == "Öffentlichkeitsarbeit" })
        let member = try #require(cards.first { $0.text == "Stadtmagazin „Bottrop erleben“" })
        #expect(round.isCluster)
        #expect(member.clusterID == nil)
        // The new card is selected; c lists the heading's round cards, the one above chosen.
        fixture.pressLive(.character("c"))
        let picker = fixture.screen(80, 24)
        #expect(picker.contains("Gruppieren unter … (Enter wählt) (1)"))
        #expect(picker.contains("◉ Öffentlichkeitsarbeit"))
        fixture.pressLive(.enter)
        #expect(fixture.card(member.id)?.clusterID == round.id)
        let lines = fixture.lines(160, 45)
        let roundRow = try #require(lines.firstIndex { $0.contains("◉ Öffentlichkeitsarbeit") })
        #expect(lines[roundRow + 1].contains("  • Stadtmagazin"))
        #expect(fixture.screen(160, 45).contains("Karte gruppiert unter „Öffentlichkeitsarbeit“ – u nimmt es zurück."))
        // c again releases it.
        fixture.press(.character("c"))
        #expect(fixture.card(member.id)?.clusterID == nil)
        #expect(fixture.screen(160, 45).contains("Karte aus dem Cluster gelöst – u nimmt es zurück."))
    }

    @Test(arguments: [Character("c"), "C"])
    func oneKeyMakesAClusterOfTheSelectedCardAndTheOneBelowAndUTakesBackBoth(key: Character) throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        fixture.press(.character("l"))  // Visionen: two cards, no round card
        let before = fixture.app.workshop
        // c (no round card in the heading yet) or C: one key.
        fixture.press(.character(key))
        let head = try #require(fixture.card(BoardFixture.livelyCentre))
        #expect(head.isCluster)
        let below = try #require(fixture.cards(under: BoardFixture.visions).last)
        #expect(below.clusterID == head.id)
        let lines = fixture.lines(160, 45)
        let row = try #require(lines.firstIndex { $0.contains("◉ Lebendige Innenstadt") })
        #expect(lines[row + 3].contains("  • Straßencafés"), "\(lines[row + 3])")
        #expect(fixture.screen(160, 45).contains("Cluster: „Lebendige Innenstadt: Wohnen, Arbeiten…“ ist jetzt die runde Karte"))
        #expect(fixture.screen(200, 45).contains("liegt darunter – u nimmt es zurück."))
        // One u takes back both changes.
        fixture.press(.character("u"))
        #expect(fixture.app.workshop == before)
    }

    @Test func aCardGoesIntoAClusterChosenFromTheListInAtMostFourKeys() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        // A second round card: C on the vacancies card makes it one, with the skills card.
        fixture.press(.character("C"))
        #expect(fixture.card(BoardFixture.vacancies)?.isCluster == true)
        #expect(fixture.card(BoardFixture.skills)?.clusterID == BoardFixture.vacancies)
        // The forms card, last in the heading: c, ↑, Enter puts it under the vacancies card.
        fixture.press(.character("G"))
        let keys: [Key] = [.character("c"), .up, .enter]
        fixture.press(keys[0])
        let picker = fixture.screen(120, 30)
        #expect(picker.contains("Gruppieren unter … (Enter wählt) (2)"))
        #expect(picker.contains("◉ Leerstände in der Fußgängerzone") && picker.contains("◉ Erreichbarkeit"))
        for key in keys.dropFirst() { fixture.press(key) }
        #expect(keys.count <= 4)
        #expect(fixture.card(BoardFixture.forms)?.clusterID == BoardFixture.vacancies)
        // The nearest round card above is chosen first: c, Enter.
        fixture.press(.character("u"))
        fixture.press(.character("G"), .character("c"), .enter)
        #expect(fixture.card(BoardFixture.forms)?.clusterID == BoardFixture.reachability)
    }

    @Test func onAClusterTheNextFreeCardBelowJoins() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        fixture.press(.character("j"), times: 4)  // ÖPNV-Takt, a member of "Erreichbarkeit"
        fixture.press(.character("C"))
        #expect(fixture.card(BoardFixture.forms)?.clusterID == BoardFixture.reachability)
        #expect(fixture.screen(160, 45).contains("Karte gruppiert unter „Erreichbarkeit“"))
        // Nothing free below any more: said, and nothing changes.
        let before = fixture.app.store.state.lastSequence
        fixture.press(.character("C"))
        #expect(fixture.app.store.state.lastSequence == before)
        #expect(fixture.screen(160, 45).contains("Unter „Erreichbarkeit“ steht keine freie Karte, die dazukommen kann."))
    }

    @Test func linkThroughThePickerShowsTheArrowCount() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        fixture.press(.character("j"), .character("j"))  // the multi-line parking card, no links yet
        fixture.press(.character("x"))
        #expect(fixture.app.overlay is PickerOverlay)
        let all = fixture.screen(120, 30)
        #expect(all.contains("Verknüpfen mit … (tippen filtert) (\(BoardFixture.workshop().cards.count - 1))"))
        // Typing filters, accent- and case-insensitively, across boards.
        fixture.type("lebendige innenstadt")
        let filtered = fixture.screen(120, 30)
        #expect(filtered.contains("(tippen filtert) (1)"))
        #expect(filtered.contains("Innenstadt & Handel › Visionen: Lebendige Innenstadt"))
        fixture.press(.enter)
        #expect(fixture.app.overlay == nil)
        #expect(fixture.card(BoardFixture.parking)?.links == [BoardFixture.livelyCentre])
        let lines = fixture.lines(160, 45)
        let row = try #require(lines.firstIndex { $0.contains("samstags zu wenige Plätze") })
        #expect(lines[row + 1].contains("→ 1"))
        #expect(fixture.screen(160, 45).contains("Verknüpft mit „Lebendige Innenstadt: Wohnen, Arbeiten…“."))
        // Linking to the same card again removes the link, and says so.
        fixture.press(.character("x"))
        fixture.type("lebendige")
        fixture.press(.enter)
        #expect(fixture.card(BoardFixture.parking)?.links == [])
        #expect(fixture.screen(160, 45).contains("Verknüpfung mit „Lebendige Innenstadt: Wohnen, Arbeiten…“ entfernt – u holt sie zurück."))
    }

    @Test func linkPickerEscapeChangesNothing() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        let before = fixture.app.store.state.lastSequence
        fixture.press(.character("x"))
        fixture.type("gute arbeit")
        fixture.press(.escape)
        #expect(fixture.app.overlay == nil)
        #expect(fixture.app.store.state.lastSequence == before)
        #expect(fixture.boardScreen != nil, "Esc closes the picker, not the board")
    }

    @Test func movePickerMovesACardToAnotherBoard() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        fixture.press(.character("m"))
        fixture.type("bottrop risiken")
        fixture.press(.enter)
        let moved = try #require(fixture.card(BoardFixture.vacancies))
        #expect(moved.boardID == BoardFixture.swot)
        #expect(fixture.app.workshop.headings.first { $0.id == moved.headingID }?.title == "Risiken (extern)")
        #expect(fixture.screen(120, 30).contains("Karte verschoben."))
        fixture.press(.character("u"))
        #expect(fixture.card(BoardFixture.vacancies)?.headingID == BoardFixture.challenges)
    }

    @Test func deleteSaysHowToUndoAndUndoRestores() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        let order = fixture.cards(under: BoardFixture.challenges).map(\.id)
        fixture.press(.character("j"))
        fixture.press(.character("d"))
        #expect(fixture.card(BoardFixture.skills) == nil)
        // The link from the deleted card went with it; the vision it pointed to stays.
        #expect(fixture.card(BoardFixture.goodWork) != nil)
        let canvas = fixture.render(80, 24)
        #expect(canvas.lines[22].contains("Karte „Fachkräftemangel im Handwerk – Betriebe…“ entfernt – u holt sie zurück."))
        #expect(!canvas.lines[..<22].joined().contains("Fachkräftemangel"), "the card is off the board")
        #expect(canvas.lines[2].contains("Herausforderungen (6)"))
        fixture.press(.character("u"))
        let restored = try #require(fixture.card(BoardFixture.skills))
        #expect(restored.links == [BoardFixture.goodWork])
        #expect(restored.author == "Jürgen Weiß")
        #expect(fixture.cards(under: BoardFixture.challenges).map(\.id) == order)
        #expect(fixture.screen(80, 24).contains("Fachkräftemangel"))
    }

    @Test func deletingARoundCardReleasesItsMembersAndUndoRegroupsThem() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        fixture.press(.character("j"), times: 3)  // Erreichbarkeit
        fixture.press(.character("d"))
        #expect(fixture.card(BoardFixture.reachability) == nil)
        #expect(fixture.card(BoardFixture.busService)?.clusterID == nil)
        let lines = fixture.lines(160, 45)
        #expect(lines.contains { $0.contains("│• ÖPNV-Takt") || $0.hasPrefix("• ÖPNV-Takt") })
        fixture.press(.character("u"))
        #expect(fixture.card(BoardFixture.busService)?.clusterID == BoardFixture.reachability)
        #expect(fixture.card(BoardFixture.cycleLanes)?.clusterID == BoardFixture.reachability)
    }

    @Test func tabSwitchesBoardsAndWrapsAround() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        var titles: [String] = []
        for _ in BoardFixture.boardOrder {
            titles.append(fixture.lines(160, 45)[1])
            fixture.press(.tab)
        }
        #expect(titles[0].contains("Thementisch: Innenstadt & Handel"))
        #expect(titles[1].contains("SWOT-Analyse: Wirtschaftsstandort Bottrop"))
        #expect(titles[2].contains("Mindmap Handlungsfeld: Energie & Klima"))
        #expect(titles[3].contains("Strategiekarten: Wirtschaftsallianz 2030"))
        #expect(titles[4].contains("Leitbild und Leitziele: Leitziele „Gemeinsam – Innovativ – Nachhaltig“"))
        #expect(titles[5].contains("Thementisch: Ideenspeicher"))
        #expect(fixture.lines(160, 45)[1].contains("Innenstadt & Handel"), "Tab after the last board wraps to the first")
        fixture.press(.backTab)
        #expect(fixture.lines(160, 45)[1].contains("Ideenspeicher"))
        #expect(fixture.boardScreen?.boardID == BoardFixture.ideas)
    }

    @Test func tabStartsTheNextBoardInItsFirstColumn() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        fixture.press(.character("l"), .character("l"))
        fixture.press(.tab)
        let canvas = fixture.render(160, 45)
        #expect(canvas.style(of: "Stärken (intern) (2)", onLine: 2) == .selection)
    }

    @Test func hAndLScrollTheColumnsOfAWideBoard() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.guidingGoals)
        var text = fixture.screen(80, 24)
        #expect(text.contains("Kooperation (1)"))
        #expect(!text.contains("Nachhaltige Mobilität"))
        #expect(text.contains("▶"))
        fixture.press(.character("l"), times: 10)
        let canvas = fixture.render(80, 24)
        text = canvas.text
        #expect(text.contains("Nachhaltige Mobilität (0)"))
        // The hint in an empty column wraps instead of losing its end.
        let hint = try #require(canvas.lines.firstIndex { $0.contains("(leer – n für eine") })
        #expect(canvas.lines[hint + 1].contains("Karte)"))
        #expect(!text.contains("Kooperation"))
        #expect(text.contains("◀"))
        #expect(canvas.style(of: "Nachhaltige Mobilität (0)", onLine: 2) == .selection)
    }

    @Test func escReturnsToTheOverview() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.swot)
        fixture.press(.escape)
        #expect(fixture.app.currentScreen is BoardsOverviewScreen)
        fixture.press(.character("b"))
        #expect(fixture.app.currentScreen is BoardsOverviewScreen, "b on a board also goes back, not deeper")
    }

    @Test func keyHintsAndStatusLineAreShown() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        let lines = fixture.lines(160, 45)
        #expect(lines[43].contains("n Neue Karte") || lines[43].contains("n "), "\(lines[43])")
        #expect(lines[43].contains("? Tastenhilfe"))
        #expect(lines[44].contains("allianz-tui · Pinnwand"))
        #expect(lines[44].contains("14:05"))
    }

    // MARK: Headings

    @Test func addRenameAndRemoveAHeading() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        fixture.press(.character("+"))
        fixture.type("Offene Fragen")
        fixture.press(.enter)
        let added = try #require(fixture.app.workshop.headings.last)
        #expect(added.title == "Offene Fragen" && added.boardID == BoardFixture.themeTable)
        #expect(fixture.screen(160, 45).contains("Offene Fragen (0)"))
        fixture.press(.character("l"), times: 3)
        fixture.press(.character("R"))
        fixture.press(.control("u"))
        fixture.type("Offene Fragen – später klären")
        fixture.press(.enter)
        #expect(fixture.app.workshop.headings.last?.title == "Offene Fragen – später klären")
        fixture.press(.character("-"))
        #expect(fixture.screen(160, 45).contains("Überschrift „Offene Fragen – später klären“ mit 0 Karten entfernen?"))
        fixture.press(.character("j"))
        #expect(!fixture.app.workshop.headings.contains { $0.id == added.id })
    }

    @Test func fixedSwotHeadingsCannotBeRemoved() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.swot)
        let before = fixture.app.workshop.headings.count
        fixture.press(.character("-"))
        fixture.press(.character("j"))
        #expect(fixture.app.workshop.headings.count == before)
        #expect(fixture.screen(120, 30).contains("Stärken (intern)"))
    }

    // MARK: Small and odd sizes

    @Test func nothingCrashesAt60x16() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        let sizes = [(60, 16), (61, 17), (59, 15), (80, 24), (100, 30), (160, 45), (240, 70)]
        func check(_ label: String) {
            for (width, height) in sizes {
                let canvas = fixture.render(width, height)
                expectNoLineWiderThanCanvas(canvas)
                #expect(canvas.lines.count == height, "\(label) \(width)x\(height)")
            }
        }
        for _ in BoardFixture.boardOrder {
            check("board")
            fixture.press(.character("G"))
            check("board bottom")
            fixture.press(.character("l"), times: 12)
            check("board right")
            fixture.press(.tab)
        }
        let openers: [[Key]] = [[.character("n")], [.character("r")], [.character("e")], [.character("x")],
                                [.character("m")], [.character("/")], [.character("?")], [.character("+")],
                                [.character("-")], [.character(":")]]
        for keys in openers {
            fixture.press(contentsOf: keys)
            check("\(keys)")
            fixture.press(.escape)
            #expect(fixture.app.overlay == nil, "\(keys)")
        }
        // Typing a long card at the smallest size.
        fixture.press(.character("n"))
        fixture.type(String(repeating: "Überschriftenzeile ", count: 20))
        check("typing")
        fixture.press(.escape)
        fixture.press(.character("p"))
        check("plenary")
        fixture.press(.escape)
        fixture.press(.character("A"))
        check("aggregate")
        #expect(fixture.screen(59, 15).contains("59"), "below the minimum the size is explained")
    }

    @Test func anEmptyWorkshopHasNoBoardsAndABoardWithoutHeadingsSaysSo() throws {
        var content = BoardFixture.workshop()
        content.headings.removeAll { $0.boardID == BoardFixture.themeTable }
        content.cards.removeAll { $0.boardID == BoardFixture.themeTable }
        let fixture = try Fixture(content: content)
        fixture.openBoard(BoardFixture.themeTable)
        fixture.press(.character("n"))
        #expect(fixture.app.overlay == nil)
        let text = fixture.screen(80, 24)
        #expect(text.contains("0 Karten"))
        #expect(text.contains(UIText.boardNoHeadings.text(.de)))
        expectNoLineWiderThanCanvas(fixture.render(60, 16))
    }

    @Test func englishBoard() throws {
        let fixture = try Fixture.boards(language: .en)
        fixture.openBoard(BoardFixture.swot)
        let text = fixture.screen(160, 45)
        #expect(text.contains("SWOT analysis: Wirtschaftsstandort Bottrop"))
        #expect(text.contains("• from the room  ◇ prepared  ◉ cluster"))
        #expect(text.contains("Stärken (intern) (2)"))
    }
}
