import Foundation
import Testing
import WorkshopModel

/// Esc never throws text away, a fresh card starts without tags, two cards make a cluster in
/// a key or two, and a draft of a card or of a form survives SIGKILL — in a real terminal
/// (issue 11).
@Suite(.serialized)
struct DraftFlowTests {
    /// Starts the program on `file` in `terminal` and opens a new theme table "Drafts".
    private static func openNewBoard(_ terminal: TmuxSession, command: String) throws {
        try terminal.run(command)
        try terminal.waitFor("Draft-Test")
        try terminal.createThemeTable("Drafts")
    }

    /// Types `text` a character at a time, ten characters a second, as a moderator does.
    private static func typeSlowly(_ text: String, into terminal: TmuxSession) throws {
        for character in text {
            try terminal.type(String(character))
            Thread.sleep(forTimeInterval: 0.1)
        }
    }

    private static func workshop(in file: String) throws -> Workshop {
        let export = try Binary.run(["export", file, "--format", "json"])
        #expect(export.status == 0)
        return try JSONDecoder().decode(WorkshopExport.self, from: Data(export.output.utf8)).workshop
    }

    /// Kills the program started with `TmuxSession.killableCommand` a moment after the last key
    /// (drafts are written when typing pauses).
    private static func killProgram(in directory: TemporaryDirectory, terminal: TmuxSession) throws {
        Thread.sleep(forTimeInterval: 1.5)
        try terminal.killProgram(in: directory.path)
    }

