/// One axis of a materiality matrix as the group names it: what is measured, and the words
/// for its two ends (domain §2, seed §4.1.3).
public struct MatrixAxis: Codable, Equatable, Sendable {
    /// The word a new axis starts with for its low end.
    public static let defaultLow = "gering"
    /// The word a new axis starts with for its high end.
    public static let defaultHigh = "hoch"

    /// What the axis measures, e.g. "Relevanz für den Standort". Never empty.
    public var name: String
    /// The label of the low end (left, or bottom); may be empty.
    public var low: String
    /// The label of the high end (right, or top); may be empty.
    public var high: String

    public init(name: String, low: String = MatrixAxis.defaultLow, high: String = MatrixAxis.defaultHigh) {
        self.name = name
        self.low = low
        self.high = high
    }
}

/// The two axes of a matrix: `x` runs horizontally (left low, right high), `y` vertically
/// (bottom low, top high).
public enum MatrixAxisKind: String, Codable, Sendable, CaseIterable {
    case x
    case y
}

/// The comparison session of one axis: the topics in the order they are inserted, and the
/// room's answers so far. Everything else (the next question, the groups, the ranks) is derived
/// by replaying the answers (``sort``), so one answer is one small event.
public struct AxisSorting: Codable, Equatable, Sendable {
    public var axis: MatrixAxisKind
    /// The topics being sorted, fixed when the sorting starts (the matrix's topic order).
    public var topicIDs: [EntityID]
    /// The answers given so far, one per question.
    public var answers: [ComparisonAnswer]

    public init(axis: MatrixAxisKind, topicIDs: [EntityID], answers: [ComparisonAnswer] = []) {
        self.axis = axis
        self.topicIDs = topicIDs
        self.answers = answers
    }

    /// The state of the comparisons: the next question, the groups found so far.
    public var sort: PairwiseSort { PairwiseSort(items: topicIDs, answers: answers) }
}

/// A four-field materiality matrix (domain §2): topics are placed by two axes the group
/// names; top right is top priority, bottom left is not prioritised. Its topics are kept flat
/// in ``Workshop/topics``.
public struct MaterialityMatrix: Identifiable, Codable, Equatable, Sendable {
    /// Title prefix, heading and tag of the board that holds profile placeholders.
    public static let placeholderBoardPrefix = "Steckbriefe: "
    public static let placeholderHeading = "Zu beschreiben"
    public static let placeholderTag = "Steckbrief"

    /// The quadrant names a new matrix gets, in the order of ``quadrantNames``: top right,
    /// top left, bottom right, bottom left.
    public static let defaultQuadrantNames = ["Top-Priorität", "Beobachten", "Prüfen", "Nicht priorisiert"]
    /// The most topics one matrix holds.
    public static let topicLimit = 200

    public let id: EntityID
    public var title: String
    /// The horizontal axis (left low, right high).
    public var xAxis: MatrixAxis
    /// The vertical axis (bottom low, top high).
    public var yAxis: MatrixAxis
    /// Exactly four names, in the order top right, top left, bottom right, bottom left
    /// (the index is ``MatrixTopic/quadrant``).
    public var quadrantNames: [String]
    /// Whether the axes and placements are examples rather than the group's own (the demo).
    public var isIllustrative: Bool
    /// At most one comparison session per axis.
    public var sortings: [AxisSorting]

    public init(id: EntityID, title: String, xAxis: MatrixAxis, yAxis: MatrixAxis,
                quadrantNames: [String] = MaterialityMatrix.defaultQuadrantNames, isIllustrative: Bool = false,
                sortings: [AxisSorting] = []) {
        self.id = id
        self.title = title
        self.xAxis = xAxis
        self.yAxis = yAxis
        self.quadrantNames = quadrantNames
        self.isIllustrative = isIllustrative
        self.sortings = sortings
    }

    /// The axis of `kind`.
    public func axis(_ kind: MatrixAxisKind) -> MatrixAxis {
        switch kind {
        case .x: xAxis
        case .y: yAxis
        }
    }

