import Foundation
import Testing
import WorkshopModel

/// The monkey through the real binary in tmux: random keys, raw escape sequences, pastes and
/// resizes. Every 100 events the program must still run and answer (a resize to a tiny
/// window shows "Terminal zu klein" at once); at the end it quits cleanly and the file opens
/// with its invariants intact and exports. `MONKEY_TMUX_EVENTS` and `MONKEY_SEED` change the
/// run (default 3,000 events, seed 2026).
@Suite(.serialized)
struct MonkeyFlowTests {
    private static let environment = ProcessInfo.processInfo.environment
    private static let events = Int(environment["MONKEY_TMUX_EVENTS"] ?? "") ?? 3_000
    private static let seed = UInt64(environment["MONKEY_SEED"] ?? "") ?? 2026

    /// A small reproducible generator (a 64-bit LCG, upper bits used).
    private struct Dice {
        var state: UInt64
        mutating func roll(_ upperBound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(upperBound))
        }
        mutating func pick<T>(_ items: [T]) -> T { items[roll(items.count)] }
    }

    /// Letters without `q` (the harness quits on purpose only at the end).
    private static let letters = Array("abcdefghijklmnoprstuvwxyzABCDEFGHIJKLMNOPRSTUVWXYZ0123456789 +-<>.,:;!?/#*äöüßÄÖÜ–„“").map(String.init)
    private static let named = ["Enter", "Escape", "Tab", "BTab", "Up", "Down", "Left", "Right", "Home", "End",
                                "PPage", "NPage", "BSpace", "DC", "F1", "F2", "F5", "F6", "F7", "F8", "F9", "F10", "F12",
                                "C-z", "C-r", "C-w", "C-u", "C-j", "M-Enter"]
    private static let sequences = ["\u{1B}[1~", "\u{1B}[4~", "\u{1B}[H", "\u{1B}[F", "\u{1B}OH", "\u{1B}OF", "\u{1B}[7~",
                                    "\u{1B}[25~", "\u{1B}[1;5P", "\u{1B}[I", "\u{1B}[O", "\u{1B}[57399u", "\u{1B}[97;5u",
                                    "\u{1B}[<0;10;5M", "\u{1B}[<64;3;3M", "\u{1B}[[A", "\u{1B}[1;5A", "\u{1B}[200~", "\u{1B}[201~",
                                    "\u{1B}[", "\u{1B}O", "\u{1B}", "\u{C3}", "\u{1B}[12;40R", "\u{1B}]0;x\u{07}"]
    private static let pastes = ["Grüße aus der Straße – „Zitat“", "Zeile 1\nZeile 2\r\nZeile 3", "H16\u{1B}[201~\u{1B}:export html x.html\r",
                                 "👩‍👩‍👧 fam 🏳️‍🌈 flag 漢字 e\u{301}", String(repeating: "Donaudampfschifffahrt ", count: 300)]
    private static let sizes = [(80, 24), (160, 45), (100, 30), (60, 16)]

    @Test func randomEventsInARealTerminalNeverCrashOrHang() throws {
        let directory = try TemporaryDirectory()
        let file = directory.file("monkey.allianz")
        #expect(try Binary.run(["new", file, "--template", "demo"]).status == 0)
        let terminal = try TmuxSession(width: 80, height: 24, directory: directory.path)
        try terminal.run("'\(Binary.path)' monkey.allianz; echo EXIT=$?")
        try terminal.waitFor("Auftaktveranstaltung")
        var dice = Dice(state: Self.seed)
        var size = (80, 24)
        var probes = 0
        let started = Date()

        for index in 0..<Self.events {
            switch dice.roll(100) {
            case 0..<50: try terminal.type(dice.pick(Self.letters))
            case 50..<75: try terminal.press(dice.pick(Self.named))
            case 75..<88: try terminal.sendBytes(dice.pick(Self.sequences).utf8.map { String(format: "%02x", $0) })
            case 88..<93: try terminal.paste(dice.pick(Self.pastes))
            case 93..<96:
                size = dice.pick(Self.sizes)
                try terminal.resize(width: size.0, height: size.1)
            default:
                // Home and into an instrument.
                for _ in 0..<6 { try terminal.press("Escape") }
                try terminal.press(dice.pick(["b", "c", "m", "s", "v", "Enter"]))
            }
            if index % 100 == 99 {
                // Still running, and answering: a tiny window is reported at once.
                probes += 1
                try terminal.resize(width: 30, height: 8)
                let small = try terminal.waitFor(timeout: 20) { $0.contains("zu klein") || $0.contains("EXIT=") }
                #expect(!small.contains("EXIT="), "the program ended after event \(index):\n\(small)")
                if small.contains("EXIT=") { return }
                try terminal.resize(width: size.0, height: size.1)
            }
        }
        // Quit: leave every overlay and screen, then q (confirming where asked).
        for _ in 0..<10 { try terminal.press("Escape") }
        Thread.sleep(forTimeInterval: 0.3)
        try terminal.press("q")
        let end = try terminal.waitFor(timeout: 20) { $0.contains("EXIT=") }
        #expect(end.contains("EXIT=0"), "\(end)")
        let seconds = Int(Date().timeIntervalSince(started))

        let store = try WorkshopStore.open(at: file, readOnly: true)
        let workshop = store.state.workshop
        try store.close()
        #expect(workshop.invariantViolations.isEmpty, "\(workshop.invariantViolations)")
        let export = try Binary.run(["export", file, "--format", "json"])
        #expect(export.status == 0)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let exported = try decoder.decode(WorkshopExport.self, from: Data(export.output.utf8)).workshop
        #expect(exported.cards.map(\.id) == workshop.cards.map(\.id), "every saved card is in the export")
        print("tmux monkey: \(Self.events) events, seed \(Self.seed), \(seconds) s, \(probes) probes answered, \(workshop.cards.count) cards")
    }
}
