import Foundation
import Testing
import WorkshopModel
@testable import WorkshopTUI

/// The plenary view for the projector: the whole terminal, no menus, paged with Space.
@Suite struct PlenaryScreenTests {
    private func plenary(_ board: EntityID, language: Language = .de) throws -> Fixture {
        let fixture = try Fixture.boards(language: language)
        fixture.openBoard(board)
        fixture.press(.character("p"))
        #expect(fixture.app.currentScreen is PlenaryScreen)
        return fixture
    }

    // MARK: Golden files

    @Test(arguments: [(80, 24), (160, 45)])
    func themeTableGolden(width: Int, height: Int) throws {
        let fixture = try plenary(BoardFixture.themeTable)
        let canvas = fixture.render(width, height)
        expectNoLineWiderThanCanvas(canvas)
        assertGolden(canvas, named: "plenary-themeTable-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (160, 45)])
    func secondPageGolden(width: Int, height: Int) throws {
        let fixture = try plenary(BoardFixture.ideas)
        fixture.pressLive(.character(" "), width: width, height: height)
        let canvas = fixture.render(width, height)
        expectNoLineWiderThanCanvas(canvas)
        assertGolden(canvas, named: "plenary-ideas-page2-\(width)x\(height)")
    }

    // MARK: Content

    @Test func showsTheBoardTitleCentredWithEveryHeadingAndCard() throws {
        let fixture = try plenary(BoardFixture.themeTable)
        let lines = fixture.lines(160, 45)
        let title = "Innenstadt & Handel"
        #expect(lines[0].trimmingCharacters(in: .whitespaces) == title)
        let left = lines[0].prefix { $0 == " " }.count
        #expect(abs(left - (160 - title.count) / 2) <= 1, "the title is centred")
        #expect(lines[1].contains("═══"))
        let text = lines.joined(separator: "\n")
        for heading in ["Herausforderungen", "Visionen", "Maßnahmen"] { #expect(text.contains(heading)) }
        for card in BoardFixture.workshop().cards where card.boardID == BoardFixture.themeTable {
            let start = String(card.text.prefix(12))
            #expect(text.contains(start), "\(card.text)")
        }
        // The markers, and the round card's members indented under it.
        #expect(text.contains("◇ Leerstände"))
        #expect(text.contains("• Fachkräftemangel"))
        let round = try #require(lines.firstIndex { $0.contains("◉ Erreichbarkeit") })
        let roundColumn = lines[round].range(of: "◉")!.lowerBound
        let member = lines[round + 1]
        #expect(member.contains("• ÖPNV-Takt"))
        #expect(lines[round].distance(from: lines[round].startIndex, to: roundColumn) + 2
                == member.distance(from: member.startIndex, to: member.range(of: "•")!.lowerBound))
    }

    @Test func hasNoStatusLineNoKeyHintsAndNoMeta() throws {
        let fixture = try plenary(BoardFixture.themeTable)
        for (width, height) in [(80, 24), (160, 45)] {
            let canvas = fixture.render(width, height)
            let text = canvas.text
            #expect(!text.contains("allianz-tui"), "\(width)x\(height)")
            #expect(!text.contains("Tastenhilfe"))
            #expect(!text.contains("Beenden"))
            #expect(!text.contains("14:05"))
            #expect(!text.contains("gespeichert"))
            #expect(!text.contains("Zukunftswerkstatt"), "no title bar")
            // Authors, tags and link counts are for the moderator, not for the room.
            #expect(!text.contains("— Jürgen Weiß"))
            #expect(!text.contains("#Fachkräfte"))
            #expect(!text.contains("→ 1"))
            for y in 0..<height {
                for x in 0..<width {
                    #expect(![Style.statusBar, .titleBar].contains(canvas[x, y].style), "\(x),\(y)")
                }
            }
        }
    }

    @Test func aSmallBoardHasOnePageAndNoPageNumber() throws {
        let fixture = try plenary(BoardFixture.themeTable)
        #expect(!fixture.screen(160, 45).contains("Seite"))
        let before = fixture.screen(160, 45)
        fixture.press(.character(" "))
        #expect(fixture.screen(160, 45) == before)
    }

    @Test func theHeadingWith200CardsPagesWithSpace() throws {
        let fixture = try plenary(BoardFixture.ideas)
        let first = fixture.lines(80, 24)
        let pageCount = try #require(first.last.flatMap { line -> Int? in
            guard let range = line.range(of: "Seite 1/") else { return nil }
            return Int(line[range.upperBound...].trimmingCharacters(in: .whitespaces))
        }, "\(first.last ?? "")")
        #expect(pageCount >= 2)
        #expect(first.joined().contains("Gesammelte Ideen"))
        #expect(first.joined().contains("Idee 1: Grünfläche öffnen"))
        fixture.press(.character(" "))
        let second = fixture.lines(80, 24)
        #expect(second.last!.hasSuffix("Seite 2/\(pageCount)"))
        #expect(!second.joined().contains("Idee 1: "))
        // Page 2 continues where page 1 ended.
        let lastOnFirst = try #require(first.reversed().compactMap(Self.ideaNumber).first)
        let firstOnSecond = try #require(second.compactMap(Self.ideaNumber).first)
        #expect(firstOnSecond == lastOnFirst + 1 || firstOnSecond == lastOnFirst,
                "page 1 ends with idea \(lastOnFirst), page 2 starts with idea \(firstOnSecond)")
        // To the last page; further Space stays there; every idea appears on some page.
        var seen = Set(first.compactMap(Self.ideaNumber)).union(second.compactMap(Self.ideaNumber))
        for _ in 2..<pageCount {
            fixture.press(.character(" "))
            seen.formUnion(fixture.lines(80, 24).compactMap(Self.ideaNumber))
        }
        #expect(fixture.lines(80, 24).last!.hasSuffix("Seite \(pageCount)/\(pageCount)"))
        fixture.press(.character(" "))
        #expect(fixture.lines(80, 24).last!.hasSuffix("Seite \(pageCount)/\(pageCount)"))
        #expect(seen == Set(1...BoardFixture.ideaCount))
        // Back with PageUp / k.
        fixture.press(.pageUp)
        #expect(fixture.lines(80, 24).last!.hasSuffix("Seite \(pageCount - 1)/\(pageCount)"))
    }

    /// The idea number a line starts, if it starts one ("• Idee 17: …").
    private static func ideaNumber(_ line: String) -> Int? {
        guard let range = line.range(of: "• Idee ") else { return nil }
        return Int(line[range.upperBound...].prefix { $0.isNumber })
    }

    @Test func aLargerProjectorHasFewerPagesWithMoreColumns() throws {
        let fixture = try plenary(BoardFixture.ideas)
        func pages(_ width: Int, _ height: Int) -> Int? {
            let last = fixture.lines(width, height).last ?? ""
            guard let range = last.range(of: "Seite 1/") else { return nil }
            return Int(last[range.upperBound...])
        }
        let small = try #require(pages(80, 24))
        let large = try #require(pages(160, 45))
        #expect(large < small)
        // At 160 columns the cards flow into three columns side by side.
        let row = fixture.lines(160, 45)[4]
        #expect(row.components(separatedBy: "• Idee").count - 1 == 3, "\(row)")
    }

    @Test func longHeadingsWrapInsteadOfBeingCut() throws {
        let fixture = try plenary(BoardFixture.mindMap)
        let lines = fixture.lines(160, 45)
        let row = try #require(lines.firstIndex { $0.contains("Wissenschaftliche, transdisziplinäre") })
        #expect(lines[row + 1].trimmingCharacters(in: .whitespaces) == "Fragestellungen", "\(lines[row + 1])")
        #expect(lines[row + 2].contains("• Wie verändert der Wärmepumpen-Boom"))
        let canvas = fixture.render(160, 45)
        #expect(canvas.style(of: "Fragestellungen", onLine: row + 1) == .heading)
        // Only headings with cards are shown.
        #expect(!lines.joined().contains("Nahtstellen"))
    }

    @Test func escReturnsToTheBoard() throws {
        let fixture = try plenary(BoardFixture.swot)
        fixture.press(.escape)
        #expect(fixture.boardScreen?.boardID == BoardFixture.swot)
    }

    @Test func typedCardsAppearInThePlenaryView() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.strategyCards)
        fixture.press(.character("n"))
        fixture.type("Gemeinsamer Messestand auf der Expo Real")
        fixture.press(.enter, .escape, .character("p"))
        #expect(fixture.screen(160, 45).contains("• Gemeinsamer Messestand auf der Expo Real"))
    }

    @Test func anErrorStillShowsInThePlenaryView() throws {
        let fixture = try plenary(BoardFixture.themeTable)
        fixture.press(.character("u"))
        // Nothing to undo in a fresh workshop: the reason shows on the last line.
        let lines = fixture.lines(80, 24)
        #expect(lines[23].contains("Nichts"), "\(lines[23])")
    }

    @Test func nothingCrashesAt60x16AndEveryBoardFits() throws {
        let fixture = try Fixture.boards()
        fixture.openBoard(BoardFixture.themeTable)
        for _ in BoardFixture.boardOrder {
            fixture.press(.character("p"))
            for (width, height) in [(60, 16), (61, 17), (80, 24), (120, 30), (160, 45), (240, 70)] {
                let canvas = fixture.render(width, height)
                expectNoLineWiderThanCanvas(canvas)
                #expect(!canvas.text.contains("allianz-tui"))
            }
            for _ in 0..<40 { fixture.press(.character(" ")) }
            expectNoLineWiderThanCanvas(fixture.render(60, 16))
            fixture.press(.escape, .tab)
        }
    }

    @Test func englishPageNumber() throws {
        let fixture = try plenary(BoardFixture.ideas, language: .en)
        #expect(fixture.lines(80, 24).last!.contains("Page 1/"))
    }
}
