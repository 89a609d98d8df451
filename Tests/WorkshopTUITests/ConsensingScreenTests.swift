import Foundation
import Testing
import WorkshopModel
@testable import WorkshopTUI

// MARK: Fixtures for the consensing screens

extension Fixture {
    /// A workshop without rounds, boards or decisions.
    static func empty(language: Language = .de) throws -> Fixture {
        try Fixture(language: language,
                    content: Workshop(info: WorkshopInfo(title: "Konsensierung Test", date: "2017-03-23", place: "Bottrop")))
    }

    /// A workshop with one fresh round (no values) opened in its entry grid: the proposals
    /// "Vorschlag 1" … "Vorschlag n" and the passive solution, raters "Person 1" … "Person m".
    static func freshRound(scale: Int = 10, proposals: Int = 5, raters: Int = 12, choose: Int = 2,
                           language: Language = .de) throws -> Fixture {
        let fixture = try empty(language: language)
        let command = ConsensingCommand.addRound(
            question: "Welche Vorschläge nehmen wir?", proposals: (1...proposals).map { ProposalDraft(title: "Vorschlag \($0)") },
            raterNames: Array(repeating: "", count: raters), scaleMaximum: scale, chooseCount: choose)
        try #require(fixture.app.execute(.consensing(command)) != nil)
        fixture.openRound()
        return fixture
    }

    /// `c` on the home screen, down to round `index`, Enter.
    func openRound(_ index: Int = 0) {
        press(.character("c"))
        #expect(app.currentScreen.title(.de) == "Konsensieren")
        for _ in 0..<index { press(.character("j")) }
        press(.enter)
        #expect(app.currentScreen is RoundScreen)
    }

    /// The round at `index`, as saved.
    func round(_ index: Int = 0) -> ConsensingRound { app.workshop.rounds[index] }

    /// The saved value of rater `rater` for proposal `proposal` (both 0-based) in round `index`.
    func value(rater: Int, proposal: Int, round index: Int = 0) -> Int? {
        let round = round(index)
        return app.workshop.rating(roundID: round.id, raterID: round.raters[rater].id,
                                   proposalID: round.proposals[proposal].id)
    }

    /// The number of values saved for round `index`.
    func valueCount(round index: Int = 0) -> Int { app.workshop.ratings(for: round(index).id).count }

    /// The message above the status line, if any.
    var messageText: String? { app.message?.text }

    /// Presses the keys of `text`, a frame drawn before each (digits in the grid).
    func keys(_ text: String) { typeLive(text) }
}

// MARK: Consensing rounds and the entry grid

@Suite struct ConsensingScreenTests {
    static let demoQuestion = "Welche vier Reallabore starten wir? (Werte illustrativ)"

    // MARK: Golden files

