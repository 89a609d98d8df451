import Foundation
import Testing
import WorkshopModel
@testable import WorkshopTUI
import TestKit

/// A seeded monkey: random keys, raw escape sequences, pastes and resizes through the
/// headless app over every screen. After every event the app has not crashed or hung, the
/// model keeps its invariants; at checkpoints the file holds exactly what the app shows.
/// `MONKEY_EVENTS` and `MONKEY_SEED` change the run (default 100,000 events, seed 2026);
/// `MONKEY_TRACE=1` prints every event before it is handled (to find the one that hangs).
struct MonkeyTests {
    private static let environment = ProcessInfo.processInfo.environment
    private static let events = Int(environment["MONKEY_EVENTS"] ?? "") ?? 100_000
    private static let seed = UInt64(environment["MONKEY_SEED"] ?? "") ?? 2026
    /// An event that takes longer than this is a hang (generous: a loaded CI machine).
    private static let hangBound: Duration = .seconds(5)

    @Test func randomEventsNeverCrashHangOrBreakTheWorkshop() throws {
        // On tmpfs where there is one: the monkey saves thousands of changes, each synced.
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? URL(fileURLWithPath: "/dev/shm")
            : FileManager.default.temporaryDirectory
        let directory = base.appendingPathComponent("allianz-monkey-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("monkey.allianz").path
        let store = try WorkshopStore.create(at: path, content: WorkshopTemplate.demo.content(), author: "monkey@test")
        defer { try? store.close() }

        var generator = SeededGenerator(seed: Self.seed)
        var app = App(store: store, language: .de)
        var decoder = InputDecoder()
        var size = Size(width: 80, height: 24)
        let clock = ContinuousClock()
        var time = clock.now
        var slowest: Duration = .zero
        var screens: Set<String> = []
        var restarts = 0, checkpoints = 0
        let started = clock.now

        for index in 0..<Self.events {
            let event = MonkeyEvent.random(using: &generator)
            if Self.environment["MONKEY_TRACE"] != nil { FileHandle.standardError.write(Data("\(index) \(event)\n".utf8)) }
            let before = clock.now
            // Keys come with times, as from the terminal: sometimes typing speed, sometimes pauses.
            time += .milliseconds(Int.random(in: 5...400, using: &generator))
            switch event {
            case let .key(key):
                app.handle(key, at: time)
            case let .bytes(bytes):
                for key in decoder.feed(bytes) + decoder.flush() { app.handle(key, at: time) }
            case let .paste(text):
                app.handle(.paste(text), at: time)
            case let .resize(newSize):
                size = newSize
            case let .restart(key):
                app.releaseHeldKeys()
                for _ in 0..<8 where app.screens.count > 1 || app.overlay != nil { app.handle(.escape) }
                app.handle(key)
            }
            app.releaseHeldKeys(now: time)
            _ = app.render(size: size)
            let took = clock.now - before
            slowest = max(slowest, took)
            #expect(took < Self.hangBound, "event \(index) (\(event)) took \(took)")
            screens.insert(String(describing: type(of: app.currentScreen)))
            let problems = app.workshop.invariantViolations
            #expect(problems.isEmpty, "after event \(index) (\(event)): \(problems)")
            if !problems.isEmpty { return }
            if app.shouldQuit {
                restarts += 1
                app = App(store: store, language: .de)
            }
            if index % 5_000 == 4_999 || index == Self.events - 1 {
                // What the app shows is on disk: a second reader of the file sees the same.
                checkpoints += 1
                let reader = try WorkshopStore.open(at: path, readOnly: true)
                let saved = reader.state.workshop, shown = app.workshop
                var differing: [String] = []
                if saved.info != shown.info { differing.append("info") }
                if saved.agenda != shown.agenda { differing.append("agenda") }
                if saved.participants != shown.participants || saved.moderators != shown.moderators { differing.append("people") }
                if saved.boards != shown.boards || saved.headings != shown.headings { differing.append("boards") }
                if saved.cards != shown.cards { differing.append("cards") }
                if saved.rounds != shown.rounds || saved.ratings != shown.ratings { differing.append("rounds") }
                if saved.quickDecisions != shown.quickDecisions { differing.append("quickDecisions") }
                if saved.matrices != shown.matrices || saved.topics != shown.topics { differing.append("matrices") }
                if saved.profileTemplates != shown.profileTemplates || saved.profiles != shown.profiles { differing.append("profiles") }
                if saved.assessmentGrid != shown.assessmentGrid { differing.append("grid") }
                if saved.projection != shown.projection || saved.timer != shown.timer { differing.append("session") }
                if saved != shown && differing.isEmpty { differing.append("other") }
                #expect(differing.isEmpty, "checkpoint after event \(index): the file differs in \(differing)")
                try reader.close()
            }
        }
        let seconds = Double((clock.now - started).components.seconds)
        print("monkey: \(Self.events) events, seed \(Self.seed), \(Int(seconds)) s, slowest event \(slowest), "
              + "\(app.workshop.cards.count) cards, \(restarts) restarts, \(checkpoints) checkpoints, screens: \(screens.sorted())")
        #expect(screens.count >= 10, "the monkey reached only \(screens.sorted())")
    }
}
