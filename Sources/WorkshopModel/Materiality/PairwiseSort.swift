/// An answer to "is the candidate more or less than the pivot on this axis?"
///
/// The raw values are stored in events; do not rename them.
public enum ComparisonAnswer: String, Codable, Sendable, CaseIterable {
    /// The candidate is more than the pivot.
    case more
    /// The candidate is less than the pivot.
    case less
    /// The candidate is about equal to the pivot: it joins the pivot's group.
    case equal
}

/// Binary insertion sort driven by questions: items are inserted one by one into a sorted list
/// of groups (equal items share a group); each question compares the item being inserted with
/// the middle group of the remaining range. n items need about log2(n!) questions.
///
/// Inserting into `g` groups takes at most ceil(log2(g + 1)) questions, so `n` distinct items
/// take at most the sum of ceil(log2(k)) for k = 1...n questions, which stays below
/// ceil(log2(n!)) + n. Ties only make the lists of groups shorter, and so the questions fewer.
///
/// The whole state is derived from the items and the answers by replaying the answers, so a
/// sort can be stored as its items plus one event per answer. Duplicate items are dropped,
/// keeping the first occurrence. Within a group, items keep the order of `items`.
public struct PairwiseSort: Equatable, Sendable {
    /// A question for the room: is `candidate` more or less than `pivot`?
    public struct Question: Equatable, Sendable {
        /// The item being inserted.
        public let candidate: EntityID
        /// The first item of the middle group of the remaining range.
        public let pivot: EntityID
    }

    /// The items to sort, without duplicates, in insertion order.
    private let items: [EntityID]
    /// The answers given so far; every one of them answered a question.
    public private(set) var answers: [ComparisonAnswer]
    /// The groups placed so far, lowest first.
    private var sortedGroups: [[EntityID]] = []
    /// The index in `items` of the item being inserted; `items.count` when finished.
    private var next = 0
    /// The range of groups, `low..<high`, the item being inserted still has to be compared with.
    private var low = 0
    private var high = 0

    /// Starts sorting `items` (the first item needs no question) and replays `answers`.
    ///
    /// Duplicate items are dropped, keeping the first occurrence. Answers left over once every
    /// item is placed are ignored (and not kept in ``answers``).
    public init(items: [EntityID], answers: [ComparisonAnswer] = []) {
        var seen = Set<EntityID>()
        self.items = items.filter { seen.insert($0).inserted }
        self.answers = []
        self.answers.reserveCapacity(answers.count)
        placeUnquestionedItems()
        for answer in answers {
            guard !isFinished else { break }
            apply(answer)
        }
    }

    /// The next question, nil when every item is placed.
    public var question: Question? {
        guard !isFinished else { return nil }
        return Question(candidate: items[next], pivot: sortedGroups[(low + high) / 2][0])
    }

    /// Whether every item is placed.
    public var isFinished: Bool { next >= items.count }

    /// Questions answered so far (= answers.count).
    public var comparisons: Int { answers.count }

    /// An upper bound of the questions still to come (for "noch höchstens N Fragen").
    ///
    /// The bound is reached when every remaining answer is `more` or `less` and falls on the
    /// larger side; every answer lowers it by at least one.
    public var remainingQuestions: Int {
        guard !isFinished else { return 0 }
        var total = Self.ceilLog2(high - low + 1)
        // Each later item meets at most one group more than the item before it.
        var groupBound = sortedGroups.count + 1
        for _ in (next + 1)..<items.count {
            total += Self.ceilLog2(groupBound + 1)
            groupBound += 1
        }
        return total
    }

    /// The sorted groups, lowest first; equal items share a group. Items not yet inserted are not included.
    public var groups: [[EntityID]] { sortedGroups }

    /// This sort with one more answer (ignored when finished).
    public func answering(_ answer: ComparisonAnswer) -> PairwiseSort {
        guard !isFinished else { return self }
        var copy = self
        copy.apply(answer)
        return copy
    }

    /// This sort without its last answer (undo).
    ///
    /// Without answers, the sort is returned unchanged.
    public func takingBackLastAnswer() -> PairwiseSort {
        guard !answers.isEmpty else { return self }
        return PairwiseSort(items: items, answers: Array(answers.dropLast()))
    }

    /// The rank (0 = lowest group) and the number of groups, for positions: (rank + 0.5) / groupCount.
    ///
    /// Nil for an item that is not (yet) placed.
    public func position(of item: EntityID) -> (rank: Int, groupCount: Int)? {
        guard let rank = sortedGroups.firstIndex(where: { $0.contains(item) }) else { return nil }
        return (rank, sortedGroups.count)
    }

    // MARK: Replay

    /// Narrows the range of the item being inserted by one answer; places it when done.
    private mutating func apply(_ answer: ComparisonAnswer) {
        let middle = (low + high) / 2
        answers.append(answer)
        switch answer {
        case .more:
            low = middle + 1
        case .less:
            high = middle
        case .equal:
            sortedGroups[middle].append(items[next])
            startNextItem()
        }
        placeUnquestionedItems()
    }

    /// Places items whose range is empty (the first item, and each item once narrowed down).
    private mutating func placeUnquestionedItems() {
        while !isFinished && low == high {
            sortedGroups.insert([items[next]], at: low)
            startNextItem()
        }
    }

    private mutating func startNextItem() {
        next += 1
        low = 0
        high = sortedGroups.count
    }

    /// ceil(log2(value)) for value ≥ 1; 0 for smaller values.
    private static func ceilLog2(_ value: Int) -> Int {
        value <= 1 ? 0 : Int.bitWidth - (value - 1).leadingZeroBitCount
    }
}
