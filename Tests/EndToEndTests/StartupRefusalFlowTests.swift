import Foundation
import GRDB
import Testing

/// What the program says when it cannot start (issue 12, defect 7): a terminal it cannot
/// drive, no terminal at all, a directory or a file with the workshop mark but other tables
/// given as FILE. Every message in the UI language, saying what is wrong and what to do, and
/// nothing created or changed.
@Suite(.serialized)
struct StartupRefusalFlowTests {
    /// Runs `command` in a shell in a tmux terminal whose TERM is `term` and returns the
    /// screen once the command has ended, with its exit status as `EXIT=n`.
    private static func runInTerminal(_ command: String, term: String, in directory: TemporaryDirectory) throws -> String {
        // Wide enough that no message wraps.
        let terminal = try TmuxSession(width: 500, height: 30, directory: directory.path, environment: ["TERM": term])
        try terminal.run("\(command); echo EXIT=$?")
        return try terminal.waitFor(timeout: 15) { $0.split(separator: "\n").contains { $0.hasPrefix("EXIT=") } }
    }

    /// `TERM=dumb` used to leave a blank screen with no message, and an unknown TERM gave
    /// ncurses' English "Error opening terminal". The check comes before the file is
    /// created.
    @Test(arguments: [
        ("dumb", "de", "Das Terminal „dumb“ kann keine Bildschirmsteuerung"),
        ("dumb", "en", "The terminal “dumb” cannot drive the screen"),
        ("nonexistent-term", "de", "Den Terminaltyp „nonexistent-term“ (TERM) kennt dieses System nicht. Bitte TERM=xterm-256color setzen"),
        ("nonexistent-term", "en", "This system does not know the terminal type “nonexistent-term” (TERM). Please set TERM=xterm-256color"),
    ])
    func aTerminalThatCannotBeDrivenIsNamed(term: String, language: String, message: String) throws {
        let directory = try TemporaryDirectory()
        let screen = try Self.runInTerminal("'\(Binary.path)' neu.allianz --lang \(language)", term: term, in: directory)
        #expect(screen.contains(message), "\(screen)")
        #expect(screen.contains("EXIT=2"))
        #expect(!screen.contains("Error opening terminal"))
        #expect(!FileManager.default.fileExists(atPath: directory.file("neu.allianz")), "nothing is created")
    }

    /// TERM unset, and standard input or output not a terminal (a pipe, a file).
    @Test func noTerminalTypeAndNoTerminalAreNamed() throws {
        let directory = try TemporaryDirectory()
        let unset = try Self.runInTerminal("env -u TERM '\(Binary.path)' neu.allianz", term: "xterm-256color", in: directory)
        #expect(unset.contains("Die Umgebungsvariable TERM ist nicht gesetzt"), "\(unset)")
        #expect(unset.contains("EXIT=2"))
        let piped = try Self.runInTerminal("'\(Binary.path)' neu.allianz | cat; echo PIPE=${PIPESTATUS[0]}", term: "xterm-256color", in: directory)
        #expect(piped.contains("allianz-tui braucht ein Terminal (tty)"), "\(piped)")
        #expect(piped.contains("PIPE=2"))
        let redirected = try Self.runInTerminal("'\(Binary.path)' neu.allianz < /dev/null", term: "xterm-256color", in: directory)
        #expect(redirected.contains("allianz-tui braucht ein Terminal (tty)"), "\(redirected)")
        #expect(redirected.contains("EXIT=2"))
        #expect(!FileManager.default.fileExists(atPath: directory.file("neu.allianz")))
    }

    /// A directory as FILE used to give `Error Domain=NSCocoaErrorDomain Code=256 "(null)"…`.
    @Test func aDirectoryAsFileIsNamed() throws {
        let directory = try TemporaryDirectory()
        let folder = directory.file("ordner")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        for command in [["export", folder], ["log", folder], ["new", folder]] {
            let result = try Binary.run(command)
            #expect(result.status == 1)
            #expect(result.errors.contains("„\(folder)“ ist ein Ordner, keine Workshopdatei. Bitte den Namen einer .allianz-Datei angeben"),
                    "\(command): \(result.errors)")
            #expect(!result.errors.contains("NSCocoaErrorDomain"))
        }
        let english = try Binary.run(["export", folder, "--lang", "en"])
        #expect(english.errors.contains("“\(folder)” is a directory, not a workshop file."))
        for command in ["'\(Binary.path)' ordner", "'\(Binary.path)' present ordner"] {
            let screen = try Self.runInTerminal(command, term: "xterm-256color", in: directory)
            #expect(screen.contains("„ordner“ ist ein Ordner, keine Workshopdatei"), "\(screen)")
            #expect(screen.contains("EXIT=1"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    /// A file with the workshop's application id and format but other tables used to give
    /// SQLite's "no such column: schemaVersion".
    @Test func aFileWithTheRightMarkAndWrongTablesIsNamed() throws {
        let directory = try TemporaryDirectory()
        let file = directory.file("fremd.allianz")
        let queue = try DatabaseQueue(path: file)
        try queue.write { db in
            try db.execute(sql: "PRAGMA application_id = \(0x414C_5455)")
            try db.execute(sql: "PRAGMA user_version = 1")
            try db.execute(sql: "CREATE TABLE record (sequence INTEGER PRIMARY KEY, time REAL, events TEXT)")
            try db.execute(sql: "CREATE TABLE snapshot (sequence INTEGER PRIMARY KEY, state TEXT)")
            try db.execute(sql: "INSERT INTO record (time, events) VALUES (0, '[]')")
        }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        let message = "trägt die Kennung einer allianz-tui-Workshopdatei, ist aber keine gültige Workshopdatei dieser Version (es fehlt: record.schemaVersion). Die Datei wurde nicht verändert."
        for command in [["export", file], ["log", file], ["export", file, "--format", "md"]] {
            let result = try Binary.run(command)
            #expect(result.status == 1)
            #expect(result.errors.contains(message), "\(command): \(result.errors)")
            #expect(!result.errors.contains("no such column"))
        }
        let english = try Binary.run(["log", file, "--lang", "en"])
        #expect(english.errors.contains("is not a valid workshop file of this version (record.schemaVersion missing)"))
        let screen = try Self.runInTerminal("'\(Binary.path)' fremd.allianz", term: "xterm-256color", in: directory)
        #expect(screen.contains("ist aber keine gültige Workshopdatei dieser Version"), "\(screen)")
        #expect(screen.contains("EXIT=1"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
    }
}