    @Test(arguments: [(80, 24), (160, 45)])
    func entryGridGolden(width: Int, height: Int) throws {
        let fixture = try Fixture()
        fixture.openRound()
        let canvas = fixture.render(width, height)
        expectNoLineWiderThanCanvas(canvas)
        assertGolden(canvas, named: "consensing-grid-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (160, 45)])
    func revealedResultTableGolden(width: Int, height: Int) throws {
        let fixture = try Fixture()
        fixture.openRound()
        fixture.pressLive(.character("r"), width: width, height: height)
        let canvas = fixture.render(width, height)
        expectNoLineWiderThanCanvas(canvas)
        assertGolden(canvas, named: "consensing-result-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (160, 45)])
    func roundsListGolden(width: Int, height: Int) throws {
        let fixture = try Fixture()
        fixture.press(.character("c"))
        let canvas = fixture.render(width, height)
        expectNoLineWiderThanCanvas(canvas)
        assertGolden(canvas, named: "consensing-rounds-\(width)x\(height)")
    }

    // MARK: The rounds list

    @Test func theRoundsListShowsQuestionProgressAndStatus() throws {
        let fixture = try Fixture()
        fixture.press(.character("c"))
        let lines = fixture.lines(160, 45)
        #expect(lines[1].contains("Konsensieren (1)"))
        let row = try #require(lines.first { $0.contains(Self.demoQuestion) })
        #expect(row.contains("12/12 vollständig · Erfassung läuft"))
    }

    // MARK: Entering values

    @Test func aDigitEntersTheValueAndTheCursorMovesOn() throws {
        let fixture = try Fixture.freshRound()
        #expect(try fixture.gridCursor() == Cursor(0, 0))
        fixture.keys("3")
        #expect(fixture.value(rater: 0, proposal: 0) == 3)
        #expect(fixture.valueCount() == 1)
        #expect(try fixture.gridCursor() == Cursor(0, 1))
        fixture.keys("4")
        #expect(fixture.value(rater: 0, proposal: 1) == 4)
        #expect(try fixture.gridCursor() == Cursor(0, 2))
        // The grid shows the values.
        let row = try #require(fixture.lines(160, 45).first { $0.hasPrefix(" Person 1 ") })
        #expect(row.range(of: #"^ Person 1 +3 +4 +· +· +· +·$"#, options: .regularExpression) != nil, "\(row)")
    }

    @Test func oneThenZeroIsTen() throws {
        let fixture = try Fixture.freshRound()
        fixture.keys("1")
        // "1" waits for a possible "0": nothing is saved yet, the cell shows it is pending.
        #expect(fixture.valueCount() == 0)
        #expect(try fixture.gridCursor() == Cursor(0, 0))
        #expect(fixture.lines(160, 45).contains { $0.hasPrefix(" Person 1 ") && $0.contains("1_") })
        fixture.keys("0")
        #expect(fixture.value(rater: 0, proposal: 0) == 10)
        #expect(fixture.valueCount() == 1)
        #expect(try fixture.gridCursor() == Cursor(0, 1))
    }

    @Test func oneThenTwoIsOneAndTwo() throws {
        let fixture = try Fixture.freshRound()
        fixture.keys("12")
        #expect(fixture.value(rater: 0, proposal: 0) == 1)
        #expect(fixture.value(rater: 0, proposal: 1) == 2)
        #expect(try fixture.gridCursor() == Cursor(0, 2))
        // "1" "1" is 1 and (a pending) 1.
        fixture.keys("11")
        #expect(fixture.value(rater: 0, proposal: 2) == 1)
        #expect(fixture.value(rater: 0, proposal: 3) == nil)
        fixture.keys("5")
        #expect(fixture.value(rater: 0, proposal: 3) == 1)
        #expect(fixture.value(rater: 0, proposal: 4) == 5)
    }

    @Test func oneThenAnArrowEntersOneAndMovesByTheArrowOnly() throws {
        let fixture = try Fixture.freshRound()
        // → after a pending 1: the 1 stays in its cell, the cursor goes one cell right.
        fixture.keys("1")
        fixture.pressLive(.right)
        #expect(fixture.value(rater: 0, proposal: 0) == 1)
        #expect(try fixture.gridCursor() == Cursor(0, 1))
        // ↓: one row down from the cell of the 1.
        fixture.keys("1")
        fixture.pressLive(.down)
        #expect(fixture.value(rater: 0, proposal: 1) == 1)
        #expect(try fixture.gridCursor() == Cursor(1, 1))
        // ←: one cell left.
        fixture.keys("1")
        fixture.pressLive(.left)
        #expect(fixture.value(rater: 1, proposal: 1) == 1)
        #expect(try fixture.gridCursor() == Cursor(1, 0))
        // Enter only confirms: the cursor moves on as after any value.
        fixture.keys("1")
        fixture.pressLive(.enter)
        #expect(fixture.value(rater: 1, proposal: 0) == 1)
        #expect(try fixture.gridCursor() == Cursor(1, 1))
        #expect(fixture.valueCount() == 4)
    }

    @Test func backspaceAfterAPendingOneClearsThatCellOnly() throws {
        let fixture = try Fixture.freshRound()
        fixture.keys("37")
        fixture.pressLive(.left, .left)
        #expect(try fixture.gridCursor() == Cursor(0, 0))
        fixture.keys("1")
        fixture.pressLive(.backspace)
        #expect(fixture.value(rater: 0, proposal: 0) == nil)
        #expect(fixture.value(rater: 0, proposal: 1) == 7, "the next cell keeps its value")
        #expect(try fixture.gridCursor() == Cursor(0, 0))
    }

    @Test func typingTheValueAlreadyThereStillMovesOn() throws {
        let fixture = try Fixture.freshRound()
        fixture.keys("34")
        fixture.pressLive(.left, .left)
        // Going over the row again: the same values, then a new one.
        fixture.keys("345")
        #expect(fixture.value(rater: 0, proposal: 0) == 3)
        #expect(fixture.value(rater: 0, proposal: 1) == 4)
        #expect(fixture.value(rater: 0, proposal: 2) == 5)
        #expect(try fixture.gridCursor() == Cursor(0, 3))
        // Also a 10 over a 10.
        fixture.pressLive(.left)
        fixture.keys("10")
        fixture.pressLive(.left)
        fixture.keys("10")
        #expect(fixture.value(rater: 0, proposal: 2) == 10)
        #expect(try fixture.gridCursor() == Cursor(0, 3))
    }

    @Test func aDigitAboveTheScaleIsRefusedWithTheMessage() throws {
        let fixture = try Fixture.empty()
        fixture.press(.character("c"))
        // A 0–5 round set up in the form: → on the scale field.
        fixture.press(.character("n"))
        fixture.typeLive("Wie gehen wir vor?")
        fixture.pressLive(.tab)
        fixture.typeLive("Plan A")
        fixture.pressLive(.newline)
        fixture.typeLive("Plan B")
        fixture.pressLive(.tab, .tab)  // raters, scale
        fixture.pressLive(.right)
        #expect(fixture.screen().contains("◀ 0–5 ▶"))
        fixture.pressLive(.enter)
        #expect(fixture.app.overlay == nil, "\(fixture.screen())")
        let round = fixture.round()
        #expect(round.scaleMaximum == 5)
        #expect(round.proposals.map(\.title) == ["Plan A", "Plan B", ConsensingRound.defaultPassiveTitle])
        #expect(round.raters.count == 12)
        fixture.press(.enter)
        let screen = fixture.screen()
        #expect(screen.contains("Widerstand 0–5"))
        fixture.keys("7")
        #expect(fixture.messageText == "7 liegt außerhalb der Skala 0–5.")
        #expect(fixture.app.message?.kind == .error)
        #expect(fixture.screen().contains("7 liegt außerhalb der Skala 0–5."))
        #expect(fixture.valueCount() == 0)
        #expect(try fixture.gridCursor() == Cursor(0, 0))
        // On 0–5 a 1 is entered at once; 5 is the highest value.
        fixture.keys("15")
        #expect(fixture.value(rater: 0, proposal: 0) == 1)
        #expect(fixture.value(rater: 0, proposal: 1) == 5)
        #expect(fixture.messageText == nil)
    }

    @Test func backspaceClearsToMissingNotZero() throws {
        let fixture = try Fixture.freshRound()
        fixture.keys("30")
        fixture.pressLive(.left, .left)
        fixture.pressLive(.backspace)
        #expect(fixture.value(rater: 0, proposal: 0) == nil)
        #expect(fixture.valueCount() == 1)
        #expect(try fixture.gridCursor() == Cursor(0, 0), "clearing does not move the cursor")
        let row = try #require(fixture.lines(160, 45).first { $0.hasPrefix(" Person 1 ") })
        #expect(row.range(of: #"^ Person 1 +· +0 +·"#, options: .regularExpression) != nil, "\(row)")
        #expect(fixture.screen(160, 45).contains("0 von 12 Personen vollständig · 71 Werte fehlen"))
        // Del and "." clear as well; the 0 is a value until then.
        fixture.pressLive(.right)
        fixture.pressLive(.character("."))
        #expect(fixture.value(rater: 0, proposal: 1) == nil)
        fixture.keys("4")
        fixture.pressLive(.left, .delete)
        #expect(fixture.valueCount() == 0)
    }

    @Test func tEntersAlongTheProposal() throws {
        let fixture = try Fixture.freshRound()
        fixture.pressLive(.character("t"))
        #expect(fixture.messageText == "Eingabe geht weiter zur nächsten Person beim selben Vorschlag.")
        fixture.keys("34")
        #expect(fixture.value(rater: 0, proposal: 0) == 3)
        #expect(fixture.value(rater: 1, proposal: 0) == 4)
        #expect(fixture.value(rater: 0, proposal: 1) == nil)
        #expect(try fixture.gridCursor() == Cursor(2, 0))
        // After the last rater the next proposal begins at the top.
        fixture.keys("5555555555")
        #expect(fixture.value(rater: 11, proposal: 0) == 5)
        #expect(try fixture.gridCursor() == Cursor(0, 1))
        // t again: along the rater.
        fixture.pressLive(.character("t"))
        #expect(fixture.messageText == "Eingabe geht weiter zum nächsten Vorschlag derselben Person.")
        fixture.keys("6")
        #expect(try fixture.gridCursor() == Cursor(0, 2))
    }

    /// 12 raters × 6 proposals (the passive solution included), 0–10.
    static func sampleValue(rater: Int, proposal: Int) -> Int { (rater * 5 + proposal * 3 + rater * proposal) % 11 }

    @Test func seventyTwoValuesNeedAtMostTwoKeystrokesEach() throws {
        let fixture = try Fixture.freshRound()
        var keys: [Key] = []
        let values = (0..<12).flatMap { rater in (0..<6).map { Self.sampleValue(rater: rater, proposal: $0) } }
        for (index, value) in values.enumerated() {
            keys += String(value).map { Key.character($0) }
            // A 1 followed by a 0 would be 10: Enter confirms the 1.
            if value == 1, index + 1 < values.count, values[index + 1] == 0 { keys.append(.enter) }
        }
        #expect(values.contains(10) && values.contains(1) && values.contains(0))
        #expect(keys.count <= 2 * 72)
        for key in keys { fixture.pressLive(key) }
        for rater in 0..<12 {
            for proposal in 0..<6 {
                #expect(fixture.value(rater: rater, proposal: proposal) == Self.sampleValue(rater: rater, proposal: proposal),
                        "rater \(rater + 1), proposal \(proposal + 1)")
            }
        }
        #expect(fixture.valueCount() == 72)
        #expect(fixture.screen().contains("12 von 12 Personen vollständig · 0 Werte fehlen"))
        // The grid shows no result while collecting.
        #expect(!fixture.screen(160, 45).contains("★"))
    }

    // MARK: Reveal, close, reopen

    @Test func revealWithMissingValuesSaysHowMany() throws {
        let fixture = try Fixture.freshRound()
        fixture.keys("345")
        fixture.pressLive(.character("r"))
        #expect(fixture.round().status == .revealed)
        #expect(fixture.messageText == "Ergebnis aufgedeckt – ACHTUNG: 69 Werte fehlen.")
        #expect(fixture.app.message?.kind == .error)
        let screen = fixture.screen()
        #expect(screen.contains("Ergebnis aufgedeckt – ACHTUNG: 69 Werte fehlen."))
        #expect(screen.contains("Rang") && screen.contains("Widerstand") && screen.contains("Akzeptanz"))
        #expect(screen.contains("aufgedeckt"))
        // v switches back to the grid and to the table again.
        fixture.pressLive(.character("v"))
        #expect(!fixture.screen().contains("Akzeptanz"))
        #expect(fixture.screen().contains("Person 1"))
        fixture.pressLive(.character("v"))
        #expect(fixture.screen().contains("Akzeptanz"))
    }

    @Test func revealWithAllValuesSaysSo() throws {
        let fixture = try Fixture()
        fixture.openRound()
        fixture.pressLive(.character("r"))
        #expect(fixture.messageText == "Ergebnis aufgedeckt – alle Werte sind da.")
        #expect(fixture.app.message?.kind == .success)
        // The table: ranks in order, the four chosen starred, the passive solution marked.
        let lines = fixture.lines(160, 45)
        let header = try #require(lines.firstIndex { $0.contains("Vorschlag") && $0.hasSuffix("Rang  Widerstand  Mittel  Akzeptanz") })
        let rows = Array(lines[(header + 1)...].prefix(7))
        let result = fixture.app.workshop.result(for: fixture.round())
        #expect(rows.count == 7)
        for (line, row) in zip(rows, result.rows) {
            #expect(line.contains(String(row.title.prefix(30))), "\(line)")
            #expect(line.hasPrefix(row.isChosen ? " ★" : row.isPassive ? " P" : "  "), "\(line)")
            #expect(line.hasSuffix(" \(row.resistance)     \(ResultTable.decimal(row.mean, .de))     \(ResultTable.decimal(row.acceptance, .de)) %"),
                    "\(line)")
        }
        #expect(rows.filter { $0.hasPrefix(" ★") }.count == 4)
    }

    @Test func closingRecordsTheDecisionAndRefusesValuesUntilReopened() throws {
        let fixture = try Fixture.freshRound()
        fixture.keys("3")
        fixture.pressLive(.character("c"))
        #expect(fixture.app.overlay is ConfirmOverlay)
        let question = fixture.screen()
        #expect(question.contains("Runde „Welche Vorschläge nehmen wir?“ abschließen und das Ergebnis") && question.contains("festhalten?"))
        fixture.pressLive(.character("j"))
        #expect(fixture.app.overlay == nil)
        #expect(fixture.round().status == .closed)
        #expect(fixture.round().closedAt == Fixture.fixedDate)
        #expect(fixture.messageText == "Runde abgeschlossen – Entscheidung festgehalten.")
        // The status shows at the moderator's width.
        #expect(fixture.lines(80, 24)[2].contains("abgeschlossen"), "\(fixture.lines(80, 24)[2])")
        // Values are refused now: a digit, a pending 1, a cleared value.
        let refusal = "Die Runde ist abgeschlossen, ihr Ergebnis festgehalten. Zum Ändern erst wieder öffnen."
        fixture.keys("5")
        #expect(fixture.messageText == refusal)
        #expect(fixture.app.message?.kind == .error)
        #expect(fixture.value(rater: 0, proposal: 1) == nil)
        fixture.keys("1")
        fixture.pressLive(.enter)
        #expect(fixture.messageText == refusal)
        fixture.pressLive(.left)
        fixture.pressLive(.backspace)
        #expect(fixture.messageText == refusal)
        #expect(fixture.value(rater: 0, proposal: 0) == 3)
        #expect(fixture.valueCount() == 1)
        // `o` reopens; values are taken again.
        fixture.pressLive(.character("o"))
        #expect(fixture.messageText == "Runde wieder geöffnet.")
        #expect(fixture.round().status == .collecting)
        #expect(fixture.lines(80, 24)[2].contains("Erfassung läuft"))
        fixture.pressLive(.right)
        fixture.keys("5")
        #expect(fixture.value(rater: 0, proposal: 1) == 5)
    }

    @Test func closingCanBeDeclined() throws {
        let fixture = try Fixture.freshRound()
        fixture.pressLive(.character("c"))
        fixture.pressLive(.character("n"))
        #expect(fixture.round().status == .collecting)
        #expect(fixture.messageText == "Abgebrochen – nichts geändert.")
    }

    @Test func plusAddsARater() throws {
        let fixture = try Fixture.freshRound()
        fixture.pressLive(.character("+"))
        #expect(fixture.round().raters.count == 13)
        #expect(fixture.round().raters.last?.name == "Person 13")
        #expect(fixture.messageText == "Person hinzugefügt.")
        #expect(fixture.screen(160, 45).contains("0 von 13 Personen vollständig · 78 Werte fehlen"))
        #expect(fixture.lines(160, 45).contains { $0.hasPrefix(" Person 13 ") })
    }

    // MARK: Importing a CSV file

    /// Writes `text` to a file in the fixture's directory and returns its path.
    private func write(_ text: String, to name: String, in fixture: Fixture) throws -> String {
        let url = fixture.directory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func importingAGoodFileEntersItsValues() throws {
        let fixture = try Fixture.freshRound()
        let path = try write("""
            Name;Vorschlag 1;Vorschlag 2;Vorschlag 3;Vorschlag 4;Vorschlag 5;Passivlösung: Alles bleibt, wie es ist
            Person 1;2;3;1;7;9;10
            Anna Müller;4;0;;8;10;6

            """, to: "werte.csv", in: fixture)
        fixture.pressLive(.character("I"))
        #expect(fixture.app.overlay is FormOverlay)
        #expect(fixture.screen().contains("Pfad der CSV-Datei"))
        fixture.typeLive(path)
        fixture.pressLive(.enter)
        #expect(fixture.app.overlay == nil, "\(fixture.screen())")
        #expect(fixture.messageText == "Importiert: Werte von 2 Person(en).")
        let round = fixture.round()
        #expect(round.raters.count == 13)
        #expect(round.raters.last?.name == "Anna Müller")
        #expect((0..<6).map { fixture.value(rater: 0, proposal: $0) } == [2, 3, 1, 7, 9, 10])
        #expect((0..<6).map { fixture.value(rater: 12, proposal: $0) } == [4, 0, nil, 8, 10, 6])
        #expect(fixture.valueCount() == 11)
        #expect(fixture.screen(160, 45).contains("1 von 13 Personen vollständig · 67 Werte fehlen"))
        // One undo takes all of it back, the added rater included.
        fixture.pressLive(.character("u"))
        #expect(fixture.valueCount() == 0)
        #expect(fixture.round().raters.count == 12)
    }

    @Test func aBrokenFileListsEveryProblemAndImportsNothing() throws {
        let fixture = try Fixture.freshRound()
        let broken = """
            Name;Vorschlag 1;Vorschlag 9;Vorschlag 2
            Anna Müller;2;3;4
            Jürgen Weiß;11;0;1
            Özlem Şahin;1;2
            anna müller;0;0;0
            """
        let path = try write(broken, to: "kaputt.csv", in: fixture)
        fixture.pressLive(.character("I"))
        fixture.typeLive(path)
        fixture.pressLive(.enter)
        #expect(fixture.app.overlay is FormOverlay, "the form stays open")
        #expect(fixture.valueCount() == 0)
        #expect(fixture.round().raters.count == 12)
        let expected = [
            "Nichts importiert – die Datei hat 4 Problem(e):",
            "Zeile 1: „Vorschlag 9“ ist kein Vorschlag dieser Runde.",
            "Zeile 3: 11 bei „Vorschlag 1“ liegt außerhalb der Skala 0–10.",
            "Zeile 4: 3 Spalten, die Kopfzeile hat 4.",
            "Zeile 5: „anna müller“ steht schon in Zeile 2.",
        ]
        for (width, height) in [(80, 24), (160, 45)] {
            let canvas = fixture.render(width, height)
            expectNoLineWiderThanCanvas(canvas)
            // Each problem starts a line of its own in the form.
            for text in expected {
                #expect(canvas.lines.contains { $0.contains("│ " + text) }, "\(text) at \(width)x\(height)")
            }
        }
        // Corrected, the same form imports.
        _ = try write("Name;Vorschlag 1;Vorschlag 2\nAnna Müller;2;4\n", to: "kaputt.csv", in: fixture)
        fixture.pressLive(.enter)
        #expect(fixture.app.overlay == nil)
        #expect(fixture.messageText == "Importiert: Werte von 1 Person(en).")
        #expect(fixture.valueCount() == 2)
    }

    @Test func aFileThatCannotBeReadKeepsTheFormOpen() throws {
        let fixture = try Fixture.freshRound()
        fixture.pressLive(.character("I"))
        fixture.typeLive("/gibt/es/nicht.csv")
        fixture.pressLive(.enter)
        #expect(fixture.app.overlay is FormOverlay)
        #expect(fixture.screen().contains("„/gibt/es/nicht.csv“ kann nicht gelesen werden."))
        // Esc tries to save too and stays open; Esc again closes.
        fixture.pressLive(.escape)
        #expect(fixture.screen().contains("Esc noch einmal schließt das Formular"))
        fixture.pressLive(.escape)
        #expect(fixture.app.overlay == nil)
        #expect(fixture.valueCount() == 0)
    }

    // MARK: The round form

    /// Opens the round form on the rounds list and fills question and proposals.
    private func roundForm(_ fixture: Fixture, proposals: [String]) {
        fixture.press(.character("c"))
        fixture.pressLive(.character("n"))
        fixture.typeLive("Welche Reallabore starten wir?")
        fixture.pressLive(.tab)
        for (index, title) in proposals.enumerated() {
            if index > 0 { fixture.pressLive(.newline) }
            fixture.typeLive(title)
        }
    }

    @Test func theRoundFormRefusesAChooseCountOutOfRange() throws {
        let fixture = try Fixture.empty()
        roundForm(fixture, proposals: ["City-Logistik: Lieferverkehr bündeln", "Hybrider Handel", "Handwerk digital"])
        fixture.pressLive(.tab, .tab, .tab)  // raters, scale, k
        fixture.pressLive(.control("u"))
        fixture.typeLive("4")
        fixture.pressLive(.enter)
        let message = "4 von 3 Vorschlägen auswählen geht nicht: bitte eine Zahl von 1 bis 3 eingeben."
        #expect(fixture.app.overlay is FormOverlay)
        #expect(fixture.app.workshop.rounds.isEmpty)
        let screen = fixture.screen(160, 45)
        #expect(screen.contains("4 von 3 Vorschlägen auswählen geht nicht:") && screen.contains("bitte eine Zahl von 1 bis 3"),
                "\(message)\n\(screen)")
        // 0 is refused as well, and so is a word.
        fixture.pressLive(.control("u"))
        fixture.typeLive("0")
        fixture.pressLive(.enter)
        #expect(fixture.screen(160, 45).contains("0 von 3 Vorschlägen auswählen geht nicht"))
        fixture.pressLive(.control("u"))
        fixture.typeLive("zwei")
        fixture.pressLive(.enter)
        #expect(fixture.screen(160, 45).contains("„zwei“ ist keine ganze Zahl."))
        #expect(fixture.app.workshop.rounds.isEmpty)
        // A k in range saves the round; the passive solution is added by itself.
        fixture.pressLive(.control("u"))
        fixture.typeLive("2")
        fixture.pressLive(.enter)
        #expect(fixture.app.overlay == nil)
        let round = fixture.round()
        #expect(round.chooseCount == 2)
        #expect(round.scaleMaximum == 10)
        #expect(round.proposals.map(\.title) == ["City-Logistik", "Hybrider Handel", "Handwerk digital",
                                                 ConsensingRound.defaultPassiveTitle])
        #expect(round.proposals[0].description == "Lieferverkehr bündeln")
        #expect(fixture.screen().contains("0/12 vollständig · Erfassung läuft"))
    }

