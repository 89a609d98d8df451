import Foundation
import Testing
import WorkshopModel
@testable import WorkshopTUI

// MARK: The quick decisions fixture

/// One quick decision of every kind, counted, in the order of ``QuickDecisionKind/allCases``.
enum QuickFixture {
    static let showOfHands = "Soll die Allianz einen Jahresbeitrag erheben?"
    static let dotVoting = "Welche Themen vertiefen wir im Herbst?"
    static let positioning = "Wie zufrieden sind Sie mit der Zusammenarbeit?"
    static let signatures = "Leitbild der Wirtschaftsallianz Bottrop 2030"
    static let titles = [showOfHands, dotVoting, positioning, signatures]
    static let kinds = ["showOfHands", "dotVoting", "positioning", "signatures"]

    static let dotOptions = ["Fachkräfte", "Innenstadt & Handel", "Energie", "Digitalisierung"]
    static let signers = ["Anja Großmann", "Mehmet Öztürk", "Jürgen Weiß"]

    /// A fixture with the four decisions, on the quick decisions screen.
    static func fixture(language: Language = .de) throws -> Fixture {
        let fixture = try Fixture.empty(language: language)
        func run(_ command: QuickDecisionCommand) throws {
            try #require(fixture.app.execute(.quick(command)) != nil, "\(command): \(fixture.messageText ?? "")")
        }
        try run(.addShowOfHands(title: showOfHands))
        try run(.addDotVoting(title: dotVoting, options: dotOptions, dotsPerPerson: 3, stackingAllowed: false))
        try run(.addPositioning(title: positioning, poleA: "sehr zufrieden", poleB: "gar nicht zufrieden", segments: 5))
        try run(.addSignatureList(document: signatures))
        let ids = fixture.app.workshop.quickDecisions.map(\.id)
        for (index, count) in [14, 5, 3].enumerated() { try run(.setCount(id: ids[0], index: index, count: count)) }
        for (index, count) in [12, 9, 17, 4].enumerated() { try run(.setCount(id: ids[1], index: index, count: count)) }
        for (index, count) in [3, 8, 6, 2, 1].enumerated() { try run(.setCount(id: ids[2], index: index, count: count)) }
        for name in signers { try run(.addSignature(id: ids[3], name: name)) }
        fixture.press(.character("v"))
        #expect(fixture.app.currentScreen is QuickDecisionsScreen)
        return fixture
    }
}

extension Fixture {
    /// The quick decision at `index`, as saved.
    func decision(_ index: Int) -> QuickDecision { app.workshop.quickDecisions[index] }
}

@Suite struct QuickDecisionsScreenTests {
    // MARK: Golden files

    @Test(arguments: 0..<4, [(80, 24), (160, 45)])
    func decisionGolden(index: Int, size: (Int, Int)) throws {
        let fixture = try QuickFixture.fixture()
        for _ in 0..<index { fixture.pressLive(.character("j"), width: size.0, height: size.1) }
        let canvas = fixture.render(size.0, size.1)
        expectNoLineWiderThanCanvas(canvas)
        assertGolden(canvas, named: "quick-\(QuickFixture.kinds[index])-\(size.0)x\(size.1)")
    }

    // MARK: Creating decisions in the form

    /// `n` on the quick decisions screen, the kind chosen with `kindKeys` (← / →), the title typed.
    private func newDecision(_ fixture: Fixture, kindKeys: [Key], title: String) {
        fixture.pressLive(.character("n"))
        #expect(fixture.app.overlay is FormOverlay)
        for key in kindKeys { fixture.pressLive(key) }
        fixture.pressLive(.tab)
        fixture.typeLive(title)
    }

