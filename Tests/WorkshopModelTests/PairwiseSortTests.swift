import Foundation
import Testing
@testable import WorkshopModel
import TestKit

/// Answers the sort's questions from a hidden order: `rank` maps each item to its hidden rank;
/// items with the same rank are equal.
private struct Oracle {
    let rank: [EntityID: Int]

    func answer(_ question: PairwiseSort.Question) -> ComparisonAnswer {
        let candidate = rank[question.candidate]!, pivot = rank[question.pivot]!
        return candidate > pivot ? .more : candidate < pivot ? .less : .equal
    }

    /// The groups the sort must produce for `items`: by rank, lowest first, each group in the
    /// order of `items`.
    func expectedGroups(_ items: [EntityID]) -> [[EntityID]] {
        Dictionary(grouping: items) { rank[$0]! }.sorted { $0.key < $1.key }.map(\.value)
    }

    /// Answers until the sort is finished; returns every state on the way, the first and last included.
    func run(_ start: PairwiseSort) -> [PairwiseSort] {
        var states = [start]
        while let question = states.last!.question {
            states.append(states.last!.answering(answer(question)))
            if states.count > 100_000 { Issue.record("the sort does not finish"); break }
        }
        return states
    }
}

private func ids(_ count: Int, prefix: String = "t") -> [EntityID] {
    (0..<count).map { EntityID("\(prefix)\($0)") }
}

/// ceil(log2(n!)) + n, the bound of the quality bar.
private func qualityBound(_ n: Int) -> Int {
    let log2Factorial = (1...max(n, 1)).reduce(0.0) { $0 + log2(Double($1)) }
    return Int(log2Factorial.rounded(.up)) + n
}

/// The worst case of binary insertion of `n` distinct items: the sum of ceil(log2(k)), k = 1...n.
private func binaryInsertionWorstCase(_ n: Int) -> Int {
    (1...max(n, 1)).reduce(0) { total, k in total + Int(log2(Double(k)).rounded(.up)) }
}

/// A random hidden order of `items`: a random permutation, or, with `tieLevels`, random ranks
/// out of that many levels (so that many items are equal).
private func hiddenOrder(_ items: [EntityID], tieLevels: Int? = nil,
                         using generator: inout SeededGenerator) -> Oracle {
    if let tieLevels {
        return Oracle(rank: Dictionary(uniqueKeysWithValues: items.map { ($0, Int.random(in: 0..<tieLevels, using: &generator)) }))
    }
    let ranks = Array(0..<items.count).shuffled(using: &generator)
    return Oracle(rank: Dictionary(uniqueKeysWithValues: zip(items, ranks).map { ($0, $1) }))
}

@Suite struct PairwiseSortTests {
    static let seeds: [UInt64] = [1, 2, 3, 42, 2017]

    // MARK: Small cases by hand

    @Test func noItemsAndOneItemNeedNoQuestion() {
        let empty = PairwiseSort(items: [])
        #expect(empty.isFinished && empty.question == nil && empty.groups.isEmpty && empty.remainingQuestions == 0)
        let one = PairwiseSort(items: [EntityID("a")])
        #expect(one.isFinished && one.question == nil && one.remainingQuestions == 0)
        #expect(one.groups == [[EntityID("a")]])
        #expect(one.position(of: EntityID("a"))! == (0, 1))
    }

    @Test func threeItemsStepByStep() {
        let a = EntityID("a"), b = EntityID("b"), c = EntityID("c")
        var sort = PairwiseSort(items: [a, b, c])
        #expect(sort.question == PairwiseSort.Question(candidate: b, pivot: a))
        #expect(sort.groups == [[a]])
        #expect(sort.remainingQuestions == 3)
        #expect(sort.position(of: b) == nil)

        sort = sort.answering(.more)  // a < b
        #expect(sort.groups == [[a], [b]])
        #expect(sort.question == PairwiseSort.Question(candidate: c, pivot: b))  // middle of two groups
        #expect(sort.remainingQuestions == 2)

        sort = sort.answering(.less)  // c < b
        #expect(sort.question == PairwiseSort.Question(candidate: c, pivot: a))
        #expect(sort.remainingQuestions == 1)

        sort = sort.answering(.equal)  // c = a
        #expect(sort.isFinished && sort.question == nil)
        #expect(sort.groups == [[a, c], [b]])
        #expect(sort.comparisons == 3 && sort.answers == [.more, .less, .equal])
        #expect(sort.position(of: c)! == (0, 2))
        #expect(sort.position(of: b)! == (1, 2))
        #expect(sort.position(of: EntityID("x")) == nil)
    }

