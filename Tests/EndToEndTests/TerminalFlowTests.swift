import Foundation
import Testing
import WorkshopModel

/// The main flows in a real terminal (tmux), as a moderator would do them.
@Suite(.serialized)
struct TerminalFlowTests {
    /// The terminal settings a shell needs after the program has left: echo and canonical
    /// input on. Prints e.g. "echo icanon" (or "-echo -icanon" when left in raw mode).
    static let sttyCheck = "stty -a | tr ' ;' '\\n\\n' | grep -E '^-?(echo|icanon)$' | sort | tr '\\n' ' '; echo STTY''DONE"

    @Test func editParticipantQuitAndFindTheEditInTheFile() throws {
        let directory = try TemporaryDirectory()
        let file = directory.file("kickoff.allianz")
        #expect(try Binary.run(["new", file, "--template", "demo"]).status == 0)
        let terminal = try TmuxSession(width: 80, height: 24, directory: directory.path)

        try terminal.run("'\(Binary.path)' kickoff.allianz; echo EXIT=$?")
        try terminal.waitFor("Teilnehmende (30)")
        try terminal.press("Tab", "Down", "Down", "Down", "e")
        try terminal.waitFor("Bearbeiten: Teilnehmende")
        #expect(try terminal.capture().contains("Jürgen Weiß"))
        try terminal.press("C-u")
        try terminal.type("Jürgen Weiß-Brügge")
        try terminal.waitFor("Entwurf")
        try terminal.press("Enter")
        let saved = try terminal.waitFor("Gespeichert: Jürgen Weiß-Brügge")
        #expect(saved.contains("✓ gespeichert"))
        try terminal.press("q")
        try terminal.waitFor("EXIT=0")
        try terminal.run(Self.sttyCheck)
        let restored = try terminal.waitFor("STTYDONE")
        #expect(restored.contains("echo icanon"), "terminal not restored:\n\(restored)")

        let export = try Binary.run(["export", file, "--format", "json"])
        #expect(export.status == 0)
        #expect(export.output.contains("\"name\" : \"Jürgen Weiß-Brügge\""))
        #expect(!export.output.contains("\"name\" : \"Jürgen Weiß\""))
    }

    @Test func demoOpensWithoutArgumentsAtProjectorSize() throws {
        let directory = try TemporaryDirectory()
        let terminal = try TmuxSession(width: 160, height: 45, directory: directory.path)

        try terminal.run("'\(Binary.path)'; echo EXIT=$?")
        let home = try terminal.waitFor("Teilnehmende (30)")
        let paneTitles = home.split(separator: "\n").first { $0.contains("Ablauf (") }.map(String.init) ?? ""
        #expect(paneTitles.contains("Teilnehmende (30)") && paneTitles.contains("Moderation ("),
                "the three panes should sit side by side at 160×45:\n\(home)")
        #expect(home.contains("Auftaktveranstaltung der Wirtschaftsallianz Bottrop"))
        #expect(home.contains("23.03.2017"))

        try terminal.press("?")
        // The overlay is drawn row by row: wait until its last key row is on screen too.
        let help = try terminal.waitFor { $0.contains("Esc oder ? schließt") && $0.contains("Strg-C") }
        #expect(help.contains("Rückgängig") && help.contains("Wiederherstellen"))
        try terminal.press("Escape")
        try terminal.waitFor { !$0.contains("Esc oder ? schließt") }
        try terminal.press("q")
        try terminal.waitFor("EXIT=0")

        let demo = directory.file(".local/share/allianz-tui/demo.allianz")
        let attributes = try FileManager.default.attributesOfItem(atPath: demo)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try WorkshopStore.open(at: demo, readOnly: true).state.workshop.participants.count == 30)
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let directory = try TemporaryDirectory()
        let file = directory.file("signal.allianz")
        #expect(try Binary.run(["new", file, "--template", "demo"]).status == 0)
        let terminal = try TmuxSession(width: 80, height: 24, directory: directory.path)

        try terminal.run("'\(Binary.path)' signal.allianz; echo EXIT=$?")
        try terminal.waitFor("Teilnehmende (30)")
        let kill = try Binary.shell("pkill -TERM -f 'allianz-tu[i] signal.allianz'")
        #expect(kill == 0)
        try terminal.waitFor("EXIT=143")
        try terminal.run(Self.sttyCheck)
        let restored = try terminal.waitFor("STTYDONE")
        #expect(restored.contains("echo icanon"), "terminal not restored after SIGTERM:\n\(restored)")
    }

    @Test func whatTheScreenCallsSavedSurvivesKillMinusNine() throws {
        let directory = try TemporaryDirectory()
        let file = directory.file("crash.allianz")
        #expect(try Binary.run(["new", file, "--template", "empty", "--title", "Absturztest"]).status == 0)
        let terminal = try TmuxSession(width: 80, height: 24, directory: directory.path)

        try terminal.run("'\(Binary.path)' crash.allianz")
        try terminal.waitFor("Absturztest")
        try terminal.press("Tab", "a")
        try terminal.type("Gülşen Öztürk")
        try terminal.press("Enter")
        try terminal.waitFor("Gespeichert: Gülşen Öztürk")
        #expect(try Binary.shell("pkill -KILL -f 'allianz-tu[i] crash.allianz'") == 0)
        try terminal.run("stty sane; echo KILLED")
        try terminal.waitFor("KILLED")

        let store = try WorkshopStore.open(at: file, readOnly: true)
        #expect(store.state.workshop.participants.map(\.name) == ["Gülşen Öztürk"])
    }
}
