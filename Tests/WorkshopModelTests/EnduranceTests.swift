import Foundation
import Testing
import TestKit
import WorkshopModel

/// A three-hour meeting in a few minutes (issue 12): four moderator seats write into one file
/// at the same time — cards, consensing rounds typed value by value, revealed and closed,
/// undo and redo — while a projector follows read-only. Memory stays flat, the time per
/// change does not grow, and at the end the file opens, replays to the same state, passes
/// its invariants, and every seat and the projector see the same workshop.
///
/// Each seat pauses between two changes as a moderator does, here a random 0–20 ms
/// (`ENDURANCE_PAUSE_MS` sets the mean, default 10): back to back without a pause, a seat can be
/// kept from the write lock by the other three longer than SQLite waits. `ENDURANCE_CHANGES`
/// sets the changes per seat (default 1,800), `ENDURANCE_SEED` the seed.
@Suite struct EnduranceTests {
    private static let environment = ProcessInfo.processInfo.environment
    private static let changesPerSeat = Int(environment["ENDURANCE_CHANGES"] ?? "") ?? 1_800
    private static let seed = UInt64(environment["ENDURANCE_SEED"] ?? "") ?? 2026
    private static let pause = (Double(environment["ENDURANCE_PAUSE_MS"] ?? "") ?? 10) / 1000
    private static let seats = 4
    /// Changes compared at the start and at the end of the run.
    private static let window = 500

