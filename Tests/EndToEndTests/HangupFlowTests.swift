import Foundation
import Testing
import WorkshopModel

/// The terminal going away under the program, and signals while it is busy (issue 12,
/// defect 8): it used to keep running at 100 % CPU after its shell died and the pty closed,
/// and to ignore SIGHUP and SIGTERM during a large paste.
@Suite(.serialized)
struct HangupFlowTests {
    /// The `pgrep -f` pattern of the program on `file` (a unique name): the command line
    /// starts with the executable, so the shell script or `setsid` that started it do not match.
    private static func pattern(_ file: String) -> String { "'^[^ ]*allianz-tu[i] .*\(file)'" }

    /// Whether the program on `file` is running.
    private static func isRunning(_ file: String) throws -> Bool {
        try Binary.shell("pgrep -f \(pattern(file)) > /dev/null") == 0
    }

    /// Waits up to `timeout` seconds until no process names `file`; returns the seconds it took.
    private static func waitUntilGone(_ file: String, timeout: TimeInterval = 5) throws -> TimeInterval? {
        let start = Date()
        while Date().timeIntervalSince(start) < timeout {
            if try !isRunning(file) { return Date().timeIntervalSince(start) }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    /// Ends a program a failed test left running.
    private static func killLeftover(_ file: String) {
        _ = try? Binary.shell("pkill -KILL -f \(pattern(file))")
    }

    /// Starts `command` in `terminal` on a new workshop and opens the card panel of a new board.
    private static func openCardPanel(_ terminal: TmuxSession, command: String) throws {
        try terminal.run(command)
        try terminal.waitFor("Draft-Test")
        try terminal.createThemeTable("Drafts")
        try terminal.press("n")
        try terminal.waitFor("Neue Karte unter „Beiträge“")
    }

    private static func cards(in file: String) throws -> [String] {
        let export = try Binary.run(["export", file, "--format", "json"])
        #expect(export.status == 0, "\(export.errors)")
        return try JSONDecoder().decode(WorkshopExport.self, from: Data(export.output.utf8)).workshop.cards.map(\.text)
    }

    /// The shell the program was started from is killed (-9), then tmux closes the pane and
    /// with it the pty. Started by the shell, the program gets the kernel's SIGHUP for the
    /// lost terminal; started in a session of its own (`setsid`), no signal comes and only
    /// the closed pty tells it (read returns 0 or EIO, poll POLLHUP). Either way it saves the
    /// card being typed and ends within seconds.
    @Test(arguments: ["", "setsid -w "])
    func theTerminalGoingAwaySavesTheCardAndEnds(prefix: String) throws {
        let directory = try TemporaryDirectory()
        let name = "auflegen-\(UUID().uuidString.prefix(8)).allianz"
        let file = directory.file(name)
        #expect(try Binary.run(["new", file, "--title", "Draft-Test"]).status == 0)
        defer { Self.killLeftover(name) }
        let terminal = try TmuxSession(width: 80, height: 24, directory: directory.path)
        try Self.openCardPanel(terminal, command: "\(prefix)'\(Binary.path)' \(name)")
        let text = "Karte, als das Terminal verschwand"
        try terminal.type(text)
        try terminal.waitFor(text)
        #expect(try Self.isRunning(name))

        #expect(kill(try terminal.shellProcess(), SIGKILL) == 0)
        let gone = try Self.waitUntilGone(name)
        #expect(gone != nil, "allianz-tui still runs after its terminal went away")
        if let gone { print("HangupFlowTests: ended \(String(format: "%.2f", gone)) s after the shell was killed (\(prefix.isEmpty ? "SIGHUP" : "pty closed"))") }
        #expect(try Self.cards(in: file) == [text])
    }

    /// SIGTERM while a 300 KB bracketed paste arrives: the program still ends promptly and
    /// gives the terminal back (echo and canonical input on).
    @Test func sigtermDuringALargePasteEndsPromptlyAndRestoresTheTerminal() throws {
        let directory = try TemporaryDirectory()
        let name = "einfuegen-\(UUID().uuidString.prefix(8)).allianz"
        let file = directory.file(name)
        #expect(try Binary.run(["new", file, "--title", "Draft-Test"]).status == 0)
        // A script, not the interactive shell, waits for the program: after it ends, the rest
        // of the paste stays unread instead of being typed into a shell.
        let script = """
            "$1" "$2"
            echo EXIT=$?
            \(TerminalFlowTests.sttyCheck)
            exec sleep 600
            """
        try script.write(toFile: directory.file("run.sh"), atomically: true, encoding: .utf8)
        let line = "Zeile mit Umlauten äöü und Satzzeichen – „Zitat“, 50 % der Fläche; "
        let paste = String(repeating: line + "\n", count: 300_000 / line.utf8.count + 1)
        #expect(paste.utf8.count > 300_000)
        try paste.write(toFile: directory.file("paste.txt"), atomically: true, encoding: .utf8)

        defer { Self.killLeftover(name) }
        let terminal = try TmuxSession(width: 80, height: 24, directory: directory.path)
        try Self.openCardPanel(terminal, command: "bash run.sh '\(Binary.path)' \(name)")
        try terminal.paste(contentsOf: directory.file("paste.txt"))
        let start = Date()
        #expect(try Binary.shell("pkill -TERM -f \(Self.pattern(name))") == 0)
        try terminal.waitFor("EXIT=143", timeout: 10)
        let seconds = Date().timeIntervalSince(start)
        print("HangupFlowTests: ended \(String(format: "%.2f", seconds)) s after SIGTERM during a \(paste.utf8.count / 1000) KB paste")
        #expect(seconds < 3, "took \(seconds) s")
        let restored = try terminal.waitFor("STTYDONE")
        #expect(restored.contains("echo icanon"), "terminal not restored after SIGTERM:\n\(restored)")
        #expect(try !Self.isRunning(name))
    }
}