    /// The comparison session of the axis `kind`, if one was started.
    public func sorting(_ kind: MatrixAxisKind) -> AxisSorting? {
        sortings.first { $0.axis == kind }
    }

    /// The name of quadrant `index` (0 top right … 3 bottom left); empty when out of range.
    public func quadrantName(_ index: Int) -> String {
        quadrantNames.indices.contains(index) ? quadrantNames[index] : ""
    }
}

/// A topic placed in a materiality matrix.
public struct MatrixTopic: Identifiable, Codable, Equatable, Sendable {
    /// Quadrant indices, as in ``MaterialityMatrix/quadrantNames``.
    public static let topRight = 0, topLeft = 1, bottomRight = 2, bottomLeft = 3

    public let id: EntityID
    public var matrixID: EntityID
    public var label: String
    /// Position on the horizontal axis, 0 (left, low) … 1 (right, high); nil until placed.
    public var x: Double?
    /// Position on the vertical axis, 0 (bottom, low) … 1 (top, high); nil until placed.
    public var y: Double?
    /// The card the topic was taken from, if any.
    public var sourceCardID: EntityID?

    public init(id: EntityID, matrixID: EntityID, label: String, x: Double? = nil, y: Double? = nil,
                sourceCardID: EntityID? = nil) {
        self.id = id
        self.matrixID = matrixID
        self.label = label
        self.x = x
        self.y = y
        self.sourceCardID = sourceCardID
    }

    /// The value on the axis `kind`.
    public func coordinate(_ kind: MatrixAxisKind) -> Double? {
        switch kind {
        case .x: x
        case .y: y
        }
    }

    /// Whether the topic has a position on both axes.
    public var isPlaced: Bool { x != nil && y != nil }

    /// 0 top right, 1 top left, 2 bottom right, 3 bottom left; nil unless placed on both axes.
    /// The middle (0.5) counts as right and as top.
    public var quadrant: Int? {
        guard let x, let y else { return nil }
        switch (x >= 0.5, y >= 0.5) {
        case (true, true): return Self.topRight
        case (false, true): return Self.topLeft
        case (true, false): return Self.bottomRight
        case (false, false): return Self.bottomLeft
        }
    }
}

extension Workshop {
    /// The matrix with `id`, if any.
    public func matrix(_ id: EntityID) -> MaterialityMatrix? {
        matrices.first { $0.id == id }
    }

    /// The topics of a matrix, in entry order.
    public func topics(of matrixID: EntityID) -> [MatrixTopic] {
        topics.filter { $0.matrixID == matrixID }
    }

    /// The topic with `id`, if any.
    public func topic(_ id: EntityID) -> MatrixTopic? {
        topics.first { $0.id == id }
    }

    /// The prioritised topics: the head of the priority list that lies in the top-right quadrant.
    public func prioritisedTopics(of matrixID: EntityID) -> [MatrixTopic] {
        Array(priorityList(of: matrixID).prefix { $0.quadrant == MatrixTopic.topRight })
    }

    /// The topics of a matrix ranked for prioritising: the placed topics quadrant by quadrant
    /// (top right, top left, bottom right, bottom left), within a quadrant by x + y descending
    /// (entry order on a tie); then the topics not placed on both axes, in entry order.
    public func priorityList(of matrixID: EntityID) -> [MatrixTopic] {
        let all = topics(of: matrixID)
        let placed = all.enumerated().compactMap { index, topic in
            topic.quadrant.map { (topic: topic, quadrant: $0, sum: (topic.x ?? 0) + (topic.y ?? 0), index: index) }
        }
        let ranked = placed.sorted { first, second in
            if first.quadrant != second.quadrant { return first.quadrant < second.quadrant }
            if first.sum != second.sum { return first.sum > second.sum }
            return first.index < second.index
        }
        return ranked.map(\.topic) + all.filter { $0.quadrant == nil }
    }
}