    @Test func equalEndsTheInsertion() {
        let a = EntityID("a"), b = EntityID("b"), c = EntityID("c")
        let sort = PairwiseSort(items: [a, b, c], answers: [.equal])
        #expect(sort.groups == [[a, b]])
        #expect(sort.question == PairwiseSort.Question(candidate: c, pivot: a))
        #expect(sort.comparisons == 1)
    }

    @Test func answersAreStoredByTheirRawValues() throws {
        #expect(ComparisonAnswer.allCases.map(\.rawValue) == ["more", "less", "equal"])
        let data = try JSONEncoder().encode([ComparisonAnswer.more, .less, .equal])
        #expect(String(decoding: data, as: UTF8.self) == #"["more","less","equal"]"#)
        #expect(try JSONDecoder().decode([ComparisonAnswer].self, from: data) == [.more, .less, .equal])
    }

    // MARK: Exactness and the number of questions

    @Test func reproducesRandomHiddenOrdersWithinTheBound() {
        for seed in Self.seeds {
            var generator = SeededGenerator(seed: seed)
            for n in 1...100 {
                let items = ids(n)
                let oracle = hiddenOrder(items, using: &generator)
                let final = oracle.run(PairwiseSort(items: items)).last!
                #expect(final.isFinished)
                #expect(final.groups == oracle.expectedGroups(items), "n = \(n), seed \(seed)")
                #expect(final.groups.allSatisfy { $0.count == 1 })
                #expect(final.comparisons <= qualityBound(n), "n = \(n), seed \(seed): \(final.comparisons) questions")
                #expect(final.comparisons <= binaryInsertionWorstCase(n), "n = \(n), seed \(seed)")
            }
        }
    }

    @Test func reproducesHiddenOrdersWithTies() {
        for seed in Self.seeds {
            var generator = SeededGenerator(seed: seed)
            for n in 1...100 {
                for levels in [1, 2, 3, max(1, n / 4), max(1, n / 2)] {
                    let items = ids(n)
                    let oracle = hiddenOrder(items, tieLevels: levels, using: &generator)
                    let final = oracle.run(PairwiseSort(items: items)).last!
                    let expected = oracle.expectedGroups(items)
                    #expect(final.groups == expected, "n = \(n), \(levels) levels, seed \(seed)")
                    #expect(final.comparisons <= qualityBound(n))
                    // Equal items share a group, hence a position.
                    for item in items {
                        let position = final.position(of: item)
                        #expect(position?.rank == expected.firstIndex { $0.contains(item) })
                        #expect(position?.groupCount == expected.count)
                    }
                }
            }
        }
    }

    @Test func allEqualItemsNeedOneQuestionEach() {
        let items = ids(50)
        let final = Oracle(rank: Dictionary(uniqueKeysWithValues: items.map { ($0, 7) })).run(PairwiseSort(items: items)).last!
        #expect(final.groups == [items])
        #expect(final.comparisons == 49)
    }

    /// Answers every question so that the larger part of the range remains: this reaches the
    /// worst case of binary insertion, which must still be within the bound and match the
    /// first estimate; the result must be a consistent order.
    @Test(arguments: [2, 3, 5, 8, 16, 17, 30, 64, 100])
    func adversaryReachesTheEstimateButNotTheBound(n: Int) {
        let items = ids(n)
        let start = PairwiseSort(items: items)
        var sort = start
        while !sort.isFinished {
            // Keep the side that leaves more questions (by the sort's own estimate).
            let more = sort.answering(.more), less = sort.answering(.less)
            sort = more.remainingQuestions >= less.remainingQuestions ? more : less
        }
        #expect(sort.comparisons == start.remainingQuestions)
        #expect(sort.comparisons == binaryInsertionWorstCase(n))
        #expect(sort.comparisons <= qualityBound(n))
        // The adversary's answers describe a total order: asking again from it gives the same answers.
        let rank = Dictionary(uniqueKeysWithValues: sort.groups.enumerated().map { ($1[0], $0) })
        let replayed = Oracle(rank: rank).run(PairwiseSort(items: items)).last!
        #expect(replayed.answers == sort.answers)
        #expect(replayed.groups == sort.groups)
    }

    // MARK: The estimate of the remaining questions

