import Foundation
import Testing
import WorkshopModel
@testable import WorkshopTUI

/// The tally for the projector: progress only while collecting, bars after the reveal.
@Suite struct TallyScreenTests {
    /// The demo round's tally, revealed first when `revealed`.
    private func tally(revealed: Bool, language: Language = .de) throws -> Fixture {
        let fixture = try Fixture(language: language)
        fixture.openRound()
        if revealed { fixture.pressLive(.character("r")) }
        fixture.pressLive(.character("p"))
        #expect(fixture.app.currentScreen is TallyScreen)
        return fixture
    }

    // MARK: Golden files

    @Test(arguments: [(80, 24), (160, 45)])
    func collectingGolden(width: Int, height: Int) throws {
        let canvas = try tally(revealed: false).render(width, height)
        expectNoLineWiderThanCanvas(canvas)
        assertGolden(canvas, named: "tally-collecting-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (160, 45)])
    func revealedGolden(width: Int, height: Int) throws {
        let canvas = try tally(revealed: true).render(width, height)
        expectNoLineWiderThanCanvas(canvas)
        assertGolden(canvas, named: "tally-revealed-\(width)x\(height)")
    }

    static let sizes = [(80, 24), (160, 45)]

    /// The rows of `text` in large glyphs, as the tally draws it at 160×45.
    private func figure(_ text: String) -> [String] {
        let layout = BigText.layout(text, maxWidth: 156, maxHeight: 41)
        #expect(layout.size == .large)
        return layout.rows
    }

    /// Text that belongs to the moderator's screen, never to the room's.
    private func expectNoMenus(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for chrome in ["allianz-tui", "Tastenhilfe", "Beenden", "gespeichert", "14:05", "Auftaktveranstaltung", "Esc "] {
            #expect(!text.contains(chrome), "\(chrome)", sourceLocation: sourceLocation)
        }
    }

    // MARK: Before the reveal: progress only

    @Test(arguments: TallyScreenTests.sizes)
    func beforeTheRevealOnlyTheProgressShows(width: Int, height: Int) throws {
        let fixture = try tally(revealed: false)
        let canvas = fixture.render(width, height)
        let lines = canvas.lines
        let text = canvas.text
        // The question, centred, on the first line.
        let question = ConsensingScreenTests.demoQuestion
        #expect(lines[0].trimmingCharacters(in: .whitespaces) == question)
        #expect(abs(lines[0].prefix { $0 == " " }.count - (width - question.count) / 2) <= 1)
        // "12/12" in large digits, centred, with its caption below.
        let layout = BigText.layout("12/12", maxWidth: width - 4, maxHeight: height - 4)
        #expect(layout.size == .large)
        let digits = layout.rows
        let top = try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == digits[0].trimmingCharacters(in: .whitespaces) })
        for (offset, row) in digits.enumerated() {
            #expect(lines[top + offset].trimmingCharacters(in: .whitespaces) == row.trimmingCharacters(in: .whitespaces))
        }
        let left = lines[top].prefix { $0 == " " }.count - digits[0].prefix { $0 == " " }.count
        #expect(abs(left - (width - DisplayWidth.of(digits[0])) / 2) <= 2, "centred: \(left)")
        #expect(lines[top + digits.count + 1].trimmingCharacters(in: .whitespaces) == "Personen haben alle Werte abgegeben")
        // No interim result: no proposal, no bar besides the digits, no mark.
        for proposal in fixture.round().proposals {
            #expect(!text.contains(String(proposal.title.prefix(12))), "\(proposal.title)")
        }
        #expect(lines.indices.filter { lines[$0].contains { "█▀▄".contains($0) } } == Array(top..<top + digits.count))
        for mark in ["★", "✗", "%", "Widerstand", "Balken", "Akzeptanz"] { #expect(!text.contains(mark), "\(mark)") }
        expectNoMenus(text)
    }

    @Test func theProgressCountsCompleteRaters() throws {
        let fixture = try Fixture.freshRound()
        fixture.keys("345678")  // rater 1: all six values
        fixture.keys("12")      // rater 2: two of six
        fixture.pressLive(.character("p"))
        let text = fixture.screen(160, 45)
        for row in figure("1/12") { #expect(text.contains(row.trimmingCharacters(in: .whitespaces))) }
        #expect(!text.contains(figure("2/12")[0]))
        // Back in the grid, one more complete rater shows in the tally.
        fixture.pressLive(.escape)
        #expect(fixture.app.currentScreen is RoundScreen)
        fixture.keys("3456")
        fixture.pressLive(.character("p"))
        let next = fixture.screen(160, 45)
        for row in figure("2/12") { #expect(next.contains(row.trimmingCharacters(in: .whitespaces))) }
        #expect(!next.contains("Vorschlag"))
    }

    // MARK: After the reveal: bars and the chosen

    @Test(arguments: TallyScreenTests.sizes)
    func afterTheRevealBarsAreOrderedByResistance(width: Int, height: Int) throws {
        let fixture = try tally(revealed: true)
        let canvas = fixture.render(width, height)
        let lines = canvas.lines
        let result = fixture.app.workshop.result(for: fixture.round())
        #expect(result.rows.map(\.resistance) == result.rows.map(\.resistance).sorted())
        var previousLine = -1
        var previousBar = 0
        for row in result.rows {
            let index = try #require(lines.firstIndex { $0.contains(String(row.title.prefix(20))) && !$0.contains("„") },
                                     "\(row.title) at \(width)x\(height)")
            let line = lines[index]
            #expect(index > previousLine, "\(row.title) stands below the proposal with less resistance")
            let mark = row.isChosen ? "★" : row.isPassive ? "P" : " "
            #expect(line.hasPrefix("  \(mark) "), "\(line)")
            let bar = line.filter { $0 == "█" }.count
            #expect(bar >= previousBar && bar > 0, "\(line)")
            #expect(line.hasSuffix("█ \(row.resistance) · \(ResultTable.decimal(row.acceptance, .de)) %"), "\(line)")
            previousLine = index
            previousBar = bar
        }
        // The longest bar belongs to the most resistance and uses the room.
        #expect(previousBar >= (width - 4) / 4)
        // Exactly the four chosen are starred: the labs the seed names.
        let starred = lines.filter { $0.hasPrefix("  ★ ") }
        #expect(starred.count == 4)
        #expect(lines.filter { $0.hasPrefix("  P ") }.count == 1)
        for title in ["City-Logistik", "Hybride Formen", "Bottroper Unternehmen", "Digitale Koproduktion"] {
            #expect(starred.contains { $0.contains(title) }, "\(title)")
        }
        #expect(lines.last?.trimmingCharacters(in: .whitespaces) == "Balken: Gruppenwiderstand · ★ gewählt · P Passivlösung · ✗ nicht akzeptabel")
        expectNoMenus(canvas.text)
    }

    @Test func theProjectorSizeShowsTheBestAcceptanceInLargeDigits() throws {
        let fixture = try tally(revealed: true)
        let text = fixture.screen(160, 45)
        for row in figure("85%") { #expect(text.contains(row.trimmingCharacters(in: .whitespaces)), "\(row)") }
        #expect(text.contains("Akzeptanz für „City-Logistik unter Nachhaltigkeitsgesichtspunkten“"))
        // 80×24 has room for the four rows of the figure and the bars at double spacing;
        // without that room, the bars come first.
        #expect(fixture.screen(80, 24).contains("Akzeptanz für"))
        #expect(!fixture.screen(60, 16).contains("Akzeptanz für"))
    }

    @Test func missingValuesAreNamedUnderTheBars() throws {
        let fixture = try Fixture.freshRound()
        fixture.keys("345")
        fixture.pressLive(.character("r"))
        fixture.pressLive(.character("p"))
        let lines = fixture.lines(160, 45)
        #expect(lines.last?.hasSuffix("✗ nicht akzeptabel · 69 Werte fehlen") == true, "\(lines.last ?? "")")
        // The error of the reveal is not shown to the room once a key was pressed; the tally is.
        #expect(!lines.joined().contains("ACHTUNG"))
    }

    @Test func aClosedRoundKeepsItsResultAndAReopenedOneShowsProgressAgain() throws {
        let fixture = try Fixture()
        fixture.openRound()
        fixture.pressLive(.character("c"), .character("j"))
        #expect(fixture.round().status == .closed)
        fixture.pressLive(.character("p"))
        #expect(fixture.screen(160, 45).contains("  ★ City-Logistik unter Nachhaltigkeitsgesichtspunkten"))
        fixture.pressLive(.escape, .character("o"), .character("p"))
        let text = fixture.screen(160, 45)
        #expect(!text.contains("City-Logistik"))
        #expect(text.contains("Personen haben alle Werte abgegeben"))
    }

    @Test func keysOtherThanEscapeDoNothingAndEscapeReturns() throws {
        let fixture = try tally(revealed: true)
        let before = fixture.screen(160, 45)
        fixture.pressLive(.character("3"), .character("r"), .character("t"), .backspace)
        #expect(fixture.screen(160, 45) == before)
        #expect(fixture.app.workshop.ratings.count == 84)
        fixture.pressLive(.escape)
        #expect(fixture.app.currentScreen is RoundScreen)
    }

    @Test func theTallySpeaksEnglish() throws {
        let collecting = try tally(revealed: false, language: .en)
        #expect(collecting.screen(160, 45).contains("raters have given all their values"))
        let fixture = try tally(revealed: true, language: .en)
        let text = fixture.screen(160, 45)
        #expect(text.contains("Acceptance of “City-Logistik unter Nachhaltigkeitsgesichtspunkten”"))
        #expect(text.contains("Bars: group resistance · ★ chosen · P passive solution · ✗ not acceptable"))
        #expect(text.contains("18 · 85.0 %"))
    }

    @Test(arguments: [false, true])
    func nothingBreaksAtTheSmallestSize(revealed: Bool) throws {
        let fixture = try tally(revealed: revealed)
        let canvas = fixture.render(60, 16)
        expectNoLineWiderThanCanvas(canvas)
        if revealed {
            #expect(canvas.lines.filter { $0.hasPrefix("  ★ ") }.count == 4)
            #expect(canvas.lines.contains { $0.hasPrefix("  P ") })
        } else {
            #expect(canvas.text.contains(BigText.layout("12/12", maxWidth: 56, maxHeight: 12).rows[0].trimmingCharacters(in: .whitespaces)))
        }
    }
}
