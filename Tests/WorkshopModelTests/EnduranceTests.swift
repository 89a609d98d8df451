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
/// Each seat pauses between two changes as a moderator does, a random 0–100 ms
/// (`ENDURANCE_PAUSE_MS` sets the mean, default 50). `ENDURANCE_CHANGES` sets the changes per
/// seat (default 600: about 1,300 cards; the work per change grows with the number of cards,
/// see docs/reliability.md), `ENDURANCE_SEED` the seed.
@Suite struct EnduranceTests {
    private static let environment = ProcessInfo.processInfo.environment
    private static let changesPerSeat = Int(environment["ENDURANCE_CHANGES"] ?? "") ?? 600
    private static let seed = UInt64(environment["ENDURANCE_SEED"] ?? "") ?? 2026
    private static let pause = (Double(environment["ENDURANCE_PAUSE_MS"] ?? "") ?? 50) / 1000
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
                        let timer = ChangeTimer()
                        do {
                            let record = try store.execute(command)
                            run.changed(command, saved: record != nil, timing: timer.stop())
                        } catch StoreError.rejected {
                            // Nothing to undo, a history conflict: part of a meeting, not a failure.
                            run.refused(timing: timer.stop())
                        }
                    }
                    writing.leave()
                    finished = true
                    writing.wait()
                    try store.refresh()
                    run.finalState(store.state)
                    do { try store.close() } catch { run.fail("seat \(seat + 1) could not close the file: \(error)") }
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

        // The file: passes `allianz-tui check` (every record against its checksum and chain,
        // every snapshot against the replayed log), opens, replays from the log alone to the
        // state it opens with, passes its invariants; every seat and the projector ended with
        // that state.
        let check = try WorkshopCheck.run(path: path)
        #expect(check.isSound, "\(check.report(in: .en))")
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
        // times that of the first, in processor time of the seat's thread (the wall-clock time
        // adds the waits for the other seats and for this shared machine, and is printed).
        let first = report.timings.prefix(Self.window), last = report.timings.suffix(Self.window)
        let (firstWork, lastWork) = (first.map(\.processor).median, last.map(\.processor).median)
        #expect(lastWork <= 3 * firstWork, "the median change took \(firstWork.ms) at the start and \(lastWork.ms) at the end")

        let workshop = state.workshop
        print("""
            endurance: \(Self.seats) seats × \(Self.changesPerSeat) changes (seed \(Self.seed)) in \(Int(seconds)) s: \
            \(report.saved) saved, \(report.refusals) refused; \(workshop.cards.count) cards, \
            \(workshop.rounds.count) rounds (\(workshop.rounds.filter { $0.status == .closed }.count) closed), \
            \(workshop.ratings.count) values, \(report.undos) undo and \(report.redos) redo steps saved; \
            projector refreshed \(report.refreshes) times; median change (first \(Self.window) → last \(Self.window)): \
            processor \(firstWork.ms) → \(lastWork.ms), wall clock \(first.map(\.wall).median.ms) → \
            \(last.map(\.wall).median.ms); resident \(start / 1024) → \(middle / 1024) → \(end / 1024) MB (start, middle, end); \
            \(state.lastSequence) records, \(check.problems.count) check findings, replay \(replayed == state ? "equal" : "DIFFERENT"), \
            \(state.workshop.invariantViolations.count) invariants violated
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
        /// The times of all changes (saved or refused), in the order they began.
        var timings: [ChangeTimer.Timing]
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
    private var timings: [ChangeTimer.Timing] = []
    private var saved = 0, refusals = 0, undos = 0, redos = 0, refreshes = 0
    private var residentKB: [Int]

    init(total: Int) {
        self.total = total
        residentKB = [Self.residentKB()]
    }

    func changed(_ command: WorkshopCommand, saved record: Bool, timing: ChangeTimer.Timing) {
        locked {
            if record {
                saved += 1
                if command == .undo { undos += 1 }
                if command == .redo { redos += 1 }
            }
            note(timing)
        }
    }

    func refused(timing: ChangeTimer.Timing) {
        locked {
            refusals += 1
            note(timing)
        }
    }

    func refreshed() { locked { refreshes += 1 } }
    func finalState(_ state: WorkshopState) { locked { finalStates.append(state) } }
    func fail(_ message: String) { locked { failures.append(message) } }

    func report() -> Report {
        locked {
            Report(failures: failures, finalStates: finalStates,
                   timings: timings.sorted { $0.started < $1.started }, saved: saved,
                   refusals: refusals, undos: undos, redos: redos, refreshes: refreshes, residentKB: residentKB)
        }
    }

    /// Called with the lock held: samples the resident memory in the middle and at the end.
    private func note(_ timing: ChangeTimer.Timing) {
        timings.append(timing)
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

/// Times one change on the thread that makes it: wall-clock time (with the wait for the write
/// lock) and the thread's own processor time (the work alone, whatever else the machine does).
private struct ChangeTimer {
    struct Timing {
        var started: Date
        var wall: TimeInterval
        var processor: TimeInterval
    }

    private let started = Date()
    private let processor = Self.threadProcessorTime()

    func stop() -> Timing {
        Timing(started: started, wall: Date().timeIntervalSince(started), processor: Self.threadProcessorTime() - processor)
    }

    private static func threadProcessorTime() -> TimeInterval {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return TimeInterval(time.tv_sec) + TimeInterval(time.tv_nsec) / 1e9
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