    @Test func eachKindIsCreatedInTheForm() throws {
        let fixture = try Fixture.empty()
        fixture.press(.character("v"))
        #expect(fixture.screen().contains("Noch keine. n: Handzeichen"))

        // Show of hands: the first kind.
        fixture.pressLive(.character("n"))
        #expect(fixture.screen().contains("◀ Handzeichen ▶"))
        fixture.pressLive(.tab)
        fixture.typeLive("Tagen wir im Mai wieder hier?")
        fixture.pressLive(.enter)
        #expect(fixture.app.overlay == nil, "\(fixture.screen())")
        #expect(fixture.messageText == "Gespeichert: Tagen wir im Mai wieder hier?")

        // Dot voting: → once; options, 2 dots, no stacking.
        newDecision(fixture, kindKeys: [.right], title: "Welche Themen vertiefen wir?")
        #expect(fixture.screen().contains("◀ Punktabfrage ▶"))
        fixture.pressLive(.tab)
        fixture.typeLive("Fachkräfte, Energie , Digitalisierung")
        fixture.pressLive(.tab, .control("u"))
        fixture.typeLive("2")
        fixture.pressLive(.tab, .right)  // stacking: no
        #expect(fixture.screen().contains("◀ nein ▶"))
        fixture.pressLive(.enter)
        #expect(fixture.app.overlay == nil, "\(fixture.screen())")

        // Positioning: → twice; poles and three segments.
        newDecision(fixture, kindKeys: [.right, .right], title: "Wie dringend ist das Thema?")
        #expect(fixture.screen().contains("◀ Aufstellung im Raum ▶"))
        fixture.pressLive(.tab, .tab, .tab, .tab)  // options, dots, stacking, poles
        fixture.typeLive("sehr dringend, kann warten")
        fixture.pressLive(.tab, .control("u"))
        fixture.typeLive("3")
        fixture.pressLive(.enter)
        #expect(fixture.app.overlay == nil, "\(fixture.screen())")

        // Signature list: ← from the first kind wraps to the last.
        newDecision(fixture, kindKeys: [.left], title: "Leitbild 2030")
        #expect(fixture.screen().contains("◀ Unterschriftenliste ▶"))
        fixture.pressLive(.enter)
        #expect(fixture.app.overlay == nil, "\(fixture.screen())")

        let decisions = fixture.app.workshop.quickDecisions
        #expect(decisions.map(\.kind) == [.showOfHands, .dotVoting, .positioning, .signatures])
        #expect(decisions[0].options == QuickDecision.showOfHandsOptions)
        #expect(decisions[1].options == ["Fachkräfte", "Energie", "Digitalisierung"])
        #expect(decisions[1].dotsPerPerson == 2)
        #expect(decisions[1].stackingAllowed == false)
        #expect(decisions[2].poles == ["sehr dringend", "kann warten"])
        #expect(decisions[2].options == ["sehr dringend", "Mitte", "kann warten"])
        #expect(decisions[3].title == "Leitbild 2030")
        #expect(decisions.allSatisfy { $0.total == 0 && !$0.isRecorded })
        #expect(fixture.lines(80, 24)[1].contains("(4)") || fixture.lines(160, 45)[1].contains("Schnelle Entscheidungen (4)"))
    }

    @Test func theFormRefusesWhatTheKindDoesNotAllow() throws {
        let fixture = try Fixture.empty()
        fixture.press(.character("v"))
        newDecision(fixture, kindKeys: [.right], title: "Nur eine Option?")
        fixture.pressLive(.tab)
        fixture.typeLive("Fachkräfte")
        fixture.pressLive(.enter)
        #expect(fixture.app.overlay is FormOverlay)
        let screen = fixture.screen(160, 45)
        #expect(screen.contains("Eine Punktabfrage braucht 2 bis 20 verschiedene Optionen, eingegeben") && screen.contains("sind 1."))
        fixture.pressLive(.escape)
        newDecision(fixture, kindKeys: [.right, .right], title: "Ohne Pole")
        fixture.pressLive(.enter)
        #expect(fixture.app.overlay is FormOverlay)
        #expect(fixture.app.workshop.quickDecisions.isEmpty)
    }

    // MARK: Counting

    @Test func plusAndMinusCountTheSelectedOption() throws {
        let fixture = try QuickFixture.fixture()
        fixture.pressLive(.character("+"))
        #expect(fixture.decision(0).counts == [15, 5, 3])
        fixture.pressLive(.right, .character("+"), .character("+"))
        #expect(fixture.decision(0).counts == [15, 7, 3])
        fixture.pressLive(.character("-"))
        #expect(fixture.decision(0).counts == [15, 6, 3])
        // Never below 0; → stops at the last option.
        fixture.pressLive(.right, .right, .right)
        for _ in 0..<5 { fixture.pressLive(.character("-")) }
        #expect(fixture.decision(0).counts == [15, 6, 0])
        // The bars follow.
        let line = try #require(fixture.lines(80, 24).first { $0.contains("Dagegen") && $0.contains("█") })
        #expect(line.contains("█ 6 "), "\(line)")
        // Dot voting: the second decision.
        fixture.pressLive(.down, .right, .character("+"))
        #expect(fixture.decision(1).counts == [12, 10, 17, 4])
        #expect(fixture.decision(0).counts == [15, 6, 0], "moving to another decision starts at its first option")
    }