    @Test func escSavesNoTagsCarryOverAndTwoCardsClusterInOneKey() throws {
        let directory = try TemporaryDirectory()
        let file = directory.file("entwurf.allianz")
        #expect(try Binary.run(["new", file, "--title", "Draft-Test"]).status == 0)
        let terminal = try TmuxSession(width: 80, height: 24, directory: directory.path)
        try Self.openNewBoard(terminal, command: "'\(Binary.path)' entwurf.allianz; echo EXIT=$?")

        // Esc on a typed card saves it and says how to take it back.
        try terminal.press("n")
        try terminal.waitFor("Neue Karte unter „Beiträge“")
        try Self.typeSlowly("Idee: Ende", into: terminal)
        try terminal.press("Escape")
        let saved = try terminal.waitFor("u nimmt sie zurück")
        #expect(saved.contains("✓ Karte gespeichert"))
        #expect(saved.contains("Beiträge (1)"))
        #expect(saved.contains("• Idee: Ende"))

        // Tags go with one card only: the next one starts without them.
        try terminal.press("n")
        try terminal.type("Erste Karte")
        try terminal.press("Tab", "Tab")
        try terminal.type("Klima, Verkehr")
        try terminal.press("Enter")
        try terminal.waitFor("Beiträge (2)")
        let fresh = try terminal.waitFor { $0.contains("Neue Karte unter") && $0.contains("✓ Karte gespeichert") }
        #expect(!fresh.contains("Schlagworte: Klima"), "the panel shows no carried tags:\n\(fresh)")
        try terminal.type("Zweite Karte")
        try terminal.press("Enter")
        try terminal.type("Dritte Karte")
        try terminal.press("Escape")
        try terminal.waitFor("Beiträge (4)")

        // The last card is selected; k to the second, c: a cluster of it and the one below.
        try terminal.press("k")
        try terminal.press("c")
        let clustered = try terminal.waitFor("ist jetzt die runde Karte")
        #expect(clustered.contains("◉ Zweite Karte"))
        #expect(clustered.contains("  • Dritte Karte"))
        // The first card into that cluster, chosen from the list: c, Enter.
        try terminal.press("g", "c")
        try terminal.waitFor("Gruppieren unter")
        try terminal.press("Enter")
        try terminal.waitFor("Karte gruppiert unter „Zweite Karte“")
        try terminal.press("q")
        try terminal.waitFor("EXIT=0")

        let cards = try Self.workshop(in: file).cards
        let byText = Dictionary(cards.map { ($0.text, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(byText["Idee: Ende"] != nil)
        #expect(byText["Erste Karte"]?.tags == ["Klima", "Verkehr"])
        #expect(byText["Zweite Karte"]?.tags == [])
        #expect(byText["Dritte Karte"]?.tags == [])
        let head = try #require(byText["Zweite Karte"])
        #expect(head.isCluster)
        #expect(byText["Dritte Karte"]?.clusterID == head.id)
        #expect(byText["Idee: Ende"]?.clusterID == head.id)
    }

    @Test func aDraftTypedWhenTheProgramIsKilledComesBackOnReopen() throws {
        let directory = try TemporaryDirectory()
        let file = directory.file("absturz.allianz")
        #expect(try Binary.run(["new", file, "--title", "Draft-Test"]).status == 0)
        let terminal = try TmuxSession(width: 80, height: 24, directory: directory.path)
        try Self.openNewBoard(terminal, command: TmuxSession.killableCommand("absturz.allianz"))

        try terminal.press("n")
        try terminal.waitFor("Neue Karte unter „Beiträge“")
        let text = "Gründerzentrum im alten Kaufhaus"
        try Self.typeSlowly(text, into: terminal)
        try terminal.waitFor(text)
        try Self.killProgram(in: directory, terminal: terminal)
        #expect(try Self.workshop(in: file).cards.isEmpty, "the card was not saved, it was a draft")

        // Reopened in the same terminal (the same seat): the draft is offered back.
        try terminal.run("'\(Binary.path)' absturz.allianz; echo EXIT=$?")
        let home = try terminal.waitFor("wiederhergestellt")
        #expect(home.contains("dieselbe Taste holt ihn zurück"))
        try terminal.press("b")
        try terminal.waitFor("Drafts")
        try terminal.press("Enter")
        try terminal.waitFor("Beiträge (0) ✎")
        try terminal.press("n")
        let back = try terminal.waitFor(text)
        #expect(back.contains("Entwurf zurückgeholt"))
        try terminal.press("Escape")
        try terminal.waitFor("Beiträge (1)")
        try terminal.press("q")
        try terminal.waitFor("EXIT=0")
        #expect(try Self.workshop(in: file).cards.map(\.text) == [text])
    }

    @Test func aFormOpenWhenTheProgramIsKilledComesBackOnReopen() throws {
        let directory = try TemporaryDirectory()
        let file = directory.file("formular.allianz")
        #expect(try Binary.run(["new", file, "--title", "Draft-Test"]).status == 0)
        let terminal = try TmuxSession(width: 80, height: 24, directory: directory.path)
        try terminal.run(TmuxSession.killableCommand("formular.allianz"))
        try terminal.waitFor("Noch kein Ablauf")
        // The agenda pane has the focus: `a` opens the form for a new item.
        try terminal.press("a")
        try terminal.waitFor("Neuer Tagesordnungspunkt")
        let title = "Mittagspause mit Suppe"
        try Self.typeSlowly(title, into: terminal)
        try terminal.waitFor(title)
        try Self.killProgram(in: directory, terminal: terminal)
        #expect(try Self.workshop(in: file).agenda.isEmpty, "the item was not saved, it was a draft")

        // Reopened at the same seat: announced like every draft, and `a` brings the title back.
        try terminal.run("'\(Binary.path)' formular.allianz; echo EXIT=$?")
        let home = try terminal.waitFor("wiederhergestellt")
        #expect(home.contains("dieselbe Taste holt ihn zurück"))
        #expect(!home.contains(title))
        try terminal.press("a")
        let back = try terminal.waitFor(title)
        #expect(back.contains("Neuer Tagesordnungspunkt"))
        #expect(back.contains("Entwurf zurückgeholt"))
        try terminal.press("Enter")
        try terminal.waitFor("Gespeichert: \(title)")
        try terminal.press("q")
        try terminal.waitFor("EXIT=0")
        #expect(try Self.workshop(in: file).agenda.map(\.title) == [title])
    }
}