    @Test func remainingQuestionsNeverUnderestimates() {
        for seed in Self.seeds {
            var generator = SeededGenerator(seed: seed)
            for n in 1...100 {
                let items = ids(n)
                for levels in [nil, 3] as [Int?] {
                    let states = hiddenOrder(items, tieLevels: levels, using: &generator).run(PairwiseSort(items: items))
                    let total = states.last!.comparisons
                    for (asked, state) in states.enumerated() {
                        #expect(total - asked <= state.remainingQuestions, "n = \(n), after \(asked) answers")
                        if asked > 0 {
                            // Every answer lowers the estimate by at least one.
                            #expect(state.remainingQuestions < states[asked - 1].remainingQuestions)
                        }
                    }
                    #expect(states.last!.remainingQuestions == 0)
                }
            }
        }
    }

    /// For every possible sequence of answers of small sorts, the estimate is exactly the most
    /// questions any sequence of answers can still take.
    @Test(arguments: 1...6)
    func remainingQuestionsIsTheExactWorstCase(n: Int) {
        var mismatches = 0
        func worst(_ sort: PairwiseSort) -> Int {
            let result = sort.isFinished ? 0 : 1 + ComparisonAnswer.allCases.map { worst(sort.answering($0)) }.max()!
            if result != sort.remainingQuestions { mismatches += 1 }
            return result
        }
        _ = worst(PairwiseSort(items: ids(n)))
        #expect(mismatches == 0)
    }

    // MARK: Replay and undo

    @Test func replayingTheAnswersGivesTheSameState() {
        for seed in Self.seeds {
            var generator = SeededGenerator(seed: seed)
            for n in [1, 2, 3, 7, 8, 20, 31, 60] {
                let items = ids(n)
                for levels in [nil, 2, n / 3 + 1] as [Int?] {
                    for state in hiddenOrder(items, tieLevels: levels, using: &generator).run(PairwiseSort(items: items)) {
                        let replayed = PairwiseSort(items: items, answers: state.answers)
                        #expect(replayed == state)
                        #expect(replayed.groups == state.groups && replayed.question == state.question)
                        #expect(replayed.remainingQuestions == state.remainingQuestions)
                    }
                }
            }
        }
    }

    @Test func takingBackAndAnsweringAgainGivesTheSameState() {
        for seed in Self.seeds {
            var generator = SeededGenerator(seed: seed)
            for n in [2, 3, 8, 25, 50] {
                let items = ids(n)
                for levels in [nil, 4] as [Int?] {
                    let states = hiddenOrder(items, tieLevels: levels, using: &generator).run(PairwiseSort(items: items))
                    for (asked, state) in states.enumerated() where asked > 0 {
                        let before = state.takingBackLastAnswer()
                        #expect(before == states[asked - 1], "n = \(n), after \(asked) answers")
                        #expect(before.answering(state.answers.last!) == state)
                    }
                }
            }
        }
    }

    @Test func takingBackWithoutAnswersChangesNothing() {
        let sort = PairwiseSort(items: ids(4))
        #expect(sort.takingBackLastAnswer() == sort)
    }

    @Test func takingBackAnEqualAnswerTakesTheItemOutOfItsGroup() {
        let a = EntityID("a"), b = EntityID("b")
        let sort = PairwiseSort(items: [a, b], answers: [.equal])
        #expect(sort.groups == [[a, b]])
        let undone = sort.takingBackLastAnswer()
        #expect(undone.groups == [[a]] && undone.question == PairwiseSort.Question(candidate: b, pivot: a))
        #expect(undone.position(of: b) == nil)
    }

    @Test func answersAfterTheEndAreIgnored() {
        let items = ids(3)
        let finished = PairwiseSort(items: items, answers: [.more, .more])
        #expect(finished.isFinished && finished.groups == [[items[0]], [items[1]], [items[2]]])
        #expect(finished.answering(.less) == finished)
        let overlong = PairwiseSort(items: items, answers: [.more, .more, .less, .equal])
        #expect(overlong == finished && overlong.answers == [.more, .more])
    }

    // MARK: Duplicates

    @Test func duplicateItemsAreDroppedKeepingTheFirst() {
        let a = EntityID("a"), b = EntityID("b"), c = EntityID("c")
        let sort = PairwiseSort(items: [a, b, a, c, b, c])
        #expect(sort == PairwiseSort(items: [a, b, c]))
        let final = Oracle(rank: [a: 2, b: 0, c: 1]).run(sort).last!
        #expect(final.groups == [[b], [c], [a]])
        #expect(final.groups.joined().count == 3)
    }
}