    @Test func equalsSetsAnExactCount() throws {
        let fixture = try QuickFixture.fixture()
        fixture.pressLive(.down, .down, .right)  // positioning, second segment
        fixture.pressLive(.character("="))
        #expect(fixture.app.overlay is FormOverlay)
        #expect(fixture.screen().contains("Anzahl"))
        fixture.pressLive(.control("u"))
        fixture.typeLive("zwölf")
        fixture.pressLive(.enter)
        #expect(fixture.app.overlay is FormOverlay)
        #expect(fixture.screen().contains("„zwölf“ ist keine ganze Zahl."))
        fixture.pressLive(.control("u"))
        fixture.typeLive("100001")
        fixture.pressLive(.enter)
        #expect(fixture.app.overlay is FormOverlay)
        #expect(fixture.screen(160, 45).contains("100001 geht nicht: bitte eine Anzahl von 0 bis 100000 eingeben."))
        fixture.pressLive(.control("u"))
        fixture.typeLive("120")
        fixture.pressLive(.enter)
        #expect(fixture.app.overlay == nil)
        #expect(fixture.decision(2).counts == [3, 120, 6, 2, 1])
        #expect(fixture.screen().contains("gesamt 132"))
    }

    // MARK: Signatures

    @Test func sAddsASignatureAndXRemovesTheSelectedOne() throws {
        let fixture = try QuickFixture.fixture()
        fixture.pressLive(.down, .down, .down)
        fixture.pressLive(.character("s"))
        #expect(fixture.app.overlay is FormOverlay)
        fixture.typeLive("Ursula Brandt")
        fixture.pressLive(.enter)
        #expect(fixture.decision(3).signatures == QuickFixture.signers + ["Ursula Brandt"])
        #expect(fixture.screen().contains("4. Ursula Brandt"))
        #expect(fixture.screen().contains("gesamt 4"))
        // A name that signed already is refused (ignoring case); the form stays open.
        fixture.pressLive(.character("s"))
        fixture.typeLive("anja großmann")
        fixture.pressLive(.enter)
        #expect(fixture.app.overlay is FormOverlay)
        #expect(fixture.screen().contains("„Anja Großmann“ hat schon unterschrieben."))
        fixture.pressLive(.escape, .escape)
        // x removes the selected signature: → to the second.
        fixture.pressLive(.right, .character("x"))
        #expect(fixture.decision(3).signatures == ["Anja Großmann", "Jürgen Weiß", "Ursula Brandt"])
        #expect(fixture.messageText == "Entfernt: „Mehmet Öztürk“ – u holt es zurück.")
        // + and - do nothing on a signature list; s does nothing elsewhere.
        fixture.pressLive(.character("+"))
        #expect(fixture.decision(3).signatures.count == 3)
        fixture.pressLive(.up, .character("s"))
        #expect(fixture.app.overlay == nil)
    }

    // MARK: Recording

    @Test func recordFreezesTheCountsUntilReopened() throws {
        let fixture = try QuickFixture.fixture()
        fixture.pressLive(.character("r"))
        #expect(fixture.messageText == "Ergebnis festgehalten.")
        #expect(fixture.decision(0).recordedAt == Fixture.fixedDate)
        #expect(fixture.screen().contains("gesamt 22 · ✓ festgehalten"))
        fixture.pressLive(.character("+"))
        #expect(fixture.decision(0).counts == [14, 5, 3])
        #expect(fixture.app.message?.kind == .error)
        #expect(fixture.messageText == "„\(QuickFixture.showOfHands)“ ist festgehalten und kann nicht mehr geändert werden. Zum Ändern erst mit o wieder öffnen.")
        #expect(fixture.screen(160, 45).contains("Zum Ändern erst mit o wieder öffnen."))
        // = is refused too.
        fixture.pressLive(.character("="), .control("u"))
        fixture.typeLive("1")
        fixture.pressLive(.enter)
        #expect(fixture.app.overlay is FormOverlay)
        fixture.pressLive(.escape, .escape)
        #expect(fixture.decision(0).counts == [14, 5, 3])
        // o reopens.
        fixture.pressLive(.character("o"))
        #expect(fixture.decision(0).recordedAt == nil)
        #expect(fixture.screen().contains("gesamt 22 · offen"))
        fixture.pressLive(.character("+"))
        #expect(fixture.decision(0).counts == [15, 5, 3])
    }

