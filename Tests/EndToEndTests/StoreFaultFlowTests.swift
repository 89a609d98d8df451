import Foundation
import Testing
import WorkshopModel

/// Faults of the disk, the file and other programs, through the real binary (issue 12,
/// defects 2, 3, 4, 6 and "faults while running"): a full disk when creating and while
/// typing, a file without write permission, in a read-only directory or on a read-only disk,
/// a file removed while open, a directory made read-only while open, another program holding
/// the write lock, and eight writers at once. Each time: nothing acknowledged is lost, nothing
/// half-made is left, and the moderator is told what is wrong and how to get the data out.
@Suite(.serialized)
struct StoreFaultFlowTests {
    private static let environment = ProcessInfo.processInfo.environment
    /// How long the other program holds the write lock (issue: 30 s); longer than the 10 s
    /// SQLite busy timeout that made writers fail before.
    private static let lockSeconds = Double(environment["FAULT_LOCK_SECONDS"] ?? "") ?? 12
    /// Cards each of the eight writers appends (1000 made two of eight fail before).
    private static let writerCards = Int(environment["FAULT_WRITER_CARDS"] ?? "") ?? 150

    private static func cards(in file: String) throws -> [Card] {
        let export = try Binary.run(["export", file, "--format", "json"])
        #expect(export.status == 0, "\(export.errors)")
        return try JSONDecoder().decode(WorkshopExport.self, from: Data(export.output.utf8)).workshop.cards
    }

    private static func names(in directory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    }

    /// Starts `command` in `terminal` (a workshop titled "Fehler-Test") and opens a new theme
    /// table with the heading "Beiträge".
    private static func openBoard(_ terminal: TmuxSession, command: String) throws {
        try terminal.run(command)
        try terminal.waitFor("Fehler-Test")
        try terminal.createThemeTable("Tisch")
    }

    /// Types a card into the open panel (or opens it with `n`) and presses Enter.
    private static func enterCard(_ text: String, in terminal: TmuxSession, open: Bool = false) throws {
        if open {
            try terminal.press("n")
            try terminal.waitFor("Neue Karte unter")
        }
        try terminal.type(text)
        try terminal.press("Enter")
    }

    private static func statusLine(_ screen: String) -> String {
        screen.components(separatedBy: "\n").dropFirst(23).first ?? ""
    }

    private static func quoted(_ path: String) -> String { "'\(path)'" }

    // MARK: Defect 2: creating on a nearly full disk

    @Test(.enabled(if: ScratchDisk.canMount, "needs root to mount a 2 MB tmpfs"))
    func newOnANearlyFullDiskLeavesACompleteFileOrNothing() throws {
        let disk = try ScratchDisk()
        var created = 0, refused = 0
        for free in stride(from: 320 * 1024, through: 0, by: -12 * 1024) {
            for name in try Self.names(in: disk.path) { unlink(disk.file(name)) }
            try disk.fill(leaving: free)
            let file = disk.file("q.allianz")
            let result = try Binary.run(["new", file, "--template", "demo"])
            if result.status == 0 {
                created += 1
                #expect(try Self.names(in: disk.path) == ["filler", "q.allianz"], "\(free) bytes free: only the file")
                disk.makeRoom()
                let store = try WorkshopStore.open(at: file)
                #expect(store.state.workshop == DemoWorkshop.kickOff, "\(free) bytes free: the complete demo")
                try store.close()
            } else {
                refused += 1
                #expect(try Self.names(in: disk.path) == ["filler"], "\(free) bytes free: nothing left behind")
                #expect(result.errors.contains("Der Datenträger ist voll"), "\(result.errors)")
                #expect(result.errors.contains("Es ist nichts zurückgeblieben"), "\(result.errors)")
            }
        }
        #expect(created > 0 && refused > 0, "created \(created), refused \(refused)")
        print("FAULTS new on a nearly full disk: \(created + refused) fill levels (320 KB to 0 free), \(created) complete files, \(refused) refused, nothing left behind")
    }

    // MARK: Defect 3: no write permission, read-only directory, read-only disk

