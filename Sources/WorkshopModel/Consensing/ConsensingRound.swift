import Foundation

/// One round of systemic consensing (domain §4): every rater states a resistance against
/// every proposal; the proposals with the least group resistance are the ones the group can
/// carry. The values are kept flat in ``Workshop/ratings``.
public struct ConsensingRound: Identifiable, Codable, Equatable, Sendable {
    /// The scales a round may use: 0–10 (default), 0–5 and 0–2 for hand signals.
    public static let allowedScales = [10, 5, 2]
    /// The title the passive solution gets unless the moderator names it otherwise.
    public static let defaultPassiveTitle = "Passivlösung: Alles bleibt, wie es ist"

    public let id: EntityID
    /// What the group decides, e.g. "Welche Reallabore starten wir?".
    public var question: String
    /// The proposals in display order, the passive solution among them (usually last).
    public var proposals: [Proposal]
    /// The people who rate, in entry order.
    public var raters: [Rater]
    /// The highest resistance value of the scale (10, 5 or 2); the lowest is always 0.
    public var scaleMaximum: Int
    /// How many proposals are to be chosen (k of n, the passive solution not counted).
    public var chooseCount: Int
    /// What a missing value counts as; shown with the result.
    public var missingRule: MissingRatingRule
    public var status: RoundStatus
    /// When the round was closed (only while closed).
    public var closedAt: Date?
    /// The result recorded when the round was closed (only while closed; the log keeps
    /// the results of earlier closings).
    public var frozenResult: ConsensingResult?

    public init(id: EntityID, question: String, proposals: [Proposal], raters: [Rater], scaleMaximum: Int = 10,
                chooseCount: Int = 1, missingRule: MissingRatingRule = .leaveOut, status: RoundStatus = .collecting,
                closedAt: Date? = nil, frozenResult: ConsensingResult? = nil) {
        self.id = id
        self.question = question
        self.proposals = proposals
        self.raters = raters
        self.scaleMaximum = scaleMaximum
        self.chooseCount = chooseCount
        self.missingRule = missingRule
        self.status = status
        self.closedAt = closedAt
        self.frozenResult = frozenResult
    }

    /// The passive solution ("everything stays as it is"), if the round still has one.
    public var passiveProposal: Proposal? { proposals.first(where: \.isPassive) }

    /// The proposals that can be chosen: all but the passive solution.
    public var activeProposals: [Proposal] { proposals.filter { !$0.isPassive } }

    /// The values of the scale, `0...scaleMaximum`.
    public var scale: ClosedRange<Int> { 0...max(scaleMaximum, 0) }

    /// Whether values may still be entered (collecting or revealed, not closed).
    public var acceptsValues: Bool { status != .closed }
}

/// A proposal of a consensing round.
public struct Proposal: Identifiable, Codable, Equatable, Sendable {
    public let id: EntityID
    public var title: String
    /// A short description (may be empty; line breaks allowed).
    public var description: String
    /// The passive solution: what happens when nothing is decided. It is rated like every
    /// proposal and sets the bar: more resistance than it means not acceptable.
    public var isPassive: Bool

    public init(id: EntityID, title: String, description: String = "", isPassive: Bool = false) {
        self.id = id
        self.title = title
        self.description = description
        self.isPassive = isPassive
    }
}

/// A person who rates the proposals of a round (a participant's name or "Person 3").
public struct Rater: Identifiable, Codable, Equatable, Sendable {
    public let id: EntityID
    public var name: String

    public init(id: EntityID, name: String) {
        self.id = id
        self.name = name
    }
}

/// What a missing value counts as in the tally. A missing value is never silently 0.
public enum MissingRatingRule: String, Codable, CaseIterable, Sendable {
    /// The rater is left out of that proposal: the proposal's sum has fewer values, and
    /// proposals are compared by their mean (see ``ConsensingTally``).
    case leaveOut
    /// A missing value counts as the scale maximum (full resistance).
    case countAsMaximum
    /// A missing value counts as the middle of the scale, rounded up to a whole value:
    /// 5 of 10, 3 of 5, 1 of 2.
    case countAsMidpoint

    /// The value a missing rating counts as on a scale up to `maximum` (`nil` for ``leaveOut``).
    public func substitute(scaleMaximum maximum: Int) -> Int? {
        switch self {
        case .leaveOut: nil
        case .countAsMaximum: maximum
        case .countAsMidpoint: (maximum + 1) / 2
        }
    }
}

/// Where a round stands.
public enum RoundStatus: String, Codable, Sendable {
    /// Values are being entered; the room sees only the progress.
    case collecting
    /// The result is shown; values can still be corrected.
    case revealed
    /// The decision is recorded (``ConsensingRound/frozenResult``); no more values.
    case closed
}