    @Test(arguments: [1, 2, 3])
    func aRecordedDecisionIsMarkedAtTheModeratorsWidth(index: Int) throws {
        let fixture = try QuickFixture.fixture()
        for _ in 0..<index { fixture.pressLive(.down) }
        fixture.pressLive(.character("r"))
        #expect(fixture.decision(index).isRecorded)
        let lines = fixture.lines(80, 24)
        // In the list and next to the counts.
        let row = try #require(lines.first { $0.hasPrefix("│ " + QuickFixture.titles[index].prefix(16)) })
        #expect(row.range(of: #"^│ [^│]+… ✓ │"#, options: .regularExpression) != nil, "\(row)")
        #expect(lines.contains { $0.contains("✓ festgehalten") }, "\(lines.joined(separator: "\n"))")
    }

    // MARK: Show of hands outcome

    @Test func theShowOfHandsSaysWhetherTheMotionIsAdopted() throws {
        let fixture = try QuickFixture.fixture()
        #expect(fixture.screen().contains("Angenommen (mehr dafür als dagegen)"))
        // 14 for, 14 against: a tie.
        fixture.pressLive(.right, .character("="), .control("u"))
        fixture.typeLive("14")
        fixture.pressLive(.enter)
        #expect(fixture.screen().contains("Gleichstand dafür/dagegen"))
        #expect(!fixture.screen().contains("Angenommen"))
        // One more against: rejected.
        fixture.pressLive(.character("+"))
        #expect(fixture.screen().contains("Abgelehnt (nicht mehr dafür als dagegen)"))
        #expect(!fixture.screen().contains("Angenommen"))
    }

    @Test func aShowOfHandsWithoutHandsHasNoOutcome() throws {
        let fixture = try Fixture.empty()
        try #require(fixture.app.execute(.quick(.addShowOfHands(title: "Pause jetzt?"))) != nil)
        fixture.press(.character("v"))
        let text = fixture.screen()
        #expect(text.contains("gesamt 0 · offen"))
        for outcome in ["Angenommen", "Abgelehnt", "Gleichstand"] { #expect(!text.contains(outcome)) }
    }

    @Test func dotVotingAndPositioningNameTheLeader() throws {
        let fixture = try QuickFixture.fixture()
        fixture.pressLive(.down)
        #expect(fixture.screen().contains("Vorn: Energie"))
        fixture.pressLive(.down)
        #expect(fixture.screen().contains("Vorn: Abschnitt 2"))
    }

    // MARK: Language and size

    @Test func theScreenSpeaksEnglish() throws {
        let fixture = try QuickFixture.fixture(language: .en)
        let text = fixture.screen(160, 45)
        #expect(text.contains("Quick decisions (4)"))
        #expect(text.contains("Show of hands"))
        #expect(text.contains("total 22 · open"))
        #expect(text.contains("For "))
        #expect(text.contains("Against "))
        #expect(text.contains("Abstain "))
        #expect(text.contains("Adopted (more for than against)"))
        fixture.pressLive(.character("r"), .character("+"))
        #expect(fixture.messageText == "“\(QuickFixture.showOfHands)” is recorded and cannot be changed. Reopen it with o first to change it.")
        fixture.pressLive(.down)
        #expect(fixture.screen(160, 45).contains("total 42 · 3 dots per person · no stacking · open"))
    }

    @Test func nothingBreaksAtTheSmallestSize() throws {
        let fixture = try QuickFixture.fixture()
        var canvases: [Canvas] = []
        for index in 0..<4 {
            if index > 0 { fixture.pressLive(.down, width: 60, height: 16) }
            canvases.append(fixture.render(60, 16))
        }
        fixture.pressLive(.character("s"), width: 60, height: 16)
        canvases.append(fixture.render(60, 16))
        fixture.pressLive(.escape, .up, .character("="), width: 60, height: 16)
        canvases.append(fixture.render(60, 16))
        fixture.pressLive(.escape, .character("n"), width: 60, height: 16)
        canvases.append(fixture.render(60, 16))
        fixture.pressLive(.enter, width: 60, height: 16)
        canvases.append(fixture.render(60, 16))
        for canvas in canvases {
            expectNoLineWiderThanCanvas(canvas)
            #expect(canvas.lines.count == 16)
        }
        #expect(canvases[0].text.contains("Angenommen"))
        // Every option of the dot voting and the leader, closer together.
        for option in ["Fachkräfte", "Innenstadt & Ha", "Energie", "Digitalisierung", "Vorn: Energie"] {
            #expect(canvases[1].text.contains(option), "\(option)\n\(canvases[1].text)")
        }
        #expect(canvases[2].text.contains("Mitte"))
        #expect(canvases[2].text.contains("Vorn: Abschnitt 2"))
        #expect(canvases[3].text.contains("3. Jürgen Weiß"))
    }
}
