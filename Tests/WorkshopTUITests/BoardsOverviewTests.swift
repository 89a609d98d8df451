import Foundation
import Testing
import WorkshopModel
@testable import WorkshopTUI

/// All boards side by side: kind, moderator, cards per heading.
@Suite struct BoardsOverviewTests {
    private func overview(language: Language = .de) throws -> Fixture {
        let fixture = try Fixture.boards(language: language)
        fixture.press(.character("b"))
        #expect(fixture.app.currentScreen is BoardsOverviewScreen)
        return fixture
    }

    // MARK: Golden files

    @Test(arguments: [(80, 24), (160, 45)])
    func overviewGolden(width: Int, height: Int) throws {
        let fixture = try overview()
        let canvas = fixture.render(width, height)
        expectNoLineWiderThanCanvas(canvas)
        assertGolden(canvas, named: "overview-\(width)x\(height)")
    }

    // MARK: Content

    @Test func tilesShowKindModeratorCountsAndTotal() throws {
        let fixture = try overview()
        let lines = fixture.lines(160, 45)
        let text = lines.joined(separator: "\n")
        for board in BoardFixture.workshop().boards { #expect(text.contains(" \(board.title.prefix(20))"), "\(board.title)") }
        #expect(text.contains("Thementisch · Anja Großmann"))
        #expect(text.contains("SWOT-Analyse · Mehmet Öztü…"), "cut to the tile at 160 columns")
        #expect(text.contains("Mindmap Handlungsfeld"))
        #expect(text.contains("12 Karten"))
        #expect(text.contains("8 Karten"))
        #expect(text.contains("200 Karten"))
        // A heading row: title on the left, its count at the right edge of the tile.
        let row = try #require(lines.first { $0.contains(" Herausforderungen") })
        #expect(row.contains(" Herausforderungen") && row.range(of: #"Herausforderungen\s+7 │"#, options: .regularExpression) != nil, "\(row)")
        let ideas = try #require(lines.first { $0.contains(" Gesammelte Ideen") })
        #expect(ideas.range(of: #"Gesammelte Ideen\s+200 │"#, options: .regularExpression) != nil, "\(ideas)")
        #expect(lines.last!.contains("allianz-tui · Pinnwände"))
    }

    @Test func theSelectedTileIsHighlighted() throws {
        let fixture = try overview()
        var canvas = fixture.render(160, 45)
        var row = try #require(lineIndex(of: "Thementisch · Anja Großmann", in: canvas))
        #expect(canvas.style(of: "Thementisch · Anja", onLine: row) == .selection)
        #expect(canvas.style(of: "SWOT-Analyse · Mehmet", onLine: row) == .secondary)
        fixture.press(.character("l"))
        canvas = fixture.render(160, 45)
        row = try #require(lineIndex(of: "SWOT-Analyse · Mehmet", in: canvas))
        #expect(canvas.style(of: "SWOT-Analyse · Mehmet", onLine: row) == .selection)
        #expect(canvas.style(of: "Thementisch · Anja", onLine: row) == .secondary)
    }

    @Test func enterOpensTheSelectedBoard() throws {
        for (index, board) in BoardFixture.boardOrder.enumerated() {
            let fixture = try overview()
            fixture.press(.character("l"), times: index)
            fixture.press(.enter)
            #expect(fixture.boardScreen?.boardID == board)
        }
    }

    @Test func upAndDownMoveByARowOfTiles() throws {
        let fixture = try overview()
        _ = fixture.render(160, 45)  // five tiles per row at 160 columns
        fixture.press(.character("j"))
        fixture.press(.enter)
        #expect(fixture.boardScreen?.boardID == BoardFixture.ideas)
        fixture.press(.escape)
        fixture.press(.character("k"))
        fixture.press(.enter)
        #expect(fixture.boardScreen?.boardID == BoardFixture.themeTable)
    }

    @Test func boardsBeyondTheFirstRowScrollIntoView() throws {
        let fixture = try overview()
        #expect(!fixture.screen(80, 16).contains("Ideenspeicher"))
        // An arrow says there are more boards below, and later above.
        #expect(fixture.screen(80, 16).contains("▼"))
        #expect(!fixture.screen(80, 16).contains("▲"))
        #expect(!fixture.screen(160, 45).contains("▼"), "all boards fit at 160×45")
        fixture.press(.character("l"), times: 5)
        let text = fixture.screen(80, 16)
        #expect(text.contains("Ideenspeicher"))
        #expect(text.contains("200 Karten"))
        #expect(text.contains("▲"))
        #expect(!text.contains("▼"))
        fixture.press(.character("h"), times: 5)
        #expect(fixture.screen(80, 16).contains("Innenstadt & Handel"))
    }

    @Test func countsFollowChangesOnTheBoards() throws {
        let fixture = try overview()
        fixture.press(.enter)
        fixture.press(.character("n"))
        fixture.type("Mehr Sitzbänke")
        fixture.press(.enter, .escape, .escape)
        #expect(fixture.app.currentScreen is BoardsOverviewScreen)
        let text = fixture.screen(160, 45)
        #expect(text.contains("13 Karten"))
        #expect(text.range(of: #"Herausforderungen\s+8 │"#, options: .regularExpression) != nil)
    }

    @Test func plenaryAndAggregateFromTheOverview() throws {
        let fixture = try overview()
        fixture.press(.character("l"), .character("p"))
        #expect(fixture.lines(80, 24)[0].contains("Wirtschaftsstandort Bottrop"))
        fixture.press(.escape)
        #expect(fixture.app.currentScreen is BoardsOverviewScreen)
        fixture.press(.character("A"))
        #expect(fixture.app.currentScreen is AggregateScreen)
    }

    @Test func escGoesHome() throws {
        let fixture = try overview()
        fixture.press(.escape)
        #expect(fixture.app.currentScreen is HomeScreen)
    }

    @Test func nothingCrashesAt60x16() throws {
        let fixture = try overview()
        for index in 0..<BoardFixture.boardOrder.count {
            for (width, height) in [(60, 16), (61, 17), (80, 24), (100, 30), (160, 45), (240, 70)] {
                let canvas = fixture.render(width, height)
                expectNoLineWiderThanCanvas(canvas)
                #expect(canvas.text.contains(BoardFixture.workshop().boards[index].title.prefix(10)), "\(index) at \(width)x\(height)")
            }
            fixture.press(.character("l"))
        }
    }

    @Test func noBoardsSaysSo() throws {
        var content = BoardFixture.workshop()
        content.boards = []
        content.headings = []
        content.cards = []
        let fixture = try Fixture(content: content)
        fixture.press(.character("b"), .enter, .character("p"), .character("d"))
        #expect(fixture.app.currentScreen is BoardsOverviewScreen)
        #expect(fixture.app.overlay == nil)
        #expect(fixture.screen(80, 24).contains(UIText.overviewEmpty.text(.de)))
        expectNoLineWiderThanCanvas(fixture.render(60, 16))
    }

    @Test func englishOverview() throws {
        let fixture = try overview(language: .en)
        let text = fixture.screen(160, 45)
        #expect(text.contains("Theme table · Anja Großmann"))
        #expect(text.contains("200 cards"))
    }
}
