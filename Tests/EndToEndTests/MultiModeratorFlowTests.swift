import Foundation
import Testing
import WorkshopModel

/// Lets a test thread drive a terminal (the two terminals are driven at the same moment).
private final class Driver: @unchecked Sendable {
    let terminal: TmuxSession
    private(set) var failure: (any Error)?
    init(_ terminal: TmuxSession) { self.terminal = terminal }

    func run(_ body: (TmuxSession) throws -> Void) {
        do { try body(terminal) } catch { failure = error }
    }
}

/// Two moderator terminals on one workshop file, each its own process in its own terminal,
/// as at two theme tables (issue 7, part 5).
@Suite(.serialized)
struct MultiModeratorFlowTests {
    /// Waits until `text` is in the terminal, polling every 5 ms; returns the seconds waited.
    private static func secondsUntil(_ text: String, in terminal: TmuxSession, timeout: TimeInterval = 10) throws -> TimeInterval {
        let start = Date()
        while Date().timeIntervalSince(start) < timeout {
            if try terminal.capture().contains(text) { return Date().timeIntervalSince(start) }
            Thread.sleep(forTimeInterval: 0.005)
        }
        throw TmuxError.timeout(screen: try terminal.capture())
    }

    private static func occurrences(of text: String, in screen: String) -> Int {
        screen.components(separatedBy: text).count - 1
    }