    @Test func theRoundFormTakesNamesForTheRaters() throws {
        let fixture = try Fixture.empty()
        roundForm(fixture, proposals: ["A", "B"])
        fixture.pressLive(.tab, .control("u"))
        fixture.typeLive("Anja Großmann, Mehmet Öztürk, Jürgen Weiß")
        fixture.pressLive(.enter)
        #expect(fixture.round().raters.map(\.name) == ["Anja Großmann", "Mehmet Öztürk", "Jürgen Weiß"])
        fixture.press(.enter)
        let lines = fixture.lines(80, 24)
        #expect(lines.contains { $0.hasPrefix(" Mehmet Öztürk ") })
    }

    // MARK: Language and size

    @Test func theGridAndTheRevealSpeakEnglish() throws {
        let fixture = try Fixture.freshRound(language: .en)
        let screen = fixture.screen(160, 45)
        #expect(screen.contains("Resistance 0–10 · 2 of 5 proposals are chosen"))
        #expect(screen.contains("collecting"))
        #expect(screen.contains("0 of 12 raters complete · 72 values missing"))
        fixture.keys("3")
        fixture.pressLive(.character("r"))
        #expect(fixture.messageText == "Result revealed – NOTE: 71 values are missing.")
        let table = fixture.screen(160, 45)
        #expect(table.contains("Proposal") && table.contains("Rank") && table.contains("Acceptance"))
        #expect(table.contains("★ chosen · P passive solution"))
        fixture.pressLive(.character("c"))
        #expect(fixture.screen().contains("Close round “Welche Vorschläge nehmen wir?” and record the result?"))
        fixture.pressLive(.character("y"))
        #expect(fixture.messageText == "Round closed – decision recorded.")
        fixture.keys("4")
        #expect(fixture.messageText == "The round is closed and its result recorded. Reopen it first to change it.")
    }