    @Test(.enabled(if: geteuid() == 0, "needs root to run the program as nobody"))
    func aFileWithoutWritePermissionOpensReadOnlyAndIsWritableAfterChmod() throws {
        let directory = try TemporaryDirectory()
        try Nobody.own(directory.path, mode: 0o755)
        let file = directory.file("w.allianz")
        #expect(try Binary.run(["new", file, "--title", "Fehler-Test"]).status == 0)
        try Nobody.own(file, mode: 0o400)

        // Readers read it and leave nothing beside it that would block a writer later.
        #expect(try Nobody.run(["log", file]).status == 0)
        #expect(try Nobody.run(["export", file, "--format", "md"]).output.contains("Fehler-Test"))
        let refused = try Nobody.run(["stress-append", file, "--count", "1"])
        #expect(refused.status != 0)
        #expect(try Self.names(in: directory.path) == ["w.allianz"])

        // In the terminal: read-only, with the reason and what to do.
        let terminal = try TmuxSession(width: 100, height: 24, directory: directory.path)
        try terminal.run("\(Nobody.prefix) \(Self.quoted(Binary.path)) w.allianz; echo EXIT=$?")
        let screen = try terminal.waitFor("Fehler-Test")
        #expect(Self.statusLine(screen).contains("nur lesen: Datei schreibgeschützt"), "\(screen)")
        #expect(screen.contains("Zum Ändern: chmod u+w"), "\(screen)")
        try terminal.press("q")
        try terminal.waitFor("EXIT=0")
        #expect(try Self.names(in: directory.path) == ["w.allianz"])

        // Side files an older version left with the file's mode 0400 do not block the owner.
        for side in ["-wal", "-shm"] {
            #expect(FileManager.default.createFile(atPath: file + side, contents: nil))
            try Nobody.own(file + side, mode: 0o400)
        }
        try Nobody.own(file, mode: 0o644)
        let written = try Nobody.run(["stress-append", file, "--count", "3"])
        #expect(written.status == 0, "\(written.errors)")
        #expect(written.output.components(separatedBy: "\n").filter { $0.hasPrefix("ack ") }.count == 3)
        #expect(try WorkshopStore.open(at: file, readOnly: true).state.workshop.participants.map(\.name)
            == ["Teilnehmer 1", "Teilnehmer 2", "Teilnehmer 3"])
    }

    @Test(.enabled(if: geteuid() == 0, "needs root to run the program as nobody"))
    func aFileInAReadOnlyDirectoryCanBeReadExportedAndPresented() throws {
        let directory = try TemporaryDirectory()
        let file = directory.file("w.allianz")
        #expect(try Binary.run(["new", file, "--title", "Fehler-Test"]).status == 0)
        // The file is nobody's; the directory (root's, 0755) is not writable for nobody.
        try Nobody.own(file, mode: 0o600)

        #expect(try Nobody.run(["log", file]).output.contains("#1"))
        #expect(try Nobody.run(["export", file, "--format", "json"]).output.contains("Fehler-Test"))
        let refused = try Nobody.run(["stress-append", file, "--count", "1"])
        #expect(refused.status != 0)

        let terminal = try TmuxSession(width: 100, height: 24, directory: directory.path)
        try terminal.run("\(Nobody.prefix) \(Self.quoted(Binary.path)) --read-only w.allianz; echo EXIT=$?")
        let screen = try terminal.waitFor("Fehler-Test")
        #expect(Self.statusLine(screen).contains("nur lesen: Ordner schreibgeschützt"), "\(screen)")
        try terminal.press("q")
        try terminal.waitFor("EXIT=0")
        try terminal.run("clear; \(Nobody.prefix) \(Self.quoted(Binary.path)) present w.allianz; echo EXIT=$?")
        try terminal.waitFor("█") // the title, large
        try terminal.press("q")
        try terminal.waitFor("EXIT=0")
        #expect(try Self.names(in: directory.path) == ["w.allianz"])
    }

    @Test(.enabled(if: ScratchDisk.canMount, "needs root to mount a tmpfs"))
    func aFileOnAReadOnlyDiskCanBeReadAndSaysWhy() throws {
        let disk = try ScratchDisk()
        let file = disk.file("w.allianz")
        #expect(try Binary.run(["new", file, "--title", "Fehler-Test"]).status == 0)
        try disk.remountReadOnly()

        #expect(try Binary.run(["log", file]).output.contains("#1"))
        #expect(try Binary.run(["export", file, "--format", "md"]).output.contains("Fehler-Test"))
        let refused = try Binary.run(["stress-append", file, "--count", "1"])
        #expect(refused.status != 0)
        let terminal = try TmuxSession(width: 100, height: 24, directory: disk.path)
        try terminal.run("\(Self.quoted(Binary.path)) w.allianz; echo EXIT=$?")
        let screen = try terminal.waitFor("Fehler-Test")
        #expect(Self.statusLine(screen).contains("nur lesen: Laufwerk schreibgeschützt"), "\(screen)")
        #expect(screen.contains("beschreibbares Laufwerk"), "\(screen)")
        try terminal.press("q")
        try terminal.waitFor("EXIT=0")
    }

    // MARK: Defect 4 and faults while running

    @Test(.enabled(if: ScratchDisk.canMount, "needs root to mount a 2 MB tmpfs"))
    func diskFullWhileTypingKeepsTheTextSaysSoAndQuitsTruthfully() throws {
        let disk = try ScratchDisk()
        let file = disk.file("w.allianz")
        #expect(try Binary.run(["new", file, "--title", "Fehler-Test"]).status == 0)
        let terminal = try TmuxSession(width: 80, height: 24, directory: disk.path)
        try Self.openBoard(terminal, command: "\(Self.quoted(Binary.path)) w.allianz; echo EXIT=$?")
        try Self.enterCard("Karte vor dem Vollwerden", in: terminal, open: true)
        try terminal.waitFor("✓ Karte gespeichert")

        try disk.fill(leaving: 0)
        try Self.enterCard("Karte auf vollem Datenträger", in: terminal)
        let full = try terminal.waitFor("NICHT GESPEICHERT: Datenträger voll –")
        #expect(!full.contains("✓ Karte gespeichert"), "the message line still says saved:\n\(full)")
        #expect(Self.statusLine(full).contains("NICHT GESPEICHERT: Datenträger voll"), "\(full)")
        #expect(full.contains("Karte auf vollem Datenträger"), "the panel keeps the text:\n\(full)")
        #expect(full.contains(":copy"), "the way out is named:\n\(full)")

        // Put aside (the draft cannot be written either) and quit: the text is printed.
        try terminal.press("Escape")
        try terminal.waitFor("Entwurf beiseitegelegt")
        try terminal.press("q")
        let after = try terminal.waitFor("EXIT=")
        #expect(after.contains("EXIT=0"), "\(after)")
        #expect(after.contains("✗ NICHT GESPEICHERT: Datenträger voll"), "\(after)")
        #expect(after.contains("Nicht gespeicherter Text, hier zum Kopieren:"), "\(after)")
        #expect(after.contains("Karte auf vollem Datenträger"), "\(after)")
        #expect(!after.contains("verworfen"), "\(after)")

        disk.makeRoom()
        #expect(try Self.cards(in: file).map(\.text) == ["Karte vor dem Vollwerden"])
    }

    @Test func aRemovedFileIsReportedAtOnceAndCopiedOutWithColonCopy() throws {
        let directory = try TemporaryDirectory()
        let file = directory.file("w.allianz")
        #expect(try Binary.run(["new", file, "--title", "Fehler-Test"]).status == 0)
        let terminal = try TmuxSession(width: 80, height: 24, directory: directory.path)
        try Self.openBoard(terminal, command: "\(Self.quoted(Binary.path)) w.allianz; echo EXIT=$?")
        try Self.enterCard("Vor dem Löschen", in: terminal, open: true)
        try terminal.waitFor("✓ Karte gespeichert")

        for suffix in ["", "-wal", "-shm"] { unlink(file + suffix) }
        let removed = Date()
        let gone = try terminal.waitFor { Self.statusLine($0).contains("NICHT GESPEICHERT: Datei weg") }
        let noticed = Date().timeIntervalSince(removed)
        #expect(noticed < 2, "the status line says so at once")
        print("FAULTS file removed: on the status line after \(String(format: "%.2f", noticed)) s")
        #expect(gone.contains(":copy"), "\(gone)")

        try Self.enterCard("Nach dem Löschen", in: terminal)
        let refused = try terminal.waitFor("nicht mehr da")
        #expect(refused.contains("Nach dem Löschen"), "the panel keeps the text:\n\(refused)")
        try terminal.press("Escape")
        try terminal.waitFor("Entwurf beiseitegelegt")
        try terminal.type(":")
        try terminal.waitFor { Self.statusLine($0).hasPrefix(":") || $0.contains("\n:") }
        try terminal.type("copy rettung.allianz")
        try terminal.press("Enter")
        try terminal.waitFor("Kopie geschrieben")
        try terminal.press("q")
        let after = try terminal.waitFor("EXIT=")
        #expect(after.contains("Nach dem Löschen"), "the unsaved text is printed at exit:\n\(after)")
        #expect(try Self.cards(in: directory.file("rettung.allianz")).map(\.text) == ["Vor dem Löschen"])
    }

    @Test(.enabled(if: geteuid() == 0, "needs root to run the program as nobody"))
    func aDirectoryMadeReadOnlyWhileOpenIsReportedAndSavingGoesOn() throws {
        let directory = try TemporaryDirectory()
        try Nobody.own(directory.path, mode: 0o755)
        let file = directory.file("w.allianz")
        #expect(try Binary.run(["new", file, "--title", "Fehler-Test"]).status == 0)
        try Nobody.own(file, mode: 0o600)
        let terminal = try TmuxSession(width: 80, height: 24, directory: directory.path)
        try Self.openBoard(terminal, command: "\(Nobody.prefix) \(Self.quoted(Binary.path)) w.allianz; echo EXIT=$?")
        try Self.enterCard("Vorher", in: terminal, open: true)
        try terminal.waitFor("✓ Karte gespeichert")

        chmod(directory.path, 0o555)
        let changed = Date()
        let screen = try terminal.waitFor("Ordner von „w.allianz“ schreibgeschützt")
        let noticed = Date().timeIntervalSince(changed)
        #expect(noticed < 2, "the status line says so at once")
        print("FAULTS directory made read-only: on the screen after \(String(format: "%.2f", noticed)) s")
        #expect(screen.contains(":copy"), "\(screen)")
        try terminal.press("Escape")
        try terminal.waitFor { Self.statusLine($0).contains("Ordner schreibgeschützt") }
        try Self.enterCard("Nachher", in: terminal, open: true)
        try terminal.waitFor("✓ Karte gespeichert")
        try terminal.press("Escape")
        try terminal.press("q")
        try terminal.waitFor("EXIT=0")
        chmod(directory.path, 0o755)
        #expect(try Self.cards(in: file).map(\.text) == ["Vorher", "Nachher"])
    }

    @Test func aWriteLockHeldByAnotherProgramIsWaitedForAndTypingGoesOn() throws {
        let directory = try TemporaryDirectory()
        let file = directory.file("w.allianz")
        #expect(try Binary.run(["new", file, "--title", "Fehler-Test"]).status == 0)
        let terminal = try TmuxSession(width: 80, height: 24, directory: directory.path)
        try Self.openBoard(terminal, command: "\(Self.quoted(Binary.path)) w.allianz; echo EXIT=$?")
        try terminal.press("n")
        try terminal.waitFor("Neue Karte unter")

        let holder = try LockHolder(path: file, seconds: Self.lockSeconds)
        let locked = Date()
        try Self.enterCard("Während der Sperre", in: terminal)
        let waiting = try terminal.waitFor { Self.statusLine($0).contains("wartet auf Schreibzugriff") }
        let noticed = Date().timeIntervalSince(locked)
        #expect(noticed < 3, "the status line says so at once")
        #expect(waiting.contains("Ein anderes Programm sperrt"), "\(waiting)")
        // Typed while the change waits: nothing is dropped.
        try terminal.type("Danach getippt")
        holder.waitUntilReleased()
        let saved = try terminal.waitFor { $0.contains("✓ Karte gespeichert") && $0.contains("Danach getippt") }
        let waited = Date().timeIntervalSince(locked)
        #expect(waited >= Self.lockSeconds - 0.5)
        print("FAULTS write lock held \(Self.lockSeconds) s: waiting shown after \(String(format: "%.2f", noticed)) s, card saved after \(String(format: "%.1f", waited)) s")
        #expect(!Self.statusLine(saved).contains("NICHT GESPEICHERT"), "\(saved)")
        try terminal.press("Enter")
        try terminal.waitFor("Beiträge (2)")
        try terminal.press("Escape")
        try terminal.press("q")
        try terminal.waitFor("EXIT=0")
        #expect(try Self.cards(in: file).map(\.text) == ["Während der Sperre", "Danach getippt"])
    }

    // MARK: Defect 6: eight writers at once

    @Test func eightWritersAtOnceWaitForEachOtherAndLoseNothing() throws {
        let directory = try TemporaryDirectory()
        let file = directory.file("w.allianz")
        #expect(try Binary.run(["new", file, "--template", "demo"]).status == 0)
        let before = try Self.cards(in: file).count
        // Another program holds the lock as the burst starts: every writer must wait, then go on.
        let holder = try LockHolder(path: file, seconds: Self.lockSeconds)
        let started = Date()
        let writers = try (1...8).map { index in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Binary.path)
            process.arguments = ["stress-append", file, "--cards", "--count", "\(Self.writerCards)", "--prefix", "W\(index) Nr."]
            let errors = Pipe()
            process.standardOutput = FileHandle.nullDevice
            process.standardError = errors
            try process.run()
            return (process, errors)
        }
        holder.waitUntilReleased()
        for (index, writer) in writers.enumerated() {
            writer.0.waitUntilExit()
            let errors = String(decoding: writer.1.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(writer.0.terminationStatus == 0, "writer \(index + 1): \(errors)")
        }
        let seconds = Date().timeIntervalSince(started)
        let cards = try Self.cards(in: file)
        print("FAULTS eight writers × \(Self.writerCards) cards behind a \(Self.lockSeconds) s lock: \(cards.count - before) cards in \(String(format: "%.1f", seconds)) s")
        #expect(cards.count == before + 8 * Self.writerCards, "after \(Int(seconds)) s")
        for index in 1...8 {
            #expect(cards.filter { $0.text.hasPrefix("W\(index) Nr. ") }.count == Self.writerCards, "writer \(index)")
        }
    }
}