    @Test func twoTerminalsFollowEachOtherTypeAtTheSameTimeAndUndoTheirOwnCards() throws {
        let directory = try TemporaryDirectory()
        let file = directory.file("tische.allianz")
        #expect(try Binary.run(["new", file, "--title", "Zwei Tische"]).status == 0)

        // Terminal A makes a theme table with two headings.
        let a = try TmuxSession(width: 200, height: 60, directory: directory.path)
        try a.run("'\(Binary.path)' tische.allianz; echo EXIT=$?")
        try a.waitFor("Zwei Tische")
        try a.createThemeTable("Innenstadt")
        try a.press("+")
        try a.type("Visionen")
        try a.press("Enter")
        try a.waitFor("Visionen (0)")

        // Terminal B, another process in another terminal, opens the same board.
        let b = try TmuxSession(width: 200, height: 60, directory: directory.path)
        try b.run("'\(Binary.path)' tische.allianz; echo EXIT=$?")
        try b.waitFor("Zwei Tische")
        try b.press("b")
        try b.waitFor("Innenstadt")
        try b.press("Enter")
        try b.waitFor("Visionen (0)")
        try b.press("l")

        // A types cards; each appears in B shortly after A's Enter.
        try a.press("n")
        try a.waitFor("Neue Karte unter „Beiträge“")
        var latencies: [TimeInterval] = []
        for number in 1...20 {
            let text = String(format: "Karte A%02d vom ersten Tisch", number)
            try a.type(text)
            try a.waitFor(text)  // typed into the panel: the measurement starts at Enter
            // A random pause, so that Enter does not always fall on the same phase of B's polling.
            Thread.sleep(forTimeInterval: Double.random(in: 0..<0.25))
            try a.press("Enter")
            latencies.append(try Self.secondsUntil(text, in: b))
        }
        try b.waitFor("Beiträge (20)")
        let sorted = latencies.sorted()
        let milliseconds = { (seconds: TimeInterval) in String(format: "%.0f", seconds * 1000) }
        print("FOLLOW-LATENCY ms (A Enter → visible in B, \(sorted.count) cards): min \(milliseconds(sorted[0]))"
              + " median \(milliseconds(sorted[sorted.count / 2])) p90 \(milliseconds(sorted[sorted.count * 9 / 10]))"
              + " max \(milliseconds(sorted[sorted.count - 1])) all \(latencies.map(milliseconds).joined(separator: ","))")
        #expect(sorted[sorted.count / 2] < 2, "a card of the other table shows within a short wait")

        // Both type at the same moment, each under its own heading.
        try b.press("n")
        try b.waitFor("Neue Karte unter „Visionen“")
        let drivers = [Driver(a), Driver(b)]
        let group = DispatchGroup()
        for (driver, name) in zip(drivers, ["A", "B"]) {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                driver.run { terminal in
                    for number in 1...8 {
                        try terminal.type("Gleichzeitig \(name)-\(number) getippt")
                        try terminal.press("Enter")
                    }
                    try terminal.press("Escape")
                }
            }
        }
        #expect(group.wait(timeout: .now() + 60) == .success)
        for driver in drivers { #expect(driver.failure == nil, "\(String(describing: driver.failure))") }
        let texts = ["A", "B"].flatMap { name in (1...8).map { "Gleichzeitig \(name)-\($0) getippt" } }
        for terminal in [a, b] {
            let screen = try terminal.waitFor(timeout: 10) { $0.contains("Beiträge (28)") && $0.contains("Visionen (8)") }
            for text in texts {
                #expect(Self.occurrences(of: text, in: screen) == 1, "\(text) exactly once:\n\(screen)")
            }
        }

        // B keeps typing (a key every 40 ms, never 100 ms without one) while A saves a card:
        // B's screen still picks it up before B stops.
        try b.press("n")
        try b.waitFor("Neue Karte unter „Visionen“")
        let typist = Driver(b)
        let typing = DispatchGroup()
        typing.enter()
        Thread.detachNewThread {
            defer { typing.leave() }
            typist.run { terminal in
                for _ in 0..<75 {
                    try terminal.type("x")
                    Thread.sleep(forTimeInterval: 0.04)
                }
            }
        }
        Thread.sleep(forTimeInterval: 0.3)
        try a.press("n")
        try a.type("Während B tippt")
        try a.waitFor("Während B tippt")
        try a.press("Enter", "Escape")
        let whileTyping = try Self.secondsUntil("Beiträge (29)", in: b, timeout: 2)
        #expect(typing.wait(timeout: .now()) == .timedOut, "B was still typing when A's card showed (\(whileTyping) s)")
        #expect(typing.wait(timeout: .now() + 30) == .success)
        #expect(typist.failure == nil)
        // Esc saves what B typed (Esc never throws text away); u takes it back.
        try b.press("Escape")
        try b.waitFor("u nimmt sie zurück")
        try b.waitFor("Visionen (9)")
        try b.press("u")
        try b.waitFor("Visionen (8)")

        // Undo in B takes back B's last card, not A's newer ones; A follows.
        try b.press("u")
        try b.waitFor("Visionen (7)")
        let afterUndo = try a.waitFor { $0.contains("Visionen (7)") }
        #expect(afterUndo.contains("Beiträge (29)"))
        #expect(!afterUndo.contains("Gleichzeitig B-8 getippt"))
        #expect(afterUndo.contains("Gleichzeitig A-8 getippt"))

        try a.press("q")
        try a.waitFor("EXIT=0")
        try b.press("q")
        try b.waitFor("EXIT=0")

        // The file holds every card once; the two terminals wrote under different ids.
        let export = try Binary.run(["export", file, "--format", "json"])
        #expect(export.status == 0)
        let workshop = try JSONDecoder().decode(WorkshopExport.self, from: Data(export.output.utf8)).workshop
        let saved = workshop.cards.map(\.text)
        #expect(saved.count == 36)
        #expect(Set(saved).count == saved.count)
        for number in 1...20 { #expect(saved.contains(String(format: "Karte A%02d vom ersten Tisch", number))) }
        let log = try Binary.run(["log", file])
        // (Record 1 is `allianz-tui new`'s.)
        let authors = Set(log.output.split(separator: "\n").filter { $0.hasPrefix("#") && !$0.hasPrefix("#1 ") }
            .compactMap { $0.split(separator: " ", omittingEmptySubsequences: true).dropFirst(2).first }
            .filter { $0.contains("#") })
        #expect(authors.count == 2, "one author id per terminal: \(authors)")
    }
}
