import Foundation
import Testing
import WorkshopModel
@testable import WorkshopTUI

/// `/` searches every card of the workshop; `A` lists the cards by tag with their links.
@Suite struct SearchAndAggregateTests {
    // MARK: Search

    @Test func searchFindsACardOnAnotherBoardAndOpensIt() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        fixture.press(.character("/"))
        #expect(fixture.app.overlay is PickerOverlay)
        #expect(fixture.screen(120, 30).contains("Suche in allen Karten (\(BoardFixture.workshop().cards.count))"))
        fixture.type("grubenwasser")
        let picker = fixture.screen(120, 30)
        #expect(picker.contains("Suche in allen Karten (1)"))
        #expect(picker.contains("Energie & Klima › Bedarfe / Ideen im Handlungsfeld: Grubenwasser als Wärmequelle nutzen  #Klimawandel"))
        fixture.press(.enter)
        #expect(fixture.app.overlay == nil)
        #expect(fixture.boardScreen?.boardID == BoardFixture.mindMap)
        // The board opens with the found card selected and its column in view.
        for (width, height) in [(80, 24), (160, 45)] {
            let canvas = fixture.render(width, height)
            #expect(canvas.lines[1].contains("Mindmap Handlungsfeld: Energie & Klima"))
            let row = try #require(lineIndex(of: "Grubenwasser", in: canvas), "\(width)x\(height)")
            #expect(canvas.style(of: "Grubenwasser", onLine: row) == .selection, "\(width)x\(height)")
            #expect(canvas.style(of: "Bedarfe / Ideen", onLine: 2) == .selection, "\(width)x\(height)")
        }
        // Esc goes back to the board the search started from.
        fixture.press(.escape)
        #expect(fixture.boardScreen?.boardID == BoardFixture.themeTable)
    }

    @Test func searchIgnoresCaseAndAccentsAndMatchesAllWords() throws {
        let fixture = try Fixture.boards()
        fixture.press(.character("/"))
        fixture.type("OPNV abend")
        var text = fixture.screen(120, 30)
        #expect(text.contains("Suche in allen Karten (1)"))
        #expect(text.contains("ÖPNV-Takt am Abend zu dünn"))
        fixture.press(.control("u"))
        fixture.type("fachkrafte")  // in a card's text and in a tag
        text = fixture.screen(160, 45)
        #expect(text.contains("Suche in allen Karten (2)"))
        #expect(text.contains("Fachkräftemangel im Handwerk"))
        #expect(text.contains("Abwanderung junger Fachkräfte ins Umland"))
        fixture.press(.control("u"))
        fixture.type("gibt es nicht")
        text = fixture.screen(120, 30)
        #expect(text.contains("Suche in allen Karten (0)"))
        #expect(text.contains("Nichts gefunden."))
        fixture.press(.enter)
        #expect(fixture.app.overlay != nil, "Enter on no match keeps the search open")
        fixture.press(.escape)
        #expect(fixture.app.currentScreen is HomeScreen)
    }

    @Test func searchFromHomeOpensTheCardInTheIdeaStore() throws {
        let fixture = try Fixture.boards()
        fixture.press(.character("/"))
        fixture.type("Idee 187:")
        fixture.press(.enter)
        #expect(fixture.boardScreen?.boardID == BoardFixture.ideas)
        let canvas = fixture.render(80, 24)
        let row = try #require(lineIndex(of: "Idee 187:", in: canvas))
        #expect(canvas.style(of: "Idee 187:", onLine: row) == .selection)
        #expect(canvas.text.contains("▲"))
    }

    @Test func searchChoosesWithTheArrowKeys() throws {
        let fixture = try Fixture.boards()
        fixture.press(.character("/"))
        fixture.type("leitziele quelle")  // the guiding goals with a source tag
        #expect(fixture.screen(120, 30).contains("Suche in allen Karten (3)"))
        fixture.press(.down, .down)
        fixture.press(.enter)
        #expect(fixture.boardScreen?.boardID == BoardFixture.guidingGoals)
        #expect(fixture.screen(160, 45).contains("Bottrop ist Vorreiter"))
        let canvas = fixture.render(160, 45)
        let row = try #require(lineIndex(of: "Bottrop ist Vorreiter", in: canvas))
        #expect(canvas.style(of: "Bottrop ist Vorreiter", onLine: row) == .selection)
    }

    @Test func thePickerIsOneBoxWithARuleUnderTheQuery() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        fixture.press(.character("/"))
        let canvas = fixture.render(80, 24)
        let top = try #require(lineIndex(of: "┌─ Suche in allen Karten", in: canvas))
        #expect(canvas.lines[top + 1].contains("│ /"))
        #expect(canvas.lines[top + 2].contains("├──") && canvas.lines[top + 2].contains("──┤"), "\(canvas.lines[top + 2])")
        #expect(canvas.lines[top + 3].contains("│ Innenstadt & Handel › Herausforderungen: Leerstände"))
        #expect(!canvas.text.contains("┌─  ─"), "no frame with an empty title")
        #expect(!canvas.text.contains("││"), "no frame inside a frame")
    }

    @Test func searchFitsEverySize() throws {
        let fixture = try Fixture.boards()
        fixture.press(.character("/"))
        for (width, height) in [(60, 16), (80, 24), (160, 45), (240, 70)] {
            expectNoLineWiderThanCanvas(fixture.render(width, height))
        }
        fixture.type("donau")
        let text = fixture.screen(60, 16)
        #expect(text.contains("Herausforderungen: Antrag"))
        expectNoLineWiderThanCanvas(fixture.render(60, 16))
    }

    // MARK: Aggregate

    @Test func aggregateGolden() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        fixture.press(.character("A"))
        let canvas = fixture.render(80, 24)
        expectNoLineWiderThanCanvas(canvas)
        assertGolden(canvas, named: "aggregate-80x24")
    }

    @Test func aggregateListsCardsByTagWithTheirLinkedVisions() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        fixture.press(.character("A"))
        #expect(fixture.app.currentScreen is AggregateScreen)
        let lines = fixture.lines(160, 45)
        let text = lines.joined(separator: "\n")
        #expect(text.contains("Auswertung: Schlagworte und Verknüpfungen"))
        #expect(text.contains("#Stadtentwicklung (3)"))
        #expect(text.contains("#Demografischer Wandel (1)"))
        #expect(text.contains("#Quelle: SWOT (1)"))
        // Under the challenge, the vision it links to, with its board.
        let challenge = try #require(lines.firstIndex { $0.contains("◇ Leerstände in der Fußgängerzone") })
        #expect(lines[challenge + 1].contains("→ Lebendige Innenstadt: Wohnen, Arbeiten und Einkaufen"))
        #expect(text.contains("(Innenstadt & Handel)"))
        let skills = try #require(lines.firstIndex { $0.contains("• Fachkräftemangel im Handwerk") })
        #expect(lines[skills + 1].contains("→ Gute Arbeit für alle Generationen in Bottrop (Leitziele „Gemeinsam – Innovativ – Nachhaltig“)"))
        // A vision that a tagged challenge links to is not listed a second time on its own.
        let stadtentwicklung = lines.drop { !$0.contains("#Stadtentwicklung") }.prefix { !$0.isEmpty }
        #expect(stadtentwicklung.filter { $0.contains("Lebendige Innenstadt") }.count == 1, "\(stadtentwicklung)")
        #expect(stadtentwicklung.contains { $0.contains("• Leerstandsmanagement") })
    }

    @Test func aggregateScrollsWithIndicators() throws {
        let fixture = try Fixture.boards()
        fixture.press(.character("b"), .character("A"))
        var text = fixture.screen(60, 16)
        #expect(text.contains("▼"))
        #expect(!text.contains("▲"))
        fixture.press(.character(" "), times: 20)
        text = fixture.screen(60, 16)
        #expect(text.contains("▲"))
        #expect(!text.contains("▼"))
        #expect(text.contains("#Quelle: SWOT") || text.contains("Vorreiter"))
        fixture.press(.character("g"))
        #expect(fixture.screen(60, 16).contains("Auswertung"))
        expectNoLineWiderThanCanvas(fixture.render(60, 16))
    }

    @Test func aggregateFollowsNewTags() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.swot)
        _ = fixture.screen(80, 24)
        fixture.press(.character("A"))
        #expect(!fixture.screen(160, 45).contains("#Bahnhof"))
        fixture.press(.escape)
        fixture.press(.character("n"))
        fixture.type("Bahnhof ohne Fernverkehr")
        fixture.press(.tab, .tab)
        fixture.type("Bahnhof")
        fixture.press(.enter, .escape, .character("A"))
        let text = fixture.screen(160, 45)
        #expect(text.contains("#Bahnhof (1)"))
        #expect(text.contains("• Bahnhof ohne Fernverkehr"))
    }
}