    @Test func aLongMeetingOfFourSeatsAndAProjectorStaysFastFlatAndConsistent() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanup() }
        let path = directory.path("marathon.allianz")
        let setup = try WorkshopStore.create(at: path, content: Workshop(info: WorkshopInfo(title: "Marathon", date: "", place: "")),
                                            author: "setup@endurance")
        for seat in 0..<Self.seats {
            try setup.execute(.board(.addBoard(kind: .themeTable, title: "Tisch \(seat + 1)", moderatorID: nil)))
        }
        let headings = setup.state.workshop.headings.map(\.id)
        try setup.close()

        let run = MeetingRun(total: Self.seats * Self.changesPerSeat)
        let writing = DispatchGroup(), done = DispatchGroup()
        let started = Date()
        for seat in 0..<Self.seats {
            writing.enter()
            done.enter()
            let heading = headings[seat]
            Thread.detachNewThread {
                defer { done.leave() }
                var finished = false
                do {
                    let store = try WorkshopStore.open(at: path, author: "seat\(seat + 1)@endurance#pts/\(seat + 1)")
                    var moderator = SeatScript(seat: seat, heading: heading, seed: Self.seed &+ UInt64(seat))
                    for _ in 0..<Self.changesPerSeat {
                        Thread.sleep(forTimeInterval: Double.random(in: 0...2 * Self.pause, using: &moderator.dice))
                        let command = moderator.next(in: store.state.workshop)
                        let start = Date()
                        do {
                            let record = try store.execute(command)
                            run.changed(command, saved: record != nil, started: start, seconds: Date().timeIntervalSince(start))
                        } catch StoreError.rejected {
                            // Nothing to undo, a history conflict: part of a meeting, not a failure.
                            run.refused(command, started: start, seconds: Date().timeIntervalSince(start))
                        }
                    }
                    writing.leave()
                    finished = true
                    writing.wait()
                    try store.refresh()
                    run.finalState(store.state)
                    try store.close()
                } catch {
                    run.fail("seat \(seat + 1): \(error)")
                    if !finished { writing.leave() }
                }
            }
        }
        done.enter()
        Thread.detachNewThread {
            defer { done.leave() }
            do {
                let projector = try WorkshopStore.open(at: path, readOnly: true, author: "projector@endurance")
                while writing.wait(timeout: .now()) == .timedOut {
                    if try projector.refresh(), let round = projector.state.workshop.rounds.last {
                        // What the projector draws: the tally of the newest round.
                        _ = projector.state.workshop.result(for: round)
                    }
                    run.refreshed()
                    Thread.sleep(forTimeInterval: 0.02)
                }
                try projector.refresh()
                run.finalState(projector.state)
                try projector.close()
            } catch {
                run.fail("projector: \(error)")
            }
        }
        #expect(done.wait(timeout: .now() + 900) == .success, "the meeting did not end within 15 minutes")
        let seconds = Date().timeIntervalSince(started)
        let report = run.report()
        #expect(report.failures.isEmpty, "\(report.failures)")

        // The file: opens, replays from the log alone to the state its snapshot gives, passes
        // its invariants; every seat and the projector ended with that state.
        let reopened = try WorkshopStore.open(at: path, readOnly: true)
        let state = reopened.state
        let replayed = try reopened.allRecords().reduce(WorkshopState(), WorkshopReducer.reduce)
        try reopened.close()
        #expect(replayed == state, "replaying the log gives another state than the snapshot and the records after it")
        #expect(state.workshop.invariantViolations.isEmpty, "\(state.workshop.invariantViolations)")
        #expect(report.finalStates.count == Self.seats + 1)
        #expect(report.finalStates.allSatisfy { $0 == state }, "a seat or the projector ended with another state than the file")
        #expect(state.lastSequence == Int64(1 + Self.seats + report.saved), "every saved change is one record")

        // Memory stays flat: the second half of the meeting adds less than half of what was
        // resident in the middle.
        try #require(report.residentKB.count == 3, "not every change ran")
        let (start, middle, end) = (report.residentKB[0], report.residentKB[1], report.residentKB[2])
        #expect(Double(end) < Double(middle) * 1.5, "resident memory grew from \(middle) kB in the middle to \(end) kB at the end")
        // The time per change does not grow: the median of the last changes is at most three
        // times that of the first.
        let first = report.durations.prefix(Self.window).median, last = report.durations.suffix(Self.window).median
        #expect(last <= 3 * first, "the median change took \(first.ms) at the start and \(last.ms) at the end")

        let workshop = state.workshop
        print("""
            endurance: \(Self.seats) seats × \(Self.changesPerSeat) changes (seed \(Self.seed)) in \(Int(seconds)) s: \
            \(report.saved) saved, \(report.refusals) refused; \(workshop.cards.count) cards, \
            \(workshop.rounds.count) rounds (\(workshop.rounds.filter { $0.status == .closed }.count) closed), \
            \(workshop.ratings.count) values, \(report.undos) undo and \(report.redos) redo steps saved; \
            projector refreshed \(report.refreshes) times; median change \(first.ms) (first \(Self.window)) → \(last.ms) \
            (last \(Self.window)); resident \(start / 1024) → \(middle / 1024) → \(end / 1024) MB (start, middle, end); \
            \(state.lastSequence) records, replay equal, no invariant violated
            """)
    }
}

/// One moderator seat's part of the meeting: mostly cards on its own table, now and then a
/// consensing step (a new round, the next value, reveal, close), undo and redo.
private struct SeatScript {
    let seat: Int
    let heading: EntityID
    var dice: SeededGenerator
    private var cards = 0
    private var rounds = 0
    private var undid = false

    init(seat: Int, heading: EntityID, seed: UInt64) {
        self.seat = seat
        self.heading = heading
        dice = SeededGenerator(seed: seed)
    }

    /// The next command, decided on what the seat's store shows now.
    mutating func next(in workshop: Workshop) -> WorkshopCommand {
        // Redo only pays right after an undo: a new change drops the seat's redo steps.
        let roll = Int.random(in: 0..<100, using: &dice)
        if undid && roll < 40 { return .redo }
        undid = false
        switch roll {
        case 0..<70:
            cards += 1
            let tags = ["", "Verkehr", "Klima, Handel", "Bildung"].randomElement(using: &dice)!
            return .board(.addCard(headingID: heading, text: "Tisch \(seat + 1), Karte \(cards): Vorschlag zur Innenstadt",
                                   author: "Person \(cards % 12 + 1)", tags: tags, isPrepared: false, isCluster: false))
        case 70..<84:
            undid = true
            return .undo
        default: return consensingStep(in: workshop)
        }
    }

