import Foundation
import Testing
import TestKit
import WorkshopModel

/// Pairwise comparisons on a materiality matrix (home `m`, Enter, `x`, then `m`/`w`/`g`): an
/// unfinished sorting goes on where it stopped, a finished one starts again; the last answer
/// places the topics and closes the question screen.
///
/// Acknowledged: "Frage N" means N − 1 answers of this sorting are saved; "Alle Themen
/// eingeordnet" means all answers and the positions are.
final class ComparisonActivity: CrashActivity {
    static let matrixTitle = "Crash-Matrix"
    static let topics = (1...6).map { "Thema \($0)" }

    let name = "comparisons"
    private let matrixID: EntityID
    /// The answers on the x axis in the file after the last kill, checked.
    private var expected: [ComparisonAnswer]?
    /// The answers already given when this life began (empty when it starts a new sorting),
    /// and the ones sent in this life.
    private var base: [ComparisonAnswer] = []
    private var sent: [ComparisonAnswer] = []
    /// From the screens: how many answers the sorting had, and whether the topics were placed.
    private var acknowledgedAnswers = 0
    private var acknowledgedPlacement = false
    /// Once placed, the topics keep a position.
    private var placed = false
    private(set) var acknowledgements = 0

    init(workshop: Workshop) throws {
        matrixID = try #require(workshop.matrices.first { $0.title == Self.matrixTitle }).id
    }

    func enter(_ terminal: TmuxSession) throws {
        try terminal.press("m")
        try terminal.waitFor(Self.matrixTitle)
        try terminal.press("Enter")
        try terminal.press("x")
        try terminal.waitFor("Frage ")
    }

    func plan(life: Int, workshop: Workshop, dice: inout SeededGenerator) -> [[Keystroke]] {
        let running = workshop.matrix(matrixID)?.sorting(.x).flatMap { $0.sort.isFinished ? nil : $0 }
        base = running?.answers ?? []
        let items = running?.topicIDs ?? workshop.topics(of: matrixID).map(\.id)
        // Answers until the sorting is done, then a random number of them.
        var sort = PairwiseSort(items: items, answers: base)
        var answers: [ComparisonAnswer] = []
        while !sort.isFinished {
            let answer: ComparisonAnswer = switch Int.random(in: 0..<10, using: &dice) {
            case 0..<4: .more
            case 4..<8: .less
            default: .equal
            }
            answers.append(answer)
            sort = sort.answering(answer)
        }
        sent = Array(answers.prefix(Int.random(in: 1...answers.count, using: &dice)))
        acknowledgedAnswers = 0
        acknowledgedPlacement = false
        return sent.map { answer in
            [.keys([answer == .more ? "m" : answer == .less ? "w" : "g"])]
        }
    }

    func acknowledge(_ first: String, _ second: String) {
        if let question = ScreenText.sameNumber("Frage (\\d+) ·", first, second) {
            acknowledgedAnswers = question - 1
        }
        if first.contains("Alle Themen eingeordnet") && second.contains("Alle Themen eingeordnet") {
            acknowledgedPlacement = true
        }
    }

    func verify(_ workshop: Workshop, current: Bool) -> CrashCheck {
        var check = CrashCheck()
        let found = workshop.matrix(matrixID)?.sorting(.x)?.answers
        let topics = workshop.topics(of: matrixID)
        if current {
            let given = base + sent
            // The question screen was there before the first answer: a new sorting is saved.
            let continued = found.map { given.starts(with: $0) && $0.count >= base.count } ?? false
            check.expect(continued,
                         "the answers in the file \(found?.map(\.rawValue) ?? []) are not the ones given \(given.map(\.rawValue))")
            check.expect((found?.count ?? 0) >= acknowledgedAnswers,
                         "question \(acknowledgedAnswers + 1) was shown, the file holds \(found?.count ?? 0) answers")
            acknowledgements += max(acknowledgedAnswers - base.count, 0) + (acknowledgedPlacement ? 1 : 0)
            if acknowledgedPlacement {
                check.expect(found == given, "all topics were shown as placed, the file holds \(found?.count ?? 0) of \(given.count) answers")
                placed = true
            }
        } else {
            check.expect(found == expected, "the answers changed without a comparison: \(found?.map(\.rawValue) ?? [])")
        }
        if placed {
            check.expect(topics.allSatisfy { $0.x != nil }, "the topics were placed, the file has some without a position")
        }
        expected = found
        return check
    }
}
