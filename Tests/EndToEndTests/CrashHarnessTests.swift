import Foundation
import Testing
import TestKit
import WorkshopModel

/// The crash harness (issue 12): the real program in tmux, driven through rapid card entry,
/// values in a consensing grid, pairwise comparisons and agenda forms, killed with SIGKILL
/// at random moments. After every kill the file passes `allianz-tui check`, opens, passes its
/// invariants, and its JSON export holds every change the screen showed as saved right before
/// the kill (see ``CrashActivity``). `CRASH_KILLS` sets the number of kills (default 20; the long run is
/// 200), `CRASH_SEED` the seed (default 2026).
@Suite(.serialized)
struct CrashHarnessTests {
    private static let environment = ProcessInfo.processInfo.environment
    private static let kills = Int(environment["CRASH_KILLS"] ?? "") ?? 20
    private static let seed = UInt64(environment["CRASH_SEED"] ?? "") ?? 2026
    private static let title = "Crash-Test"

    /// A workshop with one theme table, a round of 16 raters × 5 proposals (values 0–10), a
    /// matrix of six topics and one agenda item.
    private static func prepare(_ file: String) throws {
        let store = try WorkshopStore.create(at: file, content: Workshop(info: WorkshopInfo(title: title, date: "", place: "")))
        try store.execute(.addAgendaItem(title: "Begrüßung", kind: .plenary, minutes: 10))
        try store.execute(.board(.addBoard(kind: .themeTable, title: CardEntryActivity.boardTitle, moderatorID: nil)))
        try store.execute(.consensing(.addRound(question: RatingGridActivity.question,
                                                proposals: RatingGridActivity.proposals.map { ProposalDraft(title: $0) },
                                                passiveTitle: RatingGridActivity.passive, raterNames: RatingGridActivity.raters,
                                                scaleMaximum: 10, chooseCount: 2)))
        try store.execute(.materiality(.addMatrix(title: ComparisonActivity.matrixTitle, xAxis: MatrixAxis(name: "Wirkung"),
                                                  yAxis: MatrixAxis(name: "Machbarkeit"))))
        let matrix = try #require(store.state.workshop.matrices.last)
        try store.execute(.materiality(.addTopics(matrixID: matrix.id, labels: ComparisonActivity.topics)))
        try store.close()
    }

    /// The workshop as `allianz-tui export FILE --format json` gives it.
    private static func exported(_ file: String) throws -> Workshop {
        let export = try Binary.run(["export", file, "--format", "json"])
        try #require(export.status == 0, "export failed: \(export.errors)")
        return try JSONDecoder.iso.decode(WorkshopExport.self, from: Data(export.output.utf8)).workshop
    }

    @Test func everyChangeShownAsSavedSurvivesSigkill() throws {
        let directory = try TemporaryDirectory()
        let file = directory.file("absturz.allianz")
        try Self.prepare(file)
        var workshop = try Self.exported(file)
        let activities: [any CrashActivity] = [try CardEntryActivity(workshop: workshop), try RatingGridActivity(workshop: workshop),
                                               try ComparisonActivity(workshop: workshop), AgendaFormActivity(workshop: workshop)]
        var lives: [String: Int] = [:]
        var checks = 0, problems = 0
        let terminal = try TmuxSession(width: 100, height: 36, directory: directory.path)
        var dice = SeededGenerator(seed: Self.seed)
        let started = Date()

        for life in 1...Self.kills {
            let activity = activities.randomElement(using: &dice)!
            lives[activity.name, default: 0] += 1
            let chunks = activity.plan(life: life, workshop: workshop, dice: &dice)
            // Killed after a random number of chunks and a random pause: while keys are still
            // being handled, while a frame is drawn, or when all is quiet.
            let sentChunks = Int.random(in: 1...chunks.count, using: &dice)
            let pause = Double.random(in: 0...0.5, using: &dice)

            try terminal.run(TmuxSession.killableCommand("absturz.allianz"))
            try terminal.waitFor(Self.title)
            try activity.enter(terminal)
            for chunk in chunks.prefix(sentChunks) {
                for keys in chunk { try keys.send(to: terminal) }
            }
            Thread.sleep(forTimeInterval: pause)
            let first = try terminal.capture(), second = try terminal.capture()
            try terminal.killProgram(in: directory.path)
            activity.acknowledge(first, second)

            let fileCheck = try Binary.run(["check", file])
            #expect(fileCheck.status == 0, "life \(life): \(fileCheck.output)\(fileCheck.errors)")
            let store = try WorkshopStore.open(at: file, readOnly: true)
            #expect(store.state.workshop.invariantViolations.isEmpty, "life \(life): \(store.state.workshop.invariantViolations)")
            try store.close()
            workshop = try Self.exported(file)
            for each in activities {
                let check = each.verify(workshop, current: each === activity)
                checks += check.checked
                problems += check.problems.count
                #expect(check.problems.isEmpty, """
                    life \(life) (\(activity.name), killed after \(sentChunks) of \(chunks.count) key chunks, \
                    pause \(Int(pause * 1000)) ms), \(each.name): \(check.problems.joined(separator: "; "))
                    screen before the kill:
                    \(second)
                    """)
            }
        }

        // The program still opens the file and ends cleanly; the file takes new changes.
        try terminal.run("'\(Binary.path)' absturz.allianz; echo EXIT=$?")
        try terminal.waitFor(Self.title)
        try terminal.press("q")
        try terminal.waitFor("EXIT=0")
        let store = try WorkshopStore.open(at: file)
        #expect(store.state.workshop.invariantViolations.isEmpty)
        try store.execute(.addAgendaItem(title: "Nach dem Absturz", kind: .plenary, minutes: 5))
        let records = store.state.lastSequence
        try store.close()

        let seconds = Int(Date().timeIntervalSince(started))
        let acknowledged = activities.map { "\($0.name) \($0.acknowledgements) in \(lives[$0.name] ?? 0) lives" }
        print("""
            crash harness: \(Self.kills) SIGKILLs survived (seed \(Self.seed)) in \(seconds) s; changes shown as saved: \
            \(acknowledged.joined(separator: ", ")); \(checks) look-ups in the exports after the kills, \(problems) missing or wrong; \
            file \(records) records
            """)
    }
}