    private var question: String { "Tisch \(seat + 1), Runde \(rounds): Was starten wir zuerst?" }

    /// A new round when the seat's last one is closed (or was undone or refused), else its next
    /// missing value, then reveal, then close.
    private mutating func consensingStep(in workshop: Workshop) -> WorkshopCommand {
        guard let current = workshop.rounds.last(where: { $0.question == question }), current.status != .closed else {
            rounds += 1
            return .consensing(.addRound(question: question, proposals: ["Radweg", "Markthalle", "Gründerzentrum"].map { ProposalDraft(title: $0) },
                                         raterNames: (1...5).map { "Person \($0)" }, chooseCount: 1))
        }
        let id = current.id
        for rater in current.raters {
            for proposal in current.proposals where workshop.rating(roundID: id, raterID: rater.id, proposalID: proposal.id) == nil {
                return .consensing(.setRating(roundID: id, raterID: rater.id, proposalID: proposal.id,
                                              value: Int.random(in: 0...10, using: &dice)))
            }
        }
        return current.status == .collecting ? .consensing(.reveal(roundID: id)) : .consensing(.close(roundID: id, at: Date()))
    }
}

/// What the threads of the meeting report, behind a lock.
private final class MeetingRun: @unchecked Sendable {
    struct Report {
        var failures: [String]
        var finalStates: [WorkshopState]
        /// Execution times of all changes (saved or refused), in the order they began.
        var durations: [TimeInterval]
        var saved: Int
        var refusals: Int
        var undos: Int
        var redos: Int
        var refreshes: Int
        /// Resident set size in kB at the start, when half the changes were done, and at the end.
        var residentKB: [Int]
    }

    private let lock = NSLock()
    private let total: Int
    private var failures: [String] = []
    private var finalStates: [WorkshopState] = []
    private var timings: [(started: Date, seconds: TimeInterval)] = []
    private var saved = 0, refusals = 0, undos = 0, redos = 0, refreshes = 0
    private var residentKB: [Int]

    init(total: Int) {
        self.total = total
        residentKB = [Self.residentKB()]
    }

    func changed(_ command: WorkshopCommand, saved record: Bool, started: Date, seconds: TimeInterval) {
        locked {
            if record {
                saved += 1
                if command == .undo { undos += 1 }
                if command == .redo { redos += 1 }
            }
            note(started, seconds)
        }
    }

    func refused(_ command: WorkshopCommand, started: Date, seconds: TimeInterval) {
        locked {
            refusals += 1
            note(started, seconds)
        }
    }

    func refreshed() { locked { refreshes += 1 } }
    func finalState(_ state: WorkshopState) { locked { finalStates.append(state) } }
    func fail(_ message: String) { locked { failures.append(message) } }

    func report() -> Report {
        locked {
            Report(failures: failures, finalStates: finalStates,
                   durations: timings.sorted { $0.started < $1.started }.map(\.seconds), saved: saved,
                   refusals: refusals, undos: undos, redos: redos, refreshes: refreshes, residentKB: residentKB)
        }
    }

    /// Called with the lock held: samples the resident memory in the middle and at the end.
    private func note(_ started: Date, _ seconds: TimeInterval) {
        timings.append((started, seconds))
        if timings.count == total / 2 || timings.count == total { residentKB.append(Self.residentKB()) }
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    /// `VmRSS` of /proc/self/status, in kB.
    static func residentKB() -> Int {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
}

private extension Collection where Element == TimeInterval {
    var median: TimeInterval {
        let sorted = self.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }
}

private extension TimeInterval {
    /// Milliseconds with one decimal.
    var ms: String { String(format: "%.1f ms", self * 1000) }
}
