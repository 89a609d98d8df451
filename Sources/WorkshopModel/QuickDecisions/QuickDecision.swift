import Foundation

/// The kinds of quick decision a meeting takes besides consensing (issue 5, item 7).
public enum QuickDecisionKind: String, Codable, Sendable, CaseIterable {
    /// For / against / abstain by raised hands.
    case showOfHands
    /// Everyone sticks dots on the options.
    case dotVoting
    /// People stand along a line between two poles; counted per segment.
    case positioning
    /// Who signed a document (e.g. the adopted guiding statement).
    case signatures
}

/// A decision taken on the spot: a show of hands, a dot voting, a positioning in the room or
/// a signature list, with its result. Recording it (``recordedAt``) freezes the result until
/// it is reopened.
public struct QuickDecision: Identifiable, Codable, Equatable, Sendable {
    /// The options of a show of hands, as stored (German, like all workshop content).
    public static let showOfHandsOptions = ["Dafür", "Dagegen", "Enthaltung"]
    /// The label of the middle segment of a positioning with an odd number of segments.
    public static let middleSegmentLabel = "Mitte"
    /// How many options a dot voting has.
    public static let optionCountRange = 2...20
    /// How many dots one person may stick.
    public static let dotsPerPersonRange = 1...20
    /// How many segments a positioning line has.
    public static let segmentRange = 2...9
    /// The values one count may take.
    public static let countRange = 0...100_000

    public let id: EntityID
    public var kind: QuickDecisionKind
    /// The question, or the document signed.
    public var title: String
    /// showOfHands: ``showOfHandsOptions``; dotVoting: the options; positioning: the segment
    /// labels from pole A to pole B (the poles at the ends, "Mitte" in the middle of an odd
    /// number, the others empty); signatures: none.
    public var options: [String]
    /// One count per option: hands, dots, people per segment.
    public var counts: [Int]
    /// Dot voting: dots per person; 0 for the other kinds.
    public var dotsPerPerson: Int
    /// Dot voting: whether a person may put several dots on one option.
    public var stackingAllowed: Bool
    /// Positioning: `[poleA, poleB]`; empty for the other kinds.
    public var poles: [String]
    /// Signature list: the names in signing order.
    public var signatures: [String]
    /// When the moderator recorded the result (kept to the whole second); `nil` while open.
    public var recordedAt: Date?

    public init(id: EntityID, kind: QuickDecisionKind, title: String, options: [String] = [], counts: [Int]? = nil,
                dotsPerPerson: Int = 0, stackingAllowed: Bool = false, poles: [String] = [], signatures: [String] = [],
                recordedAt: Date? = nil) {
        self.id = id
        self.kind = kind
        self.title = title
        self.options = options
        self.counts = counts ?? Array(repeating: 0, count: options.count)
        self.dotsPerPerson = dotsPerPerson
        self.stackingAllowed = stackingAllowed
        self.poles = poles
        self.signatures = signatures
        self.recordedAt = recordedAt
    }

    /// Whether the result is recorded (frozen until reopened).
    public var isRecorded: Bool { recordedAt != nil }

    /// The segment labels of a positioning line with `segments` segments: the poles at the
    /// ends, "Mitte" in the middle of an odd number, the others empty.
    public static func segmentLabels(poleA: String, poleB: String, segments: Int) -> [String] {
        guard segments >= 2 else { return [poleA, poleB] }
        var labels = Array(repeating: "", count: segments)
        labels[0] = poleA
        labels[segments - 1] = poleB
        if segments % 2 == 1 { labels[segments / 2] = middleSegmentLabel }
        return labels
    }
}

extension QuickDecision {
    /// The sum of the counts; for a signature list the number of signatures.
    public var total: Int {
        kind == .signatures ? signatures.count : counts.reduce(0, +)
    }

    /// The indices of the options with the highest count, in option order (several on a tie).
    /// Empty while nothing is counted (all counts 0) and for a signature list.
    public var leadingOptions: [Int] {
        guard kind != .signatures, let highest = counts.max(), highest > 0 else { return [] }
        return counts.indices.filter { counts[$0] == highest }
    }

    /// Show of hands: `true` when more hands are for than against, `false` when fewer;
    /// `nil` on a tie (also 0 : 0) and for the other kinds.
    public var isAdopted: Bool? {
        guard kind == .showOfHands, counts.count >= 2, counts[0] != counts[1] else { return nil }
        return counts[0] > counts[1]
    }
}

extension Workshop {
    /// The quick decision with `id`, if any.
    public func quickDecision(_ id: EntityID) -> QuickDecision? {
        quickDecisions.first { $0.id == id }
    }
}
