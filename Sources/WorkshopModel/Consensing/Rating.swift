/// One resistance value: how much one rater resists one proposal of a round.
///
/// Kept flat in ``Workshop/ratings``; the identifier is made of the three identifiers, so
/// there is at most one value per rater and proposal, and every typed value is one event.
public struct Rating: Identifiable, Codable, Equatable, Sendable {
    /// `"<roundID>|<raterID>|<proposalID>"`.
    public let id: EntityID
    public var roundID: EntityID
    public var raterID: EntityID
    public var proposalID: EntityID
    /// The resistance, `0...scaleMaximum` of the round.
    public var value: Int

    public init(roundID: EntityID, raterID: EntityID, proposalID: EntityID, value: Int) {
        self.id = Rating.id(roundID: roundID, raterID: raterID, proposalID: proposalID)
        self.roundID = roundID
        self.raterID = raterID
        self.proposalID = proposalID
        self.value = value
    }

    /// The identifier of the value of `raterID` for `proposalID` in `roundID`.
    public static func id(roundID: EntityID, raterID: EntityID, proposalID: EntityID) -> EntityID {
        EntityID("\(roundID.rawValue)|\(raterID.rawValue)|\(proposalID.rawValue)")
    }
}

extension Workshop {
    /// The round with `id`, if any.
    public func round(_ id: EntityID) -> ConsensingRound? {
        rounds.first { $0.id == id }
    }

    /// The values entered for `roundID`, in entry order.
    public func ratings(for roundID: EntityID) -> [Rating] {
        ratings.filter { $0.roundID == roundID }
    }

    /// The value of `raterID` for `proposalID` in `roundID`, or `nil` when it is missing.
    public func rating(roundID: EntityID, raterID: EntityID, proposalID: EntityID) -> Int? {
        let id = Rating.id(roundID: roundID, raterID: raterID, proposalID: proposalID)
        return ratings.first { $0.id == id }?.value
    }

    /// The current tally of a round: the frozen result when it is closed, the live one otherwise.
    public func result(for round: ConsensingRound) -> ConsensingResult {
        if round.status == .closed, let frozen = round.frozenResult { return frozen }
        return ConsensingTally.result(for: round, ratings: ratings(for: round.id))
    }
}