    @Test func nothingBreaksAtTheSmallestSize() throws {
        let fixture = try Fixture()
        fixture.press(.character("c"))
        var canvases = [fixture.render(60, 16)]
        fixture.press(.enter)
        canvases.append(fixture.render(60, 16))
        // Down to the last rater, then the result table, the import form, the round form.
        for _ in 0..<12 { fixture.pressLive(.down, width: 60, height: 16) }
        canvases.append(fixture.render(60, 16))
        fixture.pressLive(.character("1"), width: 60, height: 16)
        canvases.append(fixture.render(60, 16))
        fixture.pressLive(.character("r"), width: 60, height: 16)
        canvases.append(fixture.render(60, 16))
        fixture.pressLive(.character("p"), width: 60, height: 16)
        canvases.append(fixture.render(60, 16))
        fixture.pressLive(.escape, width: 60, height: 16)
        fixture.pressLive(.character("I"), width: 60, height: 16)
        fixture.typeLive("/gibt/es/nicht.csv", width: 60, height: 16)
        fixture.pressLive(.enter, width: 60, height: 16)
        canvases.append(fixture.render(60, 16))
        fixture.pressLive(.escape, .escape, width: 60, height: 16)
        fixture.pressLive(.character("n"), width: 60, height: 16)
        canvases.append(fixture.render(60, 16))
        fixture.pressLive(.enter, width: 60, height: 16)
        canvases.append(fixture.render(60, 16))
        for canvas in canvases {
            expectNoLineWiderThanCanvas(canvas)
            #expect(canvas.lines.count == 16)
        }
        // The grid still names every proposal column at 60×16.
        let grid = canvases[1].text
        for index in 1...6 { #expect(grid.contains(" \(index) = "), "\(index)") }
        #expect(grid.contains(" 7P = "))
        // The result table keeps the passive solution, the last row.
        #expect(canvases[4].lines.contains { $0.hasPrefix(" P  Passivlösung") }, "\(canvases[4].text)")
    }
}

// MARK: Reading the grid's cursor

/// A cell of the grid: rater and proposal, both 0-based.
struct Cursor: Equatable, CustomStringConvertible {
    let rater: Int
    let proposal: Int
    init(_ rater: Int, _ proposal: Int) {
        self.rater = rater
        self.proposal = proposal
    }
    var description: String { "(rater \(rater), proposal \(proposal))" }
}

extension Fixture {
    /// Where the grid's cursor stands, read from the screen at 160×45: the focused rater's
    /// name and the focused proposal's header are highlighted, the cell where they cross is
    /// the selection.
    func gridCursor(sourceLocation: SourceLocation = #_sourceLocation) throws -> Cursor {
        let canvas = render(160, 45)
        let header = 5
        let headerStyles: Set<Style> = [.heading, .frameFocused]
        let starts = (0..<160).filter { x in
            headerStyles.contains(canvas[x, header].style) && (x == 0 || !headerStyles.contains(canvas[x - 1, header].style))
        }
        #expect(starts.count == round().proposals.count, "\(canvas.line(header))", sourceLocation: sourceLocation)
        let proposal = try #require(starts.firstIndex { canvas[$0, header].style == .frameFocused },
                                    "no focused proposal: \(canvas.line(header))", sourceLocation: sourceLocation)
        let row = try #require((header + 1..<43).first { canvas[1, $0].style == .frameFocused },
                               "no focused rater", sourceLocation: sourceLocation)
        let name = (0..<160).prefix { canvas[$0, row].style == .frameFocused }.map { canvas[$0, row].text }
            .joined().trimmingCharacters(in: .whitespaces)
        let rater = try #require(round().raters.firstIndex { $0.name == name }, "\(name)", sourceLocation: sourceLocation)
        #expect(canvas[starts[proposal], row].style == .selection, "the cell where they cross is the selection",
                sourceLocation: sourceLocation)
        return Cursor(rater, proposal)
    }
}
